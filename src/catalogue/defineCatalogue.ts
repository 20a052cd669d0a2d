import { DIMENSIONS } from "../dimensions/DIMENSIONS.js";
import { CbmError } from "../errors/CbmError.js";
import { isPartialDateString } from "../internal/dates.js";
import { compact, copyData, deepFreeze } from "../internal/freeze.js";
import { DEFAULT_ACTIVITY_KINDS } from "./DEFAULT_ACTIVITY_KINDS.js";
import { DEFAULT_STATUSES } from "./DEFAULT_STATUSES.js";
import type { Catalogue, CatalogueDefinition, DimensionDefinition, Measure, MeasureDefinition, StatusDefinition } from "./types.js";

/**
 * The measure ids a catalogue definition declares, as a union of literals.
 *
 * @typeParam TDefinition - A catalogue definition type.
 *
 * @example
 * type Ids = DefinedMeasureIds<{ id: "x"; version: "1"; title: { en: "X" }; measures: [{ id: "a"; dimension: "human"; title: { en: "A" } }] }>;
 * //=> "a"
 *
 * @category Catalogue
 */
export type DefinedMeasureIds<TDefinition extends CatalogueDefinition> = TDefinition["measures"][number]["id"];

/**
 * The status ids a catalogue definition declares, or those of {@link DEFAULT_STATUSES} when it
 * declares none.
 *
 * @typeParam TDefinition - A catalogue definition type.
 *
 * @example
 * type Ids = DefinedStatusIds<{ id: "x"; version: "1"; title: { en: "X" }; measures: [] }>;
 * //=> "not-started" | "planned" | "in-progress" | "partially-implemented" | "implemented" | "not-applicable"
 *
 * @category Catalogue
 */
export type DefinedStatusIds<TDefinition extends CatalogueDefinition> = TDefinition["statuses"] extends readonly StatusDefinition[]
  ? TDefinition["statuses"][number]["id"]
  : (typeof DEFAULT_STATUSES)[number]["id"];

const CATALOGUE_ID = /^[a-z][a-z0-9-]*$/;
/**
 * Control, invisible-format, line-separator and lone-surrogate characters: an id holding one
 * (a NUL, a right-to-left mark) looks like another id, or cuts a key joined with NUL in two.
 */
const UNSAFE_ID_CHARACTER = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
/**
 * A text in quotes with its unsafe characters written as `\\uXXXX`, so that a message shows them.
 * Every caller has checked that the id is a string: `JSON.stringify` gives a text for it.
 */
const quoted = (value: string): string =>
  JSON.stringify(value).replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
/** An activity kind's id: lower-case words (any script) and digits joined by single hyphens. */
const ACTIVITY_KIND_ID = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u;
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function fail(ref: string, message: string): never {
  throw new CbmError("invalid-definition", `defineCatalogue(${ref}): ${message}`);
}

/**
 * Defines a catalogue version: checks that the definition is consistent and returns a frozen
 * {@link Catalogue}. Measure ids are inferred as literal types, so `getMeasure(catalogue, "2.1.9")`
 * on a catalogue without `2.1.9` is a compile error.
 *
 * The checks: a well-formed id and version; unique measure, priority-area, dimension and status
 * ids; every measure's dimension, priority area and parent defined (a parent must be a
 * `measure-group` that comes before it); an `adopted` date written `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`; finite status scores; no id holding a control or invisible character (a NUL, a
 * right-to-left mark, a zero-width space).
 *
 * @param definition - The catalogue: id, version, title, measures, and optionally dimensions,
 *   priority areas and a status vocabulary (defaults: {@link DIMENSIONS}, none,
 *   {@link DEFAULT_STATUSES}).
 * @returns The frozen catalogue, with `ref` = `id@version`.
 * @throws {@link CbmError} `invalid-definition` naming the first inconsistency found.
 *
 * @example
 * const plan = defineCatalogue({
 *   id: "national-plan",
 *   version: "2025",
 *   title: { en: "National action plan" },
 *   measures: [
 *     { id: "1", dimension: "human", title: { en: "Student exchanges" } },
 *     { id: "2", dimension: "economic", title: { en: "Tourism fairs" } },
 *   ],
 * });
 * plan.ref
 * //=> "national-plan@2025"
 * getMeasure(plan, "2")?.title.en
 * //=> "Tourism fairs"
 *
 * @category Catalogue
 */
