import { own } from "../../internal/json.js";
import { checkStructure } from "./checkStructure.js";
import type { IssueCollector } from "./IssueCollector.js";
import type { Prepared } from "./prepareContext.js";
import { mapZodIssue, type StructureIssue } from "./zodIssues.js";

/** Above this many list items (entries, activities, partners, evidence links), a schema of the caller's own is not run: zod's issues could overflow the stack. */
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

/** What a schema of the caller's own is asked for: zod's `safeParse`, read by its shape (zod is not imported here). */
type SafeParse = (value: unknown) => { readonly success: boolean; readonly error?: { readonly issues: readonly StructureIssue[] } };

/**
 * Checks the structure of the view. Without a schema of the caller's own (`schema` undefined: the
 * context gave none, {@link NationalReportSchema} or a {@link compileReportSchema} result), the
 * format's own check does it, without zod. A schema of the caller's own is run as given and its
 * issues mapped; but a big report (more than 50,000 list items), or one whose single pass overflows
 * the stack (zod gathers a subtree's issues with `push(...issues)`), is checked by the format's own
 * check instead, which gives what the format's schema gives. `clean`: the reader found the view's
 * structure sound (see claimReport), so the format's own check would add nothing and is not run.
 */
export function parseStructure(schema: Prepared["schema"], view: Record<string, unknown>, collector: IssueCollector, clean = false): void {
  if (schema === undefined || itemsOf(view) > ONE_PASS_ITEMS) {
    // A view the reader found sound (claimReport) would get no issue from the format's own check.
    if (!clean) checkStructure(view, collector);
    return;
  }
  let parsed: ReturnType<SafeParse>;
  try {
    parsed = (schema.safeParse as SafeParse)(view);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    checkStructure(view, collector);
    return;
  }
  if (parsed.success) return;
  const issues = parsed.error?.issues ?? [];
  if (issues.some(isUnknownVersion)) {
    // The union of the versions cannot say more than "no version matches": the report is read as
    // the current version instead, so that its `schema` and every other field are reported.
    checkStructure(view, collector);
    return;
  }
  let wrongType: StructureIssue | undefined;
  for (const issue of issues) {
    // zod goes on measuring a value of the wrong type (a list's length for a text, a text's for a
    // list): once a value has the wrong type, that is all there is to say about it.
    if (wrongType !== undefined && samePath(wrongType.path, issue.path)) continue;
    if (issue.code === "invalid_type") wrongType = issue;
    mapZodIssue(issue, view, collector);
  }
}

function samePath(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index]);
}

/** The issue of a union of versions when `schema` names none of them (or is missing). */
function isUnknownVersion(issue: StructureIssue): boolean {
  return issue.code === "invalid_union" && (issue as { discriminator?: unknown }).discriminator === "schema" && issue.path.length === 1;
}
