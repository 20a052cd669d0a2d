import type { Lang } from "../common/types.js";
import type { Locale } from "../i18n/Locale.js";
import { PLAN_MESSAGES } from "../i18n/messages.js";
import { messageSource, withMessages } from "../i18n/messageSource.js";
import { jsonEqual } from "../internal/json.js";
import { IssueCollector } from "../reports/engine/index.js";
import type { ReportIssue } from "../reports/types.js";
import { planList } from "./latestPlan.js";
import type { CbmPlan } from "./types.js";

/**
 * Checks the revisions of plans kept together, as the ledger checks a report's: a revision number
 * given twice with different content is a `plan.revision-conflict` error on the later one in the
 * list (located `[index, "revision"]`), whose message names the next free revision. The same
 * revision given twice with the same content is no issue: it is one revision. Plans of different
 * ids are checked apart.
 *
 * @param plans - The plans (each accepted by {@link validatePlan}), one or several ids.
 * @param options - `lang`: the language of the messages (`"en"` when omitted).
 * @returns The issues, in the order of the list; none when every revision is unique.
 * @throws {@link CbmError} `invalid-argument` for values that are not plans, or an unknown `lang`.
 *
 * @example
 * const first: CbmPlan = {
 *   schema: "cica-cbm/plan@1", id: "CICA-PLAN-2025", year: 2025, catalogue: "cica@2021",
 *   revision: 1, approvedOn: "2024-12-04", events: [],
 * };
 * const [issue] = checkPlanRevisions([first, { ...first, approvedOn: "2025-06-18" }]);
 * issue?.rule
 * //=> "plan.revision-conflict"
 * issue?.message
 * //=> "Revision 1 of plan CICA-PLAN-2025 is given twice with different content (approved 2024-12-04 and 2025-06-18). Give the amendment its own revision, 2."
 *
 * @category Plans
 */
export function checkPlanRevisions(plans: readonly CbmPlan[], options: { readonly lang?: Lang | Locale } = {}): ReportIssue[] {
  const list = planList(plans, "checkPlanRevisions");
  const { fields: _reportFields, ...source } = withMessages(
    messageSource(options.lang, "checkPlanRevisions", "options.lang"),
    PLAN_MESSAGES,
    "checkPlanRevisions",
    "options.lang",
  );
  const collector = new IssueCollector(source);
  const highest = new Map<string, number>();
  for (const plan of list) highest.set(plan.id, Math.max(highest.get(plan.id) ?? 0, plan.revision));
  const seen = new Map<string, CbmPlan[]>();
  list.forEach((plan, index) => {
    const key = `${plan.id}\u0000${plan.revision}`;
    const earlier = seen.get(key) ?? [];
    // The same content again is the same revision, already named if it conflicts.
    if (earlier.some((candidate) => jsonEqual(candidate, plan))) return;
    if (earlier.length > 0) {
      collector.add("plan.revision-conflict", [index, "revision"], {
        id: plan.id,
        revision: plan.revision,
        recordedOn: earlier[0]!.approvedOn,
        approvedOn: plan.approvedOn,
        next: highest.get(plan.id)! + 1,
      });
    }
    seen.set(key, [...earlier, plan]);
  });
  collector.finish("plan");
  return collector.issues;
}
