import * as z from "zod/mini";
import { DIMENSIONS } from "../dimensions/DIMENSIONS.js";
import { DATE_PATTERN } from "../reports/schema.js";
import { PLAN_LIMITS as L } from "./limits.js";
import type { CbmPlan } from "./types.js";

/**
 * The format tag of an annual plan, first of its fields: `"cica-cbm/plan@1"`.
 *
 * @example
 * PLAN_SCHEMA_ID
 * //=> "cica-cbm/plan@1"
 *
 * @category Plans
 */
export const PLAN_SCHEMA_ID = "cica-cbm/plan@1";

/**
 * A planned date: a real day `YYYY-MM-DD`, a month `YYYY-MM` or a quarter `YYYY-Q1`…`YYYY-Q4`,
 * years 0001–9999. The same pattern goes into the JSON Schema. @internal
 */
export const PLANNED_DATE_PATTERN = new RegExp(`^(?:${DATE_PATTERN.source.slice(1, -1)}|(?!0000)\\d{4}-(?:0[1-9]|1[0-2])|(?!0000)\\d{4}-Q[1-4])$`);

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const date = () => z.string().check(z.regex(DATE_PATTERN));
const planned = () => z.string().check(z.regex(PLANNED_DATE_PATTERN));
const states = () => z.array(text(L.code)).check(z.maxLength(L.states));
const DIMENSION_IDS = DIMENSIONS.map((dimension) => dimension.id) as [CbmPlan["events"][number]["dimension"], ...CbmPlan["events"][number]["dimension"][]];

/** An outcome, by its `status`. @internal */
export const OutcomeSchema = z.discriminatedUnion("status", [
  z.strictObject({ status: z.literal("held"), from: date(), to: z.optional(date()) }),
  z.strictObject({ status: z.literal("postponed"), to: z.optional(planned()) }),
  z.strictObject({ status: z.literal("cancelled") }),
  z.strictObject({ status: z.literal("merged"), into: text(L.id) }),
]);

/** One event, checked alone when needed. @internal */
export const EventSchema = z.strictObject({
  id: text(L.id),
  title: z.strictObject({ en: text(L.title), ru: z.optional(text(L.title)) }),
  dimension: z.enum(DIMENSION_IDS),
  priorityArea: z.optional(text(L.code)),
  measure: z.optional(text(L.code)),
  proposers: states(),
  hosts: z.optional(states()),
  planned: planned(),
  venue: z.optional(text(L.venue)),
  format: z.optional(z.enum(["offline", "online", "hybrid"])),
  outcome: z.optional(OutcomeSchema),
});

/** The schema as zod infers it; its type is checked equal to {@link CbmPlan} by a test. @internal */
export const PlanShape = z.strictObject({
  schema: z.literal(PLAN_SCHEMA_ID),
  id: text(L.id),
  year: z.int().check(z.gte(1000), z.lte(9999)),
  catalogue: text(L.code),
  revision: z.int().check(z.gte(1)),
  approvedOn: date(),
  events: z.array(EventSchema).check(z.maxLength(L.events)),
  extensions: z.optional(z.record(z.string(), z.unknown())),
});

/**
 * The zod schema of an annual plan of implementation events (`cica-cbm/plan@1`): its structure,
 * types and lengths. {@link validatePlan} runs it, then the rules that need the catalogue and the
 * registry; the JSON Schema `cica-cbm/plan.schema.json` is generated from it. Built with `zod/mini`.
 * Unknown keys are errors at every level: extension data belongs under `extensions`, kept verbatim.
 *
 * @example
 * CbmPlanSchema.safeParse({ schema: "cica-cbm/plan@1" }).success
 * //=> false
 *
 * @category Plans
 */
export const CbmPlanSchema: z.ZodMiniType<CbmPlan, unknown> = PlanShape;
