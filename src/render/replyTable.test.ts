import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { reportingRate } from "../aggregate/reportingRate.js";
import { validateReports } from "../reports/validateReports.js";
import { formatShare } from "./formatShare.js";
import { rateTable } from "./rateTable.js";
import { replyTable } from "./replyTable.js";
import { toCsv } from "./toCsv.js";
import { catchError, expectCbmError, nilReport, registry, report } from "../../test/support/aggregateFixtures.js";

// Built inside each test that reads them (docs/testing.md: fixtures belong inside the tests).
const results = () =>
  validateReports(
    [
      { input: report("KZ", { submittedOn: "2026-02-30" }), origin: { file: "kz.json" } },
      { input: { ...report("UZ"), entries: [{ measure: "2.1.2", status: "implemnted" }] }, origin: { file: "batch.ndjson", line: 4 } },
      { input: "not a report", origin: { row: 7 } },
    ],
    cica,
  );
const rate = () => reportingRate([nilReport("MN"), report("KW", { year: 2022 }), report("SA")], { registry }, { year: 2025, rejected: results() });

describe("replyTable: rejected submissions", () => {
  it("says 'received, rejected' with the report and the rules, apart from 'missing', in English", () => {
    const table = replyTable(rate(), { registry });
    expect(table.rows.find((r) => r.code === "KZ")).toMatchObject({ reply: "received, rejected", rejected: "KZ-2025 r1 (kz.json): field.date" });
    expect(table.rows.find((r) => r.code === "UZ")).toMatchObject({
      reply: "received, rejected",
      rejected: "UZ-2025 r1 (batch.ndjson line 4): status.unknown",
    });
    expect(table.rows.find((r) => r.code === "AF")).toMatchObject({ reply: "missing", rejected: "" });
  });

  it("says it in Russian, with the line of the file in Russian", () => {
    const table = replyTable(rate(), { registry, lang: "ru" });
    expect(table.rows.find((r) => r.code === "KZ")).toMatchObject({ reply: "получен, отклонён" });
    expect(table.rows.find((r) => r.code === "UZ")?.rejected).toBe("UZ-2025 r1 (batch.ndjson строка 4): status.unknown");
    expect(table.rows.find((r) => r.code === "AF")).toMatchObject({ reply: "нет" });
  });

  it("lists a rejected submission with no readable identity last, by its origin", () => {
    const en = replyTable(rate(), { registry });
    const last = en.rows.at(-1);
    expect(last).toMatchObject({ code: "", basis: "no readable identity", reply: "received, rejected" });
    expect(last?.rejected).toMatch(/^row 7: \S/);
    expect(replyTable(rate(), { registry, lang: "ru" }).rows.at(-1)).toMatchObject({ basis: "реквизиты не читаются", reply: "получен, отклонён" });
  });
});

describe("replyTable: each rejected submission of a state", () => {
  it("lists every rejected submission of a state in its cell, parted by semicolons, each with its rules parted by commas, and names one without an origin by its identity alone", () => {
    const twice = validateReports(
      [
        { input: report("KZ", { submittedOn: "2026-02-30" }), origin: { file: "kz.json" } },
        { input: { ...report("KZ", { revision: 2, submittedOn: "2026-13-01" }), entries: [{ measure: "2.1.2", status: "implemnted" }] } },
      ],
      cica,
    );
    const table = replyTable(reportingRate([], { registry }, { year: 2025, rejected: twice }), { registry });
    expect(table.rows.find((r) => r.code === "KZ")?.rejected).toBe("KZ-2025 r1 (kz.json): field.date; KZ-2025 r2: field.date, status.unknown");
  });

  it("leaves the code and name of a submission with no readable identity empty, and names no state for it", () => {
    const last = replyTable(rate(), { registry }).rows.at(-1);
    expect(last).toMatchObject({ code: "", state: "" });
  });
});

