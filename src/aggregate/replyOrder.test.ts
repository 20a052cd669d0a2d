import { describe, expect, it } from "vitest";
import { c2021, report } from "../../test/support/aggregateFixtures.js";
import { cica } from "../data/cica/index.js";
import { defineRegistry } from "../participants/defineRegistry.js";
import type { Registry } from "../participants/types.js";
import { implementationMatrix } from "./implementationMatrix.js";
import { reportingRate } from "./reportingRate.js";

/** A registry of its own (not CICA's): a state and an organisation, both members since 2020, and an observer state. */
function ownRegistry(): Registry {
  return defineRegistry({
    participants: [
      { code: "AA", kind: "state", name: { en: "Avalon" }, history: [{ status: "member", since: "2020" }] },
      { code: "BB", kind: "state", name: { en: "Brigadoon" }, history: [{ status: "observer", since: "2020" }] },
      { code: "guild", kind: "organisation", name: { en: "The Guild" }, history: [{ status: "member", since: "2020" }] },
    ],
  });
}

describe("the standing of a participant in a year's review", () => {
  it("expects a reply of a state that was a member all year, never of an organisation, whatever its status", () => {
    const rate = reportingRate([report("guild")], { registry: ownRegistry() }, { year: 2025 });
    expect(rate.expected).toBe(1);
    expect(rate.rows.map((r) => [r.state, r.status])).toEqual([["AA", "member"]]);
    expect(rate.voluntary.map((r) => [r.state, r.status, r.reply])).toEqual([["guild", "member", "report"]]);
  });
});

describe("the order of states in implementationMatrix", () => {
  it("lists an organisation's row among the voluntary, by code, even when it was a member all year", () => {
    const reports = [report("guild"), report("BB"), report("AA")];
    const matrix = implementationMatrix(reports, { catalogues: [c2021], registry: ownRegistry() }, { year: 2025 });
    expect(matrix.rows.map((r) => r.state)).toEqual(["AA", "BB", "guild"]);
  });

  it("lists the states expected to reply first, in the registry's order, then an observer, though its code comes first", () => {
    // BY (an observer) comes before KZ (a member) by code and in the registry.
    const matrix = implementationMatrix([report("BY"), report("KZ")], cica, { year: 2025 });
    expect(matrix.rows.map((r) => r.state)).toEqual(["KZ", "BY"]);
  });
});
