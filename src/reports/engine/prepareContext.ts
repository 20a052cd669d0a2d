import type { Catalogue } from "../../catalogue/types.js";
import type { MessageSource } from "../../i18n/messages.js";
import { messageSource } from "../../i18n/messageSource.js";
import { CbmError } from "../../errors/CbmError.js";
import { isFullDate } from "../../internal/dates.js";
import type { Registry } from "../../participants/types.js";
import { NationalReportSchema } from "../schema.js";
import type { ValidationContext } from "../types.js";

/** A checked context: its catalogues indexed by reference, its language and schema settled. */
export interface Prepared {
  readonly schema: typeof NationalReportSchema;
  readonly catalogues: ReadonlyMap<string, Catalogue>;
  readonly registry: Registry;
  readonly today: string | undefined;
  readonly lang: MessageSource;
}

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

/** Checks the context (programmer input) and indexes its catalogues. */
export function prepareContext(context: ValidationContext, fn: string): Prepared {
  if (typeof context !== "object" || context === null || typeof context.registry !== "object" || context.registry === null) {
    throw new CbmError("invalid-argument", `${fn}: pass a context with catalogues and a registry, e.g. ${fn}(input, cica).`);
  }
  if (!isRegistry(context.registry)) {
    throw new CbmError("invalid-argument", `${fn}: context.registry must be a registry made by defineRegistry (such as cica.registry), with its participants.`);
  }
  const list = Array.isArray(context.catalogues) ? context.catalogues : Object.values(context.catalogues ?? {});
  const catalogues = new Map<string, Catalogue>();
  for (const catalogue of list as readonly Catalogue[]) {
    if (!isCatalogue(catalogue)) {
      throw new CbmError("invalid-argument", `${fn}: context.catalogues must hold catalogues made by defineCatalogue.`);
    }
    catalogues.set(catalogue.ref, catalogue);
  }
  if (context.today !== undefined && !isFullDate(context.today)) {
    throw new CbmError("invalid-date", `${fn}: context.today ${JSON.stringify(context.today)} is not a real calendar date written YYYY-MM-DD.`);
  }
  const lang = messageSource(context.lang, fn, "context.lang");
  const schema = context.schema ?? NationalReportSchema;
  if (typeof schema !== "object" || schema === null || typeof (schema as { safeParse?: unknown }).safeParse !== "function") {
    throw new CbmError(
      "invalid-argument",
      `${fn}: context.schema must be a zod schema such as NationalReportSchema or compileReportSchema(); leave it out for the default.`,
    );
  }
  return { schema, catalogues, registry: context.registry, today: context.today, lang };
}
