import { CbmError } from "../errors/CbmError.js";
import { add, handle, peek, type AccumulatorState } from "./accumulatorState.js";
import type { Accumulator } from "./types.js";

/**
 * Merges two accumulators made with the same options, in either order, into one that holds both.
 *
 * @param a - An accumulator; it is spent by this call.
 * @param b - Another; it is spent too.
 * @returns The merged accumulator.
 * @throws {@link CbmError} `invalid-argument` when either was already used, when they are the
 *   same accumulator, or when their `asOf` differ.
 *
 * @example
 * const merged = mergeAccumulators(createAccumulator(), createAccumulator());
 * merged.read
 * //=> 0
 *
 * @category Aggregates
 */
export function mergeAccumulators(a: Accumulator, b: Accumulator): Accumulator {
  if (a === b) throw new CbmError("invalid-argument", "mergeAccumulators: pass two different accumulators.");
  // Check both before spending either, so that a refused merge leaves both usable.
  const left = peek(a, "mergeAccumulators");
  const right = peek(b, "mergeAccumulators");
  if (left.asOf !== right.asOf) {
    throw new CbmError(
      "invalid-argument",
      `mergeAccumulators: the accumulators count up to different days (asOf ${left.asOf ?? "none"} and ${right.asOf ?? "none"}).`,
    );
  }
  left.spent = true;
  right.spent = true;
  const [big, small] = left.records.size >= right.records.size ? [left, right] : [right, left];
  const next: AccumulatorState = { asOf: left.asOf, records: big.records, strings: big.strings, read: left.read + right.read, spent: false };
  for (const slots of small.records.values()) add(next, { ...slots, revisions: new Map(slots.revisions) });
  return handle(next);
}
