import { activityKindsOf } from "../../catalogue/activityKindsOf.js";
import { getMeasure } from "../../catalogue/getMeasure.js";
import type { Catalogue } from "../../catalogue/types.js";
import { getImplementationStatus } from "../../catalogue/getImplementationStatus.js";
import type { MessageParams } from "../../i18n/messages.js";
import { isFullDate } from "../../internal/dates.js";
import { isPlainObject, own, pathText, shortText } from "../../internal/json.js";
import { registryIndex } from "../../participants/registryIndex.js";
import { findParticipant } from "../../participants/findParticipant.js";
import { statusInYear } from "../../participants/statusInYear.js";
import { REPORT_LIMITS as L } from "../limits.js";
import { REPORT_SCHEMA_V1 } from "../schemaIds.js";
import type { IssueCollector } from "./IssueCollector.js";
import type { Prepared } from "./prepareContext.js";
import { codePoints } from "./codePoints.js";
import { received } from "./received.js";
import { suggestCode } from "./suggest.js";

/** A text found, as written (cut as {@link received} cuts it). */
const receivedText = (value: string): string => String(received(value));

/**
 * The rules that need the context: the reporter and partners in the registry, the catalogue and
 * its measures and statuses, the dates against the year and today.
 * `entriesLength`: the length of the entries before the snapshot cut them, if it did.
 */
