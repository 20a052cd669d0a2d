import type { Lang } from "../common/types.js";
import type { Catalogue } from "../catalogue/types.js";
import type { Locale } from "../i18n/Locale.js";
import { PLAN_MESSAGES, type MessageSource } from "../i18n/messages.js";
import { withMessages } from "../i18n/messageSource.js";
import { isPlainObject, own, snapshot, type CopyShape } from "../internal/json.js";
import type { Registry } from "../participants/types.js";
import { IssueCollector, prepareContext } from "../reports/engine/index.js";
import { checkExtensions } from "../reports/engine/extensions.js";
import { keyFor, received } from "../reports/engine/received.js";
import { REPORT_LIMITS } from "../reports/limits.js";
import type { ReportIssue } from "../reports/types.js";
import { PLAN_LIMITS as L } from "./limits.js";
import { checkPlanContext } from "./planContext.js";
import { parsePlanStructure } from "./planStructure.js";
import type { CbmPlan } from "./types.js";

/**
 * What {@link validatePlan} needs to know: the catalogues and the registry (`cica` fits as it is),
 * and optionally today's date (for outcomes that today contradicts) and the language of the
 * messages.
 *
 * @example
 * const context: PlanValidationContext = { ...cica, today: "2025-07-01", lang: "ru" };
 *
 * @category Plans
 */
export interface PlanValidationContext {
  /** Catalogue versions, by reference or as a list. */
  readonly catalogues: Readonly<Record<string, Catalogue>> | readonly Catalogue[];
  /** The participants. */
  readonly registry: Registry;
  /** Today, `YYYY-MM-DD`; without it, no date is checked against the present. */
  readonly today?: string;
  /** The language of `message`: `"en"` (default), `"ru"`, or a {@link Locale} value. */
  readonly lang?: Lang | Locale;
}

/**
 * What {@link validatePlan} returns: `ok` is `true` when no issue is an error, and then `plan` is
 * the validated plan, a frozen copy of the input. Warnings may come with an `ok` plan. The issues
 * have the shape of a report's ({@link ReportIssue}).
 *
 * @example
 * const result: PlanValidationResult = validatePlan({}, cica);
 * result.ok
 * //=> false
 *
 * @category Plans
 */
export type PlanValidationResult =
  | {
      /** No issue is an error. */
      readonly ok: true;
      /** The validated plan: a frozen copy of the input. */
      readonly plan: CbmPlan;
      /** Warnings, if any. */
      readonly issues: readonly ReportIssue[];
    }
  | {
      /** At least one issue is an error. */
      readonly ok: false;
      /** Never set on a failure. */
      readonly plan?: undefined;
      /** The errors and warnings. */
      readonly issues: readonly ReportIssue[];
    };

/**
 * The plan's shape for its snapshot: its lists and their limits, and where data is free-form. Only
 * containers are named: a key not named is copied as a leaf, and a container where the shape names
 * none is free-form data, copied within its budget (as a value under an unknown key is).
 */
const PLAN_SHAPE: CopyShape = (() => {
  const leaf: CopyShape = {};
  const keys = (entries: readonly (readonly [string, CopyShape])[]): CopyShape => ({ keys: new Map(entries) });
  const list = (max: number, items: CopyShape): CopyShape => ({ list: { max, items } });
  const event = keys([
    ["title", keys([])],
    ["proposers", list(L.states, leaf)],
    ["hosts", list(L.states, leaf)],
    ["outcome", keys([])],
  ]);
  return keys([
    ["events", list(L.events, event)],
    ["extensions", { own: REPORT_LIMITS.extensionNodes }],
  ]);
})();

/** The plan's messages in a language, without the report's words for fields (a plan's `year` is not "the year reported on"). */
function planSource(lang: MessageSource): MessageSource {
  const { fields: _reportFields, ...source } = withMessages(lang, PLAN_MESSAGES, "validatePlan", "context.lang");
  return source;
}

