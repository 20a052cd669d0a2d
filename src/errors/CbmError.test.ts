import { describe, expect, it } from "vitest";
import { CbmError, isCbmError } from "./CbmError.js";

describe("CbmError", () => {
  it("carries a code and a message", () => {
    const error = new CbmError("invalid-date", "bad");
    expect(error.code).toBe("invalid-date");
    expect(error.message).toBe("bad");
    expect(error.name).toBe("CbmError");
    expect(error).toBeInstanceOf(Error);
  });

  it("is recognised by its brand even when it comes from another copy of the library", () => {
    const foreign = Object.assign(new Error("from the CJS copy"), { [Symbol.for("cica-cbm.CbmError")]: true, code: "invalid-date" });
    expect(isCbmError(foreign)).toBe(true);
    expect(foreign instanceof CbmError).toBe(true);
  });

  it("does not mistake other errors or values for a CbmError", () => {
    expect(isCbmError(new Error("x"))).toBe(false);
    expect(isCbmError(null)).toBe(false);
    expect(isCbmError({ code: "invalid-date" })).toBe(false);
    expect(new Error("x") instanceof CbmError).toBe(false);
  });
});
