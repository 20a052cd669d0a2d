import { CbmError } from "../errors/CbmError.js";
import { accumulate } from "./accumulate.js";
import { createAccumulator } from "./createAccumulator.js";
import { finishAccumulator } from "./finishAccumulator.js";
import { iterateSource } from "./iterateSource.js";
import type { AccumulatorOptions, ReportSource, ReportSummary } from "./types.js";

/**
 * The {@link ReportSummary} of a source: every revision accumulated in one pass. A summary is
 * returned as it is (its `asOf` must then match).
 *
 * @param source - A ledger, an iterable of reports, or a summary.
 * @param options - `asOf`: count only revisions submitted by that day.
 * @returns The summary.
 * @throws {@link CbmError} `invalid-argument` for a source of another kind, or a summary made
 *   with another `asOf`.
 *
 * @example
 * toReportSummary([]).records.length
 * //=> 0
 *
 * @category Aggregates
 */
export function toReportSummary(source: ReportSource, options: AccumulatorOptions = {}): ReportSummary {
  if (isSummary(source)) {
    if (source.asOf !== options.asOf) {
      throw new CbmError(
        "invalid-argument",
        `This summary counts revisions up to ${source.asOf ?? "any day"}, not ${options.asOf ?? "any day"}: accumulate again with that asOf.`,
      );
    }
    return source;
  }
  let acc = createAccumulator(options);
  for (const report of iterateSource(source)) acc = accumulate(acc, report);
  return finishAccumulator(acc);
}

export function isSummary(source: unknown): source is ReportSummary {
  return typeof source === "object" && source !== null && (source as ReportSummary).kind === "cica-cbm/summary";
}
