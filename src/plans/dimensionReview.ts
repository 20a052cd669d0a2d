import { assertContext, cataloguesOf } from "../aggregate/context.js";
import type { Discrepancies } from "../aggregate/discrepancyTypes.js";
import { findDiscrepancies, statusCounts } from "../aggregate/findDiscrepancies.js";
import { type ImplementationMatrix, implementationMatrix } from "../aggregate/implementationMatrix.js";
import { type ReportingRate, type ReportingRateOptions, reportingRate } from "../aggregate/reportingRate.js";
import type { ValidationOutcome } from "../aggregate/rejectedSubmissions.js";
import type { AggregateContext } from "../aggregate/types.js";
import type { Localized } from "../common/types.js";
import { assertOptionalDate } from "../dates/guards.js";
import { DIMENSIONS, type DimensionId } from "../dimensions/DIMENSIONS.js";
import { CbmError } from "../errors/CbmError.js";
import type { Ledger } from "../ledger/store.js";
import type { Registry } from "../participants/types.js";
import type { NationalReport } from "../reports/schema.js";
import type { PlanExecution } from "./executionTypes.js";
import { planExecution } from "./planExecution.js";
import { currentOf, revisionsOf } from "./reportsOf.js";
import type { CbmPlan } from "./types.js";

/**
 * Options of {@link dimensionReview}.
 *
 * @example
 * const options: DimensionReviewOptions = { year: 2025, dimension: "environmental", asOf: "2025-07-21" };
 *
 * @category Plans
 */
export interface DimensionReviewOptions {
  /** The year under review. */
  readonly year: number;
  /** The dimension under review. */
  readonly dimension: DimensionId;
  /** As the review saw it on that day (`YYYY-MM-DD`): plan revisions approved and report revisions submitted by then. */
  readonly asOf?: string;
  /** A reply first submitted after this day is late (see {@link reportingRate}). */
  readonly deadline?: string;
  /** The plan's id, when plans of several ids are given for the year. */
  readonly plan?: string;
  /** The catalogue version of the matrix and the mirror checks: the plan's when omitted (see {@link MatrixOptions}). */
  readonly catalogue?: string;
  /** The matrix's columns: the dimension's priority areas (the default) or its measures. */
  readonly by?: "priorityArea" | "measure";
  /**
   * Submissions that were rejected (the results of {@link validateReports}), so that the replies
   * tell "received but rejected" apart from "no reply", as {@link ReportingRateOptions.rejected}.
   */
  readonly rejected?: Iterable<ValidationOutcome>;
}

/**
 * What the Senior Officials Committee reads when it reviews one dimension: {@link dimensionReview}'s
 * answer. Render it with {@link renderDimensionReview}.
 *
 * @example
 * const review: DimensionReview = dimensionReview([], [], cica, { year: 2025, dimension: "human", catalogue: "cica@2021" });
 *
 * @category Plans
 */
export interface DimensionReview {
  /** The year. */
  readonly year: number;
  /** The dimension. */
  readonly dimension: DimensionId;
  /** Its name. */
  readonly label: Localized;
  /** The `asOf` given, if any. */
  readonly asOf?: string;
  /** The plan's execution for the dimension: its events, totals and breakdowns, and its unplanned activities. */
  readonly execution: PlanExecution;
  /** The implementation matrix, with the dimension's columns only (every reporting state a row). */
  readonly matrix: ImplementationMatrix;
  /** Who replied for the year (a reply is a state's, whatever its dimensions). */
  readonly replies: ReportingRate;
  /** The mirror checks of joint activities under the dimension's measures, counts recounted. */
  readonly discrepancies: Discrepancies;
}

/**
 * The pack of one dimension's review: the plan's execution for the dimension
 * ({@link planExecution} with `dimension`), the columns of the implementation matrix for it
 * ({@link implementationMatrix} by priority area or measure, the dimension's columns kept), who
 * replied ({@link reportingRate}) and the mirror checks of its joint activities
 * ({@link findDiscrepancies}, rows under its measures). Everything is read as on `asOf` when given.
 * The catalogue version is the plan's (or `options.catalogue`).
 *
 * @param plan - A plan, or a list of plan revisions.
 * @param source - The reports: a ledger or an iterable of revisions.
 * @param context - `cica`, or `{ catalogues, registry }` (both are needed).
 * @param options - The year and dimension, and optionally `asOf`, `deadline`, `plan`, `catalogue`, `by`.
 * @returns The review, as data.
 * @throws {@link CbmError} as {@link planExecution}, {@link implementationMatrix} and
 *   {@link reportingRate} do; `invalid-argument` for an unknown dimension or `by`.
 *
 * @example
 * const plan = {
 *   schema: "cica-cbm/plan@1", id: "PLAN-2025", year: 2025, catalogue: "cica@2021", revision: 1, approvedOn: "2024-12-04",
 *   events: [{ id: "E01", title: { en: "Youth forum" }, dimension: "human", priorityArea: "human-general", proposers: ["UZ"], planned: "2025-06" }],
 * } as const;
 * const review = dimensionReview(plan, [], cica, { year: 2025, dimension: "human" });
 * [review.execution.totals["no-information"], review.matrix.groups.map((g) => g.id), review.replies.expected]
 * //=> [1, ["human-general"], 28]
 *
 * @category Plans
 */
