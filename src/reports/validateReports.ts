import { CbmError } from "../errors/CbmError.js";
import { claimReport } from "./engine/claimReport.js";
import { prepareContext } from "./engine/prepareContext.js";
import { markValidated } from "./engine/validated.js";
import { validateWith } from "./engine/validateWith.js";
import { type ReportIdentity, reportIdentity } from "./reportIdentity.js";
export type { ReportIdentity } from "./reportIdentity.js";
import type { ValidationContext, ValidationFailure, ValidationResult, ValidationSuccess } from "./types.js";
import { readReportText } from "./validateReportText.js";

/**
 * Where the caller found an input: the core reads no files, so the caller says where each input
 * came from, and the result carries it back unchanged (as a frozen copy).
 *
 * @example
 * const origin: ReportOrigin = { file: "submissions/kz-2025.json", line: 1 };
 *
 * @category Reports
 */
export interface ReportOrigin {
  /** The file, as the caller names it. */
  readonly file?: string;
  /** A line in that file (1-based), e.g. of a JSON Lines file. */
  readonly line?: number;
  /** A row of a table (1-based), e.g. of a spreadsheet export. */
  readonly row?: number;
}

/**
 * One input of {@link validateReports}: the value to validate (`input`), or the report's JSON text
 * (`text`, validated as {@link validateReportText} does), and, optionally, where it came from.
 *
 * @example
 * const item: ReportInput = { input: JSON.parse("{}"), origin: { file: "a.json" } };
 * const line: ReportInput = { text: "{}", origin: { file: "a.ndjson", line: 1 } };
 *
 * @category Reports
 */
export type ReportInput =
  | {
      /** Anything, typically the result of `JSON.parse`. */
      readonly input: unknown;
      /** Where the caller found it; returned unchanged with the result. */
      readonly origin?: ReportOrigin;
    }
  | {
      /** The report's JSON text: a line of an NDJSON file, a file's contents. */
      readonly text: string;
      /** Where the caller found it; returned unchanged with the result. */
      readonly origin?: ReportOrigin;
    };

/**
 * What {@link validateReports} returns for one input: the result of {@link validateReport}, with
 * the report's identity and the caller's origin.
 *
 * @example
 * const [result] = validateReports([{ input: {} }], cica);
 * const named: NamedValidationResult | undefined = result;
 * named?.identity
 * //=> null
 *
 * @category Reports
 */
export type NamedValidationResult = (ValidationSuccess | ValidationFailure) & {
  /** The report's identity read from the input, even when the report is invalid; `null` when it cannot be read. */
  readonly identity: ReportIdentity | null;
  /** The origin given with the input, if any. */
  readonly origin?: ReportOrigin;
};

/**
 * Validates many reports with one context, as the Secretariat does with a year's submissions, and
 * names each result: its report's identity and the origin the caller gives (the core reads no
 * files, so `origin` is whatever the caller says: a file, a line, a row). Pass the results to
 * {@link groupIssues} to see which submissions broke each rule.
 *
 * Each input is wrapped as `{ input, origin? }` rather than passed bare: a bare value could itself
 * be an object with an `input` key, and the function could not tell a wrapper from a report. A
 * report read as text is better given as `{ text, origin? }`: it is parsed and validated as
 * {@link validateReportText} does, without the copy a value someone else holds needs, and a text
 * that is not JSON is a `report.not-json` result (with a `null` identity) instead of an exception.
 *
 * The identity is read from the input's own fields even when the report is invalid, so that a
 * rejected submission is still named. It is `null` unless the input is a plain object (not an
 * array) whose own data properties `id` and `reporter` are non-empty strings and `year` and
 * `revision` are integers; getters are not run. The reporter is given as written, even when it is
 * not a code of the registry.
 *
 * Results come in input order; no input is changed; the function never throws on data. Each
 * result can be given to {@link recordReport} with the same context, which then records its report
 * without validating it again.
 *
 * @param items - The inputs, each `{ input, origin? }` or `{ text, origin? }`; any iterable (an array, a generator).
 * @param context - As for {@link validateReport}; checked once for all inputs.
 * @returns One {@link NamedValidationResult} per input, in input order.
 * @throws {@link CbmError} only on misuse: `items` not iterable, an item that is neither
 *   `{ input, origin? }` nor `{ text, origin? }` with a string `text`, or a context {@link validateReport} would refuse.
 *
 * @example
 * const results = validateReports(
 *   [
 *     { input: { schema: "cica-cbm/report@1", id: "KZ-2025", reporter: "KZ", catalogue: "cica@2021", year: 2025, revision: 1, submittedOn: "2026-03-01", entries: [{ measure: "2.1.2", status: "implemented" }] }, origin: { file: "kz.json" } },
 *     { input: { id: "XX-2025", reporter: "XX", year: 2025, revision: 1 }, origin: { file: "xx.json" } },
 *     { input: "not a report", origin: { file: "notes.txt" } },
 *   ],
 *   cica,
 * );
 * results.map((r) => [r.origin?.file, r.ok, r.identity?.reporter ?? null])
 * //=> [["kz.json", true, "KZ"], ["xx.json", false, "XX"], ["notes.txt", false, null]]
 *
 * @category Reports
 */
export function validateReports(items: Iterable<ReportInput>, context: ValidationContext): NamedValidationResult[] {
  if (typeof (items as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] !== "function") {
    throw new CbmError(
      "invalid-argument",
      "validateReports: pass an iterable of { input, origin? }, e.g. validateReports(files.map((f) => ({ input: JSON.parse(f.text), origin: { file: f.name } })), cica).",
    );
  }
  const prepared = prepareContext(context, "validateReports");
  const results: NamedValidationResult[] = [];
  let index = 0;
  for (const item of items) {
    const isText = typeof item === "object" && item !== null && !("input" in item) && "text" in item;
    if (typeof item !== "object" || item === null || !("input" in item || isText) || (isText && typeof item.text !== "string")) {
      throw new CbmError(
        "invalid-argument",
        `validateReports: item ${index} is neither { input, origin? } nor { text, origin? } with the JSON text as a string; wrap each report as { input: report } or { text: json }.`,
      );
    }
    const { origin } = item;
    let identity: ReportIdentity | null;
    let result: ValidationResult;
    if ("input" in item) {
      identity = reportIdentity(item.input);
      result = validateWith(item.input, prepared);
    } else {
      const read = readReportText(item.text, prepared);
      // The identity is read before validation cuts the value in place.
      identity = read.failure ? null : reportIdentity(read.value);
      result = read.failure ?? validateWith(read.value, prepared, claimReport);
    }
    const named = origin === undefined ? { identity } : { identity, origin: Object.freeze({ ...origin }) };
    results.push(markValidated({ ...result, ...named }, context));
    index++;
  }
  return results;
}
