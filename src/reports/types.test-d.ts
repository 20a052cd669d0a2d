import { describe, expectTypeOf, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { createLedger } from "../ledger/createLedger.js";
import { recordReport } from "../ledger/recordReport.js";
import type { Ledger } from "../ledger/store.js";
import type { NationalReport } from "./schema.js";
import type { ReportIssue } from "./types.js";
import { validateReport } from "./validateReport.js";

describe("ValidationResult", () => {
  it("has a report once ok is checked, and none before", () => {
    const result = validateReport({}, cica);
    if (result.ok) expectTypeOf(result.report).toEqualTypeOf<NationalReport>();
    else expectTypeOf(result.report).toEqualTypeOf<undefined>();
    // @ts-expect-error the report may be missing until ok is checked
    const report: NationalReport = result.report;
    void report;
  });
});

describe("ReportIssue", () => {
  it("gives the params of the rule once the rule is checked: numbers as numbers", () => {
    const issue = {} as ReportIssue;
    if (issue.rule === "field.too-long") {
      expectTypeOf(issue.params.max).toEqualTypeOf<number>();
      expectTypeOf(issue.params.length).toEqualTypeOf<number>();
      expectTypeOf(issue.params.field).toEqualTypeOf<string>();
      // @ts-expect-error the limit is a number, not a text
      const max: string = issue.params.max;
      void max;
    }
    if (issue.rule === "status.unknown") expectTypeOf(issue.params.known).toEqualTypeOf<readonly string[] | undefined>();
    // @ts-expect-error before the rule is checked, max may be any param's value
    const max: number = issue.params.max;
    void max;
  });

  it("refuses an issue whose params do not fit its rule", () => {
    const ok: ReportIssue = {
      rule: "measure.duplicate",
      severity: "error",
      path: ["entries", 1, "measure"],
      messageKey: "measure.duplicate",
      params: { field: "entries[1].measure", measure: "2.1.2", first: 0 },
      message: "",
    };
    // @ts-expect-error measure.duplicate's first entry is an index, not a text
    const wrong: ReportIssue = {
      rule: "measure.duplicate",
      severity: "error",
      path: [],
      messageKey: "measure.duplicate",
      params: { field: "", measure: "2.1.2", first: "0" },
      message: "",
    };
    void ok;
    void wrong;
  });
});

describe("RecordResult", () => {
  it("always gives a ledger and an outcome, and a report that may be missing", () => {
    const result = recordReport(createLedger(), {}, cica);
    expectTypeOf(result.ledger).toEqualTypeOf<Ledger>();
    expectTypeOf(result.outcome).toEqualTypeOf<"recorded" | "unchanged" | "rejected">();
    // @ts-expect-error a rejected input has no report
    const report: NationalReport = result.report;
    void report;
  });
});
