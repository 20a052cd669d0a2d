import { peek, summaryOf } from "./accumulatorState.js";
import type { Accumulator, ReportSummary } from "./types.js";

/**
 * Finishes an accumulator: the {@link ReportSummary} of everything it read. The accumulator is not
 * spent: it can go on reading after this.
 *
 * @param acc - The accumulator.
 * @returns The summary, with records sorted by reporter, catalogue and year.
 *
 * @example
 * finishAccumulator(createAccumulator()).records
 * //=> []
 *
 * @category Aggregates
 */
export function finishAccumulator(acc: Accumulator): ReportSummary {
  return summaryOf(peek(acc, "finishAccumulator"));
}
