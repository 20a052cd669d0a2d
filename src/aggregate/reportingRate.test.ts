import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { membersOn } from "../participants/membersOn.js";
import { toReportSummary } from "./toReportSummary.js";
import { reportingRate } from "./reportingRate.js";
import { registry, report, nilReport, entry, expectCbmError, catchError } from "../../test/support/aggregateFixtures.js";
import { validateReports } from "../reports/validateReports.js";

describe("reportingRate", () => {
  it("does not expect Kuwait for 2022, the year it joined, and lists its reply as voluntary, outside the rate", () => {
    const rate = reportingRate([report("KW", { year: 2022 })], { registry }, { year: 2022 });
    expect(rate.expected).toBe(27);
    expect(rate.rows.map((r) => r.state)).not.toContain("KW");
    expect(rate.replied).toBe(0);
    expect(rate.rate).toBe(0);
    expect(rate.voluntary).toHaveLength(1);
    expect(rate.voluntary[0]).toMatchObject({ state: "KW", status: "member", reply: "report" });
  });

  it("expects Kuwait from 2023, the first whole year of its membership", () => {
    const rate = reportingRate([report("KW", { year: 2023 })], { registry }, { year: 2023 });
    expect(rate.expected).toBe(28);
    expect(rate.rows.find((r) => r.state === "KW")).toMatchObject({ status: "member", reply: "report" });
    expect(rate.replied).toBe(1);
    expect(rate.rate).toBeCloseTo(1 / 28, 12);
    expect(rate.voluntary).toEqual([]);
  });

  it("counts an observer's report apart, in voluntary, and never changes the rate with it", () => {
    const members = [report("KZ", { year: 2024 }), nilReport("MN", { year: 2024 })];
    const saudi = report("SA", { year: 2024 });
    const without = reportingRate(members, { registry }, { year: 2024 });
    const withIt = reportingRate([...members, saudi], { registry }, { year: 2024 });
    expect(withIt.rate).toBe(without.rate);
    expect(withIt.rate).toBeCloseTo(2 / 28, 12);
    expect({ ...withIt, voluntary: [] }).toEqual({ ...without, voluntary: [] });
    expect(without.voluntary).toEqual([]);
    expect(withIt.voluntary).toHaveLength(1);
    expect(withIt.voluntary[0]).toMatchObject({ state: "SA", status: "observer", reply: "report", entries: 1 });
    expect(withIt.rows.map((r) => r.state)).not.toContain("SA");
  });

  it("counts a nil report as a reply, in nil and not in reported", () => {
    const rate = reportingRate([nilReport("MN"), report("KZ")], { registry }, { year: 2025 });
    expect(rate).toMatchObject({ expected: 28, replied: 2, reported: 1, nil: 1, missing: 26 });
    expect(rate.rows.find((r) => r.state === "MN")).toMatchObject({ reply: "nil", entries: 0, revision: 1 });
    expect(rate.rows.find((r) => r.state === "KZ")).toMatchObject({ reply: "report", entries: 1 });
    expect(rate.rate).toBeCloseTo(2 / 28, 12);
  });

  it("judges lateness by the first counted revision, so a late correction of an on-time reply is not late", () => {
    const onTime = report("KZ", { submittedOn: "2026-03-01" });
    const correction = report("KZ", { revision: 2, submittedOn: "2026-07-01", entries: [entry("2.1.2"), entry("HUM.1")] });
    const lateReply = report("UZ", { submittedOn: "2026-06-15" });
    const rate = reportingRate([correction, lateReply, onTime], { registry }, { year: 2025, deadline: "2026-05-31" });
    const kz = rate.rows.find((r) => r.state === "KZ");
    expect(kz).toMatchObject({ late: false, revision: 2, firstSubmittedOn: "2026-03-01", entries: 2 });
    expect(rate.rows.find((r) => r.state === "UZ")).toMatchObject({ late: true, firstSubmittedOn: "2026-06-15" });
    expect(rate.late).toBe(1);
  });

  it("counts a reply submitted on the deadline day as on time", () => {
    const rate = reportingRate([report("KZ", { submittedOn: "2026-05-31" })], { registry }, { year: 2025, deadline: "2026-05-31" });
    expect(rate.late).toBe(0);
  });

  it("never marks a missing state late", () => {
    const rate = reportingRate([], { registry }, { year: 2025, deadline: "2026-05-31" });
    expect(rate.rows.every((r) => r.reply === "missing" && !r.late)).toBe(true);
    expect(rate.late).toBe(0);
  });

  it("ignores revisions submitted after asOf: a report whose only revision comes later is missing", () => {
    const rate = reportingRate([report("KZ", { submittedOn: "2026-07-01" })], { registry }, { year: 2025, asOf: "2026-06-30" });
    expect(rate.rows.find((r) => r.state === "KZ")).toMatchObject({ reply: "missing", entries: 0 });
    expect(rate.replied).toBe(0);
    expect(rate.missing).toBe(28);
  });

  it("counts the revision submitted before asOf when a later one exists", () => {
    const first = report("KZ", { submittedOn: "2026-03-01" });
    const second = report("KZ", { revision: 2, submittedOn: "2026-08-01", nil: true, entries: [] });
    const asOf = reportingRate([first, second], { registry }, { year: 2025, asOf: "2026-06-30" });
    expect(asOf.rows.find((r) => r.state === "KZ")).toMatchObject({ reply: "report", revision: 1, entries: 1, firstSubmittedOn: "2026-03-01" });
    const now = reportingRate([first, second], { registry }, { year: 2025 });
    expect(now.rows.find((r) => r.state === "KZ")).toMatchObject({ reply: "nil", revision: 2, entries: 0, firstSubmittedOn: "2026-03-01" });
  });

  it("has one row per expected state, sorted by code, and nothing else in rows", () => {
    const rate = reportingRate([report("UZ"), report("AF"), report("SA"), report("KZ")], { registry }, { year: 2025 });
    const states = rate.rows.map((r) => r.state);
    expect(states).toEqual([...states].sort());
    expect(new Set(states).size).toBe(states.length);
    expect(states).toEqual(membersOn(registry, "2025-01-01").map((p) => p.code));
    expect(rate.rows.every((r) => r.status === "member")).toBe(true);
    expect(rate.replied + rate.missing).toBe(rate.expected);
  });

  it("counts only the catalogue asked for, when one is given", () => {
    const reports = [report("KZ"), report("UZ", { catalogue: "cica@2004", entries: [entry("3.4")] })];
    expect(reportingRate(reports, { registry }, { year: 2025, catalogue: "cica@2021" }).replied).toBe(1);
    expect(reportingRate(reports, { registry }, { year: 2025 }).replied).toBe(2);
  });

  it("gives a null rate when no state is expected, as in 1990", () => {
    const rate = reportingRate([report("KZ", { year: 1990 })], { registry }, { year: 1990 });
    expect(rate).toMatchObject({ year: 1990, expected: 0, replied: 0, missing: 0, rate: null, rows: [] });
    expect(rate.voluntary).toHaveLength(1);
    expect(rate.voluntary[0]).toMatchObject({ state: "KZ", status: "none" });
  });

  it("throws a CbmError on an invalid year, deadline or asOf", () => {
    for (const year of [0, -1, 2025.5, 10000, Number.NaN]) expectCbmError(() => reportingRate([], { registry }, { year }), "invalid-argument");
    for (const deadline of ["2026-02-30", "2026-5-31", "31.05.2026", ""])
      expectCbmError(() => reportingRate([], { registry }, { year: 2025, deadline }), "invalid-date");
    expectCbmError(() => reportingRate([], { registry }, { year: 2025, asOf: "2026-13-01" }), "invalid-date");
  });

  it("accepts a summary made by the accumulator in place of the reports", () => {
    const reports = [report("KZ"), nilReport("MN")];
    expect(reportingRate(toReportSummary(reports), { registry }, { year: 2025 })).toEqual(reportingRate(reports, { registry }, { year: 2025 }));
  });
});

