import { expect } from "vitest";
import { CbmError } from "../../src/errors/CbmError.js";

/** The message of the CbmError the call throws (fails the test when it throws anything else, or nothing). */
export function refusal(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(CbmError);
    return (error as CbmError).message;
  }
  throw new Error("expected a refusal");
}
