import { describe, expect, it } from "vitest";
import { BASE_REPORT as BASE, draftOf, type Draft } from "../../test/support/reports.js";
import { cica } from "../data/cica/index.js";
import { en } from "../i18n/en.js";
import { isCbmError } from "../errors/CbmError.js";
import type { NationalReport } from "../reports/schema.js";
import type { ValidationContext } from "../reports/types.js";
import { createLedger } from "./createLedger.js";
import { currentReports } from "./currentReports.js";
import { reportHistory } from "./reportHistory.js";
import { diffReports } from "./diffReports.js";
import { ledgerFromJSON } from "./ledgerFromJSON.js";
import { ledgerToJSON } from "./ledgerToJSON.js";
import { LEDGER_SCHEMA_ID } from "./LEDGER_SCHEMA_ID.js";
import { recordReport } from "./recordReport.js";
import type { Ledger } from "./store.js";
import { compareReports } from "./visibleReports.js";

// ---------------------------------------------------------------------------------------------
// Helpers

/** A fresh copy of the base report (test/support/reports.ts), changed by `edit`. */
function report(edit?: Partial<Draft> | ((draft: Draft) => void)): Draft {
  return draftOf(BASE, edit);
}

/** Records and expects the outcome `recorded`; returns the new ledger. */
function recorded(ledger: Ledger, input: unknown, context: ValidationContext = cica): Ledger {
  const result = recordReport(ledger, input, context);
  expect(result.outcome, JSON.stringify(result.issues)).toBe("recorded");
  return result.ledger;
}

/** A ledger holding the given reports, recorded in order. */
function ledgerOf(...inputs: unknown[]): Ledger {
  return inputs.reduce<Ledger>((ledger, input) => recorded(ledger, input), createLedger());
}

/** Freezes a value and everything reachable from it: every own key (symbols too), and Map contents. */
function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if ((typeof value !== "object" && typeof value !== "function") || value === null || seen.has(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value as object)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && "value" in descriptor) deepFreeze(descriptor.value, seen);
  }
  if (value instanceof Map) {
    for (const [key, item] of value) {
      deepFreeze(key, seen);
      deepFreeze(item, seen);
    }
  }
  Object.freeze(value);
  return value;
}

const text = (value: unknown) => JSON.stringify(value);
const summary = (reports: readonly NationalReport[]) => reports.map((r) => `${r.reporter}/${r.catalogue}/${r.year}/r${r.revision}`);

// ---------------------------------------------------------------------------------------------
// recordReport

