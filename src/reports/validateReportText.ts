import { CbmError } from "../errors/CbmError.js";
import { claimReport } from "./engine/claimReport.js";
import { IssueCollector } from "./engine/IssueCollector.js";
import { prepareContext, type Prepared } from "./engine/prepareContext.js";
import { markValidated } from "./engine/validated.js";
import { validateWith } from "./engine/validateWith.js";
import type { ValidationContext, ValidationFailure, ValidationResult } from "./types.js";

/** What reading a report's text gives: the parsed value, or the text's `report.not-json` result. */
export type ReadText = { readonly value: unknown; readonly failure?: undefined } | { readonly failure: ValidationFailure };

/**
 * Parses a report's text with the platform's reader (`JSON.parse`). A text that is not JSON gets
 * one `report.not-json` error, located at the line and column where the reader stopped when it
 * says so (`at position N`, or the end of the text when the text ends too early).
 */
export function readReportText(text: string, prepared: Prepared): ReadText {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const reason = error.message;
    const at = /at position (\d+)/.exec(reason);
    const position = at ? Number(at[1]) : /^Unexpected end of JSON input/.test(reason) ? text.length : undefined;
    const collector = new IssueCollector(prepared.lang);
    if (position === undefined || position > text.length) collector.add("report.not-json", [], { reason });
    else {
      const lineStart = text.lastIndexOf("\n", position - 1) + 1;
      let line = 1;
      for (let index = text.indexOf("\n"); index >= 0 && index < lineStart; index = text.indexOf("\n", index + 1)) line++;
      collector.add("report.not-json", [], { reason, line, column: position - lineStart + 1 }, "report.not-json.at");
    }
    collector.finish();
    return { failure: { ok: false, issues: collector.issues } };
  }
}

/** The result of a report's text with a context already checked (validateReportText, validateReports). */
export function validateTextWith(text: string, prepared: Prepared): ValidationResult {
  const read = readReportText(text, prepared);
  return read.failure ?? validateWith(read.value, prepared, claimReport);
}

/**
 * Validates a national report given as JSON text: a line of an NDJSON file, a file's contents, a
 * request body. The result is the one {@link validateReport} gives for `JSON.parse(text)`: the same
 * issues in the same order, the same messages, and the same report, frozen. Text that is not JSON
 * gets one `report.not-json` error that says where reading stopped (line and column) when the
 * platform's reader says so, and why, in that reader's words (which are English in every
 * language of the messages).
 *
 * This is the path for many reports. The function parses the text itself, so the value it checks
 * is its own: it is checked, cut to the limits and frozen where it lies, without the copy that
 * {@link validateReport} makes of a value someone else holds (and could change, or read through a
 * getter). Pass the result to {@link recordReport} to record the report without validating it again.
 *
 * @param text - The report's JSON text.
 * @param context - As for {@link validateReport}: the catalogues and registry (`cica`), and
 *   optionally `today`, `lang` and `schema` (`compileReportSchema()` for large batches).
 * @returns `{ ok, report?, issues }`, as {@link validateReport} returns.
 * @throws {@link CbmError} only on misuse: `text` not a string, or a context {@link validateReport} would refuse.
 *
 * @example
 * const line = '{"schema":"cica-cbm/report@2","id":"MN-2024","reporter":"MN","catalogue":"cica@2021","year":2024,"revision":1,"submittedOn":"2025-02-10","nil":true,"entries":[]}';
 * const result = validateReportText(line, cica);
 * result.ok
 * //=> true
 * Object.isFrozen(result.report)
 * //=> true
 * validateReportText('{"id": "MN-2024",\n "year": 2024,}', cica).issues.map((issue) => [issue.rule, issue.message])
 * //=> [["report.not-json", "The text is not JSON: it stops at line 2, column 15 (Expected double-quoted property name in JSON at position 32). Correct it there, or send the report as the form saves it."]]
 *
 * @category Reports
 */
export function validateReportText(text: string, context: ValidationContext): ValidationResult {
  const prepared = prepareContext(context, "validateReportText");
  if (typeof text !== "string") {
    throw new CbmError(
      "invalid-argument",
      "validateReportText: pass the report's JSON text as a string (a line of an NDJSON file, a file's contents); for a value already parsed, use validateReport.",
    );
  }
  return markValidated(validateTextWith(text, prepared), context);
}
