import type { ReportingRate } from "../aggregate/reportingRate.js";
import type { Table } from "./table.js";
import { labelsOf } from "../i18n/messageSource.js";
import { nameIn, type TableOptions } from "./tableOptions.js";

/**
 * The table of replies of a {@link ReportingRate}: one row per expected state (what it sent,
 * whether late), then the voluntary replies, marked as such.
 *
 * @param rate - From {@link reportingRate}.
 * @param options - Language and registry.
 * @returns A table for {@link toCsv} or {@link toMarkdown}.
 *
 * @example
 * const table = replyTable(reportingRate([], cica, { year: 2024 }), { registry: cica.registry });
 * table.rows.length
 * //=> 28
 *
 * @category Rendering
 */
export function replyTable(rate: ReportingRate, options: TableOptions = {}): Table {
  const lang = labelsOf(options.lang, "replyTable", "options.lang");
  const w = lang.labels.table;
  const rows = [...rate.rows.map((row) => ({ row, basis: w.expected })), ...rate.voluntary.map((row) => ({ row, basis: w.voluntary }))];
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
    ],
    rows: rows.map(({ row, basis }) => ({
      code: row.state,
      state: nameIn(options.registry, row.state, lang),
      basis: `${basis} (${w[row.status]})`,
      reply: w[row.reply],
      late: row.late ? w.yes : w.no,
      revision: row.revision,
      first: row.firstSubmittedOn,
      entries: row.entries,
    })),
  };
}
