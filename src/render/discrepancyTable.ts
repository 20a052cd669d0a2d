import type { Discrepancies } from "../aggregate/findDiscrepancies.js";
import type { Table } from "./table.js";
import { labelsOf } from "../i18n/messageSource.js";
import { nameIn, type TableOptions } from "./tableOptions.js";

/**
 * The side-by-side table of {@link Discrepancies}: each account beside its partner's. An account
 * whose partner reported only under another catalogue version names those versions in its status.
 *
 * @param found - From {@link findDiscrepancies}.
 * @param options - Language and registry.
 * @returns A table for {@link toCsv} or {@link toMarkdown}.
 *
 * @example
 * discrepancyTable(findDiscrepancies([], cica, { year: 2025 })).columns.map((c) => c.key)
 * //=> ["catalogue", "measure", "reporter", "partner", "status", "activity", "dates", "partnerActivity", "partnerDates"]
 *
 * @category Rendering
 */
export function discrepancyTable(found: Discrepancies, options: TableOptions = {}): Table {
  const lang = labelsOf(options.lang, "discrepancyTable", "options.lang");
  const w = lang.labels.table;
  const dates = (from: string, to: string) => (from === to ? from : `${from}/${to}`);
  return {
    columns: [
      { key: "catalogue", label: w.catalogue },
      { key: "measure", label: w.measure },
      { key: "reporter", label: w.state },
      { key: "partner", label: w.partner },
      { key: "status", label: w.status },
      { key: "activity", label: w.activity },
      { key: "dates", label: w.dates },
      { key: "partnerActivity", label: w.partnerActivity },
      { key: "partnerDates", label: w.partnerDates },
    ],
    rows: found.rows.map((row) => ({
      catalogue: row.catalogue,
      measure: row.measure,
      reporter: nameIn(options.registry, row.reporter, lang),
      partner: nameIn(options.registry, row.partner, lang),
      status: row.partnerNil ? `${w[row.status]} (${w.nil})` : row.partnerCatalogues ? `${w[row.status]}: ${row.partnerCatalogues.join(", ")}` : w[row.status],
      activity: row.activity.title,
      dates: dates(row.activity.from, row.activity.to),
      partnerActivity: row.partnerActivity?.title,
      partnerDates: row.partnerActivity ? dates(row.partnerActivity.from, row.partnerActivity.to) : undefined,
    })),
  };
}
