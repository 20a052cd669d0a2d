/**
 * The zod schemas that are the format's own: {@link NationalReportSchema} and each result of
 * {@link compileReportSchema}. A context with one of them (or with none) is checked by the
 * format's own structure check (checkStructure.ts), which gives the same issues without running
 * zod; any other schema is run as given. Kept apart from schema.ts so that the check does not
 * import zod to recognise them.
 */
export const FORMAT_SCHEMAS: WeakSet<object> = new WeakSet<object>();
