import { describe, expect, it } from "vitest";
import { BASE_REPORT, draftOf } from "../../test/support/reports.js";
import { cica } from "../data/cica/index.js";
import { isCbmError } from "../errors/CbmError.js";
import { groupIssues } from "./groupIssues.js";
import { validateReport } from "./validateReport.js";
import { validateReports } from "./validateReports.js";

const BAD = draftOf(BASE_REPORT, (d) => (d.entries[0].status = "implemnted"));

describe("groupIssues", () => {
  it("refuses a language it has no messages for with a CbmError naming groupIssues and options.lang", () => {
    let caught: unknown;
    try {
      groupIssues(validateReport(BAD, cica).issues, { lang: "de" as never });
    } catch (error) {
      caught = error;
    }
    expect(isCbmError(caught) && caught.code).toBe("invalid-argument");
    expect((caught as Error).message).toMatch(/^groupIssues: options\.lang must be "en" or "ru"/);
  });

  it("gives a submission named without an origin no origin at all, and one with an origin that origin", () => {
    const groups = groupIssues(validateReports([{ input: BAD }, { input: BAD, origin: { file: "b.json" } }], cica));
    const [bare, withOrigin] = groups[0]!.submissions;
    expect(Object.keys(bare!)).toEqual(["identity"]);
    expect(withOrigin).toEqual({ identity: bare!.identity, origin: { file: "b.json" } });
  });
});
