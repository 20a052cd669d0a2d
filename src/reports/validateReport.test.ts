import { describe, expect, it } from "vitest";
import { BASE_REPORT_WITH_ACTIVITY, draftOf, type Draft } from "../../test/support/reports.js";
import { defineCatalogue } from "../catalogue/defineCatalogue.js";
import type { Catalogue, CatalogueDefinition } from "../catalogue/types.js";
import { cica } from "../data/cica/index.js";
import { isCbmError } from "../errors/CbmError.js";
import { EN, RU } from "../i18n/messages.js";
import { formatIssue } from "./formatIssue.js";
import { groupIssues } from "./groupIssues.js";
import { REPORT_LIMITS } from "./limits.js";
import { REPORT_RULES, type RuleId } from "./rules.js";
import type { IssuePath, ReportIssue, ValidationContext, ValidationResult } from "./types.js";
import { validateReport } from "./validateReport.js";
import { createLedger } from "../ledger/createLedger.js";
import { ledgerFromJSON } from "../ledger/ledgerFromJSON.js";
import { recordReport } from "../ledger/recordReport.js";

// ---------------------------------------------------------------------------------------------
// Helpers

type Extra = { readonly today?: string; readonly lang?: "en" | "ru" };

/** The valid base report: Kazakhstan's 2025 report on cica@2021, one entry with one activity. */
const BASE = BASE_REPORT_WITH_ACTIVITY;

/** A fresh copy of the base report, changed by `edit`. */
function report(edit?: (draft: Draft) => void): Draft {
  return draftOf(BASE, edit);
}

/** A fresh copy of the base report as a report@2, changed by `edit`. */
function report2(edit?: (draft: Draft) => void): Draft {
  return report((draft) => {
    draft.schema = "cica-cbm/report@2";
    edit?.(draft);
  });
}

/** The base report's first activity. */
const activity = (draft: Draft): Draft => draft.entries[0].activities[0];

/** The base report made by another reporter for another year, its dates moved into that year. */
function reportFor(reporter: string, year: number, edit?: (draft: Draft) => void): Draft {
  return report((draft) => {
    draft.id = `${reporter}-${year}`;
    draft.reporter = reporter;
    draft.year = year;
    draft.submittedOn = `${year + 1}-03-01`;
    activity(draft).from = `${year}-04-10`;
    edit?.(draft);
  });
}

function validate(input: unknown, extra: Extra = {}): ValidationResult {
  return validateReport(input, { ...cica, ...extra });
}

const summary = (result: ValidationResult) => result.issues.map((issue) => [issue.rule, issue.path, issue.severity]);
const rulesOf = (result: ValidationResult) => result.issues.map((issue) => issue.rule);
const only = (result: ValidationResult): ReportIssue => {
  expect(result.issues).toHaveLength(1);
  return result.issues[0]!;
};

const CYRILLIC = /[А-Яа-яЁё]/u;

/** The placeholders of an issue's templates that its params leave empty. */
function unfilled(issue: ReportIssue): string[] {
  const names = new Set<string>();
  for (const template of [EN[issue.messageKey], RU[issue.messageKey]]) {
    for (const match of (template ?? "").matchAll(/\{(\w+)\}/g)) names.add(match[1]!);
  }
  // A param may be given once, or per language as `name.en` and `name.ru`.
  return [...names].filter(
    (name) => issue.params[name] === undefined && (issue.params[`${name}.en`] === undefined || issue.params[`${name}.ru`] === undefined),
  );
}

/** The error a call throws (or undefined). */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

function nested(levels: number): Draft {
  let value: Draft = {};
  for (let level = 0; level < levels; level++) value = { d: value };
  return value;
}

// ---------------------------------------------------------------------------------------------
// One table row per rule

interface RuleCase {
  readonly rule: RuleId;
  /** The bad case, in words, for `flags …`. */
  readonly flags: string;
  readonly bad: () => unknown;
  readonly context?: Extra;
  /** Where the issue must point. */
  readonly path: IssuePath;
  /** Texts the English message must contain: the field, the value, the limit. */
  readonly mentions: readonly string[];
  /** The nearest good case, in words, for `accepts …`. */
  readonly accepts: string;
  readonly good: () => unknown;
  readonly goodContext?: Extra;
}

const ACT: IssuePath = ["entries", 0, "activities", 0];

