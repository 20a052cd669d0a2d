// examples/illustrative-plan-2025.json: the demo's ILLUSTRATIVE plan of CBM implementation events
// for 2025 (invented events, labelled so), written to be read beside the demo's illustrative
// reports (examples/illustrative.ts). These tests check that it is a plan of the cica-cbm/plan@1
// format, that it refers only to what the embedded data holds (measures and priority areas of
// cica@2021, member states of 2025), and that it gives the demo something to show: outcomes of
// every kind, events the reports confirm and events they say nothing about.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { illustrativeReports } from "../examples/illustrative.js";
import { type CbmPlan, type NationalReport, type PlanEvent, cica, DIMENSIONS, membersOn } from "../src/index.js";

const text = readFileSync(new URL("../examples/illustrative-plan-2025.json", import.meta.url), "utf8");
const input: unknown = JSON.parse(text);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === "string" && value !== "";
const isCodes = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string" && /^[A-Z]{2}$/.test(v));
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PLANNED = /^\d{4}-(\d{2}(-\d{2})?|Q[1-4])$/;
const isDay = (value: unknown): value is string =>
  typeof value === "string" && DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const isMonth = (value: string) => value[5] === "Q" || (Number(value.slice(5)) >= 1 && Number(value.slice(5)) <= 12);
const isPlanned = (value: unknown): value is string =>
  typeof value === "string" && PLANNED.test(value) && (value.length === 10 ? isDay(value) : isMonth(value));

/**
 * Where a value departs from the CbmPlan type (src/plans/types.ts), as "path: what": keys the type
 * does not have, missing or mistyped fields, unknown outcome kinds and formats. Empty for a plan.
 */
function planShapeProblems(value: unknown): string[] {
  const problems: string[] = [];
  const keys = (where: string, object: Json, allowed: string[]) => {
    for (const key of Object.keys(object)) if (!allowed.includes(key)) problems.push(`${where}${key}: not a key of the type`);
  };
  if (!isObject(value)) return ["(plan): not an object"];
  keys("", value, ["schema", "id", "year", "catalogue", "revision", "approvedOn", "events", "extensions"]);
  if (value.schema !== "cica-cbm/plan@1") problems.push("schema: not cica-cbm/plan@1");
  if (!isString(value.id)) problems.push("id: not a string");
  if (!Number.isInteger(value.year)) problems.push("year: not an integer");
  if (!isString(value.catalogue)) problems.push("catalogue: not a string");
  if (!(Number.isInteger(value.revision) && (value.revision as number) >= 1)) problems.push("revision: not a whole number from 1");
  if (!isDay(value.approvedOn)) problems.push("approvedOn: not a calendar day");
  if (value.extensions !== undefined && !isObject(value.extensions)) problems.push("extensions: not an object");
  if (!Array.isArray(value.events)) return [...problems, "events: not an array"];
  for (const [index, event] of (value.events as unknown[]).entries()) {
    const at = `events/${index}/`;
    if (!isObject(event)) {
      problems.push(`${at}: not an object`);
      continue;
    }
    keys(at, event, ["id", "title", "dimension", "priorityArea", "measure", "proposers", "hosts", "planned", "venue", "format", "outcome"]);
    if (!isString(event.id)) problems.push(`${at}id: not a string`);
    if (!isObject(event.title) || !isString(event.title.en) || (event.title.ru !== undefined && !isString(event.title.ru)))
      problems.push(`${at}title: not { en, ru? }`);
    else keys(`${at}title/`, event.title, ["en", "ru"]);
    if (!DIMENSIONS.some((d) => d.id === event.dimension)) problems.push(`${at}dimension: not a dimension id`);
    for (const key of ["priorityArea", "measure", "venue"]) if (event[key] !== undefined && !isString(event[key])) problems.push(`${at}${key}: not a string`);
    if (!isCodes(event.proposers)) problems.push(`${at}proposers: not a list of alpha-2 codes`);
    if (event.hosts !== undefined && !isCodes(event.hosts)) problems.push(`${at}hosts: not a list of alpha-2 codes`);
    if (!isPlanned(event.planned)) problems.push(`${at}planned: not a day, a month or a quarter`);
    if (event.format !== undefined && !["offline", "online", "hybrid"].includes(event.format as string))
      problems.push(`${at}format: not offline, online or hybrid`);
    const outcome = event.outcome;
    if (outcome === undefined) continue;
    if (!isObject(outcome)) {
      problems.push(`${at}outcome: not an object`);
      continue;
    }
    const fields: Record<string, string[]> = { held: ["status", "from", "to"], postponed: ["status", "to"], cancelled: ["status"], merged: ["status", "into"] };
    const allowed = fields[outcome.status as string];
    if (!allowed) {
      problems.push(`${at}outcome/status: not held, postponed, cancelled or merged`);
      continue;
    }
    keys(`${at}outcome/`, outcome, allowed);
    if (outcome.status === "held" && (!isDay(outcome.from) || (outcome.to !== undefined && !isDay(outcome.to))))
      problems.push(`${at}outcome: held without calendar days`);
    if (outcome.status === "postponed" && outcome.to !== undefined && !isPlanned(outcome.to)) problems.push(`${at}outcome/to: not a day, a month or a quarter`);
    if (outcome.status === "merged" && !isString(outcome.into)) problems.push(`${at}outcome/into: not an event id`);
  }
  return problems;
}

