import { CbmError } from "../errors/CbmError.js";
import { prepareContext } from "../reports/engine/prepareContext.js";
import type { NationalReport } from "../reports/schema.js";
import type { ReportIssue, ValidationContext } from "../reports/types.js";
import { readDraft } from "./draftReport.js";

/**
 * What {@link finalizeDraft} adds to the draft: the day of submission and the revision.
 *
 * @example
 * const options: FinalizeDraftOptions = { submittedOn: "2026-03-01", revision: 2 };
 *
 * @category Forms
 */
export interface FinalizeDraftOptions {
  /** The day the report is submitted, `YYYY-MM-DD` (passed in: the library reads no clock). */
  readonly submittedOn: string;
  /** The revision: 1 (the default) for the first report, 2, 3… for a correction of a sent one. */
  readonly revision?: number;
}

/**
 * What {@link finalizeDraft} gives: the report, or why the draft cannot become one yet.
 *
 * @example
 * const result: FinalizeResult = finalizeDraft(createDraft({ reporter: "KZ", year: 2025, catalogue: "cica@2021" }), cica, { submittedOn: "2026-03-01" });
 * result.ok
 * //=> false
 *
 * @category Forms
 */
export type FinalizeResult =
  | {
      /** The draft was complete and valid. */
      readonly ok: true;
      /** The report: a new, frozen `NationalReport`, valid by {@link validateReport}. */
      readonly report: NationalReport;
      /** Its warnings, if any. */
      readonly issues: readonly ReportIssue[];
      /** Always empty when `ok`. */
      readonly missing: readonly ReportIssue[];
    }
  | {
      /** The draft is incomplete or has errors; it is unchanged. */
      readonly ok: false;
      /** Never set when not `ok`. */
      readonly report?: undefined;
      /** The errors and warnings, as {@link validateDraft} gives them (and those of `submittedOn`). */
      readonly issues: readonly ReportIssue[];
      /** What must still be filled, as {@link validateDraft} gives it. */
      readonly missing: readonly ReportIssue[];
    };

/**
 * Turns a complete, valid draft into a national report, ready to send and to record: the draft's
 * filled fields under the report's format tag, with the day of submission and the revision given
 * here. Fields left unfilled (left out, or `""`) are not part of the report. The report is
 * validated with {@link validateReport}; an incomplete draft, or one with an error, gives
 * `ok: false` with its issues and what is missing. The draft is never changed: keep editing it, and
 * finalize again.
 *
 * @param draft - The draft (any value: a value that is not a draft gets a `draft.type` issue).
 * @param context - The catalogues and the registry (`cica`), and optionally `today` and `lang`.
 * @param options - `submittedOn` (required) and `revision` (1 when left out).
 * @returns `{ ok: true, report, issues }`, or `{ ok: false, issues, missing }`.
 * @throws {@link CbmError} only on misuse: a context {@link validateReport} would refuse, a
 *   `submittedOn` that is not a text, or a `revision` that is not a whole number from 1.
 *
 * @example
 * const draft = createDraft({ reporter: "KZ", year: 2025, catalogue: "cica@2021" });
 * draft.entries.push({ measure: "2.1.2", status: "implemented", remarks: "" });
 * const result = finalizeDraft(draft, cica, { submittedOn: "2026-03-01" });
 * result.report?.entries
 * //=> [{"measure": "2.1.2", "status": "implemented"}]
 * result.report?.revision
 * //=> 1
 * Object.isFrozen(result.report)
 * //=> true
 *
 * @category Forms
 */
export function finalizeDraft(draft: unknown, context: ValidationContext, options: FinalizeDraftOptions): FinalizeResult {
  const prepared = prepareContext(context, "finalizeDraft");
  if (typeof options !== "object" || options === null || typeof options.submittedOn !== "string") {
    throw new CbmError("invalid-argument", 'finalizeDraft: pass the day of submission, e.g. finalizeDraft(draft, cica, { submittedOn: "2026-03-01" }).');
  }
  const revision = options.revision ?? 1;
  if (!Number.isInteger(revision) || revision < 1) {
    throw new CbmError("invalid-argument", `finalizeDraft: options.revision must be a whole number from 1; it is ${String(revision)}.`);
  }
  const { report, issues, missing } = readDraft(draft, prepared, { submittedOn: options.submittedOn, revision });
  if (report === undefined) return { ok: false, issues, missing };
  return { ok: true, report, issues, missing: [] };
}
