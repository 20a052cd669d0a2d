import type { Catalogue } from "../../catalogue/types.js";
import type { MessageSource } from "../../i18n/messages.js";
import { messageSource } from "../../i18n/messageSource.js";
import { CbmError } from "../../errors/CbmError.js";
import { isFullDate } from "../../internal/dates.js";
import type { Registry } from "../../participants/types.js";
import type { NationalReportSchema } from "../schema.js";
import type { ValidationContext } from "../types.js";
import { FORMAT_SCHEMAS } from "./formatSchemas.js";

/** A checked context: its catalogues indexed by reference, its language and schema settled. */
export interface Prepared {
  /**
   * A schema of the caller's own, run as given; undefined for the format's own (none given,
   * {@link NationalReportSchema} or a compileReportSchema result), which checkStructure checks without zod.
   */
  readonly schema: typeof NationalReportSchema | undefined;
  readonly catalogues: ReadonlyMap<string, Catalogue>;
  readonly registry: Registry;
  readonly today: string | undefined;
  readonly lang: MessageSource;
  /**
   * The versions that supersede each catalogue version of the context, by its reference: the
   * context's versions that record it (or a version it superseded) in their `supersedes` chain,
   * that have an adoption date and something to report on; the latest adopted first.
   */
  readonly successors: ReadonlyMap<string, readonly Successor[]>;
}

/** A catalogue version that supersedes another from a year on. */
export interface Successor {
  /** Its reference. */
  readonly ref: string;
  /** When it was adopted, as the catalogue gives it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  readonly adopted: string;
  /** The first year it supersedes for: the year after its adoption (the year of adoption is shared). */
  readonly fromYear: number;
}

/**
 * Which versions supersede which. A version supersedes the one its `supersedes` names, and through
 * the context's versions, each one that one superseded. Only a version with a measure to report on
 * (not a stub, not headings only) and an adoption date supersedes: without a date it cannot be said
 * for which years.
 */
