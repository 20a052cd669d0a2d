// Which state a plan's event is attributed to as coordinator of its priority area: the rules of a
// term, of a dated source, and of several candidates (planExecution's attribution reads these).
import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import type { CoordinatorAssignment, Registry } from "../participants/types.js";
import { coordinatorOf, servesOn } from "./coordinatorOf.js";

const registryWith = (coordinators: readonly CoordinatorAssignment[]): Registry => ({ ...cica.registry, coordinators });
const notADate = (text: string) => text as NonNullable<CoordinatorAssignment["from"]>;

describe("servesOn", () => {
  it("holds a term from the day it starts up to, not including, the day its until names", () => {
    const term: CoordinatorAssignment = { area: "nct-ict", state: "RU", role: "coordinator", from: "2024-01-01", until: "2026-01-01" };
    expect(servesOn(term, "2023-12-31")).toBe(false);
    expect(servesOn(term, "2024-01-01")).toBe(true);
    expect(servesOn(term, "2025-12-31")).toBe(true);
    expect(servesOn(term, "2026-01-01")).toBe(false);
  });

  it("holds a term without an until from its start on, for good", () => {
    const open: CoordinatorAssignment = { area: "nct-ict", state: "RU", role: "coordinator", from: "2024-03-01" };
    expect(servesOn(open, "2024-02-29")).toBe(false);
    expect(servesOn(open, "2024-03-01")).toBe(true);
    expect(servesOn(open, "2090-06-30")).toBe(true);
  });

  it("never holds a term whose start or end is not a date", () => {
    expect(servesOn({ area: "nct-ict", state: "RU", role: "coordinator", from: notADate("2024-13") }, "2025-06-01")).toBe(false);
    expect(servesOn({ area: "nct-ict", state: "RU", role: "coordinator", from: "2024-01-01", until: notADate("later") }, "2025-06-01")).toBe(false);
  });

  it("holds a role known from one dated source for that calendar year only, and one whose date is not a date never", () => {
    const seen: CoordinatorAssignment = { area: "eco-transport", state: "AZ", role: "coordinator", attested: "2024-03-20" };
    expect(servesOn(seen, "2024-01-01")).toBe(true);
    expect(servesOn(seen, "2024-12-31")).toBe(true);
    expect(servesOn(seen, "2025-01-01")).toBe(false);
    expect(servesOn({ ...seen, attested: notADate("2024-14-40") }, "2024-06-01")).toBe(false);
  });

  it("never holds an assignment with neither a term nor a dated source", () => {
    expect(servesOn({ area: "eco-transport", state: "AZ", role: "coordinator" }, "2024-06-01")).toBe(false);
  });
});

describe("coordinatorOf", () => {
  it("prefers a state with a term in force to one known only from a source of that year", () => {
    const registry = registryWith([
      { area: "eco-transport", state: "AZ", role: "coordinator", attested: "2025-02-01" },
      { area: "eco-transport", state: "TR", role: "coordinator", from: "2025-01-01", until: "2027-01-01" },
    ]);
    expect(coordinatorOf(registry, "eco-transport", "2025-06-01")).toBe("TR");
    // Out of the term, the source of the year is all there is.
    expect(coordinatorOf(registryWith([registry.coordinators[0]!]), "eco-transport", "2025-06-01")).toBe("AZ");
  });

  it("names no coordinator when two states are in it by source, or none by term", () => {
    const registry = registryWith([
      { area: "eco-transport", state: "AZ", role: "coordinator", attested: "2025-02-01" },
      { area: "eco-transport", state: "TR", role: "coordinator", attested: "2025-09-01" },
    ]);
    expect(coordinatorOf(registry, "eco-transport", "2025-06-01")).toBe("unknown");
    expect(coordinatorOf(registry, "eco-transport", "2026-06-01")).toBe("unknown");
  });

  it("names no coordinator without a registry, an area or a date", () => {
    const registry = registryWith([{ area: "eco-transport", state: "AZ", role: "coordinator", attested: "2025-02-01" }]);
    expect(coordinatorOf(registry, "eco-transport", "2025-06-01")).toBe("AZ");
    expect(coordinatorOf(undefined, "eco-transport", "2025-06-01")).toBe("unknown");
    expect(coordinatorOf(registry, undefined, "2025-06-01")).toBe("unknown");
    expect(coordinatorOf(registry, "eco-transport", undefined)).toBe("unknown");
  });
});
