// What the matrix's table and heat map say alike: a state's name with its marks, a group's note
// when it has no measures to report on, and the words of the measure. Not exported from the package.
import type { ImplementationMatrix, MatrixGroup, MatrixRow } from "../aggregate/implementationMatrix.js";
import type { Labels } from "../i18n/labels.js";
import { textIn } from "../i18n/localize.js";
import type { Registry } from "../participants/types.js";
import { nameIn } from "./tableOptions.js";

type Words = { readonly code: string; readonly labels: Labels };

/** The marks of a row: a nil report, a voluntary report (observer, joined during the year, not a participant). */
export function rowMarks(row: MatrixRow, words: Words): string[] {
  const marks: string[] = [];
  if (row.nil) marks.push(words.labels.table.nil);
  if (row.voluntary) {
    const m = words.labels.matrix;
    marks.push(row.status === "observer" ? m.observer : row.status === "member" ? m.joined : m.outsider);
  }
  return marks;
}

/** A state's name in the language, with its marks in brackets: "Mongolia (nil report)". */
export function rowName(row: MatrixRow, registry: Registry | undefined, words: Words): string {
  const name = nameIn(registry, row.state, words);
  const marks = rowMarks(row, words);
  return marks.length === 0 ? name : `${name} (${marks.join("; ")})`;
}

/**
 * What stands in every cell of a group with no measures to report on: "no measures known" (the
 * economic dimension of the 2021 Catalogue), or, by measure, "a heading, not reported on".
 * `undefined` for a group with measures.
 */
export function groupNote(matrix: ImplementationMatrix, group: MatrixGroup, words: Words): string | undefined {
  if (group.measures > 0) return undefined;
  return matrix.by === "measure" ? words.labels.matrix.heading : words.labels.matrix.noMeasures;
}

/** The legend of the matrix's measure: what its cells are and how they are computed. */
export function measureLegend(matrix: ImplementationMatrix, measure: "level" | "coverage", words: Words): string {
  const lowest = matrix.scale ? textIn(matrix.scale.lowest.label, words.code) : "–";
  const highest = matrix.scale ? textIn(matrix.scale.highest.label, words.code) : "–";
  return words.labels.matrix.legend(measure, lowest, highest);
}

/** A percentage of a share from 0 to 1, rounded to a whole number: "45%". */
export const percent = (share: number) => `${Math.round(share * 100)}%`;
