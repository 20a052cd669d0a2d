import type { WritableDeep } from "type-fest";
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod/mini";
import type { PlanShape } from "./schema.js";
import type { CbmPlan, PlanOutcome } from "./types.js";
import type { PlanValidationResult } from "./validatePlan.js";

describe("CbmPlan", () => {
  it("is, made writable, exactly the type the zod schema infers", () => {
    type Inferred = z.infer<typeof PlanShape>;
    expectTypeOf<Inferred>().toMatchTypeOf<CbmPlan>();
    expectTypeOf<WritableDeep<CbmPlan>>().toEqualTypeOf<Inferred>();
  });

  it("rejects a plan without its required fields, and an outcome held without its first day, at compile time", () => {
    // @ts-expect-error year, catalogue, revision, approvedOn and events are required
    const partial: CbmPlan = { schema: "cica-cbm/plan@1", id: "x" };
    // @ts-expect-error a held outcome has `from`
    const held: PlanOutcome = { status: "held" };
    void partial;
    void held;
  });

  it("narrows an outcome by its status", () => {
    const outcome = {} as PlanOutcome;
    if (outcome.status === "merged") expectTypeOf(outcome.into).toEqualTypeOf<string>();
  });
});

describe("PlanValidationResult", () => {
  it("holds a plan once ok is checked", () => {
    const result = {} as PlanValidationResult;
    if (result.ok) expectTypeOf(result.plan).toEqualTypeOf<CbmPlan>();
    else expectTypeOf(result.plan).toEqualTypeOf<undefined>();
  });
});
