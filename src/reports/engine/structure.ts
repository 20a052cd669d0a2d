import type * as z from "zod/mini";
import { own, isPlainObject, type JsonPath } from "../../internal/json.js";
import { REPORT_SCHEMA_ID, REPORT_SCHEMA_V1, VERSION_SHAPES } from "../schema.js";
import type { IssueCollector } from "./IssueCollector.js";
import type { Prepared } from "./prepareContext.js";
import { mapZodIssue } from "./zodIssues.js";

/** Above this many list items (entries, activities, partners, evidence links), the structure is checked in parts. */
const ONE_PASS_ITEMS = 50_000;

/** The list items of a view: entries, their activities, and the activities' partners and evidence. */
function itemsOf(view: Record<string, unknown>): number {
  const entries = own(view, "entries");
  if (!Array.isArray(entries)) return 0;
  let items = entries.length;
  for (const entry of entries) {
    const activities = own(entry, "activities");
    if (!Array.isArray(activities)) continue;
    items += activities.length;
    for (const activity of activities) {
      const partners = own(activity, "partners");
      const evidence = own(activity, "evidence");
      items += (Array.isArray(partners) ? partners.length : 0) + (Array.isArray(evidence) ? evidence.length : 0);
    }
  }
  return items;
}

/**
 * Runs the schema on the view. zod gathers the issues of a subtree with `push(...issues)`, which
 * overflows the stack past some 100,000 issues, and a report at its list limits can hold millions
 * of items. So a big report (more than 50,000 list items), or one whose single pass still overflows,
 * is checked in parts with the format's own schemas of its version (not `context.schema`): the report, each entry,
 * each activity, stopping once the collector is full and holds an error. The parts give the same issues as one pass,
 * the report's own fields first.
 */
export function parseStructure(schema: Prepared["schema"], view: Record<string, unknown>, collector: IssueCollector): void {
  if (itemsOf(view) > ONE_PASS_ITEMS) {
    parseInParts(view, collector);
    return;
  }
  let parsed: ReturnType<Prepared["schema"]["safeParse"]>;
  try {
    parsed = schema.safeParse(view);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    parseInParts(view, collector);
    return;
  }
  if (parsed.success) return;
  if (parsed.error.issues.some(isUnknownVersion)) {
    // The union of the versions cannot say more than "no version matches": the report is read as
    // the current version instead, so that its `schema` and every other field are reported.
    const current = VERSION_SHAPES[REPORT_SCHEMA_ID].report.safeParse(view);
    if (!current.success) for (const issue of current.error.issues) mapZodIssue(issue, view, collector);
    return;
  }
  for (const issue of parsed.error.issues) mapZodIssue(issue, view, collector);
}

/** The issue of a union of versions when `schema` names none of them (or is missing). */
function isUnknownVersion(issue: z.core.$ZodIssue): boolean {
  return issue.code === "invalid_union" && (issue as { discriminator?: unknown }).discriminator === "schema" && issue.path.length === 1;
}

function parseInParts(view: Record<string, unknown>, collector: IssueCollector): void {
  const part = (schema: z.ZodMiniType, value: unknown, prefix: JsonPath): void => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) mapZodIssue({ ...issue, path: [...prefix, ...issue.path] }, view, collector);
  };
  // A report@1 is checked as a report@1, anything else as the current version.
  const shapes = VERSION_SHAPES[own(view, "schema") === REPORT_SCHEMA_V1 ? REPORT_SCHEMA_V1 : REPORT_SCHEMA_ID];
  const entries = own(view, "entries");
  if (!Array.isArray(entries)) {
    part(shapes.report, view, []);
    return;
  }
  part(shapes.report, { ...view, entries: [] }, []);
  for (let index = 0; index < entries.length && !collector.done; index++) {
    const entry: unknown = entries[index];
    const activities = own(entry, "activities");
    if (!isPlainObject(entry) || !Array.isArray(activities)) {
      part(shapes.entry, entry, ["entries", index]);
      continue;
    }
    part(shapes.entry, { ...entry, activities: [] }, ["entries", index]);
    for (let at = 0; at < activities.length && !collector.done; at++) part(shapes.activity, activities[at], ["entries", index, "activities", at]);
  }
}
