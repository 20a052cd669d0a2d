import { describe, expect, it } from "vitest";
import { BASE_REPORT, BASE_REPORT_WITH_ACTIVITY, draftOf } from "../../test/support/reports.js";
import { cica } from "../data/cica/index.js";
import { isCbmError } from "../errors/CbmError.js";
import { REPORT_LIMITS } from "./limits.js";
import { validateReport } from "./validateReport.js";
import { validateReportText } from "./validateReportText.js";
import { validateReports } from "./validateReports.js";

const notJson = (text: string, lang: "en" | "ru" = "en") => validateReportText(text, { ...cica, lang }).issues;

describe("validateReportText", () => {
  it("accepts a valid report's text and returns the parsed report, frozen at every level", () => {
    const result = validateReportText(JSON.stringify(BASE_REPORT_WITH_ACTIVITY), cica);
    expect(result.ok).toBe(true);
    expect(result.report).toEqual(BASE_REPORT_WITH_ACTIVITY);
    const activity = result.report!.entries[0]!.activities![0]!;
    expect([result.report, result.report!.entries, activity, activity.partners].every(Object.isFrozen)).toBe(true);
  });

  it("gives a rejected report's issues as validateReport gives them for the parsed text", () => {
    const text = JSON.stringify(draftOf(BASE_REPORT, { reporter: "KAZ", submittedOn: "2026-02-30", extra: 1 }));
    const result = validateReportText(text, { ...cica, lang: "ru" });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.rule).sort()).toEqual(["field.date", "field.unknown", "reporter.unknown"]);
    expect(result).toEqual(validateReport(JSON.parse(text), { ...cica, lang: "ru" }));
  });

  it("keeps a __proto__ key as a key of the report, reported as unknown, never as its prototype", () => {
    const text = `{"__proto__":{"polluted":true},${JSON.stringify(BASE_REPORT).slice(1)}`;
    const result = validateReportText(text, cica);
    expect(result.issues.map((issue) => [issue.rule, issue.path])).toEqual([["field.unknown", ["__proto__"]]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("cuts a list over its limit as validateReport does: the same field.too-many issue", () => {
    const entries = Array.from({ length: REPORT_LIMITS.entries + 1 }, (_, i) => ({ measure: "2.1.2", status: `s${i}` }));
    const result = validateReportText(JSON.stringify({ ...BASE_REPORT, entries }), cica);
    const tooMany = result.issues.filter((issue) => issue.rule === "field.too-many");
    expect(tooMany.map((issue) => [issue.path, issue.params])).toEqual([
      [["entries"], { field: "entries", length: REPORT_LIMITS.entries + 1, max: REPORT_LIMITS.entries }],
    ]);
  });

  it("says where a text that is not JSON stops, by line and column, in English and in Russian", () => {
    const text = '{\n  "id": "KZ-2025",\n  "year": 2025,\n}';
    const [en] = notJson(text);
    expect(en).toMatchObject({ rule: "report.not-json", severity: "error", path: [], messageKey: "report.not-json.at", params: { line: 4, column: 1 } });
    expect(en?.message).toContain("line 4, column 1");
    const [ru] = notJson(text, "ru");
    expect(ru?.message).toContain("строке 4, столбце 1");
  });

  it("locates a text that ends too early at its end, and an empty text at line 1, column 1", () => {
    expect(notJson('{"id":\n"KZ')[0]?.params).toMatchObject({ line: 2, column: 4 });
    expect(notJson("")[0]?.params).toMatchObject({ line: 1, column: 1 });
  });

  it("gives the reader's reason alone when the reader does not say where it stopped", () => {
    // V8 names the unexpected token without its position: no line and column are made up.
    const [issue] = notJson('{"id":}');
    expect(issue?.messageKey).toBe("report.not-json");
    expect(issue?.params).not.toHaveProperty("line");
    expect(issue?.params).toHaveProperty("reason");
  });

  it("gives the exact line and column of a stop on the first line, even when a line break follows it", () => {
    const [issue] = notJson('{"id":1}x\n{}');
    expect(issue?.params).toEqual({ field: "(the report)", reason: "Unexpected non-whitespace character after JSON at position 8", line: 1, column: 9 });
    expect(issue?.message).toBe(
      "The text is not JSON: it stops at line 1, column 9 (Unexpected non-whitespace character after JSON at position 8). Correct it there, or send the report as the form saves it.",
    );
  });

  it("counts a line break at the very start of the text as a line", () => {
    expect(notJson("\n{}x")[0]?.params).toMatchObject({ line: 2, column: 3 });
    expect(notJson("\n\n[1,\n2]x\n")[0]?.params).toMatchObject({ line: 4, column: 3 });
  });

  it("locates a stop right after a line break at column 1 of the next line, and an early end after a line break there too", () => {
    expect(notJson('{"id":1}\nx')[0]?.params).toMatchObject({ line: 2, column: 1 });
    expect(notJson("[1,\n")[0]?.params).toMatchObject({ line: 2, column: 1 });
  });

  it("says only the reader's reason, for the whole text, when the reader gives no position", () => {
    const [issue, ...rest] = notJson('{"id":}');
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ rule: "report.not-json", severity: "error", path: [], messageKey: "report.not-json" });
    expect(issue?.params).toEqual({ field: "(the report)", reason: 'Unexpected token \'}\', "{"id":}" is not valid JSON' });
    expect(issue?.message).toBe(
      'The text is not JSON (Unexpected token \'}\', "{"id":}" is not valid JSON). Send the report as JSON text: one object {…}, as the form saves it.',
    );
  });

  it("names validateReportText when it refuses a context", () => {
    expect(() => validateReportText("{}", {} as never)).toThrow(/^validateReportText: /);
  });

  it("reports a text with a byte order mark or a second value as not JSON, as JSON.parse does", () => {
    expect(notJson(`\uFEFF${JSON.stringify(BASE_REPORT)}`).map((issue) => issue.rule)).toEqual(["report.not-json"]);
    expect(notJson(`${JSON.stringify(BASE_REPORT)}\n${JSON.stringify(BASE_REPORT)}`)[0]?.params).toMatchObject({ line: 2, column: 1 });
  });

  it("throws CbmError when the text is not a string: a parsed value goes to validateReport", () => {
    let caught: unknown;
    try {
      validateReportText(BASE_REPORT as unknown as string, cica);
    } catch (error) {
      caught = error;
    }
    expect(isCbmError(caught) && caught.code).toBe("invalid-argument");
    expect((caught as Error).message).toContain("validateReport");
  });
});

