/**
 * The size limits an annual plan must keep, so that a hostile or mistaken file cannot exhaust the
 * memory of a validating tool: the same idea as {@link REPORT_LIMITS}, with the plan's own lists.
 * Lengths are counted in Unicode code points. Every limit is checked with a clear issue
 * (`field.too-long`, `field.too-many`, `plan.too-large`, `plan.too-many-issues`), never with an
 * exception; the items of a list past its limit are never read. `extensions` keeps the report's
 * limits (`REPORT_LIMITS.extensionDepth`, `extensionNodes`, `extensionText`).
 *
 * @example
 * PLAN_LIMITS.events
 * //=> 1000
 * PLAN_LIMITS.title
 * //=> 500
 *
 * @category Plans
 */
export const PLAN_LIMITS: PlanLimits = Object.freeze({
  id: 128,
  code: 64,
  title: 500,
  venue: 200,
  events: 1000,
  states: 100,
  values: 5_000_000,
});

/**
 * The shape of {@link PLAN_LIMITS}.
 *
 * @example
 * const limits: PlanLimits = PLAN_LIMITS;
 *
 * @category Plans
 */
export interface PlanLimits {
  /** Characters in the plan's `id` and in an event's `id`. */
  readonly id: number;
  /** Characters in a code: catalogue, dimension, priority area, measure, state, planned date. */
  readonly code: number;
  /** Characters in an event's title, in either language. */
  readonly title: number;
  /** Characters in an event's venue. */
  readonly venue: number;
  /** Events in one plan. */
  readonly events: number;
  /** Proposers, and hosts, of one event. */
  readonly states: number;
  /**
   * Values (objects, lists, texts, numbers…) in one plan, a value counted at each place it is
   * reached. Past it the plan is read no further and gets one `plan.too-large` error.
   */
  readonly values: number;
}