describe("replyTable: observers and states that were members for part of the year", () => {
  it("marks an observer's reply and a newcomer's reply apart, after the expected states", () => {
    const table = replyTable(rate(), { registry });
    const year2022 = reportingRate([report("KW", { year: 2022 })], { registry }, { year: 2022 });
    expect(replyTable(year2022, { registry }).rows.at(-1)).toMatchObject({ code: "KW", basis: "voluntary (member for part of the year)" });
    expect(replyTable(year2022, { registry, lang: "ru" }).rows.at(-1)).toMatchObject({ code: "KW", basis: "добровольно (член часть года)" });
    expect(table.rows.find((r) => r.code === "SA")?.basis).toBe("voluntary (observer)");
    expect(replyTable(rate(), { registry, lang: "ru" }).rows.find((r) => r.code === "SA")?.basis).toBe("добровольно (наблюдатель)");
    const firstVoluntary = table.rows.findIndex((r) => String(r.basis).startsWith("voluntary"));
    expect(table.rows.slice(0, firstVoluntary).every((r) => r.basis === "expected (member)")).toBe(true);
    expect(table.rows.find((r) => r.code === "KZ")?.basis).toBe("expected (member)");
  });

  it("leaves the voluntary replies out with voluntary: false, and only them", () => {
    const all = replyTable(rate(), { registry });
    const expectedOnly = replyTable(rate(), { registry, voluntary: false });
    expect(all.rows.some((r) => r.code === "SA")).toBe(true);
    expect(expectedOnly.rows.some((r) => r.code === "SA")).toBe(false);
    expect(expectedOnly.rows).toHaveLength(all.rows.length - rate().voluntary.length);
    expect(expectedOnly.rows.filter((r) => r.code !== "").map((r) => r.code)).toEqual(rate().rows.map((r) => r.state));
  });
});

describe("rateTable", () => {
  it("gives the counts of the year, the rejected apart, and the rate as a percentage by formatShare", () => {
    const table = rateTable(rate());
    expect(table.columns.map((c) => c.label)).toEqual([
      "Year",
      "Expected",
      "Replied",
      "Reported",
      "Nil reports",
      "Late",
      "Rejected only",
      "Missing",
      "Voluntary",
      "Reporting rate",
    ]);
    expect(table.rows).toEqual([
      { year: 2025, expected: 28, replied: 1, reported: 0, nil: 1, late: 0, rejectedCount: 2, missing: 25, voluntary: 1, rate: formatShare(1 / 28) },
    ]);
    expect(table.rows[0]?.rate).toBe("4%");
  });

  it("writes the rate as a number from 0 to 1 with four decimals when a machine reads it", () => {
    expect(rateTable(rate(), { share: "number" }).rows[0]?.rate).toBe(0.0357);
    expect(toCsv(rateTable(rate(), { share: "number" })).split("\r\n")[1]).toBe("2025,28,1,0,1,0,2,25,1,0.0357");
    const none = reportingRate([], { registry: { ...registry, participants: [] } }, { year: 2025 });
    expect(rateTable(none, { share: "number" }).rows[0]?.rate).toBeNull();
    expect(rateTable(none).rows[0]?.rate).toBe("–");
  });

  it("labels its columns in Russian", () => {
    expect(rateTable(rate(), { lang: "ru" }).columns.map((c) => c.label)).toEqual([
      "Год",
      "Ожидалось",
      "Ответили",
      "С отчётом",
      "Нулевых отчётов",
      "С опозданием",
      "Только отклонённые",
      "Не ответили",
      "Добровольно",
      "Доля ответивших",
    ]);
  });
});

describe("formatShare", () => {
  it("writes whole percentages, never 0% for some nor 100% for not all", () => {
    expect(formatShare(24 / 28)).toBe("86%");
    expect(formatShare(0)).toBe("0%");
    expect(formatShare(1)).toBe("100%");
    expect(formatShare(0.004)).toBe("<1%");
    expect(formatShare(0.005)).toBe("1%");
    expect(formatShare(0.995)).toBe(">99%");
    expect(formatShare(0.994)).toBe("99%");
    expect(formatShare(27 / 28)).toBe("96%");
    expect(formatShare(null)).toBe("–");
  });

  it("refuses a number outside 0 to 1", () => {
    for (const bad of [-0.1, 1.01, Number.NaN, Number.POSITIVE_INFINITY, "0.5"]) expectCbmError(() => formatShare(bad as never), "invalid-argument");
  });

  it("says in its error what a share is and which value it got", () => {
    for (const bad of [-0.1, 1.01, Number.NaN]) {
      expect(catchError(() => formatShare(bad))).toMatchObject({
        message: `formatShare: a share is a number from 0 to 1 or null (got ${String(bad)}).`,
      });
    }
  });
});
