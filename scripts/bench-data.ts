/**
 * Deterministic benchmark data: national reports as NDJSON lines, the same for the same arguments
 * on every machine (a seeded generator, no clock). Used by `scripts/bench.ts`.
 *
 * The reports are synthetic but shaped like real ones, and use only the embedded CICA data: the
 * reporters are states that were members in the year reported on (`statusInYear`), measures and
 * statuses come from the `cica@2021` catalogue, partners are other members. To spread 100,000 or
 * 1,000,000 revisions over about three revisions per report, as a real archive has, the years run
 * on past the present (2000, 2001, … as far as needed): the year is only a key here, and no rule
 * of the library reads the calendar beyond it.
 *
 * One report in 50 has a structural error that every validator compared rejects (a missing field,
 * a revision 0, a year written as text, an unknown top-level key), so that the error paths are
 * part of the run; one in 20 is a nil report.
 */
import { cica, statusInYear } from "../src/index.js";

/** Every how many reports one has a structural error. */
export const INVALID_EVERY = 50;
/** Every how many reports one is a nil report. */
export const NIL_EVERY = 20;
/** Average revisions per report (reporter, catalogue, year). */
export const REVISIONS_PER_REPORT = 3;
/** The catalogue of every report. */
export const BENCH_CATALOGUE = "cica@2021" as const;
/** The first year reported on. */
export const FIRST_YEAR = 2000;

/** A small, fast, seeded generator (mulberry32): the same sequence for the same seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const catalogue = cica.catalogues[BENCH_CATALOGUE];
const MEASURES = catalogue.measures.filter((m) => m.kind !== "measure-group").map((m) => m.id);
const STATUSES = catalogue.statuses.map((s) => s.id);
/** The statuses outside the scale, whose entries list no activities. */
const UNSCORED = new Set<string>(catalogue.statuses.filter((s) => s.score === null).map((s) => s.id));
const STATES = cica.registry.participants.filter((p) => p.kind === "state").map((p) => p.code);
const KINDS = ["exercise", "seminar", "visit", "notification", "exchange"];
const VENUES = ["Astana", "Baku", "Ankara", "Bangkok", "Dushanbe", "Ulaanbaatar"];

/** The members of a year, in code order (the current members for years past the registry's end). */
function membersIn(year: number): readonly string[] {
  return STATES.filter((code) => statusInYear(cica.registry, code, year) === "member");
}

/**
 * The report keys (reporter, year) for `count` reports: enough years that each has ~3 revisions,
 * up to `lastYear` (with `lastYear` 2025, the 2000–2025 reports take every revision in turn).
 */
export function reportKeys(count: number, lastYear = 9999): { reporter: string; year: number }[] {
  const wanted = Math.max(1, Math.ceil(count / REVISIONS_PER_REPORT));
  const keys: { reporter: string; year: number }[] = [];
  const cache = new Map<number, readonly string[]>();
  for (let year = FIRST_YEAR; keys.length < wanted && year <= lastYear; year++) {
    const key = Math.min(year, 2026);
    let members = cache.get(key);
    if (!members) cache.set(key, (members = membersIn(year)));
    for (const reporter of members) if (keys.length < wanted) keys.push({ reporter, year });
  }
  return keys;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** One report as a plain object; `index` decides its key, revision, shape and error. */
function makeReport(index: number, keys: readonly { reporter: string; year: number }[], next: () => number): Record<string, unknown> {
  const key = keys[index % keys.length]!;
  const revision = Math.floor(index / keys.length) + 1;
  const pick = <TItem>(list: readonly TItem[]): TItem => list[Math.floor(next() * list.length)]!;
  const { reporter, year } = key;
  // Revisions dated in order, as real ones are (a back-dated revision is a data error, listed in
  // every result): the first in January to June, the second in July, each later one a month on,
  // the seventh and after on 28 December. The same random draws as before, so every other field
  // is unchanged.
  const firstMonth = 1 + Math.floor(next() * 6);
  const day = 1 + Math.floor(next() * 28);
  const month = revision === 1 ? firstMonth : Math.min(12, 5 + revision);
  const submittedOn = `${year + 1}-${pad(month)}-${pad(month === 12 && revision > 1 ? 28 : day)}`;
  const report: Record<string, unknown> = {
    schema: "cica-cbm/report@1",
    id: `${reporter}-${year}`,
    reporter,
    catalogue: BENCH_CATALOGUE,
    year,
    revision,
    submittedOn,
  };
  if (index % NIL_EVERY === NIL_EVERY - 1) {
    report.nil = true;
    report.entries = [];
  } else {
    const count = 3 + Math.floor(next() * 6);
    const start = Math.floor(next() * MEASURES.length);
    const entries: Record<string, unknown>[] = [];
    for (let e = 0; e < count; e++) {
      const entry: Record<string, unknown> = { measure: MEASURES[(start + e) % MEASURES.length], status: pick(STATUSES) };
      if (next() < 0.3) {
        const from = `${year}-${pad(1 + Math.floor(next() * 11))}-${pad(1 + Math.floor(next() * 27))}`;
        const activity: Record<string, unknown> = { title: `Activity ${index}-${e}`, kind: pick(KINDS), from };
        if (next() < 0.6) {
          const partner = pick(STATES);
          if (partner !== reporter && statusInYear(cica.registry, partner, Math.min(year, 2026)) !== "none") activity.partners = [partner];
        }
        if (next() < 0.5) activity.venue = pick(VENUES);
        if (next() < 0.5) activity.evidence = [{ uri: `https://example.org/${reporter.toLowerCase()}/${year}/${index}`, title: "Press release" }];
        // The same draws for every entry, so that the data stays the same; a status outside the
        // scale (not-applicable) keeps no activities, as validation asks (status.unscored-with-activities).
        if (!UNSCORED.has(String(entry.status))) entry.activities = [activity];
      }
      if (next() < 0.2) entry.remarks = `Remarks on measure ${String(entry.measure)}.`;
      entries.push(entry);
    }
    report.entries = entries;
  }
  if (index % INVALID_EVERY === INVALID_EVERY - 2) {
    switch (((index / INVALID_EVERY) % 4) | 0) {
      case 0:
        delete report.submittedOn;
        break;
      case 1:
        report.revision = 0;
        break;
      case 2:
        report.year = String(year);
        break;
      default:
        report.comment = "not a field";
    }
  }
  return report;
}

/**
 * The NDJSON lines of `count` reports, in order. Every line is one report; the same `count` and
 * `seed` give the same lines.
 *
 * @param count - How many reports.
 * @param seed - The generator's seed.
 * @param lastYear - The last year reported on (see {@link reportKeys}).
 */
export function* benchLines(count: number, seed = 1, lastYear = 9999): Generator<string> {
  const keys = reportKeys(count, lastYear);
  const next = random(seed);
  for (let index = 0; index < count; index++) yield JSON.stringify(makeReport(index, keys, next));
}

/** How many of `count` generated reports are structurally invalid (for checking validators). */
export function expectedInvalid(count: number): number {
  let invalid = 0;
  for (let index = 0; index < count; index++) if (index % INVALID_EVERY === INVALID_EVERY - 2) invalid++;
  return invalid;
}
