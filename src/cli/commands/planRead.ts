// What the `plan` subcommands share: reading a file of plans (one plan, an array of its
// revisions, or one a line) and validating each, with every issue located in its file.
import { cica, validatePlan, type CbmPlan } from "../../index.js";
import type { Located } from "../check.js";
import { InputError, checkInput, formatOf, readInput } from "../inputs.js";
import type { Io } from "../command.js";

/** The plans of one file that are valid, and every item read with its issues, in order. */
export interface PlansRead {
  readonly plans: readonly CbmPlan[];
  /** Where each of `plans` is: its file and place in it. */
  readonly places: readonly { readonly source: string; readonly where: string }[];
  readonly results: readonly Located[];
  readonly counts: { readonly read: number; readonly valid: number; readonly invalid: number; readonly malformed: number };
}

/** Checks that `path` can be read as a file of plans (.json or .ndjson, or "-"), before anything is read. */
export async function checkPlanFile(path: string): Promise<void> {
  if (path !== "-" && /\.csv$/i.test(path)) throw new InputError("io.planType", { path });
  if (path !== "-") formatOf(path, "json");
  await checkInput(path, "json");
}

/**
 * Reads and validates every plan of `path` (as of `today`, when given), calling `each` with every
 * item as it is read (a malformed one, or a plan and its issues).
 */
export async function readPlans(
  path: string,
  today: string | undefined,
  io: Io,
  each?: (item: Located) => Promise<void> | undefined | void,
): Promise<PlansRead> {
  await checkPlanFile(path);
  const context = { ...cica, lang: io.lang, ...(today ? { today } : {}) };
  const plans: CbmPlan[] = [];
  const places: { source: string; where: string }[] = [];
  const results: Located[] = [];
  const counts = { read: 0, valid: 0, invalid: 0, malformed: 0 };
  for await (const item of readInput(path, "json")) {
    counts.read++;
    let located: Located;
    if (item.kind === "malformed") {
      counts.malformed++;
      located = { source: item.source, where: item.where, ok: false, issues: [], malformed: item.message };
    } else {
      const result = validatePlan(item.value, context);
      if (result.ok) {
        counts.valid++;
        plans.push(result.plan);
        places.push({ source: item.source, where: item.where });
      } else counts.invalid++;
      located = { source: item.source, where: item.where, ok: result.ok, issues: result.issues };
    }
    results.push(located);
    const waiting = each?.(located);
    if (waiting) await waiting;
  }
  return { plans, places, results, counts };
}
