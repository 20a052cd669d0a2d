import type { Catalogue } from "../catalogue/types.js";
import { CbmError } from "../errors/CbmError.js";
import type { Registry } from "../participants/types.js";
import type { AggregateContext } from "./types.js";

// How the aggregates read their context (see AggregateContext); not exported from the package.

/** Throws unless the context is an object (e.g. `cica`, or `{ catalogues, registry }`). */
export function assertContext(context: unknown, fn: string): asserts context is AggregateContext {
  if (typeof context !== "object" || context === null || Array.isArray(context)) {
    throw new CbmError("invalid-argument", `${fn}: pass a context shaped like cica ({ catalogues, registry }) as the second argument, e.g. ${fn}(reports, cica, options).`);
  }
}

/** The context's catalogue versions, as a list (empty when it holds none). */
export function cataloguesOf(context: AggregateContext): readonly Catalogue[] {
  const { catalogues } = context;
  if (catalogues === undefined) return [];
  return Array.isArray(catalogues) ? (catalogues as readonly Catalogue[]) : Object.values(catalogues as Readonly<Record<string, Catalogue>>);
}

/** The context's registry; throws when it holds none. */
export function registryOf(context: AggregateContext, fn: string): Registry {
  if (context.registry === undefined) throw new CbmError("invalid-argument", `${fn}: the context holds no registry; pass cica or { registry: yourRegistry, ... }.`);
  return context.registry;
}

/**
 * Checks `options.catalogue`: when the context holds catalogues, it must name one of them (a typo
 * would otherwise filter every report out without a word).
 */
export function assertKnownCatalogue(context: AggregateContext, ref: unknown, fn: string): void {
  if (ref === undefined) return;
  if (typeof ref !== "string") throw new CbmError("invalid-argument", `${fn}: options.catalogue must be a catalogue reference such as "cica@2021" (got ${String(ref)}).`);
  const known = cataloguesOf(context);
  if (known.length > 0 && !known.some((c) => c.ref === ref)) {
    throw new CbmError("invalid-argument", `${fn}: the context holds no catalogue ${JSON.stringify(ref)}; use ${known.map((c) => c.ref).join(" or ")}.`);
  }
}
