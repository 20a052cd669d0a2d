import { describe, expect, it } from "vitest";
import { activity, expectCbmError, joint, report } from "../../test/support/aggregateFixtures.js";
import { plan, planEvent } from "../../test/support/planFixtures.js";
import { toReportSummary } from "../aggregate/toReportSummary.js";
import { cica } from "../data/cica/index.js";
import { createLedger } from "../ledger/createLedger.js";
import { recordReport } from "../ledger/recordReport.js";
import { EVENT_STATES, type EventBreakdownRow, type EventStateCounts, type PlanExecution } from "./executionTypes.js";
import { planExecution } from "./planExecution.js";

const stateOf = (execution: PlanExecution) => Object.fromEntries(execution.events.map((e) => [e.id, e.state]));
const sum = (counts: EventStateCounts) => EVENT_STATES.reduce((total, state) => total + counts[state], 0);

/** Each state's count summed over the rows of a breakdown. */
function columnSums(rows: readonly EventBreakdownRow[]): Record<string, number> {
  const sums: Record<string, number> = { events: 0 };
  for (const state of EVENT_STATES) sums[state] = 0;
  for (const row of rows) for (const key of Object.keys(sums)) sums[key]! += row.counts[key as keyof EventStateCounts];
  return sums;
}

describe("planExecution: a year's plan against the states' reports", () => {
  const scenario = () =>
    plan([
      planEvent("E01"),
      planEvent("E02", { proposers: ["TR"], outcome: { status: "held", from: "2025-07-13", to: "2025-07-14" } }),
      planEvent("E03", { dimension: "human", priorityArea: "human-general", measure: "HUM.4", proposers: ["UZ"], hosts: ["KG"], planned: "2025-Q3" }),
      planEvent("E04", { dimension: "human", priorityArea: "human-general", proposers: ["IN"], planned: "2025-10" }),
      planEvent("E05", { dimension: "human", measure: "HUM.1", priorityArea: undefined, proposers: ["CN"], outcome: { status: "postponed", to: "2026-Q1" } }),
      planEvent("E06", { proposers: ["AZ"], outcome: { status: "cancelled" } }),
      planEvent("E07", { proposers: ["AZ", "KZ"], outcome: { status: "merged", into: "E01" } }),
      planEvent("E08", { dimension: "environmental", priorityArea: undefined, proposers: ["MN"], planned: "2025-05" }),
      planEvent("E09", { dimension: "new-challenges-threats", priorityArea: "nct-ict", proposers: ["RU"], planned: "2025-11" }),
      planEvent("E10", { dimension: "economic", priorityArea: "eco-tourism", proposers: ["TJ"], planned: "2025-Q2" }),
    ]);
  const reports = () => [
    report("KZ", {
      entries: [
        {
          measure: "2.1.2",
          status: "implemented",
          activities: [activity([], "2025-08-23", "2025-08-24", "MP seminar"), activity([], "2025-03-02", undefined, "Staff talks")],
        },
        // Under a measure of the same area as E06 and E07, on their month: they are cancelled and merged.
        { measure: "2.1.3", status: "implemented", activities: [activity([], "2025-08-05", undefined, "Another seminar")] },
      ],
    }),
    joint("UZ", "2.1.2", [activity(["KZ"], "2025-08-23", undefined, "Seminar in Astana")]),
    joint("TR", "2.1.2", [activity([], "2025-07-13", undefined, "Held seminar")]),
    joint("KG", "HUM.4", [activity([], "2025-09-10", undefined, "Exchange hosted")]),
    joint("MN", "ENV.1", [activity([], "2025-05-12", undefined, "Steppe workshop")]),
  ];
  // Computed inside each test, so that a change that makes it throw fails the tests by name.
  const run = () => planExecution(scenario(), reports(), cica, { year: 2025 });

  it("gives each event exactly one state, from the plan's outcome or the matching activities", () => {
    const execution = run();
    expect(stateOf(execution)).toEqual({
      E01: "held-by-reports",
      E02: "held",
      E03: "held-by-reports",
      E04: "no-information",
      E05: "postponed",
      E06: "cancelled",
      E07: "merged",
      E08: "no-information",
      E09: "no-information",
      E10: "no-information",
    });
  });

  it("reconciles the totals to the number of events, with no information counted apart from held", () => {
    const execution = run();
    const { totals } = execution;
    expect(totals.events).toBe(scenario().events.length);
    expect(sum(totals)).toBe(totals.events);
    expect(totals["no-information"]).toBe(4);
    expect(totals.held + totals["held-by-reports"]).toBe(3);
    expect(execution.events.filter((e) => e.state === "no-information").every((e) => e.activities.length === 0)).toBe(true);
  });

  it("breaks the totals down by dimension, priority area, proposer and coordinator, each adding up to them", () => {
    const execution = run();
    for (const rows of [execution.byDimension, execution.byPriorityArea, execution.byProposer, execution.byCoordinator]) {
      expect(columnSums(rows)).toEqual({ ...execution.totals });
      for (const row of rows) expect(sum(row.counts)).toBe(row.counts.events);
    }
    expect(execution.byDimension.map((r) => r.key)).toEqual(["military-political", "new-challenges-threats", "economic", "environmental", "human"]);
    expect(execution.byPriorityArea.at(-1)?.key).toBe("(none)");
    expect(execution.byPriorityArea.find((r) => r.key === "(none)")?.counts.events).toBe(1);
  });

  it("attributes each event to its first-listed proposer", () => {
    const execution = run();
    expect(execution.byProposer.find((r) => r.key === "AZ")?.counts).toMatchObject({ events: 2, cancelled: 1, merged: 1 });
    expect(execution.byProposer.find((r) => r.key === "KZ")?.counts.events).toBe(1);
  });

  it("confirms an event once by each state whose report matches it, the proposer's and a partner's", () => {
    const execution = run();
    const e01 = execution.events.find((e) => e.id === "E01")!;
    expect(e01.activities.map((a) => `${a.reporter} ${a.title}`)).toEqual(["KZ MP seminar", "UZ Seminar in Astana"]);
  });

  it("counts a host's report as confirmation", () => {
    const execution = run();
    expect(execution.events.find((e) => e.id === "E03")?.activities.map((a) => a.reporter)).toEqual(["KG"]);
  });

  it("lists the activities no event matches as unplanned, and not those paired with a held event", () => {
    const execution = run();
    expect(execution.unplanned.map((a) => `${a.reporter} ${a.title}`)).toEqual(["KZ Staff talks", "KZ Another seminar", "MN Steppe workshop"]);
    expect(execution.events.find((e) => e.id === "E02")?.activities.map((a) => a.reporter)).toEqual(["TR"]);
  });

  it("keeps the plan's order of events and names the plan revision taken", () => {
    const execution = run();
    expect(execution.events.map((e) => e.id)).toEqual(scenario().events.map((e) => e.id));
    expect(execution.plan).toEqual({ id: "CICA-PLAN-2025", revision: 1, approvedOn: "2024-12-04", catalogue: "cica@2021" });
  });

  it("limits events and unplanned activities to one dimension when asked", () => {
    const human = planExecution(scenario(), reports(), cica, { year: 2025, dimension: "human" });
    expect(human.events.map((e) => e.id)).toEqual(["E03", "E04", "E05"]);
    expect(human.totals.events).toBe(3);
    expect(human.unplanned).toEqual([]);
    const mp = planExecution(scenario(), reports(), cica, { year: 2025, dimension: "military-political" });
    expect(mp.unplanned.map((a) => a.title)).toEqual(["Staff talks", "Another seminar"]);
  });

  it("reads a ledger as it reads a list of reports", () => {
    const execution = run();
    let ledger = createLedger();
    for (const r of reports()) ledger = recordReport(ledger, r, cica).ledger;
    expect(planExecution(scenario(), ledger, cica, { year: 2025 })).toEqual(execution);
  });
});

