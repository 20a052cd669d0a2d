import { CbmError } from "../errors/CbmError.js";
import { allSlots, handle, newState, peek, slotsOf } from "./accumulatorState.js";
import { addSubmission } from "./revisionSlots.js";
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
  const [big, small] = left.read >= right.read ? [left, right] : [right, left];
  const next = newState(left.asOf, big.records, big.strings, big.pairs, left.read + right.read);
  for (const slots of allSlots(small.records)) {
    const held = slotsOf(next, slots.reporter, slots.catalogue, slots.year);
    for (const slot of slots.revisions) addSubmission(held, slot);
  }
  return handle(next);
}
