import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { illustrativeReports } from "../../examples/illustrative.js";
import type { Catalogue } from "../catalogue/types.js";
import { cica } from "../data/cica/index.js";
import type { NationalReport, ReportEntry } from "../reports/schema.js";
import { accumulate } from "./accumulate.js";
import { createAccumulator } from "./createAccumulator.js";
import { finishAccumulator } from "./finishAccumulator.js";
import { mergeAccumulators } from "./mergeAccumulators.js";
import { toReportSummary } from "./toReportSummary.js";
import type { Accumulator, ReportSource } from "./types.js";
import { findDiscrepancies } from "./findDiscrepancies.js";
import { implementationMatrix, type MatrixGrouping } from "./implementationMatrix.js";
import { reportingRate } from "./reportingRate.js";
import { countEntries, type SummaryKey } from "./countEntries.js";
import { trend } from "./trend.js";

const registry = cica.registry;
const c2021: Catalogue = cica.catalogues["cica@2021"];
const STATUSES = c2021.statuses.map((s) => s.id);
const YEARS = [2023, 2024, 2025] as const;
const GROUPINGS: readonly MatrixGrouping[] = ["dimension", "priorityArea", "measure"];
const GROUP_BYS: readonly (readonly SummaryKey[])[] = [
  [],
  ["reporter"],
  ["year", "status"],
  ["dimension", "reporter"],
  ["priorityArea", "measure"],
  ["catalogue", "year", "reporter", "status"],
];
const NUM_RUNS = 100;
const TIMEOUT = 30_000;