describe("planExecution: which activity matches which event", () => {
  const one = (events: Parameters<typeof plan>[0], reports: Parameters<typeof planExecution>[1]) => planExecution(plan(events), reports, cica, { year: 2025 });

  it("takes a planned month from its first to its last day", () => {
    expect(stateOf(one([planEvent("E")], [joint("KZ", "2.1.2", [activity([], "2025-08-31")])])).E).toBe("held-by-reports");
    expect(stateOf(one([planEvent("E")], [joint("KZ", "2.1.2", [activity([], "2025-09-01")])])).E).toBe("no-information");
    expect(stateOf(one([planEvent("E")], [joint("KZ", "2.1.2", [activity([], "2025-07-31")])])).E).toBe("no-information");
    expect(stateOf(one([planEvent("E")], [joint("KZ", "2.1.2", [activity([], "2025-07-25", "2025-08-01")])])).E).toBe("held-by-reports");
  });

  it("takes a planned quarter from the first day of its first month to the last day of its third", () => {
    const q = planEvent("E", { planned: "2025-Q2" });
    expect(stateOf(one([q], [joint("KZ", "2.1.2", [activity([], "2025-04-01")])])).E).toBe("held-by-reports");
    expect(stateOf(one([q], [joint("KZ", "2.1.2", [activity([], "2025-06-30")])])).E).toBe("held-by-reports");
    expect(stateOf(one([q], [joint("KZ", "2.1.2", [activity([], "2025-03-31")])])).E).toBe("no-information");
    expect(stateOf(one([q], [joint("KZ", "2.1.2", [activity([], "2025-07-01")])])).E).toBe("no-information");
  });

  it("takes a planned day as that day alone", () => {
    const day = planEvent("E", { planned: "2025-08-14" });
    expect(stateOf(one([day], [joint("KZ", "2.1.2", [activity([], "2025-08-14")])])).E).toBe("held-by-reports");
    expect(stateOf(one([day], [joint("KZ", "2.1.2", [activity([], "2025-08-15")])])).E).toBe("no-information");
  });

  it("needs a proposer or host as the reporter or a partner", () => {
    expect(stateOf(one([planEvent("E")], [joint("UZ", "2.1.2", [activity([], "2025-08-10")])])).E).toBe("no-information");
    expect(stateOf(one([planEvent("E")], [joint("UZ", "2.1.2", [activity(["TR", "KZ"], "2025-08-10")])])).E).toBe("held-by-reports");
    expect(stateOf(one([planEvent("E", { hosts: ["UZ"] })], [joint("UZ", "2.1.2", [activity([], "2025-08-10")])])).E).toBe("held-by-reports");
  });

  it("needs the event's measure or a measure of its priority area", () => {
    const byMeasure = planEvent("E", { dimension: "human", priorityArea: undefined, measure: "HUM.4" });
    expect(stateOf(one([byMeasure], [joint("KZ", "HUM.4", [activity([], "2025-08-10")])])).E).toBe("held-by-reports");
    // HUM.1 is in HUM.4's area (human-general), so "same area" holds.
    expect(stateOf(one([byMeasure], [joint("KZ", "HUM.1", [activity([], "2025-08-10")])])).E).toBe("held-by-reports");
    expect(stateOf(one([byMeasure], [joint("KZ", "2.1.2", [activity([], "2025-08-10")])])).E).toBe("no-information");
    const byArea = planEvent("E");
    expect(stateOf(one([byArea], [joint("KZ", "HUM.4", [activity([], "2025-08-10")])])).E).toBe("no-information");
  });

  it("matches nothing to an event with neither measure nor priority area", () => {
    const bare = planEvent("E", { dimension: "environmental", priorityArea: undefined });
    const found = one([bare], [joint("KZ", "ENV.1", [activity([], "2025-08-10")])]);
    expect(stateOf(found).E).toBe("no-information");
    expect(found.unplanned).toHaveLength(1);
  });

  it("lets one activity confirm one event only, and pairs for the most confirmed events", () => {
    // A fits both; B fits only the day event. Pairing A with the month event leaves B for the day.
    const month = planEvent("E1");
    const day = planEvent("E2", { planned: "2025-08-20" });
    const a = activity([], "2025-08-20", undefined, "A");
    const b = activity([], "2025-08-20", undefined, "B");
    const both = one([month, day], [joint("KZ", "2.1.2", [a, b])]);
    expect(stateOf(both)).toEqual({ E1: "held-by-reports", E2: "held-by-reports" });
    const single = one([month, day], [joint("KZ", "2.1.2", [a])]);
    expect(Object.values(stateOf(single)).sort()).toEqual(["held-by-reports", "no-information"]);
    expect(single.unplanned).toEqual([]);
  });

  it("prefers the event nearest in dates when an activity fits two", () => {
    const july = planEvent("E1", { planned: "2025-07-31" });
    const august = planEvent("E2", { planned: "2025-08-01" });
    const found = one([july, august], [joint("KZ", "2.1.2", [activity([], "2025-08-01", "2025-08-02")])]);
    expect(stateOf(found)).toEqual({ E1: "no-information", E2: "held-by-reports" });
  });

  it("matches held events on their held dates and postponed ones on the dates they were moved to", () => {
    const held = planEvent("E", { outcome: { status: "held", from: "2025-09-02" } });
    expect(one([held], [joint("KZ", "2.1.2", [activity([], "2025-09-02")])]).events[0]?.activities).toHaveLength(1);
    expect(one([held], [joint("KZ", "2.1.2", [activity([], "2025-08-10")])]).unplanned).toHaveLength(1);
    const moved = planEvent("E", { outcome: { status: "postponed", to: "2025-11" } });
    const found = one([moved], [joint("KZ", "2.1.2", [activity([], "2025-11-05")])]);
    expect(found.events[0]).toMatchObject({ state: "postponed", window: { from: "2025-11-01", to: "2025-11-30" } });
    expect(found.events[0]?.activities).toHaveLength(1);
  });

  it("pairs no activity with a cancelled or merged event", () => {
    for (const outcome of [{ status: "cancelled" }, { status: "merged", into: "E9" }] as const) {
      const found = one([planEvent("E", { outcome })], [joint("KZ", "2.1.2", [activity([], "2025-08-10")])]);
      expect(found.events[0]).toMatchObject({ state: outcome.status, window: null, activities: [] });
      expect(found.unplanned).toHaveLength(1);
    }
  });

  it("reads only the current revision of each report, and only those submitted by asOf", () => {
    const first = joint("KZ", "2.1.2", [activity([], "2025-08-10")], { submittedOn: "2026-02-01" });
    const second = joint("KZ", "2.1.2", [], { revision: 2, submittedOn: "2026-04-01" });
    expect(stateOf(planExecution(plan([planEvent("E")]), [second, first], cica, { year: 2025 })).E).toBe("no-information");
    expect(stateOf(planExecution(plan([planEvent("E")]), [second, first], cica, { year: 2025, asOf: "2026-03-01" })).E).toBe("held-by-reports");
  });

  it("reads only reports on the plan's catalogue version and year", () => {
    const other = joint("KZ", "2.1.2", [activity([], "2025-08-10")], { catalogue: "cica@2004" });
    const found = planExecution(plan([planEvent("E")]), [other], cica, { year: 2025 });
    expect(stateOf(found).E).toBe("no-information");
    expect(found.unplanned).toEqual([]);
  });
});

