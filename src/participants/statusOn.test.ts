import { describe, expect, it } from "vitest";
import { provenanceOf } from "../data/cica/provenanceOf.js";
import { statusChangeOn } from "./statusChangeOn.js";
import { statusOn } from "./statusOn.js";
import { cica } from "../data/cica/index.js";

const registry = cica.registry;

describe("statusOn", () => {
  it("has Thailand an observer the day before 2004-10-22 and a member on it", () => {
    expect(statusOn(registry, "TH", "2004-10-21")).toBe("observer");
    expect(statusOn(registry, "TH", "2004-10-22")).toBe("member");
  });

  it("says none before a participant's first status and undefined for an unknown code", () => {
    expect(statusOn(registry, "KW", "2022-10-12")).toBe("none");
    expect(statusOn(registry, "XX", "2022-10-12")).toBeUndefined();
    expect(statusOn(registry, "kw", "2022-10-12")).toBeUndefined();
    expect(statusOn(registry, "__proto__", "2022-10-12")).toBeUndefined();
  });

  it("shows the change in force with its sources and how its date is known", () => {
    const change = statusChangeOn(registry, "BH", "2012-01-01");
    expect(change).toMatchObject({ status: "member", since: "2011", from: "2011-12-31", basis: "decision" });
    expect(provenanceOf(change!)?.sources.length).toBeGreaterThan(0);
    const ended = statusChangeOn(registry, "AU", "2007-01-01")!;
    expect(ended).toMatchObject({ status: "none", basis: "after-last-attested" });
    expect(provenanceOf(ended)?.confidence).toBe("unverified");
    expect(statusChangeOn(registry, "KW", "2000-01-01")).toBeUndefined();
  });
});
