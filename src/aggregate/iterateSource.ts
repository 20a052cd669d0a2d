import { CbmError } from "../errors/CbmError.js";
import { storeOf, type Ledger } from "../ledger/store.js";
import type { NationalReport } from "../reports/schema.js";

/** The revisions of a ledger or an iterable, in order. */
export function* iterateSource(source: Ledger | Iterable<NationalReport>): Iterable<NationalReport> {
  if (typeof source === "object" && source !== null && (source as Ledger).kind === "cica-cbm/ledger") {
    const ledgerStore = storeOf(source as Ledger, "aggregate");
    for (let index = 0; index < (source as Ledger).size; index++) yield ledgerStore.records[index]!;
    return;
  }
  if (source === null || typeof source !== "object" || typeof (source as Iterable<NationalReport>)[Symbol.iterator] !== "function") {
    throw new CbmError("invalid-argument", "Pass reports as a ledger, an iterable of reports, or a summary made by finishAccumulator or toReportSummary.");
  }
  yield* source as Iterable<NationalReport>;
}