export function dimensionReview(
  plan: CbmPlan | readonly CbmPlan[],
  source: Ledger | Iterable<NationalReport>,
  context: AggregateContext & { readonly registry: Registry; readonly catalogues: NonNullable<AggregateContext["catalogues"]> },
  options: DimensionReviewOptions,
): DimensionReview {
  const fn = "dimensionReview";
  assertContext(context, fn, { place: "as the third argument", call: `${fn}(plan, reports, cica, options)` });
  if (typeof options !== "object" || options === null)
    throw new CbmError("invalid-argument", `${fn}: pass options such as { year: 2025, dimension: "human" }.`);
  const { year, dimension, asOf, deadline, by = "priorityArea" } = options;
  const named = DIMENSIONS.find((d) => d.id === dimension);
  if (!named)
    throw new CbmError(
      "invalid-argument",
      `${fn}: options.dimension must be one of ${DIMENSIONS.map((d) => d.id).join(", ")} (got ${JSON.stringify(dimension)}).`,
    );
  if (by !== "priorityArea" && by !== "measure")
    throw new CbmError("invalid-argument", `${fn}: options.by must be "priorityArea" or "measure" (got ${JSON.stringify(by)}).`);
  assertOptionalDate(asOf, fn, "asOf");
  // Read once: a generator can be iterated only once, and every part reads the same revisions.
  const revisions = revisionsOf(source, fn);
  const execution = planExecution(plan, revisions, context, {
    year,
    dimension,
    ...(asOf !== undefined ? { asOf } : {}),
    ...(options.plan !== undefined ? { plan: options.plan } : {}),
  });
  const catalogueRef = options.catalogue ?? execution.plan?.catalogue;
  const full = implementationMatrix(revisions, context, {
    year,
    by,
    ...(asOf !== undefined ? { asOf } : {}),
    ...(catalogueRef !== undefined ? { catalogue: catalogueRef } : {}),
  });
  const catalogue = cataloguesOf(context).find((c) => c.ref === full.catalogue)!;
  const dimensionOf = new Map(catalogue.measures.map((m) => [m.id, m.dimension]));
  // A column is the dimension's when every measure in it is.
  const columnDimensions = new Map<string, Set<string>>();
  for (const m of catalogue.measures) {
    const key = by === "measure" ? m.id : (m.priorityArea ?? "(none)");
    columnDimensions.set(key, (columnDimensions.get(key) ?? new Set()).add(m.dimension));
  }
  const kept = full.groups.flatMap((g, i) => {
    const dims = columnDimensions.get(g.id);
    return dims && dims.size === 1 && dims.has(dimension) ? [i] : [];
  });
  const matrix: ImplementationMatrix = {
    ...full,
    groups: kept.map((i) => full.groups[i]!),
    rows: full.rows.map((row) => ({ ...row, cells: kept.map((i) => row.cells[i]!) })),
  };
  const replies = reportingRate(revisions, context, {
    year,
    ...(deadline !== undefined ? { deadline } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    ...(options.rejected !== undefined ? { rejected: options.rejected } : {}),
  });
  // The mirror check reads the revisions that count by `asOf` (it takes no date of its own); the
  // conflicts and back-dated revisions of the year are the replies' own.
  const mirror = findDiscrepancies(currentOf(revisions, year, asOf), context, { year, catalogue: full.catalogue });
  const rows = mirror.rows.filter((row) => dimensionOf.get(row.measure) === dimension);
  const discrepancies: Discrepancies = {
    year,
    ...statusCounts(rows),
    rows,
    conflicts: replies.conflicts.filter((note) => note.catalogue === full.catalogue),
    backdated: replies.backdated.filter((note) => note.catalogue === full.catalogue),
  };
  return {
    year,
    dimension,
    label: { en: named.en, ru: named.ru },
    ...(asOf !== undefined ? { asOf } : {}),
    execution,
    matrix,
    replies,
    discrepancies,
  };
}