export function checkContext(input: Record<string, unknown>, context: Prepared, collector: IssueCollector, entriesLength: number | undefined): void {
  const byCode = registryIndex(context.registry).byCode;
  const reporter = own(input, "reporter");
  const yearValue = own(input, "year");
  const year = Number.isInteger(yearValue) && (yearValue as number) >= 1000 && (yearValue as number) <= 9999 ? (yearValue as number) : undefined;
  const ref = own(input, "catalogue");
  const catalogue = typeof ref === "string" ? context.catalogues.get(ref) : undefined;
  const entries = own(input, "entries");

  const nameOf = (code: string): MessageParams => {
    const participant = byCode.get(code);
    return { "name.en": participant?.name.en ?? code, "name.ru": participant?.name.ru ?? participant?.name.en ?? code };
  };
  // An over-long code (a field.too-long error already) gets no suggestion: the look-up normalises
  // its text (NFKC), which would cost memory in proportion to it.
  const suggest = (value: string) => {
    if (value.length > L.code) return undefined;
    const found = findParticipant(context.registry, value);
    return found && found.kind === "state" ? found : undefined;
  };

  if (typeof reporter === "string" && reporter !== "") {
    const participant = byCode.get(reporter);
    if (!participant) {
      const guess = suggest(reporter);
      if (guess)
        collector.add(
          "reporter.unknown",
          ["reporter"],
          { received: receivedText(reporter), suggestion: guess.code, ...nameOf(guess.code) },
          "reporter.unknown.suggest",
        );
      else collector.add("reporter.unknown", ["reporter"], { received: receivedText(reporter) });
    } else if (participant.kind !== "state") {
      collector.add("reporter.not-state", ["reporter"], { code: reporter, ...nameOf(reporter) });
    } else if (year !== undefined) {
      const status = statusInYear(context.registry, reporter, year);
      if (status === "none") collector.add("reporter.not-participant", ["reporter"], { code: reporter, ...nameOf(reporter), year });
      else if (status === "observer") collector.add("reporter.observer", ["reporter"], { code: reporter, ...nameOf(reporter), year });
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
  if (year !== undefined && context.today !== undefined && context.today <= `${String(year).padStart(4, "0")}-12-31`) {
    collector.add("year.not-ended", ["year"], { year, today: context.today });
  }

  const submittedOn = own(input, "submittedOn");
  if (isFullDate(submittedOn)) {
    if (year !== undefined && submittedOn < `${String(year).padStart(4, "0")}-01-01`) {
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

  const seen = new Map<string, number>();
  const limit = Math.min(entries.length, L.entries);
  for (let index = 0; index < limit; index++) {
    const entry = entries[index];
    if (!isPlainObject(entry)) continue;
    const measure = own(entry, "measure");
    if (typeof measure === "string" && measure !== "") {
      const first = seen.get(measure);
      if (first !== undefined) collector.add("measure.duplicate", ["entries", index, "measure"], { measure: shortText(measure), first });
      else seen.set(measure, index);
      const known = catalogue ? getMeasure(catalogue, measure) : undefined;
      if (catalogue && known?.kind === "measure-group") {
        // A heading is not reportable: coverage does not count it (nor a measure under it).
        const items = catalogue.measures.filter((item) => item.parent === measure).map((item) => item.id);
        collector.add("measure.heading", ["entries", index, "measure"], { measure, catalogue: catalogue.ref, items });
      } else if (catalogue && !known) {
        // A variant of case, spacing or full-width digits of one of the version's measures.
        const suggestion = suggestCode(measure, catalogue.measures, { separator: "", slips: false });
        const elsewhere = [...context.catalogues.values()].filter((other) => other !== catalogue && getMeasure(other, measure)).map((other) => other.ref);
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
    const status = own(entry, "status");
    const activities = own(entry, "activities");
    const statusDefinition = catalogue && typeof status === "string" && status !== "" ? getImplementationStatus(catalogue, status) : undefined;
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
    const inYear = Array.isArray(activities) ? checkActivities(activities, index, reporter, year, catalogue, context, collector, suggest, nameOf) : 0;
    // In a report@1 these fields are unknown fields (errors already): their rules would only repeat it.
    if (own(input, "schema") !== REPORT_SCHEMA_V1) {
      checkNothingNew(entry, index, year, inYear, collector);
      checkAccess(own(input, "access"), entry, index, collector);
    }
  }
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
function checkAccess(reportAccess: unknown, entry: Record<string, unknown>, index: number, collector: IssueCollector): void {
  const reportPublic = reportAccess === "public";
  const entryAccess = own(entry, "access");
  const withheld = (part: "entry" | "activity", path: (string | number)[]) => {
    if (!reportPublic)
      collector.add("access.public-inside-restricted", path, { part, container: "", change: "access" }, "access.public-inside-restricted.report");
    else
      collector.add("access.public-inside-restricted", path, { part, container: pathText(["entries", index]), change: pathText(["entries", index, "access"]) });
  };
  if (entryAccess === "public" && !reportPublic) withheld("entry", ["entries", index, "access"]);
  const activities = own(entry, "activities");
  if (!Array.isArray(activities) || (reportPublic && entryAccess !== "member-states")) return;
  for (let at = 0; at < Math.min(activities.length, L.activities); at++) {
    if (own(activities[at], "access") === "public") withheld("activity", ["entries", index, "activities", at, "access"]);
  }
}

/** The rules of an entry's activities; gives how many of them fall in the report's year. */
function checkActivities(
  activities: readonly unknown[],
  entryIndex: number,
  reporter: unknown,
  year: number | undefined,
  catalogue: Catalogue | undefined,
  context: Prepared,
  collector: IssueCollector,
  suggest: (value: string) => { code: string } | undefined,
  nameOf: (code: string) => MessageParams,
): number {
  const byCode = registryIndex(context.registry).byCode;
  const limit = Math.min(activities.length, L.activities);
  const y = year === undefined ? "" : String(year).padStart(4, "0");
  let inYear = 0;
  // Paths are built only for an issue: most activities have none.
  const at = (index: number, ...rest: (string | number)[]) => ["entries", entryIndex, "activities", index, ...rest];
  for (let index = 0; index < limit; index++) {
    const activity = activities[index];
    if (!isPlainObject(activity)) continue;
    const kind = own(activity, "kind");
    if (catalogue && typeof kind === "string" && kind !== "") checkKind(kind, catalogue, at(index, "kind"), collector);
    const from = own(activity, "from");
    const to = own(activity, "to");
    if (isFullDate(from)) {
      const endsBefore = isFullDate(to) && to < from;
      // An activity that ends before it starts is taken as its first day.
      const end = isFullDate(to) && !endsBefore ? to : from;
      const during = year !== undefined && end >= `${y}-01-01` && from <= `${y}-12-31`;
      if (during) inYear++;
      if (endsBefore) collector.add("activity.ends-before-start", at(index, "to"), { from, to });
      else if (year !== undefined && !during) collector.add("activity.outside-year", at(index, "from"), { from, to: end, year });
    }
    const partners = own(activity, "partners");
    if (!Array.isArray(partners)) continue;
    const partnerLimit = Math.min(partners.length, L.partners);
    for (let p = 0; p < partnerLimit; p++) {
      const partner = partners[p];
      if (typeof partner !== "string" || partner === "") continue;
      const guess = byCode.has(partner) ? undefined : suggest(partner);
      if (partner === reporter || (guess !== undefined && guess.code === reporter))
        collector.add("partner.is-reporter", at(index, "partners", p), { code: shortText(partner) });
      else if (!byCode.has(partner)) {
        if (guess)
          collector.add(
            "partner.unknown",
            at(index, "partners", p),
            { received: receivedText(partner), suggestion: guess.code, ...nameOf(guess.code) },
            "partner.unknown.suggest",
          );
        else collector.add("partner.unknown", at(index, "partners", p), { received: receivedText(partner) });
      }
    }
  }
  return inYear;
}

/**
 * An activity's kind against the catalogue's vocabulary: a kind written in another case or with
 * spaces (`Exchange of information`) is the kind; any other is a warning, with the kind within two
 * typing slips when there is one (`excercise`), else the list.
 */
function checkKind(kind: string, catalogue: Catalogue, path: (string | number)[], collector: IssueCollector): void {
  const kinds = activityKindsOf(catalogue);
  if (kinds.some((known) => known.id === kind)) return;
  // An over-long kind is a field.too-long error already: one issue is enough.
  if (kind.length > L.kind && codePoints(kind) > L.kind) return;
  if (suggestCode(kind, kinds, { separator: "-", slips: false }) !== undefined) return;
  const suggestion = suggestCode(kind, kinds, { separator: "-", slips: true });
  if (suggestion !== undefined)
    collector.add("activity.kind-unknown", path, { received: shortText(kind), catalogue: catalogue.ref, suggestion }, "activity.kind-unknown.suggest");
  else collector.add("activity.kind-unknown", path, { received: shortText(kind), catalogue: catalogue.ref, known: kinds.map((known) => known.id) });
}
