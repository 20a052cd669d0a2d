// How the plans layer reads reports; internal to it.
import { isSummary } from "../aggregate/toReportSummary.js";
import { iterateSource } from "../aggregate/iterateSource.js";
import { CbmError } from "../errors/CbmError.js";
import type { Ledger } from "../ledger/store.js";
import { reportKey } from "../ledger/reportKey.js";
import type { NationalReport } from "../reports/schema.js";

/**
 * The revisions of a source submitted on or before `asOf` (all when it is omitted), read once. A
 * summary is refused: it holds no activities to match events with.
 */
export function revisionsOf(source: Ledger | Iterable<NationalReport>, asOf: string | undefined, fn: string): NationalReport[] {
  if (isSummary(source)) {
    throw new CbmError(
      "invalid-argument",
      `${fn}: pass the reports (a ledger or a list), not a summary: a summary holds no activities to match the plan's events with.`,
    );
  }
  const revisions: NationalReport[] = [];
  for (const report of iterateSource(source)) if (asOf === undefined || report.submittedOn <= asOf) revisions.push(report);
  return revisions;
}

/**
 * The current revision of each report for a year, as the aggregates take it: the highest
 * revision; on a tie, the later `submittedOn`, then a fixed order of content. Sorted by key.
 */
export function currentOf(revisions: readonly NationalReport[], year: number): NationalReport[] {
  const current = new Map<string, { report: NationalReport; text?: string }>();
  for (const report of revisions) {
    if (report.year !== year) continue;
    const key = reportKey(report);
    const held = current.get(key);
    if (!held) {
      current.set(key, { report });
      continue;
    }
    const a = report;
    const b = held.report;
    let newer = a.revision !== b.revision ? a.revision > b.revision : a.submittedOn !== b.submittedOn ? a.submittedOn > b.submittedOn : undefined;
    if (newer === undefined) {
      const text = JSON.stringify(a);
      held.text ??= JSON.stringify(b);
      newer = text > held.text;
    }
    if (newer) current.set(key, { report });
  }
  return [...current.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, v]) => v.report);
}