describe("planExecution: the coordinator of an event", () => {
  const coordinator = (year: number, area: string, planned: string) =>
    planExecution(plan([planEvent("E", { priorityArea: area, planned })], { year }), [], cica, { year }).events[0]?.coordinator;

  it("takes a coordinator's term from its first day up to, not including, its until", () => {
    // Russia coordinates ICT security for 2024–2025 (term 2024-01-01 until 2026-01-01).
    expect(coordinator(2025, "nct-ict", "2025-12-31")).toBe("RU");
    expect(coordinator(2024, "nct-ict", "2024-01-01")).toBe("RU");
    expect(coordinator(2026, "nct-ict", "2026-01-01")).toBe("unknown");
  });

  it("takes a coordinator known from one dated source to serve for that calendar year only", () => {
    // Azerbaijan is attested as coordinator of transport corridors on 2024-03-20.
    expect(coordinator(2024, "eco-transport", "2024-01-01")).toBe("AZ");
    expect(coordinator(2024, "eco-transport", "2024-12-31")).toBe("AZ");
    expect(coordinator(2025, "eco-transport", "2025-01-01")).toBe("unknown");
    expect(coordinator(2023, "eco-transport", "2023-12-31")).toBe("unknown");
  });

  it("does not count a co-coordinator as the coordinator", () => {
    // Kyrgyzstan is attested only as co-coordinator of trade and investment (2022, 2023).
    expect(coordinator(2023, "eco-trade", "2023-05")).toBe("unknown");
  });

  it("dates an event by its first held day, else by its planned day, month or quarter", () => {
    const held = plan([planEvent("E", { priorityArea: "eco-transport", planned: "2025-Q1", outcome: { status: "held", from: "2024-12-20" } })], { year: 2025 });
    expect(planExecution(held, [], cica, { year: 2025 }).events[0]?.coordinator).toBe("AZ");
  });

  it("dates a held event whose held day cannot be read (a plan not validated) by its planned date", () => {
    // Azerbaijan is attested as coordinator of transport corridors in 2024 only.
    const event = (from: string) => planEvent("E", { priorityArea: "eco-transport", planned: "2024-05", outcome: { status: "held", from } });
    const unreadable = plan([event("in the spring")], { year: 2024 });
    expect(planExecution(unreadable, [], cica, { year: 2024 }).events[0]?.coordinator).toBe("AZ");
    // A readable held day still decides: held in 2025, the 2024 coordinator does not count.
    expect(planExecution(plan([event("2025-01-10")], { year: 2024 }), [], cica, { year: 2024 }).events[0]?.coordinator).toBe("unknown");
  });

  it("puts every event in the unknown bucket without a registry", () => {
    const found = planExecution(plan([planEvent("E", { priorityArea: "nct-ict", planned: "2025-05" })]), [], { catalogues: cica.catalogues }, { year: 2025 });
    expect(found.byCoordinator.map((r) => r.key)).toEqual(["unknown"]);
  });
});