describe("validateReports with { text } items", () => {
  it("parses and validates each text, names it by the identity read from it, and marks one that is not JSON", () => {
    const results = validateReports(
      [
        { text: JSON.stringify(BASE_REPORT), origin: { file: "a.ndjson", line: 1 } },
        { text: JSON.stringify({ ...BASE_REPORT, id: "KZ-2025b", revision: 2, reporter: "KAZ" }), origin: { file: "a.ndjson", line: 2 } },
        { text: "{not json", origin: { file: "a.ndjson", line: 3 } },
        { input: BASE_REPORT },
      ],
      cica,
    );
    expect(results.map((r) => [r.origin?.line ?? null, r.ok, r.identity?.id ?? null, r.issues.map((issue) => issue.rule)])).toEqual([
      [1, true, "KZ-2025", []],
      [2, false, "KZ-2025b", ["reporter.unknown"]],
      [3, false, null, ["report.not-json"]],
      [null, true, "KZ-2025", []],
    ]);
  });

  it("names a report whose lists are cut in place by its identity as written", () => {
    const entries = Array.from({ length: REPORT_LIMITS.entries + 5 }, () => ({ measure: "2.1.2", status: "implemented" }));
    const [result] = validateReports([{ text: JSON.stringify({ ...BASE_REPORT, entries }) }], cica);
    expect(result?.identity).toEqual({ id: "KZ-2025", reporter: "KZ", year: 2025, revision: 1 });
  });

  it("throws CbmError for an item whose text is not a string", () => {
    expect(() => validateReports([{ text: 12 as unknown as string }], cica)).toThrow(/item 0 is neither/);
  });
});
