// @ts-check
// A thin stand-in for the library's draft functions (createDraft, validateDraft, finalizeDraft,
// carryForward), written over validateReport so that the page works before they ship. Same names,
// same shapes as the page uses them: replace this file's body by
//   export { createDraft, validateDraft, finalizeDraft, carryForward } from "cica-cbm";
// when the library has them.
import { REPORT_SCHEMA_ID, validateReport } from "cica-cbm";

/** @typedef {import("cica-cbm").NationalReport} NationalReport */
/** @typedef {import("cica-cbm").ReportIssue} ReportIssue */
/** @typedef {import("cica-cbm").Lang} Lang */
/** @typedef {import("cica-cbm").CicaData} CicaData */

/**
 * @typedef {"public" | "member-states"} Access
 * @typedef {{ uri?: string, title?: string }} DraftEvidence
 * @typedef {{ title?: string, kind?: string, from?: string, to?: string, partners?: string[], venue?: string, evidence?: DraftEvidence[], access?: Access }} DraftActivity
 * @typedef {{ measure?: string, status?: string, nothingNewSince?: number, access?: Access, activities?: DraftActivity[], remarks?: string }} DraftEntry
 * @typedef {{ schema: "cica-cbm/draft@1", id?: string, reporter: string, catalogue: string, year: number, nil?: boolean, access?: Access, entries: DraftEntry[], extensions?: Record<string, unknown> }} ReportDraft
 * @typedef {{ issues: readonly ReportIssue[], missing: readonly ReportIssue[] }} DraftCheck
 */

export const DRAFT_SCHEMA_ID = "cica-cbm/draft@1";

/**
 * A new, empty draft for a state, a year and a catalogue version.
 * @param {{ reporter: string, year: number, catalogue: string, id?: string, access?: Access }} options
 * @returns {ReportDraft}
 */
export function createDraft({ reporter, year, catalogue, id, access }) {
  return { schema: DRAFT_SCHEMA_ID, id: id ?? `${reporter}-${year}`, reporter, catalogue, year, ...(access ? { access } : {}), entries: [] };
}

/** @param {unknown} value */
const filled = (value) => value !== undefined && value !== "";
/**
 * A copy of an object without its unfilled fields (undefined, "", empty lists).
 * @param {Record<string, unknown>} object
 */
const compact = (object) => Object.fromEntries(Object.entries(object).filter(([, v]) => filled(v) && !(Array.isArray(v) && v.length === 0)));

/**
 * The draft as a report, with what is not filled left out.
 * @param {ReportDraft} draft
 * @param {{ submittedOn: string, revision: number }} options
 */
function toReport(draft, { submittedOn, revision }) {
  return compact({
    schema: REPORT_SCHEMA_ID,
    id: draft.id,
    reporter: draft.reporter,
    catalogue: draft.catalogue,
    year: draft.year,
    revision,
    submittedOn,
    nil: draft.nil || undefined,
    access: draft.access,
    entries: (draft.entries ?? []).map((entry) =>
      compact({
        ...entry,
        activities: entry.activities?.map((activity) =>
          compact({ ...activity, evidence: activity.evidence?.map((link) => compact({ ...link })) }),
        ),
      }),
    ),
    extensions: draft.extensions,
  });
}

/** What a form has merely not filled yet: reported as missing, not as wrong. */
const MISSING = new Set(["field.missing", "field.empty", "entries.empty"]);

/**
 * The issues of what is filled, and what must still be filled.
 * @param {ReportDraft} draft
 * @param {CicaData} context
 * @param {{ lang: Lang, today: string, submittedOn?: string, revision?: number }} options
 * @returns {DraftCheck}
 */
export function validateDraft(draft, context, { lang, today, submittedOn, revision }) {
  const report = toReport(draft, { submittedOn: submittedOn || today, revision: revision ?? 1 });
  const { issues } = validateReport(report, { ...context, today, lang });
  return { issues: issues.filter((i) => !MISSING.has(i.rule)), missing: issues.filter((i) => MISSING.has(i.rule)) };
}

/**
 * A complete, valid draft as a report; otherwise its issues and what is missing.
 * @param {ReportDraft} draft
 * @param {CicaData} context
 * @param {{ lang: Lang, today: string, submittedOn: string, revision: number }} options
 * @returns {{ ok: true, report: NationalReport, issues: readonly ReportIssue[] } | ({ ok: false } & DraftCheck)}
 */
export function finalizeDraft(draft, context, { lang, today, submittedOn, revision }) {
  const result = validateReport(toReport(draft, { submittedOn, revision }), { ...context, today, lang });
  if (result.ok) return { ok: true, report: result.report, issues: result.issues };
  return { ok: false, issues: result.issues.filter((i) => !MISSING.has(i.rule)), missing: result.issues.filter((i) => MISSING.has(i.rule)) };
}

/**
 * Next year's draft from a report: statuses, remarks and marks kept, activities dropped.
 * @param {NationalReport} report
 * @returns {{ draft: ReportDraft, unmapped: readonly { index: number, measure: string }[] }}
 */
export function carryForward(report) {
  const draft = createDraft({ reporter: report.reporter, year: report.year + 1, catalogue: report.catalogue, id: `${report.reporter}-${report.year + 1}` });
  /** @type {Record<string, unknown>} */
  const source = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (report));
  if (source.access === "public") draft.access = "public";
  draft.entries = report.entries.map((entry) => {
    const { activities: _dropped, ...kept } = /** @type {DraftEntry} */ (entry);
    return { ...kept };
  });
  return { draft, unmapped: [] };
}
