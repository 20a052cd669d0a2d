/**
 * The format's own structure check (checkStructure.ts) against zod, which stays the specification:
 * for generated reports of both versions and hostile edits of them, validateReport gives the same
 * result, issue for issue and in the same order (rule, severity, path, messageKey, params,
 * message), by hand as through zod's NationalReportSchema (test/support/zodReference.ts).
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { anything } from "../../../test/support/mutate.js";
import { zodReference } from "../../../test/support/zodReference.js";
import { cica } from "../../data/cica/index.js";
import type { ValidationContext, ValidationResult } from "../types.js";
import { validateReport } from "../validateReport.js";

const RUNS = { numRuns: 500 };

// Each run validates twice, once through zod: slower than most property tests.
vi.setConfig({ testTimeout: 120_000 });

type Key = string | number;

const text = fc.string({ minLength: 1, maxLength: 12 });
const date = fc.constantFrom("2025-01-01", "2025-04-10", "2024-02-29", "2026-03-01", "2025-12-31");
const access = fc.constantFrom("public", "member-states");
const evidence = fc.record({ uri: fc.constantFrom("https://example.org/a", "urn:isbn:1", "HTTP://EXAMPLE.ORG"), title: text }, { requiredKeys: ["uri"] });
const activity = (v2: boolean) =>
  fc.record(
    {
      title: text,
      kind: fc.constantFrom("visit", "seminar", "exercise"),
      from: date,
      to: date,
      partners: fc.array(fc.constantFrom("TR", "CN", "IN", "osce"), { maxLength: 3 }),
      venue: text,
      evidence: fc.array(evidence, { maxLength: 2 }),
      ...(v2 ? { access } : {}),
    },
    { requiredKeys: ["title", "kind", "from"] },
  );
const entry = (v2: boolean) =>
  fc.record(
    {
      measure: fc.constantFrom("2.1.2", "HUM.4", "2.1.3"),
      status: fc.constantFrom("implemented", "planned"),
      activities: fc.array(activity(v2), { maxLength: 2 }),
      remarks: text,
      ...(v2 ? { access, nothingNewSince: fc.integer({ min: 2000, max: 2024 }) } : {}),
    },
    { requiredKeys: ["measure", "status"] },
  );
/** A report of one version, every optional field sometimes there. */
const report = (v2: boolean) =>
  fc.record(
    {
      schema: fc.constant(v2 ? "cica-cbm/report@2" : "cica-cbm/report@1"),
      id: text,
      reporter: fc.constantFrom("KZ", "MN", "TR"),
      catalogue: fc.constantFrom("cica@2021", "cica@2021", "cica@2004"),
      year: fc.constantFrom(2025, 2025, 2024, 1000, 9999),
      revision: fc.integer({ min: 1, max: 5 }),
      submittedOn: date,
      nil: fc.boolean(),
      ...(v2 ? { access } : {}),
      entries: fc.array(entry(v2), { maxLength: 3 }),
      extensions: fc.dictionary(text, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 }),
    },
    { requiredKeys: ["schema", "id", "reporter", "catalogue", "year", "revision", "submittedOn", "entries"] },
  );
const reports = fc.oneof(report(false), report(true));

const sparse = (): unknown[] => {
  const list: unknown[] = [];
  list[2] = "TR";
  return list;
};

/** Values that break a field: every JSON type, numbers at and past the bounds, texts at and past the limits, bad dates and links, non-objects. */
const HOSTILE: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -0,
  1,
  -1,
  1.5,
  999,
  1000,
  9999,
  10000,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_SAFE_INTEGER,
  1e20,
  -1e20,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  "",
  " ",
  "x",
  "public",
  "member-states",
  "secret",
  "cica-cbm/report@1",
  "cica-cbm/report@2",
  "cica-cbm/report@3",
  "x".repeat(64),
  "x".repeat(65),
  "x".repeat(129),
  "x".repeat(501),
  "x".repeat(2049),
  "x".repeat(4001),
  "😀".repeat(64),
  "😀".repeat(65),
  "😀".repeat(128),
  "\ud800",
  "\ud800".repeat(65),
  "2023-02-29",
  "2024-02-29",
  "1900-02-29",
  "2000-02-29",
  "0000-01-01",
  "2025-13-01",
  "2025-04-31",
  "2025-1-1",
  "20250101",
  "https://example.org/a",
  "http://x",
  "urn:isbn:1",
  "ftp://example.org",
  "https://exa mple.org",
  "https://example.org/\u202e",
  "\u0000https://example.org",
  "https://example.org/\u200b",
  "https://\u061c",
  "urn:",
  `https://example.org/${"a".repeat(2040)}`,
  `https://example.org/${"😀".repeat(2030)}`,
  [],
  ["TR"],
  [1, "x", null],
  sparse(),
  [undefined],
  Array.from({ length: 101 }, () => "TR"),
  Array.from({ length: 2049 }, () => "x"),
  {},
  { length: 0 },
  { length: "x" },
  { uri: "https://example.org" },
  { measure: "2.1.2", status: "planned" },
  Object.create(null),
  new Date(0),
  new Map(),
  () => 1,
  undefined,
];
const hostile = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HOSTILE) }, fc.jsonValue({ maxDepth: 2 }), anything);

