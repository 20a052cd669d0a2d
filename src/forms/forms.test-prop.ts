import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMPLETE_DRAFT } from "../../test/support/drafts.js";
import { anything, mutate, mutationOf } from "../../test/support/mutate.js";
import { DEFAULT_ACTIVITY_KINDS } from "../catalogue/DEFAULT_ACTIVITY_KINDS.js";
import { reportableMeasures } from "../catalogue/reportableMeasures.js";
import { cica } from "../data/cica/index.js";
import { deepFreeze } from "../internal/freeze.js";
import { ACCESS_LEVELS } from "../reports/schema.js";
import { REPORT_RULES } from "../reports/rules.js";
import type { ValidationContext } from "../reports/types.js";
import { validateReport } from "../reports/validateReport.js";
import { carryForward } from "./carryForward.js";
import { finalizeDraft } from "./finalizeDraft.js";
import type { DraftActivity, DraftEntry, ReportDraft } from "./ReportDraft.js";
import { validateDraft } from "./validateDraft.js";

const RUNS = { numRuns: 200 };
const ON = { submittedOn: "2026-03-01" } as const;

const contexts: fc.Arbitrary<ValidationContext> = fc
  .record({ lang: fc.constantFrom("en" as const, "ru" as const), today: fc.constantFrom(undefined, "2026-03-01") })
  .map(({ lang, today }) => (today === undefined ? { ...cica, lang } : { ...cica, lang, today }));

/** The complete draft after one to three random edits with JSON values (a field removed, cleared or replaced). */
const editedDraft = fc
  .array(mutationOf(fc.oneof(fc.constant(""), fc.jsonValue())), { minLength: 1, maxLength: 3 })
  .map((mutations) => mutations.reduce<unknown>(mutate, COMPLETE_DRAFT));

const anyInput = fc.oneof(fc.jsonValue(), anything, editedDraft);

