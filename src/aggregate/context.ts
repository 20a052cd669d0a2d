import type { Catalogue } from "../catalogue/types.js";
import { CbmError } from "../errors/CbmError.js";
import type { Registry } from "../participants/types.js";
import type { AggregateContext, ReportSummary } from "./types.js";

// How the aggregates read their context (see AggregateContext); not exported from the package.

/**
 * Throws unless the context is an object (e.g. `cica`, or `{ catalogues, registry }`). `where`:
 * where this caller takes it and a call that shows it, since the aggregates take it second, the
 * plans' reviews third and publish in its options.
 */
export function assertContext(
  context: unknown,
  fn: string,
  where: { readonly place: string; readonly call: string } = { place: "as the second argument", call: `${fn}(reports, cica, options)` },
): asserts context is AggregateContext {
  if (typeof context !== "object" || context === null || Array.isArray(context)) {
    throw new CbmError("invalid-argument", `${fn}: pass a context shaped like cica ({ catalogues, registry }) ${where.place}, e.g. ${where.call}.`);
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
  if (context.registry === undefined)
    throw new CbmError("invalid-argument", `${fn}: the context holds no registry; pass cica or { registry: yourRegistry, ... }.`);
  return context.registry;
}

/**
 * Checks `options.catalogue`: when the context holds catalogues, it must name one of them (a typo
 * would otherwise filter every report out without a word).
 */
export function assertKnownCatalogue(context: AggregateContext, ref: unknown, fn: string): void {
  if (ref === undefined) return;
  if (typeof ref !== "string")
    throw new CbmError("invalid-argument", `${fn}: options.catalogue must be a catalogue reference such as "cica@2021" (got ${String(ref)}).`);
  const known = cataloguesOf(context);
  if (known.length > 0 && !known.some((c) => c.ref === ref)) {
    throw new CbmError("invalid-argument", `${fn}: the context holds no catalogue ${JSON.stringify(ref)}; use ${known.map((c) => c.ref).join(" or ")}.`);
  }
}

/** The catalogue version of the matrix: the one named, else the one the year's reports use (see MatrixOptions). */
export function matrixCatalogue(context: AggregateContext, summary: ReportSummary, year: number, ref: string | undefined): Catalogue {
  const known = cataloguesOf(context);
  const list = known.map((c) => c.ref).join(", ") || "none";
  if (ref !== undefined) {
    const named = known.find((c) => c.ref === ref);
    if (!named) throw new CbmError("invalid-argument", `implementationMatrix: the context holds no catalogue ${JSON.stringify(ref)} (it holds ${list}).`);
    return named;
  }
  if (known.length === 1) return known[0]!;
  const used = [...new Set(summary.records.filter((r) => r.year === year).map((r) => r.catalogue))].sort();
  if (used.length === 1) {
    const found = known.find((c) => c.ref === used[0]);
    if (!found)
      throw new CbmError(
        "invalid-argument",
        `implementationMatrix: the reports for ${year} are on ${used[0]}, which the context does not hold (it holds ${list}).`,
      );
    return found;
  }
  const why = used.length === 0 ? `there are no reports for ${year} to tell which of ${list} to use` : `the reports for ${year} are on ${used.join(" and ")}`;
  throw new CbmError(
    "invalid-argument",
    `implementationMatrix: ${why}; name the catalogue version with options.catalogue, e.g. { year: ${year}, catalogue: "${used[0] ?? known[0]?.ref ?? "cica@2021"}" }.`,
  );
}