const RULE_CASES: readonly RuleCase[] = [
  {
    rule: "report.type",
    flags: "a report that is null instead of an object",
    bad: () => null,
    path: [],
    mentions: ["null"],
    accepts: "a report that is a JSON object",
    good: () => report(),
  },
  {
    rule: "report.too-large",
    // Each entry is the same object, each activity too: a small value, but 1,000 × 500 × 105
    // values once read. The 5,000,001st (REPORT_LIMITS.values + 1) is partner 27 of activity 115 of
    // entry 95: 9 values before the entries, 52,504 an entry (4 + 500 × 105), 105 an activity.
    flags: "a small value that expands past REPORT_LIMITS.values: 1,000 entries sharing one object of 500 shared activities",
    bad: () =>
      report((d) => {
        const shared = { ...d.entries[0], activities: Array(500).fill({ ...activity(d), partners: Array(100).fill("TR") }) };
        d.entries = Array(1000).fill(shared);
      }),
    path: ["entries", 95, "activities", 115, "partners", 27],
    mentions: ["5000000 values", "entries[95].activities[115].partners[27]"],
    accepts: "one such entry, read as 52,513 values",
    good: () => report((d) => (d.entries[0] = { ...d.entries[0], activities: Array(500).fill({ ...activity(d), partners: Array(100).fill("TR") }) })),
  },
  {
    rule: "schema.unsupported",
    flags: "a report in a format version that does not exist",
    bad: () => report((d) => (d.schema = "cica-cbm/report@3")),
    path: ["schema"],
    mentions: ['"cica-cbm/report@3"', '"cica-cbm/report@2"', '"cica-cbm/report@1"'],
    accepts: "a report in format cica-cbm/report@2",
    good: () => report((d) => (d.schema = "cica-cbm/report@2")),
  },
  {
    rule: "field.unknown",
    flags: "a top-level key outside the format",
    bad: () => report((d) => (d.comment = "drafted by the MFA")),
    path: ["comment"],
    mentions: ['"comment"', "extensions"],
    accepts: "the same data under extensions",
    good: () => report((d) => (d.extensions = { comment: "drafted by the MFA" })),
  },
  {
    rule: "field.missing",
    flags: "a report without submittedOn",
    bad: () => report((d) => delete d.submittedOn),
    path: ["submittedOn"],
    mentions: ['"submittedOn"'],
    accepts: "a report with submittedOn",
    good: () => report(),
  },
  {
    rule: "field.type",
    flags: "a year written as text",
    bad: () => report((d) => (d.year = "2025")),
    path: ["year"],
    mentions: ['"year"', "an integer", '"2025"'],
    accepts: "a year written as a number",
    good: () => report((d) => (d.year = 2025)),
  },
  {
    rule: "field.empty",
    flags: "an activity with an empty title",
    bad: () => report((d) => (activity(d).title = "")),
    path: [...ACT, "title"],
    mentions: ['"entries[0].activities[0].title"'],
    accepts: "an activity with a one-character title",
    good: () => report((d) => (activity(d).title = "V")),
  },
  {
    rule: "field.too-long",
    flags: "remarks one character over the limit",
    bad: () => report((d) => (d.entries[0].remarks = "x".repeat(REPORT_LIMITS.remarks + 1))),
    path: ["entries", 0, "remarks"],
    mentions: ['"entries[0].remarks"', String(REPORT_LIMITS.remarks + 1), String(REPORT_LIMITS.remarks)],
    accepts: "remarks exactly at the limit",
    good: () => report((d) => (d.entries[0].remarks = "x".repeat(REPORT_LIMITS.remarks))),
  },
  {
    rule: "field.too-many",
    flags: "an activity with one partner more than the limit",
    bad: () => report((d) => (activity(d).partners = Array.from({ length: REPORT_LIMITS.partners + 1 }, () => "TR"))),
    path: [...ACT, "partners"],
    mentions: ['"entries[0].activities[0].partners"', String(REPORT_LIMITS.partners + 1), String(REPORT_LIMITS.partners)],
    accepts: "an activity with exactly as many partners as the limit",
    good: () => report((d) => (activity(d).partners = Array.from({ length: REPORT_LIMITS.partners }, () => "TR"))),
  },
  {
    rule: "field.date",
    flags: "a submittedOn date that is not in the calendar (30 February)",
    bad: () => report((d) => (d.submittedOn = "2026-02-30")),
    path: ["submittedOn"],
    mentions: ['"submittedOn"', '"2026-02-30"'],
    accepts: "the last day of February",
    good: () => report((d) => (d.submittedOn = "2026-02-28")),
  },
  {
    rule: "field.value",
    flags: "a year below 1000",
    bad: () => report((d) => (d.year = 999)),
    path: ["year"],
    mentions: ['"year"', "1000", "9999", "999"],
    accepts: "a year within 1000–9999",
    good: () => report((d) => (d.year = 2025)),
  },
  {
    rule: "revision.below-one",
    flags: "revision 0",
    bad: () => report((d) => (d.revision = 0)),
    path: ["revision"],
    mentions: ['"revision"', "it is 0"],
    accepts: "revision 1",
    good: () => report((d) => (d.revision = 1)),
  },
  {
    rule: "evidence.scheme",
    flags: "a javascript: evidence link",
    bad: () => report((d) => (activity(d).evidence = [{ uri: "javascript:alert(1)" }])),
    path: [...ACT, "evidence", 0, "uri"],
    mentions: ['"javascript:alert(1)"', "https://"],
    accepts: "an https evidence link",
    good: () => report((d) => (activity(d).evidence = [{ uri: "https://example.org/press/2025-04-10" }])),
  },
  {
    rule: "evidence.unsafe-character",
    flags: "an https evidence link with a right-to-left override that shows its end reversed",
    bad: () => report((d) => (activity(d).evidence = [{ uri: "https://example.org/report\u202Efdp.exe" }])),
    path: [...ACT, "evidence", 0, "uri"],
    mentions: ['"entries[0].activities[0].evidence[0].uri"', "U+202E", "character 27"],
    accepts: "the same link without the override",
    good: () => report((d) => (activity(d).evidence = [{ uri: "https://example.org/reportfdp.exe" }])),
  },
  {
    rule: "extensions.not-json",
    flags: "NaN under extensions",
    bad: () => report((d) => (d.extensions = { score: Number.NaN })),
    path: ["extensions", "score"],
    mentions: ['"extensions.score"', "NaN"],
    accepts: "a finite number under extensions",
    good: () => report((d) => (d.extensions = { score: 1 })),
  },
  {
    rule: "extensions.too-deep",
    flags: "extensions nested one level deeper than the limit",
    bad: () => report((d) => (d.extensions = nested(REPORT_LIMITS.extensionDepth + 1))),
    path: ["extensions", ...Array.from({ length: REPORT_LIMITS.extensionDepth + 1 }, () => "d")],
    mentions: [String(REPORT_LIMITS.extensionDepth), '"extensions.d.d.'],
    accepts: "extensions nested exactly as deep as the limit",
    good: () => report((d) => (d.extensions = nested(REPORT_LIMITS.extensionDepth))),
  },
  {
    rule: "extensions.too-large",
    flags: "extensions holding more values than the limit",
    bad: () => report((d) => (d.extensions = { values: new Array(REPORT_LIMITS.extensionNodes).fill(0) })),
    path: ["extensions"],
    mentions: ['"extensions"', String(REPORT_LIMITS.extensionNodes)],
    accepts: "extensions well within the limit",
    good: () => report((d) => (d.extensions = { values: new Array(REPORT_LIMITS.extensionNodes - 1000).fill(0) })),
  },
  {
    rule: "extensions.unsafe-key",
    flags: "a __proto__ key under extensions",
    bad: () => report((d) => (d.extensions = JSON.parse('{"__proto__": {"admin": true}}'))),
    path: ["extensions", "__proto__"],
    mentions: ['"__proto__"'],
    accepts: "an ordinary key under extensions",
    good: () => report((d) => (d.extensions = { proto: { admin: true } })),
  },
  {
    rule: "reporter.unknown",
    flags: "a reporter code that is not in the registry",
    bad: () => report((d) => (d.reporter = "XX")),
    path: ["reporter"],
    mentions: ['"XX"', "alpha-2"],
    accepts: "a reporter code of the registry",
    good: () => report((d) => (d.reporter = "KZ")),
  },
  {
    rule: "reporter.not-state",
    flags: "an organisation (the OSCE) as reporter",
    bad: () => report((d) => (d.reporter = "osce")),
    path: ["reporter"],
    mentions: ['"osce"', "Organization for Security and Co-operation in Europe"],
    accepts: "a state as reporter",
    good: () => report((d) => (d.reporter = "KZ")),
  },
  {
    rule: "reporter.not-participant",
    flags: "Kuwait reporting on 2020, before it joined",
    bad: () => reportFor("KW", 2020),
    path: ["reporter"],
    mentions: ["Kuwait", "(KW)", "2020"],
    accepts: "Kuwait reporting on 2022, the year it joined",
    good: () => reportFor("KW", 2022),
  },
  {
    rule: "reporter.observer",
    flags: "Saudi Arabia, an observer, reporting on 2024",
    bad: () => reportFor("SA", 2024),
    path: ["reporter"],
    mentions: ["Saudi Arabia", "(SA)", "2024"],
    accepts: "a member state reporting on 2024",
    good: () => reportFor("KZ", 2024),
  },
  {
    rule: "catalogue.unknown",
    flags: "a catalogue version the context does not hold",
    bad: () => report((d) => (d.catalogue = "cica@2099")),
    path: ["catalogue"],
    mentions: ['"cica@2099"', "cica@2004, cica@2021"],
    accepts: "a catalogue version of the context",
    good: () => report((d) => (d.catalogue = "cica@2021")),
  },
  {
    rule: "measure.unknown",
    flags: "a measure that no catalogue version holds",
    bad: () => report((d) => (d.entries[0].measure = "9.9.9")),
    path: ["entries", 0, "measure"],
    mentions: ['"9.9.9"', "cica@2021"],
    accepts: "a measure of the report's catalogue version",
    good: () => report((d) => (d.entries[0].measure = "2.1.3")),
  },
  {
    rule: "catalogue.superseded",
    flags: "a 2025 report on cica@2004, which cica@2021 (adopted 2021-10-12) superseded",
    bad: () => report((d) => ((d.catalogue = "cica@2004"), (d.entries[0].measure = "3.4"))),
    path: ["catalogue"],
    mentions: ["cica@2004", "cica@2021", "2025", "2021-10-12"],
    accepts: "a 2021 report on cica@2004: the year cica@2021 was adopted in is shared",
    good: () => reportFor("KZ", 2021, (d) => ((d.catalogue = "cica@2004"), (d.entries[0].measure = "3.4"))),
  },
  {
    rule: "year.not-ended",
    flags: "a report on 2025 validated on its last day, 31 December",
    bad: () => report((d) => (d.submittedOn = "2025-12-31")),
    context: { today: "2025-12-31" },
    path: ["year"],
    mentions: ["2025", "2025-12-31"],
    accepts: "the same report validated on 1 January of the next year",
    good: () => report((d) => (d.submittedOn = "2025-12-31")),
    goodContext: { today: "2026-01-01" },
  },
  {
    rule: "measure.heading",
    flags: "an entry on the heading 2.1.4, whose sub-items are the measures",
    bad: () => report((d) => (d.entries[0].measure = "2.1.4")),
    path: ["entries", 0, "measure"],
    mentions: ['"2.1.4"', "cica@2021", "2.1.4.a, 2.1.4.b, 2.1.4.c, 2.1.4.d", "coverage"],
    accepts: "an entry on its sub-item 2.1.4.a",
    good: () => report((d) => (d.entries[0].measure = "2.1.4.a")),
  },
  {
    rule: "status.unscored-with-activities",
    flags: "a not-applicable entry that lists an activity",
    bad: () => report((d) => (d.entries[0].status = "not-applicable")),
    path: ["entries", 0, "status"],
    mentions: ['"not-applicable"', "(1)", "implementation level"],
    accepts: "a not-applicable entry with no activities",
    good: () => report((d) => ((d.entries[0].status = "not-applicable"), delete d.entries[0].activities)),
  },
  {
    rule: "access.public-inside-restricted",
    flags: "a report@2 entry marked public in a report without access (for member states only)",
    bad: () => report2((d) => (d.entries[0].access = "public")),
    path: ["entries", 0, "access"],
    mentions: ["entry", '"public"', "member states only", '"access"'],
    accepts: "the same entry in a report marked public",
    good: () => report2((d) => ((d.access = "public"), (d.entries[0].access = "public"))),
  },
  {
    rule: "entry.nothing-new-not-before-year",
    flags: "a report@2 entry with nothing new since the year reported on itself",
    bad: () => report2((d) => ((d.entries[0].nothingNewSince = 2025), delete d.entries[0].activities)),
    path: ["entries", 0, "nothingNewSince"],
    mentions: ['"nothingNewSince"', "2025"],
    accepts: "nothing new since the year before",
    good: () => report2((d) => ((d.entries[0].nothingNewSince = 2024), delete d.entries[0].activities)),
  },
  {
    rule: "entry.nothing-new-with-activities",
    flags: "a report@2 entry with nothing new since 2023 that lists an activity of 2025",
    bad: () => report2((d) => (d.entries[0].nothingNewSince = 2023)),
    path: ["entries", 0, "nothingNewSince"],
    mentions: ["2023", "2025", "1 activities", '"nothingNewSince"'],
    accepts: "the same entry without activities",
    good: () => report2((d) => ((d.entries[0].nothingNewSince = 2023), delete d.entries[0].activities)),
  },
  {
    rule: "measure.duplicate",
    flags: "a measure reported in two entries",
    bad: () => report((d) => d.entries.push({ measure: "2.1.2", status: "planned" })),
    path: ["entries", 1, "measure"],
    mentions: ['"2.1.2"', "entry 0"],
    accepts: "two entries on different measures",
    good: () => report((d) => d.entries.push({ measure: "2.1.3", status: "planned" })),
  },
  {
    rule: "status.unknown",
    flags: "a status outside the catalogue's vocabulary",
    bad: () => report((d) => (d.entries[0].status = "done")),
    path: ["entries", 0, "status"],
    mentions: ['"done"', "cica@2021", "implemented"],
    accepts: "a status of the vocabulary",
    good: () => report((d) => (d.entries[0].status = "in-progress")),
  },
  {
    rule: "nil.with-entries",
    flags: "a nil report with an entry",
    bad: () => report((d) => (d.nil = true)),
    path: ["entries"],
    mentions: ['"nil"', "it has 1"],
    accepts: "a report with nil false and an entry",
    good: () => report((d) => (d.nil = false)),
  },
  {
    rule: "entries.empty",
    flags: "a report that is not nil and has no entries",
    bad: () => report((d) => (d.entries = [])),
    path: ["entries"],
    mentions: ["no entries", '"nil"'],
    accepts: "a nil report with no entries",
    good: () => report((d) => ((d.entries = []), (d.nil = true))),
  },
  {
    rule: "partner.unknown",
    flags: "a partner code that is not in the registry",
    bad: () => report((d) => (activity(d).partners = ["QQ"])),
    path: [...ACT, "partners", 0],
    mentions: ['"QQ"'],
    accepts: "a partner code of the registry",
    good: () => report((d) => (activity(d).partners = ["TR"])),
  },
  {
    rule: "partner.is-reporter",
    flags: "the reporter named as its own partner",
    bad: () => report((d) => (activity(d).partners = ["KZ"])),
    path: [...ACT, "partners", 0],
    mentions: ['"KZ"'],
    accepts: "another state as partner",
    good: () => report((d) => (activity(d).partners = ["TR"])),
  },
  {
    rule: "activity.outside-year",
    flags: "an activity wholly in the year before the year reported on",
    bad: () => report((d) => (activity(d).from = "2024-04-10")),
    path: [...ACT, "from"],
    mentions: ["2024-04-10", "2025"],
    accepts: "an activity that starts before the year and ends in it",
    good: () => report((d) => Object.assign(activity(d), { from: "2024-12-20", to: "2025-01-05" })),
  },
  {
    rule: "activity.kind-unknown",
    flags: "an activity kind outside the catalogue's vocabulary of kinds",
    bad: () => report((d) => (activity(d).kind = "parade")),
    path: [...ACT, "kind"],
    mentions: ['"parade"', "cica@2021", "exchange-of-information"],
    accepts: "a kind of the vocabulary written with spaces and capitals",
    good: () => report((d) => (activity(d).kind = "Exchange of information")),
  },
  {
    rule: "activity.ends-before-start",
    flags: "an activity that ends the day before it starts",
    bad: () => report((d) => (activity(d).to = "2025-04-09")),
    path: [...ACT, "to"],
    mentions: ["2025-04-09", "2025-04-10"],
    accepts: "a one-day activity that ends the day it starts",
    good: () => report((d) => (activity(d).to = "2025-04-10")),
  },
  {
    rule: "submitted.before-year",
    flags: "a report submitted before the year it reports on",
    bad: () => report((d) => (d.submittedOn = "2024-12-31")),
    path: ["submittedOn"],
    mentions: ['"submittedOn"', "2024-12-31", "2025"],
    accepts: "a report submitted on the first day of the year",
    good: () => report((d) => (d.submittedOn = "2025-01-01")),
  },
  {
    rule: "submitted.in-future",
    flags: "a report submitted after the context's today",
    bad: () => report(),
    context: { today: "2026-02-28" },
    path: ["submittedOn"],
    mentions: ['"submittedOn"', "2026-03-01", "2026-02-28"],
    accepts: "a report submitted today",
    good: () => report(),
    goodContext: { today: "2026-03-01" },
  },
];

