import { describe, expect, it } from "vitest";
import { getImplementationStatus } from "./getImplementationStatus.js";
import { cica } from "../data/cica/index.js";

const c2021 = cica.catalogues["cica@2021"];

describe("getImplementationStatus", () => {
  it("gives the ordinal score of a status and null for not-applicable", () => {
    expect(getImplementationStatus(c2021, "not-started")?.score).toBe(0);
    expect(getImplementationStatus(c2021, "implemented")?.score).toBe(4);
    expect(getImplementationStatus(c2021, "not-applicable")?.score).toBeNull();
    expect(getImplementationStatus(c2021, "finished")).toBeUndefined();
  });

  it("returns the catalogue's own status object, and finds statuses of a catalogue that is not frozen", () => {
    expect(getImplementationStatus(c2021, "planned")).toBe(c2021.statuses.find((s) => s.id === "planned"));
    const unfrozen = { ...c2021, statuses: [...c2021.statuses] };
    expect(Object.isFrozen(unfrozen)).toBe(false);
    expect(getImplementationStatus(unfrozen, "planned")?.score).toBe(1);
    expect(getImplementationStatus(unfrozen, "__proto__")).toBeUndefined();
    expect(getImplementationStatus(c2021, "__proto__")).toBeUndefined();
  });
});
