import { describe, expectTypeOf, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { groupIssues, type IssueGroup, type SubmissionIssueGroup } from "./groupIssues.js";
import type { NationalReport } from "./schema.js";
import type { ReportIssue } from "./types.js";
import { type ReportIdentity, type ReportOrigin, validateReports } from "./validateReports.js";

describe("validateReports", () => {
  it("gives each result an identity that may be null, and a report once ok is checked", () => {
    const [result] = validateReports([{ input: {}, origin: { file: "a.json" } }], cica);
    if (!result) return;
    expectTypeOf(result.identity).toEqualTypeOf<ReportIdentity | null>();
    expectTypeOf(result.origin).toEqualTypeOf<ReportOrigin | undefined>();
    if (result.ok) expectTypeOf(result.report).toEqualTypeOf<NationalReport>();
    // @ts-expect-error the identity may be null until checked
    const id: string = result.identity.id;
    void id;
  });

  it("takes items as { input, origin? }, not bare reports", () => {
    // @ts-expect-error a bare report must be wrapped as { input }
    validateReports([{ id: "KZ-2025" }], cica);
    // @ts-expect-error an origin's line is a number
    validateReports([{ input: {}, origin: { line: "2" } }], cica);
  });
});

describe("groupIssues", () => {
  it("gives submissions only when grouping named results", () => {
    expectTypeOf(groupIssues(validateReports([], cica))).toEqualTypeOf<SubmissionIssueGroup[]>();
    expectTypeOf(groupIssues([] as ReportIssue[])).toEqualTypeOf<IssueGroup[]>();
    // @ts-expect-error bare issues carry no submissions
    groupIssues([] as ReportIssue[])[0]?.submissions;
  });
});
