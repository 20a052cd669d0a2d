import { describe, expect, it, vi } from "vitest";
import { cica } from "../../data/cica/index.js";
import { messageSource } from "../../i18n/messageSource.js";
import { compileReportSchema } from "../compileReportSchema.js";
import { REPORT_LIMITS as L } from "../limits.js";
import { ActivitySchema, ActivitySchemaV1, EntrySchema, EntrySchemaV1, NationalReportSchema, ReportShapeV1, ReportShapeV2 } from "../schema.js";
import type { ValidationContext } from "../types.js";
import { validateReport } from "../validateReport.js";
import { checkStructure, STRUCTURE_SHAPES } from "./checkStructure.js";
import { IssueCollector } from "./IssueCollector.js";

const ACTIVITY = { title: "Defence college visit", kind: "visit", from: "2025-04-10" };
const ENTRY = { measure: "2.1.2", status: "implemented", activities: [ACTIVITY] };
const REPORT = {
  schema: "cica-cbm/report@2",
  id: "KZ-2025",
  reporter: "KZ",
  catalogue: "cica@2021",
  year: 2025,
  revision: 1,
  submittedOn: "2026-03-01",
  entries: [ENTRY],
};

type Issue = readonly [rule: string, path: string, params?: Record<string, unknown>];

/** The structure issues of a view: rule, path, and the params besides `field` (left out when there are none). */
function check(view: Record<string, unknown>): Issue[] {
  const collector = new IssueCollector(messageSource("en", "test", "lang"));
  checkStructure(view, collector);
  return collector.issues.map((issue) => {
    const { field: _, ...params } = issue.params as Record<string, unknown>;
    return Object.keys(params).length === 0 ? [issue.rule, issue.path.join(".")] : [issue.rule, issue.path.join("."), params];
  });
}

const withReport = (fields: Record<string, unknown>) => check({ ...REPORT, ...fields });
const withEntry = (fields: Record<string, unknown>) => withReport({ entries: [{ ...ENTRY, ...fields }] });
const withActivity = (fields: Record<string, unknown>) => withEntry({ activities: [{ ...ACTIVITY, ...fields }] });
const withEvidence = (fields: Record<string, unknown>) => withActivity({ evidence: [{ uri: "https://example.org/a", ...fields }] });

const fieldsOf = (shape: { fields: readonly { key: string; optional: boolean }[] }) => shape.fields.map(({ key, optional }) => `${key}${optional ? "?" : ""}`);
const zodFieldsOf = (shape: Record<string, { _zod: { optin?: unknown } }>) =>
  Object.entries(shape).map(([key, field]) => `${key}${field._zod.optin ? "?" : ""}`);

describe("checkStructure's shapes", () => {
  it("name the zod schemas' fields in their order, optional where zod's are", () => {
    const { REPORT_V1, REPORT_V2, ENTRY_V1, ENTRY_V2, ACTIVITY_V1, ACTIVITY_V2 } = STRUCTURE_SHAPES;
    expect(fieldsOf(REPORT_V1)).toEqual(zodFieldsOf(ReportShapeV1.shape));
    expect(fieldsOf(REPORT_V2)).toEqual(zodFieldsOf(ReportShapeV2.shape));
    expect(fieldsOf(ENTRY_V1)).toEqual(zodFieldsOf(EntrySchemaV1.shape));
    expect(fieldsOf(ENTRY_V2)).toEqual(zodFieldsOf(EntrySchema.shape));
    expect(fieldsOf(ACTIVITY_V1)).toEqual(zodFieldsOf(ActivitySchemaV1.shape));
    expect(fieldsOf(ACTIVITY_V2)).toEqual(zodFieldsOf(ActivitySchema.shape));
    expect(fieldsOf(STRUCTURE_SHAPES.EVIDENCE)).toEqual(["uri", "title?"]);
  });
});