describe("recordReport", () => {
  it("records a valid report into a new ledger of size 1 and leaves the old ledger as it was", () => {
    const empty = createLedger();
    const result = recordReport(empty, report(), cica);
    expect(result.outcome).toBe("recorded");
    expect(result.issues).toEqual([]);
    expect(result.ledger).not.toBe(empty);
    expect(result.ledger.size).toBe(1);
    expect(result.report).toEqual(BASE);
    expect(currentReports(result.ledger)).toEqual([BASE]);
    expect(empty.size).toBe(0);
    expect(currentReports(empty)).toEqual([]);
    expect(reportHistory(empty)).toEqual([]);
    expect(ledgerToJSON(empty)).toEqual({ schema: LEDGER_SCHEMA_ID, reports: [] });
  });

  it("leaves a non-empty ledger's size and contents unchanged when recording into it", () => {
    const one = ledgerOf(report());
    const before = text(ledgerToJSON(one));
    const two = recorded(one, report({ revision: 2, submittedOn: "2026-04-01" }));
    expect(two.size).toBe(2);
    expect(one.size).toBe(1);
    expect(text(ledgerToJSON(one))).toBe(before);
    expect(summary(reportHistory(one))).toEqual(["KZ/cica@2021/2025/r1"]);
  });

  it("returns the same ledger object and the validation issues when the input is invalid", () => {
    const ledger = ledgerOf(report());
    const result = recordReport(
      ledger,
      report((d) => (d.entries[0].status = "done")),
      cica,
    );
    expect(result.outcome).toBe("rejected");
    expect(result.ledger).toBe(ledger);
    expect(result.report).toBeUndefined();
    expect(result.issues.map((issue) => [issue.rule, issue.path])).toEqual([["status.unknown", ["entries", 0, "status"]]]);
    expect(ledger.size).toBe(1);
  });

  it("rejects inputs that are not reports at all without touching the ledger", () => {
    const ledger = createLedger();
    for (const input of [null, undefined, 42, "report", [], {}]) {
      const result = recordReport(ledger, input, cica);
      expect(result.outcome).toBe("rejected");
      expect(result.ledger).toBe(ledger);
      expect(result.issues.length).toBeGreaterThan(0);
      expect(result.issues.some((issue) => issue.severity === "error")).toBe(true);
    }
    expect(ledger.size).toBe(0);
  });

  it("answers an identical resubmission with unchanged and the same ledger object", () => {
    const ledger = ledgerOf(report());
    const again = recordReport(ledger, report(), cica);
    expect(again.outcome).toBe("unchanged");
    expect(again.ledger).toBe(ledger);
    expect(again.issues).toEqual([]);
    expect(again.report).toEqual(BASE);
    expect(reportHistory(again.ledger)).toHaveLength(1);
  });

  it("treats a resubmission whose keys come in another order as identical", () => {
    const ledger = ledgerOf(report());
    const reordered = Object.fromEntries(Object.entries(report()).reverse());
    const again = recordReport(ledger, reordered, cica);
    expect(again.outcome).toBe("unchanged");
    expect(again.ledger).toBe(ledger);
  });

  it("gives ledger, outcome, report and issues in that order, and no report key at all for a conflict", () => {
    const ledger = ledgerOf(report());
    const fresh = recordReport(ledger, report({ revision: 2, submittedOn: "2026-04-01" }), cica);
    const again = recordReport(ledger, report(), cica);
    const conflict = recordReport(ledger, report({ submittedOn: "2026-03-05" }), cica);
    expect([fresh, again, conflict].map((result) => [result.outcome, Object.keys(result)])).toEqual([
      ["recorded", ["ledger", "outcome", "report", "issues"]],
      ["unchanged", ["ledger", "outcome", "report", "issues"]],
      ["rejected", ["ledger", "outcome", "issues"]],
    ]);
  });
  it("rejects the same revision number with other content as a conflict naming both submissions and the next free revision", () => {
    const ledger = ledgerOf(report(), report({ revision: 2, submittedOn: "2026-04-01" }));
    const input = report({ submittedOn: "2026-03-05", entries: [{ measure: "2.1.2", status: "planned" }] });

    const en = recordReport(ledger, input, cica);
    expect(en.outcome).toBe("rejected");
    expect(en.ledger).toBe(ledger);
    expect(en.issues).toHaveLength(1);
    const issue = en.issues[0]!;
    expect(issue.rule).toBe("ledger.conflict");
    expect(issue.severity).toBe("error");
    expect(issue.path).toEqual(["revision"]);
    expect(issue.params).toMatchObject({
      reporter: "KZ",
      year: 2025,
      catalogue: "cica@2021",
      revision: 1,
      recordedOn: "2026-03-01",
      submittedOn: "2026-03-05",
      next: 3,
    });
    for (const part of ["KZ", "2025", "cica@2021", "2026-03-01", "2026-03-05", "revision 3"]) expect(issue.message).toContain(part);

    const ru = recordReport(ledger, input, { ...cica, lang: "ru" });
    expect(ru.outcome).toBe("rejected");
    const message = ru.issues[0]!.message;
    expect(ru.issues[0]!.rule).toBe("ledger.conflict");
    for (const part of ["KZ", "2025", "2026-03-01", "2026-03-05", "редакцию 3"]) expect(message).toContain(part);
    expect(message).not.toBe(issue.message);
  });

  it("names revision 2 as the next free revision when only revision 1 is recorded", () => {
    const ledger = ledgerOf(report());
    const result = recordReport(ledger, report({ submittedOn: "2026-03-02" }), cica);
    expect(result.outcome).toBe("rejected");
    expect(result.issues[0]?.params).toMatchObject({ next: 2 });
    expect(result.issues[0]?.message).toContain("revision 2");
  });

  it("records a revision whose id changed, with a ledger.id-changed warning", () => {
    const ledger = ledgerOf(report());
    const result = recordReport(ledger, report({ id: "KZ-2025-B", revision: 2, submittedOn: "2026-04-01" }), cica);
    expect(result.outcome).toBe("recorded");
    expect(result.ledger.size).toBe(2);
    expect(result.issues).toHaveLength(1);
    const issue = result.issues[0]!;
    expect(issue.rule).toBe("ledger.id-changed");
    expect(issue.severity).toBe("warning");
    expect(issue.path).toEqual(["id"]);
    expect(issue.params).toMatchObject({ received: "KZ-2025-B", recordedId: "KZ-2025", reporter: "KZ", year: 2025 });
    expect(issue.message).toContain("KZ-2025-B");
    expect(currentReports(result.ledger)[0]?.id).toBe("KZ-2025-B");
  });

  it("keeps an older revision that arrives after a newer one in the history without displacing the newer one", () => {
    const ledger = ledgerOf(
      report({ revision: 3, submittedOn: "2026-05-01", entries: [{ measure: "2.1.2", status: "implemented" }] }),
      report({ revision: 1, submittedOn: "2026-03-01", entries: [{ measure: "2.1.2", status: "planned" }] }),
      report({ revision: 2, submittedOn: "2026-04-01", entries: [{ measure: "2.1.2", status: "in-progress" }] }),
    );
    expect(ledger.size).toBe(3);
    expect(currentReports(ledger).map((r) => r.revision)).toEqual([3]);
    expect(currentReports(ledger)[0]?.entries[0]?.status).toBe("implemented");
    expect(reportHistory(ledger).map((r) => r.revision)).toEqual([1, 2, 3]);
  });

  it("keeps branches apart: two reports recorded into the same earlier ledger each see only their own addition", () => {
    const a = report();
    const b = report({ reporter: "CN", id: "CN-2025" });
    const c = report({ reporter: "TR", id: "TR-2025" });
    const l0 = createLedger();
    const l1 = recorded(l0, a);
    const l2 = recorded(l0, b);
    expect(summary(reportHistory(l1))).toEqual(["KZ/cica@2021/2025/r1"]);
    expect(summary(reportHistory(l2))).toEqual(["CN/cica@2021/2025/r1"]);
    expect(l0.size).toBe(0);
    expect(reportHistory(l0)).toEqual([]);

    const l3 = recorded(l1, c);
    expect(summary(reportHistory(l3))).toEqual(["KZ/cica@2021/2025/r1", "TR/cica@2021/2025/r1"]);
    expect(summary(reportHistory(l1))).toEqual(["KZ/cica@2021/2025/r1"]);
    expect(summary(reportHistory(l2))).toEqual(["CN/cica@2021/2025/r1"]);
    expect(summary(ledgerToJSON(l2).reports)).toEqual(["CN/cica@2021/2025/r1"]);
    expect(reportHistory(l0)).toEqual([]);
  });

  it("keeps branches apart for revisions of the same report: a conflict in one branch is a fresh revision in another", () => {
    const l1 = ledgerOf(report());
    const l2 = recorded(l1, report({ revision: 2, submittedOn: "2026-04-01" }));
    // From l1, revision 2 is still free: other content is recorded, not a conflict.
    const l3 = recorded(l1, report({ revision: 2, submittedOn: "2026-04-02" }));
    expect(reportHistory(l2).map((r) => r.submittedOn)).toEqual(["2026-03-01", "2026-04-01"]);
    expect(reportHistory(l3).map((r) => r.submittedOn)).toEqual(["2026-03-01", "2026-04-02"]);
    expect(reportHistory(l1).map((r) => r.submittedOn)).toEqual(["2026-03-01"]);
    // Each branch judges conflicts and resubmissions by what it sees.
    expect(recordReport(l2, report({ revision: 2, submittedOn: "2026-04-01" }), cica).outcome).toBe("unchanged");
    expect(recordReport(l3, report({ revision: 2, submittedOn: "2026-04-01" }), cica).outcome).toBe("rejected");
    expect(recordReport(l1, report({ revision: 2, submittedOn: "2026-04-01" }), cica).outcome).toBe("recorded");
  });

  it("lets an older ledger, whose store a newer one has grown, still see its own revisions of a report", () => {
    const l1 = ledgerOf(report());
    // l2 grows the store that l1 shares; l1 still holds revision 1 only.
    recorded(l1, report({ revision: 2, submittedOn: "2026-04-01" }));
    expect(recordReport(l1, report(), cica).outcome).toBe("unchanged");
    expect(recordReport(l1, report({ submittedOn: "2026-03-02" }), cica).outcome).toBe("rejected");
  });

  it("lets a branch taken from an older ledger see the revisions before the branch point, and nothing after it", () => {
    const l1 = ledgerOf(report());
    const l2 = recorded(l1, report({ revision: 2, submittedOn: "2026-04-01" }));
    // l3 branches from l1 after l2 grew the store: it gets a copy of what l1 sees.
    const l3 = recorded(l1, report({ reporter: "CN", id: "CN-2025" }));
    expect(recordReport(l3, report(), cica).outcome).toBe("unchanged");
    expect(recordReport(l3, report({ submittedOn: "2026-03-02" }), cica).outcome).toBe("rejected");
    expect(recordReport(l3, report({ revision: 2, submittedOn: "2026-04-02" }), cica).outcome).toBe("recorded");
    expect(summary(reportHistory(l3))).toEqual(["CN/cica@2021/2025/r1", "KZ/cica@2021/2025/r1"]);
    expect(summary(reportHistory(l2))).toEqual(["KZ/cica@2021/2025/r1", "KZ/cica@2021/2025/r2"]);
  });

  it("records into a deep-frozen ledger, whose hidden store is frozen too, without changing it", () => {
    const ledger = deepFreeze(ledgerOf(report(), report({ reporter: "CN", id: "CN-2025" })));
    const before = text(ledgerToJSON(ledger));
    const next = recordReport(ledger, report({ revision: 2, submittedOn: "2026-04-01" }), cica);
    expect(next.outcome).toBe("recorded");
    expect(next.ledger.size).toBe(3);
    expect(ledger.size).toBe(2);
    expect(text(ledgerToJSON(ledger))).toBe(before);
    expect(summary(reportHistory(next.ledger))).toEqual(["CN/cica@2021/2025/r1", "KZ/cica@2021/2025/r1", "KZ/cica@2021/2025/r2"]);
    // And again, from the new ledger and from the frozen one.
    const after = recorded(next.ledger, report({ reporter: "TR", id: "TR-2025" }));
    expect(after.size).toBe(4);
    expect(recorded(ledger, report({ reporter: "IN", id: "IN-2025" })).size).toBe(3);
    expect(text(ledgerToJSON(ledger))).toBe(before);
    expect(recordReport(ledger, report(), cica).outcome).toBe("unchanged");
  });

  it("records into a ledger whose hidden lists of revisions were frozen, its store left open, without changing those lists", () => {
    const ledger = ledgerOf(report());
    // A freezer that passes over Maps and freezes what they hold: each report's list of its records.
    const store = (ledger as unknown as Record<symbol, { byKey: Map<string, number[]> }>)[Symbol.for("cica-cbm.ledger.store")]!;
    for (const list of store.byKey.values()) Object.freeze(list);
    const next = recordReport(ledger, report({ revision: 2, submittedOn: "2026-04-01" }), cica);
    expect(next.outcome).toBe("recorded");
    expect(summary(reportHistory(next.ledger))).toEqual(["KZ/cica@2021/2025/r1", "KZ/cica@2021/2025/r2"]);
    expect(summary(reportHistory(ledger))).toEqual(["KZ/cica@2021/2025/r1"]);
  });

  it("keeps a ledger's store under the registered symbol cica-cbm.ledger.store, where the library's other build (CommonJS beside ESM) finds it", () => {
    const ledger = ledgerOf(report(), report({ reporter: "CN", id: "CN-2025" }));
    const key = Symbol.for("cica-cbm.ledger.store");
    // What the other build's functions are given: a ledger value that carries the store under that key.
    const foreign = Object.defineProperty({ kind: "cica-cbm/ledger", size: ledger.size }, key, {
      value: (ledger as unknown as Record<symbol, unknown>)[key],
    }) as Ledger;
    expect(summary(currentReports(foreign))).toEqual(["CN/cica@2021/2025/r1", "KZ/cica@2021/2025/r1"]);
  });

  it("records into a deep-frozen empty ledger", () => {
    const empty = deepFreeze(createLedger());
    const next = recordReport(empty, report(), cica);
    expect(next.outcome).toBe("recorded");
    expect(next.ledger.size).toBe(1);
    expect(empty.size).toBe(0);
    expect(reportHistory(empty)).toEqual([]);
  });

  it("records a frozen copy: changing the input afterwards does not change the ledger", () => {
    const input = report((d) => (d.extensions = { tags: ["a"] }));
    const result = recordReport(createLedger(), input, cica);
    expect(result.outcome).toBe("recorded");
    input.entries[0].status = "planned";
    input.entries.push({ measure: "HUM.4", status: "planned" });
    input.extensions.tags.push("b");
    input.year = 2024;
    const stored = currentReports(result.ledger)[0]!;
    expect(stored).not.toBe(input);
    expect(stored.year).toBe(2025);
    expect(stored.entries).toEqual([{ measure: "2.1.2", status: "implemented" }]);
    expect(stored.extensions).toEqual({ tags: ["a"] });
    expect(Object.isFrozen(stored)).toBe(true);
    expect(Object.isFrozen(stored.entries)).toBe(true);
    expect(Object.isFrozen(stored.entries[0])).toBe(true);
    expect(Object.isFrozen(stored.extensions)).toBe(true);
    expect(Object.isFrozen((stored.extensions as { tags: unknown }).tags)).toBe(true);
    expect(result.report).toBe(stored);
  });

  it("does not change a (deep-frozen) input", () => {
    const input = deepFreeze(report());
    const copy = structuredClone(input);
    const result = recordReport(createLedger(), input, cica);
    expect(result.outcome).toBe("recorded");
    expect(input).toEqual(copy);
  });
});

