import { jsonEqual, type JsonPath } from "../internal/json.js";
import type { IssueCollector } from "../reports/engine/index.js";
import type { NationalReport } from "../reports/schema.js";
import { upgradeReport } from "../reports/upgradeReport.js";
import { reportKey } from "./reportKey.js";
import { appendRecord, indicesOf, storeOf, type Ledger } from "./store.js";

/** What recording one valid revision did: recordReport's outcome, and the ledger after it. */
export interface RevisionRecorded {
  readonly outcome: "recorded" | "unchanged" | "rejected";
  readonly ledger: Ledger;
  /** The revision as recorded (or as already recorded, when `unchanged`). */
  readonly report?: NationalReport;
}

/** The same submission: equal content (key order ignored), a report@1 the same as its upgrade to report@2. */
function sameContent(a: NationalReport, b: NationalReport): boolean {
  return jsonEqual(upgradeReport(a), upgradeReport(b));
}

/**
 * Records one revision that has passed validation: the ledger's own rules, in one place, for
 * {@link recordReport} and for each report {@link ledgerFromJSON} reads.
 *
 * - the same revision with the same content is `unchanged` (a report@1 and its upgrade to report@2
 *   are the same content: the revision first recorded is kept as it was);
 * - the same revision with other content is a `ledger.conflict` (rejected), whose message names
 *   the next free revision: one above the highest recorded, or above `highest` when the caller
 *   knows of later revisions not recorded yet (a ledger document read in order);
 * - a revision whose `id` differs from one already recorded for the report is recorded with a
 *   `ledger.id-changed` warning naming that id.
 *
 * `at` is where the report sits in the caller's input (`[]` for recordReport, `["reports", 3]`
 * for a ledger document); the issues are located under it.
 */
export function recordRevision(
  ledger: Ledger,
  report: NationalReport,
  collector: IssueCollector,
  at: JsonPath = [],
  highest = 0,
  fn = "recordReport",
): RevisionRecorded {
  const store = storeOf(ledger, fn);
  const key = reportKey(report);
  const indices = indicesOf(ledger, store, key);
  // The first revision of a report (the common case): nothing to compare it with.
  if (indices.length === 0) return { ledger: appendRecord(ledger, store, report, key), outcome: "recorded", report };
  const earlier = indices.map((index) => store.records[index]!);
  const same = earlier.find((record) => record.revision === report.revision);
  if (same) {
    if (sameContent(same, report)) return { ledger, outcome: "unchanged", report: same };
    const next = Math.max(highest, ...earlier.map((record) => record.revision)) + 1;
    collector.add("ledger.conflict", [...at, "revision"], {
      reporter: report.reporter,
      year: report.year,
      catalogue: report.catalogue,
      revision: report.revision,
      recordedOn: same.submittedOn,
      submittedOn: report.submittedOn,
      next,
    });
    return { ledger, outcome: "rejected" };
  }
  const recordedId = earlier.find((record) => record.id !== report.id)?.id;
  if (recordedId !== undefined) {
    collector.add("ledger.id-changed", [...at, "id"], {
      received: report.id,
      recordedId,
      reporter: report.reporter,
      year: report.year,
      catalogue: report.catalogue,
    });
  }
  // A revision dated before a lower one (it cannot have been sent before what it corrects), and
  // its sibling: a lower revision arriving late, dated after a higher one already recorded.
  const about = { reporter: report.reporter, year: report.year, catalogue: report.catalogue };
  let latest: NationalReport | undefined;
  for (const record of earlier) if (record.revision < report.revision && (!latest || record.submittedOn > latest.submittedOn)) latest = record;
  if (latest && report.submittedOn < latest.submittedOn) {
    collector.add("ledger.backdated", [...at, "submittedOn"], {
      ...about,
      revision: report.revision,
      submittedOn: report.submittedOn,
      earlier: latest.revision,
      earlierOn: latest.submittedOn,
    });
  }
  const higher = earlier
    .filter((record) => record.revision > report.revision && record.submittedOn < report.submittedOn)
    .sort((a, b) => a.revision - b.revision)[0];
  if (higher) {
    collector.add(
      "ledger.backdated",
      [...at, "submittedOn"],
      { ...about, revision: higher.revision, submittedOn: higher.submittedOn, earlier: report.revision, earlierOn: report.submittedOn },
      "ledger.backdated.later",
    );
  }
  return { ledger: appendRecord(ledger, store, report, key), outcome: "recorded", report };
}
