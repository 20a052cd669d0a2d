import { getMeasure } from "../catalogue/getMeasure.js";
import type { Catalogue } from "../catalogue/types.js";
import { DIMENSIONS } from "../dimensions/DIMENSIONS.js";
import type { MessageParams } from "../i18n/messages.js";
import { isFullDate } from "../internal/dates.js";
import { nearest } from "../internal/editDistance.js";
import { isPlainObject, own, shortText, type JsonPath } from "../internal/json.js";
import { findParticipant } from "../participants/findParticipant.js";
import { registryIndex } from "../participants/registryIndex.js";
import { statusInYear } from "../participants/statusInYear.js";
import type { IssueCollector, Prepared } from "../reports/engine/index.js";
import { received } from "../reports/engine/received.js";
import { PLAN_LIMITS as L } from "./limits.js";
import { plannedPeriod } from "./plannedPeriod.js";
import { suggestCode } from "../reports/engine/suggest.js";

const DIMENSION_IDS: readonly string[] = DIMENSIONS.map((dimension) => dimension.id);

/** A word written for a look-up: trimmed, lower case, spaces and underscores as hyphens. */
const normal = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");

/**
 * The one word of `words` a value probably means: the same word in another case or spacing, else
 * the only word it begins, else the one word within two typing slips. An over-long value (a
 * `field.too-long` error already) gets none.
 */
function suggestion(value: string, words: readonly string[]): string | undefined {
  if (value.length > L.code) return undefined;
  const n = normal(value);
  const same = words.find((word) => normal(word) === n);
  if (same !== undefined) return same;
  const begun = n.length >= 3 ? words.filter((word) => normal(word).startsWith(n)) : [];
  if (begun.length === 1) return begun[0];
  return nearest(n, words, Math.min(2, Math.floor(n.length / 3)));
}

const text = (value: unknown): value is string => typeof value === "string" && value !== "";

/**
 * The rules that need the context or the whole plan: the dimension, priority area and measure
 * against the catalogue; the proposers and hosts against the registry in the plan's year; the
 * dates against the year and `today`; event ids unique, and merges that lead somewhere. Each rule
 * reads only fields that are readable, so a plan with structural errors still gets them.
 */
export function checkPlanContext(input: Record<string, unknown>, context: Prepared, collector: IssueCollector): void {
  const byCode = registryIndex(context.registry).byCode;
  const yearValue = own(input, "year");
  const year = Number.isInteger(yearValue) && (yearValue as number) >= 1000 && (yearValue as number) <= 9999 ? (yearValue as number) : undefined;
  const ref = own(input, "catalogue");
  const catalogue = typeof ref === "string" ? context.catalogues.get(ref) : undefined;
  if (text(ref) && !catalogue) collector.add("catalogue.unknown", ["catalogue"], { received: shortText(ref), known: [...context.catalogues.keys()] });

  const approvedOn = own(input, "approvedOn");
  if (isFullDate(approvedOn) && context.today !== undefined && approvedOn > context.today)
    collector.add("plan.approved-in-future", ["approvedOn"], { approvedOn, today: context.today });

  const events = own(input, "events");
  if (!Array.isArray(events)) return;
  const limit = Math.min(events.length, L.events);
  // The first event (an object) of each id.
  const firstOf = new Map<string, number>();
  const merges: { readonly index: number; readonly id: string | undefined; readonly into: string }[] = [];
  for (let index = 0; index < limit; index++) {
    const event = events[index];
    if (!isPlainObject(event)) continue;
    const at: JsonPath = ["events", index];
    const id = own(event, "id");
    if (text(id)) {
      const first = firstOf.get(id);
      if (first !== undefined) collector.add("plan.event-duplicate", [...at, "id"], { id: shortText(id), first });
      else firstOf.set(id, index);
    }
    const dimension = checkDimension(event, at, collector);
    if (catalogue) checkCatalogue(event, at, dimension, catalogue, context, collector);
    for (const role of ["proposers", "hosts"] as const) {
      const states = own(event, role);
      if (!Array.isArray(states)) continue;
      const firstAt = new Map<string, number>();
      for (let n = 0; n < Math.min(states.length, L.states); n++) {
        const code = states[n];
        if (!text(code)) continue;
        const seen = firstAt.get(code);
        if (seen !== undefined) {
          collector.add("plan.state-duplicate", [...at, role, n], { code: shortText(code), first: seen });
          continue;
        }
        firstAt.set(code, n);
        checkState(code, [...at, role, n], year, context, byCode, collector);
      }
    }
    const planned = own(event, "planned");
    const period = plannedPeriod(planned);
    if (period && year !== undefined && Number(period.from.slice(0, 4)) !== year)
      collector.add("plan.planned-outside-year", [...at, "planned"], { planned: planned as string, year });
    const outcome = own(event, "outcome");
    if (!isPlainObject(outcome)) continue;
    const status = own(outcome, "status");
    if (status === "held") checkHeld(outcome, [...at, "outcome"], year, context, collector);
    else if (status === "postponed") {
      const to = own(outcome, "to");
      const until = plannedPeriod(to);
      if (!until) continue;
      if (period && until.to < period.from) collector.add("plan.postponed-earlier", [...at, "outcome", "to"], { to: to as string, planned: planned as string });
      else if (context.today !== undefined && until.to < context.today)
        collector.add("plan.postponed-past", [...at, "outcome", "to"], { to: to as string, today: context.today });
    } else if (status === "merged") {
      const into = own(outcome, "into");
      if (text(into)) merges.push({ index, id: text(id) ? id : undefined, into });
    }
  }
  checkMerges(merges, firstOf, collector);
}

