import type { ImplementationMatrix } from "../aggregate/implementationMatrix.js";
import type { Table } from "./table.js";
import { textIn } from "../i18n/localize.js";
import { labelsOf } from "../i18n/messageSource.js";
import { nameIn, type TableOptions } from "./tableOptions.js";

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
 * const matrix = implementationMatrix([], cica, { year: 2025, catalogue: "cica@2021" });
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
