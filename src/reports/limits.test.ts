import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { createLedger } from "../ledger/createLedger.js";
import { ledgerFromJSON } from "../ledger/ledgerFromJSON.js";
import { ledgerToJSON } from "../ledger/ledgerToJSON.js";
import { recordReport } from "../ledger/recordReport.js";
import { REPORT_LIMITS } from "./limits.js";
import type { ReportIssue, ValidationContext } from "./types.js";
import { validateReport } from "./validateReport.js";
import { BASE_ACTIVITY as ACTIVITY, BASE_REPORT as BASE } from "../../test/support/reports.js";

/** The base report with `count` unknown top-level keys: one field.unknown issue each. */
const withUnknownKeys = (count: number) => ({ ...BASE, ...Object.fromEntries(Array.from({ length: count }, (_, i) => [`key${i}`, i])) });

/** A value nested `depth` levels deep, built without recursion. */
function nested(depth: number, array: boolean): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = array ? [value] : { d: value };
  return value;
}

/** The measures of cica@2021 a state reports on: its headings (measure-groups) aside. */
const reportable = cica.catalogues["cica@2021"].measures.filter((measure) => measure.kind !== "measure-group");

const rulesOf = (issues: readonly ReportIssue[]) => [...new Set(issues.map((issue) => issue.rule))].sort();
const located = (issues: readonly ReportIssue[]) => issues.map((issue) => `${issue.rule} ${JSON.stringify(issue.path)}`).sort();

