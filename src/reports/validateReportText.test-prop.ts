import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mutatedReportArb, validReportArb } from "../../test/properties/properties.js";
import { cica } from "../data/cica/index.js";
import { compileReportSchema } from "./compileReportSchema.js";
import { REPORT_LIMITS } from "./limits.js";
import type { ValidationContext, ValidationResult } from "./types.js";
import { validateReport } from "./validateReport.js";
import { validateReportText } from "./validateReportText.js";

const corpus = new URL("../../test/corpus/reports/", import.meta.url);

/** Every container of a value frozen. */
function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

/** The text path against the value path, on the same text: equal results, and a frozen report. */
function expectSame(text: string, context: ValidationContext): void {
  const byText: ValidationResult = validateReportText(text, context);
  const byValue = validateReport(JSON.parse(text), context);
  expect(byText).toEqual(byValue);
  expect(byText.issues.map((issue) => issue.message)).toEqual(byValue.issues.map((issue) => issue.message));
  if (byText.ok) expect(deeplyFrozen(byText.report)).toBe(true);
}

const contexts = fc.constantFrom<ValidationContext>(cica, { ...cica, lang: "ru", today: "2026-01-15" }, { ...cica, schema: compileReportSchema() });

describe("validateReportText: the text path gives what validateReport(JSON.parse(text)) gives", () => {
  it("for valid reports, in either language and with either schema", () => {
    fc.assert(
      fc.property(validReportArb, contexts, (report, context) => expectSame(JSON.stringify(report), context)),
      { numRuns: 150 },
    );
  });

  it("for reports edited with any JSON value anywhere, __proto__ and constructor keys among them", () => {
    const hostileKeys = fc
      .tuple(validReportArb, fc.constantFrom("__proto__", "constructor", "prototype"), fc.jsonValue())
      .map(([report, key, value]) => JSON.stringify(report).replace(/^\{/, `{${JSON.stringify(key)}:${JSON.stringify(value)},`));
    const edited = mutatedReportArb.map((value) => JSON.stringify(value)).filter((text): text is string => typeof text === "string");
    fc.assert(
      fc.property(
        fc.oneof(
          edited,
          hostileKeys,
          fc.jsonValue().map((value) => JSON.stringify(value)),
        ),
        contexts,
        (text, context) => expectSame(text, context),
      ),
      { numRuns: 300 },
    );
  });

  it("for every JSON file of the corpus of hostile reports", () => {
    const files = readdirSync(corpus).filter((file) => file.endsWith(".json"));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) expectSame(readFileSync(new URL(file, corpus), "utf8"), cica);
  });

  it("for lists over their limits, cut in place where validateReport cuts its copy", () => {
    const entry = {
      measure: "2.1.2",
      status: "implemented",
      activities: [{ title: "Visit", kind: "visit", from: "2025-04-10", partners: ["TR", "TR", "TR"] }],
    };
    const base = { schema: "cica-cbm/report@2", id: "KZ-2025", reporter: "KZ", catalogue: "cica@2021", year: 2025, revision: 1, submittedOn: "2026-03-01" };
    const lengths = fc.record({
      entries: fc.constantFrom(1, REPORT_LIMITS.entries, REPORT_LIMITS.entries + 1),
      partners: fc.constantFrom(3, REPORT_LIMITS.partners + 1),
      extensions: fc.constantFrom(0, REPORT_LIMITS.extensionNodes + 1),
      outside: fc.constantFrom(0, REPORT_LIMITS.extensionNodes + 1),
    });
    fc.assert(
      fc.property(lengths, ({ entries, partners, extensions, outside }) => {
        const activity = { ...entry.activities[0]!, partners: Array.from({ length: partners }, () => "TR") };
        const report = {
          ...base,
          entries: Array.from({ length: entries }, () => ({ ...entry, activities: [activity] })),
          extensions: { list: Array.from({ length: extensions }, (_, i) => i) },
          // Data outside the format, over the budget of free-form data: read up to it, then cut.
          ...(outside > 0 ? { notes: { list: Array.from({ length: outside }, (_, i) => ({ i })), after: 1 }, last: "x" } : {}),
        };
        expectSame(JSON.stringify(report), cica);
      }),
      { numRuns: 12 },
    );
  });

  it("for a report over REPORT_LIMITS.values, read up to the budget and cut where the copy stops", () => {
    const activity = { title: "Visit", kind: "visit", from: "2025-04-10", partners: Array.from({ length: REPORT_LIMITS.partners }, () => "TR") };
    const report = {
      schema: "cica-cbm/report@2",
      id: "KZ-2025",
      reporter: "KZ",
      catalogue: "cica@2021",
      year: 2025,
      revision: 1,
      submittedOn: "2026-03-01",
      entries: Array.from({ length: REPORT_LIMITS.entries }, (_, i) => ({
        measure: `m${i}`,
        status: "implemented",
        activities: Array.from({ length: 50 }, () => activity),
      })),
    };
    const text = JSON.stringify(report);
    const result = validateReportText(text, cica);
    expect(result.issues.map((issue) => issue.rule)).toEqual(["report.too-large"]);
    expectSame(text, cica);
  }, 60_000);

  it("for text that is not JSON: one located report.not-json error where validateReport's caller would get an exception", () => {
    const notJson = fc.oneof(
      fc.string(),
      validReportArb.chain((report) => {
        const text = JSON.stringify(report, null, 1);
        return fc.integer({ min: 0, max: text.length - 1 }).map((cut) => text.slice(0, cut));
      }),
    );
    fc.assert(
      fc.property(notJson, (text) => {
        let parsed = true;
        try {
          JSON.parse(text);
        } catch {
          parsed = false;
        }
        if (parsed) return expectSame(text, cica);
        const result = validateReportText(text, cica);
        expect(result.ok).toBe(false);
        expect(result.issues.map((issue) => [issue.rule, issue.path])).toEqual([["report.not-json", []]]);
        const [issue] = result.issues;
        if (issue?.rule !== "report.not-json") throw new Error("unreachable");
        // Where the reader says where it stopped, the line and column point at that character.
        const at = /at position (\d+)/.exec(issue.params.reason);
        if (at) {
          const position = Number(at[1]);
          const lines = text.slice(0, position).split("\n");
          expect([issue.params.line, issue.params.column]).toEqual([lines.length, lines[lines.length - 1]!.length + 1]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
