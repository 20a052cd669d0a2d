import { describe, expect, it } from "vitest";
import { BASE_REPORT, draftOf } from "../../test/support/reports.js";
import { cica } from "../data/cica/index.js";
import { CbmError } from "../errors/CbmError.js";
import { formatIssue } from "./formatIssue.js";
import { validateReport } from "./validateReport.js";

describe("formatIssue", () => {
  const issue = validateReport(draftOf(BASE_REPORT, { reporter: "XX" }), cica).issues[0]!;

  it("refuses a language it has no messages for with a CbmError naming formatIssue and its lang argument", () => {
    let caught: unknown;
    try {
      formatIssue(issue, "de" as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CbmError);
    expect((caught as CbmError).code).toBe("invalid-argument");
    expect((caught as CbmError).message).toMatch(/^formatIssue: lang must be "en" or "ru"/);
  });
});
