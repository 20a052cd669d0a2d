import { CbmError } from "../errors/CbmError.js";
import type { ReportIdentity, ReportOrigin } from "../reports/validateReports.js";

/**
 * A validation result as {@link reportingRate} reads it, from its `rejected` option: each result of
 * {@link validateReports} fits (its identity, origin, `ok` and issues).
 *
 * @example
 * const outcome: ValidationOutcome = {
 *   ok: false,
 *   identity: { id: "KZ-2025", reporter: "KZ", year: 2025, revision: 1 },
 *   origin: { file: "kz.json" },
 *   issues: [{ rule: "field.date", severity: "error" }],
 * };
 *
 * @category Aggregates
 */
export interface ValidationOutcome {
  /** `false` for a rejected submission; results with `ok: true` are passed over (their reports are counted from the source). */
  readonly ok: boolean;
  /** The report's identity, `null` when it could not be read. */
  readonly identity: ReportIdentity | null;
  /** Where the caller found the submission. */
  readonly origin?: ReportOrigin;
  /** Its issues: the rules of those of severity `error` are the reasons it was rejected. */
  readonly issues: readonly {
    /** The rule's id. */
    readonly rule: string;
    /** Its severity: only errors reject. */
    readonly severity: "error" | "warning";
  }[];
}

/**
 * A submission that was received but rejected, and the rules that rejected it. The submissions of
 * a state are listed in a fixed order whatever the order they came in: by report id, revision,
 * then origin (file, line, row).
 *
 * @example
 * const rejected: RejectedSubmission = {
 *   identity: { id: "KZ-2025", reporter: "KZ", year: 2025, revision: 1 },
 *   origin: { file: "kz.json" },
 *   rules: ["field.date"],
 * };
 *
 * @category Aggregates
 */
export interface RejectedSubmission {
  /** The report's identity; `null` when it could not be read. */
  readonly identity: ReportIdentity | null;
  /** Where the caller found it, if it said. */
  readonly origin?: ReportOrigin;
  /** The rules its errors broke, each once, sorted. */
  readonly rules: readonly string[];
}

/** The rejected submissions of `outcomes` for `year`, by the reporter as written, and those that name no report. */
export function rejectedSubmissions(
  outcomes: Iterable<ValidationOutcome> | undefined,
  year: number,
  fn: string,
): { readonly byState: ReadonlyMap<string, readonly RejectedSubmission[]>; readonly unidentified: readonly RejectedSubmission[] } {
  const byState = new Map<string, RejectedSubmission[]>();
  const unidentified: RejectedSubmission[] = [];
  if (outcomes === undefined) return { byState, unidentified };
  if (typeof (outcomes as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== "function") {
    throw new CbmError("invalid-argument", `${fn}: options.rejected must be the results of validateReports (an array or another iterable).`);
  }
  let index = 0;
  for (const outcome of outcomes) {
    if (typeof outcome !== "object" || outcome === null || typeof outcome.ok !== "boolean" || !Array.isArray(outcome.issues)) {
      throw new CbmError("invalid-argument", `${fn}: options.rejected[${index}] is not a result of validateReports ({ ok, identity, origin?, issues }).`);
    }
    index++;
    if (outcome.ok) continue;
    const rules = [...new Set(outcome.issues.filter((issue) => issue.severity === "error").map((issue) => issue.rule))].sort();
    const identity = outcome.identity ?? null;
    const rejected: RejectedSubmission = Object.freeze({
      identity,
      ...(outcome.origin === undefined ? {} : { origin: Object.freeze({ ...outcome.origin }) }),
      rules: Object.freeze(rules),
    });
    if (identity === null) unidentified.push(rejected);
    else if (identity.year === year) {
      const list = byState.get(identity.reporter);
      if (list) list.push(rejected);
      else byState.set(identity.reporter, [rejected]);
    }
  }
  for (const list of byState.values()) list.sort(bySubmission);
  unidentified.sort(bySubmission);
  return { byState, unidentified };
}

const compare = (a: string | number | undefined, b: string | number | undefined): number =>
  a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : a < b ? -1 : 1;

/** A fixed order of rejected submissions, whatever the order they came in: report id, revision, then origin (file, line, row) and rules. */
function bySubmission(a: RejectedSubmission, b: RejectedSubmission): number {
  return (
    compare(a.identity?.id, b.identity?.id) ||
    compare(a.identity?.revision, b.identity?.revision) ||
    compare(a.origin?.file, b.origin?.file) ||
    compare(a.origin?.line, b.origin?.line) ||
    compare(a.origin?.row, b.origin?.row) ||
    compare(a.rules.join(","), b.rules.join(","))
  );
}