// ---------------------------------------------------------------------------------------------

describe("the base report", () => {
  it("is ok with no issues", () => {
    const result = validate(report());
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("covers every rule of REPORT_RULES except the ledger's, the CSV reader's, migration's, the draft's and the plan's in the table below", () => {
    // report.too-many-issues and -warnings come with the issues they end, never alone: see limits.test.ts.
    // migration.* belong to migrateReport: see migrateReport.test.ts; plan.* to validatePlan: see plans/validatePlan.test.ts;
    // draft.* to validateDraft: see forms/validateDraft.test.ts; report.not-json is a text's, never a value's: see validateReportText.test.ts.
    const expected = (Object.keys(REPORT_RULES) as RuleId[]).filter(
      (rule) =>
        !rule.startsWith("ledger.") &&
        !rule.startsWith("csv.") &&
        !rule.startsWith("migration.") &&
        !rule.startsWith("draft.") &&
        !rule.startsWith("plan.") &&
        !rule.startsWith("report.too-many-") &&
        rule !== "report.not-json",
    );
    expect(RULE_CASES.map((c) => c.rule).sort()).toEqual(expected.sort());
  });
});

describe.each(RULE_CASES)("$rule", (c) => {
  const severity = REPORT_RULES[c.rule].severity;

  it(`flags ${c.flags}`, () => {
    const result = validate(c.bad(), c.context);
    expect(summary(result)).toEqual([[c.rule, c.path, severity]]);
    expect(result.ok).toBe(severity === "warning");
  });

  it(`accepts ${c.accepts}`, () => {
    const result = validate(c.good(), c.goodContext ?? c.context);
    expect(rulesOf(result)).not.toContain(c.rule);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("says in English what is wrong, naming the field or value", () => {
    const issue = only(validate(c.bad(), { ...c.context, lang: "en" }));
    for (const text of c.mentions) expect(issue.message).toContain(text);
    expect(issue.message).not.toMatch(CYRILLIC);
    expect(unfilled(issue)).toEqual([]);
    expect(issue.message).toBe(formatIssue(issue, "en"));
  });

  it("says it in Russian when the context asks for ru", () => {
    const en = only(validate(c.bad(), { ...c.context, lang: "en" }));
    const ru = only(validate(c.bad(), { ...c.context, lang: "ru" }));
    expect(ru.message).toMatch(CYRILLIC);
    expect(ru.message).not.toBe(en.message);
    expect([ru.rule, ru.path, ru.severity, ru.messageKey]).toEqual([en.rule, en.path, en.severity, en.messageKey]);
    expect(unfilled(ru)).toEqual([]);
  });

  it("turns the Russian issue back into the English message with formatIssue, and back again", () => {
    const en = only(validate(c.bad(), { ...c.context, lang: "en" }));
    const ru = only(validate(c.bad(), { ...c.context, lang: "ru" }));
    expect(formatIssue(ru, "en")).toBe(en.message);
    expect(formatIssue(en, "ru")).toBe(ru.message);
  });
});

// ---------------------------------------------------------------------------------------------

describe("validateReport: what it returns", () => {
  it("returns a frozen deep copy of the input, not the input itself", () => {
    const input = report((d) => (d.extensions = { note: { nested: [1, 2] } }));
    const result = validate(input);
    if (!result.ok) throw new Error("the base report should be ok");
    expect(result.report).not.toBe(input);
    expect(result.report).toEqual(input);
    expect(Object.isFrozen(result.report)).toBe(true);
    expect(Object.isFrozen(result.report.entries)).toBe(true);
    expect(Object.isFrozen(result.report.entries[0]!.activities![0]!.partners)).toBe(true);
    expect(Object.isFrozen(result.report.extensions!.note)).toBe(true);
  });

  it("returns no report when an issue is an error", () => {
    const result = validate(report((d) => (d.year = "2025")));
    expect(result.ok).toBe(false);
    expect(result.report).toBeUndefined();
  });

  const cyclic = report((d) => {
    d.extensions = { a: { b: 1 } };
    d.extensions.a.back = d.extensions;
  });
  it.each([
    ["the base report", report()],
    ["a report with errors in every part", report((d) => ((d.year = "x"), (d.entries[0].status = "Done"), (activity(d).partners = ["KZ", "QQ"])))],
    ["a report with __proto__ keys", JSON.parse(`{"__proto__": {"x": 1}, "extensions": {"__proto__": {"y": 2}}, ${JSON.stringify(BASE).slice(1)}`)],
    ["a report with cyclic extensions", cyclic],
    [
      "a report with too many entries",
      report((d) => (d.entries = Array.from({ length: REPORT_LIMITS.entries + 5 }, (_, i) => ({ measure: `M${i}`, status: "x" })))),
    ],
  ])("never changes its input: %s", (_name, input) => {
    const before = structuredClone(input);
    validate(input);
    validate(input, { lang: "ru", today: "2026-01-01" });
    expect(input).toEqual(before);
  });

  it("validates a deeply frozen input without throwing", () => {
    const input = deepFreeze(
      report((d) => ((d.extensions = JSON.parse('{"__proto__": {"x": [1]}}')), (activity(d).evidence = [{ uri: "urn:isbn:0451450523" }]))),
    );
    const result = validate(input);
    expect(summary(result)).toEqual([["extensions.unsafe-key", ["extensions", "__proto__"], "warning"]]);
    expect(result.ok).toBe(true);
    expect(result.report).toEqual(input);
  });

  it("gives the same result when run twice on the same input", () => {
    const input = report((d) => ((d.reporter = "KAZ"), (d.entries[0].measure = "3.4")));
    expect(validate(input)).toEqual(validate(input));
  });
});

describe("validateReport: reporters and participation", () => {
  it("accepts an observer's report (Saudi Arabia in 2024) as ok, with the observer warning only", () => {
    const result = validate(reportFor("SA", 2024));
    expect(result.ok).toBe(true);
    expect(summary(result)).toEqual([["reporter.observer", ["reporter"], "warning"]]);
  });

  it("accepts a report from a state that joined during the year (Kuwait in 2022)", () => {
    const result = validate(reportFor("KW", 2022));
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
  });

  it.each([
    ["KW", 2020, "Kuwait"],
    ["KW", 2021, "Kuwait"],
    ["AU", 2010, "Australia"],
  ])("rejects %s reporting on %i, when it was not a participant", (code, year, name) => {
    const result = validate(reportFor(code, year));
    expect(result.ok).toBe(false);
    expect(summary(result)).toEqual([["reporter.not-participant", ["reporter"], "error"]]);
    expect(result.issues[0]!.message).toContain(`${name} (${code})`);
    expect(result.issues[0]!.message).toContain(String(year));
  });

  it("treats Australia in 2005, when it was an observer, as an observer", () => {
    expect(summary(validate(reportFor("AU", 2005)))).toEqual([["reporter.observer", ["reporter"], "warning"]]);
  });

  it("rejects an organisation (the OSCE) as reporter", () => {
    const issue = only(validate(report((d) => (d.reporter = "osce"))));
    expect(issue.rule).toBe("reporter.not-state");
    expect(issue.message).toContain("organisation");
  });

  it.each([
    ["an alpha-3 code", "KAZ"],
    ["the English name", "Kazakhstan"],
    ["the name in another case with spaces", "  kazakhstan "],
    ["the Russian name", "Казахстан"],
  ])("suggests KZ for %s (%j)", (_how, reporter) => {
    const issue = only(validate(report((d) => (d.reporter = reporter))));
    expect(issue.rule).toBe("reporter.unknown");
    expect(issue.path).toEqual(["reporter"]);
    expect(issue.messageKey).toBe("reporter.unknown.suggest");
    expect(issue.params.suggestion).toBe("KZ");
    expect(issue.message).toContain('did you mean "KZ" (Kazakhstan)?');
    expect(unfilled(issue)).toEqual([]);
  });

  it("suggests the code in Russian with the Russian name", () => {
    const issue = only(
      validate(
        report((d) => (d.reporter = "KAZ")),
        { lang: "ru" },
      ),
    );
    expect(issue.message).toMatch(CYRILLIC);
    expect(issue.message).toContain('"KZ" (Казахстан)');
  });

  it("keeps the suggested name out of the params' language: formatIssue turns a Russian suggestion into the English one", () => {
    const en = only(
      validate(
        report((d) => (d.reporter = "KAZ")),
        { lang: "en" },
      ),
    );
    const ru = only(
      validate(
        report((d) => (d.reporter = "KAZ")),
        { lang: "ru" },
      ),
    );
    expect(formatIssue(ru, "en")).toBe(en.message);
  });

  it("does not suggest an unknown reporter code that resembles nothing", () => {
    const issue = only(validate(report((d) => (d.reporter = "XX"))));
    expect(issue.messageKey).toBe("reporter.unknown");
    expect(issue.params.suggestion).toBeUndefined();
  });

  it.each([
    ["an alpha-3 code", "TUR"],
    ["a former name", "Turkey"],
  ])("suggests TR for a partner written as %s", (_how, partner) => {
    const issue = only(validate(report((d) => (activity(d).partners = [partner]))));
    expect([issue.rule, issue.messageKey, issue.params.suggestion]).toEqual(["partner.unknown", "partner.unknown.suggest", "TR"]);
    expect(issue.path).toEqual([...ACT, "partners", 0]);
    expect(issue.message).toContain('"TR" (Türkiye)');
  });

  it("keeps the partner's suggested name out of the params' language: formatIssue turns a Russian suggestion into the English one", () => {
    const en = only(
      validate(
        report((d) => (activity(d).partners = ["Turkey"])),
        { lang: "en" },
      ),
    );
    const ru = only(
      validate(
        report((d) => (activity(d).partners = ["Turkey"])),
        { lang: "ru" },
      ),
    );
    expect(formatIssue(ru, "en")).toBe(en.message);
  });

  it("accepts an organisation as a partner", () => {
    expect(validate(report((d) => (activity(d).partners = ["osce", "TR"]))).issues).toEqual([]);
  });

  it("points at each bad partner of a list by its index", () => {
    const result = validate(report((d) => (activity(d).partners = ["TR", "QQ", "KZ"])));
    expect(summary(result)).toEqual([
      ["partner.unknown", [...ACT, "partners", 1], "error"],
      ["partner.is-reporter", [...ACT, "partners", 2], "error"],
    ]);
  });
});

describe("validateReport: catalogues, measures and statuses", () => {
  it("says that measure 3.4 of a cica@2021 report is in cica@2004", () => {
    const issue = only(validate(report((d) => (d.entries[0].measure = "3.4"))));
    expect([issue.rule, issue.messageKey]).toEqual(["measure.unknown", "measure.unknown.elsewhere"]);
    expect(issue.path).toEqual(["entries", 0, "measure"]);
    expect(issue.params.elsewhere).toEqual(["cica@2004"]);
    expect(issue.message).toContain("it is in cica@2004");
    expect(unfilled(issue)).toEqual([]);
  });

  it("says that measure 2.1.2 of a cica@2004 report is in cica@2021", () => {
    const result = validate(report((d) => (d.catalogue = "cica@2004")));
    expect(rulesOf(result)).toEqual(["catalogue.superseded", "measure.unknown"]);
    const issue = result.issues[1]!;
    expect(issue.messageKey).toBe("measure.unknown.elsewhere");
    expect(issue.params.elsewhere).toEqual(["cica@2021"]);
  });

  it("accepts measure 3.4 in a cica@2004 report, with the warning that cica@2021 superseded it", () => {
    const result = validate(report((d) => ((d.catalogue = "cica@2004"), (d.entries[0].measure = "3.4"))));
    expect(result.ok).toBe(true);
    expect(summary(result)).toEqual([["catalogue.superseded", ["catalogue"], "warning"]]);
  });

  it.each([
    ["env.1", "ENV.1"],
    ["Env.1", "ENV.1"],
    ["2.1.2 ", "2.1.2"],
    [" 2.1.2", "2.1.2"],
    ["2.1. 2", "2.1.2"],
    ["2.1.4.A", "2.1.4.a"],
    ["nctg.3", "NCTG.3"],
    ["\uFF12.\uFF11.\uFF12", "2.1.2"],
    ["ＨＵＭ．１", "HUM.1"],
  ])("suggests the measure %j → %j, in English and in Russian", (measure, suggestion) => {
    const issue = only(validate(report((d) => (d.entries[0].measure = measure))));
    expect([issue.rule, issue.severity, issue.messageKey, issue.params.suggestion]).toEqual([
      "measure.unknown",
      "error",
      "measure.unknown.suggest",
      suggestion,
    ]);
    expect(issue.params.measure).toBe(measure);
    expect(issue.message).toContain(`did you mean "${suggestion}"?`);
    const ru = formatIssue(issue, "ru");
    expect(ru).toMatch(CYRILLIC);
    expect(ru).toContain(`"${suggestion}"`);
    expect(unfilled(issue)).toEqual([]);
  });

  it.each([
    ["2.1.6", "a measure one slip from two others (2.1.5, 2.1.3): ids are not guessed by distance"],
    ["ENV.9", "a measure the version does not hold in any case"],
    ["2.1.4a", "a measure that differs by a missing dot"],
  ])("gives no suggestion for %j, %s", (measure) => {
    const issue = only(validate(report((d) => (d.entries[0].measure = measure))));
    expect([issue.rule, issue.messageKey, issue.params.suggestion]).toEqual(["measure.unknown", "measure.unknown", undefined]);
  });

  it.each([["CICA@2021"], ["cica@2021 "], ["Cica@\uFF12\uFF10\uFF12\uFF11"]])(
    "suggests the catalogue version cica@2021 for %j, in English and in Russian",
    (ref) => {
      const issue = only(validate(report((d) => (d.catalogue = ref))));
      expect([issue.rule, issue.messageKey, issue.params.suggestion]).toEqual(["catalogue.unknown", "catalogue.unknown.suggest", "cica@2021"]);
      expect(issue.message).toContain('did you mean "cica@2021"?');
      expect(formatIssue(issue, "ru")).toMatch(CYRILLIC);
      expect(unfilled(issue)).toEqual([]);
    },
  );

  it("lists the catalogue versions when the reference is no variant of one", () => {
    const issue = only(validate(report((d) => (d.catalogue = "cica@2022"))));
    expect([issue.messageKey, issue.params.suggestion, issue.params.known]).toEqual(["catalogue.unknown", undefined, ["cica@2004", "cica@2021"]]);
  });

  it("suggests nothing when two measures of a version differ only by case, as the variant is ambiguous", () => {
    const catalogue = defineCatalogue({
      id: "national-plan",
      version: "2025",
      title: { en: "National action plan" },
      measures: [
        { id: "A1", dimension: "human", title: { en: "Exchanges" } },
        { id: "a1", dimension: "human", title: { en: "Scholarships" } },
        { id: "B2", dimension: "human", title: { en: "Festivals" } },
      ],
    });
    const check = (measure: string) =>
      validateReport(
        report((d) => ((d.catalogue = "national-plan@2025"), (d.entries[0].measure = measure))),
        { catalogues: [catalogue], registry: cica.registry },
      ).issues[0]!;
    expect(check("A 1").params.suggestion).toBeUndefined();
    expect(check("b2").params.suggestion).toBe("B2");
  });

  it.each([
    ["Implemented", "implemented"],
    ["in_progress", "in-progress"],
    [" Not Applicable ", "not-applicable"],
    ["implemnted", "implemented"],
    ["Planed", "planned"],
    ["in progres", "in-progress"],
    ["ＩＭＰＬＥＭＥＮＴＥＤ", "implemented"],
    ["not\u3000applicable", "not-applicable"],
  ])("suggests the status %j → %j", (status, suggestion) => {
    const issue = only(validate(report((d) => (d.entries[0].status = status))));
    expect([issue.rule, issue.messageKey, issue.params.suggestion]).toEqual(["status.unknown", "status.unknown.suggest", suggestion]);
    expect(issue.message).toContain(`did you mean "${suggestion}"?`);
    expect(formatIssue(issue, "ru")).toMatch(CYRILLIC);
  });

  it("lists the whole vocabulary when no status is close", () => {
    const issue = only(validate(report((d) => (d.entries[0].status = "done"))));
    expect(issue.messageKey).toBe("status.unknown");
    expect(issue.params.known).toEqual(["not-started", "planned", "in-progress", "partially-implemented", "implemented", "not-applicable"]);
  });

  it("does not check measures or statuses against a catalogue it does not know", () => {
    const result = validate(report((d) => ((d.catalogue = "cica@2099"), (d.entries[0].measure = "9.9"), (d.entries[0].status = "done"))));
    expect(rulesOf(result)).toEqual(["catalogue.unknown"]);
  });

  it("flags every repeat of a measure against its first entry", () => {
    const result = validate(
      report((d) => d.entries.push({ measure: "2.1.3", status: "planned" }, { measure: "2.1.2", status: "planned" }, { measure: "2.1.2", status: "planned" })),
    );
    expect(summary(result)).toEqual([
      ["measure.duplicate", ["entries", 2, "measure"], "error"],
      ["measure.duplicate", ["entries", 3, "measure"], "error"],
    ]);
    expect(result.issues.map((issue) => issue.params.first)).toEqual([0, 0]);
  });
});

describe("validateReport: catalogue versions superseded for the year", () => {
  const cica2004 = cica.catalogues["cica@2004"];
  const cica2021 = cica.catalogues["cica@2021"];
  /** A version of the CICA catalogue defined for the test: one measure of its own unless told otherwise. */
  const version = (definition: Partial<CatalogueDefinition> & { version: string }): Catalogue =>
    defineCatalogue({
      id: "cica",
      title: { en: "CICA Catalogue" },
      measures: [{ id: "X.1", dimension: "human", title: { en: "Exchanges" } }],
      ...definition,
    });
  /** The base report on `ref` for `year`, its one entry on `measure`, validated against `catalogues`. */
  const on = (ref: string, year: number, measure: string, catalogues: readonly Catalogue[] = [cica2004, cica2021]) =>
    validateReport(
      reportFor("KZ", year, (d) => ((d.catalogue = ref), (d.entries[0].measure = measure))),
      { catalogues, registry: cica.registry },
    );
  const superseded = (result: ValidationResult) => result.issues.filter((issue) => issue.rule === "catalogue.superseded").map((issue) => issue.params.by);

  it("warns from the year after the successor's adoption on, never in the year of adoption or before", () => {
    expect(superseded(on("cica@2004", 2020, "3.4"))).toEqual([]);
    expect(superseded(on("cica@2004", 2021, "3.4"))).toEqual([]);
    expect(superseded(on("cica@2004", 2022, "3.4"))).toEqual(["cica@2021"]);
  });

  it("never warns on the version that supersedes", () => {
    expect(superseded(on("cica@2021", 2025, "2.1.2"))).toEqual([]);
  });

  it("keeps a report on the superseded version ok, with the warning in Russian as well", () => {
    const input = reportFor("KZ", 2025, (d) => ((d.catalogue = "cica@2004"), (d.entries[0].measure = "3.4")));
    const ru = only(validate(input, { lang: "ru" }));
    expect([ru.rule, ru.severity]).toEqual(["catalogue.superseded", "warning"]);
    expect(ru.message).toMatch(CYRILLIC);
    expect(ru.message).toContain("cica@2021");
    expect(ru.message).toContain("2021-10-12");
    expect(validate(input).ok).toBe(true);
  });

  it("does not let a stub, a version with headings only or one without an adoption date supersede", () => {
    const stub = version({ version: "2021", supersedes: "cica@2004", adopted: "2021-10-12", measures: [] });
    const headings = version({
      version: "2021",
      supersedes: "cica@2004",
      adopted: "2021",
      measures: [{ id: "H", dimension: "human", kind: "measure-group", title: { en: "Heading" } }],
    });
    const undated = version({ version: "2021", supersedes: "cica@2004" });
    for (const successor of [stub, headings, undated]) expect(superseded(on("cica@2004", 2025, "3.4", [cica2004, successor]))).toEqual([]);
  });

  it("answers for each frozen list of catalogues apart, however often and in whatever order they are used", () => {
    const stub = version({ version: "2021", supersedes: "cica@2004", adopted: "2021-10-12", measures: [] });
    const withStub = Object.freeze([cica2004, stub]);
    const withMeasures = Object.freeze([cica2004, cica2021]);
    for (let round = 0; round < 2; round++) {
      expect(superseded(on("cica@2004", 2025, "3.4", withStub))).toEqual([]);
      expect(superseded(on("cica@2004", 2025, "3.4", withMeasures))).toEqual(["cica@2021"]);
    }
  });

  it("names, of two versions that supersede the same one, the later adopted, and of two adopted the same day the first by reference", () => {
    const early = version({ version: "2022", supersedes: "cica@2004", adopted: "2022-03-01" });
    const late = version({ version: "2023", supersedes: "cica@2004", adopted: "2023-03-01" });
    for (const catalogues of [
      [cica2004, early, late],
      [cica2004, late, early],
    ])
      expect(superseded(on("cica@2004", 2025, "3.4", catalogues))[0]).toBe("cica@2023");
    const a = version({ version: "2023a", supersedes: "cica@2004", adopted: "2023-03-01" });
    const b = version({ version: "2023b", supersedes: "cica@2004", adopted: "2023-03-01" });
    for (const catalogues of [
      [cica2004, a, b],
      [cica2004, b, a],
    ])
      expect(superseded(on("cica@2004", 2025, "3.4", catalogues))[0]).toBe("cica@2023a");
  });

  it("does not warn when the successor is not in the context", () => {
    expect(superseded(on("cica@2004", 2025, "3.4", [cica2004]))).toEqual([]);
  });

  it("names the latest version adopted before the year along the supersedes chain, through a stub", () => {
    const stub = version({ version: "2028", supersedes: "cica@2021", adopted: "2028", measures: [] });
    const later = version({ version: "2030", supersedes: "cica@2028", adopted: "2030-05" });
    const all = [cica2004, cica2021, stub, later];
    expect(superseded(on("cica@2004", 2025, "3.4", all))).toEqual(["cica@2021"]);
    expect(superseded(on("cica@2004", 2031, "3.4", all))).toEqual(["cica@2030"]);
    expect(superseded(on("cica@2021", 2030, "2.1.2", all))).toEqual([]);
    expect(superseded(on("cica@2021", 2031, "2.1.2", all))).toEqual(["cica@2030"]);
    // The stub supersedes nothing itself, and is superseded like any version.
    expect(superseded(on("cica@2028", 2031, "X.1", all))).toEqual(["cica@2030"]);
  });

  it("ends a supersedes chain that loops", () => {
    const a = version({ version: "a", supersedes: "cica@b", adopted: "2001" });
    const b = version({ version: "b", supersedes: "cica@a", adopted: "2002" });
    expect(superseded(on("cica@a", 2025, "X.1", [a, b]))).toEqual(["cica@b"]);
    expect(superseded(on("cica@b", 2025, "X.1", [a, b]))).toEqual(["cica@a"]);
  });
});

describe("validateReport: a year that has not ended", () => {
  it("checks the year against today only when the context gives today", () => {
    const input = report((d) => (d.submittedOn = "2025-06-01"));
    expect(validate(input).issues).toEqual([]);
    expect(summary(validate(input, { today: "2025-06-01" }))).toEqual([["year.not-ended", ["year"], "warning"]]);
  });

  it("warns on a report on a year that has not begun, beside the error on its submission date", () => {
    const result = validate(reportFor("KZ", 2027), { today: "2026-06-01" });
    expect(summary(result)).toEqual([
      ["year.not-ended", ["year"], "warning"],
      ["submitted.in-future", ["submittedOn"], "error"],
    ]);
  });
});

describe("validateReport: entries coverage does not count", () => {
  it("warns on an entry on either heading of cica@2021 (2.1.1 and 2.1.4), listing its sub-items", () => {
    const result = validate(report((d) => d.entries.push({ measure: "2.1.1", status: "planned" }, { measure: "2.1.4", status: "implemented" })));
    expect(result.ok).toBe(true);
    expect(summary(result)).toEqual([
      ["measure.heading", ["entries", 1, "measure"], "warning"],
      ["measure.heading", ["entries", 2, "measure"], "warning"],
    ]);
    expect(result.issues[0]!.params.items).toEqual(["2.1.1.a", "2.1.1.b", "2.1.1.c", "2.1.1.d"]);
    expect(formatIssue(result.issues[0]!, "ru")).toContain("2.1.1.a, 2.1.1.b, 2.1.1.c, 2.1.1.d");
  });

  it("does not warn on a measure under a heading, nor on a priority of a dimension", () => {
    const result = validate(report((d) => d.entries.push({ measure: "2.1.1.a", status: "planned" }, { measure: "ENV.1", status: "implemented" })));
    expect(result.issues).toEqual([]);
  });

  it("flags a status outside the scale with activities in a vocabulary of its own, and not a status on the scale", () => {
    const catalogue = defineCatalogue({
      id: "national-plan",
      version: "2025",
      title: { en: "National action plan" },
      measures: [{ id: "1", dimension: "human", title: { en: "Exchanges" } }],
      statuses: [
        { id: "open", label: { en: "Open" }, score: 0 },
        { id: "done", label: { en: "Done" }, score: 1 },
        { id: "not-relevant", label: { en: "Not relevant" }, score: null },
      ],
    });
    const check = (status: string) =>
      rulesOf(
        validateReport(
          report((d) => ((d.catalogue = "national-plan@2025"), (d.entries[0].measure = "1"), (d.entries[0].status = status))),
          {
            catalogues: [catalogue],
            registry: cica.registry,
          },
        ),
      );
    expect(check("not-relevant")).toEqual(["status.unscored-with-activities"]);
    expect(check("open")).toEqual([]);
    expect(check("done")).toEqual([]);
  });

  it("counts every activity of a not-applicable entry, and accepts one with an empty list of activities", () => {
    const two = only(validate(report((d) => ((d.entries[0].status = "not-applicable"), d.entries[0].activities.push({ ...BASE.entries[0].activities[0] })))));
    expect([two.rule, two.params.count]).toEqual(["status.unscored-with-activities", 2]);
    expect(validate(report((d) => ((d.entries[0].status = "not-applicable"), (d.entries[0].activities = [])))).issues).toEqual([]);
  });
});

describe("validateReport: dates", () => {
  it("checks submittedOn against today only when the context gives today", () => {
    const future = report((d) => (d.submittedOn = "2999-01-01"));
    expect(validate(future).issues).toEqual([]);
    const issue = only(validate(future, { today: "2026-11-28" }));
    expect([issue.rule, issue.params.today, issue.params.submittedOn]).toEqual(["submitted.in-future", "2026-11-28", "2999-01-01"]);
  });

  it.each([
    ["an activity's start that is not a date", (d: Draft) => (activity(d).from = "2025-4-10"), [...ACT, "from"]],
    ["an activity's end on 29 February of a common year", (d: Draft) => (activity(d).to = "2025-02-29"), [...ACT, "to"]],
    ["a submittedOn with a time", (d: Draft) => (d.submittedOn = "2026-03-01T10:00:00Z"), ["submittedOn"]],
  ])("flags %s as field.date", (_name, edit, path) => {
    expect(summary(validate(report(edit)))).toEqual([["field.date", path, "error"]]);
  });

  it("accepts 29 February of a leap year", () => {
    expect(validate(report((d) => (activity(d).to = "2028-02-29"))).issues.map((i) => i.rule)).toEqual([]);
  });

  it("accepts an activity that starts in the year and ends after it", () => {
    expect(validate(report((d) => Object.assign(activity(d), { from: "2025-12-30", to: "2026-01-02" }))).issues).toEqual([]);
  });
});

describe("validateReport: nil reports", () => {
  it("rejects a nil report with entries", () => {
    expect(summary(validate(report((d) => (d.nil = true))))).toEqual([["nil.with-entries", ["entries"], "error"]]);
  });

  it("rejects a report that is not nil and has no entries", () => {
    expect(summary(validate(report((d) => ((d.entries = []), (d.nil = false)))))).toEqual([["entries.empty", ["entries"], "error"]]);
  });

  it("accepts a nil report with no entries", () => {
    const result = validate(report((d) => ((d.nil = true), (d.entries = []))));
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
  });
});

describe("validateReport: structure", () => {
  it.each([
    ["an array", []],
    ["a string", "report"],
    ["a number", 42],
    ["undefined", undefined],
    ["a Map", new Map()],
    ["a Date", new Date(0)],
  ])("rejects %s as report.type at the root", (_name, input) => {
    expect(summary(validate(input))).toEqual([["report.type", [], "error"]]);
  });

  it.each(["schema", "id", "reporter", "catalogue", "year", "revision", "submittedOn", "entries"])("flags a missing %s at its own key", (key) => {
    const issue = only(validate(report((d) => delete d[key])));
    expect([issue.rule, issue.path]).toEqual(["field.missing", [key]]);
    expect(issue.message).toContain(`"${key}"`);
  });

  it.each([
    ["nil as text", (d: Draft) => (d.nil = "yes"), ["nil"], "true or false"],
    ["entries as an object", (d: Draft) => (d.entries = {}), ["entries"], "a list"],
    ["id as a number", (d: Draft) => (d.id = 5), ["id"], "a text"],
    ["extensions as a list", (d: Draft) => (d.extensions = []), ["extensions"], "an object"],
    ["revision as a fraction", (d: Draft) => (d.revision = 1.5), ["revision"], "an integer"],
    ["an entry as a number", (d: Draft) => (d.entries[0] = 5), ["entries", 0], "an object"],
    ["partners as text", (d: Draft) => (activity(d).partners = "TR"), [...ACT, "partners"], "a list"],
  ])("flags %s as field.type saying what it must be", (_name, edit, path, expected) => {
    const issue = only(validate(report(edit)));
    expect([issue.rule, issue.path]).toEqual(["field.type", path]);
    expect(issue.params.expected).toBe(expected);
    expect(issue.message).toContain(`must be ${expected}`);
  });

  it.each([
    ["an entry", (d: Draft) => (d.entries[0].note = 1), ["entries", 0, "note"], "an entry", "записи"],
    ["an activity", (d: Draft) => (activity(d).note = 1), [...ACT, "note"], "an activity", "мероприятия"],
    [
      "an evidence link",
      (d: Draft) => (activity(d).evidence = [{ uri: "https://example.org", note: 1 }]),
      [...ACT, "evidence", 0, "note"],
      "an evidence link",
      "ссылки на подтверждение",
    ],
  ])("flags an unknown key of %s, naming what it is not a field of", (_name, edit, path, where, whereRu) => {
    const issue = only(validate(report(edit)));
    expect([issue.rule, issue.path, issue.messageKey]).toEqual(["field.unknown", path, "field.unknown"]);
    expect(issue.message).toContain(`is not a field of ${where}`);
    expect(formatIssue(issue, "ru")).toContain(whereRu);
  });

  it("flags a top-level __proto__ key from JSON.parse as field.unknown, and nothing else", () => {
    const input = JSON.parse(`{"__proto__": {"admin": true}, ${JSON.stringify(BASE).slice(1)}`);
    expect(Object.keys(input)).toContain("__proto__");
    const issue = only(validate(input));
    expect([issue.rule, issue.path, issue.messageKey]).toEqual(["field.unknown", ["__proto__"], "field.unknown.top"]);
    expect(issue.message).toContain('"__proto__"');
  });

  it("flags a __proto__ key of an entry from JSON.parse as field.unknown", () => {
    const input = JSON.parse(JSON.stringify(BASE).replace('"measure"', '"__proto__": {"x": 1}, "measure"'));
    expect(summary(validate(input))).toEqual([["field.unknown", ["entries", 0, "__proto__"], "error"]]);
  });

  it.each([
    ["file:", "file:///etc/passwd"],
    ["ftp:", "ftp://example.org/a"],
    ["a scheme with no address", "https://"],
    ["a link with a space", "https://example.org/a b"],
  ])("rejects a %s evidence link", (_name, uri) => {
    expect(summary(validate(report((d) => (activity(d).evidence = [{ uri }]))))).toEqual([["evidence.scheme", [...ACT, "evidence", 0, "uri"], "error"]]);
  });

  it.each([
    ["a NUL", "https://example.org/\u0000x", "U+0000"],
    ["a line feed", "https://example.org/\njavascript:alert(1)", "U+000A"],
    ["a DEL", "https://example.org/\u007F", "U+007F"],
    ["a C1 control", "https://example.org/\u0085", "U+0085"],
    ["a soft hyphen", "https://exam\u00ADple.org", "U+00AD"],
    ["an Arabic letter mark", "https://example.org/\u061C", "U+061C"],
    ["a zero-width space", "https://exam\u200Bple.org", "U+200B"],
    ["a zero-width non-joiner", "https://exam\u200Cple.org", "U+200C"],
    ["a zero-width joiner", "https://exam\u200Dple.org", "U+200D"],
    ["a left-to-right mark", "https://example.org\u200E", "U+200E"],
    ["a right-to-left mark", "urn:isbn:\u200F0451450523", "U+200F"],
    ["a left-to-right embedding", "https://example.org/\u202A", "U+202A"],
    ["a right-to-left override", "https://example.org/\u202Egpj.exe", "U+202E"],
    ["a word joiner", "https://example.org/\u2060", "U+2060"],
    ["an invisible separator", "https://example.org/\u2063", "U+2063"],
    ["a left-to-right isolate", "https://example.org/\u2066", "U+2066"],
    ["a pop directional isolate", "https://example.org/\u2069", "U+2069"],
    ["a Mongolian vowel separator", "https://example.org/\u180E", "U+180E"],
    ["an interlinear annotation anchor", "https://example.org/\uFFF9", "U+FFF9"],
  ])("rejects an evidence link holding %s as evidence.unsafe-character, naming the code point", (_name, uri, char) => {
    const issue = only(validate(report((d) => (activity(d).evidence = [{ uri }]))));
    expect([issue.rule, issue.path, issue.params.char]).toEqual(["evidence.unsafe-character", [...ACT, "evidence", 0, "uri"], char]);
    expect(issue.message).not.toContain(uri);
  });

  it("gives both evidence.unsafe-character and evidence.scheme to a javascript: link with a zero-width space, and echoes neither character", () => {
    const result = validate(
      report((d) => (activity(d).evidence = [{ uri: "java\u200Bscript:alert(1)\u202E" }])),
      { lang: "ru" },
    );
    expect(summary(result)).toEqual([
      ["evidence.unsafe-character", [...ACT, "evidence", 0, "uri"], "error"],
      ["evidence.scheme", [...ACT, "evidence", 0, "uri"], "error"],
    ]);
    expect(result.issues[0]!.params).toMatchObject({ char: "U+200B", position: 5 });
    expect(result.issues[1]!.message).toContain("java\\u200bscript:alert(1)\\u202e");
    for (const issue of result.issues) expect(issue.message).not.toMatch(/[\u200B\u202E]/u);
  });

  it("counts the place of an unsafe character in code points, an emoji before it counting once", () => {
    const issue = only(validate(report((d) => (activity(d).evidence = [{ uri: "https://example.org/😀\u200B" }]))));
    expect(issue.params.position).toBe([..."https://example.org/😀"].length + 1);
  });

  it("accepts an evidence link in Cyrillic, and one whose marks are percent-escaped", () => {
    const evidence = ["https://пример.рф/отчёт", "https://example.org/%E2%80%AE", "urn:isbn:0451450523"].map((uri) => ({ uri }));
    expect(validate(report((d) => (activity(d).evidence = evidence))).issues).toEqual([]);
  });

  it("accepts http, https and urn links in any case", () => {
    const evidence = ["http://a.org", "HTTPS://a.org/x", "urn:isbn:0451450523", "URN:uuid:1"].map((uri) => ({ uri, title: "Press" }));
    expect(validate(report((d) => (activity(d).evidence = evidence))).issues).toEqual([]);
  });

  it("flags a year above 9999 as field.value", () => {
    expect(summary(validate(report((d) => (d.year = 10000))))).toEqual([["field.value", ["year"], "error"]]);
  });

  it("flags a negative revision as revision.below-one", () => {
    expect(summary(validate(report((d) => (d.revision = -1))))).toEqual([["revision.below-one", ["revision"], "error"]]);
  });

  it("flags a year beyond the safe integers once, not twice", () => {
    expect(summary(validate(report((d) => (d.year = 2 ** 53))))).toEqual([["field.value", ["year"], "error"]]);
  });

  it("flags a revision beyond the safe integers without quoting the year's range 1000–9999", () => {
    const issue = only(validate(report((d) => (d.revision = 2 ** 53))));
    expect(issue.path).toEqual(["revision"]);
    expect(issue.message).not.toContain("between 1000 and 9999");
  });
});

describe("validateReport: extensions", () => {
  it("keeps __proto__ and constructor keys under extensions, with a warning each, in a report that is ok", () => {
    const extensions = JSON.parse('{"__proto__": {"admin": true}, "constructor": {"prototype": 1}, "note": "x"}');
    const input = report((d) => (d.extensions = extensions));
    const result = validate(input);
    expect(summary(result)).toEqual([
      ["extensions.unsafe-key", ["extensions", "__proto__"], "warning"],
      ["extensions.unsafe-key", ["extensions", "constructor"], "warning"],
      ["extensions.unsafe-key", ["extensions", "constructor", "prototype"], "warning"],
    ]);
    if (!result.ok) throw new Error("warnings only should be ok");
    const kept = result.report.extensions!;
    expect(Object.keys(kept)).toEqual(["__proto__", "constructor", "note"]);
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(kept, "__proto__")?.value).toEqual({ admin: true });
    expect(JSON.stringify(result.report)).toBe(JSON.stringify(input));
    expect(JSON.parse(JSON.stringify(result.report))).toEqual(JSON.parse(JSON.stringify(input)));
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it("flags a cyclic extensions value as extensions.not-json at the key that closes the cycle", () => {
    const input = report((d) => {
      d.extensions = { meta: { tags: ["a"] } };
      d.extensions.meta.parent = d.extensions;
    });
    const issue = only(validate(input));
    expect([issue.rule, issue.path, issue.params.reason]).toEqual(["extensions.not-json", ["extensions", "meta", "parent"], "a cycle"]);
    expect(formatIssue(issue, "ru")).toContain("цикл");
  });

  it("accepts the same object twice under extensions when it is no cycle", () => {
    const shared = { a: 1 };
    expect(validate(report((d) => (d.extensions = { x: shared, y: [shared, shared] }))).issues).toEqual([]);
  });

  it.each([
    ["Infinity", Number.POSITIVE_INFINITY, "Infinity"],
    ["-Infinity", Number.NEGATIVE_INFINITY, "-Infinity"],
    ["a function", () => 1, "a function"],
    ["undefined", undefined, "undefined"],
    ["a bigint", 1n, "bigint"],
    ["a symbol", Symbol("s"), "symbol"],
    ["a Date", new Date(0), "Date"],
    ["a Map", new Map(), "Map"],
    ["a Set", new Set(), "Set"],
  ])("flags %s under extensions as not JSON", (_name, value, reason) => {
    const issue = only(validate(report((d) => (d.extensions = { list: [value] }))));
    expect([issue.rule, issue.path, issue.params.reason]).toEqual(["extensions.not-json", ["extensions", "list", 0], reason]);
  });

  it("flags extensions deeper than the limit once, at the first object too deep", () => {
    const issue = only(validate(report((d) => (d.extensions = nested(REPORT_LIMITS.extensionDepth + 5)))));
    expect(issue.rule).toBe("extensions.too-deep");
    expect(issue.path).toHaveLength(REPORT_LIMITS.extensionDepth + 2);
  });

  it("stops counting at the node limit with one extensions.too-large", () => {
    const input = report((d) => (d.extensions = { values: Array.from({ length: REPORT_LIMITS.extensionNodes * 2 }, () => Number.NaN) }));
    const result = validate(input);
    expect(result.issues.filter((issue) => issue.rule === "extensions.too-large")).toHaveLength(1);
    expect(result.issues.length).toBeLessThanOrEqual(REPORT_LIMITS.extensionNodes + 1);
  });
});

describe("validateReport: limits", () => {
  it("gives one field.too-many for too many entries and no issue past the limit", () => {
    const entries: unknown[] = Array.from({ length: REPORT_LIMITS.entries }, (_, i) => ({ measure: `M${i}`, status: "implemented" }));
    entries.push(5, { measure: "M0", status: "implemented", extra: true }, { measure: "", status: 1 });
    const result = validate(report((d) => ((d.catalogue = "cica@2099"), (d.entries = entries))));
    expect(summary(result)).toEqual([
      ["field.too-many", ["entries"], "error"],
      ["catalogue.unknown", ["catalogue"], "error"],
    ]);
    expect(result.issues[0]!.params).toMatchObject({ length: REPORT_LIMITS.entries + 3, max: REPORT_LIMITS.entries });
    expect(result.issues[0]!.message).toContain(`has ${REPORT_LIMITS.entries + 3} items; the limit is ${REPORT_LIMITS.entries}`);
  });

  it("checks every entry up to the limit", () => {
    const entries: unknown[] = Array.from({ length: REPORT_LIMITS.entries }, (_, i) => ({ measure: `M${i}`, status: "implemented" }));
    entries[REPORT_LIMITS.entries - 1] = 5;
    const result = validate(report((d) => ((d.catalogue = "cica@2099"), (d.entries = entries))));
    expect(summary(result)).toEqual([
      ["field.type", ["entries", REPORT_LIMITS.entries - 1], "error"],
      ["catalogue.unknown", ["catalogue"], "error"],
    ]);
  });

  it("gives one field.too-many for too many activities and none past the limit", () => {
    const activities: unknown[] = Array.from({ length: REPORT_LIMITS.activities }, () => structuredClone(BASE.entries[0].activities[0]));
    activities.push({ title: "", kind: 5, from: "x", partners: ["KZ"] });
    const result = validate(report((d) => (d.entries[0].activities = activities)));
    expect(summary(result)).toEqual([["field.too-many", ["entries", 0, "activities"], "error"]]);
  });

  it("gives one field.too-many for too many evidence links and none past the limit", () => {
    const evidence: unknown[] = Array.from({ length: REPORT_LIMITS.evidence }, () => ({ uri: "https://example.org" }));
    evidence.push({ uri: "javascript:x" });
    expect(summary(validate(report((d) => (activity(d).evidence = evidence))))).toEqual([["field.too-many", [...ACT, "evidence"], "error"]]);
  });

  it("gives no partner issue past the partner limit", () => {
    const partners = [...Array.from({ length: REPORT_LIMITS.partners }, () => "TR"), "QQ", "KZ"];
    expect(summary(validate(report((d) => (activity(d).partners = partners))))).toEqual([["field.too-many", [...ACT, "partners"], "error"]]);
  });

  const pad = (prefix: string, length: number) => prefix + "x".repeat(length - prefix.length);
  it.each([
    ["id", REPORT_LIMITS.id, (d: Draft, v: string) => (d.id = v), ["id"]],
    ["an activity title", REPORT_LIMITS.title, (d: Draft, v: string) => (activity(d).title = v), [...ACT, "title"]],
    ["an activity kind", REPORT_LIMITS.kind, (d: Draft, v: string) => (activity(d).kind = v), [...ACT, "kind"]],
    ["a venue", REPORT_LIMITS.venue, (d: Draft, v: string) => (activity(d).venue = v), [...ACT, "venue"]],
    ["remarks", REPORT_LIMITS.remarks, (d: Draft, v: string) => (d.entries[0].remarks = v), ["entries", 0, "remarks"]],
    [
      "an evidence title",
      REPORT_LIMITS.title,
      (d: Draft, v: string) => (activity(d).evidence = [{ uri: "https://a.org", title: v }]),
      [...ACT, "evidence", 0, "title"],
    ],
    [
      "an evidence uri",
      REPORT_LIMITS.uri,
      (d: Draft, v: string) => (activity(d).evidence = [{ uri: pad("https://a.org/", v.length) }]),
      [...ACT, "evidence", 0, "uri"],
    ],
  ])("flags %s one character over its limit (%i) as too long, and accepts it at the limit", (_name, max, set, path) => {
    // A kind of x's is outside the vocabulary of kinds, which is a warning of its own, not a length.
    expect(validate(report((d) => set(d, "x".repeat(max)))).issues.filter((i) => i.rule !== "activity.kind-unknown")).toEqual([]);
    const issue = only(validate(report((d) => set(d, "x".repeat(max + 1)))));
    expect([issue.rule, issue.path, issue.params.length, issue.params.max]).toEqual(["field.too-long", path, max + 1, max]);
  });

  it("counts lengths in code points, as REPORT_LIMITS documents: an emoji is one character", () => {
    expect(validate(report((d) => (d.id = "😀".repeat(REPORT_LIMITS.id)))).issues).toEqual([]);
    const issue = only(validate(report((d) => (d.id = "😀".repeat(REPORT_LIMITS.id + 1)))));
    expect([issue.rule, issue.path, issue.params.length, issue.params.max]).toEqual(["field.too-long", ["id"], REPORT_LIMITS.id + 1, REPORT_LIMITS.id]);
  });
});

describe("validateReport: hostile objects", () => {
  it("reports a revoked Proxy as report.type instead of throwing", () => {
    const { proxy, revoke } = Proxy.revocable(report(), {});
    revoke();
    expect(summary(validate(proxy))).toEqual([["report.type", [], "error"]]);
  });

  it("reports extensions whose keys cannot be read as report.type instead of throwing", () => {
    const input = report(
      (d) =>
        (d.extensions = new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error("no keys");
            },
          },
        )),
    );
    expect(summary(validate(input))).toEqual([["report.type", [], "error"]]);
  });

  it("reports a getter that throws on first read as report.type instead of throwing", () => {
    const input = report();
    Object.defineProperty(input, "id", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    expect(summary(validate(input))).toEqual([["report.type", [], "error"]]);
  });

  it("never throws, even on a getter that throws only when the report is copied", () => {
    const input = report();
    let reads = 0;
    Object.defineProperty(input, "id", {
      enumerable: true,
      get: () => {
        if (++reads > 1) throw new Error("boom");
        return "KZ-2025";
      },
    });
    expect(thrown(() => validate(input))).toBeUndefined();
  });

  it("applies the registry rules to a reporter defined by a getter, as it does to a data property", () => {
    const input = report();
    Object.defineProperty(input, "reporter", { enumerable: true, get: () => "XX" });
    const result = validate(input);
    expect(rulesOf(result)).toEqual(["reporter.unknown"]);
    expect(result.ok).toBe(false);
  });
});

describe("validateReport: misuse of the context", () => {
  it.each([
    ["no context", undefined],
    ["null", null],
    ["an empty object", {}],
    ["catalogues but no registry", { catalogues: cica.catalogues }],
    ["a null registry", { catalogues: cica.catalogues, registry: null }],
    ["catalogues that are not catalogues", { catalogues: [{ ref: 1 }], registry: cica.registry }],
    ["a registry but no catalogues", { registry: cica.registry }],
    ["null catalogues", { catalogues: null, registry: cica.registry }],
    ["catalogues that are a number", { catalogues: 5, registry: cica.registry }],
    ["an unknown language", { ...cica, lang: "fr" }],
    // Malformed parts: each must fail the call once, not every report as "cannot be read".
    ["an empty registry object", { ...cica, registry: {} }],
    ["a registry whose participants are not a list", { ...cica, registry: { participants: "KZ" } }],
    ["a registry with a participant without a name", { ...cica, registry: { participants: [{ ...cica.registry.participants[0], name: undefined }] } }],
    ["a registry with a participant without a history", { ...cica, registry: { participants: [{ ...cica.registry.participants[0], history: undefined }] } }],
    ["a registry with a null participant", { ...cica, registry: { participants: [null] } }],
    ["a catalogue without measures", { ...cica, catalogues: [{ ...cica.catalogues["cica@2021"], measures: undefined }] }],
    ["a catalogue with a null status", { ...cica, catalogues: [{ ...cica.catalogues["cica@2021"], statuses: [null] }] }],
    ["a schema object without safeParse", { ...cica, schema: {} }],
    ["a schema that is a function", { ...cica, schema: () => true }],
  ])("throws a CbmError invalid-argument for %s", (_name, context) => {
    const error = thrown(() => validateReport(report(), context as unknown as ValidationContext));
    expect(isCbmError(error)).toBe(true);
    expect((error as { code: string }).code).toBe("invalid-argument");
    // The message names the function called, so that a caller deep in a form's code finds it.
    expect((error as Error).message.startsWith("validateReport: ")).toBe(true);
  });

  it.each([
    ["an empty registry object", { ...cica, registry: {} }],
    ["a schema object without safeParse", { ...cica, schema: {} }],
  ])("throws the same CbmError from recordReport and ledgerFromJSON for %s", (_name, context) => {
    for (const [name, call] of [
      ["recordReport", () => recordReport(createLedger(), report(), context as unknown as ValidationContext)],
      ["ledgerFromJSON", () => ledgerFromJSON({ schema: "cica-cbm/ledger@1", reports: [report()] }, context as unknown as ValidationContext)],
    ] as const) {
      const error = thrown(call);
      expect(isCbmError(error)).toBe(true);
      expect((error as { code: string }).code).toBe("invalid-argument");
      expect((error as Error).message.startsWith(`${name}: `)).toBe(true);
    }
  });

  it("reads each frozen list of catalogues as its own, once read with another", () => {
    const rules = (catalogues: ValidationContext["catalogues"]) => validateReport(report(), { ...cica, catalogues }).issues.map((issue) => issue.rule);
    const only2021 = Object.freeze([cica.catalogues["cica@2021"]]);
    expect(rules(Object.freeze([]))).toEqual(["catalogue.unknown"]);
    expect(rules(only2021)).toEqual([]);
    expect(rules(Object.freeze([]))).toEqual(["catalogue.unknown"]);
    expect(rules(only2021)).toEqual([]);
  });

  it("accepts a registry and catalogues that are well formed but not frozen", () => {
    const registry = { ...cica.registry, participants: [...cica.registry.participants] };
    expect(validateReport(report(), { ...cica, registry, catalogues: [{ ...cica.catalogues["cica@2021"] }] }).issues).toEqual([]);
  });

  it.each(["2026-02-30", "tomorrow", "2026-3-1", "26-03-01"])("throws a CbmError invalid-date for today %j", (today) => {
    const error = thrown(() => validate(report(), { today }));
    expect(isCbmError(error)).toBe(true);
    expect((error as { code: string }).code).toBe("invalid-date");
  });

  it("accepts the catalogues as a list", () => {
    expect(validateReport(report(), { catalogues: Object.values(cica.catalogues), registry: cica.registry }).issues).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe("groupIssues", () => {
  // An observer (warning found first), four unknown partners and two activities outside the year.
  const input = reportFor("SA", 2024, (d) => {
    activity(d).partners = ["QQ", "QR", "QS", "QT"];
    d.entries[0].activities.push({ title: "Seminar", kind: "seminar", from: "2023-05-01" }, { title: "Drill", kind: "exercise", from: "2022-05-01" });
  });
  const { issues } = validate(input);

  it("puts errors first, then warnings, each in the order first found", () => {
    expect(issues[0]!.severity).toBe("warning");
    expect(groupIssues(issues).map((group) => [group.rule, group.severity])).toEqual([
      ["partner.unknown", "error"],
      ["reporter.observer", "warning"],
      ["activity.outside-year", "warning"],
    ]);
  });

  it("counts every issue of a rule", () => {
    expect(groupIssues(issues).map((group) => group.count)).toEqual([4, 1, 2]);
  });

  it("keeps at most three paths per rule by default, the first ones found", () => {
    const [partners] = groupIssues(issues);
    expect(partners!.paths).toEqual([0, 1, 2].map((p) => [...ACT, "partners", p]));
  });

  it("keeps at most `examples` paths", () => {
    expect(groupIssues(issues, { examples: 1 }).map((group) => group.paths.length)).toEqual([1, 1, 1]);
    expect(groupIssues(issues, { examples: 10 })[0]!.paths).toHaveLength(4);
  });

  it("shows the first issue's own message when no language is given", () => {
    const ru = validate(input, { lang: "ru" }).issues;
    expect(groupIssues(ru)[0]!.message).toBe(ru.find((issue) => issue.rule === "partner.unknown")!.message);
    expect(groupIssues(ru)[0]!.message).toMatch(CYRILLIC);
  });

  it("renders the message again in the language asked for", () => {
    const groups = groupIssues(issues, { lang: "ru" });
    expect(groups[0]!.message).toMatch(CYRILLIC);
    expect(groups[0]!.message).toBe(formatIssue(issues.find((issue) => issue.rule === "partner.unknown")!, "ru"));
    const back = groupIssues(validate(input, { lang: "ru" }).issues, { lang: "en" });
    expect(back[0]!.message).toBe(issues.find((issue) => issue.rule === "partner.unknown")!.message);
  });

  it("gives no group for no issues", () => {
    expect(groupIssues([])).toEqual([]);
  });
});

describe("formatIssue", () => {
  it("renders an issue in either language from its key and params, whatever language it came in", () => {
    const en = only(
      validate(
        report((d) => (d.submittedOn = "2026-02-30")),
        { lang: "en" },
      ),
    );
    const ru = only(
      validate(
        report((d) => (d.submittedOn = "2026-02-30")),
        { lang: "ru" },
      ),
    );
    expect(formatIssue(en, "ru")).toBe(ru.message);
    expect(formatIssue(ru, "en")).toBe(en.message);
    expect(formatIssue(ru, "ru")).toBe(ru.message);
  });

  it("fills the params into a hand-made issue and translates the terms it knows", () => {
    // Params are raw: the template quotes the field and a text received; the field is named in words.
    const issue = { messageKey: "field.type.text", params: { field: "year", expected: "an integer", received: "2025" } };
    expect(formatIssue(issue, "en")).toBe('The year reported on ("year") must be an integer; it is "2025".');
    expect(formatIssue(issue, "ru")).toBe('Поле «год отчёта» ("year") должно быть целым числом; получено: "2025".');
  });

  it("shows a number received as the number, unquoted, and a kind of value translated", () => {
    expect(formatIssue({ messageKey: "field.type", params: { field: "entries[0].status", expected: "a text", received: 3 } }, "en")).toBe(
      'The status of entry 1 ("entries[0].status") must be a text; it is 3.',
    );
    expect(formatIssue({ messageKey: "field.type", params: { field: "year", expected: "an integer", received: "a list" } }, "ru")).toBe(
      'Поле «год отчёта» ("year") должно быть целым числом; получено: список.',
    );
  });

  it("joins list params with commas", () => {
    const issue = { messageKey: "catalogue.unknown", params: { received: "x", known: ["cica@2004", "cica@2021"] } };
    expect(formatIssue(issue, "en")).toBe('Catalogue "x" is not known here; use one of: cica@2004, cica@2021.');
  });
});

describe("validateReport: codes that are prototype names or hold a NUL", () => {
  const NAMES = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "__defineGetter__"];

  it.each(NAMES)("reads %j as an unknown reporter, catalogue, measure, status and partner", (name) => {
    expect(summary(validate(report((d) => (d.reporter = name))))).toEqual([["reporter.unknown", ["reporter"], "error"]]);
    expect(summary(validate(report((d) => (d.catalogue = name))))).toEqual([["catalogue.unknown", ["catalogue"], "error"]]);
    expect(summary(validate(report((d) => (d.entries[0].measure = name))))).toEqual([["measure.unknown", ["entries", 0, "measure"], "error"]]);
    expect(summary(validate(report((d) => (d.entries[0].status = name))))).toEqual([["status.unknown", ["entries", 0, "status"], "error"]]);
    expect(summary(validate(report((d) => (activity(d).partners = [name]))))).toEqual([
      ["partner.unknown", ["entries", 0, "activities", 0, "partners", 0], "error"],
    ]);
  });

  it.each(NAMES)("renders %j verbatim in Russian messages, never a function of Object.prototype", (name) => {
    const inputs = [report((d) => (d.catalogue = name)), report((d) => (d.entries[0].status = name)), report((d) => (d.entries[0].measure = name))];
    for (const input of inputs) {
      const issue = only(validate(input, { lang: "ru" }));
      expect(issue.message).toContain(`"${name}"`);
      expect(issue.message).not.toMatch(/function|native code|\[object/);
    }
  });

  it("keeps a status that reads like a word of the messages verbatim in Russian", () => {
    for (const status of ["nothing", "a list", "an object"]) {
      const issue = only(
        validate(
          report((d) => (d.entries[0].status = status)),
          { lang: "ru" },
        ),
      );
      expect(issue.message).toContain(`"${status}"`);
    }
    // A value described by the validator is still translated.
    expect(
      only(
        validate(
          report((d) => (d.year = [2025])),
          { lang: "ru" },
        ),
      ).message,
    ).toContain("список");
  });

  it("formats an issue whose message key or params are prototype names without reading Object.prototype", () => {
    for (const lang of ["en", "ru"] as const) {
      expect(formatIssue({ messageKey: "constructor", params: {} }, lang)).toBe("constructor");
      expect(formatIssue({ messageKey: "toString", params: {} }, lang)).toBe("toString");
      expect(formatIssue({ messageKey: "field.missing", params: {} }, lang)).toContain("{field}");
    }
  });

  it("reads codes that differ from known ones by a NUL as unknown, so that no joined key collides", () => {
    expect(summary(validate(report((d) => (d.reporter = "KZ\u0000"))))).toEqual([["reporter.unknown", ["reporter"], "error"]]);
    expect(summary(validate(report((d) => (d.catalogue = "cica\u0000@2021"))))).toEqual([["catalogue.unknown", ["catalogue"], "error"]]);
    expect(summary(validate(report((d) => (d.entries[0].measure = "2.1.2\u0000"))))).toEqual([["measure.unknown", ["entries", 0, "measure"], "error"]]);
    expect(summary(validate(report((d) => (d.entries[0].status = "\u0000implemented"))))).toEqual([["status.unknown", ["entries", 0, "status"], "error"]]);
    // Two entries whose measures differ by a NUL are not duplicates of each other.
    const twice = validate(report((d) => d.entries.push({ ...d.entries[0], measure: "2.1.2\u0000" })));
    expect(rulesOf(twice)).toEqual(["measure.unknown"]);
  });
});