describe("REPORT_LIMITS.issues", () => {
  it("lists the first issues up to the limit and ends with one report.too-many-issues naming how many more", () => {
    const result = validateReport(withUnknownKeys(REPORT_LIMITS.issues + 7), cica);
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(REPORT_LIMITS.issues + 1);
    expect(result.issues.slice(0, -1).every((issue) => issue.rule === "field.unknown")).toBe(true);
    const last = result.issues.at(-1)!;
    expect([last.rule, last.severity, last.path, last.params.max, last.params.more]).toEqual(["report.too-many-issues", "error", [], REPORT_LIMITS.issues, 7]);
    expect(last.message).toContain(`more than ${REPORT_LIMITS.issues} issues`);
    expect(last.message).toContain("7 more");
  });

  it("says it in Russian when the context asks for ru", () => {
    const last = validateReport(withUnknownKeys(REPORT_LIMITS.issues + 2), { ...cica, lang: "ru" }).issues.at(-1)!;
    expect(last.rule).toBe("report.too-many-issues");
    expect(last.message).toMatch(/[а-я]/);
    expect(last.message).toContain(String(REPORT_LIMITS.issues));
    expect(last.message).not.toMatch(/\{\w+\}/);
  });

  it("adds nothing when a report has exactly as many issues as the limit", () => {
    const result = validateReport(withUnknownKeys(REPORT_LIMITS.issues), cica);
    expect(result.issues).toHaveLength(REPORT_LIMITS.issues);
    expect(rulesOf(result.issues)).toEqual(["field.unknown"]);
  });

  it("rejects such a report in recordReport and leaves the ledger as it was", () => {
    const ledger = createLedger();
    const result = recordReport(ledger, withUnknownKeys(REPORT_LIMITS.issues + 1), cica);
    expect(result.outcome).toBe("rejected");
    expect(result.ledger).toBe(ledger);
    expect(result.issues.at(-1)?.rule).toBe("report.too-many-issues");
    expect(result.issues).toHaveLength(REPORT_LIMITS.issues + 1);
  });

  it("keeps a ledger document's issues within the limit too, however many bad reports it holds", () => {
    const reports = Array.from({ length: 30 }, () => withUnknownKeys(100));
    const loaded = ledgerFromJSON({ schema: "cica-cbm/ledger@1", reports }, cica);
    expect(loaded.ok).toBe(false);
    expect(loaded.issues).toHaveLength(REPORT_LIMITS.issues + 1);
    expect(loaded.issues.at(-1)?.params.more).toBe(30 * 100 - REPORT_LIMITS.issues);
    expect(loaded.issues[0]?.path).toEqual(["reports", 0, "key0"]);
  });

  it("returns located issues, not an unreadable report, when a report at its list limits has millions of problems", () => {
    // 1,000 entries × 500 activities, each activity missing three fields and with an unknown key:
    // zod would gather some two million issues and overflow the stack; the format's own check loops.
    const activity = { bad: true, partners: ["TR"] };
    const entries = Array.from({ length: REPORT_LIMITS.entries }, (_, i) => ({
      measure: `M${i}`,
      status: "planned",
      activities: Array.from({ length: REPORT_LIMITS.activities }, () => activity),
    }));
    const result = validateReport({ ...BASE, entries }, cica);
    expect(result.ok).toBe(false);
    expect(rulesOf(result.issues)).not.toContain("report.type");
    expect(result.issues).toHaveLength(REPORT_LIMITS.issues + 1);
    expect(result.issues.slice(0, 4).map((issue) => `${issue.rule} ${issue.path.join(".")}`)).toEqual([
      "field.missing entries.0.activities.0.title",
      "field.missing entries.0.activities.0.kind",
      "field.missing entries.0.activities.0.from",
      "field.unknown entries.0.activities.0.bad",
    ]);
    expect(result.issues.at(-1)?.rule).toBe("report.too-many-issues");
  }, 30_000);

  it("checks the structure by the format's own check when a schema of the caller's own overflows the stack", () => {
    const overflowing = {
      safeParse: () => {
        throw new RangeError("Maximum call stack size exceeded");
      },
    } as unknown as NonNullable<ValidationContext["schema"]>;
    const input = { ...BASE, id: "", entries: [{ measure: "2.1.2", status: "implemented", activities: [{ ...ACTIVITY, from: "2025-02-30", extra: 1 }] }] };
    const inParts = validateReport(input, { ...cica, schema: overflowing });
    const onePass = validateReport(input, cica);
    expect(located(inParts.issues)).toEqual(located(onePass.issues));
    expect(rulesOf(inParts.issues)).toEqual(["field.date", "field.empty", "field.unknown"]);
  });

  it("finds the same issues in a big report as in a small one with the same faults", () => {
    const faulty = [
      { measure: "2.1.2", status: "implemented", extra: 1, activities: [{ ...ACTIVITY, from: "2025-02-30", venue: "" }] },
      { measure: "HUM.4", status: 5 },
    ];
    const small = validateReport({ ...BASE, id: "", entries: faulty }, cica);
    // 60 × 500 activities with one partner each: 60,060 list items, more than one pass takes.
    const padding = Array.from({ length: 60 }, (_, i) => ({ measure: `M${i}`, status: "planned", activities: Array.from({ length: 500 }, () => ACTIVITY) }));
    const big = validateReport({ ...BASE, id: "", catalogue: "cica@2099", entries: [...faulty, ...padding] }, cica);
    const smallOther = validateReport({ ...BASE, id: "", catalogue: "cica@2099", entries: faulty }, cica);
    expect(small.issues.length).toBeGreaterThan(3);
    expect(located(big.issues)).toEqual(located(smallOther.issues));
  }, 30_000);

  it("accepts a big valid report (more than 50,000 list items)", () => {
    // 25 measures (headings aside: they are not reported on) × 500 activities with 4 partners each: 62,525 list items.
    const entries = reportable.slice(0, 25).map((measure) => ({
      measure: measure.id,
      status: "implemented",
      activities: Array.from({ length: 500 }, () => ({ ...ACTIVITY, partners: ["TR", "CN", "IN", "RU"] })),
    }));
    const result = validateReport({ ...BASE, entries }, cica);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.report?.entries).toHaveLength(25);
  }, 30_000);
});

