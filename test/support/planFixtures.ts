// Shared fixtures of the plan tests: a plan of the embedded catalogue and its events.
import type { CbmPlan, PlanEvent } from "../../src/plans/types.js";

/** Fields of an event to change; a field set to `undefined` is left out. */
export type EventOverrides = { [TKey in keyof PlanEvent]?: PlanEvent[TKey] | undefined };

/** An event of the military-political area, proposed by Kazakhstan for August 2025, changed by `overrides`. */
export function planEvent(id: string, overrides: EventOverrides = {}): PlanEvent {
  const event: Record<string, unknown> = {
    id,
    title: { en: `Event ${id}` },
    dimension: "military-political",
    priorityArea: "mp-general",
    proposers: ["KZ"],
    planned: "2025-08",
    ...overrides,
  };
  for (const key of Object.keys(event)) if (event[key] === undefined) delete event[key];
  return event as unknown as PlanEvent;
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
