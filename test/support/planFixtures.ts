// Shared fixtures of the plan tests: a plan of the embedded catalogue and its events.
import type { CbmPlan, PlanEvent } from "../../src/plans/types.js";

/** An event of the military-political area, proposed by Kazakhstan for August 2025, changed by `overrides`. */
export function planEvent(id: string, overrides: Partial<PlanEvent> = {}): PlanEvent {
  return {
    id,
    title: { en: `Event ${id}` },
    dimension: "military-political",
    priorityArea: "mp-general",
    proposers: ["KZ"],
    planned: "2025-08",
    ...overrides,
  };
}

/** A 2025 plan on cica@2021, revision 1, approved on 4 Dec 2024, with these events. */
export function plan(events: readonly PlanEvent[], overrides: Partial<CbmPlan> = {}): CbmPlan {
  return {
    schema: "cica-cbm/plan@1",
    id: "CICA-PLAN-2025",
    year: 2025,
    catalogue: "cica@2021",
    revision: 1,
    approvedOn: "2024-12-04",
    events,
    ...overrides,
  };
}
