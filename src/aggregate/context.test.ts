import { describe, expect, it } from "vitest";
import { CbmError } from "../errors/CbmError.js";
import { publish } from "../forms/publish.js";
import { dimensionReview } from "../plans/dimensionReview.js";
import { planExecution } from "../plans/planExecution.js";
import { findDiscrepancies } from "./findDiscrepancies.js";
import { implementationMatrix } from "./implementationMatrix.js";
import { trend } from "./trend.js";

/** The message of the CbmError the call throws (fails the test when it throws nothing else). */
function refusal(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(CbmError);
    return (error as CbmError).message;
  }
  throw new Error("expected a refusal");
}

describe("a context that is not one", () => {
  it("is asked for as the second argument of an aggregate, with a call that shows it", () => {
    for (const [fn, call] of [
      ["findDiscrepancies", () => findDiscrepancies([], "cica" as never, { year: 2025 } as never)],
      ["implementationMatrix", () => implementationMatrix([], null as never, { year: 2025 })],
      ["trend", () => trend([], [] as never, { from: 2024, to: 2025 } as never)],
    ] as const) {
      expect(refusal(call)).toBe(
        `${fn}: pass a context shaped like cica ({ catalogues, registry }) as the second argument, e.g. ${fn}(reports, cica, options).`,
      );
    }
  });

  it("is asked for as the third argument of a plan's review, after the plan", () => {
    for (const [fn, call] of [
      ["planExecution", () => planExecution([], [], null as never, { year: 2025 })],
      ["dimensionReview", () => dimensionReview([], [], "cica" as never, { year: 2025, dimension: "human" } as never)],
    ] as const) {
      expect(refusal(call)).toBe(
        `${fn}: pass a context shaped like cica ({ catalogues, registry }) as the third argument, e.g. ${fn}(plan, reports, cica, options).`,
      );
    }
  });

  it("is asked for as publish's options.context, not as an argument publish does not take", () => {
    expect(refusal(() => publish([], { year: 2025, context: "cica" as never }))).toBe(
      "publish: pass a context shaped like cica ({ catalogues, registry }) as options.context, e.g. publish(reports, { year: 2025, context: cica }).",
    );
  });
});