function successorsOf(catalogues: ReadonlyMap<string, Catalogue>): ReadonlyMap<string, readonly Successor[]> {
  const successors = new Map<string, Successor[]>();
  for (const catalogue of catalogues.values()) {
    const adopted = catalogue.adopted;
    if (typeof catalogue.supersedes !== "string" || typeof adopted !== "string" || !/^\d{4}/.test(adopted)) continue;
    if (!catalogue.measures.some((measure) => measure.kind !== "measure-group")) continue;
    const successor: Successor = { ref: catalogue.ref, adopted, fromYear: Number(adopted.slice(0, 4)) + 1 };
    const seen = new Set<string>([catalogue.ref]);
    for (let ref: string | undefined = catalogue.supersedes; ref !== undefined && !seen.has(ref); ref = catalogues.get(ref)?.supersedes) {
      seen.add(ref);
      const list = successors.get(ref) ?? [];
      list.push(successor);
      successors.set(ref, list);
    }
  }
  for (const list of successors.values())
    list.sort((a, b) => (a.adopted < b.adopted ? 1 : a.adopted > b.adopted ? -1 : a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  return successors;
}

/** A context's catalogues by reference, and the versions that supersede each. */
interface CatalogueSet {
  readonly catalogues: ReadonlyMap<string, Catalogue>;
  readonly successors: ReadonlyMap<string, readonly Successor[]>;
}

/** The catalogue sets of frozen lists of frozen catalogues (such as `cica.catalogues`), worked out once. */
const catalogueSets = new WeakMap<object, CatalogueSet>();

/** Frozen registries and catalogues already found readable (a frozen one cannot change). */
const checked = new WeakSet<object>();

/**
 * True for a registry whose participants the rules can read (as defineRegistry makes them): a
 * malformed one must fail the call, once, and not fail every report as "cannot be read".
 */
function isRegistry(registry: unknown): registry is Registry {
  if (typeof registry !== "object" || registry === null) return false;
  if (checked.has(registry)) return true;
  const participants = (registry as { participants?: unknown }).participants;
  const ok =
    Array.isArray(participants) &&
    participants.every((participant: unknown) => {
      const p = participant as Partial<Registry["participants"][number]> | null;
      return (
        typeof p === "object" &&
        p !== null &&
        typeof p.code === "string" &&
        typeof p.kind === "string" &&
        typeof p.name?.en === "string" &&
        Array.isArray(p.history) &&
        Array.isArray(p.aliases) &&
        p.history.every((change) => typeof change?.from === "string" && typeof change.status === "string")
      );
    });
  if (ok && Object.isFrozen(registry)) checked.add(registry);
  return ok;
}

/** True for a catalogue whose measures and statuses the rules can read (as defineCatalogue makes them). */
function isCatalogue(catalogue: unknown): catalogue is Catalogue {
  if (typeof catalogue !== "object" || catalogue === null) return false;
  if (checked.has(catalogue)) return true;
  const { ref, measures, statuses } = catalogue as Partial<Catalogue>;
  const ok =
    typeof ref === "string" &&
    [measures, statuses].every((items) => Array.isArray(items) && items.every((item: unknown) => typeof (item as { id?: unknown } | null)?.id === "string"));
  if (ok && Object.isFrozen(catalogue)) checked.add(catalogue);
  return ok;
}

/**
 * A context's catalogues (a list, or an object by reference) checked and indexed, with their
 * successors. A frozen list of frozen catalogues cannot change: it is worked out once, not per report.
 */
function catalogueSet(given: unknown, fn: string): CatalogueSet {
  if (typeof given !== "object" || given === null) {
    throw new CbmError("invalid-argument", `${fn}: context.catalogues must hold catalogues made by defineCatalogue, e.g. ${fn}(input, cica).`);
  }
  const cached = catalogueSets.get(given);
  if (cached) return cached;
  const list: readonly unknown[] = Array.isArray(given) ? given : Object.values(given);
  const catalogues = new Map<string, Catalogue>();
  for (const catalogue of list) {
    if (!isCatalogue(catalogue)) {
      throw new CbmError("invalid-argument", `${fn}: context.catalogues must hold catalogues made by defineCatalogue.`);
    }
    catalogues.set(catalogue.ref, catalogue);
  }
  const set: CatalogueSet = { catalogues, successors: successorsOf(catalogues) };
  if (Object.isFrozen(given) && list.every((catalogue) => Object.isFrozen(catalogue))) catalogueSets.set(given, set);
  return set;
}

/** Checks the context (programmer input) and indexes its catalogues. */
export function prepareContext(context: ValidationContext, fn: string): Prepared {
  if (typeof context !== "object" || context === null || typeof context.registry !== "object" || context.registry === null) {
    throw new CbmError("invalid-argument", `${fn}: pass a context with catalogues and a registry, e.g. ${fn}(input, cica).`);
  }
  if (!isRegistry(context.registry)) {
    throw new CbmError("invalid-argument", `${fn}: context.registry must be a registry made by defineRegistry (such as cica.registry), with its participants.`);
  }
  const { catalogues, successors } = catalogueSet(context.catalogues, fn);
  if (context.today !== undefined && !isFullDate(context.today)) {
    throw new CbmError("invalid-date", `${fn}: context.today ${JSON.stringify(context.today)} is not a real calendar date written YYYY-MM-DD.`);
  }
  const lang = messageSource(context.lang, fn, "context.lang");
  const given: unknown = context.schema;
  if (given !== undefined && given !== null && (typeof given !== "object" || typeof (given as { safeParse?: unknown }).safeParse !== "function")) {
    throw new CbmError(
      "invalid-argument",
      `${fn}: context.schema must be a zod schema such as NationalReportSchema or compileReportSchema(); leave it out for the default.`,
    );
  }
  const schema = given === undefined || given === null || FORMAT_SCHEMAS.has(given) ? undefined : context.schema;
  return { schema, catalogues, registry: context.registry, today: context.today, lang, successors };
}
