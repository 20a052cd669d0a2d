/**
 * Proof that nothing withheld leaks: generated years of reports with parts for member states only
 * at every level (whole reports, entries, activities, and reports of another year), where every
 * text of a withheld part and everything under `extensions` carries a sentinel of its own. No
 * sentinel may reach any output of publish (the object serialised, the NDJSON, every table as CSV
 * and as Markdown, in English and in Russian), and every published report is a valid report.
 *
 * Statuses carry sentinels too: the test catalogue's vocabulary has a status per sentinel, which a
 * withheld entry uses (`xqs7qx`); public entries use the ordinary ones. Which parts are withheld
 * is worked out here from the marks alone, independently of accessOf.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { outputsOf } from "../../test/support/publicationOutputs.js";
import { defineCatalogue } from "../catalogue/defineCatalogue.js";
import { DEFAULT_STATUSES } from "../catalogue/DEFAULT_STATUSES.js";
import { cica } from "../data/cica/index.js";
import { membersOn } from "../participants/membersOn.js";
import type { NationalReport, ReportActivity, ReportEntry } from "../reports/schema.js";
import { validateReport } from "../reports/validateReport.js";
import { publish } from "./publish.js";

const STATUS_SENTINELS = 80;
const catalogue = defineCatalogue({
  id: "leak-test",
  version: "1",
  title: { en: "Leak test" },
  measures: ["M1", "M2", "M3", "M4", "M5"].map((id) => ({ id, dimension: "human" as const, title: { en: `Measure ${id}` } })),
  statuses: [...DEFAULT_STATUSES, ...Array.from({ length: STATUS_SENTINELS }, (_, k) => ({ id: `xqs${k}qx`, label: { en: `Sentinel ${k}` }, score: 1 }))],
});
const context = { catalogues: [catalogue], registry: cica.registry };
const codes = membersOn(cica.registry, "2025-06-01")
  .map((p) => p.code)
  .slice(0, 8);

/** A sentinel: `xq12qx` is not part of `xq123qx`, and no public text holds `xq`. */
const SENTINEL = /xqs?\d+qx/g;

type Mark = "public" | "member-states" | undefined;
const mark = fc.constantFrom<Mark>(undefined, "public", "member-states", "public");
/** Public text: words that exercise the CSV and Markdown guards; never a sentinel. */
const words = fc
  .array(fc.constantFrom("Seminar", "=2+3", "<b>x</b>", "a|b", "line\nbreak", "Обмен", "@team", "- item", "www.example.org", "`code`", "\u202eRLO"), {
    minLength: 1,
    maxLength: 3,
  })
  .map((parts) => parts.join(" "));

const activityShape = fc.record({
  access: mark,
  title: words,
  kind: fc.constantFrom("seminar", "exchange", "conference"),
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.integer({ min: 1, max: 12 }),
  venue: fc.option(words, { nil: undefined }),
  partner: fc.option(fc.constantFrom(...codes), { nil: undefined }),
  evidence: fc.option(fc.record({ path: fc.constantFrom("a", "b", "c"), title: fc.option(words, { nil: undefined }) }), { nil: undefined }),
});
const entryShape = fc.record({
  access: mark,
  status: fc.constantFrom("implemented", "planned", "in-progress"),
  remarks: fc.option(words, { nil: undefined }),
  nothingNewSince: fc.option(fc.integer({ min: 2015, max: 2024 }), { nil: undefined }),
  activities: fc.option(fc.array(activityShape, { maxLength: 3 }), { nil: undefined }),
});
const reportShape = fc.record({
  access: mark,
  v1: fc.boolean(),
  nil: fc.boolean(),
  otherYear: fc.boolean(),
  measures: fc.uniqueArray(fc.constantFrom("M1", "M2", "M3", "M4", "M5"), { minLength: 1, maxLength: 4 }),
  entries: fc.array(entryShape, { minLength: 4, maxLength: 4 }),
  extensions: fc.option(fc.dictionary(fc.constantFrom("ministry", "desk", "file"), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 3 }), {
    nil: undefined,
  }),
});
const yearShape = fc
  .uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: 6 })
  .chain((reporters) => fc.tuple(fc.constant(reporters), fc.array(reportShape, { minLength: reporters.length, maxLength: reporters.length })));

type ReportShape = typeof reportShape extends fc.Arbitrary<infer TShape> ? TShape : never;

interface Built {
  readonly reports: NationalReport[];
  /** Every sentinel put into a withheld part or under extensions. */
  readonly sentinels: string[];
  /** The (reporter, measure) of every entry that must be published. */
  readonly publicEntries: string[];
}

