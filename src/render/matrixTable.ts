import type { ImplementationMatrix } from "../aggregate/implementationMatrix.js";
import type { Table, TableCell, TableColumn } from "./table.js";
import { textIn } from "../i18n/localize.js";
import { labelsOf } from "../i18n/messageSource.js";
import type { TableOptions } from "./tableOptions.js";
import { groupNote, percent, rowName } from "./matrixWords.js";

/**
 * Options of {@link matrixTable}.
 *
 * @example
 * const options: MatrixTableOptions = { lang: "ru", registry: cica.registry, value: "coverage" };
 *
 * @category Rendering
 */
export interface MatrixTableOptions extends TableOptions {
  /**
   * What the cells show: `"level"` (each group's implementation level, with its coverage in a
   * column beside it), `"coverage"` or `"meanScore"` (rounded to two places). The matrix's own
   * `measure` when omitted.
   */
  readonly value?: "level" | "coverage" | "meanScore";
}

/**
 * An {@link ImplementationMatrix} as a table: one row per state, in the matrix's order (that of
 * the table of replies), and for each group the value the matrix's `measure` names, as a whole
 * percentage: the implementation level with the coverage in a column beside it (how much of the
 * group is known), or the coverage alone. Each heading says which ("Human dimension: level"); the
 * sentence that says how they are computed is {@link matrixLegend}. A level that is unknown
 * (nothing on the scale reported in the group) is "–", never 0%.
 *
 * A group with no measures to report on (the economic dimension of the 2021 Catalogue) is one
 * column whose cells say "no measures known". A state is named with its marks: "(nil report)", so
 * that its empty cells are not read as a report on none of the measures, and the kind of a
 * voluntary report ("observer, voluntary report", "joined during the year, voluntary report").
 *
 * @param matrix - From {@link implementationMatrix}.
 * @param options - Language, registry, and `value` (see {@link MatrixTableOptions}).
 * @returns A table for {@link toCsv} or {@link toMarkdown}.
 *
 * @example
 * const matrix = implementationMatrix([], cica, { year: 2025, catalogue: "cica@2021" });
 * matrixTable(matrix).columns.map((column) => column.label).slice(2, 5)
 * //=> ["Military-political dimension: level", "Military-political dimension: coverage", "Fight against new challenges and threats: level"]
 *
 * @category Rendering
 */
export function matrixTable(matrix: ImplementationMatrix, options: MatrixTableOptions = {}): Table {
  const lang = labelsOf(options.lang, "matrixTable", "options.lang");
  const value = options.value ?? matrix.measure;
  const m = lang.labels.matrix;
  const word = value === "level" ? m.level : value === "coverage" ? m.coverage : lang.labels.svg.mean;
  const columns: TableColumn[] = [
    { key: "code", label: lang.labels.table.code },
    { key: "state", label: lang.labels.table.state },
  ];
  matrix.groups.forEach((group, i) => {
    const name = textIn(group.label, lang.code);
    if (groupNote(matrix, group, lang) !== undefined) {
      columns.push({ key: `g${i}`, label: name });
      return;
    }
    columns.push({ key: `g${i}`, label: `${name}: ${word}` });
    if (value === "level") columns.push({ key: `c${i}`, label: `${name}: ${m.coverage}` });
  });
  return {
    columns,
    rows: matrix.rows.map((row) => {
      const out: Record<string, TableCell> = { code: row.state, state: rowName(row, options.registry, lang) };
      row.cells.forEach((cell, i) => {
        const note = groupNote(matrix, matrix.groups[i]!, lang);
        if (note !== undefined) {
          out[`g${i}`] = note;
          return;
        }
        if (value === "meanScore") out[`g${i}`] = cell.meanScore === null ? null : Math.round(cell.meanScore * 100) / 100;
        else {
          // An unknown level is "–", as in the heat map: not a blank that reads as "none".
          const v = value === "level" ? cell.level : cell.coverage;
          out[`g${i}`] = v === null ? "–" : percent(v);
        }
        if (value === "level") out[`c${i}`] = cell.coverage === null ? null : percent(cell.coverage);
      });
      return out;
    }),
  };
}
