import { REPORT_LIMITS as L } from "../limits.js";
import { DATE_PATTERN, EVIDENCE_URI_PATTERN } from "../patterns.js";
import { ACCESS_LEVELS, REPORT_SCHEMA_ID, REPORT_SCHEMA_V1 } from "../schemaIds.js";
import { codePoints } from "./codePoints.js";
import type { IssueCollector } from "./IssueCollector.js";
import { mapZodIssue, type StructureIssue } from "./zodIssues.js";

// The structure of a national report, checked by hand: the same issues, in the same order, as the
// zod schemas of schema.ts (which stay the specification and generate the JSON Schema), without
// zod. A property test (checkStructure.test-prop.ts) holds the two to the same output.
//
// The order is zod's: an object's fields in the order of its shape, each field's problems as zod
// finds them, then one `unrecognized_keys` issue for the keys the shape does not name (in the
// object's own key order); a list's items in order. Issues pass through the same mapping as zod's
// (mapZodIssue), so rule, path, params and message are made in one place.
//
// A valid report costs no allocation but one path stack: a path is copied only for an issue. The
// walk recurses only as deep as the format nests (report, entry, activity, evidence link), and
// loops over lists, so a report at its list limits cannot exhaust the stack.

/** What a field holds. @internal */
export type Type =
  | { readonly kind: "text"; readonly max: number }
  | { readonly kind: "date" }
  | { readonly kind: "uri" }
  | { readonly kind: "int"; readonly min: number; readonly max: number | undefined }
  | { readonly kind: "boolean" }
  | { readonly kind: "access" }
  | { readonly kind: "tag"; readonly tag: string }
  | { readonly kind: "list"; readonly max: number; readonly items: Type }
  | { readonly kind: "object"; readonly shape: Shape }
  | { readonly kind: "record" };

/** An object's fields, in the order zod checks them, and the set of their keys. @internal */
export interface Shape {
  readonly fields: readonly Field[];
  readonly keys: ReadonlySet<string>;
}

/** One field of a {@link Shape}. @internal */
export interface Field {
  readonly key: string;
  readonly type: Type;
  /** An optional field may be missing or `undefined`. */
  readonly optional: boolean;
}

const text = (max: number): Type => ({ kind: "text", max });
const DATE: Type = { kind: "date" };
const ACCESS: Type = { kind: "access" };
const YEAR: Type = { kind: "int", min: 1000, max: 9999 };
const list = (max: number, items: Type): Type => ({ kind: "list", max, items });
const object = (shape: Shape): Type => ({ kind: "object", shape });

function shape(fields: readonly (readonly [key: string, type: Type, optional?: "optional"])[]): Shape {
  return {
    fields: fields.map(([key, type, optional]) => ({ key, type, optional: optional === "optional" })),
    keys: new Set(fields.map(([key]) => key)),
  };
}

const EVIDENCE = shape([
  ["uri", { kind: "uri" }],
  ["title", text(L.title), "optional"],
]);

/** An activity's fields in report@1; report@2 adds `access` at the end. */
const activityFields = (): (readonly [string, Type, "optional"?])[] => [
  ["title", text(L.title)],
  ["kind", text(L.kind)],
  ["from", DATE],
  ["to", DATE, "optional"],
  ["partners", list(L.partners, text(L.code)), "optional"],
  ["venue", text(L.venue), "optional"],
  ["evidence", list(L.evidence, object(EVIDENCE)), "optional"],
];
const ACTIVITY_V1 = shape(activityFields());
const ACTIVITY_V2 = shape([...activityFields(), ["access", ACCESS, "optional"]]);

const ENTRY_V1 = shape([
  ["measure", text(L.code)],
  ["status", text(L.code)],
  ["activities", list(L.activities, object(ACTIVITY_V1)), "optional"],
  ["remarks", text(L.remarks), "optional"],
]);
// report@2's entry is report@1's shape spread with its activities replaced: they keep their place.
const ENTRY_V2 = shape([
  ["measure", text(L.code)],
  ["status", text(L.code)],
  ["activities", list(L.activities, object(ACTIVITY_V2)), "optional"],
  ["remarks", text(L.remarks), "optional"],
  ["access", ACCESS, "optional"],
  ["nothingNewSince", YEAR, "optional"],
]);

const reportFields = (tag: string, entry: Shape, access: boolean): (readonly [string, Type, "optional"?])[] => [
  ["schema", { kind: "tag", tag }],
  ["id", text(L.id)],
  ["reporter", text(L.code)],
  ["catalogue", text(L.code)],
  ["year", YEAR],
  ["revision", { kind: "int", min: 1, max: undefined }],
  ["submittedOn", DATE],
  ["nil", { kind: "boolean" }, "optional"],
  ...(access ? [["access", ACCESS, "optional"] as const] : []),
  ["entries", list(L.entries, object(entry))],
  ["extensions", { kind: "record" }, "optional"],
];
const REPORT_V1 = shape(reportFields(REPORT_SCHEMA_V1, ENTRY_V1, false));
const REPORT_V2 = shape(reportFields(REPORT_SCHEMA_ID, ENTRY_V2, true));

/** The shapes of the format, in zod's order, for a test to hold against the zod schemas. @internal */
export const STRUCTURE_SHAPES = { REPORT_V1, REPORT_V2, ENTRY_V1, ENTRY_V2, ACTIVITY_V1, ACTIVITY_V2, EVIDENCE } as const;

/** One walk: the view (for the mapping), the collector, and the path to the value being checked. */
interface Walk {
  readonly view: Record<string, unknown>;
  readonly collector: IssueCollector;
  readonly path: (string | number)[];
}

