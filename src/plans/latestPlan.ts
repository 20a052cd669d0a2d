import { CbmError } from "../errors/CbmError.js";
import { isFullDate } from "../internal/dates.js";
import type { CbmPlan } from "./types.js";

/** The plans given, as a list; a single plan is a list of one. */
export function planList(plans: CbmPlan | readonly CbmPlan[], fn: string): readonly CbmPlan[] {
  const list = Array.isArray(plans) ? (plans as readonly CbmPlan[]) : [plans as CbmPlan];
  for (const plan of list) {
    if (typeof plan !== "object" || plan === null || typeof plan.id !== "string" || !Number.isInteger(plan.revision) || typeof plan.approvedOn !== "string") {
      throw new CbmError("invalid-argument", `${fn}: pass plans that validatePlan accepted (each with an id, a revision and approvedOn).`);
    }
  }
  return list;
}

/** A total order of revisions, the same whatever the input order: revision, then approval date, then content. */
export function compareRevisions(a: CbmPlan, b: CbmPlan): number {
  if (a.revision !== b.revision) return a.revision - b.revision;
  if (a.approvedOn !== b.approvedOn) return a.approvedOn < b.approvedOn ? -1 : 1;
  const [left, right] = [JSON.stringify(a), JSON.stringify(b)];
  return left === right ? 0 : left < right ? -1 : 1;
}

/**
 * The revision of a plan in force on a day: the highest revision approved on or before `asOf`
 * (every revision when `asOf` is omitted), whatever the order of the list. Plans are amended during
 * the year and every revision is kept, as the ledger keeps a report's; this picks one, as
 * {@link currentReports} does for reports.
 *
 * Two different plans with the same id and revision are a conflict that
 * {@link checkPlanRevisions} reports (`plan.revision-conflict`); until it is resolved, this takes
 * the one approved later (then the one whose JSON text sorts last), so that the answer does not
 * depend on the order of the list.
 *
 * @param plans - One plan, or the revisions of one plan (one `id`).
 * @param asOf - A day `YYYY-MM-DD`; revisions approved after it are not yet in force.
 * @returns The revision in force, or `undefined` when none was approved by `asOf`.
 * @throws {@link CbmError} `invalid-argument` when the list holds plans of more than one id (or
 *   values that are not plans), `invalid-date` when `asOf` is not a real calendar date.
 *
 * @example
 * const first: CbmPlan = {
 *   schema: "cica-cbm/plan@1", id: "CICA-PLAN-2025", year: 2025, catalogue: "cica@2021",
 *   revision: 1, approvedOn: "2024-12-04", events: [],
 * };
 * const amended: CbmPlan = { ...first, revision: 2, approvedOn: "2025-06-18" };
 * latestPlan([amended, first])?.revision
 * //=> 2
 * latestPlan([amended, first], "2025-03-01")?.revision
 * //=> 1
 * latestPlan([amended, first], "2024-11-30")
 * //=> undefined
 *
 * @category Plans
 */
export function latestPlan(plans: CbmPlan | readonly CbmPlan[], asOf?: string): CbmPlan | undefined {
  const list = planList(plans, "latestPlan");
  if (asOf !== undefined && !isFullDate(asOf)) {
    throw new CbmError("invalid-date", `latestPlan: asOf ${JSON.stringify(asOf)} is not a real calendar date written YYYY-MM-DD.`);
  }
  const ids = new Set(list.map((plan) => plan.id));
  if (ids.size > 1) {
    throw new CbmError("invalid-argument", `latestPlan: pass the revisions of one plan; these have the ids ${[...ids].sort().join(", ")}.`);
  }
  let latest: CbmPlan | undefined;
  for (const plan of list) {
    if (asOf !== undefined && plan.approvedOn > asOf) continue;
    if (latest === undefined || compareRevisions(plan, latest) > 0) latest = plan;
  }
  return latest;
}
