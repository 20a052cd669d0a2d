import { describe, expect, it } from "vitest";
import { reportIdentity } from "./reportIdentity.js";

describe("reportIdentity", () => {
  it("reads the identity of an invalid report, so that a rejected submission is still named", () => {
    expect(reportIdentity({ id: "KZ-2025", reporter: "kz", year: 2025, revision: 3, submittedOn: "2026-02-30" })).toEqual({
      id: "KZ-2025",
      reporter: "kz",
      year: 2025,
      revision: 3,
    });
  });

  it("gives null for what names no report: not an object, an array, an empty id, a year that is not an integer", () => {
    for (const input of [null, "KZ-2025", [1], { id: "", reporter: "KZ", year: 2025, revision: 1 }, { id: "A", reporter: "KZ", year: "2025", revision: 1 }])
      expect(reportIdentity(input)).toBeNull();
  });

  it("gives null when either name is empty or missing: the id or the reporter, each on its own", () => {
    const named = { id: "KZ-2025", reporter: "KZ", year: 2025, revision: 1 };
    expect(reportIdentity(named)).not.toBeNull();
    for (const blank of [{ id: "" }, { reporter: "" }, { id: undefined }, { reporter: 7 }, { revision: 1.5 }])
      expect(reportIdentity({ ...named, ...blank }), JSON.stringify(blank)).toBeNull();
  });

  it("runs no getter of the input", () => {
    let ran = false;
    const input = { reporter: "KZ", year: 2025, revision: 1 };
    Object.defineProperty(input, "id", {
      get() {
        ran = true;
        return "KZ-2025";
      },
    });
    expect(reportIdentity(input)).toBeNull();
    expect(ran).toBe(false);
  });
});
