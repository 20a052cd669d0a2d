// The JSON Schema of an annual plan, generated from the zod schema so that the two never drift
// apart. `npm run build` writes it to plan.schema.json at the package root (exported as
// "cica-cbm/plan.schema.json"); the tests run one corpus through both.
import * as z from "zod/mini";
import { PlanShape } from "../src/plans/schema.js";
import { REPORT_LIMITS } from "../src/reports/limits.js";

export function planJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(PlanShape, { target: "draft-2020-12" }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: "urn:cica-cbm:plan@1",
    title: "CICA annual plan of CBM implementation events (cica-cbm/plan@1)",
    description:
      "One plan per year, approved by the Senior Officials Committee and amended by revisions (each kept). This schema checks structure, types, " +
      "lengths and the forms of dates (a planned date is a day, a month YYYY-MM or a quarter YYYY-Q1..Q4); the cica-cbm library's validatePlan " +
      "also checks the rules that need the catalogue, the registry and the whole plan (dimensions, priority areas and measures of the catalogue, " +
      "proposers and hosts that were member states that year, dates within the year, unique event ids, outcomes that agree with themselves) " +
      `and limits JSON Schema cannot express (extensions at most ${REPORT_LIMITS.extensionDepth} levels deep and ${REPORT_LIMITS.extensionNodes} values). ` +
      "Lengths are counted in Unicode code points.",
    ...rest,
  };
}
