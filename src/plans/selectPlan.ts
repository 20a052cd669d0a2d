// Which revision of a plan counts; internal to the plans layer.
import { CbmError } from "../errors/CbmError.js";
import { jsonEqual } from "../internal/json.js";
import type { PlanConflict } from "./executionTypes.js";
import type { CbmPlan } from "./types.js";

/** The plan revision that counts for a year, and the revisions given twice with different content. */
export interface SelectedPlan {
  readonly plan: CbmPlan | undefined;
  readonly conflicts: readonly PlanConflict[];
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Takes, for the year, per plan id, the highest revision approved on or before `asOf` (every
 * revision when it is omitted), as the ledger takes a report's. The same id and revision given
 * twice with the same content is one revision; with different content it is a conflict, and
 * neither version counts (the one before it does). When revisions of several plan ids are left,
 * `id` must name one.
 */
export function selectPlan(input: CbmPlan | readonly CbmPlan[], year: number, asOf: string | undefined, id: string | undefined, fn: string): SelectedPlan {
  const all: readonly CbmPlan[] = Array.isArray(input) ? (input as readonly CbmPlan[]) : [input as CbmPlan];
  const versions = new Map<string, CbmPlan[]>();
  for (const plan of all) {
    if (typeof plan !== "object" || plan === null) throw new CbmError("invalid-argument", `${fn}: pass a plan (cica-cbm/plan@1) or a list of its revisions.`);
    if (plan.year !== year || (id !== undefined && plan.id !== id)) continue;
    const key = `${plan.id}\u0000${plan.revision}`;
    const list = versions.get(key);
    if (!list) versions.set(key, [plan]);
    else if (!list.some((held) => jsonEqual(held, plan))) list.push(plan);
  }
  const conflicts: PlanConflict[] = [];
  const best = new Map<string, CbmPlan>();
  for (const list of versions.values()) {
    const first = list[0]!;
    if (list.length > 1) {
      conflicts.push({ plan: first.id, revision: first.revision, approvedOn: list.map((p) => String(p.approvedOn)).sort(compareText) });
      continue;
    }
    if (asOf !== undefined && !(first.approvedOn <= asOf)) continue;
    const held = best.get(first.id);
    if (!held || first.revision > held.revision) best.set(first.id, first);
  }
  conflicts.sort((a, b) => compareText(a.plan, b.plan) || a.revision - b.revision);
  if (best.size > 1) {
    const ids = [...best.keys()].sort(compareText);
    throw new CbmError(
      "invalid-argument",
      `${fn}: the plans given for ${year} have several ids (${ids.join(", ")}); name one with options.plan, e.g. { year: ${year}, plan: ${JSON.stringify(ids[0])} }.`,
    );
  }
  return { plan: [...best.values()][0], conflicts };
}
