import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { createLedger } from "./createLedger.js";
import { currentReports } from "./currentReports.js";
import { reportHistory } from "./reportHistory.js";
import { ledgerFromJSON } from "./ledgerFromJSON.js";
import { ledgerToJSON } from "./ledgerToJSON.js";
import { recordReport } from "./recordReport.js";
import type { Ledger } from "./store.js";

const RUNS = { numRuns: 200 };

const REPORTERS = ["KZ", "CN", "RU", "TR", "IN"] as const;
const YEARS = [2023, 2024, 2025] as const;
const CATALOGUE = cica.catalogues["cica@2021"];
const MEASURES = CATALOGUE.measures.map((measure) => measure.id);
const STATUSES = CATALOGUE.statuses.map((status) => status.id);

type Report = Record<string, unknown> & { reporter: string; year: number; revision: number };

/** A real calendar date within `year`, written YYYY-MM-DD. */
const dateIn = (year: number): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: 364 }).map((day) => new Date(Date.UTC(year, 0, 1) + day * 86_400_000).toISOString().slice(0, 10));

const entryArb = (measure: string) =>
  fc.record(
    {
      measure: fc.constant(measure),
      status: fc.constantFrom(...STATUSES),
      remarks: fc.string({ unit: "binary", minLength: 1, maxLength: 12 }),
    },
    { requiredKeys: ["measure", "status"] },
  );

/** What may differ between revisions: the submission date, the entries (or nil), the extensions. */
interface Content {
  readonly submittedOn: string;
  readonly entries: readonly Record<string, unknown>[];
  readonly nil?: boolean;
  readonly extensions?: Record<string, unknown>;
}

const contentArb = (year: number): fc.Arbitrary<Content> =>
  fc
    .record(
      {
        submittedOn: dateIn(year + 1),
        body: fc.oneof(
          { weight: 5, arbitrary: fc.uniqueArray(fc.constantFrom(...MEASURES), { minLength: 1, maxLength: 4 }).chain((ms) => fc.tuple(...ms.map(entryArb))) },
          { weight: 1, arbitrary: fc.constant("nil" as const) },
        ),
        extensions: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
      },
      { requiredKeys: ["submittedOn", "body"] },
    )
    .map(({ submittedOn, body, extensions }) => ({
      submittedOn,
      ...(body === "nil" ? { nil: true, entries: [] } : { entries: body }),
      ...(extensions === undefined ? {} : { extensions }),
    }));

function build(reporter: string, year: number, revision: number, content: Content): Report {
  return { schema: "cica-cbm/report@1", id: `${reporter}-${year}`, reporter, catalogue: "cica@2021", year, revision, ...content };
}

const keyArb = fc.record({ reporter: fc.constantFrom(...REPORTERS), year: fc.constantFrom(...YEARS), revision: fc.integer({ min: 1, max: 6 }) });

/** A valid report of a member, 2023–2025, on cica@2021. */
const reportArb: fc.Arbitrary<Report> = keyArb.chain(({ reporter, year, revision }) =>
  contentArb(year).map((content) => build(reporter, year, revision, content)),
);

/** Reports with distinct reporter, year and revision: no two can conflict. */
const distinctReportsArb = (maxLength: number): fc.Arbitrary<Report[]> =>
  fc
    .uniqueArray(keyArb, { minLength: 1, maxLength, selector: (key) => `${key.reporter}/${key.year}/${key.revision}` })
    .chain((keys) => fc.tuple(...keys.map(({ reporter, year, revision }) => contentArb(year).map((content) => build(reporter, year, revision, content)))));

/** A list together with the same list in another order. */
const withPermutation = <T>(items: readonly T[]): fc.Arbitrary<[readonly T[], readonly T[]]> =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length }).map((shuffled) => [items, shuffled]);

function recordAll(reports: readonly unknown[], ledger: Ledger = createLedger()): Ledger {
  for (const input of reports) {
    const result = recordReport(ledger, input, cica);
    expect(result.outcome, JSON.stringify(result.issues)).not.toBe("rejected");
    ledger = result.ledger;
  }
  return ledger;
}

/** Records what it can (conflicts are rejected and skipped). */
function recordLeniently(reports: readonly unknown[]): Ledger {
  let ledger = createLedger();
  for (const input of reports) {
    const result = recordReport(ledger, input, cica);
    if (result.outcome === "rejected") expect(result.issues.map((issue) => issue.rule)).toContain("ledger.conflict");
    ledger = result.ledger;
  }
  return ledger;
}