function checkDimension(event: Record<string, unknown>, at: JsonPath, collector: IssueCollector): string | undefined {
  const dimension = own(event, "dimension");
  if (typeof dimension !== "string") return undefined;
  if (DIMENSION_IDS.includes(dimension)) return dimension;
  const guess = suggestion(dimension, DIMENSION_IDS);
  const value = String(received(dimension));
  if (guess !== undefined)
    collector.add(
      "plan.dimension-unknown",
      [...at, "dimension"],
      { received: value, known: DIMENSION_IDS, suggestion: guess },
      "plan.dimension-unknown.suggest",
    );
  else collector.add("plan.dimension-unknown", [...at, "dimension"], { received: value, known: DIMENSION_IDS });
  return undefined;
}

function checkCatalogue(
  event: Record<string, unknown>,
  at: JsonPath,
  dimension: string | undefined,
  catalogue: Catalogue,
  context: Prepared,
  collector: IssueCollector,
): void {
  const areaId = own(event, "priorityArea");
  const area = text(areaId) ? catalogue.priorityAreas.find((candidate) => candidate.id === areaId) : undefined;
  if (text(areaId) && !area) {
    const guess = suggestion(
      areaId,
      catalogue.priorityAreas.map((candidate) => candidate.id),
    );
    const params = { area: shortText(areaId), catalogue: catalogue.ref };
    if (guess !== undefined) collector.add("plan.area-unknown", [...at, "priorityArea"], { ...params, suggestion: guess }, "plan.area-unknown.suggest");
    else collector.add("plan.area-unknown", [...at, "priorityArea"], params);
  }
  if (area && dimension !== undefined && area.dimension !== dimension)
    collector.add("plan.area-mismatch", [...at, "priorityArea"], { area: area.id, areaDimension: area.dimension, dimension });

  const measureId = own(event, "measure");
  if (!text(measureId)) return;
  const measure = getMeasure(catalogue, measureId);
  if (!measure) {
    const params = { measure: shortText(measureId), catalogue: catalogue.ref };
    // The catalogues that hold it (the plan's own does not).
    const elsewhere = [...context.catalogues.values()].filter((other) => getMeasure(other, measureId)).map((other) => other.ref);
    if (elsewhere.length > 0) {
      collector.add("plan.measure-unknown", [...at, "measure"], { ...params, elsewhere }, "plan.measure-unknown.elsewhere");
      return;
    }
    // As for a report's measures: case, spacing and full-width forms only, never a near id (2.1.3 is one slip from 2.1.5).
    const guess = suggestCode(measureId, catalogue.measures, { separator: "", slips: false });
    if (guess !== undefined) collector.add("plan.measure-unknown", [...at, "measure"], { ...params, suggestion: guess }, "plan.measure-unknown.suggest");
    else collector.add("plan.measure-unknown", [...at, "measure"], params);
    return;
  }
  if (dimension !== undefined && measure.dimension !== dimension)
    collector.add("plan.measure-mismatch", [...at, "measure"], { measure: measure.id, owner: measure.dimension, stated: dimension });
  else if (area && measure.priorityArea !== undefined && measure.priorityArea !== area.id)
    collector.add(
      "plan.measure-mismatch",
      [...at, "measure"],
      { measure: measure.id, owner: measure.priorityArea, stated: area.id },
      "plan.measure-mismatch.area",
    );
}

