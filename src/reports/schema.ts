import * as z from "zod/mini";
import { REPORT_LIMITS as L } from "./limits.js";
import { DATE_PATTERN, EVIDENCE_URI_PATTERN } from "./patterns.js";
import { ACCESS_LEVELS, type Access, REPORT_SCHEMA_ID, REPORT_SCHEMA_V1, type ReportSchemaId } from "./schemaIds.js";
import { FORMAT_SCHEMAS } from "./engine/formatSchemas.js";

// The tags and access levels live apart from the zod schemas, so that the ledger's digest and the
// aggregates can read them without building the schemas; they are re-exported here.
export { ACCESS_LEVELS, REPORT_SCHEMA_ID, REPORT_SCHEMA_IDS, REPORT_SCHEMA_V1 } from "./schemaIds.js";
export type { Access, ReportSchemaId } from "./schemaIds.js";
// The patterns live apart from the zod schemas too: the structure check of validateReport reads them without zod.
export { DATE_PATTERN, EVIDENCE_URI_PATTERN, EVIDENCE_URI_UNSAFE } from "./patterns.js";

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const date = () => z.string().check(z.regex(DATE_PATTERN));

const EvidenceSchema = z.strictObject({
  uri: z.string().check(z.maxLength(L.uri), z.regex(EVIDENCE_URI_PATTERN)),
  title: z.optional(text(L.title)),
});

const access = () => z.optional(z.enum(ACCESS_LEVELS));

/** One activity of a report@1. @internal */
export const ActivitySchemaV1 = z.strictObject({
  title: text(L.title),
  kind: text(L.kind),
  from: date(),
  to: z.optional(date()),
  partners: z.optional(z.array(text(L.code)).check(z.maxLength(L.partners))),
  venue: z.optional(text(L.venue)),
  evidence: z.optional(z.array(EvidenceSchema).check(z.maxLength(L.evidence))),
});

/** One activity of a report@2. @internal */
export const ActivitySchema = z.strictObject({ ...ActivitySchemaV1.shape, access: access() });

/** One entry of a report@1. @internal */
export const EntrySchemaV1 = z.strictObject({
  measure: text(L.code),
  status: text(L.code),
  activities: z.optional(z.array(ActivitySchemaV1).check(z.maxLength(L.activities))),
  remarks: z.optional(text(L.remarks)),
});

/** One entry of a report@2. @internal */
export const EntrySchema = z.strictObject({
  ...EntrySchemaV1.shape,
  activities: z.optional(z.array(ActivitySchema).check(z.maxLength(L.activities))),
  access: access(),
  nothingNewSince: z.optional(z.int().check(z.gte(1000), z.lte(9999))),
});

/** A report@1, exactly as the format has always been. @internal */
export const ReportShapeV1 = z.strictObject({
  schema: z.literal(REPORT_SCHEMA_V1),
  id: text(L.id),
  reporter: text(L.code),
  catalogue: text(L.code),
  year: z.int().check(z.gte(1000), z.lte(9999)),
  revision: z.int().check(z.gte(1)),
  submittedOn: date(),
  nil: z.optional(z.boolean()),
  entries: z.array(EntrySchemaV1).check(z.maxLength(L.entries)),
  extensions: z.optional(z.record(z.string(), z.unknown())),
});

/** A report@2: report@1 with the optional access marks and `nothingNewSince`. @internal */
export const ReportShapeV2 = z.strictObject({
  schema: z.literal(REPORT_SCHEMA_ID),
  id: text(L.id),
  reporter: text(L.code),
  catalogue: text(L.code),
  year: z.int().check(z.gte(1000), z.lte(9999)),
  revision: z.int().check(z.gte(1)),
  submittedOn: date(),
  nil: z.optional(z.boolean()),
  access: access(),
  entries: z.array(EntrySchema).check(z.maxLength(L.entries)),
  extensions: z.optional(z.record(z.string(), z.unknown())),
});

/** The schema of every version, chosen by `schema`; its type is checked against {@link NationalReport} by a test. @internal */
export const ReportShape = z.discriminatedUnion("schema", [ReportShapeV1, ReportShapeV2]);

/**
 * The zod schema of a national report, either version (`cica-cbm/report@1` or
 * `cica-cbm/report@2`, chosen by its `schema` field): its structure, types and lengths. It is the
 * specification of the structure: {@link validateReport} checks exactly what it says, with the
 * same issues, by the format's own check (no zod at run time), then the rules that need the
 * catalogue and the registry; the JSON Schema `cica-cbm/report.schema.json` is generated from it.
 * Built with `zod/mini`.
 *
 * One report per reporting state, catalogue version and calendar year. `nil: true` says "nothing
 * to report" explicitly; a missing report is never the same as a nil one. Unknown top-level keys
 * are errors: extension data belongs under `extensions`, which is kept verbatim.
 *
 * @example
 * NationalReportSchema.safeParse({ schema: "cica-cbm/report@1" }).success
 * //=> false
 *
 * @category Reports
 */