export function defineCatalogue<const TDefinition extends CatalogueDefinition>(
  definition: TDefinition,
): Catalogue<DefinedMeasureIds<TDefinition>, DefinedStatusIds<TDefinition>> {
  if (typeof definition !== "object" || definition === null) {
    throw new CbmError("invalid-argument", "defineCatalogue: pass a catalogue definition object.");
  }
  const ref = `${String(definition.id)}@${String(definition.version)}`;
  if (typeof definition.id !== "string" || !CATALOGUE_ID.test(definition.id)) {
    fail(ref, `id must be lowercase letters, digits and hyphens, starting with a letter (got ${JSON.stringify(definition.id)}).`);
  }
  if (typeof definition.version !== "string" || !VERSION.test(definition.version)) {
    fail(ref, `version must be letters, digits, ".", "_" or "-" (got ${JSON.stringify(definition.version)}).`);
  }
  if (typeof definition.title?.en !== "string") fail(ref, "title.en is required.");
  if (definition.adopted !== undefined && !isPartialDateString(definition.adopted)) {
    fail(ref, `adopted ${JSON.stringify(definition.adopted)} is not a date written YYYY, YYYY-MM or YYYY-MM-DD.`);
  }
  if (!Array.isArray(definition.measures)) fail(ref, "measures must be an array.");

  const dimensions: readonly DimensionDefinition[] = definition.dimensions ?? DIMENSIONS;
  const dimensionIds = uniqueIds(ref, "dimension", dimensions);
  const areas = definition.priorityAreas ?? [];
  const areaIds = uniqueIds(ref, "priority area", areas);
  for (const area of areas) {
    if (!dimensionIds.has(area.dimension)) {
      fail(ref, `priority area "${area.id}" names dimension "${area.dimension}", which the catalogue does not declare.`);
    }
  }

  const statuses = definition.statuses ?? DEFAULT_STATUSES;
  uniqueIds(ref, "status", statuses);
  for (const status of statuses) {
    if (status.score !== null && !Number.isFinite(status.score)) {
      fail(ref, `status "${status.id}" has score ${String(status.score)}; use a finite number, or null for a status outside the scale.`);
    }
  }

  // Kinds of one's own extend the default vocabulary; each is written as reports compare kinds
  // (lower case, hyphens between words), so that no two kinds read alike.
  const ownKinds = definition.activityKinds ?? [];
  if (!Array.isArray(ownKinds)) fail(ref, "activityKinds must be an array.");
  uniqueIds(ref, "activity kind", [...DEFAULT_ACTIVITY_KINDS, ...ownKinds]);
  for (const kind of ownKinds) {
    if (!ACTIVITY_KIND_ID.test(kind.id)) fail(ref, `activity kind id ${quoted(kind.id)} must be lower-case words joined by hyphens, e.g. "joint-patrol".`);
    if (typeof kind.label?.en !== "string") fail(ref, `activity kind "${kind.id}": label.en is required.`);
  }

  const seen = new Map<string, MeasureDefinition>();
  const measures: Measure[] = [];
  for (const [index, input] of definition.measures.entries()) {
    const where = `measures[${index}]`;
    if (typeof input?.id !== "string" || input.id.trim() === "" || input.id !== input.id.trim()) {
      fail(ref, `${where}.id must be a non-empty string without surrounding spaces.`);
    }
    if (UNSAFE_ID_CHARACTER.test(input.id)) fail(ref, `${where}.id ${quoted(input.id)} holds a control or invisible character; ids are plain text.`);
    if (seen.has(input.id)) fail(ref, `${where}: measure id "${input.id}" is defined twice.`);
    if (!dimensionIds.has(input.dimension)) {
      fail(ref, `${where} ("${input.id}"): dimension "${input.dimension}" is not one of ${[...dimensionIds].join(", ")}.`);
    }
    if (input.priorityArea !== undefined && !areaIds.has(input.priorityArea)) {
      fail(ref, `${where} ("${input.id}"): priority area "${input.priorityArea}" is not defined in priorityAreas.`);
    }
    if (input.parent !== undefined) {
      const parent = seen.get(input.parent);
      if (!parent) fail(ref, `${where} ("${input.id}"): parent "${input.parent}" must be defined before it.`);
      if ((parent.kind ?? "measure") !== "measure-group") {
        fail(ref, `${where} ("${input.id}"): parent "${input.parent}" must have kind "measure-group".`);
      }
    }
    if (typeof input.title?.en !== "string") fail(ref, `${where} ("${input.id}"): title.en is required.`);
    seen.set(input.id, input);
    measures.push(
      compact({
        ...input,
        kind: input.kind ?? "measure",
        numberIsOfficial: input.numberIsOfficial ?? true,
      }),
    );
  }

  const ordered = [...statuses].sort((a, b) => {
    if (a.score === null || b.score === null) return a.score === null ? (b.score === null ? 0 : 1) : -1;
    return a.score - b.score;
  });

  const catalogue = compact({
    ref,
    id: definition.id,
    version: definition.version,
    title: definition.title,
    adopted: definition.adopted,
    adoptedBy: definition.adoptedBy,
    partial: definition.partial ?? false,
    supersedes: definition.supersedes,
    dimensions,
    priorityAreas: areas,
    measures,
    statuses: ordered,
    activityKinds: ownKinds.length > 0 ? [...DEFAULT_ACTIVITY_KINDS, ...ownKinds] : undefined,
    sources: definition.sources,
    confidence: definition.confidence,
    note: definition.note,
  });
  return deepFreeze(copyData(catalogue)) as unknown as Catalogue<DefinedMeasureIds<TDefinition>, DefinedStatusIds<TDefinition>>;
}

function uniqueIds(ref: string, what: string, items: readonly { readonly id: string }[]): Set<string> {
  const ids = new Set<string>();
  for (const item of items) {
    if (typeof item?.id !== "string" || item.id === "") fail(ref, `every ${what} needs a non-empty string id.`);
    if (UNSAFE_ID_CHARACTER.test(item.id)) fail(ref, `${what} id ${quoted(item.id)} holds a control or invisible character; ids are plain text.`);
    if (ids.has(item.id)) fail(ref, `${what} id "${item.id}" is defined twice.`);
    ids.add(item.id);
  }
  return ids;
}
