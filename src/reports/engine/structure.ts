import type * as z from "zod/mini";
import { own, isPlainObject, type JsonPath } from "../../internal/json.js";
import { ActivitySchema, EntrySchema, ReportShape } from "../schema.js";
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
 * is checked in parts with the format's own schemas (not `context.schema`): the report, each entry,
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
  if (!parsed.success) for (const issue of parsed.error.issues) mapZodIssue(issue, view, collector);
}

function parseInParts(view: Record<string, unknown>, collector: IssueCollector): void {
  const part = (schema: z.ZodMiniType, value: unknown, prefix: JsonPath): void => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) mapZodIssue({ ...issue, path: [...prefix, ...issue.path] }, view, collector);
  };
  const entries = own(view, "entries");
  if (!Array.isArray(entries)) {
    part(ReportShape, view, []);
    return;
  }
  part(ReportShape, { ...view, entries: [] }, []);
  for (let index = 0; index < entries.length && !collector.done; index++) {
    const entry: unknown = entries[index];
    const activities = own(entry, "activities");
    if (!isPlainObject(entry) || !Array.isArray(activities)) {
      part(EntrySchema, entry, ["entries", index]);
      continue;
    }
    part(EntrySchema, { ...entry, activities: [] }, ["entries", index]);
    for (let at = 0; at < activities.length && !collector.done; at++) part(ActivitySchema, activities[at], ["entries", index, "activities", at]);
  }
}