describe("REPORT_LIMITS.issues with warnings only", () => {
  /** Extensions with `count` "constructor" keys: one extensions.unsafe-key warning each. */
  const warned = (count: number) => ({
    ...BASE,
    extensions: Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, JSON.parse('{"constructor": 1}') as unknown])),
  });

  it("accepts a report with more warnings than the limit, ending the list with one report.too-many-warnings", () => {
    const result = validateReport(warned(REPORT_LIMITS.issues + 3), cica);
    expect(result.ok).toBe(true);
    expect(result.issues).toHaveLength(REPORT_LIMITS.issues + 1);
    const last = result.issues.at(-1)!;
    expect([last.rule, last.severity, last.params.more]).toEqual(["report.too-many-warnings", "warning", 3]);
    expect(last.message).toContain(`more than ${REPORT_LIMITS.issues} warnings`);
    expect(validateReport(warned(REPORT_LIMITS.issues + 3), { ...cica, lang: "ru" }).issues.at(-1)!.message).toMatch(/предупреждений/);
    expect(recordReport(createLedger(), warned(REPORT_LIMITS.issues + 3), cica).outcome).toBe("recorded");
  });

  it("still rejects it when its only error comes after the limit, in the last activity of a big report", () => {
    // Every measure of cica@2021 (headings aside) × 500 activities with 3 partners: 52,026 list items.
    const activity: Record<string, unknown> = { ...ACTIVITY, partners: ["TR", "CN", "IN"] };
    const entries = reportable.map((measure) => ({
      measure: measure.id,
      status: "planned",
      activities: Array.from({ length: 500 }, () => activity),
    }));
    const valid = validateReport({ ...warned(REPORT_LIMITS.issues + 3), entries }, cica);
    expect([valid.ok, valid.issues.at(-1)?.rule]).toEqual([true, "report.too-many-warnings"]);
    entries.at(-1)!.activities[499] = { ...activity, from: "2025-02-30" };
    const result = validateReport({ ...warned(REPORT_LIMITS.issues + 3), entries }, cica);
    expect(result.ok).toBe(false);
    // The error takes the place of the last warning listed: 3 warnings past the limit and the one displaced.
    expect([result.issues.at(-1)?.rule, result.issues.at(-1)?.params.more]).toEqual(["report.too-many-issues", 4]);
    expect(result.issues).toHaveLength(REPORT_LIMITS.issues + 1);
    const errors = result.issues.slice(0, -1).filter((issue) => issue.severity === "error");
    expect(errors.map((issue) => [issue.rule, issue.path])).toEqual([["field.date", ["entries", entries.length - 1, "activities", 499, "from"]]]);
  }, 30_000);

  it("loads a ledger of more than the limit of reports that each have a warning (an observer's)", () => {
    // Saudi Arabia was an observer throughout 2025: each revision gets a reporter.observer warning.
    const reports = Array.from({ length: REPORT_LIMITS.issues + 50 }, (_, i) => ({ ...BASE, id: "SA-2025", reporter: "SA", revision: i + 1 }));
    const loaded = ledgerFromJSON(JSON.stringify({ schema: "cica-cbm/ledger@1", reports }), cica);
    expect(loaded.ok).toBe(true);
    expect(loaded.ledger?.size).toBe(REPORT_LIMITS.issues + 50);
    expect(loaded.issues.at(-1)?.rule).toBe("report.too-many-warnings");
    expect(loaded.issues.slice(0, -1).every((issue) => issue.rule === "reporter.observer")).toBe(true);
  });
});

