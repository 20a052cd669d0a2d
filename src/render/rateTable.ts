import type { ReportingRate } from "../aggregate/reportingRate.js";
import { labelsOf } from "../i18n/messageSource.js";
import { formatShare } from "./formatShare.js";
import type { Table } from "./table.js";
import type { TableOptions } from "./tableOptions.js";

/**
 * Options of {@link rateTable}: the language, and how the rate is written.
 *
 * @example
 * const options: RateTableOptions = { lang: "ru", share: "number" };
 *
 * @category Rendering
 */
export interface RateTableOptions extends Pick<TableOptions, "lang"> {
  /**
   * `"percent"` (the default): the rate as people read it, by {@link formatShare} (`86%`);
   * `"number"`: the share itself from 0 to 1, rounded to four decimals (`0.8571`), for a machine
   * (the command line writes CSV so).
   */
  readonly share?: "percent" | "number";
}

/**
 * The counts of a {@link ReportingRate} as a table of one row: the year, how many states were
 * expected, replied (with a report, with a nil report), replied late, sent only rejected
 * submissions, sent nothing, the voluntary replies, and the rate.
 *
 * @param rate - From {@link reportingRate}.
 * @param options - Language, and `share: "number"` for a machine-readable rate.
 * @returns A table for {@link toCsv} or {@link toMarkdown}.
 *
 * @example
 * const nil = {
 *   schema: "cica-cbm/report@1", id: "MN-2024", reporter: "MN", catalogue: "cica@2021",
 *   year: 2024, revision: 1, submittedOn: "2025-02-10", nil: true, entries: [],
 * } as const;
 * const rate = reportingRate([nil], cica, { year: 2024 });
 * [rateTable(rate).rows[0]?.rate, rateTable(rate, { share: "number" }).rows[0]?.rate]
 * //=> ["4%", 0.0357]
 *
 * @category Rendering
 */
export function rateTable(rate: ReportingRate, options: RateTableOptions = {}): Table {
  const w = labelsOf(options.lang, "rateTable", "options.lang").labels.replies;
  const share = options.share ?? "percent";
  const keys = ["year", "expected", "replied", "reported", "nil", "late", "rejectedCount", "missing", "voluntary", "rate"] as const;
  return {
    columns: keys.map((key) => ({ key, label: w[key] })),
    rows: [
      {
        year: rate.year,
        expected: rate.expected,
        replied: rate.replied,
        reported: rate.reported,
        nil: rate.nil,
        late: rate.late,
        rejectedCount: rate.rejected ?? 0,
        missing: rate.missing,
        voluntary: rate.voluntary.length,
        rate: share === "number" ? (rate.rate === null ? null : Math.round(rate.rate * 10000) / 10000) : formatShare(rate.rate),
      },
    ],
  };
}
