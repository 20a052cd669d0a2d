import type { Lang } from "../common/types.js";
import type { Locale } from "../i18n/Locale.js";
import { textIn } from "../i18n/localize.js";
import { labelsOf } from "../i18n/messageSource.js";
import { registryIndex } from "../participants/registryIndex.js";
import type { Registry } from "../participants/types.js";
import type { Discrepancies } from "../aggregate/findDiscrepancies.js";
import type { ImplementationMatrix } from "../aggregate/implementationMatrix.js";
import type { ReportingRate } from "../aggregate/reportingRate.js";
import type { Table } from "./table.js";

/**
 * Options of the table builders: the language of headings and names, and the registry that names
 * the states (codes are shown alone without it). A language code other than `en` and `ru` throws a
 * {@link CbmError} (`invalid-argument`).
 *
 * @example
 * const options: TableOptions = { lang: "ru", registry: cica.registry };
 *
 * @category Rendering
 */
export interface TableOptions {
  /** Language of headings, names and words: `"en"` (default), `"ru"`, or a {@link Locale} value. */
  readonly lang?: Lang | Locale;
  /** The registry, to name states. */
  readonly registry?: Registry;
}

/** A participant's name in a language, or its code. */
export function nameIn(registry: Registry | undefined, code: string, locale: { readonly code: string }): string {
  const participant = registry ? registryIndex(registry).byCode.get(code) : undefined;
  if (!participant) return code;
  return textIn(participant.name, locale.code);
}

/**
 * The table of replies of a {@link ReportingRate}: one row per expected state (what it sent,
 * whether late), then the voluntary replies, marked as such.
 *
 * @param rate - From {@link reportingRate}.
 * @param options - Language and registry.
 * @returns A table for {@link toCsv} or {@link toMarkdown}.
 *
 * @example
 * const table = replyTable(reportingRate([], cica.registry, { year: 2024 }), { registry: cica.registry });
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

/**
 * An {@link ImplementationMatrix} as a table: one row per state, one column per group, each cell
 * the coverage (0–1, as a percentage rounded to a whole number) or the mean score. A state whose
 * report is a nil report is named with "(nil report)", so that its empty cells are not read as a
 * report on none of the measures.
 *
 * @param matrix - From {@link implementationMatrix}.
 * @param options - Language, registry, and `value`: `coverage` (default) or `meanScore`.
 * @returns A table for {@link toCsv} or {@link toMarkdown}.
 *
 * @example
 * const matrix = implementationMatrix([], cica.catalogues["cica@2021"], { year: 2025, by: "dimension" });
 * matrixTable(matrix).columns.length
 * //=> 7
 *
 * @category Rendering
 */
export function matrixTable(matrix: ImplementationMatrix, options: TableOptions & { readonly value?: "coverage" | "meanScore" } = {}): Table {
  const lang = labelsOf(options.lang, "matrixTable", "options.lang");
  const value = options.value ?? "coverage";
  return {
    columns: [
      { key: "code", label: lang.labels.table.code },
      { key: "state", label: lang.labels.table.state },
      ...matrix.groups.map((group, i) => ({ key: `g${i}`, label: textIn(group.label, lang.code) })),
    ],
    rows: matrix.rows.map((row) => {
      // A nil report says so beside the state, as the heat map does: its 0% cells are "nothing to
      // report", not a report on none of the measures.
      const state = nameIn(options.registry, row.state, lang);
      const out: Record<string, string | number | null> = { code: row.state, state: row.nil ? `${state} (${lang.labels.table.nil})` : state };
      row.cells.forEach((cell, i) => {
        const v = value === "coverage" ? cell.coverage : cell.meanScore;
        out[`g${i}`] = v === null ? null : value === "coverage" ? `${Math.round(v * 100)}%` : Math.round(v * 100) / 100;
      });
      return out;
    }),
  };
}

/**
 * The side-by-side table of {@link Discrepancies}: each account beside its partner's.
 *
 * @param found - From {@link findDiscrepancies}.
 * @param options - Language and registry.
 * @returns A table for {@link toCsv} or {@link toMarkdown}.
 *
 * @example
 * discrepancyTable(findDiscrepancies([], { year: 2025 })).columns.map((c) => c.key)
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
      status: row.partnerNil ? `${w[row.status]} (${w.nil})` : w[row.status],
      activity: row.activity.title,
      dates: dates(row.activity.from, row.activity.to),
      partnerActivity: row.partnerActivity?.title,
      partnerDates: row.partnerActivity ? dates(row.partnerActivity.from, row.partnerActivity.to) : undefined,
    })),
  };
}
