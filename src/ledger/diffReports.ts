import { isPlainObject } from "../internal/json.js";
import type { NationalReport } from "../reports/schema.js";

/**
 * One field-level change between two revisions. Under `entries`, the second key of the path is the
 * measure id (entries are matched by measure, not by position): `["entries", "2.1.2", "status"]`.
 *
 * @example
 * const change: ReportChange = { path: ["entries", "2.1.2", "status"], kind: "changed", before: "planned", after: "implemented" };
 *
 * @category Ledger
 */
export interface ReportChange {
  /** Where: keys, measure ids under `entries`, and indices in other lists. */
  readonly path: readonly (string | number)[];
  /** `added` (only in the second), `removed` (only in the first) or `changed`. */
  readonly kind: "added" | "removed" | "changed";
  /** The value in the first revision (absent when added). */
  readonly before?: unknown;
  /** The value in the second revision (absent when removed). */
  readonly after?: unknown;
}

function diffValues(before: unknown, after: unknown, path: (string | number)[], out: ReportChange[]): void {
  if (Object.is(before, after)) return;
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((key) => !Object.hasOwn(before, key))];
    for (const key of keys) {
      const inBefore = Object.hasOwn(before, key);
      const inAfter = Object.hasOwn(after, key);
      if (!inAfter) out.push({ path: [...path, key], kind: "removed", before: before[key] });
      else if (!inBefore) out.push({ path: [...path, key], kind: "added", after: after[key] });
      else diffValues(before[key], after[key], [...path, key], out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    for (let index = 0; index < length; index++) {
      if (index >= after.length) out.push({ path: [...path, index], kind: "removed", before: before[index] });
      else if (index >= before.length) out.push({ path: [...path, index], kind: "added", after: after[index] });
      else diffValues(before[index], after[index], [...path, index], out);
    }
    return;
  }
  out.push({ path, kind: "changed", before, after });
}

/**
 * Lists the field-level changes from one revision of a report to another, for a "what changed
 * since the last revision" view. Entries are matched by measure, so a reordered list shows no
 * change; activities, partners and evidence are compared by position. Changes come in the order of
 * the fields, entries in the order of the first revision, then entries added in the second.
 *
 * @param a - The earlier revision.
 * @param b - The later revision.
 * @returns The changes (empty when the two are equal).
 *
 * @example
 * const v1 = {
 *   schema: "cica-cbm/report@1", id: "KZ-2025", reporter: "KZ", catalogue: "cica@2021", year: 2025,
 *   revision: 1, submittedOn: "2026-03-01", entries: [{ measure: "2.1.2", status: "planned" }],
 * } as const;
 * const v2 = { ...v1, revision: 2, submittedOn: "2026-04-01", entries: [{ measure: "2.1.2", status: "implemented" }] } as const;
 * diffReports(v1, v2).map((c) => c.path.join("/"))
 * //=> ["revision", "submittedOn", "entries/2.1.2/status"]
 *
 * @category Ledger
 */
export function diffReports(a: NationalReport, b: NationalReport): ReportChange[] {
  const out: ReportChange[] = [];
  const { entries: entriesA, ...restA } = a;
  const { entries: entriesB, ...restB } = b;
  diffValues(restA, restB, [], out);
  const byMeasure = new Map(entriesB.map((entry) => [entry.measure, entry]));
  const seen = new Set<string>();
  for (const entry of entriesA) {
    seen.add(entry.measure);
    const other = byMeasure.get(entry.measure);
    if (!other) out.push({ path: ["entries", entry.measure], kind: "removed", before: entry });
    else diffValues(entry, other, ["entries", entry.measure], out);
  }
  for (const entry of entriesB) {
    if (!seen.has(entry.measure)) out.push({ path: ["entries", entry.measure], kind: "added", after: entry });
  }
  // Already in the documented order: the report's own fields were compared first, then its entries.
  return out;
}
