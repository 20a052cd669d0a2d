import { describe, expect, it } from "vitest";
import { defineMeasureMap } from "../catalogue/defineMeasureMap.js";
import { cica2021 } from "../data/cica/catalogues.js";
import { en } from "../i18n/en.js";
import { both, forward, report, test2099 } from "../../test/support/renumbering.js";
import { createLedger } from "./createLedger.js";
import { currentReports } from "./currentReports.js";
import { reportHistory } from "./reportHistory.js";
import { ledgerFromJSON } from "./ledgerFromJSON.js";
import { ledgerToJSON } from "./ledgerToJSON.js";
import { migrateLedger } from "./migrateLedger.js";
import { recordReport } from "./recordReport.js";

function ledgerOf(reports: readonly unknown[]) {
  let ledger = createLedger();
  for (const input of reports) {
    const result = recordReport(ledger, input, both);
    expect(result.outcome, JSON.stringify(result.issues)).toBe("recorded");
    ledger = result.ledger;
  }
  return ledger;
}

const kz1 = { ...report, revision: 1, submittedOn: "2026-02-01", entries: report.entries.slice(0, 2) };
const kz2 = report;
const mn1 = { ...report, id: "MN-2025", reporter: "MN", revision: 1, entries: [{ measure: "NCTG.2", status: "implemented" }] };
const mn2 = { ...mn1, revision: 2, entries: [...mn1.entries, { measure: "HUM.6", status: "planned" }] };

describe("migrateLedger through a renumbering (cica@2021 → test@2099, made up)", () => {
  it("keeps every original revision and records the migrated ones after them, with the same numbers", () => {
    const ledger = ledgerOf([kz1, kz2, mn1]);
    const result = migrateLedger(ledger, forward, both);
    expect(result.migrated).toBe(3);
    expect(result.notMigrated).toEqual([]);
    expect(result.ledger.size).toBe(6);
    expect(reportHistory(result.ledger, { catalogue: "cica@2021" })).toEqual(reportHistory(ledger, { catalogue: "cica@2021" }));
    expect(reportHistory(result.ledger, { catalogue: "test@2099", reporter: "KZ" }).map((r) => r.revision)).toEqual([1, 2]);
    expect(currentReports(result.ledger, { catalogue: "test@2099" }).map((r) => [r.reporter, r.revision, r.entries.map((e) => e.measure)])).toEqual([
      ["KZ", 2, ["2.1.2", "3.1.1", "5.1.2", "6.1.3"]],
      ["MN", 1, ["3.1.2"]],
    ]);
  });

  it("moves a report whole or not at all, and lists each revision it left with the reason", () => {
    const map = defineMeasureMap(cica2021, test2099, { ...forward.measures, "HUM.6": null } as never);
    const result = migrateLedger(ledgerOf([kz1, kz2, mn1, mn2]), map, both);
    expect(currentReports(result.ledger, { catalogue: "test@2099" }).map((r) => r.reporter)).toEqual(["KZ"]);
    expect(result.notMigrated.map((n) => [n.reporter, n.year, n.revision, n.unmapped.map((u) => u.measure)])).toEqual([
      ["MN", 2025, 1, []],
      ["MN", 2025, 2, ["HUM.6"]],
    ]);
    expect(result.notMigrated[1]?.issues[0]?.rule).toBe("migration.unmapped");
    expect(result.migrated).toBe(2);
  });

  it("records nothing new when migrated twice", () => {
    const once = migrateLedger(ledgerOf([kz1, kz2]), forward, both);
    const twice = migrateLedger(once.ledger, forward, both);
    expect(twice.ledger.size).toBe(once.ledger.size);
    expect(twice.notMigrated).toEqual([]);
  });

  it("leaves the ledger given as it was, and stores and loads the migrated one whole", () => {
    const ledger = ledgerOf([kz1, kz2]);
    const result = migrateLedger(ledger, forward, both);
    expect(ledger.size).toBe(2);
    const loaded = ledgerFromJSON(JSON.parse(JSON.stringify(ledgerToJSON(result.ledger))), both);
    expect(loaded.issues).toEqual([]);
    expect(loaded.ledger?.size).toBe(4);
  });

  it("lists a migrated revision that conflicts with one already recorded under the later version", () => {
    const ledger = ledgerOf([kz1]);
    const already = recordReport(ledger, { ...kz1, catalogue: "test@2099", entries: [{ measure: "2.1.2", status: "planned" }] }, both).ledger;
    const result = migrateLedger(already, forward, both);
    expect(result.notMigrated.map((n) => [n.reporter, n.revision, n.issues[0]?.rule])).toEqual([["KZ", 1, "ledger.conflict"]]);
    expect(result.ledger.size).toBe(2);
  });
});

describe("migrateLedger misuse", () => {
  it("names itself in the CbmError for a value that is not a measure map", () => {
    expect(() => migrateLedger(createLedger(), {} as never, both)).toThrowError(/^migrateLedger: /);
  });

  it("names itself for a context without a registry, even when the ledger holds nothing to migrate", () => {
    const noRegistry = { catalogues: both.catalogues } as never;
    expect(() => migrateLedger(createLedger(), forward, noRegistry)).toThrowError(/^migrateLedger: pass a context/);
    const withReport = ledgerOf([kz1]);
    expect(() => migrateLedger(withReport, forward, noRegistry)).toThrowError(/^migrateLedger: pass a context/);
  });

  it("names itself and context.lang for a language of its own that lacks the migration's messages", () => {
    const lang = { ...en, code: "xx", messages: Object.fromEntries(Object.entries(en.messages).filter(([key]) => !key.startsWith("migration."))) } as never;
    expect(() => migrateLedger(createLedger(), forward, { ...both, lang })).toThrowError(/^migrateLedger: context\.lang/);
  });
});
