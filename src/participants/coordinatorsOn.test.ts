import { describe, expect, it } from "vitest";
import { coordinatorHistory } from "./coordinatorHistory.js";
import { coordinatorsOn } from "./coordinatorsOn.js";
import { provenanceOf } from "../data/cica/provenanceOf.js";
import { cica } from "../data/cica/index.js";

const registry = cica.registry;

describe("coordinatorsOn and coordinatorHistory", () => {
  it("returns the ICT coordinator and co-coordinator within their 2024-2025 term only", () => {
    expect(coordinatorsOn(registry, "2025-12-31", "nct-ict").map((a) => `${a.state} ${a.role}`)).toEqual(["RU coordinator", "CN co-coordinator"]);
    expect(coordinatorsOn(registry, "2026-01-01", "nct-ict")).toEqual([]);
  });

  it("returns an assignment known only from a dated source on that day", () => {
    expect(coordinatorsOn(registry, "2013-01-15").map((a) => `${a.area} ${a.state}`)).toEqual(["mp-general KZ", "mp-general TR"]);
    expect(coordinatorsOn(registry, "2013-01-16", "mp-general")).toEqual([]);
  });

  it("keeps every recorded assignment of an area, dated or not, with the doubt about a role", () => {
    const trade = coordinatorHistory(registry, "eco-trade");
    expect(trade.map((a) => `${a.state} ${a.role} ${a.attested}`)).toEqual(["KG co-coordinator 2022-10-12", "KG co-coordinator 2023-03-03"]);
    expect(trade[0]).toMatchObject({ state: "KG" });
    expect(provenanceOf(trade[0]!)?.roleConfidence).toBe("unverified");
    expect(provenanceOf(trade[1]!)?.roleConfidence).toBeUndefined();
    expect(coordinatorHistory(registry, "no-such-area")).toEqual([]);
  });
});
