import type { Localized } from "../common/types.js";
import { assertQueryYear } from "../dates/guards.js";
import { CbmError } from "../errors/CbmError.js";
import type { ParticipantStatus } from "../participants/types.js";
import { assertContext, matrixCatalogue } from "./context.js";
import { replyOrder, yearStanding } from "./replyOrder.js";
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
 * What a cell's headline value ({@link MatrixCell.value}) is:
 * - `"level"`, the implementation level: the mean, over the entries the state reported in the
 *   group (`not-applicable` and other statuses outside the scale left out), of each status's score
 *   normalised to 0–1 by the vocabulary's lowest and highest scores (so a custom vocabulary works
 *   the same way); measures not reported on are unknown, not zero;
 * - `"coverage"`: the share of the group's measures the state reported on, whatever their status.
 *
 * A state that reports "not started" on every measure has coverage 1 and level 0.
 *
 * @example
 * const measure: MatrixMeasure = "level";
 *
 * @category Aggregates
 */
export type MatrixMeasure = "level" | "coverage";

/**
 * One end of the scale of an {@link ImplementationMatrix}: the status with the lowest or the
 * highest score of the vocabulary, which the level counts as 0 or 1.
 *
 * @example
 * const end: MatrixScaleEnd = { status: "implemented", label: { en: "Implemented" }, score: 4 };
 *
 * @category Aggregates
 */
export interface MatrixScaleEnd {
  /** The status id. */
  readonly status: string;
  /** Its label. */
  readonly label: Localized;
  /** Its score. */
  readonly score: number;
}

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
 * const cell: MatrixCell = { entries: 1, counts: { implemented: 1 }, meanScore: 4, coverage: 0.25, level: 1, value: 1 };
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
  /**
   * The implementation level (0–1; see {@link MatrixMeasure}): the mean normalised score of the
   * entries on the group's measures whose status is on the scale. `null` when it is unknown: no
   * such entry (nothing reported, only `not-applicable`, a nil report), a group with no measures,
   * or a vocabulary whose scale has fewer than two scores. Entries on measure-groups (headings)
   * are left out, as coverage leaves them out.
   */
  readonly level: number | null;
  /** The headline value: `level` or `coverage`, as the matrix's `measure` says. */
  readonly value: number | null;
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
  /**
   * `true` when the state was not expected to reply for the year, as {@link reportingRate} counts
   * it apart: an observer's report, or that of a state that joined during the year (or of a code
   * the registry does not hold). `false` without a registry in the context.
   */
  readonly voluntary: boolean;
  /**
   * Its status during the year, as {@link ReplyRow}'s: `member` (for a voluntary row: joined
   * during the year), `observer` or `none`; `null` when the context holds no registry to tell by.
   */
  readonly status: ParticipantStatus | null;
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
  /** What each cell's `value` is: the implementation level (the default) or the coverage. */
  readonly measure: MatrixMeasure;
  /** The ends of the scale the level is normalised by; `null` when the vocabulary has fewer than two scores. */
  readonly scale: {
    /** The status the level counts as 0 (the lowest score). */
    readonly lowest: MatrixScaleEnd;
    /** The status the level counts as 1 (the highest score). */
    readonly highest: MatrixScaleEnd;
  } | null;
  /** The status ids, in vocabulary order (the keys of each cell's `counts`). */
  readonly statuses: readonly string[];
  /** The columns. */
  readonly groups: readonly MatrixGroup[];
  /**
   * One row per reporting state, in the order of the table of replies ({@link reportingRate}):
   * the states expected to reply in the registry's order, then the voluntary ones by code; by code
   * alone when the context holds no registry.
   */
  readonly rows: readonly MatrixRow[];
  /** The states whose rows `expectedOnly` left out (voluntary reports), by code; empty otherwise. */
  readonly omitted: readonly string[];
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
  /** What each cell's `value` is: `"level"` (the default) or `"coverage"` (see {@link MatrixMeasure}). */
  readonly measure?: MatrixMeasure;
  /**
   * `true` to leave out the rows of voluntary reports (observers, states that joined during the
   * year), keeping only the states expected to reply; they are listed in `omitted`. Needs a
   * registry in the context.
   */
  readonly expectedOnly?: boolean;
}

