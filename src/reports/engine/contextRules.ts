import { activityKindsOf } from "../../catalogue/activityKindsOf.js";
import { type CatalogueLookups, catalogueLookups, measureIndex } from "../../catalogue/catalogueIndex.js";
import type { Catalogue } from "../../catalogue/types.js";
import type { MessageParams } from "../../i18n/messages.js";
import { isFullDate } from "../../internal/dates.js";
import { isPlainObject, own, pathText, shortText } from "../../internal/json.js";
import { registryIndex, statusDuring } from "../../participants/registryIndex.js";
import { findParticipant } from "../../participants/findParticipant.js";
import type { Participant, Registry } from "../../participants/types.js";
import { REPORT_LIMITS as L } from "../limits.js";
import { REPORT_SCHEMA_V1 } from "../schemaIds.js";
import type { IssueCollector } from "./IssueCollector.js";
import type { Prepared } from "./prepareContext.js";
import { codePoints } from "./codePoints.js";
import { received } from "./received.js";
import { suggestCode } from "./suggest.js";

/** A text found, as written (cut as {@link received} cuts it). */
const receivedText = (value: string): string => String(received(value));

/** A participant's names for a message, by its code (the code itself when the registry has none). */
function nameOf(byCode: ReadonlyMap<string, Participant>, code: string): MessageParams {
  const participant = byCode.get(code);
  return { "name.en": participant?.name.en ?? code, "name.ru": participant?.name.ru ?? participant?.name.en ?? code };
}

/**
 * The state an unknown code probably means. An over-long code (a field.too-long error already)
 * gets no suggestion: the look-up normalises its text (NFKC), which would cost memory in
 * proportion to it.
 */
function suggestState(registry: Registry, value: string): Participant | undefined {
  if (value.length > L.code) return undefined;
  const found = findParticipant(registry, value);
  return found && found.kind === "state" ? found : undefined;
}

/**
 * What the rules read of a report's context once, not once an entry or an activity: the registry's
 * codes, the catalogue's measures, statuses and activity kinds (each index kept per frozen
 * registry or catalogue, so a look-up here is a look-up in a map), and the year's first and last
 * day as text, against which full dates compare as strings.
 */
interface Scope {
  readonly registry: Registry;
  readonly byCode: ReadonlyMap<string, Participant>;
  readonly reporter: unknown;
  readonly year: number | undefined;
  /** The year's 1 January and 31 December (`YYYY-MM-DD`), or `""` without a year. */
  readonly first: string;
  readonly last: string;
  readonly catalogue: Catalogue | undefined;
  /** The catalogue's measures, statuses and kinds by id. */
  readonly lookups: CatalogueLookups | undefined;
  readonly collector: IssueCollector;
  /** Each entry's measure as read so far, by index (`undefined` for an entry that is not an object). */
  readonly names: unknown[];
  /** The index of each measure's first entry, among the first `indexed` entries: made only for a long list. */
  firsts: Map<string, number> | undefined;
  indexed: number;
}

/**
 * The rules that need the context: the reporter and partners in the registry, the catalogue and
 * its measures and statuses, the dates against the year and today.
 * `entriesLength`: the length of the entries before the snapshot cut them, if it did.
 */
