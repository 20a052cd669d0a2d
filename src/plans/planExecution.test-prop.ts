import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plan, planEvent } from "../../test/support/planFixtures.js";
import { cica } from "../data/cica/index.js";
import type { NationalReport, ReportActivity } from "../reports/schema.js";
import { EVENT_STATES, type PlanExecution } from "./executionTypes.js";
import { planExecution } from "./planExecution.js";
import type { CbmPlan, PlanEvent, PlanOutcome } from "./types.js";

const STATES = ["KZ", "UZ", "TR", "KG", "IN"] as const;
const MEASURES = ["2.1.2", "2.1.3", "HUM.1", "HUM.4", "ENV.1"] as const;
const day = fc
  .integer({ min: 1, max: 28 })
  .chain((d) => fc.integer({ min: 1, max: 12 }).map((m) => `2025-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`));
const planned = fc.oneof(
  day,
  fc.integer({ min: 1, max: 12 }).map((m) => `2025-${String(m).padStart(2, "0")}`),
  fc.integer({ min: 1, max: 4 }).map((q) => `2025-Q${q}`),
);
const outcome: fc.Arbitrary<PlanOutcome | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: day.map((from): PlanOutcome => ({ status: "held", from })) },
  { weight: 1, arbitrary: planned.map((to): PlanOutcome => ({ status: "postponed", to })) },
  { weight: 1, arbitrary: fc.constant<PlanOutcome>({ status: "cancelled" }) },
  { weight: 1, arbitrary: fc.constant<PlanOutcome>({ status: "merged", into: "E00" }) },
);
const event = (index: number): fc.Arbitrary<PlanEvent> =>
  fc
    .record({
      area: fc.constantFrom("mp-general", "human-general", undefined),
      measure: fc.constantFrom(...MEASURES, undefined),
      proposers: fc.uniqueArray(fc.constantFrom(...STATES), { minLength: 1, maxLength: 2 }),
      hosts: fc.option(fc.uniqueArray(fc.constantFrom(...STATES), { maxLength: 2 }), { nil: undefined }),
      planned,
      outcome,
    })
    .map(({ area, measure, proposers, hosts, planned: when, outcome: result }) =>
      planEvent(`E${String(index).padStart(2, "0")}`, {
        dimension: area === "human-general" ? "human" : "military-political",
        priorityArea: area,
        measure,
        proposers,
        hosts,
        planned: when,
        outcome: result,
      }),
    );
const events = fc.integer({ min: 0, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => event(i))));
const anActivity: fc.Arbitrary<ReportActivity> = fc
  .record({ from: day, title: fc.constantFrom("Seminar", "Meeting"), partners: fc.uniqueArray(fc.constantFrom(...STATES), { maxLength: 2 }) })
  .map(({ from, title, partners }) => ({ title, kind: "seminar", from, partners }));
const reports: fc.Arbitrary<NationalReport[]> = fc
  .uniqueArray(
    fc.record({
      reporter: fc.constantFrom(...STATES),
      revision: fc.integer({ min: 1, max: 2 }),
      entries: fc.array(fc.record({ measure: fc.constantFrom(...MEASURES), activities: fc.array(anActivity, { maxLength: 3 }) }), { maxLength: 3 }),
    }),
    { selector: (r) => `${r.reporter} ${r.revision}`, maxLength: 6 },
  )
  .map((list) =>
    list.map(
      ({ reporter, revision, entries }): NationalReport => ({
        schema: "cica-cbm/report@1",
        id: `${reporter}-2025`,
        reporter,
        catalogue: "cica@2021",
        year: 2025,
        revision,
        submittedOn: `2026-0${revision}-01`,
        entries: entries.map(({ measure, activities }) => ({ measure, status: "implemented", activities })),
      }),
    ),
  );

/** The same execution whatever the order of the plan's events: events by id. */
const byId = (execution: PlanExecution) => ({ ...execution, events: [...execution.events].sort((a, b) => (a.id < b.id ? -1 : 1)) });

