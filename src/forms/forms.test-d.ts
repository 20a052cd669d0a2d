import { describe, expectTypeOf, it } from "vitest";
import { cica } from "../data/cica/index.js";
import type { NationalReport, ReportActivity, ReportEntry } from "../reports/schema.js";
import type { ReportIssue } from "../reports/types.js";
import { carryForward } from "./carryForward.js";
import { createDraft } from "./createDraft.js";
import { finalizeDraft } from "./finalizeDraft.js";
import type { DraftActivity, DraftEntry, ReportDraft } from "./ReportDraft.js";
import { validateDraft } from "./validateDraft.js";

describe("draft and report types", () => {
  it("lets a form change a draft in place: its fields, its entries and their activities", () => {
    const draft = createDraft({ reporter: "KZ", year: 2025, catalogue: "cica@2021" });
    draft.year = 2026;
    draft.access = "public";
    draft.entries.push({ measure: "2.1.2" });
    draft.entries[0]!.status = "implemented";
    draft.entries[0]!.nothingNewSince = 2024;
    draft.entries[0]!.activities = [{ kind: "visit" }];
    draft.entries[0]!.activities[0]!.partners = ["TR"];
    draft.entries[0]!.activities[0]!.partners.push("CN");
    draft.entries.splice(0, 1);
    expectTypeOf(draft.entries).toEqualTypeOf<DraftEntry[]>();
    expectTypeOf<DraftActivity["partners"]>().toEqualTypeOf<string[] | undefined>();
  });

  it("leaves optional what a form has not filled yet, and not the state, year and catalogue the draft is for", () => {
    const entry: DraftEntry = {};
    const activity: DraftActivity = {};
    expectTypeOf(entry.status).toEqualTypeOf<string | undefined>();
    expectTypeOf(activity.from).toEqualTypeOf<string | undefined>();
    expectTypeOf<ReportDraft["year"]>().toEqualTypeOf<number>();
    // @ts-expect-error a draft is for one state: reporter is required
    const noReporter: ReportDraft = { schema: "cica-cbm/draft@1", catalogue: "cica@2021", year: 2025, entries: [] };
    void noReporter;
  });

  it("takes only the two access levels", () => {
    const draft = createDraft({ reporter: "KZ", year: 2025, catalogue: "cica@2021" });
    // @ts-expect-error "secret" is not an access level
    draft.access = "secret";
  });

  it("keeps the finalized report read-only, to its entries and activities", () => {
    const result = finalizeDraft(createDraft({ reporter: "KZ", year: 2025, catalogue: "cica@2021" }), cica, { submittedOn: "2026-03-01" });
    if (result.ok) {
      expectTypeOf(result.report).toEqualTypeOf<NationalReport>();
      // @ts-expect-error a report's entries cannot be added to
      result.report.entries.push({ measure: "2.1.2", status: "implemented" });
      const entry: ReportEntry = result.report.entries[0]!;
      // @ts-expect-error a report's entry cannot be changed
      entry.status = "planned";
      const activity: ReportActivity | undefined = entry.activities?.[0];
      // @ts-expect-error a report's activity cannot be changed
      if (activity) activity.title = "Changed";
    } else {
      expectTypeOf(result.report).toEqualTypeOf<undefined>();
    }
    expectTypeOf(result.missing).toEqualTypeOf<readonly ReportIssue[]>();
  });

  it("narrows the validation issues by rule, as validateReport's", () => {
    const [issue] = validateDraft({}, cica).issues;
    if (issue?.rule === "draft.type") expectTypeOf(issue.params.received).toEqualTypeOf<string | number>();
  });

  it("gives carryForward a mutable draft", () => {
    const report = {} as NationalReport;
    const { draft } = carryForward(report);
    expectTypeOf(draft).toEqualTypeOf<ReportDraft>();
    draft.entries.push({ measure: "HUM.1" });
  });
});
