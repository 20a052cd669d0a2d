import type { RejectedSubmission } from "../aggregate/rejectedSubmissions.js";
import type { ReplyRow, ReportingRate } from "../aggregate/reportingRate.js";
import type { Labels } from "../i18n/labels.js";
import type { Table } from "./table.js";
import { labelsOf } from "../i18n/messageSource.js";
import { nameIn, type TableOptions } from "./tableOptions.js";

/**
 * Options of {@link replyTable}: those of every table, and whether to list the voluntary replies.
 *
 * @example
 * const options: ReplyTableOptions = { lang: "ru", registry: cica.registry, voluntary: false };
 *
 * @category Rendering
 */
export interface ReplyTableOptions extends TableOptions {
  /** `false` leaves out the voluntary replies (observers, states that were members for only part of the year); listed, marked, when omitted. */
  readonly voluntary?: boolean;
}

/** Where a submission came from, in words: `kz.json line 3`. */
function originText(origin: RejectedSubmission["origin"], w: Labels["replies"]): string {
  if (!origin) return "";
  const parts = [
    ...(origin.file === undefined ? [] : [origin.file]),
    ...(origin.line === undefined ? [] : [`${w.line} ${origin.line}`]),
    ...(origin.row === undefined ? [] : [`${w.row} ${origin.row}`]),
  ];
  return parts.join(" ");
}

/** A rejected submission in one cell: `KZ-2025 r1 (kz.json): field.date, status.unknown`. */
export function rejectedText(rejected: RejectedSubmission, w: Labels["replies"]): string {
  const where = originText(rejected.origin, w);
  const name = rejected.identity ? `${rejected.identity.id} r${rejected.identity.revision}` : "";
  const head = [name, where && (name ? `(${where})` : where)].filter(Boolean).join(" ");
  return `${head}: ${rejected.rules.join(", ")}`;
}

/**
 * The table of replies of a {@link ReportingRate}: one row per expected state (what it sent,
 * whether late), then the voluntary replies, marked as such: an observer's as `voluntary
 * (observer)`, that of a state that was a member for only part of the year (it joined during it)
 * as `voluntary (member for part of the year)`; `options.voluntary: false` leaves them out.
 *
 * A state whose every submission was rejected (known when `reportingRate` was given
 * `options.rejected`) shows as `received, rejected`, apart from `missing`; the last column lists
 * each rejected submission of a state with the rules that rejected it, also beside a state whose
 * other submission was accepted. Rejected submissions whose identity could not be read come last,
 * marked `no readable identity`, so that none is lost.
 *
 * @param rate - From {@link reportingRate}.
 * @param options - Language, registry, and `voluntary: false` to leave the voluntary replies out.
 * @returns A table for {@link toCsv} or {@link toMarkdown}.
 *
 * @example
 * const table = replyTable(reportingRate([], cica, { year: 2024 }), { registry: cica.registry });
 * table.rows.length
 * //=> 28
 *
 * @category Rendering
 */
export function replyTable(rate: ReportingRate, options: ReplyTableOptions = {}): Table {
  const lang = labelsOf(options.lang, "replyTable", "options.lang");
  const w = lang.labels.table;
  const r = lang.labels.replies;
  const replyWord = (row: ReplyRow) => (row.reply === "rejected" ? r.rejected : w[row.reply]);
  const voluntaryBasis = (row: ReplyRow) => `${w.voluntary} (${row.status === "member" ? r.partYear : w[row.status]})`;
  const rows = [
    ...rate.rows.map((row) => ({ row, basis: `${w.expected} (${w[row.status]})` })),
    ...(options.voluntary === false ? [] : rate.voluntary.map((row) => ({ row, basis: voluntaryBasis(row) }))),
  ];
  return {
    columns: [
      { key: "code", label: w.code },
      { key: "state", label: w.state },
      { key: "basis", label: w.status },
      { key: "reply", label: w.reply },
      { key: "late", label: w.late },
      { key: "revision", label: w.revision },
      { key: "first", label: w.first },
      { key: "entries", label: w.entries },
      { key: "rejected", label: r.rejectedBy },
    ],
    rows: [
      ...rows.map(({ row, basis }) => ({
        code: row.state,
        state: nameIn(options.registry, row.state, lang),
        basis,
        reply: replyWord(row),
        late: row.late ? w.yes : w.no,
        revision: row.revision,
        first: row.firstSubmittedOn,
        entries: row.entries,
        rejected: (row.rejected ?? []).map((rejected) => rejectedText(rejected, r)).join("; "),
      })),
      ...(rate.unidentified ?? []).map((rejected) => ({
        code: "",
        state: "",
        basis: r.unidentified,
        reply: r.rejected,
        late: undefined,
        revision: undefined,
        first: undefined,
        entries: undefined,
        rejected: rejectedText(rejected, r),
      })),
    ],
  };
}
