import type { ValidationContext, ValidationResult } from "./types.js";
import { prepareContext } from "./engine/prepareContext.js";
import { validateWith } from "./engine/validateWith.js";

/**
 * Validates a national report: first its structure (as the zod {@link NationalReportSchema} says it, checked without zod), then the
 * rules that need the catalogue and the registry (see {@link REPORT_RULES}). Every problem is
 * returned as a located, translatable {@link ReportIssue}; the function never throws on any input
 * (`null`, arrays, cyclic or huge objects, `__proto__` keys) and never changes it.
 *
 * Contextual rules run even when the structure has errors, wherever the fields they need are
 * readable, so that a form can show every problem at once.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @param context - The catalogues and registry (`cica` for the embedded data), and optionally
 *   `today` and `lang`.
 * @returns `{ ok, report?, issues }`: `report` (a frozen copy of the input) when no issue is an error.
 * @throws {@link CbmError} only on misuse: a context without a registry (or with a malformed one, or
 *   malformed catalogues or schema), or an invalid `today`.
 *
 * @example
 * const result = validateReport(
 *   {
 *     schema: "cica-cbm/report@1", id: "KZ-2025", reporter: "KAZ", catalogue: "cica@2021",
 *     year: 2025, revision: 1, submittedOn: "2026-03-01",
 *     entries: [{ measure: "2.1.2", status: "implemented" }],
 *   },
 *   { ...cica, lang: "en" },
 * );
 * result.ok
 * //=> false
 * result.issues.map((issue) => issue.rule)
 * //=> ["reporter.unknown"]
 * result.issues[0]?.message
 * //=> "Reporter \"KAZ\" is not a code of the registry; did you mean \"KZ\" (Kazakhstan)? Use the ISO alpha-2 code."
 *
 * @category Reports
 */
export function validateReport(input: unknown, context: ValidationContext): ValidationResult {
  return validateWith(input, prepareContext(context, "validateReport"));
}