/** Adds an issue at the walk's path (copied now: the only allocation the walk makes). */
function report(walk: Walk, issue: Omit<StructureIssue, "path">): void {
  mapZodIssue({ ...issue, path: [...walk.path] }, walk.view, walk.collector);
}

/**
 * Checks the structure of a report's view (its `extensions` already replaced by `{}` when they are
 * a plain object), adding to the collector what zod's {@link NationalReportSchema} would: a
 * report@1 as a report@1, anything else (report@2, an unknown or missing tag) as the current version.
 */
export function checkStructure(view: Record<string, unknown>, collector: IssueCollector): void {
  const walk: Walk = { view, collector, path: [] };
  checkObject(view, view.schema === REPORT_SCHEMA_V1 ? REPORT_V1 : REPORT_V2, walk);
}

function checkObject(input: unknown, { fields, keys }: Shape, walk: Walk): void {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    report(walk, { code: "invalid_type", expected: "object" });
    return;
  }
  const object = input as Record<string, unknown>;
  for (const field of fields) {
    // Read as zod reads it (inherited values too); an optional field may be missing or undefined.
    const value = object[field.key];
    if (value === undefined && field.optional) continue;
    walk.path.push(field.key);
    checkValue(value, field.type, walk);
    walk.path.pop();
  }
  let unknown: string[] | undefined;
  // zod lists every enumerable key, own or inherited, that the shape does not name.
  for (const key in object) if (!keys.has(key)) (unknown ??= []).push(key);
  if (unknown) report(walk, { code: "unrecognized_keys", keys: unknown });
}

function checkValue(value: unknown, type: Type, walk: Walk): void {
  switch (type.kind) {
    case "text":
      if (typeof value !== "string") report(walk, { code: "invalid_type", expected: "string" });
      else if (value.length === 0) report(walk, { code: "too_small", origin: "string" });
      else if (value.length > type.max && codePoints(value) > type.max) report(walk, { code: "too_big", origin: "string", maximum: type.max });
      return;
    case "date":
      if (typeof value !== "string") report(walk, { code: "invalid_type", expected: "string" });
      else if (!DATE_PATTERN.test(value)) report(walk, { code: "invalid_format" });
      return;
    case "uri":
      if (typeof value !== "string") {
        report(walk, { code: "invalid_type", expected: "string" });
        return;
      }
      if (value.length > L.uri && codePoints(value) > L.uri) report(walk, { code: "too_big", origin: "string", maximum: L.uri });
      if (!EVIDENCE_URI_PATTERN.test(value)) report(walk, { code: "invalid_format" });
      return;
    case "int":
      checkInt(value, type.min, type.max, walk);
      return;
    case "boolean":
      if (typeof value !== "boolean") report(walk, { code: "invalid_type", expected: "boolean" });
      return;
    case "access":
      if (value !== ACCESS_LEVELS[0] && value !== ACCESS_LEVELS[1]) report(walk, { code: "invalid_value" });
      return;
    case "tag":
      if (value !== type.tag) report(walk, { code: "invalid_value" });
      return;
    case "list":
      checkList(value, type.max, type.items, walk);
      return;
    case "object":
      checkObject(value, type.shape, walk);
      return;
    case "record":
      checkRecord(value, walk);
      return;
  }
}

/** zod's `z.int().check(z.gte(min), z.lte(max))`: a finite number, an integer, a safe one, within the range. */
function checkInt(value: unknown, min: number, max: number | undefined, walk: Walk): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    report(walk, { code: "invalid_type", expected: "number" });
    return;
  }
  if (!Number.isInteger(value)) {
    report(walk, { code: "invalid_type", expected: "int" });
    return;
  }
  // Outside the safe integers zod says so first, then still checks the range.
  if (!Number.isSafeInteger(value))
    report(walk, value > 0 ? { code: "too_big", origin: "int", maximum: Number.MAX_SAFE_INTEGER } : { code: "too_small", origin: "int" });
  if (value < min) report(walk, { code: "too_small", origin: "number" });
  if (max !== undefined && value > max) report(walk, { code: "too_big", origin: "number", maximum: max });
}

function checkList(value: unknown, max: number, items: Type, walk: Walk): void {
  if (!Array.isArray(value)) {
    report(walk, { code: "invalid_type", expected: "array" });
    return;
  }
  // Over its limit, a list gets one issue and its items are not read (the snapshot has cut it already).
  if (value.length > max) {
    report(walk, { code: "too_big", origin: "array", maximum: max });
    return;
  }
  const path = walk.path;
  for (let index = 0; index < value.length; index++) {
    path.push(index);
    checkValue(value[index], items, walk);
    path.pop();
  }
}

/**
 * zod's `z.record(z.string(), z.unknown())` on `extensions`. The view holds `{}` in place of a plain
 * object's extensions (checkExtensions reads those), so only what is not one reaches this: zod
 * accepts an object whose constructor looks like Object's, with an issue for each enumerable symbol
 * key (never in JSON), and rejects the rest as not an object.
 */
function checkRecord(value: unknown, walk: Walk): void {
  if (!isZodPlainObject(value)) {
    report(walk, { code: "invalid_type", expected: "record" });
    return;
  }
  for (const key of Object.getOwnPropertySymbols(value)) {
    if (Object.prototype.propertyIsEnumerable.call(value, key)) mapZodIssue({ code: "invalid_key", path: [...walk.path, key] }, walk.view, walk.collector);
  }
}

/** zod's own test of a plain object (util.isPlainObject), which a record must pass. */
function isZodPlainObject(value: unknown): value is object {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const ctor: unknown = (value as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== "function") return true;
  const prototype: unknown = (ctor as { prototype?: unknown }).prototype;
  if (typeof prototype !== "object" || prototype === null || Array.isArray(prototype)) return false;
  return Object.hasOwn(prototype, "isPrototypeOf");
}
