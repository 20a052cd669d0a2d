import { LEDGER_SCHEMA_ID, type LedgerJSON } from "./LEDGER_SCHEMA_ID.js";
import type { Ledger } from "./store.js";
import { compareReports, visibleReports } from "./visibleReports.js";

/**
 * Turns a ledger into a JSON document (pass it to `JSON.stringify`). No byte of any report is
 * lost: each report's keys and values come out as they were recorded.
 *
 * @param ledger - The ledger.
 * @returns `{ schema: "cica-cbm/ledger@1", reports: [...] }`.
 *
 * @example
 * ledgerToJSON(createLedger())
 * //=> {"schema": "cica-cbm/ledger@1", "reports": []}
 *
 * @category Ledger
 */
export function ledgerToJSON(ledger: Ledger): LedgerJSON {
  return { schema: LEDGER_SCHEMA_ID, reports: visibleReports(ledger, {}, "ledgerToJSON").sort(compareReports) };
}
