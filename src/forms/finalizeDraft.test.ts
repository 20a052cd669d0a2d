import { describe, expect, it } from "vitest";
import { COMPLETE_DRAFT, draftCopy } from "../../test/support/drafts.js";
import { cica } from "../data/cica/index.js";
import { isCbmError } from "../errors/CbmError.js";
import { REPORT_SCHEMA_ID } from "../reports/schema.js";
import { validateReport } from "../reports/validateReport.js";
import { createDraft } from "./createDraft.js";
import { finalizeDraft } from "./finalizeDraft.js";

const ON = { submittedOn: "2026-03-01" } as const;
const where = (items: readonly { rule: string; path: readonly (string | number)[] }[]) => items.map((item) => `${item.rule} ${item.path.join(".")}`);

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isCbmError(error)) return error.code;
    throw error;
  }
  return undefined;
}

describe("finalizeDraft", () => {
  it("turns a complete, valid draft into a frozen report of the current format, dated and numbered as told", () => {
    const result = finalizeDraft(COMPLETE_DRAFT, cica, { submittedOn: "2026-03-02", revision: 3 });
    expect(result.ok).toBe(true);
    const { schema: _, ...fields } = COMPLETE_DRAFT;
    expect(result.report).toEqual({ ...fields, schema: REPORT_SCHEMA_ID, submittedOn: "2026-03-02", revision: 3 });
    expect(Object.isFrozen(result.report)).toBe(true);
    expect(Object.isFrozen(result.report?.entries[0]?.activities?.[0])).toBe(true);
    expect(result.missing).toEqual([]);
  });

  it("numbers the report revision 1 when no revision is given", () => {
    expect(finalizeDraft(COMPLETE_DRAFT, cica, ON).report?.revision).toBe(1);
  });

  it("gives a report that validateReport accepts as it is", () => {
    const { report } = finalizeDraft(COMPLETE_DRAFT, cica, ON);
    expect(validateReport(report, cica)).toEqual({ ok: true, report, issues: [] });
  });

  it("writes the report's fields in the order of the format, whatever the draft's order", () => {
    const shuffled = Object.fromEntries(Object.entries(COMPLETE_DRAFT).reverse());
    expect(Object.keys(finalizeDraft(shuffled, cica, ON).report ?? {})).toEqual([
      "schema",
      "id",
      "reporter",
      "catalogue",
      "year",
      "revision",
      "submittedOn",
      "access",
      "entries",
      "extensions",
    ]);
  });

  it("leaves the fields the form left empty out of the report", () => {
    const draft = draftCopy((d) => {
      d.entries[0]!.remarks = "";
      d.entries[0]!.activities![0]!.venue = "";
    });
    const entry = finalizeDraft(draft, cica, ON).report?.entries[0];
    expect(entry).not.toHaveProperty("remarks");
    expect(entry?.activities?.[0]).not.toHaveProperty("venue");
    expect(entry?.activities?.[0]?.title).toBe("Defence college visit");
  });

  it("leaves a field the draft holds as undefined out of the report, at every level, as it leaves out a cleared one", () => {
    const draft = draftCopy((d) => {
      Object.assign(d, { nil: undefined, extensions: undefined });
      Object.assign(d.entries[0]!, { remarks: undefined });
      Object.assign(d.entries[0]!.activities![0]!, { venue: undefined });
    });
    const report = finalizeDraft(draft, cica, ON).report;
    expect(Object.keys(report ?? {})).toEqual(["schema", "id", "reporter", "catalogue", "year", "revision", "submittedOn", "access", "entries"]);
    expect(report?.entries[0]).not.toHaveProperty("remarks");
    expect(report?.entries[0]?.activities?.[0]).not.toHaveProperty("venue");
  });

  it("leaves a cleared evidence title out, keeping the link", () => {
    const draft = draftCopy((d) => {
      d.entries[0]!.activities![0]!.evidence![0]!.title = "";
    });
    const result = finalizeDraft(draft, cica, ON);
    expect(result.ok).toBe(true);
    expect(result.report?.entries[0]?.activities?.[0]?.evidence).toEqual([{ uri: "https://example.org/press/2025-04-10" }]);
  });

  it("writes a nil report's fields in the order of the format, its nil mark before its access", () => {
    const nil = draftCopy((d) => Object.assign(d, { entries: [], nil: true }));
    const shuffled = Object.fromEntries(Object.entries(nil).reverse());
    const result = finalizeDraft(shuffled, cica, ON);
    expect(result.ok).toBe(true);
    expect(Object.keys(result.report ?? {})).toEqual([
      "schema",
      "id",
      "reporter",
      "catalogue",
      "year",
      "revision",
      "submittedOn",
      "nil",
      "access",
      "entries",
      "extensions",
    ]);
  });

  it("refuses an incomplete draft, listing what is missing, and makes no report", () => {
    const draft = createDraft({ reporter: "KZ", year: 2025, catalogue: "cica@2021" });
    draft.entries.push({ measure: "2.1.2" });
    const result = finalizeDraft(draft, cica, ON);
    expect(result.ok).toBe(false);
    expect(result.report).toBeUndefined();
    expect(where(result.missing)).toEqual(["field.missing entries.0.status"]);
    expect(result.issues).toEqual([]);
  });

  it("refuses a draft with an error, giving the issue where the draft has it", () => {
    const result = finalizeDraft(
      draftCopy((d) => {
        d.entries[1]!.status = "finished";
      }),
      cica,
      ON,
    );
    expect(result.ok).toBe(false);
    expect(where(result.issues)).toEqual(["status.unknown entries.1.status"]);
  });

  it("accepts a draft with warnings only, and gives the warnings with the report", () => {
    const result = finalizeDraft(
      draftCopy((d) => {
        d.entries[0]!.activities![0]!.kind = "picnic";
      }),
      cica,
      ON,
    );
    expect(result.ok).toBe(true);
    expect(where(result.issues)).toEqual(["activity.kind-unknown entries.0.activities.0.kind"]);
  });

  it("checks the day of submission against the year: the first day of the next year is fine, the last day of the year reported on too, a day before the year is not", () => {
    expect(finalizeDraft(COMPLETE_DRAFT, cica, { submittedOn: "2026-01-01" }).ok).toBe(true);
    expect(finalizeDraft(COMPLETE_DRAFT, cica, { submittedOn: "2025-01-01" }).ok).toBe(true);
    const early = finalizeDraft(COMPLETE_DRAFT, cica, { submittedOn: "2024-12-31" });
    expect(where(early.issues)).toEqual(["submitted.before-year submittedOn"]);
    const unreal = finalizeDraft(COMPLETE_DRAFT, cica, { submittedOn: "2026-02-30" });
    expect(where(unreal.issues)).toEqual(["field.date submittedOn"]);
  });

  it("gives a value that is not a draft a draft.type issue", () => {
    const result = finalizeDraft({ ...COMPLETE_DRAFT, schema: REPORT_SCHEMA_ID }, cica, ON);
    expect(result.ok).toBe(false);
    expect(where(result.issues)).toEqual(["draft.type schema"]);
  });

  it("never changes the draft, and the report shares nothing a later edit of the draft could change", () => {
    const draft = draftCopy();
    const before = JSON.stringify(draft);
    const { report } = finalizeDraft(draft, cica, ON);
    expect(JSON.stringify(draft)).toBe(before);
    draft.entries[0]!.status = "planned";
    draft.entries[0]!.activities![0]!.partners!.push("CN");
    expect(report?.entries[0]?.status).toBe("implemented");
    expect(report?.entries[0]?.activities?.[0]?.partners).toEqual(["TR"]);
  });

  it("names itself when refusing, as misuse, a context without catalogues and registry", () => {
    expect(() => finalizeDraft(COMPLETE_DRAFT, {} as never, ON)).toThrow(/^finalizeDraft: pass a context/);
  });

  it("says, in the message of each misuse, what to pass", () => {
    const messageOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (isCbmError(error)) return error.message;
      }
      return undefined;
    };
    expect(messageOf(() => finalizeDraft(COMPLETE_DRAFT, cica, { submittedOn: 20260301 } as never))).toBe(
      'finalizeDraft: pass the day of submission, e.g. finalizeDraft(draft, cica, { submittedOn: "2026-03-01" }).',
    );
    expect(messageOf(() => finalizeDraft(COMPLETE_DRAFT, cica, { ...ON, revision: 0 }))).toBe(
      "finalizeDraft: options.revision must be a whole number from 1; it is 0.",
    );
  });

  it("refuses, as misuse, options without a day of submission or with a revision below 1 or not whole", () => {
    expect(codeOf(() => finalizeDraft(COMPLETE_DRAFT, cica, {} as never))).toBe("invalid-argument");
    expect(codeOf(() => finalizeDraft(COMPLETE_DRAFT, cica, undefined as never))).toBe("invalid-argument");
    expect(codeOf(() => finalizeDraft(COMPLETE_DRAFT, cica, null as never))).toBe("invalid-argument");
    expect(codeOf(() => finalizeDraft(COMPLETE_DRAFT, cica, { ...ON, revision: 0 }))).toBe("invalid-argument");
    expect(codeOf(() => finalizeDraft(COMPLETE_DRAFT, cica, { ...ON, revision: 1.5 }))).toBe("invalid-argument");
    expect(codeOf(() => finalizeDraft(COMPLETE_DRAFT, cica, { ...ON, revision: 1 }))).toBeUndefined();
  });
});