export function checkContext(input: Record<string, unknown>, context: Prepared, collector: IssueCollector, entriesLength: number | undefined): void {
  const registry = context.registry;
  const byCode = registryIndex(registry).byCode;
  const reporter = own(input, "reporter");
  const yearValue = own(input, "year");
  const year = Number.isInteger(yearValue) && (yearValue as number) >= 1000 && (yearValue as number) <= 9999 ? (yearValue as number) : undefined;
  // A year of four digits: its days as text need no padding.
  const first = year === undefined ? "" : `${year}-01-01`;
  const last = year === undefined ? "" : `${year}-12-31`;
  const ref = own(input, "catalogue");
  const catalogue = typeof ref === "string" ? context.catalogues.get(ref) : undefined;
  const entries = own(input, "entries");

  if (typeof reporter === "string" && reporter !== "") {
    const participant = byCode.get(reporter);
    if (!participant) {
      const guess = suggestState(registry, reporter);
      if (guess)
        collector.add(
          "reporter.unknown",
          ["reporter"],
          { received: receivedText(reporter), suggestion: guess.code, ...nameOf(byCode, guess.code) },
          "reporter.unknown.suggest",
        );
      else collector.add("reporter.unknown", ["reporter"], { received: receivedText(reporter) });
    } else if (participant.kind !== "state") {
      collector.add("reporter.not-state", ["reporter"], { code: reporter, ...nameOf(byCode, reporter) });
    } else if (year !== undefined) {
      const status = statusDuring(participant, first, last);
      if (status === "none") collector.add("reporter.not-participant", ["reporter"], { code: reporter, ...nameOf(byCode, reporter), year });
      else if (status === "observer") collector.add("reporter.observer", ["reporter"], { code: reporter, ...nameOf(byCode, reporter), year });
    }
  }

  if (typeof ref === "string" && ref !== "" && !catalogue) {
    // A variant of case, spacing or full-width forms of one reference (`CICA@2021`, `cica@２０２１`).
    const suggestion = suggestCode(
      ref,
      [...context.catalogues.keys()].map((id) => ({ id })),
      { separator: "", slips: false },
    );
    if (suggestion !== undefined)
      collector.add(
        "catalogue.unknown",
        ["catalogue"],
        { received: shortText(ref), known: [...context.catalogues.keys()], suggestion },
        "catalogue.unknown.suggest",
      );
    else collector.add("catalogue.unknown", ["catalogue"], { received: shortText(ref), known: [...context.catalogues.keys()] });
  }
  if (catalogue && year !== undefined) {
    // The latest adopted of the versions that supersede it for the year: the one to report on.
    const successor = context.successors.get(catalogue.ref)?.find((candidate) => candidate.fromYear <= year);
    if (successor) collector.add("catalogue.superseded", ["catalogue"], { catalogue: catalogue.ref, year, by: successor.ref, adopted: successor.adopted });
  }
  // A year ends with its 31 December: a report on it before then may still change.
  if (year !== undefined && context.today !== undefined && context.today <= last) {
    collector.add("year.not-ended", ["year"], { year, today: context.today });
  }

  const submittedOn = own(input, "submittedOn");
  if (isFullDate(submittedOn)) {
    if (year !== undefined && submittedOn < first) {
      collector.add("submitted.before-year", ["submittedOn"], { submittedOn, year });
    }
    if (context.today !== undefined && submittedOn > context.today) {
      collector.add("submitted.in-future", ["submittedOn"], { submittedOn, today: context.today });
    }
  }

  if (!Array.isArray(entries)) return;
  const nil = own(input, "nil");
  if (nil === true && entries.length > 0) collector.add("nil.with-entries", ["entries"], { count: entriesLength ?? entries.length });
  if (nil !== true && entries.length === 0) collector.add("entries.empty", ["entries"]);

  const scope: Scope = {
    registry,
    byCode,
    reporter,
    year,
    first,
    last,
    catalogue,
    lookups: catalogue && catalogueLookups(catalogue),
    collector,
    names: [],
    firsts: undefined,
    indexed: 0,
  };
  // In a report@1 these fields are unknown fields (errors already): their rules would only repeat it.
  const version2 = own(input, "schema") !== REPORT_SCHEMA_V1;
  const reportAccess = version2 ? own(input, "access") : undefined;
  const limit = Math.min(entries.length, L.entries);
  for (let index = 0; index < limit; index++) {
    const entry = entries[index];
    const measure = isPlainObject(entry) ? own(entry, "measure") : undefined;
    scope.names.push(measure);
    if (!isPlainObject(entry)) continue;
    if (typeof measure === "string" && measure !== "") checkMeasure(measure, index, scope, context);
    const status = own(entry, "status");
    const activities = own(entry, "activities");
    const statusDefinition = scope.lookups && typeof status === "string" && status !== "" ? scope.lookups.statuses.get(status) : undefined;
    if (catalogue && typeof status === "string" && status !== "" && !statusDefinition) {
      // A variant of case, spacing or full-width forms, else one status within two typing slips.
      const suggestion = suggestCode(status, catalogue.statuses, { separator: "-", slips: true });
      if (suggestion !== undefined)
        collector.add(
          "status.unknown",
          ["entries", index, "status"],
          { received: shortText(status), catalogue: catalogue.ref, suggestion },
          "status.unknown.suggest",
        );
      else
        collector.add("status.unknown", ["entries", index, "status"], {
          received: shortText(status),
          catalogue: catalogue.ref,
          known: catalogue.statuses.map((s) => s.id),
        });
    } else if (statusDefinition && statusDefinition.score === null && Array.isArray(activities) && activities.length > 0) {
      // A status outside the scale (not-applicable) counts as reported in coverage but is left out
      // of the implementation level: activities under it would be seen by neither.
      collector.add("status.unscored-with-activities", ["entries", index, "status"], { status: statusDefinition.id, count: activities.length });
    }
    const inYear = Array.isArray(activities) ? checkActivities(activities, index, scope) : 0;
    if (version2) {
      checkNothingNew(entry, index, year, inYear, collector);
      checkAccess(reportAccess, entry, activities, index, collector);
    }
  }
}

