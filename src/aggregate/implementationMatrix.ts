import type { Localized } from "../common/types.js";
import { assertQueryYear } from "../dates/guards.js";
import { CbmError } from "../errors/CbmError.js";
import { assertContext, matrixCatalogue } from "./context.js";
import { toReportSummary } from "./toReportSummary.js";
import type { AccumulatorOptions, AggregateContext, ReportSource } from "./types.js";

/**
 * How {@link implementationMatrix} groups a catalogue's measures into columns.
 *
 * @example
 * const by: MatrixGrouping = "dimension";
 *
 * @category Aggregates
 */
export type MatrixGrouping = "dimension" | "priorityArea" | "measure";

/**
 * One column of the matrix: a dimension, a priority area, or a measure.
 *
 * @example
 * const group: MatrixGroup | undefined = implementationMatrix([], cica, { year: 2025, catalogue: "cica@2021" }).groups[0];
 *
 * @category Aggregates
 */
export interface MatrixGroup {
  /** The dimension, priority-area or measure id; `"(none)"` for measures without a priority area. */
  readonly id: string;
  /** Its label. */
  readonly label: Localized;
  /** How many of the catalogue's measures it holds, measure-groups (headings) excluded. */
  readonly measures: number;
}

/**
 * One cell of the matrix: one state's entries in one group.
 *
 * @example
 * const cell: MatrixCell = { entries: 1, counts: { implemented: 1 }, meanScore: 4, coverage: 0.25 };
 *
 * @category Aggregates
 */
export interface MatrixCell {
  /** How many entries the state reported in the group. */
  readonly entries: number;
  /** Entries per status, for every status of the catalogue (zeros included), in vocabulary order. */
  readonly counts: Readonly<Record<string, number>>;
  /** The mean ordinal score of the entries whose status is on the scale; `null` when none is. */
  readonly meanScore: number | null;
  /** The share (0–1) of the group's measures the state reported on; `null` for a group with none. */
  readonly coverage: number | null;
}

/**
 * One row of the matrix: a reporting state and its cells, one per group.
 *
 * @example
 * const row: MatrixRow | undefined = implementationMatrix([], cica, { year: 2025, catalogue: "cica@2021" }).rows[0];
 *
 * @category Aggregates
 */
export interface MatrixRow {
  /** The state's code. */
  readonly state: string;
  /** `true` when its report is a nil report (all its cells are empty). */
  readonly nil: boolean;
  /** One cell per group, in the order of `groups`. */
  readonly cells: readonly MatrixCell[];
}

/**
 * The implementation matrix of a year: reporting states × groups of measures.
 *
 * @example
 * const matrix: ImplementationMatrix = implementationMatrix([], cica, { year: 2025, catalogue: "cica@2021" });
 *
 * @category Aggregates
 */
export interface ImplementationMatrix {
  /** The catalogue version. */
  readonly catalogue: string;
  /** The year. */
  readonly year: number;
  /** How measures are grouped. */
  readonly by: MatrixGrouping;
  /** The status ids, in vocabulary order (the keys of each cell's `counts`). */
  readonly statuses: readonly string[];
  /** The columns. */
  readonly groups: readonly MatrixGroup[];
  /** One row per reporting state, sorted by code. */
  readonly rows: readonly MatrixRow[];
}

/**
 * Options of {@link implementationMatrix}.
 *
 * @example
 * const options: MatrixOptions = { year: 2025, by: "priorityArea" };
 *
 * @category Aggregates
 */
export interface MatrixOptions extends AccumulatorOptions {
  /** The year. */
  readonly year: number;
  /** Columns by dimension (the default), priority area or measure. */
  readonly by?: MatrixGrouping;
  /**
   * The catalogue version whose reports to count, one the context holds (e.g. `"cica@2021"`).
   * When omitted: the context's catalogue if it holds only one; else the one version the year's
   * reports use; where the reports use several versions, or there are none to tell by, the call
   * throws and asks for it (a matrix has the columns of one version only).
   */
  readonly catalogue?: string;
}

/**
 * The implementation matrix: one row per state that reported on the catalogue version for the
 * year (its current revision), one column per dimension, priority area or measure; each cell
 * counts the state's entries per status, their mean ordinal score, and the coverage — the share of
 * the group's measures the state reported on. Measure-groups (headings such as 2.1.1) are not
 * counted in coverage; entries on measures the catalogue does not hold are left out.
 *
 * Counting is one pass over integer-indexed counters (state × group × status).
 *
 * @param source - The reports: a ledger, an iterable of revisions, or a summary.
 * @param context - Where the catalogues come from: `cica`, or `{ catalogues, registry? }`.
 * @param options - The year, and optionally `by` (`"dimension"` when omitted), `catalogue` (see
 *   {@link MatrixOptions}) and `asOf`.
 * @returns The matrix.
 * @throws {@link CbmError} `invalid-argument` for a year that is not an integer from 1 to 9999, an
 *   unknown grouping, or a catalogue version that is unknown or cannot be told from the reports;
 *   `invalid-date` for an `asOf` that is not a real date.
 *
 * @example
 * const report = {
 *   schema: "cica-cbm/report@1", id: "KZ-2025", reporter: "KZ", catalogue: "cica@2021", year: 2025,
 *   revision: 1, submittedOn: "2026-03-01",
 *   entries: [{ measure: "HUM.1", status: "implemented" }, { measure: "HUM.2", status: "planned" }],
 * } as const;
 * const matrix = implementationMatrix([report], cica, { year: 2025 });
 * matrix.rows[0]?.cells[4]
 * //=> {"entries": 2, "counts": {"not-started": 0, "planned": 1, "in-progress": 0, "partially-implemented": 0, "implemented": 1, "not-applicable": 0}, "meanScore": 2.5, "coverage": 0.3333333333333333}
 *
 * @category Aggregates
 */
