import type { MessageParams } from "../i18n/messages.js";
import type { RuleId } from "./ruleIds.js";
import type { LedgerIssueParams } from "./issueParamsLedger.js";
import type { PlanIssueParams } from "./issueParamsPlan.js";
import type { Received } from "./Received.js";

export type { Received } from "./Received.js";

/**
 * The params of each rule's issues, by rule id: raw values (numbers as numbers, texts as written,
 * never quoted). Every issue also has `field`, where it was found, written as in
 * {@link formatPath} (`entries[0].status`). The command line's CSV rules (`csv.*`) take the params
 * of {@link MessageParams}; the ledger's are {@link LedgerIssueParams}, the plan's {@link PlanIssueParams}.
 *
 * @example
 * const params: IssueParams["field.too-long"] = { length: 4100, max: 4000 };
 *
 * @category Reports
 */
export type IssueParams = LedgerIssueParams & {
  /** The params of `report.type` issues. */
  readonly "report.type": {
    /** The value found (see {@link Received}). */
    readonly received: Received;
  };
  /** The params of `report.not-json` issues. */
  readonly "report.not-json": {
    /** Why the text is not JSON, in the words of the platform's JSON reader (`JSON.parse`), which are English. */
    readonly reason: string;
    /** The line (1-based) where the reader stopped, when it says where (message key `report.not-json.at`). */
    readonly line?: number;
    /** The column (1-based, in UTF-16 code units, as the reader counts) on that line. */
    readonly column?: number;
  };
  /** The params of `report.too-many-issues` issues. */
  readonly "report.too-many-issues": {
    /** The limit. */
    readonly max: number;
    /** How many more were found than listed. */
    readonly more: number;
  };
  /** The params of `report.too-many-warnings` issues. */
  readonly "report.too-many-warnings": {
    /** The limit. */
    readonly max: number;
    /** How many more were found than listed. */
    readonly more: number;
  };
  /** The params of `report.too-large` issues. */
  readonly "report.too-large": {
    /** The limit. */
    readonly max: number;
  };
  /** The params of `schema.unsupported` issues. */
  readonly "schema.unsupported": {
    /** The value found (see {@link Received}). */
    readonly received: Received;
  };
  /** The params of `field.unknown` issues. */
  readonly "field.unknown": {
    /** The key, as written (its first 60 characters past 64). */
    readonly key: string;
    /** What the key was found in: the report, an entry, an activity or an evidence link. */
    readonly where: string;
    /** For a field of report@2 found in a report@1: the format version that has it, `"cica-cbm/report@2"`. */
    readonly schema?: string;
  };
  /** The params of `field.missing` issues. */
  readonly "field.missing": Record<never, never>;
  /** The params of `field.type` issues. */
  readonly "field.type": {
    /** The type expected, in words (`an integer`). */
    readonly expected: string;
    /** The value found (see {@link Received}). */
    readonly received: Received;
  };
  /** The params of `field.empty` issues. */
  readonly "field.empty": Record<never, never>;
  /** The params of `field.too-long` issues. */
  readonly "field.too-long": {
    /** The length found: characters of a text, items of a list. */
    readonly length: number;
    /** The limit. */
    readonly max: number;
  };
  /** The params of `field.too-many` issues. */
  readonly "field.too-many": {
    /** The length found: characters of a text, items of a list. */
    readonly length: number;
    /** The limit. */
    readonly max: number;
  };
  /** The params of `field.date` issues. */
  readonly "field.date": {
    /** The value found (see {@link Received}). */
    readonly received: string;
  };
  /** The params of `field.value` issues. */
  readonly "field.value": {
    /** The least value allowed. */
    readonly min: number;
    /** The limit. */
    readonly max: number;
    /** The value found (see {@link Received}). */
    readonly received: Received;
  };
  /** The params of `revision.below-one` issues. */
  readonly "revision.below-one": {
    /** The value found (see {@link Received}). */
    readonly received: Received;
  };
  /** The params of `evidence.scheme` issues. */
  readonly "evidence.scheme": {
    /** The value found (see {@link Received}). */
    readonly received: string;
  };
  /** The params of `evidence.unsafe-character` issues. */
  readonly "evidence.unsafe-character": {
    /** The character, as `U+XXXX`. */
    readonly char: string;
    /** Its place in the link, counting characters from 1. */
    readonly position: number;
  };
  /** The params of `extensions.not-json` issues. */
  readonly "extensions.not-json": {
    /** What the value is instead (`a cycle`, `a function`, `NaN`). */
    readonly reason: string;
  };
  /** The params of `extensions.too-deep` issues. */
  readonly "extensions.too-deep": {
    /** The limit. */
    readonly max: number;
  };
  /** The params of `extensions.too-large` issues. */
  readonly "extensions.too-large": {
    /** The limit. */
    readonly max: number;
  };
  /** The params of `extensions.unsafe-key` issues. */
  readonly "extensions.unsafe-key": {
    /** The key, as written (its first 60 characters past 64). */
    readonly key: string;
  };
  /** The params of `reporter.unknown` issues. */
  readonly "reporter.unknown": {
    /** The value found (see {@link Received}). */
    readonly received: string;
    /** The code or status probably meant. */
    readonly suggestion?: string;
    /** The participant's name in English. */
    readonly "name.en"?: string;
    /** The participant's name in Russian. */
    readonly "name.ru"?: string;
  };
  /** The params of `reporter.not-state` issues. */
  readonly "reporter.not-state": {
    /** The participant's code. */
    readonly code: string;
    /** The participant's name in English. */
    readonly "name.en"?: string;
    /** The participant's name in Russian. */
    readonly "name.ru"?: string;
  };
  /** The params of `reporter.not-participant` issues. */
  readonly "reporter.not-participant": {
    /** The participant's code. */
    readonly code: string;
    /** The year reported on. */
    readonly year: number;
    /** The participant's name in English. */
    readonly "name.en"?: string;
    /** The participant's name in Russian. */
    readonly "name.ru"?: string;
  };
  /** The params of `reporter.observer` issues. */
  readonly "reporter.observer": {
    /** The participant's code. */
    readonly code: string;
    /** The year reported on. */
    readonly year: number;
    /** The participant's name in English. */
    readonly "name.en"?: string;
    /** The participant's name in Russian. */
    readonly "name.ru"?: string;
  };
  /** The params of `catalogue.unknown` issues. */
  readonly "catalogue.unknown": {
    /** The value found (see {@link Received}). */
    readonly received: string;
    /** The values allowed. */
    readonly known: readonly string[];
    /** The catalogue version probably meant: the reference differs by case, spaces or full-width forms (`CICA@2021`). */
    readonly suggestion?: string;
  };
  /** The params of `catalogue.superseded` issues. */
  readonly "catalogue.superseded": {
    /** The catalogue version of the report (`cica@2004`). */
    readonly catalogue: string;
    /** The year reported on. */
    readonly year: number;
    /** The version that supersedes it for that year, the latest adopted (`cica@2021`). */
    readonly by: string;
    /** When that version was adopted, as its catalogue gives it (`2021-10-12`, `2021-10` or `2021`). */
    readonly adopted: string;
  };
  /** The params of `year.not-ended` issues. */
  readonly "year.not-ended": {
    /** The year reported on. */
    readonly year: number;
    /** The context's `today`. */
    readonly today: string;
  };
  /** The params of `measure.unknown` issues. */
  readonly "measure.unknown": {
    /** The measure's id, as written. */
    readonly measure: string;
    /** The catalogue version (`cica@2021`). */
    readonly catalogue: string;
    /** The other catalogue versions that hold the measure. */
    readonly elsewhere?: readonly string[];
    /** The measure of the version probably meant: the id differs by case, spaces or full-width digits (`env.1` for `ENV.1`). */
    readonly suggestion?: string;
  };
  /** The params of `measure.heading` issues. */
  readonly "measure.heading": {
    /** The measure-group's id. */
    readonly measure: string;
    /** The catalogue version (`cica@2021`). */
    readonly catalogue: string;
    /** The ids of its sub-items, the measures to report on, in catalogue order. */
    readonly items: readonly string[];
  };
  /** The params of `measure.duplicate` issues. */
  readonly "measure.duplicate": {
    /** The measure's id. */
    readonly measure: string;
    /** The index of the entry where it first appears. */
    readonly first: number;
  };
  /** The params of `status.unknown` issues. */
  readonly "status.unknown": {
    /** The value found (see {@link Received}). */
    readonly received: string;
    /** The catalogue version (`cica@2021`). */
    readonly catalogue: string;
    /** The code or status probably meant. */
    readonly suggestion?: string;
    /** The values allowed. */
    readonly known?: readonly string[];
  };
  /** The params of `status.unscored-with-activities` issues. */
  readonly "status.unscored-with-activities": {
    /** The entry's status, one outside the scale (`not-applicable`). */
    readonly status: string;
    /** How many activities the entry lists. */
    readonly count: number;
  };
  /** The params of `nil.with-entries` issues. */
  readonly "nil.with-entries": {
    /** How many entries. */
    readonly count: number;
  };
  /** The params of `entries.empty` issues. */
  readonly "entries.empty": Record<never, never>;
  /** The params of `partner.unknown` issues. */
  readonly "partner.unknown": {
    /** The value found (see {@link Received}). */
    readonly received: string;
    /** The code or status probably meant. */
    readonly suggestion?: string;
    /** The participant's name in English. */
    readonly "name.en"?: string;
    /** The participant's name in Russian. */
    readonly "name.ru"?: string;
  };
  /** The params of `partner.is-reporter` issues. */
  readonly "partner.is-reporter": {
    /** The participant's code. */
    readonly code: string;
  };
  /** The params of `access.public-inside-restricted` issues. */
  readonly "access.public-inside-restricted": {
    /** The part marked public: `"entry"` or `"activity"`. */
    readonly part: "entry" | "activity";
    /**
     * The outermost part that withholds it, written as in {@link formatPath}: `""` for the report,
     * `entries[0]` for an entry.
     */
    readonly container: string;
    /** The field to set to `"public"` to publish the part: `access` or `entries[0].access`. */
    readonly change: string;
  };
  /** The params of `entry.nothing-new-not-before-year` issues. */
  readonly "entry.nothing-new-not-before-year": {
    /** The entry's `nothingNewSince`. */
    readonly since: number;
    /** The year reported on. */
    readonly year: number;
  };
  /** The params of `entry.nothing-new-with-activities` issues. */
  readonly "entry.nothing-new-with-activities": {
    /** The entry's `nothingNewSince`. */
    readonly since: number;
    /** The year reported on. */
    readonly year: number;
    /** How many of the entry's activities fall (at least partly) within the year. */
    readonly count: number;
  };
  /** The params of `activity.outside-year` issues. */
  readonly "activity.outside-year": {
    /** The first day, or the version migrated from. */
    readonly from: string;
    /** The last day, or the version migrated to. */
    readonly to: string;
    /** The year reported on. */
    readonly year: number;
  };
  /** The params of `activity.ends-before-start` issues. */
  readonly "activity.ends-before-start": {
    /** The first day, or the version migrated from. */
    readonly from: string;
    /** The last day, or the version migrated to. */
    readonly to: string;
  };
  /** The params of `activity.kind-unknown` issues. */
  readonly "activity.kind-unknown": {
    /** The value found (see {@link Received}). */
    readonly received: string;
    /** The catalogue version (`cica@2021`). */
    readonly catalogue: string;
    /** The kind probably meant. */
    readonly suggestion?: string;
    /** The kinds allowed. */
    readonly known?: readonly string[];
  };
  /** The params of `submitted.before-year` issues. */
  readonly "submitted.before-year": {
    /** The report's `submittedOn`. */
    readonly submittedOn: string;
    /** The year reported on. */
    readonly year: number;
  };
  /** The params of `submitted.in-future` issues. */
  readonly "submitted.in-future": {
    /** The report's `submittedOn`. */
    readonly submittedOn: string;
    /** The context's `today`. */
    readonly today: string;
  };
} & PlanIssueParams;

/**
 * The params of one rule's issue as they are given to its message: the rule's own params, and
 * `field` (the command line's CSV rules, made outside validation, have no `field`).
 *
 * @example
 * const params: ParamsOf<"field.missing"> = { field: "year" };
 *
 * @category Reports
 */
export type ParamsOf<R extends RuleId> = R extends `csv.${string}`
  ? MessageParams
  : IssueParams[R] & {
      /** Where the issue is, as {@link formatPath} writes it. */
      readonly field: string;
    } & MessageParams;