function checkState(
  code: string,
  at: JsonPath,
  year: number | undefined,
  context: Prepared,
  byCode: ReturnType<typeof registryIndex>["byCode"],
  collector: IssueCollector,
): void {
  const nameOf = (known: string): MessageParams => {
    const participant = byCode.get(known);
    return { "name.en": participant?.name.en ?? known, "name.ru": participant?.name.ru ?? participant?.name.en ?? known };
  };
  const participant = byCode.get(code);
  if (!participant) {
    const guess = code.length <= L.code ? findParticipant(context.registry, code) : undefined;
    if (guess && guess.kind === "state")
      collector.add(
        "plan.state-unknown",
        at,
        { received: String(received(code)), suggestion: guess.code, ...nameOf(guess.code) },
        "plan.state-unknown.suggest",
      );
    else collector.add("plan.state-unknown", at, { received: String(received(code)) });
    return;
  }
  if (year === undefined) return;
  const status = participant.kind === "state" ? statusInYear(context.registry, code, year) : "none";
  if (status === "none") collector.add("plan.state-not-member", at, { code, year, ...nameOf(code) });
  else if (status === "observer") collector.add("plan.state-observer", at, { code, year, ...nameOf(code) });
}

function checkHeld(outcome: Record<string, unknown>, at: JsonPath, year: number | undefined, context: Prepared, collector: IssueCollector): void {
  const from = own(outcome, "from");
  const toValue = own(outcome, "to");
  if (!isFullDate(from)) return;
  const to = isFullDate(toValue) ? toValue : undefined;
  if (to !== undefined && to < from) collector.add("plan.held-ends-before-start", [...at, "to"], { from, to });
  else if (year !== undefined) {
    if ((to ?? from) < `${year}-01-01` || from > `${year}-12-31`) collector.add("plan.held-outside-year", [...at, "from"], { from, to: to ?? from, year });
  }
  if (context.today !== undefined && from > context.today) collector.add("plan.held-in-future", [...at, "from"], { from, today: context.today });
}

/**
 * A merge must lead to an event of the plan other than itself, and not round in a circle: each
 * event of a circle (E03 into E07, E07 into E03) gets the issue, naming the circle from itself.
 */
function checkMerges(
  merges: readonly { readonly index: number; readonly id: string | undefined; readonly into: string }[],
  firstOf: ReadonlyMap<string, number>,
  collector: IssueCollector,
): void {
  const intoOf = new Map<string, string>();
  for (const merge of merges) if (merge.id !== undefined && firstOf.get(merge.id) === merge.index) intoOf.set(merge.id, merge.into);
  for (const { index, id, into } of merges) {
    const at: JsonPath = ["events", index, "outcome", "into"];
    if (into === id) {
      collector.add("plan.merged-cycle", at, { into: shortText(into), cycle: `${shortText(into)} → ${shortText(into)}` }, "plan.merged-cycle.self");
      continue;
    }
    if (!firstOf.has(into)) {
      collector.add("plan.merged-unknown", at, { into: shortText(into) });
      continue;
    }
    if (id === undefined) continue;
    const chain = [id];
    let next: string | undefined = into;
    while (next !== undefined && !chain.includes(next)) {
      chain.push(next);
      next = intoOf.get(next);
    }
    if (next === id) collector.add("plan.merged-cycle", at, { into: shortText(into), cycle: [...chain, id].map(shortText).join(" → ") });
  }
}
