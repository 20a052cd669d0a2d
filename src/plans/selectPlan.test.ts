// Which revision of a plan counts for a year, as planExecution and dimensionReview take it. Every
// call is made inside a test, so that a rule broken at any step fails a named test.
import { describe, expect, it } from "vitest";
import { catchError } from "../../test/support/aggregateFixtures.js";
import { plan, planEvent } from "../../test/support/planFixtures.js";
import { CbmError } from "../errors/CbmError.js";
import { selectPlan } from "./selectPlan.js";

const first = plan([planEvent("E1")]);
const amended = plan([planEvent("E1"), planEvent("E2")], { revision: 2, approvedOn: "2025-06-10" });
/** The same revision 1 with other content, approved on another day. */
const rival = plan([planEvent("E9")], { approvedOn: "2025-01-20" });

describe("selectPlan", () => {
  it("takes, per plan id, the highest revision approved on or before asOf, whatever the order of the list", () => {
    expect(selectPlan([amended, first], 2025, undefined, undefined, "planExecution").plan).toBe(amended);
    expect(selectPlan([first, amended], 2025, undefined, undefined, "planExecution").plan).toBe(amended);
    expect(selectPlan([amended, first], 2025, "2025-06-09", undefined, "planExecution").plan).toBe(first);
    expect(selectPlan([amended, first], 2025, "2025-06-10", undefined, "planExecution").plan).toBe(amended);
    expect(selectPlan([amended, first], 2025, "2024-12-03", undefined, "planExecution").plan).toBeUndefined();
  });

  it("takes one plan as a list of one, and no plan of another year", () => {
    expect(selectPlan(first, 2025, undefined, undefined, "planExecution")).toEqual({ plan: first, conflicts: [] });
    expect(selectPlan(first, 2026, undefined, undefined, "planExecution")).toEqual({ plan: undefined, conflicts: [] });
  });

  it("lists a revision given with different content as a conflict, its approval dates in date order, and counts the one before it", () => {
    for (const list of [
      [amended, rival, first],
      [first, amended, rival],
    ]) {
      const amendedAgain = { ...amended, events: [planEvent("E7")], approvedOn: "2025-06-01" };
      const { plan: taken, conflicts } = selectPlan([...list, amendedAgain], 2025, undefined, undefined, "planExecution");
      expect(taken).toBeUndefined();
      expect(conflicts).toEqual([
        { plan: "CICA-PLAN-2025", revision: 1, approvedOn: ["2024-12-04", "2025-01-20"] },
        { plan: "CICA-PLAN-2025", revision: 2, approvedOn: ["2025-06-01", "2025-06-10"] },
      ]);
    }
    const { plan: taken } = selectPlan([amended, { ...amended, approvedOn: "2025-06-11" }, first], 2025, undefined, undefined, "planExecution");
    expect(taken).toBe(first);
  });

  it("names each content of a conflicting revision once, however often it is given", () => {
    const { conflicts } = selectPlan([rival, first, structuredClone(rival), structuredClone(first)], 2025, undefined, undefined, "planExecution");
    expect(conflicts).toEqual([{ plan: "CICA-PLAN-2025", revision: 1, approvedOn: ["2024-12-04", "2025-01-20"] }]);
  });

  it("takes a revision given twice with the same content as one", () => {
    expect(selectPlan([first, structuredClone(first)], 2025, undefined, undefined, "planExecution")).toEqual({ plan: first, conflicts: [] });
  });

  it("lists conflicts by plan id, then revision", () => {
    const other = (p: typeof first) => ({ ...p, id: "A-PLAN" });
    const { conflicts } = selectPlan([first, rival, other(first), other(rival)], 2025, undefined, undefined, "planExecution");
    expect(conflicts.map((c) => c.plan)).toEqual(["A-PLAN", "CICA-PLAN-2025"]);
  });

  it("asks which plan when revisions of several ids are left, naming them in order and the option to use", () => {
    const error = catchError(() => selectPlan([first, { ...first, id: "B-PLAN" }, { ...first, id: "A-PLAN" }], 2025, undefined, undefined, "dimensionReview"));
    expect(error).toBeInstanceOf(CbmError);
    expect((error as CbmError).code).toBe("invalid-argument");
    expect((error as CbmError).message).toBe(
      'dimensionReview: the plans given for 2025 have several ids (A-PLAN, B-PLAN, CICA-PLAN-2025); name one with options.plan, e.g. { year: 2025, plan: "A-PLAN" }.',
    );
    expect(selectPlan([first, { ...first, id: "B-PLAN" }], 2025, undefined, "B-PLAN", "planExecution").plan?.id).toBe("B-PLAN");
  });

  it("refuses a value that is not a plan, naming the function", () => {
    for (const bad of [null, 5, "CICA-PLAN-2025"]) {
      const error = catchError(() => selectPlan([first, bad as never], 2025, undefined, undefined, "planExecution"));
      expect(error).toBeInstanceOf(CbmError);
      expect((error as CbmError).message).toBe("planExecution: pass a plan (cica-cbm/plan@1) or a list of its revisions.");
    }
  });
});