/** Keys an edit may add: unknown ones, those of another version or place, and those an object inherits. */
const KEYS = ["extra", "__proto__", "constructor", "toString", "prototype", "length", "access", "nothingNewSince", "schema", "uri", "measure", "title", "0"];

/** A copy of the plain objects and lists of a value (holes kept); anything else is shared. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) set(out, key, copy((value as Record<string, unknown>)[key]));
  return out;
}

function set(target: object, key: Key, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The paths of the plain objects and lists in a value, the root first. */
function containers(value: unknown, prefix: Key[] = [], out: Key[][] = []): Key[][] {
  if (typeof value !== "object" || value === null) return out;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return out;
  out.push(prefix);
  for (const key of Object.keys(value)) containers((value as Record<string, unknown>)[key], [...prefix, Array.isArray(value) ? Number(key) : key], out);
  return out;
}

function at(root: unknown, path: readonly Key[]): unknown {
  let node = root;
  for (const key of path) node = (node as Record<Key, unknown>)[key];
  return node;
}

type Edit =
  | { readonly kind: "delete"; readonly at: number; readonly key: number }
  | { readonly kind: "set"; readonly at: number; readonly key: number; readonly value: unknown }
  | { readonly kind: "add"; readonly at: number; readonly name: string; readonly value: unknown };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), key: fc.nat() }),
  fc.record({ kind: fc.constant("set" as const), at: fc.nat(), key: fc.nat(), value: hostile }),
  fc.record({ kind: fc.constant("add" as const), at: fc.nat(), name: fc.constantFrom(...KEYS), value: hostile }),
);

/** A copy of `root` with one edit: a field (or item) removed or replaced, or a key added, in any object or list. */
function apply(root: unknown, change: Edit): unknown {
  const out = copy(root);
  const places = containers(out);
  if (places.length === 0) return out;
  const target = at(out, places[change.at % places.length]!) as Record<Key, unknown> | unknown[];
  if (change.kind === "add") {
    if (!Array.isArray(target)) set(target, change.name, change.value);
    return out;
  }
  const keys = Object.keys(target);
  if (keys.length === 0) return out;
  const key = keys[change.key % keys.length]!;
  if (change.kind === "set") set(target, Array.isArray(target) ? Number(key) : key, change.value);
  else if (Array.isArray(target)) target.splice(Number(key), 1);
  else delete (target as Record<string, unknown>)[key];
  return out;
}

const edited = fc.tuple(reports, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([base, edits]) => edits.reduce(apply, base as unknown));
/** A report with the tag of the other version, no tag, or an unknown one. */
const retagged = fc
  .tuple(
    reports,
    fc.constantFrom<unknown>("cica-cbm/report@1", "cica-cbm/report@2", "cica-cbm/report@3", undefined, 2, null, ""),
    fc.array(edit, { maxLength: 2 }),
  )
  .map(([base, tag, edits]) => {
    const out = { ...(base as Record<string, unknown>) };
    if (tag === undefined) delete out.schema;
    else out.schema = tag;
    return edits.reduce(apply, out as unknown);
  });

const langs = fc.constantFrom("en" as const, "ru" as const);

/** validateReport by hand (the default) and through zod, compared whole. */
function compare(input: unknown, lang: "en" | "ru"): ValidationResult {
  const context: ValidationContext = { ...cica, lang, today: "2026-06-01" };
  const byHand = validateReport(input, context);
  const byZod = validateReport(input, { ...context, schema: zodReference });
  expect(byHand).toEqual(byZod);
  expect(byHand.issues.map((issue) => Object.is(issue.params.received, -0))).toEqual(byZod.issues.map((issue) => Object.is(issue.params.received, -0)));
  return byHand;
}

describe("the format's own structure check against zod's", () => {
  it("gives the same result for generated reports of both versions", () => {
    let ok = 0;
    fc.assert(
      fc.property(reports, langs, (input, lang) => {
        if (compare(input, lang).ok) ok++;
      }),
      RUNS,
    );
    expect(ok).toBeGreaterThan(0);
  });

  it("gives the same issues, in the same order, after hostile edits: fields removed or retyped, keys added, texts and lists past their limits", () => {
    let structural = 0;
    fc.assert(
      fc.property(edited, langs, (input, lang) => {
        if (compare(input, lang).issues.some((issue) => issue.rule.startsWith("field."))) structural++;
      }),
      { numRuns: 1200 },
    );
    // Most edits break the structure: the comparison is not of empty lists.
    expect(structural).toBeGreaterThan(250);
  });

  it("gives the same issues for a report with the other version's tag, an unknown one, or none", () => {
    fc.assert(
      fc.property(retagged, langs, (input, lang) => {
        compare(input, lang);
      }),
      RUNS,
    );
  });

  it("gives the same issues for any value at all, and for objects with the report's keys holding anything", () => {
    const reportLike = fc.dictionary(
      fc.constantFrom("schema", "id", "reporter", "catalogue", "year", "revision", "submittedOn", "nil", "access", "entries", "extensions", "extra"),
      hostile,
    );
    fc.assert(
      fc.property(fc.oneof(anything, reportLike), langs, (input, lang) => {
        compare(input, lang);
      }),
      RUNS,
    );
  });
});