/**
 * An entry's measure: a repeat of an earlier entry's, a heading, or one the catalogue does not
 * have. The earlier entries are searched only for a measure seen again, which a valid report
 * has none of: a report's own measures are few, and a search among them makes no map a report.
 */
function checkMeasure(measure: string, index: number, scope: Scope, context: Prepared): void {
  const { catalogue, collector } = scope;
  const first = firstWith(index, measure, scope);
  if (first !== undefined) collector.add("measure.duplicate", ["entries", index, "measure"], { measure: shortText(measure), first });
  if (!catalogue) return;
  const known = scope.lookups!.measures.get(measure);
  if (known?.kind === "measure-group") {
    // A heading is not reportable: coverage does not count it (nor a measure under it).
    const items = catalogue.measures.filter((item) => item.parent === measure).map((item) => item.id);
    collector.add("measure.heading", ["entries", index, "measure"], { measure, catalogue: catalogue.ref, items });
  } else if (!known) {
    // A variant of case, spacing or full-width digits of one of the version's measures.
    const suggestion = suggestCode(measure, catalogue.measures, { separator: "", slips: false });
    const elsewhere = [...context.catalogues.values()].filter((other) => other !== catalogue && measureIndex(other).has(measure)).map((other) => other.ref);
    if (suggestion !== undefined)
      collector.add(
        "measure.unknown",
        ["entries", index, "measure"],
        { measure: shortText(measure), catalogue: catalogue.ref, suggestion },
        "measure.unknown.suggest",
      );
    else if (elsewhere.length > 0)
      collector.add(
        "measure.unknown",
        ["entries", index, "measure"],
        { measure: shortText(measure), catalogue: catalogue.ref, elsewhere },
        "measure.unknown.elsewhere",
      );
    else collector.add("measure.unknown", ["entries", index, "measure"], { measure: shortText(measure), catalogue: catalogue.ref });
  }
}

/** Entries past which the earlier ones are searched through a map rather than one by one. */
const SEARCH_LIMIT = 16;

/** The index of the first of the entries before `index` that names `measure`, if one does. */
function firstWith(index: number, measure: string, scope: Scope): number | undefined {
  const names = scope.names;
  if (index <= SEARCH_LIMIT) {
    for (let at = 0; at < index; at++) if (names[at] === measure) return at;
    return undefined;
  }
  // A long list (up to the entries' limit) is indexed as it is read, so that the search stays linear.
  const firsts = (scope.firsts ??= new Map<string, number>());
  for (let at = scope.indexed; at < index; at++) {
    const named = names[at];
    if (typeof named === "string" && !firsts.has(named)) firsts.set(named, at);
  }
  scope.indexed = index;
  return firsts.get(measure);
}

/**
 * "Nothing new to declare since": a year before the report's, and then no activities of the year
 * (`inYear`: how many of the entry's activities fall in the year, as {@link checkActivities} counts them).
 */
function checkNothingNew(entry: Record<string, unknown>, index: number, year: number | undefined, inYear: number, collector: IssueCollector): void {
  const since = own(entry, "nothingNewSince");
  if (year === undefined || !Number.isInteger(since) || (since as number) < 1000 || (since as number) > 9999) return;
  const path = ["entries", index, "nothingNewSince"];
  if ((since as number) >= year) collector.add("entry.nothing-new-not-before-year", path, { since: since as number, year });
  else if (inYear > 0) collector.add("entry.nothing-new-with-activities", path, { since: since as number, year, count: inYear });
}

/**
 * A part marked public inside a part for member states only is withheld (the safe default wins):
 * the warning names the outermost part that withholds it, the one whose mark to change first.
 */
function checkAccess(reportAccess: unknown, entry: Record<string, unknown>, activities: unknown, index: number, collector: IssueCollector): void {
  const reportPublic = reportAccess === "public";
  const entryAccess = own(entry, "access");
  if (entryAccess === "public" && !reportPublic) withheld(collector, reportPublic, "entry", index, ["entries", index, "access"]);
  if (!Array.isArray(activities) || (reportPublic && entryAccess !== "member-states")) return;
  const limit = Math.min(activities.length, L.activities);
  for (let at = 0; at < limit; at++) {
    if (own(activities[at], "access") === "public") withheld(collector, reportPublic, "activity", index, ["entries", index, "activities", at, "access"]);
  }
}