describe("checkStructure", () => {
  it("accepts a report@2 and a report@1 with every field in place", () => {
    expect(check(REPORT)).toEqual([]);
    expect(check({ ...REPORT, schema: "cica-cbm/report@1", nil: false, extensions: {} })).toEqual([]);
  });

  describe("objects", () => {
    it("says a missing field is missing, in the shape's order, and lists unknown keys after the fields, in the object's order", () => {
      const { id: _, year: __, ...rest } = REPORT;
      expect(check({ zeta: 1, ...rest, alpha: 2 })).toEqual([
        ["field.missing", "id"],
        ["field.missing", "year"],
        ["field.unknown", "zeta", { key: "zeta", where: "the report" }],
        ["field.unknown", "alpha", { key: "alpha", where: "the report" }],
      ]);
    });

    it("takes an optional field set to undefined as absent, and a required one as missing", () => {
      expect(withEntry({ remarks: undefined, access: undefined })).toEqual([]);
      expect(withEntry({ status: undefined })).toEqual([["field.missing", "entries.0.status"]]);
    });

    it("says an entry that is not an object must be one, whatever it is", () => {
      for (const entry of [[], "x", 5, null]) {
        const [issue] = withReport({ entries: [entry] });
        expect(issue?.slice(0, 2)).toEqual(["field.type", "entries.0"]);
        expect(issue?.[2]?.expected).toBe("an object");
      }
    });

    it("says a hole in the list of entries is a missing entry", () => {
      const entries: unknown[] = [];
      entries[1] = ENTRY;
      expect(withReport({ entries })).toEqual([["field.missing", "entries.0"]]);
    });

    it("reads an object's inherited fields as zod does: present, and no unknown key", () => {
      expect(withReport({ entries: [Object.create(ENTRY)] })).toEqual([]);
      const inheritsExtra = Object.assign(Object.create({ extra: 1 }), ENTRY);
      expect(withReport({ entries: [inheritsExtra] })).toEqual([["field.unknown", "entries.0.extra", { key: "extra", where: "an entry" }]]);
    });

    it("says where an unknown key sits: an entry, an activity, an evidence link", () => {
      expect(withEntry({ x: 1 })).toEqual([["field.unknown", "entries.0.x", { key: "x", where: "an entry" }]]);
      expect(withActivity({ x: 1 })).toEqual([["field.unknown", "entries.0.activities.0.x", { key: "x", where: "an activity" }]]);
      expect(withEvidence({ x: 1 })).toEqual([["field.unknown", "entries.0.activities.0.evidence.0.x", { key: "x", where: "an evidence link" }]]);
    });

    it("reports a __proto__ key as an unknown field, never as a prototype", () => {
      const entry = JSON.parse('{"measure": "2.1.2", "status": "planned", "__proto__": {"x": 1}}') as unknown;
      expect(withReport({ entries: [entry] })).toEqual([["field.unknown", "entries.0.__proto__", { key: "__proto__", where: "an entry" }]]);
    });
  });

  describe("versions", () => {
    it("reads a report@1 as a report@1: report@2's fields are unknown in it, at each level", () => {
      const v1 = {
        ...REPORT,
        schema: "cica-cbm/report@1",
        access: "public",
        entries: [{ ...ENTRY, nothingNewSince: 2020, activities: [{ ...ACTIVITY, access: "public" }] }],
      };
      expect(check(v1).map(([rule, path]) => `${rule} ${path}`)).toEqual([
        "field.unknown entries.0.activities.0.access",
        "field.unknown entries.0.nothingNewSince",
        "field.unknown access",
      ]);
      expect(check(v1).every(([, , params]) => params?.schema === "cica-cbm/report@2")).toBe(true);
    });

    it("reads an unknown or missing tag as the current version, reporting the tag and accepting report@2's fields", () => {
      expect(withReport({ schema: "cica-cbm/report@3", access: "public" })).toEqual([["schema.unsupported", "schema", { received: "cica-cbm/report@3" }]]);
      const { schema: _, ...untagged } = REPORT;
      expect(check({ ...untagged, access: "public" })).toEqual([["field.missing", "schema"]]);
      expect(withReport({ schema: 2 })).toEqual([["schema.unsupported", "schema", { received: 2 }]]);
    });
  });

  describe("texts", () => {
    it("says a text field must be a text, and says nothing of the length of what it holds instead", () => {
      expect(withReport({ id: 5 })).toEqual([["field.type", "id", { expected: "a text", received: 5 }]]);
      expect(withReport({ id: [] })).toEqual([["field.type", "id", { expected: "a text", received: "a list" }]]);
      expect(withReport({ id: { length: 0 } })).toEqual([["field.type", "id", { expected: "a text", received: "an object" }]]);
    });

    it("says an empty text is empty", () => {
      expect(withEntry({ remarks: "" })).toEqual([["field.empty", "entries.0.remarks"]]);
    });

    it("takes each text up to its limit, counted in code points, and says how long one past it is", () => {
      const limits: [(fields: Record<string, unknown>) => Issue[], string, string, number][] = [
        [withReport, "id", "id", L.id],
        [withReport, "reporter", "reporter", L.code],
        [withReport, "catalogue", "catalogue", L.code],
        [withEntry, "measure", "entries.0.measure", L.code],
        [withEntry, "status", "entries.0.status", L.code],
        [withEntry, "remarks", "entries.0.remarks", L.remarks],
        [withActivity, "title", "entries.0.activities.0.title", L.title],
        [withActivity, "kind", "entries.0.activities.0.kind", L.kind],
        [withActivity, "venue", "entries.0.activities.0.venue", L.venue],
        [withEvidence, "title", "entries.0.activities.0.evidence.0.title", L.title],
      ];
      for (const [at, key, path, max] of limits) {
        // Structure only: a code at its limit is no participant, which the contextual rules say, not this check.
        expect(at({ [key]: "😀".repeat(max) }), key).toEqual([]);
        expect(at({ [key]: "x".repeat(max) }), key).toEqual([]);
        expect(at({ [key]: "😀".repeat(max + 1) }), key).toEqual([["field.too-long", path, { length: max + 1, max }]]);
        expect(at({ [key]: "x".repeat(max + 1) }), key).toEqual([["field.too-long", path, { length: max + 1, max }]]);
      }
    });

    it("checks a partner code as a text of at most a code's length", () => {
      expect(withActivity({ partners: ["TR", "", 5, "x".repeat(L.code + 1)] })).toEqual([
        ["field.empty", "entries.0.activities.0.partners.1"],
        ["field.type", "entries.0.activities.0.partners.2", { expected: "a text", received: 5 }],
        ["field.too-long", "entries.0.activities.0.partners.3", { length: L.code + 1, max: L.code }],
      ]);
    });
  });

  describe("dates", () => {
    it("takes real calendar dates and says which are not", () => {
      expect(withActivity({ from: "2024-02-29", to: "2025-04-12" })).toEqual([]);
      expect(withActivity({ from: "2023-02-29" })).toEqual([["field.date", "entries.0.activities.0.from", { received: "2023-02-29" }]]);
      expect(withReport({ submittedOn: "2026-3-1" })).toEqual([["field.date", "submittedOn", { received: "2026-3-1" }]]);
      expect(withActivity({ to: 20250412 })).toEqual([["field.type", "entries.0.activities.0.to", { expected: "a text", received: 20250412 }]]);
    });
  });

  describe("evidence links", () => {
    const URI = "entries.0.activities.0.evidence.0.uri";

    it("takes http, https and urn links and says another scheme is not one", () => {
      expect(withEvidence({ uri: "urn:isbn:1" })).toEqual([]);
      expect(withEvidence({ uri: "HTTP://EXAMPLE.ORG" })).toEqual([]);
      expect(withEvidence({ uri: "ftp://example.org" })).toEqual([["evidence.scheme", URI, { received: "ftp://example.org" }]]);
    });

    it("names an unsafe character by code point and place", () => {
      expect(withEvidence({ uri: "https://example.org/\u202e" })).toEqual([["evidence.unsafe-character", URI, { char: "U+202E", position: 21 }]]);
    });

    it("says a link past its limit is too long, and still checks its scheme", () => {
      expect(withEvidence({ uri: `https://example.org/${"a".repeat(L.uri - 20)}` })).toEqual([]);
      expect(withEvidence({ uri: `https://example.org/${"a".repeat(L.uri - 19)}` })).toEqual([["field.too-long", URI, { length: L.uri + 1, max: L.uri }]]);
      expect(withEvidence({ uri: `https://example.org/${"😀".repeat(L.uri - 20)}` })).toEqual([]);
      const long = `ftp://${"a".repeat(L.uri)}`;
      expect(withEvidence({ uri: long }).map(([rule]) => rule)).toEqual(["field.too-long", "evidence.scheme"]);
    });

    it("says a link must be a text and a missing one is missing", () => {
      expect(withEvidence({ uri: ["https://example.org"] })).toEqual([["field.type", URI, { expected: "a text", received: "a list" }]]);
      expect(withActivity({ evidence: [{ title: "Press release" }] })).toEqual([["field.missing", URI]]);
    });
  });

  describe("numbers", () => {
    it("takes a year from 1000 to 9999 and says where one outside is", () => {
      expect(withReport({ year: 1000 })).toEqual([]);
      expect(withReport({ year: 9999 })).toEqual([]);
      expect(withReport({ year: 999 })).toEqual([["field.value", "year", { min: 1000, max: 9999, received: 999 }]]);
      expect(withReport({ year: 10000 })).toEqual([["field.value", "year", { min: 1000, max: 9999, received: 10000 }]]);
    });

    it("says once that a year past the safe integers is out of range", () => {
      expect(withReport({ year: 1e20 })).toEqual([["field.value", "year", { min: 1000, max: 9999, received: 1e20 }]]);
      expect(withReport({ year: -1e20 })).toEqual([["field.value", "year", { min: 1000, max: 9999, received: -1e20 }]]);
    });

    it("says a year must be an integer: a fraction, a text, NaN and the infinities are not", () => {
      for (const year of [2025.5, "2025", Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, null]) {
        expect(withReport({ year })[0]?.slice(0, 2), String(year)).toEqual(["field.type", "year"]);
        expect(withReport({ year })[0]?.[2]?.expected).toBe("an integer");
        expect(withReport({ year })).toHaveLength(1);
      }
    });

    it("takes a revision from 1 to the largest safe integer", () => {
      expect(withReport({ revision: Number.MAX_SAFE_INTEGER })).toEqual([]);
      expect(withReport({ revision: 0 })).toEqual([["revision.below-one", "revision", { received: 0 }]]);
      expect(withReport({ revision: -(2 ** 53) })).toEqual([["revision.below-one", "revision", { received: -(2 ** 53) }]]);
      expect(withReport({ revision: 2 ** 53 })).toEqual([["field.value", "revision", { min: 1, max: Number.MAX_SAFE_INTEGER, received: 2 ** 53 }]]);
      expect(withReport({ revision: 1.5 })).toEqual([["field.type", "revision", { expected: "an integer", received: 1.5 }]]);
    });

    it("says nothingNewSince must be a number, then an integer, then within 1000–9999", () => {
      expect(withEntry({ nothingNewSince: "2020" })).toEqual([["field.type", "entries.0.nothingNewSince", { expected: "a number", received: "2020" }]]);
      expect(withEntry({ nothingNewSince: 2020.5 })).toEqual([["field.type", "entries.0.nothingNewSince", { expected: "an integer", received: 2020.5 }]]);
      expect(withEntry({ nothingNewSince: 999 })).toEqual([["field.value", "entries.0.nothingNewSince", { min: 1000, max: 9999, received: 999 }]]);
      expect(withEntry({ nothingNewSince: 10000 })).toEqual([["field.value", "entries.0.nothingNewSince", { min: 1000, max: 9999, received: 10000 }]]);
      expect(withEntry({ nothingNewSince: 2020 })).toEqual([]);
    });
  });

  describe("flags and marks", () => {
    it("says nil must be true or false", () => {
      expect(withReport({ nil: "true" })).toEqual([["field.type", "nil", { expected: "true or false", received: "true" }]]);
      expect(withReport({ nil: true })).toEqual([]);
    });

    it("takes the two access levels at each level and says what else is not one", () => {
      for (const access of ["public", "member-states"]) expect(withActivity({ access })).toEqual([]);
      const expected = '"public" or "member-states"';
      expect(withReport({ access: "secret" })).toEqual([["field.type", "access", { expected, received: "secret" }]]);
      expect(withEntry({ access: null })).toEqual([["field.type", "entries.0.access", { expected, received: "null" }]]);
      expect(withActivity({ access: 1 })).toEqual([["field.type", "entries.0.activities.0.access", { expected, received: 1 }]]);
    });
  });

  describe("lists", () => {
    it("says a list field must be a list", () => {
      expect(withReport({ entries: "x".repeat(L.entries + 1) })).toEqual([["field.type", "entries", { expected: "a list", received: `${"x".repeat(57)}…` }]]);
      expect(withEntry({ activities: {} })).toEqual([["field.type", "entries.0.activities", { expected: "a list", received: "an object" }]]);
      expect(withActivity({ partners: "TR" })).toEqual([["field.type", "entries.0.activities.0.partners", { expected: "a list", received: "TR" }]]);
      expect(withActivity({ evidence: null })).toEqual([["field.type", "entries.0.activities.0.evidence", { expected: "a list", received: "null" }]]);
    });

    it("says a list past its limit has too many items, once, without reading them", () => {
      const limits: [(fields: Record<string, unknown>) => Issue[], string, string, number, unknown][] = [
        [withReport, "entries", "entries", L.entries, 5],
        [withEntry, "activities", "entries.0.activities", L.activities, 5],
        [withActivity, "partners", "entries.0.activities.0.partners", L.partners, 5],
        [withActivity, "evidence", "entries.0.activities.0.evidence", L.evidence, 5],
      ];
      for (const [at, key, path, max, bad] of limits) {
        expect(at({ [key]: Array.from({ length: max + 1 }, () => bad) }), key).toEqual([["field.too-many", path, { length: max + 1, max }]]);
        expect(at({ [key]: Array.from({ length: max }, () => bad) }).length, key).toBe(max);
      }
    });
  });

  describe("extensions", () => {
    it("takes a plain object (the view holds {} for one) and one whose constructor is not a function", () => {
      expect(withReport({ extensions: {} })).toEqual([]);
      expect(withReport({ extensions: Object.create(null) })).toEqual([]);
      expect(withReport({ extensions: { constructor: 1 } })).toEqual([]);
      expect(withReport({ extensions: Object.create({ a: 1 }) })).toEqual([]);
    });

    it("says extensions that are not an object must be one", () => {
      for (const extensions of [[], "x", 5, new Date(0), new (class Data {})(), null]) {
        expect(withReport({ extensions })[0]?.slice(0, 2)).toEqual(["field.type", "extensions"]);
        expect(withReport({ extensions })[0]?.[2]?.expected).toBe("an object");
      }
      expect(withReport({ extensions: Object.assign(Object.create(null), { constructor: Object.assign(() => 1, { prototype: 5 }) }) })[0]?.[0]).toBe(
        "field.type",
      );
    });

    it("says an enumerable symbol key is not a valid key, and passes over a hidden one", () => {
      const key = Symbol("tag");
      const extensions = Object.create(null) as Record<symbol, unknown>;
      extensions[key] = 1;
      Object.defineProperty(extensions, Symbol("hidden"), { value: 2, enumerable: false });
      expect(withReport({ extensions })).toEqual([["field.type", "extensions.Symbol(tag)", { expected: "a valid value", received: 1 }]]);
    });
  });
});

