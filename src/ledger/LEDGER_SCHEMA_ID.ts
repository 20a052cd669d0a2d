import type { NationalReport } from "../reports/schema.js";

/**
 * The format tag of a stored ledger.
 *
 * @example
 * LEDGER_SCHEMA_ID
 * //=> "cica-cbm/ledger@1"
 *
 * @category Ledger
 */
export const LEDGER_SCHEMA_ID = "cica-cbm/ledger@1";

/**
 * A ledger as JSON: every revision, sorted by reporter, catalogue, year and revision, so that the
 * same revisions always give the same document whatever order they were recorded in.
 *
 * @example
 * const doc: LedgerJSON = ledgerToJSON(createLedger());
 *
 * @category Ledger
 */
export interface LedgerJSON {
  /** Always `"cica-cbm/ledger@1"`. */
  readonly schema: typeof LEDGER_SCHEMA_ID;
  /** Every revision recorded. */
  readonly reports: readonly NationalReport[];
}
