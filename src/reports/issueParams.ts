import type { MessageParams } from "../i18n/messages.js";
import type { RuleId } from "./ruleIds.js";

/**
 * A value found in the input, as an issue's `received` param: a text as the text itself (cut to its
 * first 60 characters), a number as the number, anything else by what it is (`"null"`, `"true"`,
 * `"a list"`, `"an object"`, `"nothing"`). Which one it is shows in the message key: a key ending
 * in `.text` received a text.
 *
 * @example
 * const received: Received = 2025;
 *
 * @category Reports
 */
export type Received = string | number;

type Named = { readonly "name.en"?: string; readonly "name.ru"?: string };
type Limit = { readonly max: number };
type Count = { readonly length: number; readonly max: number };
type About = { readonly reporter: string; readonly year: number; readonly catalogue: string };

/**
 * The params of each rule's issues, by rule id: raw values (numbers as numbers, texts as written,
 * never quoted). Every issue also has `field`, where it was found, written as in
 * {@link formatPath} (`entries[0].status`). The command line's CSV rules (`csv.*`) take the params
 * of {@link MessageParams}.
 *
 * @example
 * const params: IssueParams["field.too-long"] = { length: 4100, max: 4000 };
 *
 * @category Reports
 */
export type IssueParams = {
  readonly "report.type": { readonly received: Received };
  readonly "report.too-many-issues": { readonly max: number; readonly more: number };
  readonly "report.too-many-warnings": { readonly max: number; readonly more: number };
  readonly "report.too-large": Limit;
  readonly "schema.unsupported": { readonly received: Received };
  readonly "field.unknown": { readonly key: string; readonly where: string };
  readonly "field.missing": {};
  readonly "field.type": { readonly expected: string; readonly received: Received };
  readonly "field.empty": {};
  readonly "field.too-long": Count;
  readonly "field.too-many": Count;
  readonly "field.date": { readonly received: string };
  readonly "field.value": { readonly min: number; readonly max: number; readonly received: Received };
  readonly "revision.below-one": { readonly received: Received };
  readonly "evidence.scheme": { readonly received: string };
  readonly "evidence.unsafe-character": { readonly char: string; readonly position: number };
  readonly "extensions.not-json": { readonly reason: string };
  readonly "extensions.too-deep": Limit;
  readonly "extensions.too-large": Limit;
  readonly "extensions.unsafe-key": { readonly key: string };
  readonly "reporter.unknown": { readonly received: string; readonly suggestion?: string } & Named;
  readonly "reporter.not-state": { readonly code: string } & Named;
  readonly "reporter.not-participant": { readonly code: string; readonly year: number } & Named;
  readonly "reporter.observer": { readonly code: string; readonly year: number } & Named;
  readonly "catalogue.unknown": { readonly received: string; readonly known: readonly string[] };
  readonly "measure.unknown": { readonly measure: string; readonly catalogue: string; readonly elsewhere?: readonly string[] };
  readonly "measure.duplicate": { readonly measure: string; readonly first: number };
  readonly "status.unknown": { readonly received: string; readonly catalogue: string; readonly suggestion?: string; readonly known?: readonly string[] };
  readonly "nil.with-entries": { readonly count: number };
  readonly "entries.empty": {};
  readonly "partner.unknown": { readonly received: string; readonly suggestion?: string } & Named;
  readonly "partner.is-reporter": { readonly code: string };
  readonly "activity.outside-year": { readonly from: string; readonly to: string; readonly year: number };
  readonly "activity.ends-before-start": { readonly from: string; readonly to: string };
  readonly "submitted.before-year": { readonly submittedOn: string; readonly year: number };
  readonly "submitted.in-future": { readonly submittedOn: string; readonly today: string };
  readonly "ledger.type": { readonly received: Received };
  readonly "ledger.conflict": About & { readonly revision: number; readonly recordedOn: string; readonly submittedOn: string; readonly next: number };
  readonly "ledger.id-changed": About & { readonly received: string; readonly recordedId: string };
  readonly "ledger.duplicate-key": {
    readonly key: string; readonly object: string; readonly line: number; readonly column: number; readonly firstLine: number; readonly firstColumn: number;
  };
  readonly "csv.contradiction": MessageParams;
  readonly "csv.row-without-measure": MessageParams;
  readonly "migration.catalogue": { readonly received: string; readonly from: string; readonly to: string };
  readonly "migration.unmapped": { readonly measure: string; readonly from: string; readonly to: string };
  readonly "migration.merged": { readonly measure: string; readonly into: string; readonly to: string; readonly other: string; readonly otherEntry: number };
};

/**
 * The params of one rule's issue as they are given to its message: the rule's own params, and
 * `field` (the command line's CSV rules, made outside validation, have no `field`).
 *
 * @example
 * const params: ParamsOf<"field.missing"> = { field: "year" };
 *
 * @category Reports
 */
export type ParamsOf<R extends RuleId> = R extends `csv.${string}` ? MessageParams : IssueParams[R] & { readonly field: string } & MessageParams;
