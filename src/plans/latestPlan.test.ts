import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BASE_PLAN } from "../../test/support/plans.js";
import { isCbmError } from "../errors/CbmError.js";
import { en } from "../i18n/en.js";
import type { Locale } from "../i18n/Locale.js";
import { checkPlanRevisions } from "./checkPlanRevisions.js";
import { latestPlan } from "./latestPlan.js";
import type { CbmPlan } from "./types.js";

const approved = BASE_PLAN as unknown as CbmPlan;
const second: CbmPlan = { ...approved, revision: 2, approvedOn: "2025-06-18", events: approved.events.slice(0, 2) };
const third: CbmPlan = { ...approved, revision: 3, approvedOn: "2025-09-10", events: approved.events.slice(0, 1) };

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("latestPlan", () => {
  it("takes the highest revision, whatever the order of the list", () => {
    expect(latestPlan([second, third, approved])).toBe(third);
    expect(latestPlan([third, approved, second])).toBe(third);
  });

  it("takes the revision in force on a day: approved on or before it", () => {
    expect(latestPlan([approved, second, third], "2025-06-17")).toBe(approved);
    expect(latestPlan([approved, second, third], "2025-06-18")).toBe(second);
    expect(latestPlan([approved, second, third], "2024-12-03")).toBeUndefined();
  });

  it("takes one plan as a list of one", () => {
    expect(latestPlan(second)).toBe(second);
    expect(latestPlan(second, "2025-01-01")).toBeUndefined();
  });

  it("takes the same one of two conflicting revisions in either order: the one approved later", () => {
    const conflicting: CbmPlan = { ...second, approvedOn: "2025-06-20", events: [] };
    expect(latestPlan([second, conflicting])).toBe(conflicting);
    expect(latestPlan([conflicting, second])).toBe(conflicting);
    expect(latestPlan([conflicting, second], "2025-06-19")).toBe(second);
  });

  it("takes the one approved later of two conflicting revisions even when its JSON text sorts first", () => {
    // Keys in reverse order: its text begins {"events":…, before the other's {"schema":….
    const later = Object.fromEntries(Object.entries({ ...second, approvedOn: "2025-06-20", events: [] }).reverse()) as unknown as CbmPlan;
    expect(JSON.stringify(later) < JSON.stringify(second)).toBe(true);
    expect(latestPlan([second, later])).toBe(later);
    expect(latestPlan([later, second])).toBe(later);
  });

  it("takes, of two conflicting revisions approved on one day, the one whose JSON text sorts last, in either order", () => {
    const other: CbmPlan = { ...second, events: [] };
    const last = JSON.stringify(other) > JSON.stringify(second) ? other : second;
    expect(latestPlan([second, other])).toBe(last);
    expect(latestPlan([other, second])).toBe(last);
  });

  it("gives the same revision for any order of any revisions and any day (property)", () => {
    const revisions = fc.array(
      fc.record({ revision: fc.integer({ min: 1, max: 4 }), day: fc.integer({ min: 1, max: 28 }), events: fc.integer({ min: 0, max: 3 }) }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(revisions, fc.integer({ min: 1, max: 28 }), fc.integer(), (specs, asOfDay, seed) => {
        const plans = specs.map(
          (spec): CbmPlan => ({
            ...approved,
            revision: spec.revision,
            approvedOn: `2025-02-${String(spec.day).padStart(2, "0")}`,
            events: approved.events.slice(0, spec.events),
          }),
        );
        const shuffled = [...plans].sort((a, b) => ((plans.indexOf(a) * 31 + seed) % 7) - ((plans.indexOf(b) * 31 + seed) % 7));
        const asOf = `2025-02-${String(asOfDay).padStart(2, "0")}`;
        expect(latestPlan(shuffled, asOf)).toEqual(latestPlan(plans, asOf));
        const inForce = plans.filter((plan) => plan.approvedOn <= asOf);
        expect(latestPlan(plans, asOf)?.revision).toBe(inForce.length === 0 ? undefined : Math.max(...inForce.map((plan) => plan.revision)));
      }),
    );
  });

  it("throws a CbmError on the revisions of two plans, on a day that is not a date, and on values that are not plans", () => {
    for (const [call, code] of [
      [() => latestPlan([approved, { ...approved, id: "CICA-PLAN-2026", year: 2026 }]), "invalid-argument"],
      [() => latestPlan([approved], "2025-02-30"), "invalid-date"],
      [() => latestPlan([null as unknown as CbmPlan]), "invalid-argument"],
    ] as const) {
      const error = thrown(call);
      expect(isCbmError(error) && error.code).toBe(code);
    }
  });
});

describe("latestPlan and checkPlanRevisions: misuse", () => {
  it("refuses a plan without a text id, a whole revision or a text approval date, naming the function and what to pass", () => {
    const bad = [{ ...approved, id: 7 }, { ...approved, revision: 1.5 }, { ...approved, revision: "1" }, { ...approved, approvedOn: undefined }, null, "plan"];
    for (const value of bad) {
      expect(() => latestPlan([approved, value as unknown as CbmPlan])).toThrow(
        "latestPlan: pass plans that validatePlan accepted (each with an id, a revision and approvedOn).",
      );
      expect(() => checkPlanRevisions([approved, value as unknown as CbmPlan])).toThrow(
        "checkPlanRevisions: pass plans that validatePlan accepted (each with an id, a revision and approvedOn).",
      );
    }
  });

  it("says which day is not a date, and lists in order the ids of plans given together", () => {
    expect(() => latestPlan([approved], "2025-02-30")).toThrow('latestPlan: asOf "2025-02-30" is not a real calendar date written YYYY-MM-DD.');
    const plans = [{ ...approved, id: "Z-PLAN" }, approved, { ...approved, id: "A-PLAN" }];
    expect(() => latestPlan(plans)).toThrow("latestPlan: pass the revisions of one plan; these have the ids A-PLAN, CICA-PLAN-2025, Z-PLAN.");
  });
});

describe("checkPlanRevisions", () => {
  it("finds no issue in distinct revisions, nor in one revision given twice with the same content", () => {
    expect(checkPlanRevisions([approved, second, third, structuredClone(second)])).toEqual([]);
  });

  it("names a revision number reused for other content, on the later one, with the next free revision", () => {
    const conflicting: CbmPlan = { ...second, events: [] };
    const issues = checkPlanRevisions([approved, second, third, conflicting]);
    expect(issues.map((issue) => [issue.rule, issue.path, issue.severity, issue.params.next])).toEqual([
      ["plan.revision-conflict", [3, "revision"], "error", 4],
    ]);
    expect(issues[0]!.message).toBe(
      "Revision 2 of plan CICA-PLAN-2025 is given twice with different content (approved 2025-06-18 and 2025-06-18). Give the amendment its own revision, 4.",
    );
  });

  it("says it in Russian", () => {
    const [issue] = checkPlanRevisions([second, { ...second, events: [] }], { lang: "ru" });
    expect(issue!.message).toMatch(/^Редакция 2 плана CICA-PLAN-2025 дана дважды/);
  });

  it("names itself and its option when the language is unknown, or a Locale's plan message is not a text", () => {
    expect(() => checkPlanRevisions([approved], { lang: "kk" as never })).toThrow(/^checkPlanRevisions: options\.lang must be .*; it is "kk"\.$/);
    const broken = { ...en, code: "kk", messages: { ...en.messages, "plan.revision-conflict": 42 } } as unknown as Locale;
    expect(() => checkPlanRevisions([approved], { lang: broken })).toThrow(
      /^checkPlanRevisions: options\.lang .*messages\["plan\.revision-conflict"\] must be a text/,
    );
  });

  it("checks the plans of different ids apart", () => {
    expect(checkPlanRevisions([approved, { ...approved, id: "CICA-PLAN-2026", year: 2026 }])).toEqual([]);
  });

  it("flags each other content given for a revision once, however often it is given", () => {
    const issues = checkPlanRevisions([second, { ...second, events: [] }, { ...second, approvedOn: "2025-06-19" }, { ...second, events: [] }, second]);
    expect(issues.map((issue) => issue.path[0])).toEqual([1, 2]);
  });
});
