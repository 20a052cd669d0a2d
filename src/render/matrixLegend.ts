import type { ImplementationMatrix } from "../aggregate/implementationMatrix.js";
import type { Lang } from "../common/types.js";
import type { Locale } from "../i18n/Locale.js";
import { labelsOf } from "../i18n/messageSource.js";
import { measureLegend } from "./matrixWords.js";

/**
 * The sentence that says what the cells of an {@link ImplementationMatrix} are and how they are
 * computed, in a language: the heat map's legend, and the line to print under
 * {@link matrixTable}. It names the ends of the vocabulary's scale (0% and 100%).
 *
 * @param matrix - From {@link implementationMatrix}.
 * @param options - `lang` (`"en"` by default, `"ru"` or a {@link Locale}) and `measure` (the
 *   matrix's own when omitted).
 * @returns The sentence.
 *
 * @example
 * const matrix = implementationMatrix([], cica, { year: 2025, catalogue: "cica@2021" });
 * matrixLegend(matrix).startsWith("Implementation level: the mean status of the entries reported in the group, from 0% (Not started) to 100% (Implemented)")
 * //=> true
 * matrixLegend(matrix, { lang: "ru", measure: "coverage" }).startsWith("Охват: доля мер группы")
 * //=> true
 *
 * @category Rendering
 */
export function matrixLegend(matrix: ImplementationMatrix, options: { readonly lang?: Lang | Locale; readonly measure?: "level" | "coverage" } = {}): string {
  const lang = labelsOf(options.lang, "matrixLegend", "options.lang");
  return measureLegend(matrix, options.measure ?? matrix.measure, lang);
}
