import { describe, expect, it } from "vitest";
import { observersOn } from "./observersOn.js";
import { cica } from "../data/cica/index.js";

const registry = cica.registry;
const codes = (participants: readonly { code: string }[]) => participants.map((p) => p.code);

describe("observersOn", () => {
  it("lists exactly the observers of the 2006 background note on 2006-11-15", () => {
    expect(codes(observersOn(registry, "2006-11-15"))).toEqual(["ID", "JP", "MY", "UA", "US", "VN", "las", "osce", "un"]);
  });

  it("no longer counts Australia, Lebanon and the Interstate Council after their last listing", () => {
    const late2006 = codes(observersOn(registry, "2006-11-15"));
    expect(late2006).not.toContain("AU");
    expect(late2006).not.toContain("LB");
    expect(late2006).not.toContain("cais");
    expect(codes(observersOn(registry, "2006-06-17"))).toEqual(expect.arrayContaining(["AU", "LB"]));
  });

  it("separates states from organisations", () => {
    expect(codes(observersOn(registry, "2022-10-31", "organisation"))).toEqual(["iom", "las", "osce", "turkpa", "un"]);
    expect(observersOn(registry, "2022-10-31", "state")).toHaveLength(9);
  });
});
