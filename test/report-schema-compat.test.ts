/**
 * report@2 is a strict superset of report@1. The JSON Schema of report@1 as it shipped before
 * report@2 is kept frozen in test/fixtures/report-v1.schema.json; generated report@1 documents, and
 * random edits of them, show that every document the old schema accepts the new one accepts too
 * (and the zod schema), and that upgradeReport of a valid report@1 is a valid report@2 equal to it
 * but for the tag.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reportJsonSchema } from "../scripts/report-schema.js";
import { NationalReportSchema, type NationalReport, upgradeReport } from "../src/index.js";
import { mutate, mutationOf, pathsOf } from "./support/mutate.js";

const RUNS = { numRuns: 400 };
const v1Schema = JSON.parse(readFileSync(fileURLToPath(new URL("./fixtures/report-v1.schema.json", import.meta.url)), "utf8"));
const ajv = () => new Ajv2020({ strict: true, allErrors: true });
const validV1 = ajv().compile(v1Schema);
const validNow = ajv().compile(reportJsonSchema());

const text = fc.string({ minLength: 1, maxLength: 12 });
const date = fc.constantFrom("2025-01-01", "2025-04-10", "2024-02-29", "2026-03-01", "2025-12-31");
const activity = fc.record(
  {
    title: text,
    kind: fc.constantFrom("visit", "seminar", "exercise"),
    from: date,
    to: date,
    partners: fc.array(fc.constantFrom("TR", "CN", "IN", "osce"), { maxLength: 3 }),
    venue: text,
    evidence: fc.array(fc.record({ uri: fc.constantFrom("https://example.org/a", "urn:isbn:1"), title: text }, { requiredKeys: ["uri"] }), { maxLength: 2 }),
  },
  { requiredKeys: ["title", "kind", "from"] },
);
const entry = fc.record(
  {
    measure: fc.constantFrom("2.1.2", "HUM.4", "2.1.3"),
    status: fc.constantFrom("implemented", "planned"),
    activities: fc.array(activity, { maxLength: 2 }),
    remarks: text,
  },
  { requiredKeys: ["measure", "status"] },
);
/** A report@1 as the old schema accepts it, every optional field sometimes there. */
const reportV1 = fc.record(
  {
    schema: fc.constant("cica-cbm/report@1"),
    id: text,
    reporter: fc.constantFrom("KZ", "MN", "TR"),
    catalogue: fc.constantFrom("cica@2021", "cica@2004"),
    year: fc.integer({ min: 1000, max: 9999 }),
    revision: fc.integer({ min: 1, max: 5 }),
    submittedOn: date,
    nil: fc.boolean(),
    entries: fc.array(entry, { maxLength: 3 }),
    extensions: fc.dictionary(text, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 }),
  },
  { requiredKeys: ["schema", "id", "reporter", "catalogue", "year", "revision", "submittedOn", "entries"] },
);

/** Values an edit may set: any JSON, and the values of report@2's fields and tags. */
const values = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<unknown>("public", "member-states", "secret", 2020, 999, 2020.5, "cica-cbm/report@2", "cica-cbm/report@3", "", null),
);

/** A copy of `root` with a key added to one of its objects (the report, an entry, an activity…). */
function insert(root: unknown, at: number, key: string, value: unknown): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  const objects = [[], ...pathsOf(copy)].filter((path) => {
    let node: unknown = copy;
    for (const step of path) node = (node as Record<string | number, unknown>)[step];
    return typeof node === "object" && node !== null && !Array.isArray(node);
  });
  let target: unknown = copy;
  for (const step of objects[at % objects.length]!) target = (target as Record<string | number, unknown>)[step];
  (target as Record<string, unknown>)[key] = value;
  return copy;
}

const insertion = fc.record({ at: fc.nat(), key: fc.constantFrom("access", "nothingNewSince", "notes", "schema", "nil"), value: values });
/** A generated report@1 with one to three edits: values replaced or removed, keys added. */
const edited = fc
  .tuple(
    reportV1,
    fc.array(
      fc.oneof(
        mutationOf(values).map((m) => ({ m })),
        insertion.map((i) => ({ i })),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([report, edits]) =>
    edits.reduce<unknown>((doc, edit) => ("m" in edit ? mutate(doc, edit.m) : insert(doc, edit.i.at, edit.i.key, edit.i.value)), report),
  );

describe("report.schema.json after report@2", () => {
  it("accepts every generated report@1, as the report@1 schema did", () => {
    fc.assert(
      fc.property(reportV1, (report) => {
        expect(validV1(report)).toBe(true);
        expect(validNow(report)).toBe(true);
        expect(NationalReportSchema.safeParse(report).success).toBe(true);
      }),
      RUNS,
    );
  });

  it("accepts every edited document the report@1 schema accepts, and zod agrees with it on all of them", () => {
    let acceptedBefore = 0;
    let refusedBefore = 0;
    fc.assert(
      fc.property(edited, (doc) => {
        const before = validV1(doc);
        const now = validNow(doc);
        if (before) {
          acceptedBefore++;
          expect(now).toBe(true);
        } else refusedBefore++;
        expect(NationalReportSchema.safeParse(doc).success).toBe(now);
      }),
      RUNS,
    );
    // Both sides of the implication are reached, so the property says something.
    expect(acceptedBefore).toBeGreaterThan(20);
    expect(refusedBefore).toBeGreaterThan(20);
  });

  it("upgrades a valid report@1 into a valid report@2 equal to it but for the tag", () => {
    fc.assert(
      fc.property(reportV1, (report) => {
        const upgraded = upgradeReport(report as NationalReport);
        expect(upgraded.schema).toBe("cica-cbm/report@2");
        expect(validNow(upgraded)).toBe(true);
        expect(validV1(upgraded)).toBe(false);
        expect(NationalReportSchema.safeParse(upgraded).success).toBe(true);
        expect({ ...upgraded, schema: report.schema }).toEqual(report);
        expect(Object.keys(upgraded)).toEqual(Object.keys(report));
      }),
      RUNS,
    );
  });
});
