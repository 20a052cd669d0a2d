import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anything, mutate, mutationOf } from "../../test/support/mutate.js";
import { BASE_PLAN } from "../../test/support/plans.js";
import { cica } from "../data/cica/index.js";
import { EN, RU } from "../i18n/messages.js";
import { REPORT_RULES, type RuleId } from "../reports/rules.js";
import { validatePlan, type PlanValidationContext } from "./validatePlan.js";

const RUNS = { numRuns: 300 };

/** The base plan with every optional field somewhere, and each kind of outcome. */
const BASE = {
  ...BASE_PLAN,
  events: [
    ...BASE_PLAN.events,
    {
      id: "E04",
      title: { en: "Workshop" },
      dimension: "environmental",
      proposers: ["KZ"],
      planned: "2025-Q3",
      outcome: { status: "postponed", to: "2025-Q4" },
    },
    { id: "E05", title: { en: "Round table" }, dimension: "human", proposers: ["KZ"], planned: "2025-10", outcome: { status: "merged", into: "E03" } },
    { id: "E06", title: { en: "Conference" }, dimension: "economic", proposers: ["TR"], planned: "2025-11", outcome: { status: "cancelled" } },
  ],
  extensions: { source: "Secretariat", tags: ["plan", 1, null, true] },
};

const mutatedPlan = fc.array(mutationOf(fc.jsonValue()), { minLength: 1, maxLength: 3 }).map((mutations) => mutations.reduce<unknown>(mutate, BASE));
const planLike = fc.record(Object.fromEntries(Object.keys(BASE).map((key) => [key, fc.oneof(fc.constant((BASE as Record<string, unknown>)[key]), anything)])), {
  requiredKeys: [],
});
const anyInput = fc.oneof(
  fc.jsonValue(),
  anything,
  mutatedPlan,
  planLike,
  mutationOf(anything).map((mutation) => mutate(BASE, mutation)),
);

const contexts: fc.Arbitrary<PlanValidationContext> = fc
  .record({ lang: fc.constantFrom("en" as const, "ru" as const), today: fc.constantFrom(undefined, "2025-07-01", "2024-12-01") })
  .map(({ lang, today }) => (today === undefined ? { ...cica, lang } : { ...cica, lang, today }));

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

describe("validatePlan (properties)", () => {
  it("accepts its own base plan", () => {
    expect(validatePlan(BASE, { ...cica, today: "2025-07-01" }).issues).toEqual([]);
  });

  it("never throws on junk: any JSON value, any JavaScript value, a plan with values replaced or removed", () => {
    fc.assert(
      fc.property(anyInput, contexts, (input, context) => {
        validatePlan(input, context);
      }),
      RUNS,
    );
  });

  it("never changes its input, even when the input is frozen", () => {
    fc.assert(
      fc.property(mutatedPlan, contexts, (input, context) => {
        const before = structuredClone(input);
        validatePlan(deepFreeze(input), context);
        expect(input).toEqual(before);
      }),
      RUNS,
    );
  });

  it("returns only plan and structure rules, with the rule's severity, a path of keys and indices, and a filled message", () => {
    fc.assert(
      fc.property(anyInput, contexts, (input, context) => {
        for (const issue of validatePlan(input, context).issues) {
          expect(Object.keys(REPORT_RULES)).toContain(issue.rule);
          expect(issue.rule).not.toMatch(/^(report|reporter|ledger|migration|csv|measure|partner|activity|submitted|entries|nil|status)\./);
          expect(issue.severity).toBe(REPORT_RULES[issue.rule as RuleId].severity);
          for (const key of issue.path) expect(["string", "number"]).toContain(typeof key);
          expect(EN[issue.messageKey]).toBeTypeOf("string");
          expect(RU[issue.messageKey]).toBeTypeOf("string");
          for (const [, name] of (EN[issue.messageKey] ?? "").matchAll(/\{(\w+)\}/g))
            expect(issue.params[name!] ?? issue.params[`${name}.en`], `${issue.messageKey} {${name}}`).toBeDefined();
          if (context.lang === "ru") expect(issue.message).toMatch(/[А-Яа-яЁё]/u);
        }
      }),
      RUNS,
    );
  });

  it("is ok exactly when no issue is an error, and then returns the input's data", () => {
    fc.assert(
      fc.property(mutatedPlan, contexts, (input, context) => {
        const result = validatePlan(input, context);
        expect(result.ok).toBe(!result.issues.some((issue) => issue.severity === "error"));
        if (result.ok) expect(result.plan).toEqual(input);
      }),
      RUNS,
    );
  });

  it("finds the same issues, at the moved places, whatever the order of the events", () => {
    fc.assert(
      fc.property(mutatedPlan, fc.integer(), contexts, (input, seed, context) => {
        const events = (input as { events?: unknown }).events;
        if (!Array.isArray(events) || events.length < 2) return;
        const order = events.map((_, index) => index).sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || a - b);
        const shuffled = { ...(input as object), events: order.map((index) => events[index]) };
        // A duplicate id is flagged on the later event: which one that is depends on the order.
        const key = (result: ReturnType<typeof validatePlan>, at: readonly number[]) =>
          result.issues
            .filter((issue) => issue.rule !== "plan.event-duplicate")
            .map((issue) => JSON.stringify([issue.rule, issue.path[0] === "events" ? [at[issue.path[1] as number], ...issue.path.slice(2)] : issue.path]))
            .sort();
        const identity = events.map((_, index) => index);
        expect(key(validatePlan(shuffled, context), order)).toEqual(key(validatePlan(input, context), identity));
      }),
      RUNS,
    );
  });
});
