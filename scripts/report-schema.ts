// The JSON Schema of a national report (both versions, one schema each, chosen by `schema`), generated from the zod schema so that the two never
// drift apart. `npm run build` writes it to report.schema.json at the package root (exported as
// "cica-cbm/report.schema.json"); the tests run the same corpus through both.
import * as z from "zod/mini";
import { REPORT_LIMITS } from "../src/reports/limits.js";
import { REPORT_SCHEMA_V1, ReportShape } from "../src/reports/schema.js";

export function reportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ReportShape, { target: "draft-2020-12" }) as Record<string, unknown>;
  const { $schema, oneOf, ...defs } = generated;
  const [v1, v2] = oneOf as [Record<string, unknown>, Record<string, unknown>];
  // zod writes the union as `oneOf`, which a validator must check against both versions (with
  // ajv's allErrors, in full: twice the work). The same choice, made by `schema` as zod makes it:
  // a report@1 is checked as one, anything else as the current version.
  const byVersion = {
    if: { type: "object", properties: { schema: { const: REPORT_SCHEMA_V1 } }, required: ["schema"] },
    // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword; this object is data, never awaited.
    then: v1,
    else: v2,
  };
  return {
    $schema,
    $id: "urn:cica-cbm:report",
    title: "CICA national implementation report (cica-cbm/report@1 or cica-cbm/report@2)",
    description:
      'One report per reporting state, catalogue version and calendar year, in either version of the format, chosen by its "schema" field: ' +
      "report@2 is report@1 with optional access marks (report, entry, activity) and an entry's nothingNewSince, which are unknown fields in a report@1. " +
      "This schema checks structure, types and lengths; " +
      "the cica-cbm library's validateReport also checks the rules that need the catalogue and the registry (known reporter, " +
      `measures of that version, statuses, partners, dates within the year) and limits JSON Schema cannot express (extensions at most ${REPORT_LIMITS.extensionDepth} levels deep and ${REPORT_LIMITS.extensionNodes} values). ` +
      "Lengths are counted in Unicode code points.",
    ...defs,
    ...byVersion,
  };
}
