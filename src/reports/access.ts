import type { Access, NationalReport } from "./schema.js";

/**
 * Who may see a part of a report, after inheritance: the report itself (no index), one of its
 * entries, or one activity of an entry. A report without `access` is for member states only; an
 * unmarked entry takes its report's access, an unmarked activity its entry's; and a part is public
 * only if it and every part containing it is public, so a `"public"` entry inside a report for
 * member states is not. A report@1 has no marks: all of it is for member states only.
 * (`extensions` are never published, whatever the marks.)
 *
 * @param report - A validated report.
 * @param entryIndex - The entry's index in `report.entries`; omitted for the report itself.
 * @param activityIndex - The activity's index in the entry's `activities`; omitted for the entry.
 * @returns `"public"` or `"member-states"`. An index past the end counts as an unmarked part.
 *
 * @example
 * const report: NationalReport = {
 *   schema: "cica-cbm/report@2", id: "KZ-2025", reporter: "KZ", catalogue: "cica@2021", year: 2025,
 *   revision: 1, submittedOn: "2026-03-01", access: "public",
 *   entries: [
 *     { measure: "2.1.2", status: "implemented" },
 *     { measure: "2.1.3", status: "planned", access: "member-states" },
 *   ],
 * };
 * [accessOf(report), accessOf(report, 0), accessOf(report, 1)]
 * //=> ["public", "public", "member-states"]
 *
 * @category Reports
 */
export function accessOf(report: NationalReport, entryIndex?: number, activityIndex?: number): Access {
  if (report.access !== "public") return "member-states";
  if (entryIndex === undefined) return "public";
  const entry = report.entries[entryIndex];
  if (entry?.access === "member-states") return "member-states";
  if (activityIndex === undefined) return "public";
  return entry?.activities?.[activityIndex]?.access === "member-states" ? "member-states" : "public";
}
