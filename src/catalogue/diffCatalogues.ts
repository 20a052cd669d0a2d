import type { Catalogue, Measure } from "./types.js";

/**
 * One field of a measure that differs between two catalogue versions.
 *
 * @example
 * const change: MeasureFieldChange = { field: "title.en", before: "Old", after: "New" };
 *
 * @category Catalogue
 */
export interface MeasureFieldChange {
  /** The field: `dimension`, `priorityArea`, `parent`, `kind`, `label`, `title.en` or `title.ru`. */
  readonly field: string;
  /** Its value in the first version (`undefined` when absent). */
  readonly before: string | undefined;
  /** Its value in the second version (`undefined` when absent). */
  readonly after: string | undefined;
}

/**
 * A measure in both versions whose fields differ.
 *
 * @example
 * const changed: ChangedMeasure = { id: "2.1.2", changes: [{ field: "title.en", before: "Old", after: "New" }] };
 *
 * @category Catalogue
 */
export interface ChangedMeasure {
  /** The measure's id in both versions. */
  readonly id: string;
  /** The fields that differ. */
  readonly changes: readonly MeasureFieldChange[];
}

/**
 * What {@link diffCatalogues} returns. Measures are matched by id; lists keep catalogue order.
 *
 * @example
 * const diff: CatalogueDiff = diffCatalogues(cica.catalogues["cica@2004"], cica.catalogues["cica@2021"]);
 *
 * @category Catalogue
 */
export interface CatalogueDiff {
  /** The reference of the first version. */
  readonly from: string;
  /** The reference of the second version. */
  readonly to: string;
  /** Measures only in the second version, in its order. */
  readonly added: readonly Measure[];
  /** Measures only in the first version, in its order. */
  readonly removed: readonly Measure[];
  /** Measures in both whose fields differ, in the second version's order. */
  readonly changed: readonly ChangedMeasure[];
}

const FIELDS: readonly [string, (measure: Measure) => string | undefined][] = [
  ["dimension", (m) => m.dimension],
  ["priorityArea", (m) => m.priorityArea],
  ["parent", (m) => m.parent],
  ["kind", (m) => m.kind],
  ["label", (m) => m.label],
  ["title.en", (m) => m.title.en],
  ["title.ru", (m) => m.title.ru],
];

/**
 * Lists the measures added, removed and changed from one catalogue version to another, matching
 * measures by id. No correspondence is guessed between differently numbered measures: where a
 * renumbering is not documented (as between `cica@2004` and `cica@2021`), the old number shows as
 * removed and the new one as added.
 *
 * @param a - The earlier version.
 * @param b - The later version.
 * @returns The differences, each list in catalogue order.
 *
 * @example
 * const diff = diffCatalogues(cica.catalogues["cica@2004"], cica.catalogues["cica@2021"]);
 * diff.removed.map((m) => m.id)
 * //=> ["3.4"]
 * diff.added.length
 * //=> 28
 *
 * @category Catalogue
 */
export function diffCatalogues(a: Catalogue, b: Catalogue): CatalogueDiff {
  const before = new Map(a.measures.map((measure) => [measure.id, measure]));
  const after = new Set(b.measures.map((measure) => measure.id));
  const added: Measure[] = [];
  const changed: { id: string; changes: MeasureFieldChange[] }[] = [];
  for (const measure of b.measures) {
    const old = before.get(measure.id);
    if (!old) {
      added.push(measure);
      continue;
    }
    const changes: MeasureFieldChange[] = [];
    for (const [field, read] of FIELDS) {
      const was = read(old);
      const now = read(measure);
      if (was !== now) changes.push({ field, before: was, after: now });
    }
    if (changes.length > 0) changed.push({ id: measure.id, changes });
  }
  const removed = a.measures.filter((measure) => !after.has(measure.id));
  return { from: a.ref, to: b.ref, added, removed, changed };
}