/**
 * Validates an annual plan of implementation events (`cica-cbm/plan@1`): first its structure (the
 * zod {@link CbmPlanSchema}), then the rules that need the catalogue, the registry and the whole
 * plan: an unknown dimension, priority area or measure (with the one probably meant), an area or
 * measure of another dimension, a proposer or host that was not a member state in the plan's
 * year, a planned or held date outside the year, two events with one id, and an outcome that
 * contradicts itself (held without dates or ending before it starts, held after `today`,
 * postponed to before the planned date or to a date `today` has passed, merged into an event that
 * does not exist, into itself or round in a circle). The rules are `plan.*` (and `field.*` for
 * structure) in {@link REPORT_RULES}, with messages in English and Russian.
 *
 * Every problem is a located, translatable issue of the same shape as a report's; the function
 * never throws on any input and never changes it. Contextual rules run even when the structure has
 * errors, wherever the fields they need are readable.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @param context - The catalogues and registry (`cica` for the embedded data), and optionally
 *   `today` and `lang`.
 * @returns `{ ok, plan?, issues }`: `plan` (a frozen copy of the input) when no issue is an error.
 * @throws {@link CbmError} only on misuse: a context without a registry (or a malformed one), or an
 *   invalid `today` or `lang`.
 *
 * @example
 * const result = validatePlan(
 *   {
 *     schema: "cica-cbm/plan@1", id: "CICA-PLAN-2025", year: 2025, catalogue: "cica@2021",
 *     revision: 1, approvedOn: "2024-12-04",
 *     events: [{ id: "E01", title: { en: "Seminar on food security" }, dimension: "economic",
 *       priorityArea: "eco-agriculture", proposers: ["AZ"], planned: "2025-Q2",
 *       outcome: { status: "merged", into: "E09" } }],
 *   },
 *   { ...cica, lang: "en" },
 * );
 * result.issues.map((issue) => [issue.rule, issue.path.join(".")])
 * //=> [["plan.merged-unknown", "events.0.outcome.into"]]
 * result.issues[0]?.message
 * //=> "This event is merged into \"E09\", which is not an event of the plan. Use the id of an event of this plan."
 *
 * @category Plans
 */
export function validatePlan(input: unknown, context: PlanValidationContext): PlanValidationResult {
  const prepared = prepareContext(context, "validatePlan");
  const collector = new IssueCollector(planSource(prepared.lang));
  let plan: CbmPlan | undefined;
  try {
    // Frozen as it is copied, and cut to the limits: the value checked is the value returned.
    const copy = snapshot(input, PLAN_SHAPE, { values: L.values, free: REPORT_LIMITS.extensionNodes });
    for (const cut of copy.cuts) {
      if (cut.kind === "list") collector.add("field.too-many", cut.path, { length: cut.length, max: cut.max });
      else if (!cut.own) collector.add("plan.too-large", cut.path, { max: cut.max }, copy.spent ? "plan.too-large" : "plan.too-large.value");
    }
    const value = copy.value;
    if (!copy.spent) {
      if (!isPlainObject(value)) collector.add("plan.type", [], { received: received(value) }, keyFor("plan.type", value));
      else {
        const extensions = own(value, "extensions");
        if (isPlainObject(extensions)) checkExtensions(extensions, collector);
        parsePlanStructure(isPlainObject(extensions) ? { ...value, extensions: {} } : value, collector);
        checkPlanContext(value, prepared, collector);
      }
    }
    if (!collector.hasErrors) plan = value as CbmPlan;
  } catch (error) {
    collector.clear();
    collector.add("plan.type", [], { received: `an object that cannot be read (${error instanceof Error ? error.name : "error"})` });
  }
  collector.finish("plan");
  if (plan === undefined) return { ok: false, issues: collector.issues };
  return { ok: true, plan, issues: collector.issues };
}
