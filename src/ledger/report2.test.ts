import { describe, expect, it } from "vitest";
import { BASE_REPORT_WITH_ACTIVITY, draftOf, type Draft } from "../../test/support/reports.js";
import { cica } from "../data/cica/index.js";
import type { NationalReport } from "../reports/schema.js";
import { upgradeReport } from "../reports/upgradeReport.js";
import { createLedger } from "./createLedger.js";
import { diffReports } from "./diffReports.js";
import { ledgerFromJSON } from "./ledgerFromJSON.js";
import { ledgerToJSON } from "./ledgerToJSON.js";
import { recordReport } from "./recordReport.js";
import { reportDigest } from "./reportDigest.js";
import { reportHistory } from "./reportHistory.js";

const v1 = draftOf(BASE_REPORT_WITH_ACTIVITY) as unknown as NationalReport;
const v2 = (edit?: (d: Draft) => void) => draftOf(BASE_REPORT_WITH_ACTIVITY, (d) => ((d.schema = "cica-cbm/report@2"), edit?.(d))) as unknown as NationalReport;

describe("the ledger and report@2", () => {
  it("gives a report@1 and its upgrade one digest, and a report@2 with a new field another", () => {
    expect(reportDigest(upgradeReport(v1))).toBe(reportDigest(v1));
    expect(reportDigest(v2())).toBe(reportDigest(v1));
    expect(reportDigest(v2((d) => (d.access = "public")))).not.toBe(reportDigest(v1));
    expect(reportDigest(v2((d) => (d.entries[0].nothingNewSince = 2020)))).not.toBe(reportDigest(v2()));
    expect(reportDigest({ ...v1, schema: "cica-cbm/report@3" } as unknown as NationalReport)).not.toBe(reportDigest(v1));
  });

  it("takes revision 1 re-sent upgraded as the same submission, and keeps the first as it was", () => {
    const first = recordReport(createLedger(), v1, cica);
    expect(first.outcome).toBe("recorded");
    const again = recordReport(first.ledger, upgradeReport(v1), cica);
    expect(again.outcome).toBe("unchanged");
    expect(again.issues).toEqual([]);
    expect(again.ledger.size).toBe(1);
    expect(reportHistory(again.ledger).map((r) => r.schema)).toEqual(["cica-cbm/report@1"]);
  });

  it("takes it the other way round too: a report@2 recorded, then the same report@1", () => {
    const first = recordReport(createLedger(), v2(), cica);
    expect(recordReport(first.ledger, v1, cica).outcome).toBe("unchanged");
  });

  it("still refuses revision 1 re-sent with a new field as a conflict", () => {
    const first = recordReport(createLedger(), v1, cica);
    const marked = recordReport(
      first.ledger,
      v2((d) => (d.access = "public")),
      cica,
    );
    expect(marked.outcome).toBe("rejected");
    expect(marked.issues.map((issue) => issue.rule)).toEqual(["ledger.conflict"]);
  });

  it("reads a ledger document holding a report@1 and its upgrade as one revision", () => {
    const json = { schema: "cica-cbm/ledger@1", reports: [v1, upgradeReport(v1)] };
    const result = ledgerFromJSON(json, cica);
    expect(result.issues).toEqual([]);
    if (!result.ledger) throw new Error("the ledger document should be read");
    expect(result.ledger.size).toBe(1);
    expect(ledgerToJSON(result.ledger).reports[0]?.schema).toBe("cica-cbm/report@1");
  });

  it("lists changes of access and nothingNewSince between revisions", () => {
    const before = v2((d) => ((d.entries[0].access = "member-states"), (d.entries[0].nothingNewSince = 2020)));
    const after = v2((d) => {
      d.access = "public";
      d.entries[0].nothingNewSince = 2021;
      d.entries[0].activities[0].access = "public";
    });
    expect(diffReports(before, after)).toEqual([
      { path: ["access"], kind: "added", after: "public" },
      { path: ["entries", "2.1.2", "activities", 0, "access"], kind: "added", after: "public" },
      { path: ["entries", "2.1.2", "access"], kind: "removed", before: "member-states" },
      { path: ["entries", "2.1.2", "nothingNewSince"], kind: "changed", before: 2020, after: 2021 },
    ]);
  });
});
