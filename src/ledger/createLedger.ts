import { emptyStore, makeLedger, type Ledger } from "./store.js";

/**
 * Creates an empty ledger of national report revisions.
 *
 * @returns A ledger holding nothing.
 *
 * @example
 * createLedger().size
 * //=> 0
 *
 * @category Ledger
 */
export function createLedger(): Ledger {
  return makeLedger(emptyStore(), 0);
}