// ---------------------------------------------------------------------------------------------
// currentReports and reportHistory

describe("currentReports and reportHistory", () => {
  // Built inside each test, not when the suite is collected: mutation testing then runs only the
  // tests that read a mutated line, rather than every test for each mutant of the ledger.
  const sampleLedger = () =>
    ledgerOf(
      report({ reporter: "TR", id: "TR-2024", year: 2024, submittedOn: "2025-02-01" }),
      report({ reporter: "KZ", id: "KZ-2025", year: 2025, revision: 2, submittedOn: "2026-04-01" }),
      report({ reporter: "CN", id: "CN-2025", year: 2025 }),
      report({ reporter: "KZ", id: "KZ-2024", year: 2024, submittedOn: "2025-03-01" }),
      report({ reporter: "KZ", id: "KZ-2025", year: 2025, revision: 1 }),
      report({ reporter: "KZ", id: "KZ-2025", catalogue: "cica@2004", year: 2025, entries: [{ measure: "3.4", status: "planned" }] }),
      report({ reporter: "CN", id: "CN-2025", year: 2025, revision: 3, submittedOn: "2026-06-01" }),
    );

  it("gives the highest revision of each report, sorted by reporter, catalogue and year", () => {
    const ledger = sampleLedger();
    expect(summary(currentReports(ledger))).toEqual([
      "CN/cica@2021/2025/r3",
      "KZ/cica@2004/2025/r1",
      "KZ/cica@2021/2024/r1",
      "KZ/cica@2021/2025/r2",
      "TR/cica@2021/2024/r1",
    ]);
  });

  it("filters the current reports by reporter, catalogue and year", () => {
    const ledger = sampleLedger();
    expect(summary(currentReports(ledger, { reporter: "KZ" }))).toEqual(["KZ/cica@2004/2025/r1", "KZ/cica@2021/2024/r1", "KZ/cica@2021/2025/r2"]);
    expect(summary(currentReports(ledger, { catalogue: "cica@2004" }))).toEqual(["KZ/cica@2004/2025/r1"]);
    expect(summary(currentReports(ledger, { year: 2024 }))).toEqual(["KZ/cica@2021/2024/r1", "TR/cica@2021/2024/r1"]);
    expect(summary(currentReports(ledger, { reporter: "KZ", catalogue: "cica@2021", year: 2025 }))).toEqual(["KZ/cica@2021/2025/r2"]);
    expect(currentReports(ledger, { reporter: "IN" })).toEqual([]);
    expect(currentReports(ledger, { year: 2023 })).toEqual([]);
  });

  it("gives every revision, sorted by reporter, catalogue, year and revision", () => {
    const ledger = sampleLedger();
    expect(summary(reportHistory(ledger))).toEqual([
      "CN/cica@2021/2025/r1",
      "CN/cica@2021/2025/r3",
      "KZ/cica@2004/2025/r1",
      "KZ/cica@2021/2024/r1",
      "KZ/cica@2021/2025/r1",
      "KZ/cica@2021/2025/r2",
      "TR/cica@2021/2024/r1",
    ]);
  });

  it("gives the revisions of one report, oldest revision first, when the filter names it", () => {
    const ledger = sampleLedger();
    expect(reportHistory(ledger, { reporter: "KZ", catalogue: "cica@2021", year: 2025 }).map((r) => [r.revision, r.submittedOn])).toEqual([
      [1, "2026-03-01"],
      [2, "2026-04-01"],
    ]);
    expect(summary(reportHistory(ledger, { reporter: "CN" }))).toEqual(["CN/cica@2021/2025/r1", "CN/cica@2021/2025/r3"]);
  });

  it("orders two reports by reporter, then catalogue, then year, then revision, each field deciding only when those before it are equal", () => {
    const r = (reporter: string, catalogue: string, year: number, revision: number) =>
      ({ ...report(), reporter, catalogue, year, revision }) as unknown as NationalReport;
    const sorted = [
      r("CN", "cica@2021", 2026, 9),
      r("KZ", "cica@2004", 2026, 9),
      r("KZ", "cica@2021", 2024, 9),
      r("KZ", "cica@2021", 2025, 1),
      r("KZ", "cica@2021", 2025, 2),
    ];
    for (const [i, a] of sorted.entries()) {
      for (const [j, b] of sorted.entries()) expect(Math.sign(compareReports(a, b)), `${i} vs ${j}`).toBe(Math.sign(i - j));
    }
  });

  it("returns arrays the caller may sort without affecting the ledger", () => {
    const ledger = sampleLedger();
    const history = reportHistory(ledger);
    history.reverse();
    expect(summary(reportHistory(ledger))[0]).toBe("CN/cica@2021/2025/r1");
    const current = currentReports(ledger);
    current.length = 0;
    expect(currentReports(ledger)).toHaveLength(5);
  });
});

