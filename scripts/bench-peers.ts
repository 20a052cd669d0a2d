/**
 * The peers' validators for the benchmark, on the same rules as the library's structural schema:
 * zod 4 classic (`safeParse`) on a schema written like `src/reports/schema.ts` (both report versions, chosen by `schema`) with the classic
 * API, and ajv 8 (draft 2020-12, `allErrors`, unicode lengths) on the shipped JSON Schema.
 * Neither checks what needs the catalogue or the registry (unknown measures, reporters that were
 * not members, partners, dates against the year); the library does, in the same pass.
 */
import Ajv2020 from "ajv/dist/2020.js";
import * as z from "zod";
import { DATE_PATTERN, EVIDENCE_URI_PATTERN } from "../src/reports/schema.js";
import { REPORT_LIMITS as L } from "../src/reports/limits.js";
import { reportJsonSchema } from "./report-schema.js";

const text = (max: number) => z.string().min(1).max(max);
const date = () => z.string().regex(DATE_PATTERN);

const EvidenceSchema = z.strictObject({
  uri: z.string().max(L.uri).regex(EVIDENCE_URI_PATTERN),
  title: text(L.title).optional(),
});

const ActivitySchemaV1 = z.strictObject({
  title: text(L.title),
  kind: text(L.kind),
  from: date(),
  to: date().optional(),
  partners: z.array(text(L.code)).max(L.partners).optional(),
  venue: text(L.venue).optional(),
  evidence: z.array(EvidenceSchema).max(L.evidence).optional(),
});
const access = () => z.enum(["public", "member-states"]).optional();
const ActivitySchema = z.strictObject({ ...ActivitySchemaV1.shape, access: access() });

const EntrySchemaV1 = z.strictObject({
  measure: text(L.code),
  status: text(L.code),
  activities: z.array(ActivitySchemaV1).max(L.activities).optional(),
  remarks: text(L.remarks).optional(),
});
const EntrySchema = z.strictObject({
  measure: text(L.code),
  status: text(L.code),
  activities: z.array(ActivitySchema).max(L.activities).optional(),
  remarks: text(L.remarks).optional(),
  access: access(),
  nothingNewSince: z.int().gte(1000).lte(9999).optional(),
});

const reportFields = {
  id: text(L.id),
  reporter: text(L.code),
  catalogue: text(L.code),
  year: z.int().gte(1000).lte(9999),
  revision: z.int().gte(1),
  submittedOn: date(),
  nil: z.boolean().optional(),
  extensions: z.record(z.string(), z.unknown()).optional(),
};

/** The report schema in zod classic, rule for rule the library's zod/mini schema: both versions, chosen by `schema`. */
export const ClassicReportSchema = z.discriminatedUnion("schema", [
  z.strictObject({ schema: z.literal("cica-cbm/report@1"), ...reportFields, entries: z.array(EntrySchemaV1).max(L.entries) }),
  z.strictObject({ schema: z.literal("cica-cbm/report@2"), ...reportFields, access: access(), entries: z.array(EntrySchema).max(L.entries) }),
]);

/** ajv's compiled validator of the shipped JSON Schema (`cica-cbm/report.schema.json`). */
export function ajvValidator(): (value: unknown) => boolean {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return ajv.compile(reportJsonSchema());
}
