import { CbmError } from "../errors/CbmError.js";
import { deepFreeze } from "../internal/freeze.js";
import type { Catalogue, MeasureIdOf } from "./types.js";

/**
 * How the measure ids of one catalogue version map to those of another: made by
 * {@link defineMeasureMap}, used by {@link migrateReport} and {@link migrateLedger}.
 *
 * @example
 * const map: MeasureMap = defineMeasureMap(cica.catalogues["cica@2021"], cica.catalogues["cica@2021"], {});
 * map.measures["NCTG.1"]
 * //=> "NCTG.1"
 *
 * @category Catalogue
 */
export interface MeasureMap {
  /** The reference of the version reports are migrated from, e.g. `"cica@2021"`. */
  readonly from: string;
  /** The reference of the version they are migrated to. */
  readonly to: string;
  /**
   * Every measure id of `from`, with its id in `to`, or `null` where `to` has no counterpart (an
   * entry on such a measure cannot be migrated, and is listed as such).
   */
  readonly measures: Readonly<Record<string, string | null>>;
}

/**
 * Declares how the measure ids of a catalogue version map to those of a later one: the lossless
 * way forward when official numbers replace the library's keys (`NCTG.1` → an official number) or
 * a new version renumbers its measures.
 *
 * List the ids that change, and `null` for a measure with no counterpart. An id you do not list
 * keeps its id when the target version has it (so `2.1.2` stays `2.1.2`), and otherwise has no
 * counterpart. Two old ids may map to one new id (measures merged in the new version): the map
 * allows it, and {@link migrateReport} refuses a report that has entries on both rather than merge
 * them silently.
 *
 * @param from - The version reports are written against today.
 * @param to - The version to migrate them to.
 * @param changes - Old id → new id (or `null`) for the measures whose id changes; the ids are
 *   checked against both catalogues (a typo is a compile error for catalogues made by
 *   {@link defineCatalogue}).
 * @returns The frozen, complete map.
 * @throws {@link CbmError} `invalid-definition` for an id that is not in `from` or not in `to`, or
 *   for two versions with the same reference.
 *
 * @example
 * const next = defineCatalogue({
 *   id: "cica",
 *   version: "2099",
 *   title: { en: "A later catalogue (made up)" },
 *   measures: [
 *     { id: "2.1.2", dimension: "military-political", title: { en: "Exchange of military information" } },
 *     { id: "3.1.1", dimension: "new-challenges-threats", title: { en: "Joint action against terrorism" } },
 *   ],
 * });
 * const map = defineMeasureMap(cica.catalogues["cica@2021"], next, { "NCTG.1": "3.1.1" });
 * map.measures["NCTG.1"]
 * //=> "3.1.1"
 * map.measures["2.1.2"]
 * //=> "2.1.2"
 * map.measures["HUM.1"]
 * //=> null
 *
 * @category Catalogue
 */
export function defineMeasureMap<TFrom extends Catalogue, TTo extends Catalogue>(
  from: TFrom,
  to: TTo,
  changes: Partial<Record<MeasureIdOf<TFrom>, MeasureIdOf<TTo> | null>>,
): MeasureMap {
  if (typeof from?.ref !== "string" || typeof to?.ref !== "string" || !Array.isArray(from.measures) || !Array.isArray(to.measures)) {
    throw new CbmError("invalid-argument", "defineMeasureMap: pass two catalogues made by defineCatalogue and an object of changed ids.");
  }
  if (typeof changes !== "object" || changes === null)
    throw new CbmError("invalid-argument", 'defineMeasureMap: pass the changed ids as an object, e.g. { "NCTG.1": "3.1.1" }.');
  const where = `defineMeasureMap(${from.ref} → ${to.ref})`;
  if (from.ref === to.ref && Object.keys(changes).length > 0) throw new CbmError("invalid-definition", `${where}: a version cannot renumber itself.`);
  const fromIds = new Set(from.measures.map((m) => m.id));
  const toIds = new Set(to.measures.map((m) => m.id));
  const listed = changes as Readonly<Record<string, string | null | undefined>>;
  for (const [oldId, newId] of Object.entries(listed)) {
    if (!fromIds.has(oldId)) throw new CbmError("invalid-definition", `${where}: "${oldId}" is not a measure of ${from.ref}.`);
    if (newId !== null && newId !== undefined && !toIds.has(newId)) {
      throw new CbmError("invalid-definition", `${where}: "${oldId}" maps to "${newId}", which is not a measure of ${to.ref}.`);
    }
  }
  // Object.fromEntries defines own keys, so that an id such as "__proto__" stays an id.
  const measures: Record<string, string | null> = Object.fromEntries(
    from.measures.map((measure) => {
      const change = Object.hasOwn(listed, measure.id) ? listed[measure.id] : undefined;
      return [measure.id, change !== undefined ? change : toIds.has(measure.id) ? measure.id : null];
    }),
  );
  return deepFreeze({ from: from.ref, to: to.ref, measures });
}
