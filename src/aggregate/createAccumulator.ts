import { assertOptionalDate } from "../dates/guards.js";
import { handle, newState } from "./accumulatorState.js";
import type { Accumulator, AccumulatorOptions } from "./types.js";

/**
 * Creates an empty {@link Accumulator}.
 *
 * @param options - `asOf`: count only revisions submitted by that day.
 * @returns An accumulator that has read nothing.
 * @throws {@link CbmError} `invalid-date` when `asOf` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * createAccumulator({ asOf: "2026-05-31" }).read
 * //=> 0
 *
 * @category Aggregates
 */
export function createAccumulator(options: AccumulatorOptions = {}): Accumulator {
  assertOptionalDate(options.asOf, "createAccumulator", "asOf");
  return handle(newState(options.asOf, new Map(), new Map(), new Map(), 0));
}
