// An ILLUSTRATIVE data set: invented national reports, generated deterministically from a seed,
// for demonstrations, documentation and benchmarks. These are not real state reports: every report
// says so in its id ("ILLUSTRATIVE-…") and in `extensions.illustrative`.
import { cica, membersOn, type NationalReport } from "cica-cbm";

/** A small, fast, deterministic pseudo-random generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A Fisher–Yates shuffle driven by `random`: the same seed gives the same order on every engine
 * (a `sort` with a random comparator depends on the engine's sort algorithm).
 */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const KINDS = ["seminar", "visit", "exchange of information", "training", "exercise", "meeting"] as const;

/**
 * Illustrative reports on the 2021 catalogue for one year: most members report (a few send a nil
 * report, a few send nothing), with joint activities whose partners mostly, but not always, report
 * them back.
 */
export function illustrativeReports(year: number, seed = 2025): NationalReport[] {
  const random = seeded(seed * 7919 + year);
  const catalogue = cica.catalogues["cica@2021"];
  const measures = catalogue.measures.filter((m) => m.kind !== "measure-group").map((m) => m.id);
  const statuses = catalogue.statuses.map((s) => s.id);
  const members = membersOn(cica.registry, `${year}-01-01`).map((p) => p.code);
  const reports: NationalReport[] = [];
  const joint = new Map<string, { measure: string; from: string; to: string; title: string; kind: string }[]>();

  for (const reporter of members) {
    const roll = random();
    if (roll < 0.12) continue; // no report
    const base = {
      schema: "cica-cbm/report@1" as const,
      id: `ILLUSTRATIVE-${reporter}-${year}`,
      reporter,
      catalogue: catalogue.ref,
      year,
      revision: 1,
      submittedOn: `${year + 1}-0${1 + Math.floor(random() * 6)}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`,
      extensions: { illustrative: true },
    };
    if (roll < 0.2) {
      reports.push({ ...base, nil: true, entries: [] });
      continue;
    }
    const count = 3 + Math.floor(random() * 12);
    const chosen = shuffled(measures, random)
      .slice(0, count)
      .sort((a, b) => measures.indexOf(a) - measures.indexOf(b));
    const entries = chosen.map((measure) => {
      const status = statuses[Math.min(statuses.length - 1, Math.floor(random() * (statuses.length - 0.3)))]!;
      const activities = [];
      if (random() < 0.4) {
        const partner = members[Math.floor(random() * members.length)]!;
        if (partner !== reporter) {
          const month = 1 + Math.floor(random() * 12);
          const day = 1 + Math.floor(random() * 25);
          const from = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const to = `${year}-${String(month).padStart(2, "0")}-${String(day + Math.floor(random() * 3)).padStart(2, "0")}`;
          const kind = KINDS[Math.floor(random() * KINDS.length)]!;
          const title = `Illustrative ${kind} with ${partner}`;
          activities.push({ title, kind, from, to, partners: [partner] });
          const key = `${partner}>${reporter}`;
          if (random() < 0.7) joint.set(key, [...(joint.get(key) ?? []), { measure, from, to, title: `Illustrative ${kind} with ${reporter}`, kind }]);
        }
      }
      return activities.length > 0 ? { measure, status, activities } : { measure, status };
    });
    reports.push({ ...base, entries });
  }
  // Partners report most joint activities back (mirror accounts), under the same measure.
  return reports.map((report) => {
    const echoes = [...joint.entries()].filter(([key]) => key.startsWith(`${report.reporter}>`));
    if (echoes.length === 0 || report.nil) return report;
    const entries = report.entries.map((entry) => ({ ...entry, activities: [...(entry.activities ?? [])] }));
    for (const [key, list] of echoes) {
      const partner = key.split(">")[1]!;
      for (const echo of list) {
        let entry = entries.find((e) => e.measure === echo.measure);
        if (!entry) {
          entry = { measure: echo.measure, status: "implemented", activities: [] };
          entries.push(entry);
        }
        entry.activities.push({ title: echo.title, kind: echo.kind, from: echo.from, to: echo.to, partners: [partner] });
      }
    }
    return { ...report, entries: entries.map((e) => (e.activities.length > 0 ? e : { measure: e.measure, status: e.status })) };
  });
}