describe("membership history in the reporting rate", () => {
  it("does not expect Thailand for 2004, the year it joined, but expects it for 2005", () => {
    const in2004 = reportingRate([report("TH", { year: 2004 })], { registry }, { year: 2004 });
    expect(in2004.rows.map((r) => r.state)).not.toContain("TH");
    expect(in2004.voluntary.map((r) => r.state)).toEqual(["TH"]);
    expect(in2004.voluntary[0]?.status).toBe("member");
    const in2005 = reportingRate([report("TH", { year: 2005 })], { registry }, { year: 2005 });
    expect(in2005.rows.find((r) => r.state === "TH")).toMatchObject({ reply: "report" });
    expect(in2005.voluntary).toEqual([]);
    expect(in2005.expected).toBe(in2004.expected + 1);
  });

  it("counts Mongolia, dated only by the year 2001, from 2001-12-31, so it is expected from 2002", () => {
    expect(reportingRate([], { registry }, { year: 2001 }).rows.map((r) => r.state)).not.toContain("MN");
    expect(reportingRate([], { registry }, { year: 2002 }).rows.map((r) => r.state)).toContain("MN");
  });
});

describe("reportingRate's context", () => {
  it("reads the registry from a context shaped like cica, and throws a CbmError when it holds none", () => {
    expect(reportingRate([], cica, { year: 2025 }).expected).toBe(reportingRate([], { registry: cica.registry }, { year: 2025 }).expected);
    expect(() => reportingRate([], {} as typeof cica, { year: 2025 })).toThrowError(/no registry/);
    expect(() => reportingRate([], cica.registry as unknown as typeof cica, { year: 2025 })).toThrowError(/no registry/);
    expect(() => reportingRate([], undefined as unknown as typeof cica, { year: 2025 })).toThrowError(/context shaped like cica/);
  });

  it("throws for a catalogue filter the context does not hold, rather than count no reply", () => {
    expect(() => reportingRate([], cica, { year: 2025, catalogue: "cica@2012" })).toThrowError(/no catalogue "cica@2012"/);
    expect(reportingRate([], { registry: cica.registry }, { year: 2025, catalogue: "cica@2012" }).replied).toBe(0);
  });
});

