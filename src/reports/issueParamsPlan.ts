import type { Received } from "./Received.js";

/**
 * The params of the issues of the annual plan's rules (`plan.*`), made by `validatePlan` and
 * `checkPlanRevisions`, by rule id. Part of {@link IssueParams}.
 *
 * @example
 * const params: PlanIssueParams["plan.event-duplicate"] = { id: "E07", first: 6 };
 *
 * @category Plans
 */
export type PlanIssueParams = {
  /** The params of `plan.type` issues. */
  readonly "plan.type": {
    /** The value found (see {@link Received}). */
    readonly received: Received;
  };
  /** The params of `plan.too-large` issues. */
  readonly "plan.too-large": {
    /** The limit. */
    readonly max: number;
  };
  /** The params of `plan.too-many-issues` issues. */
  readonly "plan.too-many-issues": {
    /** The limit. */
    readonly max: number;
    /** How many more were found than listed. */
    readonly more: number;
  };
  /** The params of `plan.too-many-warnings` issues. */
  readonly "plan.too-many-warnings": {
    /** The limit. */
    readonly max: number;
    /** How many more were found than listed. */
    readonly more: number;
  };
  /** The params of `plan.value-unknown` issues. */
  readonly "plan.value-unknown": {
    /** The value found (see {@link Received}). */
    readonly received: Received;
    /** The values allowed. */
    readonly known: readonly string[];
  };
  /** The params of `plan.planned-date` issues. */
  readonly "plan.planned-date": {
    /** The value found (see {@link Received}). */
    readonly received: Received;
  };
  /** The params of `plan.dimension-unknown` issues. */
  readonly "plan.dimension-unknown": {
    /** The value found (see {@link Received}). */
    readonly received: Received;
    /** The values allowed. */
    readonly known: readonly string[];
    /** The dimension probably meant. */
    readonly suggestion?: string;
  };
  /** The params of `plan.area-unknown` issues. */
  readonly "plan.area-unknown": {
    /** The priority area as written. */
    readonly area: string;
    /** The catalogue version (`cica@2021`). */
    readonly catalogue: string;
    /** The area probably meant. */
    readonly suggestion?: string;
  };
  /** The params of `plan.area-mismatch` issues. */
  readonly "plan.area-mismatch": {
    /** The priority area. */
    readonly area: string;
    /** The dimension the area belongs to. */
    readonly areaDimension: string;
    /** The event's dimension. */
    readonly dimension: string;
  };
  /** The params of `plan.measure-unknown` issues. */
  readonly "plan.measure-unknown": {
    /** The measure's id. */
    readonly measure: string;
    /** The catalogue version (`cica@2021`). */
    readonly catalogue: string;
    /** The other catalogue versions that hold the measure. */
    readonly elsewhere?: readonly string[];
    /** The measure probably meant. */
    readonly suggestion?: string;
  };
  /** The params of `plan.measure-mismatch` issues. */
  readonly "plan.measure-mismatch": {
    /** The measure's id. */
    readonly measure: string;
    /** The dimension, or the priority area, the measure belongs to. */
    readonly owner: string;
    /** The event's dimension, or its priority area. */
    readonly stated: string;
  };
  /** The params of `plan.state-unknown` issues. */
  readonly "plan.state-unknown": {
    /** The participant's name in English. */
    readonly "name.en"?: string;
    /** The participant's name in Russian. */
    readonly "name.ru"?: string;
    /** The value found (see {@link Received}). */
    readonly received: string;
    /** The code probably meant. */
    readonly suggestion?: string;
  };
  /** The params of `plan.state-not-member` issues. */
  readonly "plan.state-not-member": {
    /** The participant's name in English. */
    readonly "name.en"?: string;
    /** The participant's name in Russian. */
    readonly "name.ru"?: string;
    /** The participant's code. */
    readonly code: string;
    /** The plan's year. */
    readonly year: number;
  };
  /** The params of `plan.state-observer` issues. */
  readonly "plan.state-observer": {
    /** The participant's name in English. */
    readonly "name.en"?: string;
    /** The participant's name in Russian. */
    readonly "name.ru"?: string;
    /** The participant's code. */
    readonly code: string;
    /** The plan's year. */
    readonly year: number;
  };
  /** The params of `plan.state-duplicate` issues. */
  readonly "plan.state-duplicate": {
    /** The participant's code. */
    readonly code: string;
    /** The index in the list where it first appears. */
    readonly first: number;
  };
  /** The params of `plan.event-duplicate` issues. */
  readonly "plan.event-duplicate": {
    /** The event's id. */
    readonly id: string;
    /** The index of the event where it first appears. */
    readonly first: number;
  };
  /** The params of `plan.approved-in-future` issues. */
  readonly "plan.approved-in-future": {
    /** The plan's `approvedOn`. */
    readonly approvedOn: string;
    /** The context's `today`. */
    readonly today: string;
  };
  /** The params of `plan.planned-outside-year` issues. */
  readonly "plan.planned-outside-year": {
    /** The planned date. */
    readonly planned: string;
    /** The plan's year. */
    readonly year: number;
  };
  /** The params of `plan.held-without-dates` issues. */
  readonly "plan.held-without-dates": Record<never, never>;
  /** The params of `plan.held-ends-before-start` issues. */
  readonly "plan.held-ends-before-start": {
    /** The first day. */
    readonly from: string;
    /** The last day. */
    readonly to: string;
  };
  /** The params of `plan.held-outside-year` issues. */
  readonly "plan.held-outside-year": {
    /** The first day. */
    readonly from: string;
    /** The last day (the first, for a one-day event). */
    readonly to: string;
    /** The plan's year. */
    readonly year: number;
  };
  /** The params of `plan.held-in-future` issues. */
  readonly "plan.held-in-future": {
    /** The first day. */
    readonly from: string;
    /** The context's `today`. */
    readonly today: string;
  };
  /** The params of `plan.postponed-earlier` issues. */
  readonly "plan.postponed-earlier": {
    /** The date postponed to. */
    readonly to: string;
    /** The date planned. */
    readonly planned: string;
  };
  /** The params of `plan.postponed-past` issues. */
  readonly "plan.postponed-past": {
    /** The date postponed to. */
    readonly to: string;
    /** The context's `today`. */
    readonly today: string;
  };
  /** The params of `plan.merged-unknown` issues. */
  readonly "plan.merged-unknown": {
    /** The event id merged into. */
    readonly into: string;
  };
  /** The params of `plan.merged-cycle` issues. */
  readonly "plan.merged-cycle": {
    /** The event id merged into. */
    readonly into: string;
    /** The events of the cycle, from this one back to it (`E03 → E07 → E03`). */
    readonly cycle: string;
  };
  /** The params of `plan.revision-conflict` issues. */
  readonly "plan.revision-conflict": {
    /** The plan's id. */
    readonly id: string;
    /** The revision number. */
    readonly revision: number;
    /** The approval date of the other plan with that revision. */
    readonly recordedOn: string;
    /** The approval date of this one. */
    readonly approvedOn: string;
    /** The next free revision number. */
    readonly next: number;
  };
};
