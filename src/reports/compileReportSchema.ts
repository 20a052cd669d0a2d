import * as z from "zod/mini";
import { FORMAT_SCHEMAS } from "./engine/formatSchemas.js";
import { NationalReportSchema } from "./schema.js";

/**
 * Compiles {@link NationalReportSchema} into zod's generated fast path (`z.compile`). Kept for
 * compatibility: {@link validateReport} and {@link recordReport} no longer need it, as their
 * default (no `context.schema`) is the format's own structure check, faster still and without zod;
 * given as `context.schema`, a compiled schema is taken as that default, with the same result. It
 * is a separate import that brings zod with it (about 18 kB gzip): use it only to run zod yourself.
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
