import { describe, expect, it } from "vitest";
import { refusal } from "../../test/support/refusal.js";
import { entry, report } from "../../test/support/aggregateFixtures.js";
import { cica } from "../data/cica/index.js";
import { publish } from "../forms/publish.js";
import { dimensionReview } from "../plans/dimensionReview.js";
import { planExecution } from "../plans/planExecution.js";
import { findDiscrepancies } from "./findDiscrepancies.js";
import { implementationMatrix } from "./implementationMatrix.js";
import { reportingRate } from "./reportingRate.js";
import { trend } from "./trend.js";

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

describe("options.catalogue of the aggregates", () => {
  it("is refused, by that name, when it is not a catalogue reference", () => {
    expect(refusal(() => reportingRate([], cica, { year: 2025, catalogue: 2021 as never }))).toBe(
      'reportingRate: options.catalogue must be a catalogue reference such as "cica@2021" (got 2021).',
    );
  });

  it("is refused when the context holds no such catalogue, naming every one it holds", () => {
    expect(refusal(() => reportingRate([], cica, { year: 2025, catalogue: "cica@2099" }))).toBe(
      'reportingRate: the context holds no catalogue "cica@2099"; use cica@2004 or cica@2021.',
    );
  });
});

describe("the catalogue version of implementationMatrix", () => {
  it("names the catalogues the context holds when the one named is not among them", () => {
    expect(refusal(() => implementationMatrix([], cica, { year: 2025, catalogue: "cica@2099" }))).toBe(
      'implementationMatrix: the context holds no catalogue "cica@2099" (it holds cica@2004, cica@2021).',
    );
    expect(refusal(() => implementationMatrix([], { catalogues: [] }, { year: 2025, catalogue: "cica@2021" }))).toBe(
      'implementationMatrix: the context holds no catalogue "cica@2021" (it holds none).',
    );
  });

  it("says which version the year's reports are on when the context does not hold it", () => {
    expect(refusal(() => implementationMatrix([report("KZ")], { catalogues: [] }, { year: 2025 }))).toBe(
      "implementationMatrix: the reports for 2025 are on cica@2021, which the context does not hold (it holds none).",
    );
  });

  it("lists the versions the year's reports use in order, and offers the first, when they use several", () => {
    // AF reports on cica@2021 and KZ on cica@2004: the versions are named in their own order, not the reporters'.
    const reports = [report("AF"), report("KZ", { catalogue: "cica@2004", entries: [entry("3.4")] })];
    expect(refusal(() => implementationMatrix(reports, cica, { year: 2025 }))).toBe(
      'implementationMatrix: the reports for 2025 are on cica@2004 and cica@2021; name the catalogue version with options.catalogue, e.g. { year: 2025, catalogue: "cica@2004" }.',
    );
  });

  it("offers the context's first version when no report of the year tells which to use", () => {
    expect(refusal(() => implementationMatrix([report("KZ", { year: 2024 })], cica, { year: 2025 }))).toBe(
      'implementationMatrix: there are no reports for 2025 to tell which of cica@2004, cica@2021 to use; name the catalogue version with options.catalogue, e.g. { year: 2025, catalogue: "cica@2004" }.',
    );
  });

  it("offers cica@2021 as the example when the context holds no catalogue and no report tells", () => {
    expect(refusal(() => implementationMatrix([], { catalogues: [] }, { year: 2025 }))).toBe(
      'implementationMatrix: there are no reports for 2025 to tell which of none to use; name the catalogue version with options.catalogue, e.g. { year: 2025, catalogue: "cica@2021" }.',
    );
  });
});