const docText = (ledger: Ledger) => JSON.stringify(ledgerToJSON(ledger));

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (typeof value !== "object" || value === null || seen.has(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze(Object.getOwnPropertyDescriptor(value, key)?.value, seen);
  return Object.freeze(value);
}

describe("ledger properties", () => {
  it("keeps exactly one revision when the same valid report is recorded twice", () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const first = recordReport(createLedger(), report, cica);
        expect(first.outcome).toBe("recorded");
        const second = recordReport(first.ledger, structuredClone(report), cica);
        expect(second.outcome).toBe("unchanged");
        expect(second.ledger).toBe(first.ledger);
        expect(second.ledger.size).toBe(1);
        expect(reportHistory(second.ledger)).toHaveLength(1);
      }),
      RUNS,
    );
  });

  it("ends with the same document and the highest revision as current, whatever order revisions 1..n arrive in", () => {
    const arb = fc
      .record({ reporter: fc.constantFrom(...REPORTERS), year: fc.constantFrom(...YEARS), n: fc.integer({ min: 1, max: 6 }) })
      .chain(({ reporter, year, n }) =>
        fc
          .array(contentArb(year), { minLength: n, maxLength: n })
          .map((contents) => contents.map((content, index) => build(reporter, year, index + 1, content))),
      )
      .chain(withPermutation);
    fc.assert(
      fc.property(arb, ([inOrder, shuffled]) => {
        const a = recordAll(inOrder);
        const b = recordAll(shuffled);
        expect(docText(b)).toBe(docText(a));
        const n = inOrder.length;
        expect(currentReports(b)).toEqual([inOrder[n - 1]]);
        expect(JSON.stringify(currentReports(b))).toBe(JSON.stringify(currentReports(a)));
        expect(reportHistory(b).map((report) => report.revision)).toEqual(inOrder.map((report) => report.revision));
      }),
      RUNS,
    );
  });

  it("ends with the same document and current reports when several reporters and years arrive interleaved in any order", () => {
    fc.assert(
      fc.property(distinctReportsArb(12).chain(withPermutation), ([reports, shuffled]) => {
        const a = recordAll(reports);
        const b = recordAll(shuffled);
        expect(b.size).toBe(reports.length);
        expect(docText(b)).toBe(docText(a));
        expect(JSON.stringify(currentReports(b))).toBe(JSON.stringify(currentReports(a)));
        // The current report of each reporter and year is its highest revision.
        for (const current of currentReports(b)) {
          const highest = Math.max(...reports.filter((r) => r.reporter === current.reporter && r.year === current.year).map((r) => r.revision));
          expect(current.revision).toBe(highest);
        }
      }),
      RUNS,
    );
  });

  it("gives back the same document after ledgerToJSON, JSON.stringify and ledgerFromJSON", () => {
    fc.assert(
      fc.property(fc.array(reportArb, { maxLength: 10 }), (reports) => {
        const ledger = recordLeniently(reports);
        const text = docText(ledger);
        const loaded = ledgerFromJSON(text, cica);
        expect(loaded.ok, JSON.stringify(loaded.issues)).toBe(true);
        expect(loaded.ledger?.size).toBe(ledger.size);
        expect(docText(loaded.ledger!)).toBe(text);
        expect(JSON.stringify(currentReports(loaded.ledger!))).toBe(JSON.stringify(currentReports(ledger)));
      }),
      RUNS,
    );
  });

  it("never changes its inputs: deep-frozen reports are recorded as well as thawed ones", () => {
    fc.assert(
      fc.property(fc.array(reportArb, { minLength: 1, maxLength: 8 }), (reports) => {
        const before = JSON.stringify(reports);
        const thawed = recordLeniently(structuredClone(reports));
        const frozen = recordLeniently(reports.map((report) => deepFreeze(report)));
        expect(JSON.stringify(reports)).toBe(before);
        expect(docText(frozen)).toBe(docText(thawed));
      }),
      RUNS,
    );
  });

  it("never changes an earlier ledger: recording into any ledger of a history leaves every ledger of it as it was", () => {
    fc.assert(
      fc.property(distinctReportsArb(8), fc.array(fc.tuple(fc.nat(), reportArb), { minLength: 1, maxLength: 4 }), (reports, branches) => {
        const history: Ledger[] = [createLedger()];
        for (const report of reports) history.push(recordReport(history[history.length - 1]!, report, cica).ledger);
        const texts = history.map(docText);
        const branchTexts: [Ledger, string][] = [];
        for (const [at, report] of branches) {
          const base = history[at % history.length]!;
          const result = recordReport(base, report, cica);
          branchTexts.push([result.ledger, docText(result.ledger)]);
          if (result.outcome === "recorded") expect(result.ledger.size).toBe(base.size + 1);
          else expect(result.ledger).toBe(base);
          history.forEach((ledger, index) => {
            expect(docText(ledger)).toBe(texts[index]);
          });
          for (const [ledger, text] of branchTexts) expect(docText(ledger)).toBe(text);
        }
      }),
      RUNS,
    );
  });
});
