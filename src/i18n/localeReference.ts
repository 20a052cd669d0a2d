// What a whole Locale is checked against (resolveLocale, defineLocale), and the labels that are
// functions of numbers and names, with the names of their parameters: a Locale read from JSON
// writes them as templates with those names as `{placeholders}`.
import { APART, optional, TEXT_TABLES, type Reference } from "./checkLocale.js";
import { en } from "./en.js";
import { EN_FIELDS } from "./fields.js";
import { EN_LABELS } from "./labels.js";
import { EN_PLAN_LABELS } from "./planLabels.js";
import { EN_REPORT_LABELS } from "./reportLabels.js";

/** The parameters of each label that is a function, by its path in a Locale. */
export const FUNCTION_LABELS: Readonly<Record<string, readonly string[]>> = {
  "labels.svg.title": ["catalogue", "year"],
  "labels.svg.desc": ["rows", "cols"],
  "labels.matrix.title": ["measure", "catalogue", "year"],
  "labels.matrix.legend": ["measure", "lowest", "highest"],
  "labels.matrix.desc": ["measure", "rows", "cols"],
  "labels.plan.title": ["dimension", "year"],
  "labels.plan.plan": ["id", "revision", "approvedOn"],
  "labels.plan.asOf": ["date"],
  "labels.plan.conflicts": ["count"],
  "labels.report.title": ["reporter", "year"],
  "labels.report.identity": ["id", "revision", "submittedOn"],
  "labels.report.catalogue": ["title"],
  "labels.report.extensions": ["count"],
  "labels.report.nothingNewSince": ["year"],
};

/** The heat map's words that nothing shows any more: a Locale may leave them out. */
export const DEPRECATED_SVG = ["none", "legend", "noData", "title", "desc"] as const;

/**
 * The rendered report's words as a Locale of its own may give them: those report@2 added may be
 * left out (renderReport then writes them in English), so that a Locale made before still works.
 * defineLocale asks for every one.
 */
export const REPORT_WORDS_REFERENCE = /* @__PURE__ */ (() => ({
  ...EN_REPORT_LABELS,
  nothingNewSince: optional(EN_REPORT_LABELS.nothingNewSince!),
  access: optional(EN_REPORT_LABELS.access!),
}))();

function labelsReference(partsRequired: boolean): Readonly<Record<string, Reference>> {
  const svg: Record<string, Reference> = { ...EN_LABELS.svg };
  for (const key of DEPRECATED_SVG) svg[key] = optional(EN_LABELS.svg[key]);
  const part = (reference: Reference) => (partsRequired ? reference : optional(reference));
  return {
    table: EN_LABELS.table,
    replies: EN_LABELS.replies,
    svg,
    matrix: EN_LABELS.matrix,
    plan: part(EN_PLAN_LABELS),
    report: partsRequired ? EN_REPORT_LABELS : optional(REPORT_WORDS_REFERENCE),
  };
}

/** A whole Locale as the type has it: the dimension review's and the rendered report's words optional. */
export const LOCALE_REFERENCE = /* @__PURE__ */ (() => ({
  code: APART as Reference,
  messages: en.messages,
  fields: EN_FIELDS,
  terms: /* @__PURE__ */ optional(TEXT_TABLES),
  labels: labelsReference(false),
}))();

/** A Locale given to defineLocale: every word of every part. */
export const DEFINITION_REFERENCE = /* @__PURE__ */ (() => ({ ...LOCALE_REFERENCE, labels: labelsReference(true) }))();