/** The warning for a public part withheld by the report (not public) or else by its entry `index`. */
function withheld(collector: IssueCollector, reportPublic: boolean, part: "entry" | "activity", index: number, path: (string | number)[]): void {
  if (!reportPublic)
    collector.add("access.public-inside-restricted", path, { part, container: "", change: "access" }, "access.public-inside-restricted.report");
  else
    collector.add("access.public-inside-restricted", path, { part, container: pathText(["entries", index]), change: pathText(["entries", index, "access"]) });
}

/** The rules of an entry's activities; gives how many of them fall in the report's year. */
function checkActivities(activities: readonly unknown[], entryIndex: number, scope: Scope): number {
  const { byCode, reporter, year, first, last, catalogue, collector } = scope;
  const limit = Math.min(activities.length, L.activities);
  let inYear = 0;
  // Paths are built only for an issue: most activities have none.
  for (let index = 0; index < limit; index++) {
    const activity = activities[index];
    if (!isPlainObject(activity)) continue;
    const kind = own(activity, "kind");
    if (catalogue && typeof kind === "string" && kind !== "" && !scope.lookups!.kinds.has(kind)) checkKind(kind, catalogue, entryIndex, index, collector);
    const from = own(activity, "from");
    if (isFullDate(from)) {
      const to = own(activity, "to");
      const toDate = isFullDate(to);
      const endsBefore = toDate && to < from;
      // An activity that ends before it starts is taken as its first day.
      const end = toDate && !endsBefore ? to : from;
      const during = year !== undefined && end >= first && from <= last;
      if (during) inYear++;
      if (endsBefore) collector.add("activity.ends-before-start", ["entries", entryIndex, "activities", index, "to"], { from, to });
      else if (year !== undefined && !during)
        collector.add("activity.outside-year", ["entries", entryIndex, "activities", index, "from"], { from, to: end, year });
    }
    const partners = own(activity, "partners");
    if (!Array.isArray(partners)) continue;
    const partnerLimit = Math.min(partners.length, L.partners);
    for (let p = 0; p < partnerLimit; p++) {
      const partner = partners[p];
      if (typeof partner !== "string" || partner === "") continue;
      const known = byCode.has(partner);
      // A partner named as the reporter, or whose unknown code means the reporter.
      if (partner === reporter) {
        collector.add("partner.is-reporter", ["entries", entryIndex, "activities", index, "partners", p], { code: shortText(partner) });
        continue;
      }
      if (known) continue;
      const guess = suggestState(scope.registry, partner);
      const path = ["entries", entryIndex, "activities", index, "partners", p];
      if (guess !== undefined && guess.code === reporter) collector.add("partner.is-reporter", path, { code: shortText(partner) });
      else if (guess)
        collector.add(
          "partner.unknown",
          path,
          { received: receivedText(partner), suggestion: guess.code, ...nameOf(byCode, guess.code) },
          "partner.unknown.suggest",
        );
      else collector.add("partner.unknown", path, { received: receivedText(partner) });
    }
  }
  return inYear;
}

/**
 * An activity's kind not in the catalogue's vocabulary: a kind written in another case or with
 * spaces (`Exchange of information`) is the kind; any other is a warning, with the kind within two
 * typing slips when there is one (`excercise`), else the list.
 */
function checkKind(kind: string, catalogue: Catalogue, entryIndex: number, index: number, collector: IssueCollector): void {
  const kinds = activityKindsOf(catalogue);
  // An over-long kind is a field.too-long error already: one issue is enough.
  if (kind.length > L.kind && codePoints(kind) > L.kind) return;
  if (suggestCode(kind, kinds, { separator: "-", slips: false }) !== undefined) return;
  const suggestion = suggestCode(kind, kinds, { separator: "-", slips: true });
  const path = ["entries", entryIndex, "activities", index, "kind"];
  if (suggestion !== undefined)
    collector.add("activity.kind-unknown", path, { received: shortText(kind), catalogue: catalogue.ref, suggestion }, "activity.kind-unknown.suggest");
  else collector.add("activity.kind-unknown", path, { received: shortText(kind), catalogue: catalogue.ref, known: kinds.map((known) => known.id) });
}