describe("which structure check runs", () => {
  const { entries: _, ...noEntries } = REPORT;
  const INPUT = { ...noEntries, id: [], entries: [{ measure: "2.1.2", status: "planned", remarks: "" }] };

  it("uses the format's own check, not zod, without a schema, with NationalReportSchema and with compileReportSchema()", () => {
    const compiled = compileReportSchema();
    const spies = [vi.spyOn(NationalReportSchema, "safeParse"), vi.spyOn(compiled, "safeParse")];
    const contexts: ValidationContext[] = [cica, { ...cica, schema: NationalReportSchema }, { ...cica, schema: compiled }];
    for (const context of contexts) expect(validateReport(INPUT, context).issues.map((issue) => issue.rule)).toEqual(["field.type", "field.empty"]);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    for (const spy of spies) spy.mockRestore();
  });

  it("runs a schema of the caller's own, saying only that a value has the wrong type where zod also measures it", () => {
    const safeParse = vi.fn((value: unknown) => NationalReportSchema.safeParse(value));
    const schema = { safeParse } as unknown as NonNullable<ValidationContext["schema"]>;
    const result = validateReport({ ...INPUT, entries: "x".repeat(L.entries + 1) }, { ...cica, schema });
    expect(safeParse).toHaveBeenCalledTimes(1);
    expect(result.issues.map((issue) => `${issue.rule} ${issue.path.join(".")}`)).toEqual(["field.type id", "field.type entries"]);
  });

  it("reads a report whose tag a caller's schema does not know as the current version", () => {
    const schema = { safeParse: (value: unknown) => NationalReportSchema.safeParse(value) } as unknown as NonNullable<ValidationContext["schema"]>;
    const result = validateReport({ ...REPORT, schema: "cica-cbm/report@9", year: 99 }, { ...cica, schema });
    expect(result.issues.map((issue) => issue.rule)).toEqual(["schema.unsupported", "field.value"]);
  });

  it("checks a report by the format's own check when a caller's schema overflows the stack, or the report has more than 50,000 list items", () => {
    const overflowing = {
      safeParse: () => {
        throw new RangeError("Maximum call stack size exceeded");
      },
    } as unknown as NonNullable<ValidationContext["schema"]>;
    expect(validateReport(INPUT, { ...cica, schema: overflowing }).issues.map((issue) => issue.rule)).toEqual(["field.type", "field.empty"]);
    const never = vi.fn(() => ({ success: true }));
    const schema = { safeParse: never } as unknown as NonNullable<ValidationContext["schema"]>;
    const activities = Array.from({ length: 500 }, () => ({ ...ACTIVITY, partners: ["TR"] }));
    const big = { ...REPORT, id: "", entries: Array.from({ length: 51 }, (_, i) => ({ measure: `M${i}`, status: "planned", activities })) };
    expect(validateReport(big, { ...cica, schema }).issues[0]?.rule).toBe("field.empty");
    expect(never).not.toHaveBeenCalled();
    // At 50,000 list items and below, the caller's schema runs.
    const small = { ...big, entries: big.entries.slice(0, 49) };
    validateReport(small, { ...cica, schema });
    expect(never).toHaveBeenCalledTimes(1);
  });

  it("reads a report as unreadable when a caller's schema throws anything but a stack overflow", () => {
    const broken = {
      safeParse: () => {
        throw new TypeError("broken schema");
      },
    } as unknown as NonNullable<ValidationContext["schema"]>;
    expect(validateReport(INPUT, { ...cica, schema: broken }).issues.map((issue) => issue.rule)).toEqual(["report.type"]);
  });

  it("takes a null schema as none", () => {
    const context = { ...cica, schema: null } as unknown as ValidationContext;
    expect(validateReport(INPUT, context).issues.map((issue) => issue.rule)).toEqual(["field.type", "field.empty"]);
  });
});