describe("REPORT_LIMITS.extensionText", () => {
  it("flags extensions holding more characters of text than the limit, once", () => {
    const result = validateReport({ ...BASE, extensions: { a: "x".repeat(REPORT_LIMITS.extensionText), b: "y" } }, cica);
    expect(result.issues.map((issue) => [issue.rule, issue.path, issue.messageKey])).toEqual([
      ["extensions.too-large", ["extensions"], "extensions.too-large.text"],
    ]);
    expect(result.issues[0]!.message).toContain(`more than ${REPORT_LIMITS.extensionText} characters`);
    expect(validateReport({ ...BASE, extensions: { a: "x".repeat(REPORT_LIMITS.extensionText) } }, { ...cica, lang: "ru" }).issues[0]!.message).toMatch(
      /символов/,
    );
  });

  it("counts keys with the texts", () => {
    const key = "k".repeat(REPORT_LIMITS.extensionText / 2);
    expect(validateReport({ ...BASE, extensions: { [key]: "v".repeat(REPORT_LIMITS.extensionText / 2) } }, cica).issues).toEqual([]);
    expect(validateReport({ ...BASE, extensions: { [key]: "v".repeat(REPORT_LIMITS.extensionText / 2 + 1) } }, cica).issues.map((issue) => issue.rule)).toEqual(
      ["extensions.too-large"],
    );
  });

  it("accepts texts exactly at the limit, counting an emoji as one character", () => {
    const result = validateReport({ ...BASE, extensions: { e: "😀".repeat(REPORT_LIMITS.extensionText - 1) } }, cica);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("flags a single text of 20 million characters without a long list of issues", () => {
    const result = validateReport({ ...BASE, extensions: { blob: "x".repeat(20_000_000) } }, cica);
    expect(result.issues.map((issue) => issue.rule)).toEqual(["extensions.too-large"]);
  });
});

describe("deep nesting", () => {
  it.each([
    ["objects", false],
    ["arrays", true],
  ])("gives one extensions.too-deep, not a RangeError, for extensions nested 100,000 levels deep in %s", (_name, array) => {
    const result = validateReport({ ...BASE, extensions: { deep: nested(100_000, array) } }, cica);
    expect(result.issues.map((issue) => issue.rule)).toEqual(["extensions.too-deep"]);
    expect(result.issues[0]!.path).toHaveLength(REPORT_LIMITS.extensionDepth + 2);
  });

  it("does the same for JSON text nested 100,000 levels deep, in validateReport and in ledgerFromJSON", () => {
    const text = JSON.stringify({ ...BASE, extensions: { deep: 0 } }).replace('"deep":0', `"deep":${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    expect(validateReport(JSON.parse(text), cica).issues.map((issue) => issue.rule)).toEqual(["extensions.too-deep"]);
    const loaded = ledgerFromJSON(`{"schema":"cica-cbm/ledger@1","reports":[${text}]}`, cica);
    expect([loaded.ok, loaded.issues.map((issue) => [issue.rule, issue.path.slice(0, 3)])]).toEqual([
      false,
      [["extensions.too-deep", ["reports", 0, "extensions"]]],
    ]);
  });

  it("reads a list nested 100,000 levels deep in place of the entries as a wrong type, not a RangeError", () => {
    const result = validateReport({ ...BASE, entries: nested(100_000, true) }, cica);
    expect(result.issues.map((issue) => [issue.rule, issue.path])).toEqual([["field.type", ["entries", 0]]]);
  });

  it("keeps a ledger's JSON round trip lossless for a report at the extension limits", () => {
    const report = { ...BASE, extensions: { deep: nested(REPORT_LIMITS.extensionDepth - 1, false), text: "😀".repeat(1000) } };
    const recorded = recordReport(createLedger(), report, cica);
    expect(recorded.outcome).toBe("recorded");
    const text = JSON.stringify(ledgerToJSON(recorded.ledger));
    const loaded = ledgerFromJSON(text, cica);
    expect(loaded.ok).toBe(true);
    expect(JSON.stringify(ledgerToJSON(loaded.ledger!))).toBe(text);
  });
});

describe("an error after the limit of warnings", () => {
  /** Extensions with `count` "constructor" keys: one extensions.unsafe-key warning each. */
  const warned = (count: number, edit: Record<string, unknown> = {}) => ({
    ...BASE,
    ...edit,
    extensions: Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, JSON.parse('{"constructor": 1}') as unknown])),
  });

  it("lists the error in place of the last warning, and counts the warning it displaced", () => {
    const result = validateReport(warned(REPORT_LIMITS.issues + 5, { submittedOn: "2026-02-30" }), cica);
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(REPORT_LIMITS.issues + 1);
    const errors = result.issues.filter((issue) => issue.severity === "error");
    expect(errors.map((issue) => [issue.rule, issue.path])).toEqual([
      ["field.date", ["submittedOn"]],
      ["report.too-many-issues", []],
    ]);
    expect(result.issues.at(-1)?.params.more).toBe(6);
    expect(result.issues.at(-2)?.rule).toBe("field.date");
  });

  it("lists errors in preference to warnings up to the limit, and never more than the limit", () => {
    // 1,005 warnings, then 1,200 unknown keys (errors): the list ends as 1,000 errors.
    const input = { ...warned(REPORT_LIMITS.issues + 5), ...Object.fromEntries(Array.from({ length: 1200 }, (_, i) => [`x${i}`, i])) };
    const result = validateReport(input, cica);
    expect(result.issues).toHaveLength(REPORT_LIMITS.issues + 1);
    expect(result.issues.slice(0, -1).every((issue) => issue.rule === "field.unknown")).toBe(true);
    expect(result.issues.at(-1)?.params.more).toBe(REPORT_LIMITS.issues + 5 + 1200 - REPORT_LIMITS.issues);
  });

  it("lists a ledger conflict found after 1,000 warnings, in recordReport", () => {
    const first = recordReport(createLedger(), warned(REPORT_LIMITS.issues + 3), cica);
    expect([first.outcome, first.issues.at(-1)?.rule]).toEqual(["recorded", "report.too-many-warnings"]);
    const result = recordReport(first.ledger, warned(REPORT_LIMITS.issues + 3, { submittedOn: "2026-03-02" }), cica);
    expect(result.outcome).toBe("rejected");
    expect(result.issues).toHaveLength(REPORT_LIMITS.issues + 1);
    const errors = result.issues.filter((issue) => issue.severity === "error");
    expect(errors.map((issue) => issue.rule)).toEqual(["ledger.conflict", "report.too-many-issues"]);
    expect(result.issues.at(-1)?.params.more).toBe(4);
  });

  it("lists a ledger conflict found after 1,000 warnings, in ledgerFromJSON", () => {
    const reports = [warned(REPORT_LIMITS.issues + 3), warned(REPORT_LIMITS.issues + 3, { submittedOn: "2026-03-02" })];
    const loaded = ledgerFromJSON({ schema: "cica-cbm/ledger@1", reports }, cica);
    expect(loaded.ok).toBe(false);
    const conflict = loaded.issues.find((issue) => issue.rule === "ledger.conflict");
    expect(conflict?.path).toEqual(["reports", 1, "revision"]);
    expect(loaded.issues.at(-1)?.rule).toBe("report.too-many-issues");
    expect(loaded.issues.length).toBeLessThanOrEqual(REPORT_LIMITS.issues + 1);
  });

  it("still lists the warning when an error comes before the limit is reached", () => {
    const result = validateReport(warned(3, { submittedOn: "2026-02-30" }), cica);
    expect(result.issues.map((issue) => issue.severity)).toEqual(["warning", "warning", "warning", "error"]);
  });
});

describe("REPORT_LIMITS.values and lists cut as they are copied", () => {
  /** A list whose items past `from` count their reads (a getter each): none must be read. */
  function watched<TItem>(items: TItem[], from: number): { list: TItem[]; reads: () => number } {
    let reads = 0;
    const list = [...items];
    for (let index = from; index < items.length; index++) {
      const item = items[index];
      Object.defineProperty(list, index, { enumerable: true, get: () => (reads++, item) });
    }
    return { list, reads: () => reads };
  }

  it("reads no entry past the limit of entries", () => {
    const { list, reads } = watched(
      Array.from({ length: REPORT_LIMITS.entries + 50 }, () => ({})),
      REPORT_LIMITS.entries,
    );
    const result = validateReport({ ...BASE, entries: list }, cica);
    expect(reads()).toBe(0);
    expect(result.issues[0]).toMatchObject({
      rule: "field.too-many",
      path: ["entries"],
      params: { length: REPORT_LIMITS.entries + 50, max: REPORT_LIMITS.entries },
    });
  });

  type ListCase = [name: string, max: number, place: (list: unknown[]) => unknown, path: (string | number)[], item: () => unknown];
  it.each<ListCase>([
    [
      "activities",
      REPORT_LIMITS.activities,
      (list: unknown[]) => ({ ...BASE, entries: [{ ...BASE.entries[0], activities: list }] }),
      ["entries", 0, "activities"],
      () => ACTIVITY,
    ],
    [
      "partners",
      REPORT_LIMITS.partners,
      (list: unknown[]) => ({ ...BASE, entries: [{ ...BASE.entries[0], activities: [{ ...ACTIVITY, partners: list }] }] }),
      ["entries", 0, "activities", 0, "partners"],
      () => "TR",
    ],
    [
      "evidence",
      REPORT_LIMITS.evidence,
      (list: unknown[]) => ({ ...BASE, entries: [{ ...BASE.entries[0], activities: [{ ...ACTIVITY, evidence: list }] }] }),
      ["entries", 0, "activities", 0, "evidence"],
      () => ({ uri: "https://example.org" }),
    ],
  ])("reads no item of %s past its limit", (_name, max, place, path, item) => {
    const { list, reads } = watched(Array.from({ length: max + 3 }, item), max);
    const result = validateReport(place(list), cica);
    expect(reads()).toBe(0);
    expect(result.issues.map((issue) => [issue.rule, issue.path, issue.params.length])).toEqual([["field.too-many", path, max + 3]]);
  });

  it("gives one field.too-many for a sparse list of entries with a length of 2^32 - 1, reading none of its holes", () => {
    const entries: unknown[] = [];
    entries.length = 2 ** 32 - 1;
    entries[0] = BASE.entries[0];
    const result = validateReport({ ...BASE, entries }, cica);
    expect(result.issues.map((issue) => [issue.rule, issue.path])).toEqual([
      ["field.too-many", ["entries"]],
      // The holes within the limit are missing entries.
      ...Array.from({ length: REPORT_LIMITS.entries - 1 }, (_, i) => ["field.missing", ["entries", i + 1]]),
    ]);
    expect(result.issues[0]!.params.length).toBe(2 ** 32 - 1);
  });

  it("says a sparse list under extensions or under an unknown key is too large, without reading it", () => {
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    // Its holes within the budget are not JSON values; then the budget ends the walk.
    const inExtensions = validateReport({ ...BASE, extensions: { list: huge } }, cica);
    expect(rulesOf(inExtensions.issues)).toEqual(["extensions.not-json", "extensions.too-large", "report.too-many-issues"]);
    expect(inExtensions.issues).toHaveLength(REPORT_LIMITS.issues + 2);
    const unknown = validateReport({ ...BASE, list: huge }, cica);
    expect(unknown.issues.map((issue) => [issue.rule, issue.path, issue.messageKey])).toEqual([
      ["report.too-large", ["list"], "report.too-large.value"],
      ["field.unknown", ["list"], "field.unknown.top"],
    ]);
    expect(unknown.issues[0]!.message).toBe(
      `"list" is outside the format or of the wrong type, and holds more than ${REPORT_LIMITS.extensionNodes} values; it was read no further. Remove it.`,
    );
  });

  /** 2^depth leaves from one object shared at every level: tiny in memory, huge once copied. */
  function doubling(depth: number): unknown {
    let value: unknown = "leaf";
    for (let level = 0; level < depth; level++) value = [value, value];
    return value;
  }
  /** 1,000^depth leaves: one object of 1,000 keys shared at every level. */
  function widening(depth: number): unknown {
    let value: unknown = 1;
    for (let level = 0; level < depth; level++) {
      const shared = value;
      value = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, shared]));
    }
    return value;
  }

  it.each([
    ["nested 60 deep, doubling at each level", () => doubling(60)],
    ["1,000 wide at each of 6 levels", () => widening(6)],
  ])("returns issues for shared objects %s (not a cycle), under extensions, an unknown key, and a field", (_name, make) => {
    const value = make();
    expect(rulesOf(validateReport({ ...BASE, extensions: { value } }, cica).issues)).toContain("extensions.too-large");
    expect(located(validateReport({ ...BASE, value }, cica).issues)).toEqual(['field.unknown ["value"]', 'report.too-large ["value"]']);
    const inField = validateReport({ ...BASE, entries: [{ ...BASE.entries[0], remarks: value }] }, cica);
    expect(located(inField.issues)).toEqual(['field.type ["entries",0,"remarks"]', 'report.too-large ["entries",0,"remarks"]']);
    expect(inField.ok).toBe(false);
  });

  it("stops at REPORT_LIMITS.values for shared entries and activities within the list limits, with one report.too-large", () => {
    const activity = {
      ...ACTIVITY,
      partners: Array(REPORT_LIMITS.partners).fill("TR"),
      evidence: Array(REPORT_LIMITS.evidence).fill({ uri: "https://example.org", title: "x" }),
    };
    const entry = { ...BASE.entries[0], activities: Array(REPORT_LIMITS.activities).fill(activity) };
    const result = validateReport({ ...BASE, entries: Array(REPORT_LIMITS.entries).fill(entry) }, cica);
    expect(result.issues.map((issue) => [issue.rule, issue.params.max])).toEqual([["report.too-large", REPORT_LIMITS.values]]);
    expect(result.issues[0]!.path.slice(0, 2)).toEqual(["entries", expect.any(Number)]);
    expect(result.issues[0]!.message).toContain(`more than ${REPORT_LIMITS.values} values`);
    expect(validateReport({ ...BASE, entries: Array(REPORT_LIMITS.entries).fill(entry) }, { ...cica, lang: "ru" }).issues[0]!.message).toMatch(
      /более 5000000 значений/,
    );
  }, 30_000);

  it("accepts a report whose entries share one activity object, within the budget", () => {
    const entries = reportable
      .slice(0, 20)
      .map((measure) => ({ measure: measure.id, status: "implemented", activities: Array(REPORT_LIMITS.activities).fill(ACTIVITY) }));
    const result = validateReport({ ...BASE, entries }, cica);
    expect(result.issues).toEqual([]);
    expect(result.report?.entries[19]?.activities).toHaveLength(REPORT_LIMITS.activities);
  });

  it("reports a nil report's real number of entries, not the number copied", () => {
    const result = validateReport({ ...BASE, nil: true, entries: Array(REPORT_LIMITS.entries + 5).fill(BASE.entries[0]) }, cica);
    expect(result.issues.find((issue) => issue.rule === "nil.with-entries")?.params.count).toBe(REPORT_LIMITS.entries + 5);
  });
});

describe("over-long codes", () => {
  /** `text` padded with spaces to `length` characters: the look-up by name trims it. */
  const padded = (text: string, length: number) => text + " ".repeat(length - text.length);

  it("suggests a reporter for a name padded to the code limit, and none for one a character longer", () => {
    const at = validateReport({ ...BASE, reporter: padded("Kazakhstan", REPORT_LIMITS.code) }, cica).issues;
    expect(at.map((issue) => [issue.messageKey, issue.params.suggestion])).toEqual([["reporter.unknown.suggest", "KZ"]]);
    const over = validateReport({ ...BASE, reporter: padded("Kazakhstan", REPORT_LIMITS.code + 1) }, cica).issues;
    expect(over.map((issue) => issue.messageKey)).toEqual(["field.too-long", "reporter.unknown"]);
  });

  it("suggests a partner and a status within the code limit only", () => {
    const withPartner = (partner: string) => ({ ...BASE, entries: [{ ...BASE.entries[0], activities: [{ ...ACTIVITY, partners: [partner] }] }] });
    expect(validateReport(withPartner(padded("Türkiye", REPORT_LIMITS.code)), cica).issues.map((issue) => issue.messageKey)).toEqual([
      "partner.unknown.suggest",
    ]);
    expect(validateReport(withPartner(padded("Türkiye", REPORT_LIMITS.code + 1)), cica).issues.map((issue) => issue.messageKey)).toEqual([
      "field.too-long",
      "partner.unknown",
    ]);
    const withStatus = (status: string) => ({ ...BASE, entries: [{ measure: "2.1.2", status }] });
    expect(validateReport(withStatus(padded("Implemented", REPORT_LIMITS.code)), cica).issues.map((issue) => issue.messageKey)).toEqual([
      "status.unknown.suggest",
    ]);
    expect(validateReport(withStatus(padded("Implemented", REPORT_LIMITS.code + 1)), cica).issues.map((issue) => issue.messageKey)).toEqual([
      "field.too-long",
      "status.unknown",
    ]);
  });

  it("shows only the start of an over-long code, key or status in a message, whatever its length", () => {
    const long = "x".repeat(1_000_000);
    const input = {
      ...BASE,
      catalogue: long,
      [long]: 1,
      entries: [
        { measure: long, status: long },
        { measure: long, status: "planned" },
      ],
    };
    const result = validateReport(input, cica);
    expect(rulesOf(result.issues)).toEqual(["catalogue.unknown", "field.too-long", "field.unknown", "measure.duplicate"]);
    for (const issue of result.issues) expect(issue.message.length, issue.rule).toBeLessThan(400);
    const withCatalogue = validateReport({ ...input, catalogue: "cica@2021" }, cica);
    expect(rulesOf(withCatalogue.issues)).toEqual(["field.too-long", "field.unknown", "measure.duplicate", "measure.unknown", "status.unknown"]);
    for (const issue of withCatalogue.issues) expect(issue.message.length, issue.rule).toBeLessThan(400);
  });
});