// ---------------------------------------------------------------------------------------------
// diffReports

describe("diffReports", () => {
  const v1 = report({
    entries: [
      { measure: "2.1.2", status: "planned" },
      { measure: "HUM.4", status: "implemented" },
      { measure: "NCTG.1", status: "in-progress" },
    ],
  }) as unknown as NationalReport;

  it("gives no change for equal reports", () => {
    expect(diffReports(v1, v1)).toEqual([]);
    expect(diffReports(v1, structuredClone(v1))).toEqual([]);
  });

  it("lists the changes of the report's own fields before those of its entries, each in field order", () => {
    const before = report({
      entries: [
        { measure: "2.1.2", status: "planned" },
        { measure: "HUM.4", status: "planned" },
      ],
    }) as unknown as NationalReport;
    const after = {
      ...before,
      id: "KZ-2025-B",
      revision: 2,
      entries: [
        { measure: "HUM.4", status: "implemented" },
        { measure: "2.1.2", status: "implemented" },
      ],
      nil: false,
    };
    expect(diffReports(before, after as NationalReport).map((c) => [c.path.join("/"), c.kind])).toEqual([
      ["id", "changed"],
      ["revision", "changed"],
      ["nil", "added"],
      ["entries/2.1.2/status", "changed"],
      ["entries/HUM.4/status", "changed"],
    ]);
  });

  it("matches entries by measure, so a reordered list shows no change", () => {
    const v2 = { ...v1, entries: [...v1.entries].reverse() };
    expect(diffReports(v1, v2)).toEqual([]);
  });

  it("lists a changed status, a removed entry and an added entry, matched by measure", () => {
    const v2 = {
      ...v1,
      revision: 2,
      entries: [
        { measure: "ENV.1", status: "planned" },
        { measure: "HUM.4", status: "implemented" },
        { measure: "2.1.2", status: "implemented" },
      ],
    };
    expect(diffReports(v1, v2)).toEqual([
      { path: ["revision"], kind: "changed", before: 1, after: 2 },
      { path: ["entries", "2.1.2", "status"], kind: "changed", before: "planned", after: "implemented" },
      { path: ["entries", "NCTG.1"], kind: "removed", before: { measure: "NCTG.1", status: "in-progress" } },
      { path: ["entries", "ENV.1"], kind: "added", after: { measure: "ENV.1", status: "planned" } },
    ]);
  });

  it("compares activity fields by position", () => {
    const activity = { title: "Seminar", kind: "seminar", from: "2025-05-01", partners: ["TR"] };
    const a = report({ entries: [{ measure: "2.1.2", status: "implemented", activities: [activity] }] }) as unknown as NationalReport;
    const b = report({
      entries: [
        {
          measure: "2.1.2",
          status: "implemented",
          activities: [
            { ...activity, title: "Workshop", partners: ["TR", "CN"] },
            { title: "Visit", kind: "visit", from: "2025-06-01" },
          ],
        },
      ],
    }) as unknown as NationalReport;
    expect(diffReports(a, b)).toEqual([
      { path: ["entries", "2.1.2", "activities", 0, "title"], kind: "changed", before: "Seminar", after: "Workshop" },
      { path: ["entries", "2.1.2", "activities", 0, "partners", 1], kind: "added", after: "CN" },
      { path: ["entries", "2.1.2", "activities", 1], kind: "added", after: { title: "Visit", kind: "visit", from: "2025-06-01" } },
    ]);
    expect(diffReports(b, a).map((change) => [change.path.join("/"), change.kind])).toEqual([
      ["entries/2.1.2/activities/0/title", "changed"],
      ["entries/2.1.2/activities/0/partners/1", "removed"],
      ["entries/2.1.2/activities/1", "removed"],
    ]);
  });

  it("lists added and removed optional fields of an entry", () => {
    const a = report({ entries: [{ measure: "2.1.2", status: "implemented", remarks: "Yearly" }] }) as unknown as NationalReport;
    const b = report() as unknown as NationalReport;
    expect(diffReports(a, b)).toEqual([{ path: ["entries", "2.1.2", "remarks"], kind: "removed", before: "Yearly" }]);
    expect(diffReports(b, a)).toEqual([{ path: ["entries", "2.1.2", "remarks"], kind: "added", after: "Yearly" }]);
  });

  it("lists added and removed top-level optional fields, and the nil flag", () => {
    const nil = report({ nil: true, entries: [] }) as unknown as NationalReport;
    const full = report({ extensions: { source: "MFA" } }) as unknown as NationalReport;
    expect(diffReports(nil, full)).toEqual([
      { path: ["nil"], kind: "removed", before: true },
      { path: ["extensions"], kind: "added", after: { source: "MFA" } },
      { path: ["entries", "2.1.2"], kind: "added", after: { measure: "2.1.2", status: "implemented" } },
    ]);
    expect(diffReports(full, nil)).toEqual([
      { path: ["extensions"], kind: "removed", before: { source: "MFA" } },
      { path: ["nil"], kind: "added", after: true },
      { path: ["entries", "2.1.2"], kind: "removed", before: { measure: "2.1.2", status: "implemented" } },
    ]);
    const nilFalse = report({ nil: false }) as unknown as NationalReport;
    const nilTrue = report({ nil: true }) as unknown as NationalReport;
    expect(diffReports(nilFalse, nilTrue)).toEqual([{ path: ["nil"], kind: "changed", before: false, after: true }]);
  });

  it("lists deep changes inside extensions", () => {
    const a = report({ extensions: { meta: { level: 1, tags: ["a", "b"], keep: { x: null } }, gone: "yes" } }) as unknown as NationalReport;
    const b = report({ extensions: { meta: { level: 2, tags: ["a"], keep: { x: null }, note: "new" }, fresh: [1] } }) as unknown as NationalReport;
    expect(diffReports(a, b)).toEqual([
      { path: ["extensions", "meta", "level"], kind: "changed", before: 1, after: 2 },
      { path: ["extensions", "meta", "tags", 1], kind: "removed", before: "b" },
      { path: ["extensions", "meta", "note"], kind: "added", after: "new" },
      { path: ["extensions", "gone"], kind: "removed", before: "yes" },
      { path: ["extensions", "fresh"], kind: "added", after: [1] },
    ]);
  });

  it("sees a change of type inside extensions as one change", () => {
    const a = report({ extensions: { value: [1, 2] } }) as unknown as NationalReport;
    const b = report({ extensions: { value: { 0: 1, 1: 2 } } }) as unknown as NationalReport;
    expect(diffReports(a, b)).toEqual([{ path: ["extensions", "value"], kind: "changed", before: [1, 2], after: { 0: 1, 1: 2 } }]);
  });

  it("treats a __proto__ key in extensions as an ordinary key", () => {
    const a = JSON.parse(
      '{"schema":"cica-cbm/report@1","id":"KZ-2025","reporter":"KZ","catalogue":"cica@2021","year":2025,"revision":1,"submittedOn":"2026-03-01","entries":[{"measure":"2.1.2","status":"implemented"}],"extensions":{"__proto__":{"x":1}}}',
    );
    const b = JSON.parse(
      '{"schema":"cica-cbm/report@1","id":"KZ-2025","reporter":"KZ","catalogue":"cica@2021","year":2025,"revision":1,"submittedOn":"2026-03-01","entries":[{"measure":"2.1.2","status":"implemented"}],"extensions":{"__proto__":{"x":2}}}',
    );
    expect(diffReports(a, b)).toEqual([{ path: ["extensions", "__proto__", "x"], kind: "changed", before: 1, after: 2 }]);
    expect(diffReports(a, a)).toEqual([]);
  });

  it("works on reports read back from a ledger", () => {
    const ledger = ledgerOf(report(), report({ revision: 2, submittedOn: "2026-04-01", entries: [{ measure: "2.1.2", status: "planned" }] }));
    const [first, second] = reportHistory(ledger);
    expect(diffReports(first!, second!).map((change) => change.path.join("/"))).toEqual(["revision", "submittedOn", "entries/2.1.2/status"]);
  });
});