/**
 * The implementation matrix: one row per state that reported on the catalogue version for the
 * year (its current revision), one column per dimension, priority area or measure. Each cell
 * counts the state's entries per status and gives their mean ordinal score, the **coverage** (the
 * share of the group's measures the state reported on) and the implementation **level** (the mean
 * of the reported statuses' scores normalised to 0–1 by the vocabulary's lowest and highest
 * scores, `not-applicable` left out; unreported measures are unknown, not zero). `measure` picks
 * which of the two is each cell's headline `value`: the level unless asked otherwise. Measure-groups
 * (headings such as 2.1.1) are counted in neither; entries on measures the catalogue does not
 * hold are left out, and so are reports on other catalogue versions (a row never mixes versions).
 *
 * With a registry in the context, rows are in the order of the table of replies and each says
 * whether the state's reply was voluntary (an observer, a state that joined during the year);
 * `expectedOnly` leaves those rows out.
 *
 * Counting is one pass over integer-indexed counters (state × group × status).
 *
 * @param source - The reports: a ledger, an iterable of revisions, or a summary.
 * @param context - Where the catalogues come from: `cica`, or `{ catalogues, registry? }`.
 * @param options - The year, and optionally `by` (`"dimension"` when omitted), `catalogue` (see
 *   {@link MatrixOptions}), `measure`, `expectedOnly` and `asOf`.
 * @returns The matrix.
 * @throws {@link CbmError} `invalid-argument` for a year that is not an integer from 1 to 9999, an
 *   unknown grouping or measure, a catalogue version that is unknown or cannot be told from the
 *   reports, or `expectedOnly` without a registry; `invalid-date` for an `asOf` that is not a real
 *   date.
 *
 * @example
 * const report = {
 *   schema: "cica-cbm/report@1", id: "KZ-2025", reporter: "KZ", catalogue: "cica@2021", year: 2025,
 *   revision: 1, submittedOn: "2026-03-01",
 *   entries: [{ measure: "HUM.1", status: "implemented" }, { measure: "HUM.2", status: "planned" }],
 * } as const;
 * const matrix = implementationMatrix([report], cica, { year: 2025 });
 * matrix.rows[0]?.cells[4]
 * //=> {"entries": 2, "counts": {"not-started": 0, "planned": 1, "in-progress": 0, "partially-implemented": 0, "implemented": 1, "not-applicable": 0}, "meanScore": 2.5, "coverage": 0.3333333333333333, "level": 0.625, "value": 0.625}
 *
 * @example
 * // "Not started" on every measure reported: full coverage, level zero.
 * const report = {
 *   schema: "cica-cbm/report@1" as const, id: "KZ-2025", reporter: "KZ", catalogue: "cica@2021", year: 2025,
 *   revision: 1, submittedOn: "2026-03-01",
 *   entries: ["ENV.1", "ENV.2", "ENV.3", "ENV.4", "ENV.5"].map((measure) => ({ measure, status: "not-started" })),
 * };
 * const cell = implementationMatrix([report], cica, { year: 2025, measure: "coverage" }).rows[0]?.cells[3];
 * [cell?.coverage, cell?.level, cell?.value]
 * //=> [1, 0, 1]
 *
 * @category Aggregates
 */
