import * as z from "zod/mini";
import { FORMAT_SCHEMAS } from "./engine/formatSchemas.js";
import { NationalReportSchema } from "./schema.js";

/**
 * Compiles {@link NationalReportSchema} into zod's generated fast path (`z.compile`), for bulk
 * validation: pass it as `context.schema` to {@link validateReport} or {@link recordReport}. It
 * gives exactly the same issues as the plain schema, several times faster on valid reports, and
 * costs about 9 kB more (gzip), which is why it is not the default: a ministry's web form that
 * validates one report needs no more than the plain schema.
 *
 * The fast path is generated with `new Function`; where a page's Content Security Policy forbids
 * that, zod hands back the plain schema, which still works, at its own speed.
 *
 * @returns A compiled copy of the schema (the exported schema is not changed). Compile once and
 *   reuse it.
 *
 * @example
 * const schema = compileReportSchema();
 * const context = { ...cica, schema };
 * validateReport({ schema: "cica-cbm/report@1" }, context).ok
 * //=> false
 *
 * @category Reports
 */
export function compileReportSchema(): typeof NationalReportSchema {
  const compiled = z.compile(NationalReportSchema);
  FORMAT_SCHEMAS.add(compiled);
  return compiled;
}
