import type { Lang } from "../common/types.js";
import type { Locale } from "../i18n/Locale.js";
import { textIn } from "../i18n/localize.js";
import { codeOf } from "../i18n/messageSource.js";
import type { Catalogue, MeasureIdOf, MeasureKind } from "./types.js";

/**
 * What {@link reportableMeasures} takes.
 *
 * @example
 * const options: ReportableMeasuresOptions = { lang: "ru" };
 *
 * @category Catalogue
 */
export interface ReportableMeasuresOptions {
  /**
   * The language of the labels: `"en"` (when omitted), `"ru"`, or a {@link Locale} (the catalogue's
   * texts in its code's language). A text with no translation is given in English.
   */
  readonly lang?: Lang | Locale;
}

/**
 * An id with its label in the chosen language.
 *
 * @example
 * const heading: LabelledId = { id: "2.1.4", label: "Exchange of visits" };
 *
 * @category Catalogue
 */
export interface LabelledId {
  /** The id. */
  readonly id: string;
  /** Its label in the chosen language, or in English where there is no translation. */
  readonly label: string;
}

/**
 * One item of a catalogue that a state reports on, ready for a form: a measure (or a listed
 * priority), never a group heading.
 *
 * @typeParam TMeasureId - The catalogue's measure ids.
 *
 * @example
 * const item: ReportableMeasure = {
 *   id: "2.1.4.a",
 *   kind: "measure",
 *   label: "Mutual visits by military authorities and representatives of defence colleges",
 *   dimension: { id: "military-political", label: "Military-political dimension" },
 * };
 *
 * @category Catalogue
 */
export interface ReportableMeasure<TMeasureId extends string = string> {
  /** The measure's id, as a report's entry names it. */
  readonly id: TMeasureId;
  /** What the item is: a `measure` or a listed `priority` (headings are left out). */
  readonly kind: Exclude<MeasureKind, "measure-group">;
  /** Its title in the chosen language, or in English where there is no translation. */
  readonly label: string;
  /** The group heading it is a sub-item of, if any (`2.1.4` for `2.1.4.a`). */
  readonly heading?: LabelledId;
  /** Its dimension. */
  readonly dimension: LabelledId;
  /** Its priority area, if the catalogue gives one. */
  readonly priorityArea?: LabelledId;
}

/**
 * The items of a catalogue version that a report can name, in catalogue order, each with its
 * label, its group heading, its dimension and its priority area in one language: the list a
 * reporting form shows. Group headings (`kind: "measure-group"`, such as CICA 2.1.1 and 2.1.4)
 * are not reportable (an entry on one counts nowhere), so they appear only as the `heading` of
 * their sub-items. The result is a frozen copy; the catalogue is not changed.
 *
 * @param catalogue - The catalogue version.
 * @param options - The language of the labels (see {@link ReportableMeasuresOptions}).
 * @returns The reportable items, in catalogue order.
 *
 * @example
 * const items = reportableMeasures(cica.catalogues["cica@2021"], { lang: "en" });
 * items.some((item) => item.id === "2.1.4")
 * //=> false
 * items.find((item) => item.id === "2.1.4.a")?.heading?.id
 * //=> "2.1.4"
 * items.find((item) => item.id === "HUM.1")?.dimension.id
 * //=> "human"
 *
 * @category Catalogue
 */
export function reportableMeasures<TCatalogue extends Catalogue>(
  catalogue: TCatalogue,
  options: ReportableMeasuresOptions = {},
): readonly ReportableMeasure<MeasureIdOf<TCatalogue>>[] {
  const code = options.lang === undefined ? "en" : codeOf(options.lang, "reportableMeasures", "options.lang");
  const measures = new Map(catalogue.measures.map((measure) => [measure.id, measure]));
  const dimensions = new Map(catalogue.dimensions.map((dimension) => [dimension.id, dimension]));
  const areas = new Map(catalogue.priorityAreas.map((area) => [area.id, area]));
  const items: ReportableMeasure<MeasureIdOf<TCatalogue>>[] = [];
  for (const measure of catalogue.measures) {
    if (measure.kind === "measure-group") continue;
    const dimension = dimensions.get(measure.dimension);
    const parent = measure.parent === undefined ? undefined : measures.get(measure.parent);
    const area = measure.priorityArea === undefined ? undefined : areas.get(measure.priorityArea);
    items.push(
      Object.freeze({
        id: measure.id as MeasureIdOf<TCatalogue>,
        kind: measure.kind,
        label: textIn(measure.title, code),
        ...(parent ? { heading: Object.freeze({ id: parent.id, label: textIn(parent.title, code) }) } : {}),
        dimension: Object.freeze({
          id: measure.dimension,
          label: dimension ? textIn(dimension, code) : measure.dimension,
        }),
        ...(area ? { priorityArea: Object.freeze({ id: area.id, label: textIn(area.title, code) }) } : {}),
      }),
    );
  }
  return Object.freeze(items);
}