const problems = planShapeProblems(input);
const plan = input as CbmPlan;
const events = plan.events ?? [];
const catalogue = cica.catalogues["cica@2021"];

/** The first and last day an event is planned for, or was held on. */
function window(event: PlanEvent): [string, string] {
  if (event.outcome?.status === "held") return [event.outcome.from, event.outcome.to ?? event.outcome.from];
  const p = event.planned;
  if (p.length === 10) return [p, p];
  const year = p.slice(0, 4);
  const [first, last] = p[5] === "Q" ? [3 * Number(p[6]) - 2, 3 * Number(p[6])] : [Number(p.slice(5)), Number(p.slice(5))];
  const lastDay = new Date(Date.UTC(Number(year), last, 0)).getUTCDate();
  return [`${year}-${String(first).padStart(2, "0")}-01`, `${year}-${String(last).padStart(2, "0")}-${lastDay}`];
}

type Activity = { reporter: string; measure: string; from: string; to: string; partners: readonly string[] };
const activities: Activity[] = illustrativeReports(2025).flatMap((report: NationalReport) =>
  report.entries.flatMap((entry) =>
    (entry.activities ?? []).map((a) => ({ reporter: report.reporter, measure: entry.measure, from: a.from, to: a.to ?? a.from, partners: a.partners ?? [] })),
  ),
);
const areaOf = (measure: string) => catalogue.measures.find((m) => m.id === measure)?.priorityArea;

/**
 * The report activities that match an event as the plan's execution is specified to match them
 * (same measure or area; a proposer or host as the reporter or a partner; overlapping dates).
 * `byArea` decides whether an event that names a measure also matches the other measures of its
 * area: the demo's plan is written so that the answer is the same either way.
 */
function matching(event: PlanEvent, byArea: boolean): Activity[] {
  const states = new Set([...event.proposers, ...(event.hosts ?? [])]);
  const [from, to] = window(event);
  return activities.filter(
    (a) =>
      ((event.measure !== undefined && a.measure === event.measure) ||
        ((byArea || event.measure === undefined) && event.priorityArea !== undefined && areaOf(a.measure) === event.priorityArea)) &&
      (states.has(a.reporter) || a.partners.some((p) => states.has(p))) &&
      a.from <= to &&
      a.to >= from,
  );
}

describe("the shape check of this test", () => {
  it("finds an unknown key, a wrong format, a quarter Q5, an unknown outcome and a held event without dates", () => {
    const event = { id: "E1", title: { en: "x" }, dimension: "human", proposers: ["KZ"], planned: "2025-05" };
    expect(planShapeProblems({ ...plan, events: [event] })).toEqual([]);
    expect(
      planShapeProblems({
        ...plan,
        comment: "x",
        events: [
          { ...event, format: "in person", planned: "2025-Q5" },
          { ...event, planned: "2025-00" },
        ],
      }),
    ).toEqual([
      "comment: not a key of the type",
      "events/0/planned: not a day, a month or a quarter",
      "events/0/format: not offline, online or hybrid",
      "events/1/planned: not a day, a month or a quarter",
    ]);
    expect(
      planShapeProblems({
        ...plan,
        events: [
          { ...event, outcome: { status: "done" } },
          { ...event, outcome: { status: "held" } },
        ],
      }),
    ).toEqual(["events/0/outcome/status: not held, postponed, cancelled or merged", "events/1/outcome: held without calendar days"]);
  });
});

