// The format tags of a national report and its access levels: plain constants, apart from the zod
// schemas (schema.ts), so that code that only reads a report's tag does not build the schemas.

/**
 * The format tag of the current version of a national report, first of its fields:
 * `"cica-cbm/report@2"`. New reports are written in it; {@link REPORT_SCHEMA_V1} reports stay valid
 * and {@link upgradeReport} turns one into this version by changing only the tag.
 *
 * @example
 * REPORT_SCHEMA_ID
 * //=> "cica-cbm/report@2"
 *
 * @category Reports
 */
export const REPORT_SCHEMA_ID = "cica-cbm/report@2";

/**
 * The format tag of the first version of a national report, `"cica-cbm/report@1"`: still valid,
 * as strict as it always was (the fields of report@2 are unknown fields in it).
 *
 * @example
 * REPORT_SCHEMA_V1
 * //=> "cica-cbm/report@1"
 *
 * @category Reports
 */
export const REPORT_SCHEMA_V1 = "cica-cbm/report@1";

/**
 * Every format tag a national report may carry, oldest first: {@link REPORT_SCHEMA_V1} and
 * {@link REPORT_SCHEMA_ID}.
 *
 * @example
 * REPORT_SCHEMA_IDS
 * //=> ["cica-cbm/report@1", "cica-cbm/report@2"]
 *
 * @category Reports
 */
export const REPORT_SCHEMA_IDS = Object.freeze([REPORT_SCHEMA_V1, REPORT_SCHEMA_ID] as const);

/**
 * A format tag of a national report: `"cica-cbm/report@1"` or `"cica-cbm/report@2"`.
 *
 * @example
 * const tag: ReportSchemaId = "cica-cbm/report@1";
 *
 * @category Reports
 */
export type ReportSchemaId = (typeof REPORT_SCHEMA_IDS)[number];

/**
 * Who may see a part of a report (report@2): `"public"`, or `"member-states"` only. Without a
 * mark, a report is for member states only; an entry takes its report's access and an activity
 * its entry's (see {@link accessOf}).
 *
 * @example
 * const access: Access = "member-states";
 *
 * @category Reports
 */
export type Access = (typeof ACCESS_LEVELS)[number];

/**
 * The access levels of {@link Access}, the public one first.
 *
 * @example
 * ACCESS_LEVELS
 * //=> ["public", "member-states"]
 *
 * @category Reports
 */
export const ACCESS_LEVELS = Object.freeze(["public", "member-states"] as const);