describe("planExecution: revisions of the plan", () => {
  const v1 = () => plan([planEvent("E1")]);
  const v2 = () => plan([planEvent("E1"), planEvent("E2")], { revision: 2, approvedOn: "2025-06-10" });

  it("takes the highest revision approved on or before asOf", () => {
    expect(planExecution([v2(), v1()], [], cica, { year: 2025 }).plan?.revision).toBe(2);
    expect(planExecution([v2(), v1()], [], cica, { year: 2025, asOf: "2025-06-09" }).plan?.revision).toBe(1);
    expect(planExecution([v2(), v1()], [], cica, { year: 2025, asOf: "2025-06-10" }).totals.events).toBe(2);
  });

  it("gives no plan and no events when none is approved by asOf", () => {
    const found = planExecution([v1()], [], cica, { year: 2025, asOf: "2024-12-03" });
    expect(found.plan).toBeNull();
    expect(found.totals.events).toBe(0);
  });

  it("lists one revision given twice with different content as a conflict and counts neither", () => {
    const other = plan([planEvent("E1"), planEvent("E3")], { revision: 2, approvedOn: "2025-06-11" });
    const found = planExecution([v1(), v2(), other], [], cica, { year: 2025 });
    expect(found.conflicts).toEqual([{ plan: "CICA-PLAN-2025", revision: 2, approvedOn: ["2025-06-10", "2025-06-11"] }]);
    expect(found.plan?.revision).toBe(1);
  });

  it("counts one revision given twice with the same content once, without a conflict", () => {
    const found = planExecution([v2(), v1(), structuredClone(v2())], [], cica, { year: 2025 });
    expect(found.conflicts).toEqual([]);
    expect(found.plan?.revision).toBe(2);
  });

  it("ignores plans of other years, and asks which plan when several ids are given", () => {
    const next = plan([planEvent("E1")], { year: 2026, id: "CICA-PLAN-2026" });
    expect(planExecution([v1(), next], [], cica, { year: 2025 }).plan?.id).toBe("CICA-PLAN-2025");
    const rival = plan([], { id: "OTHER-2025" });
    expectCbmError(() => planExecution([v1(), rival], [], cica, { year: 2025 }), "invalid-argument");
    expect(planExecution([v1(), rival], [], cica, { year: 2025, plan: "OTHER-2025" }).plan?.id).toBe("OTHER-2025");
  });
});