// ---------------------------------------------------------------------------------------------
// ledgerToJSON and ledgerFromJSON

/** A report as JSON text, with keys in an order that differs from the schema's. */
const TRICKY_TEXT =
  '{"entries":[{"status":"implemented","remarks":"Казахстан 🇰🇿 — \\ud800 lone","measure":"2.1.2"},{"measure":"HUM.4","status":"planned"}],' +
  '"year":2025,"submittedOn":"2026-03-01","reporter":"KZ","id":"KZ-2025 ☃","schema":"cica-cbm/report@1","revision":1,"catalogue":"cica@2021",' +
  '"extensions":{"__proto__":{"polluted":true},"zeta":1,"alpha":{"b":[1,"два",null,true],"a":"😀"},"constructor":"c","lone":"\\udc00x"}}';

describe("ledgerToJSON and ledgerFromJSON", () => {
  it("writes an empty ledger as an empty document", () => {
    expect(ledgerToJSON(createLedger())).toEqual({ schema: "cica-cbm/ledger@1", reports: [] });
    const loaded = ledgerFromJSON(JSON.stringify(ledgerToJSON(createLedger())), cica);
    expect(loaded.ok).toBe(true);
    expect(loaded.ledger?.size).toBe(0);
  });

  it("keeps every report byte for byte through ledgerToJSON, JSON.stringify and ledgerFromJSON", () => {
    const tricky = JSON.parse(TRICKY_TEXT);
    expect(Object.hasOwn(tricky.extensions, "__proto__")).toBe(true);
    const first = recordReport(createLedger(), tricky, cica);
    expect(first.outcome).toBe("recorded");
    expect(first.issues.map((issue) => issue.rule)).toEqual(["extensions.unsafe-key", "extensions.unsafe-key"]);
    const ledger = [
      report({ reporter: "CN", id: "CN-2024", year: 2024, submittedOn: "2025-01-01", nil: true, entries: [] }),
      report({ revision: 2, submittedOn: "2026-04-01", extensions: { ключ: "значение", "🙂": ["\ud800"] } }),
    ].reduce<Ledger>((l, r) => recorded(l, r), first.ledger);

    const before = reportHistory(ledger).map((r) => JSON.stringify(r));
    expect(before).toContain(TRICKY_TEXT);
    const doc = JSON.stringify(ledgerToJSON(ledger));
    const loaded = ledgerFromJSON(doc, cica);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.issues.map((issue) => [issue.rule, issue.path])).toEqual([
      ["extensions.unsafe-key", ["reports", 1, "extensions", "__proto__"]],
      ["extensions.unsafe-key", ["reports", 1, "extensions", "constructor"]],
      // The tricky revision 1 has id "KZ-2025 ☃", revision 2 has "KZ-2025": flagged on load as on record.
      ["ledger.id-changed", ["reports", 2, "id"]],
    ]);
    expect(loaded.ledger.size).toBe(3);
    expect(reportHistory(loaded.ledger).map((r) => JSON.stringify(r))).toEqual(before);
    expect(JSON.stringify(ledgerToJSON(loaded.ledger))).toBe(doc);
    const restored = reportHistory(loaded.ledger, { reporter: "KZ" })[0]!;
    expect(Object.hasOwn(restored.extensions!, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(restored.extensions)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(restored.entries[0]?.remarks).toBe("Казахстан 🇰🇿 — \ud800 lone");
  });

  it("writes reports sorted by reporter, catalogue, year and revision, whatever the recording order", () => {
    const a = ledgerOf(report({ revision: 2, submittedOn: "2026-04-01" }), report({ reporter: "CN", id: "CN-2025" }), report());
    const b = ledgerOf(report(), report({ reporter: "CN", id: "CN-2025" }), report({ revision: 2, submittedOn: "2026-04-01" }));
    expect(summary(ledgerToJSON(a).reports)).toEqual(["CN/cica@2021/2025/r1", "KZ/cica@2021/2025/r1", "KZ/cica@2021/2025/r2"]);
    expect(JSON.stringify(ledgerToJSON(a))).toBe(JSON.stringify(ledgerToJSON(b)));
  });

  it("accepts an already-parsed document as well as text", () => {
    const ledger = ledgerOf(report(), report({ reporter: "CN", id: "CN-2025" }));
    const parsed = JSON.parse(JSON.stringify(ledgerToJSON(ledger)));
    const copy = structuredClone(parsed);
    const loaded = ledgerFromJSON(parsed, cica);
    expect(loaded.ok).toBe(true);
    expect(loaded.issues).toEqual([]);
    expect(loaded.ledger?.size).toBe(2);
    expect(JSON.stringify(ledgerToJSON(loaded.ledger!))).toBe(JSON.stringify(ledgerToJSON(ledger)));
    expect(parsed).toEqual(copy);
    // The object given by ledgerToJSON itself is accepted too.
    expect(ledgerFromJSON(ledgerToJSON(ledger), cica).ledger?.size).toBe(2);
  });

  it("gives a loaded ledger that can be recorded into like any other", () => {
    const loaded = ledgerFromJSON(JSON.stringify(ledgerToJSON(ledgerOf(report()))), cica);
    expect(loaded.ok).toBe(true);
    const ledger = loaded.ledger!;
    expect(recordReport(ledger, report(), cica).outcome).toBe("unchanged");
    expect(recordReport(ledger, report({ submittedOn: "2026-03-09" }), cica).outcome).toBe("rejected");
    const next = recorded(ledger, report({ revision: 2, submittedOn: "2026-04-01" }));
    expect(next.size).toBe(2);
    expect(ledger.size).toBe(1);
  });

  it("rejects text that is not JSON", () => {
    for (const input of ["", "{", "not json", '{"schema":"cica-cbm/ledger@1","reports":[}']) {
      const loaded = ledgerFromJSON(input, cica);
      expect(loaded.ok).toBe(false);
      expect(loaded.ledger).toBeUndefined();
      expect(loaded.issues.map((issue) => [issue.rule, issue.path])).toEqual([["ledger.type", []]]);
      expect(loaded.issues[0]?.message).toContain("not JSON");
    }
  });

  it("rejects a document without the ledger schema tag, or of another shape", () => {
    for (const input of [
      { reports: [] },
      { schema: "cica-cbm/ledger@2", reports: [] },
      { schema: "cica-cbm/report@1", reports: [] },
      { schema: "cica-cbm/ledger@1" },
      { schema: "cica-cbm/ledger@1", reports: {} },
      [],
      null,
      42,
      "[]",
      "null",
      '"cica-cbm/ledger@1"',
      undefined,
    ]) {
      const loaded = ledgerFromJSON(input, cica);
      expect(loaded.ok, JSON.stringify(input)).toBe(false);
      expect(loaded.issues.map((issue) => issue.rule)).toEqual(["ledger.type"]);
      expect(loaded.issues[0]?.path).toEqual([]);
    }
  });

  it("rejects a document with an invalid report, locating the issue under its index", () => {
    const doc = {
      schema: LEDGER_SCHEMA_ID,
      reports: [
        report(),
        report({ reporter: "CN", id: "CN-2025", entries: [{ measure: "2.1.2", status: "done" }] }),
        report({ reporter: "TR", id: "TR-2025", year: "2025" }),
      ],
    };
    const loaded = ledgerFromJSON(JSON.stringify(doc), cica);
    expect(loaded.ok).toBe(false);
    expect(loaded.ledger).toBeUndefined();
    const errors = loaded.issues.filter((issue) => issue.severity === "error");
    expect(errors.map((issue) => issue.path.slice(0, 2))).toEqual([
      ["reports", 1],
      ["reports", 2],
    ]);
    expect(errors[0]).toMatchObject({ rule: "status.unknown", path: ["reports", 1, "entries", 0, "status"] });
    expect(errors[1]).toMatchObject({ rule: "field.type", path: ["reports", 2, "year"] });
  });

  it("rejects two different contents under one revision as a ledger.conflict", () => {
    const doc = { schema: LEDGER_SCHEMA_ID, reports: [report(), report({ reporter: "CN", id: "CN-2025" }), report({ submittedOn: "2026-03-07" })] };
    const loaded = ledgerFromJSON(doc, cica);
    expect(loaded.ok).toBe(false);
    expect(loaded.ledger).toBeUndefined();
    expect(loaded.issues).toHaveLength(1);
    expect(loaded.issues[0]).toMatchObject({
      rule: "ledger.conflict",
      severity: "error",
      path: ["reports", 2, "revision"],
      params: { reporter: "KZ", year: 2025, revision: 1, recordedOn: "2026-03-01", submittedOn: "2026-03-07" },
    });
    expect(loaded.issues[0]?.message).toContain("2026-03-07");
  });

  it("names the next free revision in a ledger.conflict found while loading (as recordReport does)", () => {
    // Revisions 1 and 2 are recorded; a second, different revision 1 must be sent as revision 3, not 2.
    const doc = { schema: LEDGER_SCHEMA_ID, reports: [report(), report({ revision: 2, submittedOn: "2026-04-01" }), report({ submittedOn: "2026-03-07" })] };
    const loaded = ledgerFromJSON(doc, cica);
    expect(loaded.ok).toBe(false);
    expect(loaded.issues[0]?.rule).toBe("ledger.conflict");
    expect(loaded.issues[0]?.params).toMatchObject({ next: 3 });
    expect(loaded.issues[0]?.message).toContain("revision 3");
  });

  it("dedupes identical duplicates of a revision", () => {
    const reordered = Object.fromEntries(Object.entries(report()).reverse());
    const doc = { schema: LEDGER_SCHEMA_ID, reports: [report(), report({ reporter: "CN", id: "CN-2025" }), report(), reordered] };
    const loaded = ledgerFromJSON(JSON.stringify(doc), cica);
    expect(loaded.ok).toBe(true);
    expect(loaded.issues).toEqual([]);
    expect(loaded.ledger?.size).toBe(2);
    expect(summary(reportHistory(loaded.ledger!))).toEqual(["CN/cica@2021/2025/r1", "KZ/cica@2021/2025/r1"]);
    // The first copy is the one kept, with its key order.
    expect(JSON.stringify(reportHistory(loaded.ledger!, { reporter: "KZ" })[0])).toBe(JSON.stringify(report()));
  });

  it("loads a document whose reports are not sorted, and writes them back sorted", () => {
    const doc = {
      schema: LEDGER_SCHEMA_ID,
      reports: [report({ revision: 2, submittedOn: "2026-04-01" }), report({ reporter: "CN", id: "CN-2025" }), report()],
    };
    const loaded = ledgerFromJSON(doc, cica);
    expect(loaded.ok).toBe(true);
    expect(summary(ledgerToJSON(loaded.ledger!).reports)).toEqual(["CN/cica@2021/2025/r1", "KZ/cica@2021/2025/r1", "KZ/cica@2021/2025/r2"]);
    expect(currentReports(loaded.ledger!, { reporter: "KZ" }).map((r) => r.revision)).toEqual([2]);
  });

  it("never throws on hostile documents", () => {
    const cyclic: Record<string, unknown> = { schema: LEDGER_SCHEMA_ID };
    cyclic.reports = [cyclic];
    const getter = {
      schema: LEDGER_SCHEMA_ID,
      reports: [
        Object.defineProperty({}, "schema", {
          enumerable: true,
          get: () => {
            throw new Error("boom");
          },
        }),
      ],
    };
    for (const input of [cyclic, getter, { schema: LEDGER_SCHEMA_ID, reports: [null, 1, "x", []] }]) {
      const loaded = ledgerFromJSON(input, cica);
      expect(loaded.ok).toBe(false);
      expect(loaded.issues.every((issue) => issue.path[0] === "reports")).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Misuse

describe("misuse", () => {
  const notLedgers: unknown[] = [
    undefined,
    null,
    0,
    "ledger",
    {},
    [],
    { kind: "cica-cbm/ledger", size: 0 },
    { ...createLedger() },
    JSON.parse(JSON.stringify(createLedger())),
    structuredClone(ledgerOf(report())),
    ledgerToJSON(createLedger()),
  ];

  const calls: Record<string, (ledger: unknown) => unknown> = {
    recordReport: (ledger) => recordReport(ledger as Ledger, report(), cica),
    currentReports: (ledger) => currentReports(ledger as Ledger),
    reportHistory: (ledger) => reportHistory(ledger as Ledger, { reporter: "KZ" }),
    ledgerToJSON: (ledger) => ledgerToJSON(ledger as Ledger),
  };

  for (const [name, call] of Object.entries(calls)) {
    it(`makes ${name} throw a CbmError invalid-argument when given something that is not a ledger`, () => {
      for (const value of notLedgers) {
        let thrown: unknown;
        try {
          call(value);
        } catch (error) {
          thrown = error;
        }
        expect(isCbmError(thrown), `${name}(${JSON.stringify(value)})`).toBe(true);
        expect((thrown as { code: string }).code).toBe("invalid-argument");
        // The message starts with the function called (it names the others as the way to make a ledger).
        expect((thrown as Error).message.startsWith(`${name}: `)).toBe(true);
      }
    });
  }

  it("names context.lang when a language of one's own lacks the ledger's messages, in ledgerFromJSON as in recordReport", () => {
    const messages = Object.fromEntries(Object.entries(en.messages).filter(([key]) => !key.startsWith("ledger.")));
    const lang = { ...en, code: "xx", messages } as unknown as NonNullable<ValidationContext["lang"]>;
    expect(() => ledgerFromJSON("{}", { ...cica, lang })).toThrowError(/^ledgerFromJSON: context\.lang must be .*messages\["ledger\.type"\] is missing/);
    expect(() => recordReport(createLedger(), {}, { ...cica, lang })).toThrowError(
      /^recordReport: context\.lang must be .*messages\["ledger\.type"\] is missing/,
    );
  });

  it("makes recordReport and ledgerFromJSON throw a CbmError when the context has no registry", () => {
    for (const call of [
      () => recordReport(createLedger(), report(), {} as ValidationContext),
      () => ledgerFromJSON("{}", null as unknown as ValidationContext),
    ]) {
      let thrown: unknown;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expect(isCbmError(thrown)).toBe(true);
      expect((thrown as { code: string }).code).toBe("invalid-argument");
    }
  });

  it("checks the ledger before the input: a bad ledger throws even when the input is bad too", () => {
    expect(() => recordReport({} as Ledger, null, cica)).toThrow(/recordReport/);
  });
});

describe("ledgerFromJSON and report ids", () => {
  it("warns, as recordReport does, when the revisions of one report in a document use different ids", () => {
    const base = BASE;
    const loaded = ledgerFromJSON({ schema: "cica-cbm/ledger@1", reports: [base, { ...base, revision: 2, id: "KZ-2025-b" }] }, cica);
    expect(loaded.ok).toBe(true);
    expect(loaded.issues.map((i) => [i.rule, i.severity, i.path])).toEqual([["ledger.id-changed", "warning", ["reports", 1, "id"]]]);
  });

  it("warns about an id that changes back, as recordReport does for the same revisions in the same order", () => {
    const revisions = [report(), report({ revision: 2, id: "KZ-2025-b", submittedOn: "2026-04-01" }), report({ revision: 3, submittedOn: "2026-05-01" })];
    const loaded = ledgerFromJSON({ schema: "cica-cbm/ledger@1", reports: revisions }, cica);
    let ledger = createLedger();
    const onRecord = revisions.flatMap((input, index) => {
      const result = recordReport(ledger, input, cica);
      ledger = result.ledger;
      return result.issues.map((issue) => [issue.rule, ["reports", index, ...issue.path], issue.params.recordedId]);
    });
    // Revision 3 goes back to "KZ-2025": it differs from revision 2's id, so it is flagged too.
    expect(onRecord).toEqual([
      ["ledger.id-changed", ["reports", 1, "id"], "KZ-2025"],
      ["ledger.id-changed", ["reports", 2, "id"], "KZ-2025-b"],
    ]);
    expect(loaded.issues.map((i) => [i.rule, i.path, i.params.recordedId])).toEqual(onRecord);
  });

  it("names as next free revision one above every revision of the report in the document, later ones included", () => {
    const loaded = ledgerFromJSON(
      { schema: "cica-cbm/ledger@1", reports: [report(), report({ submittedOn: "2026-03-02" }), report({ revision: 4, submittedOn: "2026-06-01" })] },
      cica,
    );
    expect(loaded.ok).toBe(false);
    expect(loaded.issues.map((i) => [i.rule, i.path, i.params.next])).toEqual([["ledger.conflict", ["reports", 1, "revision"], 5]]);
  });
});

describe("recordReport: back-dated revisions", () => {
  it("warns when a revision is dated before the revision it follows, and still records it", () => {
    const ledger = ledgerOf(report({ submittedOn: "2026-06-10" }));
    const result = recordReport(ledger, report({ revision: 2, submittedOn: "2026-03-01" }), cica);
    expect(result.outcome).toBe("recorded");
    expect(result.issues.map((i) => [i.rule, i.severity, i.path])).toEqual([["ledger.backdated", "warning", ["submittedOn"]]]);
    expect(result.issues[0]?.params).toMatchObject({ revision: 2, submittedOn: "2026-03-01", earlier: 1, earlierOn: "2026-06-10" });
    expect(result.issues[0]?.message).toContain("counts from 2026-06-10");
  });

  it("warns, naming the higher revision, when a lower revision arriving late is dated after it", () => {
    const ledger = ledgerOf(report({ revision: 2, submittedOn: "2026-03-01" }));
    const result = recordReport(ledger, report({ submittedOn: "2026-06-10" }), { ...cica, lang: "ru" });
    expect(result.outcome).toBe("recorded");
    expect(result.issues.map((i) => [i.rule, i.messageKey])).toEqual([["ledger.backdated", "ledger.backdated.later"]]);
    expect(result.issues[0]?.params).toMatchObject({ revision: 2, submittedOn: "2026-03-01", earlier: 1, earlierOn: "2026-06-10" });
    expect(result.issues[0]?.message).toContain("Редакция 2");
  });

  it("compares a revision with the latest-dated of the lower revisions, whatever order they were recorded in", () => {
    const backdated = report({ revision: 3, submittedOn: "2026-03-05" });
    for (const ledger of [
      ledgerOf(report({ submittedOn: "2026-03-01" }), report({ revision: 2, submittedOn: "2026-03-10" })),
      ledgerOf(report({ revision: 2, submittedOn: "2026-03-10" }), report({ submittedOn: "2026-03-01" })),
    ]) {
      const result = recordReport(ledger, backdated, cica);
      expect(result.issues.map((i) => [i.rule, i.messageKey, i.path, i.params.earlier, i.params.earlierOn])).toEqual([
        ["ledger.backdated", "ledger.backdated", ["submittedOn"], 2, "2026-03-10"],
      ]);
    }
  });

  it("never compares a revision with a higher one as the revision it follows", () => {
    // Revision 1 arrives last, dated before revision 2: the order of the dates is right, nothing to say.
    const ledger = ledgerOf(report({ revision: 2, submittedOn: "2026-03-10" }));
    expect(recordReport(ledger, report({ submittedOn: "2026-03-01" }), cica).issues).toEqual([]);
    expect(recordReport(ledger, report({ submittedOn: "2026-03-10" }), cica).issues).toEqual([]);
  });

  it("names the lowest of the higher revisions dated before a lower revision arriving late, at the late one's submittedOn", () => {
    const ledger = ledgerOf(
      report({ revision: 3, submittedOn: "2026-03-02" }),
      report({ revision: 2, submittedOn: "2026-03-01" }),
      report({ revision: 4, submittedOn: "2026-07-01" }),
    );
    const result = recordReport(ledger, report({ submittedOn: "2026-06-10" }), cica);
    expect(result.issues.map((i) => [i.messageKey, i.path, i.params.revision, i.params.submittedOn, i.params.earlier, i.params.earlierOn])).toEqual([
      ["ledger.backdated.later", ["submittedOn"], 2, "2026-03-01", 1, "2026-06-10"],
    ]);
    // Located under the report's place in a ledger document too.
    const loaded = ledgerFromJSON(
      { schema: "cica-cbm/ledger@1", reports: [report({ revision: 2, submittedOn: "2026-03-01" }), report({ submittedOn: "2026-06-10" })] },
      cica,
    );
    expect(loaded.issues.map((i) => [i.messageKey, i.path])).toEqual([["ledger.backdated.later", ["reports", 1, "submittedOn"]]]);
  });

  it("warns of a lower revision arriving late only when a higher one is dated strictly before it", () => {
    const ledger = ledgerOf(report({ revision: 2, submittedOn: "2026-03-01" }), report({ revision: 3, submittedOn: "2026-08-01" }));
    expect(recordReport(ledger, report({ submittedOn: "2026-03-01" }), cica).issues).toEqual([]);
    expect(recordReport(ledger, report({ submittedOn: "2026-03-02" }), cica).issues.map((i) => i.params.revision)).toEqual([2]);
  });

  it("says nothing of revisions in date order, or dated on the same day", () => {
    const ledger = ledgerOf(report({ submittedOn: "2026-03-01" }));
    expect(recordReport(ledger, report({ revision: 2, submittedOn: "2026-03-01" }), cica).issues).toEqual([]);
    expect(recordReport(ledger, report({ revision: 2, submittedOn: "2026-03-02" }), cica).issues).toEqual([]);
  });
});