const shuffled = <T>(list: readonly T[], seed: number): T[] => {
  const copy = [...list];
  let s = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
};

describe("planExecution properties", () => {
  it("gives the same answer whatever the order of the reports, their activities and the plan's events", () => {
    fc.assert(
      fc.property(events, reports, fc.integer({ min: 1, max: 1_000_000 }), (list, sent, seed) => {
        const p = plan(list);
        const expected = byId(planExecution(p, sent, cica, { year: 2025 }));
        const reordered = shuffled(sent, seed).map((r) => ({
          ...r,
          entries: shuffled(r.entries, seed + 1).map((e) => ({ ...e, activities: shuffled(e.activities ?? [], seed + 2) })),
        }));
        const again = planExecution(plan(shuffled(list, seed + 3)), reordered, cica, { year: 2025 });
        expect(byId(again)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it("counts every event once: the totals and each breakdown add up to the number of events", () => {
    fc.assert(
      fc.property(events, reports, (list, sent) => {
        const found = planExecution(plan(list), sent, cica, { year: 2025 });
        expect(found.totals.events).toBe(list.length);
        expect(EVENT_STATES.reduce((n, s) => n + found.totals[s], 0)).toBe(list.length);
        for (const rows of [found.byDimension, found.byPriorityArea, found.byProposer, found.byCoordinator]) {
          for (const state of ["events", ...EVENT_STATES] as const) expect(rows.reduce((n, r) => n + r.counts[state], 0)).toBe(found.totals[state]);
        }
        // An event is confirmed by reports exactly when it has no recorded outcome and an activity.
        for (const e of found.events) expect(e.state === "held-by-reports").toBe(e.outcome === undefined && e.activities.length > 0);
        // Each state confirms an event at most once, and every activity of a current report is
        // either paired with one event or unplanned, never both, never lost.
        for (const e of found.events) expect(new Set(e.activities.map((a) => a.reporter)).size).toBe(e.activities.length);
        const current = new Map<string, NationalReport>();
        for (const r of sent) if ((current.get(r.reporter)?.revision ?? 0) < r.revision) current.set(r.reporter, r);
        const reported = [...current.values()].flatMap((r) => r.entries.flatMap((e) => e.activities ?? [])).length;
        expect(found.events.reduce((n, e) => n + e.activities.length, 0) + found.unplanned.length).toBe(reported);
      }),
      { numRuns: 150 },
    );
  });

  it("takes per plan the highest revision approved by asOf, whatever the order of the revisions, and counts no conflicting one", () => {
    const revision = fc.record({
      revision: fc.integer({ min: 1, max: 4 }),
      approved: fc.integer({ min: 1, max: 28 }),
      variant: fc.integer({ min: 0, max: 1 }),
    });
    fc.assert(
      fc.property(fc.array(revision, { maxLength: 6 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 1000 }), (specs, asOfDay, seed) => {
        // A revision's approval day follows from its number, so two versions differ only by `variant`.
        const plans: CbmPlan[] = specs.map(({ revision: r, variant }) =>
          plan([planEvent(`E${r}`, { title: { en: `v${variant}` } })], { revision: r, approvedOn: `2025-02-${String(r * 5).padStart(2, "0")}` }),
        );
        const asOf = `2025-02-${String(asOfDay).padStart(2, "0")}`;
        const found = planExecution(shuffled(plans, seed), [], cica, { year: 2025, asOf });
        const variants = new Map<number, Set<number>>();
        for (const s of specs) variants.set(s.revision, (variants.get(s.revision) ?? new Set()).add(s.variant));
        const conflicting = [...variants].filter(([, v]) => v.size > 1).map(([r]) => r);
        const eligible = [...variants.keys()].filter((r) => !conflicting.includes(r) && `2025-02-${String(r * 5).padStart(2, "0")}` <= asOf);
        expect(found.plan?.revision ?? null).toBe(eligible.length === 0 ? null : Math.max(...eligible));
        expect(found.conflicts.map((c) => c.revision)).toEqual(conflicting.sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });
});