describe("planExecution: misuse", () => {
  it("throws a CbmError for a bad year, date, dimension, context or a summary as the source", () => {
    const p = plan([]);
    expectCbmError(() => planExecution(p, [], cica, { year: 2025.5 }), "invalid-argument");
    expectCbmError(() => planExecution(p, [], cica, { year: 2025, asOf: "2025-02-30" }), "invalid-date");
    expectCbmError(() => planExecution(p, [], cica, { year: 2025, dimension: "cultural" as never }), "invalid-argument");
    expectCbmError(() => planExecution(p, [], null as never, { year: 2025 }), "invalid-argument");
    expectCbmError(() => planExecution(p, toReportSummary([]) as never, cica, { year: 2025 }), "invalid-argument");
  });

  it("says in each misuse error that it is planExecution's, what was wrong and what to pass", () => {
    const p = plan([]);
    expect(() => planExecution(p, toReportSummary([]) as never, cica, { year: 2025 })).toThrow(
      /^planExecution: pass the reports \(a ledger or a list\), not a summary: a summary holds no activities/,
    );
    expect(() => planExecution(p, [], cica, null as never)).toThrow(/^planExecution: pass options with the plan's year, e\.g\. \{ year: 2025 \}\.$/);
    expect(() => planExecution(p, [], cica, { year: 2025, dimension: "cultural" as never })).toThrow(
      /^planExecution: options\.dimension must be one of military-political, .*human \(got "cultural"\)\.$/,
    );
  });

  it("does not change the plan or the reports it reads", () => {
    const p = plan([planEvent("E")]);
    const r = [joint("KZ", "2.1.2", [activity(["UZ"], "2025-08-10")])];
    const before = structuredClone([p, r]);
    planExecution(p, r, cica, { year: 2025 });
    expect([p, r]).toEqual(before);
  });
});

describe("planExecution: what each event and activity shows", () => {
  it("shows an activity's partners once each and sorted, its first day as its last when the report gives none, and its venue only where given", () => {
    const talks = { title: "Talks", kind: "seminar", from: "2025-08-10", partners: ["UZ", "KZ", "UZ"], venue: "Astana" };
    const found = planExecution(plan([]), [joint("TR", "2.1.2", [talks, activity([], "2025-08-12", undefined, "Visit")])], cica, { year: 2025 });
    const shared = { reporter: "TR", report: "TR-2025", measure: "2.1.2", kind: "seminar" };
    expect(found.unplanned).toStrictEqual([
      { ...shared, title: "Talks", from: "2025-08-10", to: "2025-08-10", partners: ["KZ", "UZ"], venue: "Astana" },
      { ...shared, title: "Visit", from: "2025-08-12", to: "2025-08-12", partners: [] },
    ]);
  });

  it("with no plan for the year, lists every activity of the year as unplanned, on any catalogue version", () => {
    const reports = [joint("KZ", "2.1.2", [activity([], "2025-08-10")]), joint("UZ", "3.4", [activity([], "2025-08-11")], { catalogue: "cica@2004" })];
    const found = planExecution(plan([planEvent("E")], { year: 2024 }), reports, cica, { year: 2025 });
    expect(found.plan).toBeNull();
    expect(found.unplanned.map((a) => a.reporter)).toEqual(["KZ", "UZ"]);
  });

  it("reads an outcome outside the vocabulary (a plan not validated) as no outcome: the planned window, the state from the reports", () => {
    const found = planExecution(plan([planEvent("E", { outcome: { status: "done" } as never })]), [joint("KZ", "2.1.2", [activity([], "2025-08-10")])], cica, {
      year: 2025,
    });
    expect(found.events[0]).toMatchObject({ state: "held-by-reports", window: { from: "2025-08-01", to: "2025-08-31" } });
    expect(found.events[0]?.activities).toHaveLength(1);
  });

  it("gives a postponed event without a new date no window and no activity", () => {
    const found = planExecution(plan([planEvent("E", { outcome: { status: "postponed" } })]), [joint("KZ", "2.1.2", [activity([], "2025-08-10")])], cica, {
      year: 2025,
    });
    expect(found.events[0]).toMatchObject({ state: "postponed", window: null, activities: [] });
    expect(found.unplanned).toHaveLength(1);
  });

  it("gives an activity that fits two events alike to the first by id, whatever their order in the plan", () => {
    for (const events of [
      [planEvent("E2"), planEvent("E1")],
      [planEvent("E1"), planEvent("E2")],
    ]) {
      const found = planExecution(plan(events), [joint("KZ", "2.1.2", [activity([], "2025-08-10")])], cica, { year: 2025 });
      expect(stateOf(found)).toEqual({ E1: "held-by-reports", E2: "no-information" });
    }
  });

  it("gives the same answer whatever the order of the reports", () => {
    const reports = [
      joint("UZ", "2.1.2", [activity(["KZ"], "2025-08-23", undefined, "Seminar in Astana")]),
      joint("KZ", "2.1.2", [activity([], "2025-08-20", undefined, "B"), activity([], "2025-08-02", undefined, "A"), activity([], "2025-03-02")]),
      joint("TR", "2.1.2", [activity([], "2025-03-01")]),
    ];
    const events = [planEvent("E1"), planEvent("E2", { proposers: ["UZ"] })];
    const forward = planExecution(plan(events), reports, cica, { year: 2025 });
    expect(planExecution(plan(events), [...reports].reverse(), cica, { year: 2025 })).toEqual(forward);
    expect(forward.events[0]?.activities.map((a) => `${a.reporter} ${a.title}`)).toEqual(["KZ A", "UZ Seminar in Astana"]);
    expect(forward.unplanned.map((a) => `${a.reporter} ${a.from}`)).toEqual(["KZ 2025-03-02", "KZ 2025-08-20", "TR 2025-03-01"]);
  });

  it("dates a postponed event by the day it is moved to, and a cancelled one by its planned date, for its coordinator", () => {
    // Russia coordinates ICT security up to, not including, 2026-01-01.
    const coordinatorOf = (outcome: NonNullable<Parameters<typeof planEvent>[1]>["outcome"]) =>
      planExecution(plan([planEvent("E", { priorityArea: "nct-ict", planned: "2025-11", outcome })]), [], cica, { year: 2025 }).events[0]?.coordinator;
    expect(coordinatorOf({ status: "postponed", to: "2026-Q1" })).toBe("unknown");
    expect(coordinatorOf({ status: "cancelled" })).toBe("RU");
    expect(coordinatorOf(undefined)).toBe("RU");
  });

  it("shows an event's area from its measure when the plan gives none, its measure only when given, and an unknown proposer when none is listed", () => {
    const found = planExecution(
      plan([
        planEvent("E1", { dimension: "human", priorityArea: undefined, measure: "HUM.4" }),
        planEvent("E2", { dimension: "environmental", priorityArea: undefined, proposers: undefined }),
        planEvent("E3", { proposers: [] }),
      ]),
      [],
      cica,
      { year: 2025 },
    );
    const [byMeasure, bare, none] = found.events;
    expect([byMeasure?.priorityArea, byMeasure?.measure, byMeasure?.proposer]).toEqual(["human-general", "HUM.4", "KZ"]);
    expect(["priorityArea" in bare!, "measure" in bare!, "outcome" in bare!, bare?.proposer]).toEqual([false, false, false, "unknown"]);
    expect(none?.proposer).toBe("unknown");
    expect(found.byProposer.map((row) => row.key)).toEqual(["KZ", "unknown"]);
  });

  it("orders areas in catalogue order with their titles, areas the catalogue lacks after them by id, and no area last", () => {
    const found = planExecution(
      plan([
        planEvent("E1", { priorityArea: "zz-area" }),
        planEvent("E2", { dimension: "environmental", priorityArea: undefined }),
        planEvent("E3", { priorityArea: "aa-area" }),
        planEvent("E4", { dimension: "human", priorityArea: "human-general" }),
        planEvent("E5"),
      ]),
      [],
      cica,
      { year: 2025 },
    );
    expect(found.byPriorityArea.map((row) => [row.key, row.counts.events])).toEqual([
      ["mp-general", 1],
      ["human-general", 1],
      ["aa-area", 1],
      ["zz-area", 1],
      ["(none)", 1],
    ]);
    const area = cica.catalogues["cica@2021"].priorityAreas.find((a) => a.id === "mp-general");
    expect(found.byPriorityArea[0]?.label).toEqual(area?.title);
    expect(found.byPriorityArea.slice(2).map((row) => "label" in row)).toEqual([false, false, false]);
  });

  it("names each dimension of the breakdown in both languages, in catalogue order", () => {
    const found = planExecution(plan([planEvent("E1", { dimension: "human", priorityArea: undefined }), planEvent("E2")]), [], cica, { year: 2025 });
    expect(found.byDimension.map((row) => [row.key, row.label])).toEqual([
      ["military-political", { en: "Military-political dimension", ru: expect.stringMatching(/[А-Яа-я]/u) }],
      ["human", { en: "Human dimension", ru: "Человеческое измерение" }],
    ]);
  });

  it("orders proposers by code with unknown last, even after a code that sorts after it (a plan not validated)", () => {
    const found = planExecution(plan([planEvent("E1", { proposers: [] }), planEvent("E2", { proposers: ["zz"] }), planEvent("E3")]), [], cica, {
      year: 2025,
    });
    expect(found.byProposer.map((row) => row.key)).toEqual(["KZ", "zz", "unknown"]);
  });

  it("orders coordinators by code with unknown last", () => {
    const found = planExecution(
      plan([planEvent("E1", { priorityArea: undefined, dimension: "environmental" }), planEvent("E2", { priorityArea: "nct-ict", planned: "2025-05" })]),
      [],
      cica,
      { year: 2025 },
    );
    expect(found.byCoordinator.map((row) => row.key)).toEqual(["RU", "unknown"]);
  });

  it("names the asOf and the dimension asked in the answer, and neither when not asked", () => {
    const asked = planExecution(plan([]), [], cica, { year: 2025, asOf: "2025-06-01", dimension: "human" });
    expect([asked.asOf, asked.dimension]).toEqual(["2025-06-01", "human"]);
    const plain = planExecution(plan([]), [], cica, { year: 2025 });
    expect(["asOf" in plain, "dimension" in plain]).toEqual([false, false]);
  });

  it("says options that are not an object are misuse, naming the year to pass", () => {
    expect(() => planExecution(plan([]), [], cica, 2025 as never)).toThrow(/^planExecution: pass options with the plan's year/);
  });
});

describe("planExecution: the order of activities, and the edges of matching", () => {
  it("orders a reporter's activities alike in all but partners by their partners, then by venue, no venue first", () => {
    const talks = (partners: string[], venue?: string) => ({ title: "Talks", kind: "seminar", from: "2025-08-10", partners, ...(venue ? { venue } : {}) });
    const order = (activities: ReturnType<typeof talks>[]) =>
      planExecution(plan([]), [joint("KZ", "2.1.2", activities)], cica, { year: 2025 }).unplanned.map((a) => `${a.partners.join("+")} ${a.venue ?? "-"}`);
    const expected = ["TJ -", "UZ -", "UZ Astana", "UZ Bishkek"];
    expect(order([talks(["UZ"], "Bishkek"), talks(["UZ"], "Astana"), talks(["UZ"]), talks(["TJ"])])).toEqual(expected);
    expect(order([talks(["TJ"]), talks(["UZ"]), talks(["UZ"], "Astana"), talks(["UZ"], "Bishkek")])).toEqual(expected);
    expect(order([talks(["UZ"], "Astana"), talks(["UZ"]), talks(["TJ"]), talks(["UZ"], "Bishkek")])).toEqual(expected);
  });

  it("shows an activity reported without partners with none", () => {
    const alone = { title: "Talks", kind: "seminar", from: "2025-08-10" };
    expect(planExecution(plan([]), [joint("KZ", "2.1.2", [alone])], cica, { year: 2025 }).unplanned[0]?.partners).toEqual([]);
  });

  it("gives an activity that fits two events of one id (a plan not validated) to the first in the plan", () => {
    const found = planExecution(
      plan([planEvent("E1", { title: { en: "First" } }), planEvent("E1", { title: { en: "Second" } })]),
      [joint("KZ", "2.1.2", [activity([], "2025-08-10")])],
      cica,
      {
        year: 2025,
      },
    );
    expect(found.events.map((e) => [e.title.en, e.state])).toEqual([
      ["First", "held-by-reports"],
      ["Second", "no-information"],
    ]);
  });

  it("matches an event by its measure alone when the measure has no priority area", () => {
    const event = planEvent("E", { dimension: "environmental", priorityArea: undefined, measure: "ENV.1" });
    expect(stateOf(planExecution(plan([event]), [joint("KZ", "ENV.1", [activity([], "2025-08-10")])], cica, { year: 2025 })).E).toBe("held-by-reports");
  });

  it("pairs each of a reporter's activities with the one event it fits", () => {
    const found = planExecution(
      plan([planEvent("E1"), planEvent("E2", { planned: "2025-10" })]),
      [joint("KZ", "2.1.2", [activity([], "2025-08-10", undefined, "August"), activity([], "2025-10-10", undefined, "October")])],
      cica,
      { year: 2025 },
    );
    expect(found.events.map((e) => e.activities.map((a) => a.title))).toEqual([["August"], ["October"]]);
  });

  it("shows an event's outcome as the plan records it", () => {
    const found = planExecution(plan([planEvent("E", { outcome: { status: "cancelled" } })]), [], cica, { year: 2025 });
    expect(found.events[0]?.outcome).toEqual({ status: "cancelled" });
  });

  it("puts an unknown proposer last whatever the order of the events", () => {
    const events = [planEvent("E1", { proposers: [] }), planEvent("E2", { proposers: ["zz"] }), planEvent("E3"), planEvent("E4", { proposers: ["yy"] })];
    for (const order of [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [1, 0, 3, 2],
      [2, 3, 0, 1],
    ]) {
      const found = planExecution(plan(order.map((i) => events[i]!)), [], cica, { year: 2025 });
      expect(found.byProposer.map((row) => row.key)).toEqual(["KZ", "yy", "zz", "unknown"]);
    }
  });

  it("names the dimensions as the plan's catalogue names them, in its order, and as DIMENSIONS does for a catalogue the context lacks", () => {
    const base = cica.catalogues["cica@2021"];
    // A catalogue of the tests: cica@2021 with its dimensions in another order, the human one renamed, in English only.
    const renamed = {
      ...base,
      ref: "renamed@1",
      dimensions: [...base.dimensions].reverse().map((d) => (d.id === "human" ? { id: d.id, en: "People" } : d)),
    };
    const events = [planEvent("E1"), planEvent("E2", { dimension: "human", priorityArea: "human-general" })];
    const found = planExecution(plan(events, { catalogue: "renamed@1" }), [], { catalogues: [renamed], registry: cica.registry }, { year: 2025 });
    expect(found.byDimension.map((row) => [row.key, row.label])).toEqual([
      ["human", { en: "People" }],
      ["military-political", { en: "Military-political dimension", ru: expect.stringMatching(/[А-Яа-я]/u) }],
    ]);
    expect("ru" in found.byDimension[0]!.label!).toBe(false);
    const elsewhere = planExecution(plan(events, { catalogue: "cica@2030" }), [], cica, { year: 2025 });
    expect(elsewhere.byDimension.map((row) => [row.key, row.label?.en])).toEqual([
      ["military-political", "Military-political dimension"],
      ["human", "Human dimension"],
    ]);
  });

  it("names asOf in the error of an asOf that is not a date", () => {
    expect(() => planExecution(plan([]), [], cica, { year: 2025, asOf: "2025-02-30" })).toThrow(
      /^planExecution: asOf "2025-02-30" is not a real calendar date/,
    );
  });
});