export const NationalReportSchema: z.ZodMiniType<NationalReport, unknown> = ReportShape;
FORMAT_SCHEMAS.add(NationalReportSchema);

/**
 * A national implementation report (`cica-cbm/report@1` or `cica-cbm/report@2`): one per
 * reporting state, catalogue version and calendar year, with every revision kept. The type
 * {@link NationalReportSchema} infers; the fields marked "report@2 only" are unknown fields in a
 * report@1.
 *
 * @example
 * const report: NationalReport = {
 *   schema: "cica-cbm/report@2",
 *   id: "KZ-2025",
 *   reporter: "KZ",
 *   catalogue: "cica@2021",
 *   year: 2025,
 *   revision: 1,
 *   submittedOn: "2026-03-01",
 *   entries: [{ measure: "2.1.2", status: "implemented" }],
 * };
 *
 * @category Reports
 */
export interface NationalReport {
  /** The format tag: `"cica-cbm/report@1"` or `"cica-cbm/report@2"` (see {@link REPORT_SCHEMA_IDS}). */
  readonly schema: ReportSchemaId;
  /** An id chosen by the reporter, the same in every revision. */
  readonly id: string;
  /** The reporting state: ISO 3166-1 alpha-2 code of a participant. */
  readonly reporter: string;
  /** The catalogue version reported against, e.g. `"cica@2021"`. */
  readonly catalogue: string;
  /** The calendar year reported on. */
  readonly year: number;
  /** 1 for the first report, then 2, 3… for each revision; every revision is kept. */
  readonly revision: number;
  /** The day the report (this revision) was submitted, `YYYY-MM-DD`. */
  readonly submittedOn: string;
  /** `true` for an explicit "nothing to report": a nil report has no entries. */
  readonly nil?: boolean | undefined;
  /**
   * report@2 only. Who may see the report: without it, member states only; it must be `"public"`
   * before anything in it can be published (see {@link accessOf}).
   */
  readonly access?: Access | undefined;
  /** One entry per measure reported on. */
  readonly entries: readonly ReportEntry[];
  /** The reporter's own data, kept verbatim (JSON values only). */
  readonly extensions?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * One entry of a national report: a measure, its status, and the activities that implemented it.
 *
 * @example
 * const entry: ReportEntry = { measure: "HUM.4", status: "in-progress", remarks: "Student exchanges" };
 *
 * @category Reports
 */
export interface ReportEntry {
  /** The measure's id in the report's catalogue version. */
  readonly measure: string;
  /** Its status, from the catalogue's status vocabulary. */
  readonly status: string;
  /** The activities carried out under it. */
  readonly activities?: readonly ReportActivity[] | undefined;
  /** Free text. */
  readonly remarks?: string | undefined;
  /** report@2 only. Who may see the entry; without it, the report's access (see {@link accessOf}). */
  readonly access?: Access | undefined;
  /**
   * report@2 only. "Nothing new to declare since" this year (an integer before the report's
   * `year`); the entry still carries its status.
   */
  readonly nothingNewSince?: number | undefined;
}

/**
 * One activity under an entry: what was done, when, with whom, and the evidence.
 *
 * @example
 * const visit: ReportActivity = { title: "Defence college visit", kind: "visit", from: "2025-04-10", partners: ["TR"] };
 *
 * @category Reports
 */
export interface ReportActivity {
  /** What it was. */
  readonly title: string;
  /** What kind of activity: a visit, a seminar, an exercise, an exchange of information… */
  readonly kind: string;
  /** Its first day, `YYYY-MM-DD`. */
  readonly from: string;
  /** Its last day, when it lasted more than one. */
  readonly to?: string | undefined;
  /** The partner participants' codes (ISO alpha-2 for states). */
  readonly partners?: readonly string[] | undefined;
  /** Where it took place. */
  readonly venue?: string | undefined;
  /** Links to public evidence. */
  readonly evidence?: readonly ReportEvidence[] | undefined;
  /** report@2 only. Who may see the activity; without it, its entry's access (see {@link accessOf}). */
  readonly access?: Access | undefined;
}

/**
 * A link to public evidence of an activity: an `http(s)` URL or a `urn:`.
 *
 * @example
 * const link: ReportEvidence = { uri: "https://example.org/press/2025-04-10", title: "Press release" };
 *
 * @category Reports
 */
export interface ReportEvidence {
  /** The link. */
  readonly uri: string;
  /** What it is. */
  readonly title?: string | undefined;
}