describe("examples/illustrative-plan-2025.json", () => {
  it("is a plan of the cica-cbm/plan@1 format, year 2025 on cica@2021", () => {
    expect(problems).toEqual([]);
    expect(plan).toMatchObject({ schema: "cica-cbm/plan@1", year: 2025, catalogue: "cica@2021" });
  });

  it("says it is illustrative, in its id, its extensions and every event's title", () => {
    expect(plan.id).toMatch(/^ILLUSTRATIVE-/);
    expect(plan.extensions?.illustrative).toBe(true);
    expect(plan.extensions?.note).toMatch(/^ILLUSTRATIVE DATA: invented events/);
    for (const event of events) expect(event.title.en, event.id).toMatch(/^Illustrative /);
    for (const event of events) if (event.title.ru) expect(event.title.ru, event.id).toMatch(/^Иллюстративн/);
  });

  it("has 44 events with distinct ids, in all five dimensions, about 20 of them proposed first by the Chair, Azerbaijan", () => {
    expect(events).toHaveLength(44);
    expect(new Set(events.map((e) => e.id)).size).toBe(44);
    for (const dimension of DIMENSIONS) expect(events.filter((e) => e.dimension === dimension.id).length, dimension.id).toBeGreaterThanOrEqual(5);
    const chairs = events.filter((e) => e.proposers[0] === "AZ").length;
    expect(chairs).toBeGreaterThanOrEqual(17);
    expect(chairs).toBeLessThanOrEqual(23);
  });

  it("names only measures and priority areas of cica@2021, each in the event's dimension and agreeing with each other", () => {
    for (const event of events) {
      const measure = event.measure === undefined ? undefined : catalogue.measures.find((m) => m.id === event.measure);
      const area = event.priorityArea === undefined ? undefined : catalogue.priorityAreas.find((a) => a.id === event.priorityArea);
      expect(event.measure === undefined || measure !== undefined, `${event.id} measure ${event.measure}`).toBe(true);
      expect(event.priorityArea === undefined || area !== undefined, `${event.id} area ${event.priorityArea}`).toBe(true);
      expect(measure?.kind, event.id).not.toBe("measure-group");
      expect(measure?.dimension ?? event.dimension, event.id).toBe(event.dimension);
      expect(area?.dimension ?? event.dimension, event.id).toBe(event.dimension);
      if (measure && area) expect(measure.priorityArea, event.id).toBe(area.id);
      expect(measure ?? area, `${event.id} names a measure or an area`).toBeDefined();
    }
  });

  it("names as proposers and hosts only states that were members throughout 2025", () => {
    const members = (day: string) => new Set(membersOn(cica.registry, day).map((p) => p.code));
    const [january, december] = [members("2025-01-01"), members("2025-12-31")];
    const named = new Set(events.flatMap((e) => [...e.proposers, ...(e.hosts ?? [])]));
    expect(named.size).toBeGreaterThan(10);
    expect([...named].filter((code) => !january.has(code) || !december.has(code))).toEqual([]);
  });

  it("plans and records dates in 2025 only, held from a day to a later one, postponed beyond the year, merged into another event", () => {
    const ids = new Set(events.map((e) => e.id));
    for (const event of events) {
      expect(event.planned.slice(0, 4), event.id).toBe("2025");
      const outcome = event.outcome;
      if (outcome?.status === "held") {
        expect([outcome.from.slice(0, 4), (outcome.to ?? outcome.from).slice(0, 4)], event.id).toEqual(["2025", "2025"]);
        expect(outcome.from <= (outcome.to ?? outcome.from), event.id).toBe(true);
      }
      // A postponement to a day already past at the demo's review (2026-06-30) would be stale.
      if (outcome?.status === "postponed" && outcome.to) expect(outcome.to > "2026-06-30", event.id).toBe(true);
      if (outcome?.status === "merged") {
        expect(ids.has(outcome.into), event.id).toBe(true);
        expect(outcome.into, event.id).not.toBe(event.id);
        expect(events.find((e) => e.id === outcome.into)?.outcome?.status, `${event.id} merged into a merged event`).not.toBe("merged");
      }
    }
  });

  it("records outcomes of every kind, and leaves some events with none", () => {
    const kinds = new Set(events.map((e) => e.outcome?.status ?? "none"));
    expect([...kinds].sort()).toEqual(["cancelled", "held", "merged", "none", "postponed"]);
    expect(events.some((e) => e.outcome?.status === "postponed" && e.outcome.to === undefined)).toBe(true);
    expect(events.some((e) => e.outcome?.status === "held" && e.outcome.to === undefined)).toBe(true);
  });

  it("has events without an outcome that the demo's reports confirm, and others they say nothing about", () => {
    const open = events.filter((e) => e.outcome === undefined);
    const confirmed = open.filter((e) => matching(e, true).length > 0).map((e) => e.id);
    expect(confirmed).toEqual(["E02", "E07", "E13", "E28", "E32", "E35", "E40", "E42"]);
    expect(open.filter((e) => matching(e, false).length > 0).map((e) => e.id)).toEqual(confirmed);
    // The rest have no outcome and no matching activity: "no information", not "not held".
    expect(open.length - confirmed.length).toBeGreaterThanOrEqual(8);
  });

  it("has held events with matching report activities and held events without, and leaves most activities unplanned", () => {
    const held = events.filter((e) => e.outcome?.status === "held");
    const withReports = held.filter((e) => matching(e, true).length > 0).map((e) => e.id);
    expect(withReports).toEqual(["E03", "E31", "E39"]);
    expect(held.filter((e) => matching(e, false).length > 0).map((e) => e.id)).toEqual(withReports);
    const planned = new Set(events.filter((e) => e.outcome?.status !== "merged").flatMap((e) => matching(e, true)));
    expect(activities.length - planned.size).toBeGreaterThan(activities.length / 2);
  });
});
