import type { MessageParams } from "../i18n/messages.js";
import type { Received } from "./Received.js";

/**
 * The params of the issues of the rules outside `validateReport`: the ledger's (`ledger.*`), the
 * command line's CSV reader (`csv.*`) and the migration's (`migration.*`), by rule id. Part of
 * {@link IssueParams}.
 *
 * @example
 * const params: LedgerIssueParams["ledger.conflict"]["next"] = 3;
 *
 * @category Reports
 */
export type LedgerIssueParams = {
  /** The params of `ledger.type` issues. */
  readonly "ledger.type": {
    /** The value found (see {@link Received}). */
    readonly received: Received;
  };
  /** The params of `ledger.conflict` issues. */
  readonly "ledger.conflict": {
    /** The reporting state's code. */
    readonly reporter: string;
    /** The year reported on. */
    readonly year: number;
    /** The catalogue version (`cica@2021`). */
    readonly catalogue: string;
    /** The revision number. */
    readonly revision: number;
    /** When the revision already recorded was submitted. */
    readonly recordedOn: string;
    /** The report's `submittedOn`. */
    readonly submittedOn: string;
    /** The next free revision number. */
    readonly next: number;
    /** For the command line (message `ledger.conflict.files`): the input the first submission was read from. */
    readonly firstSource?: string;
    /** For the command line: where in that input (`line 3`, `[2]`, `row 5`, `file`). */
    readonly firstWhere?: string;
  };
  /** The params of `ledger.id-changed` issues. */
  readonly "ledger.id-changed": {
    /** The reporting state's code. */
    readonly reporter: string;
    /** The year reported on. */
    readonly year: number;
    /** The catalogue version (`cica@2021`). */
    readonly catalogue: string;
    /** The value found (see {@link Received}). */
    readonly received: string;
    /** The id an earlier revision has. */
    readonly recordedId: string;
  };
  /** The params of `ledger.backdated` issues. */
  readonly "ledger.backdated": {
    /** The reporting state's code. */
    readonly reporter: string;
    /** The year reported on. */
    readonly year: number;
    /** The catalogue version (`cica@2021`). */
    readonly catalogue: string;
    /** The back-dated revision: this one, or (message `ledger.backdated.later`) a higher one already recorded. */
    readonly revision: number;
    /** Its `submittedOn`. */
    readonly submittedOn: string;
    /** The lower revision with the latest day: an earlier one recorded, or this one. */
    readonly earlier: number;
    /** That revision's `submittedOn`: the day the back-dated one counts from. */
    readonly earlierOn: string;
  };
  /** The params of `ledger.duplicate-key` issues. */
  readonly "ledger.duplicate-key": {
    /** The key, as written (its first 60 characters past 64). */
    readonly key: string;
    /** Where the object is, as {@link formatPath} writes it (empty for the document's top-level object). */
    readonly object: string;
    /** The line of the second key. */
    readonly line: number;
    /** The column of the second key. */
    readonly column: number;
    /** The line of the first key. */
    readonly firstLine: number;
    /** The column of the first key. */
    readonly firstColumn: number;
  };
  /** The params of csv.contradiction issues (made by the command line's CSV reader). */
  readonly "csv.contradiction": MessageParams;
  /** The params of csv.row-without-measure issues (made by the command line's CSV reader). */
  readonly "csv.row-without-measure": MessageParams;
  /** The params of csv.measure-date issues (made by the command line's CSV reader). */
  readonly "csv.measure-date": MessageParams;
  /** The params of `migration.catalogue` issues. */
  readonly "migration.catalogue": {
    /** The value found (see {@link Received}). */
    readonly received: string;
    /** The first day, or the version migrated from. */
    readonly from: string;
    /** The last day, or the version migrated to. */
    readonly to: string;
  };
  /** The params of `migration.unmapped` issues. */
  readonly "migration.unmapped": {
    /** The measure's id. */
    readonly measure: string;
    /** The first day, or the version migrated from. */
    readonly from: string;
    /** The last day, or the version migrated to. */
    readonly to: string;
  };
  /** The params of `draft.type` issues. */
  readonly "draft.type": {
    /** The value found, or the draft's `schema` when that is what is wrong (see {@link Received}). */
    readonly received: Received;
  };
  /** The params of `migration.merged` issues. */
  readonly "migration.merged": {
    /** The measure's id. */
    readonly measure: string;
    /** The measure of the version migrated to. */
    readonly into: string;
    /** The last day, or the version migrated to. */
    readonly to: string;
    /** The other entry's measure. */
    readonly other: string;
    /** The other entry's index. */
    readonly otherEntry: number;
  };
};