/** A text a form may leave empty: left out, cleared, or filled. */
const optionalText = fc.option(fc.oneof(fc.constant(""), fc.string({ minLength: 1, maxLength: 12 })), { nil: undefined });
const access = fc.option(fc.constantFrom(...ACCESS_LEVELS), { nil: undefined });
const day = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
const dateOf = ({ month, day: d }: { month: number; day: number }) => `2025-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

const activity: fc.Arbitrary<DraftActivity> = fc
  .record({
    title: fc.string({ minLength: 1, maxLength: 12 }),
    kind: fc.constantFrom(...DEFAULT_ACTIVITY_KINDS.map((kind) => kind.id)),
    days: fc.tuple(day, day),
    partners: fc.option(fc.subarray(["TR", "CN", "IN", "RU"]), { nil: undefined }),
    venue: optionalText,
    access,
  })
  .map(({ days, ...rest }) => {
    const [from, to] = days.map(dateOf).sort() as [string, string];
    const out: DraftActivity = { title: rest.title, kind: rest.kind, from, to };
    if (rest.partners !== undefined) out.partners = rest.partners;
    if (rest.venue !== undefined) out.venue = rest.venue;
    if (rest.access !== undefined) out.access = rest.access;
    return out;
  });

const MEASURES = reportableMeasures(cica.catalogues["cica@2021"]).map((item) => item.id);
const STATUSES = cica.catalogues["cica@2021"].statuses.filter((status) => status.score !== null).map((status) => status.id);

/** A complete, valid draft of Kazakhstan's 2025 report: measures, statuses and activities of the embedded catalogue. */
const validDraft: fc.Arbitrary<ReportDraft> = fc
  .record({
    measures: fc.subarray(MEASURES, { minLength: 1, maxLength: 6 }),
    details: fc.array(
      fc.record({
        status: fc.constantFrom(...STATUSES),
        remarks: optionalText,
        since: fc.option(fc.integer({ min: 2000, max: 2024 }), { nil: undefined }),
        access,
      }),
      { minLength: 6, maxLength: 6 },
    ),
    activities: fc.array(fc.array(activity, { maxLength: 2 }), { minLength: 6, maxLength: 6 }),
    access,
  })
  .map(({ measures, details, activities, access: reportAccess }) => ({
    schema: "cica-cbm/draft@1" as const,
    id: "KZ-2025",
    reporter: "KZ",
    catalogue: "cica@2021",
    year: 2025,
    ...(reportAccess !== undefined ? { access: reportAccess } : {}),
    entries: measures.map((measure, i): DraftEntry => {
      const { status, remarks, since, access: entryAccess } = details[i]!;
      const entry: DraftEntry = { measure, status };
      // "Nothing new since" and this year's activities do not go together: an entry has one or the other.
      if (since !== undefined) entry.nothingNewSince = since;
      else if (activities[i]!.length > 0) entry.activities = activities[i]!;
      if (remarks !== undefined) entry.remarks = remarks;
      if (entryAccess !== undefined) entry.access = entryAccess;
      return entry;
    }),
  }));

describe("drafts (properties)", () => {
  it("never throws on any value, and gives only issues of known rules with a message", () => {
    fc.assert(
      fc.property(anyInput, contexts, (input, context) => {
        const whole = validateDraft(input, context);
        const step = validateDraft(input, context, { entry: 0 });
        const final = finalizeDraft(input, context, ON);
        for (const issue of [...whole.issues, ...whole.missing, ...step.issues, ...step.missing, ...final.issues, ...final.missing]) {
          expect(Object.keys(REPORT_RULES)).toContain(issue.rule);
          expect(issue.message.trim()).not.toBe("");
        }
      }),
      RUNS,
    );
  });

  it("never changes what it is given: a frozen draft is read, not written", () => {
    fc.assert(
      fc.property(fc.oneof(editedDraft, validDraft), contexts, (input, context) => {
        const before = JSON.stringify(input);
        const frozen = deepFreeze(structuredClone(input));
        validateDraft(frozen, context);
        validateDraft(frozen, context, { entry: 0 });
        finalizeDraft(frozen, context, ON);
        expect(JSON.stringify(frozen)).toBe(before);
      }),
      RUNS,
    );
  });

  it("finds a generated complete draft ok and complete, and finalizes it into a report validateReport accepts", () => {
    fc.assert(
      fc.property(validDraft, (draft) => {
        const check = validateDraft(draft, cica);
        expect(check.missing).toEqual([]);
        expect(check.ok).toBe(true);
        const result = finalizeDraft(draft, cica, ON);
        expect(result.ok).toBe(true);
        expect(validateReport(result.report, cica).ok).toBe(true);
      }),
      RUNS,
    );
  });

  it("finalizes exactly the drafts validateDraft finds ok and complete (the day of submission apart), issue for issue", () => {
    fc.assert(
      fc.property(fc.oneof(editedDraft, validDraft), (input) => {
        const check = validateDraft(input, cica);
        const result = finalizeDraft(input, cica, ON);
        // The day of submission is checked only once it is given: against a year edited past it.
        const dated = result.issues.filter((issue) => issue.path[0] === "submittedOn");
        expect(result.ok).toBe(check.ok && check.complete && !dated.some((issue) => issue.severity === "error"));
        expect(result.issues.filter((issue) => !dated.includes(issue))).toEqual(check.issues);
        expect(result.missing).toEqual(check.missing);
        if (result.ok) expect(validateReport(result.report, cica).ok).toBe(true);
      }),
      RUNS,
    );
  });

  it("carries a report forward into a draft that finalizes, with every entry's measure and status and no activity", () => {
    fc.assert(
      fc.property(validDraft, fc.boolean(), (draft, markNothingNew) => {
        const first = finalizeDraft(draft, cica, ON);
        if (!first.ok) throw new Error("the generated draft is valid");
        const { draft: next, unmapped } = carryForward(first.report, { markNothingNew });
        expect(unmapped).toEqual([]);
        const second = finalizeDraft(next, cica, { submittedOn: "2027-03-01" });
        expect(second.ok).toBe(true);
        expect(second.report?.year).toBe(2026);
        expect(second.report?.entries.map((entry) => [entry.measure, entry.status])).toEqual(
          first.report.entries.map((entry) => [entry.measure, entry.status]),
        );
        for (const entry of second.report?.entries ?? []) {
          expect(entry.activities).toBeUndefined();
          if (markNothingNew) expect(entry.nothingNewSince).toBeLessThan(2026);
        }
        expect(validateReport(second.report, cica).ok).toBe(true);
      }),
      RUNS,
    );
  });
});