export function implementationMatrix(
  source: ReportSource,
  context: AggregateContext & { readonly catalogues: NonNullable<AggregateContext["catalogues"]> },
  options: MatrixOptions,
): ImplementationMatrix {
  assertContext(context, "implementationMatrix");
  const { year, by = "dimension" } = options;
  assertQueryYear(year, "implementationMatrix");
  if (by !== "dimension" && by !== "priorityArea" && by !== "measure") {
    throw new CbmError("invalid-argument", `implementationMatrix: by must be "dimension", "priorityArea" or "measure" (got ${JSON.stringify(by)}).`);
  }
  const summary = toReportSummary(source, options.asOf === undefined ? {} : { asOf: options.asOf });
  const catalogue = matrixCatalogue(context, summary, year, options.catalogue);

  // Columns, and each measure's column.
  const groups: MatrixGroup[] = [];
  const groupOf = new Map<string, number>();
  const countable = new Map<string, boolean>();
  for (const measure of catalogue.measures) countable.set(measure.id, measure.kind !== "measure-group");
  if (by === "dimension") {
    for (const dimension of catalogue.dimensions)
      groups.push({ id: dimension.id, label: { en: dimension.en, ...(dimension.ru ? { ru: dimension.ru } : {}) }, measures: 0 });
    const index = new Map(groups.map((g, i) => [g.id, i]));
    for (const measure of catalogue.measures) groupOf.set(measure.id, index.get(measure.dimension)!);
  } else if (by === "priorityArea") {
    const used = new Set(catalogue.measures.map((m) => m.priorityArea ?? "(none)"));
    for (const area of catalogue.priorityAreas) if (used.has(area.id)) groups.push({ id: area.id, label: area.title, measures: 0 });
    if (used.has("(none)")) groups.push({ id: "(none)", label: { en: "No priority area", ru: "Без приоритетной области" }, measures: 0 });
    const index = new Map(groups.map((g, i) => [g.id, i]));
    for (const measure of catalogue.measures) groupOf.set(measure.id, index.get(measure.priorityArea ?? "(none)")!);
  } else {
    for (const measure of catalogue.measures) {
      groupOf.set(measure.id, groups.length);
      groups.push({ id: measure.id, label: measure.title, measures: 0 });
    }
  }
  const measureCounts = new Int32Array(groups.length);
  for (const measure of catalogue.measures) if (countable.get(measure.id)) measureCounts[groupOf.get(measure.id)!]!++;

  const statuses = catalogue.statuses;
  const statusIndex = new Map(statuses.map((status, i) => [status.id, i]));
  const records = summary.records.filter((r) => r.year === year && r.catalogue === catalogue.ref);

  // One pass over integer counters: [row][group][status], plus covered measures per [row][group].
  const G = groups.length;
  const S = statuses.length;
  const counts = new Int32Array(records.length * G * S);
  const covered = new Int32Array(records.length * G);
  records.forEach((record, row) => {
    const seen = new Set<string>();
    for (const [measure, status] of record.entries) {
      const group = groupOf.get(measure);
      const s = statusIndex.get(status);
      if (group === undefined || s === undefined) continue;
      counts[(row * G + group) * S + s]!++;
      if (countable.get(measure) && !seen.has(measure)) {
        seen.add(measure);
        covered[row * G + group]!++;
      }
    }
  });

  const rows: MatrixRow[] = records.map((record, row) => ({
    state: record.reporter,
    nil: record.nil,
    cells: groups.map((_, group): MatrixCell => {
      const cellCounts: Record<string, number> = {};
      let entries = 0;
      let scored = 0;
      let total = 0;
      for (let s = 0; s < S; s++) {
        const n = counts[(row * G + group) * S + s]!;
        const status = statuses[s]!;
        cellCounts[status.id] = n;
        entries += n;
        if (status.score !== null) {
          scored += n;
          total += n * status.score;
        }
      }
      const denominator = measureCounts[group]!;
      return {
        entries,
        counts: cellCounts,
        meanScore: scored === 0 ? null : total / scored,
        coverage: denominator === 0 ? null : covered[row * G + group]! / denominator,
      };
    }),
  }));
  return {
    catalogue: catalogue.ref,
    year,
    by,
    statuses: statuses.map((s) => s.id),
    groups: groups.map((g, i) => ({ ...g, measures: measureCounts[i]! })),
    rows,
  };
}
