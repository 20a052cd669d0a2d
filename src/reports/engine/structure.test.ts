import { describe, expect, it } from "vitest";
import * as z from "zod";
import { BASE_REPORT } from "../../../test/support/reports.js";
import { cica } from "../../data/cica/index.js";
import { NationalReportSchema } from "../schema.js";
import type { ReportIssue } from "../types.js";
import { validateReport } from "../validateReport.js";

/** The issues of `input` checked with a zod schema of the caller's own. */
const withOwn = (schema: unknown, input: unknown) => validateReport(input, { ...cica, schema: schema as never }).issues;
const located = (issues: readonly ReportIssue[]) => issues.map((issue) => `${issue.rule} ${issue.path.join(".")}`);

/** A report with `items` list items (entries, activities, partners, evidence links): up to 500 activities an entry, each with one partner and three links, then bare entries. */
function reportOfItems(items: number) {
  const activity = { title: "Defence college visit", kind: "visit", from: "2025-04-10", partners: ["TR"], evidence: ["a", "b", "c"] };
  const entries: object[] = [];
  let rest = items;
  while (rest >= 6) {
    const activities = Math.min(500, Math.floor((rest - 1) / 5));
    entries.push({ measure: "2.1.2", status: "implemented", activities: Array.from({ length: activities }, () => activity) });
    rest -= 1 + activities * 5;
  }
  for (; rest > 0; rest--) entries.push({ measure: "2.1.2", status: "implemented" });
  return { ...BASE_REPORT, entries };
}

describe("a schema of the caller's own", () => {
  it("is run as given: a rule the format does not have is reported on a report the format accepts", () => {
    expect(withOwn(undefined, BASE_REPORT)).toEqual([]);
    expect(located(withOwn(z.looseObject({ id: z.string().max(3) }), BASE_REPORT))).toEqual(["field.too-long id"]);
  });

  it("has a union that is not on the schema version mapped like any other issue", () => {
    const schema = z.looseObject({ id: z.union([z.literal("A"), z.literal("B")]) });
    const issues = withOwn(schema, BASE_REPORT);
    expect(located(issues)).toEqual(["field.type id"]);
    expect(issues[0]?.params).toMatchObject({ expected: "a valid value" });
  });

  it("asks for an integer year even when the schema asks only for a number", () => {
    const issues = withOwn(z.looseObject({ year: z.number() }), { ...BASE_REPORT, year: "2025" });
    expect(issues.map((issue) => [issue.rule, issue.params.expected])).toEqual([["field.type", "an integer"]]);
  });

  it("names a report@2 field unknown to a strict schema as unknown, not as a field of another version, in a report@2", () => {
    const strict = z.strictObject(Object.fromEntries(Object.keys(BASE_REPORT).map((key) => [key, z.unknown()])));
    const issues = withOwn(strict, { ...BASE_REPORT, schema: "cica-cbm/report@2", access: "public" });
    expect(issues.map((issue) => [issue.rule, issue.path, issue.messageKey])).toEqual([["field.unknown", ["access"], "field.unknown.top"]]);
  });

  it("has a union on a nested `schema` field mapped like any other issue, not read as the report's version", () => {
    const schema = z.looseObject({ meta: z.discriminatedUnion("schema", [z.object({ schema: z.literal("x") })]) });
    expect(located(withOwn(schema, { ...BASE_REPORT, meta: { schema: "y" } }))).toEqual(["field.type meta.schema"]);
  });

  it("gives way to the format's own check when the report's version is unknown, even beside its other issues", () => {
    const schema = z.intersection(NationalReportSchema, z.looseObject({ id: z.string().max(3) }));
    const input = { ...BASE_REPORT, schema: "cica-cbm/report@9" };
    const issues = withOwn(schema, input);
    expect(located(issues)).toEqual(["schema.unsupported schema"]);
    expect(issues).toEqual(validateReport(input, cica).issues);
  });

  it("reports every issue of one field while the field has the right type", () => {
    const schema = z.looseObject({ id: z.string().min(10).regex(/x/) });
    expect(located(withOwn(schema, BASE_REPORT))).toEqual(["field.empty id", "field.date id"]);
  });

  it("says only the type of a field of the wrong type, yet reports the fields beside it and inside it", () => {
    const beside = z.looseObject({ entries: z.array(z.looseObject({ measure: z.number(), status: z.number() })) });
    expect(located(withOwn(beside, BASE_REPORT))).toEqual(["field.type entries.0.measure", "field.type entries.0.status"]);
    const inside = z.intersection(z.looseObject({ entries: z.string() }), z.looseObject({ entries: z.array(z.looseObject({ measure: z.number() })) }));
    expect(located(withOwn(inside, BASE_REPORT))).toEqual(["field.type entries", "field.type entries.0.measure"]);
  });

  it("is run on a report of 50,000 list items, counting partners and evidence links", () => {
    const schema = z.looseObject({ id: z.string().max(3) });
    expect(located(withOwn(schema, reportOfItems(50_000)))).toContain("field.too-long id");
  }, 30_000);

  it("is not run on a report of more than 50,000 list items: the format's own check gives its issues", () => {
    const schema = z.looseObject({ id: z.string().max(3) });
    const input = reportOfItems(50_001);
    const issues = withOwn(schema, input);
    expect(located(issues)).not.toContain("field.too-long id");
    expect(issues).toEqual(validateReport(input, cica).issues);
  }, 30_000);
});
