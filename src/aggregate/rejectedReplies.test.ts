import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { validateReports } from "../reports/validateReports.js";
import { reportingRate } from "./reportingRate.js";
import { expectCbmError, nilReport, registry, report } from "../../test/support/aggregateFixtures.js";

/** Validates `inputs` as a batch of files named `NAME.json`, as the Secretariat's tool would. */
const validated = (inputs: readonly [file: string, input: unknown][]) =>
  validateReports(
    inputs.map(([file, input]) => ({ input, origin: { file } })),
    cica,
  );

describe("reportingRate with rejected submissions", () => {
  const badDate = report("KZ", { submittedOn: "2026-02-30" });
  const badStatus = { ...report("UZ"), entries: [{ measure: "2.1.2", status: "implemnted" }] };
  const results = validated([
    ["kz.json", badDate],
    ["uz.json", badStatus],
    ["mn.json", nilReport("MN")],
  ]);
  const accepted = results.flatMap((r) => (r.ok ? [r.report] : []));

  it("tells a state whose only submission was rejected apart from one that sent nothing", () => {
    const rate = reportingRate(accepted, { registry }, { year: 2025, rejected: results });
    expect(rate.rows.find((r) => r.state === "KZ")).toMatchObject({ reply: "rejected", entries: 0, late: false });
    expect(rate.rows.find((r) => r.state === "AF")).toMatchObject({ reply: "missing" });
    expect(rate.rows.find((r) => r.state === "AF")).not.toHaveProperty("rejected");
    expect(rate.rows.find((r) => r.state === "KZ")?.rejected).toEqual([
      { identity: { id: "KZ-2025", reporter: "KZ", year: 2025, revision: 1 }, origin: { file: "kz.json" }, rules: ["field.date"] },
    ]);
    expect(rate.rows.find((r) => r.state === "UZ")?.rejected?.[0]?.rules).toEqual(["status.unknown"]);
  });

  it("counts a rejected submission apart: neither a reply in the rate nor missing", () => {
    const without = reportingRate(accepted, { registry }, { year: 2025 });
    const withIt = reportingRate(accepted, { registry }, { year: 2025, rejected: results });
    expect(without).toMatchObject({ replied: 1, rejected: 0, missing: 27 });
    expect(withIt).toMatchObject({ replied: 1, rejected: 2, missing: 25 });
    expect(withIt.rate).toBe(without.rate);
    expect(withIt.replied + withIt.rejected + withIt.missing).toBe(withIt.expected);
  });

  it("keeps the accepted reply of a state and lists its other, rejected submission beside it", () => {
    const second = { ...report("MN", { id: "MN-2025-B" }), comment: "unknown key" };
    const all = validated([
      ["mn.json", nilReport("MN")],
      ["mn-b.json", second],
    ]);
    const rate = reportingRate([nilReport("MN")], { registry }, { year: 2025, rejected: all });
    const mn = rate.rows.find((r) => r.state === "MN");
    expect(mn).toMatchObject({ reply: "nil" });
    expect(mn?.rejected?.map((r) => [r.identity?.id, r.origin?.file])).toEqual([["MN-2025-B", "mn-b.json"]]);
    expect(rate).toMatchObject({ replied: 1, rejected: 0 });
  });

  it("lists the rules of errors only, each once and sorted, not the warnings", () => {
    const outcome = {
      ok: false,
      identity: { id: "KZ-2025", reporter: "KZ", year: 2025, revision: 1 },
      issues: [
        { rule: "status.unknown", severity: "error" as const },
        { rule: "field.date", severity: "error" as const },
        { rule: "status.unknown", severity: "error" as const },
        { rule: "reporter.observer", severity: "warning" as const },
      ],
    };
    const rate = reportingRate([], { registry }, { year: 2025, rejected: [outcome] });
    expect(rate.rows.find((r) => r.state === "KZ")?.rejected?.[0]?.rules).toEqual(["field.date", "status.unknown"]);
  });

  it("leaves out rejected submissions of another year, and results that were accepted", () => {
    const other = validated([["kz-2024.json", report("KZ", { year: 2024, submittedOn: "2025-02-30" })]]);
    const rate = reportingRate(accepted, { registry }, { year: 2025, rejected: [...other, ...results.filter((r) => r.ok)] });
    expect(rate.rejected).toBe(0);
    expect(rate.rows.find((r) => r.state === "KZ")).toMatchObject({ reply: "missing" });
    expect(rate.rows.find((r) => r.state === "MN")).not.toHaveProperty("rejected");
  });

  it("lists an observer's or an unknown reporter's rejected submission under voluntary, sorted by code, outside the rate", () => {
    const all = validated([
      ["xx.json", { ...report("XX"), submittedOn: "2026-02-30" }],
      ["sa.json", { ...report("SA"), submittedOn: "2026-02-30" }],
    ]);
    const rate = reportingRate([], { registry }, { year: 2025, rejected: all });
    expect(rate.voluntary.map((r) => [r.state, r.status, r.reply])).toEqual([
      ["SA", "observer", "rejected"],
      ["XX", "none", "rejected"],
    ]);
    expect(rate.rejected).toBe(0);
  });

  it("keeps rejected submissions with no readable identity apart, so that none is lost", () => {
    const all = validated([
      ["notes.txt", "not a report"],
      ["kz.json", badDate],
    ]);
    const rate = reportingRate([], { registry }, { year: 2025, rejected: all });
    expect(rate.unidentified).toHaveLength(1);
    expect(rate.unidentified[0]).toMatchObject({ identity: null, origin: { file: "notes.txt" } });
    expect(rate.unidentified[0]?.rules.length).toBeGreaterThan(0);
    expect(reportingRate([], { registry }, { year: 2025 }).unidentified).toEqual([]);
  });

  it("gives the same answer whatever the order of the rejected submissions (by report id, revision, then origin), and changes none of them", () => {
    const all = validated([
      ["b.json", { ...badDate, id: "KZ-2025-B" }],
      ["z.json", badDate],
      ["a.json", badDate],
      ["notes-2.txt", "no report"],
      ["notes-1.txt", "no report"],
    ]);
    const frozen = JSON.stringify(all);
    const forward = reportingRate([], { registry }, { year: 2025, rejected: all });
    const backward = reportingRate([], { registry }, { year: 2025, rejected: [...all].reverse() });
    expect(forward.rows.find((r) => r.state === "KZ")?.rejected?.map((r) => r.origin?.file)).toEqual(["a.json", "z.json", "b.json"]);
    expect(forward.unidentified.map((r) => r.origin?.file)).toEqual(["notes-1.txt", "notes-2.txt"]);
    expect(backward).toEqual(forward);
    expect(JSON.stringify(all)).toBe(frozen);
  });

  it("refuses a rejected option that is not a list of validation results", () => {
    expectCbmError(() => reportingRate([], { registry }, { year: 2025, rejected: 3 as never }), "invalid-argument");
    expectCbmError(() => reportingRate([], { registry }, { year: 2025, rejected: [{ identity: null }] as never }), "invalid-argument");
  });
});