/** Illustrative reports are deterministic per (year, seed): cache them so the properties stay fast. */
const cache = new Map<string, readonly NationalReport[]>();
function illustrative(year: number, seed: number): readonly NationalReport[] {
  const key = `${year}:${seed}`;
  let reports = cache.get(key);
  if (!reports) {
    reports = illustrativeReports(year, seed);
    cache.set(key, reports);
  }
  return reports;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A later revision of a report: other statuses, maybe fewer activities or a nil report, submitted on another day. */
interface Revision {
  readonly pick: number;
  readonly revision: number;
  readonly shift: number;
  readonly month: number;
  readonly day: number;
  readonly dropActivities: boolean;
  readonly nil: boolean;
}

const revisionArb: fc.Arbitrary<Revision> = fc.record({
  pick: fc.nat(),
  revision: fc.integer({ min: 2, max: 4 }),
  shift: fc.integer({ min: 1, max: STATUSES.length - 1 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  dropActivities: fc.boolean(),
  nil: fc.integer({ min: 0, max: 4 }).map((n) => n === 0), // one in five becomes a nil report
});

function revise(original: NationalReport, r: Revision): NationalReport {
  const entries: ReportEntry[] = r.nil
    ? []
    : original.entries.map((e, i) => {
        const status = STATUSES[(STATUSES.indexOf(e.status) + r.shift + i) % STATUSES.length]!;
        if (r.dropActivities || e.activities === undefined) return { measure: e.measure, status };
        return { measure: e.measure, status, activities: e.activities };
      });
  return {
    ...original,
    revision: r.revision,
    submittedOn: `${original.year + 1}-${pad(r.month)}-${pad(r.day)}`,
    ...(r.nil ? { nil: true } : { nil: false }),
    entries,
  };
}

/** Reports that no illustrative member sends: an observer's (Saudi Arabia) and an unknown code's. */
function outsiders(year: number, flags: readonly boolean[]): NationalReport[] {
  const out: NationalReport[] = [];
  const base = { schema: "cica-cbm/report@1", catalogue: "cica@2021", year, revision: 1, submittedOn: `${year + 1}-02-14` } as const;
  if (flags[0])
    out.push({
      ...base,
      id: `SA-${year}`,
      reporter: "SA",
      entries: [
        { measure: "HUM.1", status: "planned" },
        { measure: "HUM.4", status: "implemented", activities: [{ title: "Visit", kind: "visit", from: `${year}-05-01`, partners: ["KZ"] }] },
      ],
    });
  if (flags[1]) out.push({ ...base, id: `XX-${year}`, reporter: "XX", nil: true, entries: [] });
  return out;
}

interface Input {
  readonly years: readonly number[];
  readonly reports: readonly NationalReport[];
  readonly asOf: string | undefined;
}

/**
 * The illustrative reports of one to three years (2023–2025) for a random seed, with extra
 * revisions of some of them (revision numbers distinct per report), and now and then an
 * observer's or an unknown state's report.
 */
const inputArb: fc.Arbitrary<Input> = fc
  .record({
    seed: fc.integer({ min: 0, max: 1_000_000 }),
    years: fc.subarray([...YEARS], { minLength: 1 }),
    revisions: fc.array(revisionArb, { maxLength: 8 }),
    outsiders: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
    asOf: fc.option(fc.constantFrom("2024-03-31", "2025-04-15", "2026-02-28", "2026-06-30"), { nil: undefined }),
  })
  .map(({ seed, years, revisions, outsiders: flags, asOf }) => {
    const base = years.flatMap((year) => [...illustrative(year, seed), ...outsiders(year, flags)]);
    const extra: NationalReport[] = [];
    const used = new Set<string>();
    for (const r of revisions) {
      if (base.length === 0) break;
      const original = base[r.pick % base.length]!;
      const key = `${original.reporter}|${original.catalogue}|${original.year}|${r.revision}`;
      if (used.has(key)) continue; // one revision per number: a ledger never holds two
      used.add(key);
      extra.push(revise(original, r));
    }
    return { years, reports: [...base, ...extra], asOf };
  });

/** A random permutation of a list, from a list of random keys. */
const withShuffle = inputArb.chain((input) =>
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: input.reports.length, maxLength: input.reports.length }).map((keys) => ({
    input,
    shuffled: input.reports
      .map((report, i) => ({ report, key: keys[i]!, i }))
      .sort((a, b) => a.key - b.key || a.i - b.i)
      .map((x) => x.report),
  })),
);

const asOfOption = (asOf: string | undefined) => (asOf === undefined ? {} : { asOf });

/** Everything the aggregates say about a set of reports. */
function everything(source: ReportSource, reports: readonly NationalReport[], { years, asOf }: Pick<Input, "years" | "asOf">) {
  const o = asOfOption(asOf);
  return {
    rates: years.map((year) => reportingRate(source, { registry }, { year, deadline: `${year + 1}-03-31`, ...o })),
    matrices: years.flatMap((year) => GROUPINGS.map((by) => implementationMatrix(source, { catalogues: [c2021] }, { year, by, ...o }))),
    summaries: GROUP_BYS.map((groupBy) => countEntries(source, cica, { by: groupBy, ...o })),
    trend: trend(source, {}, { from: 2022, to: 2026, ...o }),
    // findDiscrepancies reads revisions (no asOf), so it always gets the reports themselves.
    discrepancies: years.map((year) => findDiscrepancies(reports, { registry }, { year })),
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Deep equality, fast: JSON first, and vitest's strict comparison (with its diff) only when the JSON differs. */
function expectSame(actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual).toStrictEqual(expected);
}

const sortedStrictly = (list: readonly string[]) => list.every((x, i) => i === 0 || list[i - 1]! < x);

describe("aggregates (properties)", () => {
  it(
    "never changes any aggregate when the input is shuffled",
    () => {
      fc.assert(
        fc.property(withShuffle, ({ input, shuffled }) => {
          expectSame(everything(shuffled, shuffled, input), everything(input.reports, input.reports, input));
          expectSame(toReportSummary(shuffled, asOfOption(input.asOf)), toReportSummary(input.reports, asOfOption(input.asOf)));
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "gives exactly the summary of the whole however the input is split, accumulated and merged",
    () => {
      const splitArb = inputArb.chain((input) =>
        fc.integer({ min: 1, max: 5 }).chain((k) =>
          fc.record({
            input: fc.constant(input),
            k: fc.constant(k),
            parts: fc.array(fc.integer({ min: 0, max: k - 1 }), { minLength: input.reports.length, maxLength: input.reports.length }),
            // Each merge step: which two accumulators of the pool to merge, and in which argument order.
            merges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: k, maxLength: k }),
          }),
        ),
      );
      fc.assert(
        fc.property(splitArb, ({ input, k, parts, merges }) => {
          const o = asOfOption(input.asOf);
          let pool: Accumulator[] = Array.from({ length: k }, () => createAccumulator(o));
          input.reports.forEach((report, i) => {
            pool[parts[i]!] = accumulate(pool[parts[i]!]!, report);
          });
          for (let step = 0; pool.length > 1; step++) {
            const [x, y, flip] = merges[step % merges.length]!;
            const i = x % pool.length;
            const j = (i + 1 + (y % (pool.length - 1))) % pool.length;
            const merged = flip ? mergeAccumulators(pool[j]!, pool[i]!) : mergeAccumulators(pool[i]!, pool[j]!);
            pool = [...pool.filter((_, n) => n !== i && n !== j), merged];
          }
          const summary = finishAccumulator(pool[0]!);
          const whole = toReportSummary(input.reports, o);
          expectSame(summary, whole);
          expect(summary.read).toBe(input.reports.length);
          for (const year of input.years) {
            const options = { year, deadline: `${year + 1}-03-31`, ...o };
            expectSame(reportingRate(summary, { registry }, options), reportingRate(input.reports, { registry }, options));
            for (const by of GROUPINGS) {
              expectSame(
                implementationMatrix(summary, { catalogues: [c2021] }, { year, by, ...o }),
                implementationMatrix(input.reports, { catalogues: [c2021] }, { year, by, ...o }),
              );
            }
          }
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "counts every report once: in the reply table or among the voluntary replies, and once as a matrix row",
    () => {
      fc.assert(
        fc.property(inputArb, ({ reports, asOf }) => {
          // A report counts by asOf when its lowest revision does: a later revision counts from
          // the later of its own day and its predecessor's, so it never counts before the lowest.
          const lowest = new Map<string, NationalReport>();
          for (const r of reports) {
            const key = `${r.reporter}|${r.catalogue}|${r.year}`;
            const held = lowest.get(key);
            if (!held || r.revision < held.revision) lowest.set(key, r);
          }
          const counted = [...lowest.values()].filter((r) => asOf === undefined || r.submittedOn <= asOf);
          for (const year of YEARS) {
            const rate = reportingRate(reports, { registry }, { year, ...asOfOption(asOf) });
            expect(rate.replied + rate.missing).toBe(rate.expected);
            expect(rate.reported + rate.nil).toBe(rate.replied);
            expect(rate.rows).toHaveLength(rate.expected);
            expect(rate.late).toBe(0); // no deadline, nothing is late
            expect(rate.rate).toBe(rate.expected === 0 ? null : rate.replied / rate.expected);

            const reporters = new Set(counted.filter((r) => r.year === year).map((r) => r.reporter));
            const inRows = rate.rows.filter((r) => r.reply !== "missing").map((r) => r.state);
            const inVoluntary = rate.voluntary.map((r) => r.state);
            expect(new Set(inVoluntary).size).toBe(inVoluntary.length);
            expect([...inRows, ...inVoluntary].sort()).toEqual([...reporters].sort());
            for (const state of inVoluntary) expect(rate.rows.some((r) => r.state === state)).toBe(false);

            const onCatalogue = [...new Set(counted.filter((r) => r.year === year && r.catalogue === c2021.ref).map((r) => r.reporter))].sort();
            for (const by of GROUPINGS) {
              const matrix = implementationMatrix(reports, { catalogues: [c2021] }, { year, by, ...asOfOption(asOf) });
              expect(matrix.rows.map((r) => r.state)).toEqual(onCatalogue);
              const badCells = matrix.rows.flatMap((row): unknown[] =>
                row.cells.length !== matrix.groups.length
                  ? [{ state: row.state, cells: row.cells.length }]
                  : row.cells.filter(
                      (cell) =>
                        Object.keys(cell.counts).join() !== matrix.statuses.join() ||
                        Object.values(cell.counts).reduce((a, b) => a + b, 0) !== cell.entries ||
                        (cell.coverage !== null && (cell.coverage < 0 || cell.coverage > 1)),
                    ),
              );
              expect(badCells).toEqual([]);
            }
          }
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "sorts its output as documented and never mutates its (deep-frozen) input",
    () => {
      fc.assert(
        fc.property(inputArb, (input) => {
          const { reports, asOf } = input;
          const snapshot = structuredClone(reports);
          const frozen = deepFreeze(structuredClone(reports));
          // Strict-mode code throws on any write to a frozen object; the snapshot catches anything else.
          const all = everything(frozen, frozen, input);
          const summary = toReportSummary(frozen, asOfOption(asOf));
          expectSame(frozen, snapshot);

          const recordKeys = summary.records.map((r) => `${r.reporter}\u0000${r.catalogue}\u0000${r.year}`);
          expect(sortedStrictly(recordKeys)).toBe(true);
          for (const rate of all.rates) {
            expect(sortedStrictly(rate.rows.map((r) => r.state))).toBe(true);
            expect(sortedStrictly(rate.voluntary.map((r) => r.state))).toBe(true);
          }
          for (const matrix of all.matrices) expect(sortedStrictly(matrix.rows.map((r) => r.state))).toBe(true);
          all.summaries.forEach((rows, n) => {
            const keys = GROUP_BYS[n]!;
            const cmp = (a: string | number | null | undefined, b: string | number | null | undefined) =>
              a === b
                ? 0
                : a === null || a === undefined
                  ? 1
                  : b === null || b === undefined
                    ? -1
                    : typeof a === "number" && typeof b === "number"
                      ? a - b
                      : String(a) < String(b)
                        ? -1
                        : 1;
            for (let i = 1; i < rows.length; i++) {
              let c = 0;
              for (const key of keys) {
                c = cmp(rows[i - 1]!.key[key], rows[i]!.key[key]);
                if (c !== 0) break;
              }
              expect(c).toBeLessThan(0); // strictly increasing: each group once
            }
          });
          expect(all.trend.map((y) => y.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
          for (const found of all.discrepancies) {
            const keys = found.rows.map((r) => [r.catalogue, r.measure, r.reporter, r.partner, r.activity.from, r.activity.title]);
            for (let i = 1; i < keys.length; i++) {
              const a = keys[i - 1]!;
              const b = keys[i]!;
              const first = a.findIndex((x, n) => x !== b[n]);
              if (first >= 0) expect(a[first]! < b[first]!).toBe(true);
            }
            expect(found.confirmed + found.unconfirmed + found.partnerOtherCatalogue + found.noPartnerReport).toBe(found.rows.length);
          }
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );
});