describe("reportingRate: what its errors name, the catalogue filter and the voluntary list", () => {
  it("names itself, and the option at fault, in the message of each CbmError", () => {
    const message = (call: () => unknown) => (catchError(call) as Error).message;
    expect(message(() => reportingRate([], null as never, { year: 2025 }))).toMatch(/^reportingRate: /);
    expect(message(() => reportingRate([], {} as never, { year: 2025 }))).toMatch(/^reportingRate: the context holds no registry/);
    expect(message(() => reportingRate([], { registry }, { year: 2025, deadline: "2026-02-30" }))).toMatch(/^reportingRate: .*deadline/);
    expect(message(() => reportingRate([], { registry }, { year: 2025, asOf: "2026-02-30" }))).toMatch(/^reportingRate: .*asOf/);
  });

  it("counts, with a catalogue filter, the replies on that version only and takes the others as missing", () => {
    const reports = [report("KZ"), report("UZ", { catalogue: "cica@2004", entries: [entry("3.4")] })];
    const replies = (catalogue: string) =>
      reportingRate(reports, cica, { year: 2025, catalogue })
        .rows.filter((r) => r.state === "KZ" || r.state === "UZ")
        .map((r) => [r.state, r.reply, r.catalogues]);
    expect(replies("cica@2021")).toEqual([
      ["KZ", "report", ["cica@2021"]],
      ["UZ", "missing", []],
    ]);
    expect(replies("cica@2004")).toEqual([
      ["KZ", "missing", []],
      ["UZ", "report", ["cica@2004"]],
    ]);
  });

  it("gives a state that reported on two catalogue versions in one year one row: one reply, its entries summed, its first day the earlier", () => {
    // Kazakhstan replied on cica@2004 first (a nil report, on time) and on cica@2021 later (two revisions, after the deadline).
    const reports = [
      report("KZ", { revision: 2, submittedOn: "2026-06-20", entries: [entry("2.1.2"), entry("HUM.1")] }),
      report("KZ", { submittedOn: "2026-06-10" }),
      nilReport("KZ", { catalogue: "cica@2004", submittedOn: "2026-03-05" }),
    ];
    const rate = reportingRate(reports, { registry }, { year: 2025, deadline: "2026-05-31" });
    expect(rate.rows.filter((r) => r.state === "KZ")).toEqual([
      {
        state: "KZ",
        status: "member",
        reply: "report",
        late: false,
        revision: 2,
        firstSubmittedOn: "2026-03-05",
        entries: 2,
        catalogues: ["cica@2004", "cica@2021"],
      },
    ]);
    expect([rate.replied, rate.reported, rate.nil, rate.late]).toEqual([1, 1, 0, 0]);
    // The same replies in another order, and with entries on both versions: the entries add up.
    const both = [...reports.reverse(), report("KZ", { catalogue: "cica@2004", revision: 3, submittedOn: "2026-07-01", entries: [entry("3.4")] })];
    expect(reportingRate(both, { registry }, { year: 2025 }).rows.find((r) => r.state === "KZ")).toMatchObject({
      reply: "report",
      revision: 3,
      firstSubmittedOn: "2026-03-05",
      entries: 3,
    });
  });

  it("calls a state's reply nil only when its reports on every catalogue version are nil", () => {
    const nilOnBoth = [nilReport("KZ"), nilReport("KZ", { catalogue: "cica@2004" })];
    expect(reportingRate(nilOnBoth, { registry }, { year: 2025 }).rows.find((r) => r.state === "KZ")?.reply).toBe("nil");
    const nilOnOne = [report("KZ"), nilReport("KZ", { catalogue: "cica@2004" })];
    expect(reportingRate(nilOnOne, { registry }, { year: 2025 }).rows.find((r) => r.state === "KZ")?.reply).toBe("report");
    expect(reportingRate(nilOnOne.reverse(), { registry }, { year: 2025 }).rows.find((r) => r.state === "KZ")?.reply).toBe("report");
  });

  it("counts only the year asked for: a report on another year is no reply", () => {
    const rate = reportingRate([report("KZ", { year: 2024 }), report("UZ")], { registry }, { year: 2025 });
    expect(rate.rows.filter((r) => r.state === "KZ" || r.state === "UZ").map((r) => [r.state, r.reply])).toEqual([
      ["KZ", "missing"],
      ["UZ", "report"],
    ]);
    expect(rate.replied).toBe(1);
  });

  it("takes a state's first day from whichever catalogue version it replied on first, listed first or not", () => {
    const reports = [report("KZ", { submittedOn: "2026-03-05" }), nilReport("KZ", { catalogue: "cica@2004", submittedOn: "2026-06-10" })];
    expect(reportingRate(reports, { registry }, { year: 2025, deadline: "2026-05-31" }).rows.find((r) => r.state === "KZ")).toMatchObject({
      firstSubmittedOn: "2026-03-05",
      late: false,
      catalogues: ["cica@2004", "cica@2021"],
    });
  });

  it("sorts many voluntary replies by code whatever order they came in", () => {
    const codes = ["US", "XX", "JP", "SA", "AA", "ZZ"];
    const rate = reportingRate(
      codes.map((code) => report(code)),
      { registry },
      { year: 2025 },
    );
    expect(rate.voluntary.map((r) => r.state)).toEqual([...codes].sort());
  });

  it("names itself in the CbmError of an unknown catalogue or a rejected option that is not a list", () => {
    expect(() => reportingRate([], cica, { year: 2025, catalogue: "cica@2099" })).toThrowError(/^reportingRate: /);
    expect(() => reportingRate([], cica, { year: 2025, rejected: 3 as never })).toThrowError(/^reportingRate: options\.rejected/);
  });

  it("sorts the voluntary replies by code, the rejected among them too", () => {
    // The United States (an observer) sent a report; Saudi Arabia (an observer) only a rejected one.
    const rejected = validateReports([{ input: { ...report("SA"), submittedOn: "2026-02-30" }, origin: { file: "sa.json" } }], cica);
    const rate = reportingRate([report("US")], { registry }, { year: 2025, rejected });
    expect(rate.voluntary.map((r) => [r.state, r.reply])).toEqual([
      ["SA", "rejected"],
      ["US", "report"],
    ]);
  });
});