export function implementationMatrix(
  source: ReportSource,
  context: AggregateContext & { readonly catalogues: NonNullable<AggregateContext["catalogues"]> },
  options: MatrixOptions,
): ImplementationMatrix {
  assertContext(context, "implementationMatrix");
  const { year, by = "dimension", measure = "level", expectedOnly = false } = options;
  assertQueryYear(year, "implementationMatrix");
  if (by !== "dimension" && by !== "priorityArea" && by !== "measure") {
    throw new CbmError("invalid-argument", `implementationMatrix: by must be "dimension", "priorityArea" or "measure" (got ${JSON.stringify(by)}).`);
  }
  if (measure !== "level" && measure !== "coverage") {
    throw new CbmError("invalid-argument", `implementationMatrix: measure must be "level" or "coverage" (got ${JSON.stringify(measure)}).`);
  }
  if (typeof expectedOnly !== "boolean") {
    throw new CbmError("invalid-argument", `implementationMatrix: expectedOnly must be true or false (got ${JSON.stringify(expectedOnly)}).`);
  }
  const registry = context.registry;
  if (expectedOnly && registry === undefined) {
    throw new CbmError(
      "invalid-argument",
      "implementationMatrix: expectedOnly needs a registry to tell which states were expected to reply; pass cica or { catalogues, registry }.",
    );
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
  // The scale of the level: the vocabulary's lowest and highest scores (any order, any numbers).
  let lowest: (typeof statuses)[number] | undefined;
  let highest: (typeof statuses)[number] | undefined;
  for (const status of statuses) {
    if (status.score === null) continue;
    if (lowest === undefined || status.score < lowest.score!) lowest = status;
    if (highest === undefined || status.score > highest.score!) highest = status;
  }
  const range = lowest && highest ? highest.score! - lowest.score! : 0;
  const end = (status: (typeof statuses)[number]): MatrixScaleEnd => ({ status: status.id, label: status.label, score: status.score! });
  const scale = range > 0 ? { lowest: end(lowest!), highest: end(highest!) } : null;

  // One record per state for this version and year (the summary's key is reporter, catalogue,
  // year), so a row never mixes the entries of two catalogue versions.
  const standing = (state: string) => (registry === undefined ? undefined : yearStanding(registry, state, year));
  const order = registry === undefined ? undefined : replyOrder(registry, year);
  const omitted: string[] = [];
  const records = summary.records
    .filter((r) => r.year === year && r.catalogue === catalogue.ref)
    .filter((r) => {
      if (!expectedOnly || standing(r.reporter)!.expected) return true;
      omitted.push(r.reporter);
      return false;
    });
  if (order) records.sort((a, b) => order(a.reporter, b.reporter));

  // One pass over integer counters: [row][group][status], plus covered measures per [row][group].
  const G = groups.length;
  const S = statuses.length;
  const counts = new Int32Array(records.length * G * S);
  const covered = new Int32Array(records.length * G);
  // Per [row][group]: the entries on reportable measures whose status is on the scale, and the sum
  // of their normalised scores.
  const leveled = new Int32Array(records.length * G);
  const levelSum = new Float64Array(records.length * G);
  records.forEach((record, row) => {
    const seen = new Set<string>();
    for (const [measure, status] of record.entries) {
      const group = groupOf.get(measure);
      const s = statusIndex.get(status);
      if (group === undefined || s === undefined) continue;
      counts[(row * G + group) * S + s]!++;
      if (!countable.get(measure)) continue;
      const score = statuses[s]!.score;
      if (range > 0 && score !== null) {
        leveled[row * G + group]!++;
        levelSum[row * G + group]! += (score - lowest!.score!) / range;
      }
      if (!seen.has(measure)) {
        seen.add(measure);
        covered[row * G + group]!++;
      }
    }
  });

  const rows: MatrixRow[] = records.map((record, row) => ({
    state: record.reporter,
    nil: record.nil,
    voluntary: standing(record.reporter)?.expected === false,
    status: standing(record.reporter)?.status ?? null,
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
      const coverage = denominator === 0 ? null : covered[row * G + group]! / denominator;
      const n = leveled[row * G + group]!;
      const level = n === 0 ? null : levelSum[row * G + group]! / n;
      return {
        entries,
        counts: cellCounts,
        meanScore: scored === 0 ? null : total / scored,
        coverage,
        level,
        value: measure === "level" ? level : coverage,
      };
    }),
  }));
  return {
    catalogue: catalogue.ref,
    year,
    by,
    measure,
    scale,
    statuses: statuses.map((s) => s.id),
    groups: groups.map((g, i) => ({ ...g, measures: measureCounts[i]! })),
    rows,
    omitted,
  };
}