/** The reports of a generated year, with a sentinel in every text that must be withheld. */
function build([reporters, shapes]: [string[], ReportShape[]]): Built {
  let next = 0;
  let nextStatus = 0;
  const sentinels: string[] = [];
  const publicEntries: string[] = [];
  const secret = (text: string, withheld: boolean) => {
    if (!withheld) return text;
    const token = `xq${next++}qx`;
    sentinels.push(token);
    return `${text} ${token}`;
  };
  const reports = shapes.map((shape, r): NationalReport => {
    const reporter = reporters[r]!;
    const year = shape.otherYear ? 2024 : 2025;
    // A report of another year is never published, whatever its marks: all its text is a sentinel.
    const v1 = shape.v1 && shape.access === undefined;
    const reportPublic = !shape.otherYear && !v1 && shape.access === "public";
    const entries = shape.nil
      ? []
      : shape.measures.map((measure, e): ReportEntry => {
          const entry = shape.entries[e]!;
          const entryPublic = reportPublic && entry.access !== "member-states";
          if (entryPublic) publicEntries.push(`${reporter} ${measure}`);
          let status: string = entry.status;
          if (!entryPublic && nextStatus < STATUS_SENTINELS) {
            status = `xqs${nextStatus++}qx`;
            sentinels.push(status);
          }
          const activities = entry.activities?.map((a): ReportActivity => {
            const withheld = !(entryPublic && a.access !== "member-states");
            const day = `${year}-${String(a.month).padStart(2, "0")}-${String(a.day).padStart(2, "0")}`;
            return {
              title: secret(a.title, withheld),
              kind: withheld ? secret(a.kind, true) : a.kind,
              from: day,
              ...(a.venue !== undefined ? { venue: secret(a.venue, withheld) } : {}),
              ...(a.partner !== undefined && a.partner !== reporter ? { partners: [a.partner] } : {}),
              ...(a.evidence !== undefined
                ? {
                    evidence: [
                      {
                        uri: `https://example.org/${withheld ? secret(a.evidence.path, true).replace(" ", "/") : a.evidence.path}`,
                        ...(a.evidence.title !== undefined ? { title: secret(a.evidence.title, withheld) } : {}),
                      },
                    ],
                  }
                : {}),
              ...(v1 || a.access === undefined ? {} : { access: a.access }),
            };
          });
          return {
            measure,
            status,
            ...(v1 || entry.access === undefined ? {} : { access: entry.access }),
            ...(v1 || entry.nothingNewSince === undefined ? {} : { nothingNewSince: Math.min(entry.nothingNewSince, year - 1) }),
            ...(activities !== undefined ? { activities } : {}),
            ...(entry.remarks !== undefined ? { remarks: secret(entry.remarks, !entryPublic) } : {}),
          };
        });
    const extensions =
      shape.extensions === undefined
        ? undefined
        : Object.fromEntries(Object.entries(shape.extensions).map(([key, value]) => [secret(key, true).replace(" ", "-"), [value, secret("ext", true)]]));
    return {
      schema: v1 ? "cica-cbm/report@1" : "cica-cbm/report@2",
      id: secret(`${reporter}-${year}`, !reportPublic).replace(" ", "-"),
      reporter,
      catalogue: catalogue.ref,
      year,
      revision: 1,
      submittedOn: `${year + 1}-02-01`,
      ...(shape.nil ? { nil: true } : {}),
      ...(v1 || shape.access === undefined ? {} : { access: shape.access }),
      entries,
      ...(extensions !== undefined ? { extensions } : {}),
    };
  });
  return { reports, sentinels, publicEntries };
}

const built = yearShape.map(build);

describe("publish never leaks", () => {
  it("generates valid reports, with sentinels in withheld parts", () => {
    fc.assert(
      fc.property(built, ({ reports }) => {
        for (const report of reports) expect(validateReport(report, context).issues.filter((i) => i.severity === "error")).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("lets no text of a withheld part and nothing under extensions reach any output, in either language", () => {
    fc.assert(
      fc.property(built, fc.constantFrom("en" as const, "ru" as const), ({ reports, sentinels }, lang) => {
        const publication = publish(reports, { year: 2025, context, lang });
        const found = new Set(outputsOf(publication).flatMap((output) => output.match(SENTINEL) ?? []));
        expect([...found]).toEqual([]);
        // The sentinels were there to be found: each is in the input.
        const input = JSON.stringify(reports);
        for (const sentinel of sentinels) expect(input).toContain(sentinel);
      }),
      { numRuns: 300 },
    );
  });

  it("publishes every public entry, and every published report is a valid report", () => {
    fc.assert(
      fc.property(built, ({ reports, publicEntries }) => {
        const publication = publish(reports, { year: 2025, context });
        const published = publication.reports.flatMap((report) => report.entries.map((entry) => `${report.reporter} ${entry.measure}`));
        expect(published.sort()).toEqual([...publicEntries].sort());
        for (const report of publication.reports) {
          expect(validateReport(report, context).ok).toBe(true);
          expect(report.extensions).toBeUndefined();
        }
        // One reply and one declaration per report of the year, whatever was published of it.
        const ofYear = reports.filter((report) => report.year === 2025).length;
        expect(publication.replies).toHaveLength(ofYear);
        expect(publication.withheld).toHaveLength(ofYear);
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same publication whatever the order of the reports", () => {
    fc.assert(
      fc.property(
        built.chain(({ reports }) => fc.tuple(fc.constant(reports), fc.shuffledSubarray(reports, { minLength: reports.length, maxLength: reports.length }))),
        ([reports, shuffled]) => {
          expect(publish(shuffled, { year: 2025, context })).toEqual(publish(reports, { year: 2025, context }));
        },
      ),
      { numRuns: 100 },
    );
  });
});
