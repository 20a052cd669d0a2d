import { describe, expect, it } from "vitest";
import { BASE_PLAN } from "../../test/support/plans.js";
import { PSEUDO } from "../../test/support/pseudoLocale.js";
import { draftOf, type Draft } from "../../test/support/reports.js";
import { cica } from "../data/cica/index.js";
import { DIMENSIONS } from "../dimensions/DIMENSIONS.js";
import { isCbmError } from "../errors/CbmError.js";
import { EN, RU } from "../i18n/messages.js";
import { formatIssue } from "../reports/formatIssue.js";
import { REPORT_RULES, type RuleId } from "../reports/rules.js";
import type { IssuePath, ReportIssue } from "../reports/types.js";
import { REPORT_LIMITS } from "../reports/limits.js";
import { PLAN_LIMITS } from "./limits.js";
import { validatePlan, type PlanValidationResult } from "./validatePlan.js";

type Extra = { readonly today?: string; readonly lang?: "en" | "ru" };

/** A fresh copy of the base plan, changed by `edit`. */
const plan = (edit?: (draft: Draft) => void): Draft => draftOf(BASE_PLAN, edit);
/** A fresh copy of the base plan with its first event changed by `edit`. */
const first = (edit: (event: Draft) => void): Draft => plan((draft) => edit(draft.events[0]));

const validate = (input: unknown, extra: Extra = {}): PlanValidationResult => validatePlan(input, { ...cica, ...extra });
const summary = (result: PlanValidationResult) => result.issues.map((issue) => [issue.rule, issue.path, issue.severity]);
const only = (result: PlanValidationResult): ReportIssue => {
  expect(result.issues).toHaveLength(1);
  return result.issues[0]!;
};
const CYRILLIC = /[А-Яа-яЁё]/u;

/** The placeholders of an issue's templates that its params leave empty. */
function unfilled(issue: ReportIssue): string[] {
  const names = new Set<string>();
  for (const template of [EN[issue.messageKey], RU[issue.messageKey]]) for (const match of (template ?? "").matchAll(/\{(\w+)\}/g)) names.add(match[1]!);
  return [...names].filter(
    (name) => issue.params[name] === undefined && (issue.params[`${name}.en`] === undefined || issue.params[`${name}.ru`] === undefined),
  );
}

interface RuleCase {
  readonly rule: RuleId;
  readonly flags: string;
  readonly bad: () => unknown;
  readonly path: IssuePath;
  /** Texts the English message must hold: the value or field at fault, and what to do. */
  readonly mentions: readonly string[];
  readonly accepts: string;
  readonly good: () => unknown;
  readonly context?: Extra;
}

const E0 = ["events", 0] as const;

/** One case per rule of the plan that validatePlan applies: a plan that breaks it, and its nearest neighbour that does not. */
const RULE_CASES: RuleCase[] = [
  {
    rule: "plan.type",
    flags: "a list instead of a plan",
    bad: () => [plan()],
    path: [],
    mentions: ["plan", "a list"],
    accepts: "the plan itself",
    good: () => plan(),
  },
  {
    rule: "plan.value-unknown",
    flags: "an outcome whose status is not of the vocabulary",
    bad: () => first((e) => (e.outcome = { status: "done" })),
    path: [...E0, "outcome", "status"],
    mentions: ['"done"', "held, postponed, cancelled, merged"],
    accepts: "a cancelled event",
    good: () => first((e) => (e.outcome = { status: "cancelled" })),
  },
  {
    rule: "plan.planned-date",
    flags: "a fifth quarter",
    bad: () => first((e) => (e.planned = "2025-Q5")),
    path: [...E0, "planned"],
    mentions: ['"2025-Q5"', "2025-Q2", "2025-05"],
    accepts: "the fourth quarter",
    good: () => first((e) => (e.planned = "2025-Q4")),
  },
  {
    rule: "plan.dimension-unknown",
    flags: "a dimension written as its label, in capitals",
    bad: () => plan((d) => (d.events[1].dimension = "Economic")),
    path: ["events", 1, "dimension"],
    mentions: ['"Economic"', '"economic"'],
    accepts: "the dimension's id",
    good: () => plan((d) => (d.events[1].dimension = "economic")),
  },
  {
    rule: "plan.area-unknown",
    flags: "a priority area the catalogue does not hold",
    bad: () => plan((d) => (d.events[1].priorityArea = "eco-tourizm")),
    path: ["events", 1, "priorityArea"],
    mentions: ['"eco-tourizm"', "cica@2021", '"eco-tourism"'],
    accepts: "an area of the catalogue",
    good: () => plan((d) => (d.events[1].priorityArea = "eco-transport")),
  },
  {
    rule: "plan.area-mismatch",
    flags: "a priority area of another dimension",
    bad: () => plan((d) => (d.events[1].priorityArea = "human-general")),
    path: ["events", 1, "priorityArea"],
    mentions: ['"human-general"', '"human"', '"economic"'],
    accepts: "an area of the event's dimension",
    good: () => plan((d) => (d.events[1].priorityArea = "eco-energy")),
  },
  {
    rule: "plan.measure-unknown",
    flags: "a measure of the 2004 catalogue in a plan on cica@2021",
    bad: () => first((e) => (e.measure = "3.4")),
    path: [...E0, "measure"],
    mentions: ['"3.4"', "cica@2021", "cica@2004"],
    accepts: "a measure of cica@2021",
    good: () => first((e) => (e.measure = "NCTG.3")),
  },
  {
    rule: "plan.measure-mismatch",
    flags: "a measure of another priority area of the same dimension",
    bad: () => first((e) => (e.priorityArea = "nct-terrorism")),
    path: [...E0, "measure"],
    mentions: ['"NCTG.2"', '"nct-general"', '"nct-terrorism"'],
    accepts: "the measure without the area",
    good: () => first((e) => delete e.priorityArea),
  },
  {
    rule: "plan.state-unknown",
    flags: "a host written with the alpha-3 code",
    bad: () => first((e) => (e.hosts = ["KAZ"])),
    path: [...E0, "hosts", 0],
    mentions: ['"KAZ"', '"KZ"'],
    accepts: "the alpha-2 code",
    good: () => first((e) => (e.hosts = ["KZ"])),
  },
  {
    rule: "plan.state-not-member",
    flags: "a proposer that was neither member nor observer in the plan's year",
    bad: () => plan((d) => d.events[1].proposers.push("LB")),
    path: ["events", 1, "proposers", 2],
    mentions: ["(LB)", "2025"],
    accepts: "a member state",
    good: () => plan((d) => d.events[1].proposers.push("KZ")),
  },
  {
    rule: "plan.state-observer",
    flags: "a host that was an observer in the plan's year",
    bad: () => first((e) => (e.hosts = ["JP"])),
    path: [...E0, "hosts", 0],
    mentions: ["(JP)", "2025"],
    accepts: "a member state as host",
    good: () => first((e) => (e.hosts = ["CN"])),
  },
  {
    rule: "plan.state-duplicate",
    flags: "a proposer listed twice",
    bad: () => plan((d) => d.events[1].proposers.push("TR")),
    path: ["events", 1, "proposers", 2],
    mentions: ['"TR"', "index 0"],
    accepts: "a state that both proposes and hosts",
    good: () => plan((d) => (d.events[1].hosts = ["TR"])),
  },
  {
    rule: "plan.event-duplicate",
    flags: "two events with one id",
    bad: () => plan((d) => (d.events[2].id = "E01")),
    path: ["events", 2, "id"],
    mentions: ['"E01"', "0"],
    accepts: "ids that differ",
    good: () => plan((d) => (d.events[2].id = "E04")),
  },
  {
    rule: "plan.approved-in-future",
    flags: "a plan approved after today",
    bad: () => plan((d) => delete d.events[2].outcome),
    context: { today: "2024-12-03" },
    path: ["approvedOn"],
    mentions: ["2024-12-04", "2024-12-03"],
    accepts: "a plan approved today",
    good: () => plan((d) => delete d.events[2].outcome),
  },
  {
    rule: "plan.planned-outside-year",
    flags: "an event planned in the first quarter of the next year",
    bad: () => first((e) => (e.planned = "2026-Q1")),
    path: [...E0, "planned"],
    mentions: ["2026-Q1", "2025"],
    accepts: "an event planned in the last quarter of the year",
    good: () => first((e) => (e.planned = "2025-Q4")),
  },
  {
    rule: "plan.held-without-dates",
    flags: "an event held without dates",
    bad: () => plan((d) => (d.events[2].outcome = { status: "held" })),
    path: ["events", 2, "outcome"],
    mentions: ['"from"'],
    accepts: "an event held on one day",
    good: () => plan((d) => (d.events[2].outcome = { status: "held", from: "2025-05-14" })),
  },
  {
    rule: "plan.held-ends-before-start",
    flags: "an event that ends the day before it starts",
    bad: () => plan((d) => (d.events[2].outcome.to = "2025-05-13")),
    path: ["events", 2, "outcome", "to"],
    mentions: ["2025-05-13", "2025-05-14"],
    accepts: "an event that ends the day it starts",
    good: () => plan((d) => (d.events[2].outcome.to = "2025-05-14")),
  },
  {
    rule: "plan.held-outside-year",
    flags: "an event held wholly in the next year",
    bad: () => plan((d) => (d.events[2].outcome = { status: "held", from: "2026-01-20" })),
    path: ["events", 2, "outcome", "from"],
    mentions: ["2026-01-20", "2025"],
    accepts: "an event that starts in the plan's year and ends in the next",
    good: () => plan((d) => (d.events[2].outcome = { status: "held", from: "2025-12-30", to: "2026-01-02" })),
  },
  {
    rule: "plan.held-in-future",
    flags: "an event recorded as held from a day after today",
    bad: () => plan(),
    context: { today: "2025-05-13" },
    path: ["events", 2, "outcome", "from"],
    mentions: ["2025-05-14", "2025-05-13"],
    accepts: "an event held from today",
    good: () => plan(),
  },
  {
    rule: "plan.postponed-earlier",
    flags: "an event planned for the second quarter postponed to March",
    bad: () => first((e) => (e.outcome = { status: "postponed", to: "2025-03" })),
    path: [...E0, "outcome", "to"],
    mentions: ["2025-03", "2025-Q2"],
    accepts: "an event postponed to the next year",
    good: () => first((e) => (e.outcome = { status: "postponed", to: "2026-Q1" })),
  },
  {
    rule: "plan.postponed-past",
    flags: "an event still postponed to a month that today has passed",
    bad: () => first((e) => (e.outcome = { status: "postponed", to: "2025-07" })),
    context: { today: "2025-08-01" },
    path: [...E0, "outcome", "to"],
    mentions: ["2025-07", "2025-08-01"],
    accepts: "an event postponed to the month today is in",
    good: () => first((e) => (e.outcome = { status: "postponed", to: "2025-08" })),
  },
  {
    rule: "plan.merged-unknown",
    flags: "an event merged into an id the plan does not hold",
    bad: () => first((e) => (e.outcome = { status: "merged", into: "E09" })),
    path: [...E0, "outcome", "into"],
    mentions: ['"E09"'],
    accepts: "an event merged into another of the plan",
    good: () => first((e) => (e.outcome = { status: "merged", into: "E02" })),
  },
  {
    rule: "plan.merged-cycle",
    flags: "an event merged into itself",
    bad: () => first((e) => (e.outcome = { status: "merged", into: "E01" })),
    path: [...E0, "outcome", "into"],
    mentions: ["E01"],
    accepts: "an event merged into another that is cancelled",
    good: () => plan((d) => ((d.events[0].outcome = { status: "merged", into: "E02" }), (d.events[1].outcome = { status: "cancelled" }))),
  },
];

const GOOD_CONTEXT: Partial<Record<RuleId, Extra>> = {
  "plan.approved-in-future": { today: "2024-12-04" },
  "plan.held-in-future": { today: "2025-05-14" },
  "plan.postponed-past": { today: "2025-08-01" },
};

describe("the base plan", () => {
  it("is ok with no issues, and comes back as a frozen copy", () => {
    const input = plan();
    const result = validate(input, { today: "2025-07-01" });
    expect(result.issues).toEqual([]);
    if (!result.ok) throw new Error("the base plan should be ok");
    expect(result.plan).toEqual(input);
    expect(result.plan).not.toBe(input);
    expect(Object.isFrozen(result.plan.events[0]!.proposers)).toBe(true);
  });

  it("covers every plan rule of REPORT_RULES but those of revisions and of issue counts in the table below", () => {
    const expected = (Object.keys(REPORT_RULES) as RuleId[]).filter(
      (rule) => rule.startsWith("plan.") && !["plan.revision-conflict", "plan.too-many-issues", "plan.too-many-warnings", "plan.too-large"].includes(rule),
    );
    expect(RULE_CASES.map((c) => c.rule).sort()).toEqual(expected.sort());
  });
});

describe.each(RULE_CASES)("$rule", (c) => {
  const severity = REPORT_RULES[c.rule].severity;
  const goodContext = GOOD_CONTEXT[c.rule] ?? c.context;

  it(`flags ${c.flags}`, () => {
    const result = validate(c.bad(), c.context);
    expect(summary(result)).toEqual([[c.rule, c.path, severity]]);
    expect(result.ok).toBe(severity === "warning");
  });

  it(`accepts ${c.accepts}`, () => {
    const result = validate(c.good(), goodContext);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("says in English what is wrong, naming the value", () => {
    const issue = only(validate(c.bad(), { ...c.context, lang: "en" }));
    for (const text of c.mentions) expect(issue.message).toContain(text);
    expect(issue.message).not.toMatch(CYRILLIC);
    expect(unfilled(issue)).toEqual([]);
  });

  it("says it in Russian when the context asks for ru, and formatIssue turns one into the other", () => {
    const en = only(validate(c.bad(), { ...c.context, lang: "en" }));
    const ru = only(validate(c.bad(), { ...c.context, lang: "ru" }));
    expect(ru.message).toMatch(CYRILLIC);
    expect([ru.rule, ru.path, ru.severity, ru.messageKey]).toEqual([en.rule, en.path, en.severity, en.messageKey]);
    expect(unfilled(ru)).toEqual([]);
    expect(formatIssue(ru, "en")).toBe(en.message);
    expect(formatIssue(en, "ru")).toBe(ru.message);
  });
});

describe("validatePlan: structure, in the plan's own words", () => {
  it.each([
    ["a plan in the report's format", () => plan((d) => (d.schema = "cica-cbm/report@1")), "schema.unsupported", ["schema"], "cica-cbm/plan@1"],
    ["an unknown top-level key", () => plan((d) => (d.notes = "x")), "field.unknown", ["notes"], "field of the plan"],
    [
      "an unknown key in an outcome",
      () => plan((d) => (d.events[2].outcome.attendance = 40)),
      "field.unknown",
      ["events", 2, "outcome", "attendance"],
      "event's outcome",
    ],
    ["revision 0", () => plan((d) => (d.revision = 0)), "revision.below-one", ["revision"], "the plan as approved is revision 1"],
    ["a format outside the vocabulary", () => first((e) => (e.format = "in-person")), "plan.value-unknown", [...E0, "format"], "offline, online, hybrid"],
    ["a held date written as a month", () => plan((d) => (d.events[2].outcome.from = "2025-05")), "field.date", ["events", 2, "outcome", "from"], "YYYY-MM-DD"],
    ["an event without a planned date", () => first((e) => delete e.planned), "field.missing", [...E0, "planned"], "is missing"],
    [
      "a postponement to a thirteenth month",
      () => first((e) => (e.outcome = { status: "postponed", to: "2025-13" })),
      "plan.planned-date",
      [...E0, "outcome", "to"],
      "quarter",
    ],
  ] as const)("names %s", (_name, input, rule, path, text) => {
    const issue = only(validate(input()));
    expect([issue.rule, issue.path]).toEqual([rule, path]);
    expect(issue.message).toContain(text);
    expect(issue.message).not.toMatch(/the report|this report|reported/);
  });

  it("cuts a list of events over its limit and says so, reading no event past it", () => {
    const events = Array.from({ length: PLAN_LIMITS.events + 5 }, (_, i) => ({ ...BASE_PLAN.events[1], id: `E${i}` }));
    Object.defineProperty(events, PLAN_LIMITS.events + 1, {
      get() {
        throw new Error("read past the limit");
      },
    });
    const result = validate({ ...plan(), events });
    expect(summary(result)).toEqual([["field.too-many", ["events"], "error"]]);
  });

  it("runs the contextual rules where the structure has errors", () => {
    const result = validate(plan((d) => ((d.year = "2025"), (d.events[1].proposers = ["QQ"]))));
    expect(result.issues.map((issue) => issue.rule)).toEqual(["field.type", "plan.state-unknown"]);
  });

  it("says a planned date outside the year only once the year is readable", () => {
    const result = validate(plan((d) => ((d.year = 2024.5), (d.events[0].planned = "2026-Q1"))));
    expect(result.issues.map((issue) => issue.rule)).toEqual(["field.type"]);
  });

  it("names each event of a circle of merges, from itself", () => {
    const input = plan((d) => {
      d.events[0].outcome = { status: "merged", into: "E02" };
      d.events[1].outcome = { status: "merged", into: "E03" };
      d.events[2].outcome = { status: "merged", into: "E01" };
    });
    const result = validate(input);
    expect(result.issues.map((issue) => [issue.rule, issue.params.cycle])).toEqual([
      ["plan.merged-cycle", "E01 → E02 → E03 → E01"],
      ["plan.merged-cycle", "E02 → E03 → E01 → E02"],
      ["plan.merged-cycle", "E03 → E01 → E02 → E03"],
    ]);
  });

  it("accepts a chain of merges that ends in an event of the plan", () => {
    const input = plan((d) => {
      d.events[0].outcome = { status: "merged", into: "E02" };
      d.events[1].outcome = { status: "merged", into: "E03" };
    });
    expect(validate(input).issues).toEqual([]);
  });

  it("flags an event merged into one that leads into a circle it is not part of only as the circle's members", () => {
    const input = plan((d) => {
      d.events[0].outcome = { status: "merged", into: "E02" };
      d.events[1].outcome = { status: "merged", into: "E03" };
      d.events[2].outcome = { status: "merged", into: "E02" };
    });
    expect(validate(input).issues.map((issue) => issue.path[1])).toEqual([1, 2]);
  });

  it("treats an organisation as proposer as not a member state", () => {
    expect(summary(validate(first((e) => (e.proposers = ["osce"]))))).toEqual([["plan.state-not-member", [...E0, "proposers", 0], "error"]]);
  });

  it("takes a planned quarter as its three months: postponed to the quarter's last month is not earlier", () => {
    expect(validate(first((e) => (e.outcome = { status: "postponed", to: "2025-04" }))).issues).toEqual([]);
    expect(validate(first((e) => (e.outcome = { status: "postponed", to: "2025-03-31" }))).issues.map((issue) => issue.rule)).toEqual([
      "plan.postponed-earlier",
    ]);
  });
});

describe("validatePlan: misuse", () => {
  it("throws a CbmError on a context without a registry, an invalid today or an unknown language", () => {
    for (const call of [
      () => validatePlan(plan(), {} as never),
      () => validatePlan(plan(), { ...cica, today: "2025-02-30" }),
      () => validatePlan(plan(), { ...cica, lang: "de" as never }),
    ]) {
      let error: unknown;
      try {
        call();
      } catch (caught) {
        error = caught;
      }
      expect(isCbmError(error)).toBe(true);
    }
  });

  it("names validatePlan and context.lang in the error of an unknown language, and of a Locale that lacks a plan's message", () => {
    expect(() => validatePlan(plan(), { ...cica, lang: "de" as never })).toThrow(/^validatePlan: context\.lang/);
    const { "plan.type": _, ...messages } = PSEUDO.messages;
    expect(() => validatePlan(plan(), { ...cica, lang: { ...PSEUDO, messages } as never })).toThrow(
      /^validatePlan: context\.lang .*messages\["plan\.type"\] is missing/,
    );
  });
});

describe("validatePlan: limits before work", () => {
  it("lists at most REPORT_LIMITS.issues issues of a plan and ends with one plan.too-many-issues error that counts the rest", () => {
    // 1,000 events, each with two errors: an unknown proposer and a planned date outside the year.
    const events = Array.from({ length: PLAN_LIMITS.events }, (_, i) => ({ ...BASE_PLAN.events[1], id: `E${i}`, proposers: ["QQ"], planned: "2026-01" }));
    const result = validate({ ...plan(), events });
    const last = result.issues[result.issues.length - 1]!;
    expect(result.issues).toHaveLength(1001);
    expect([last.rule, last.params.more]).toEqual(["plan.too-many-issues", 1000]);
    expect(last.message).toContain("This plan has more than 1000 issues");
  });

  it("ends a list of warnings only with a plan.too-many-warnings warning, and accepts the plan", () => {
    const events = Array.from({ length: PLAN_LIMITS.events }, (_, i) => ({ ...BASE_PLAN.events[1], id: `E${i}`, proposers: ["JP", "SA"] }));
    const result = validate({ ...plan(), events });
    expect(result.ok).toBe(true);
    expect(result.issues.at(-1)!.rule).toBe("plan.too-many-warnings");
  });

  it("reads a plan that expands through shared values no further than PLAN_LIMITS.values, with one plan.too-large error", () => {
    // One event shared 1,000 times, with 10,000 values outside the format (within their own budget): 10,000,000 values reached.
    const event = { ...BASE_PLAN.events[1], notes: Array.from({ length: 9_999 }, () => 0) };
    const result = validate({ ...plan(), events: Array.from({ length: PLAN_LIMITS.events }, () => event) });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.rule, issue.messageKey, issue.severity, issue.params.max])).toEqual([
      ["plan.too-large", "plan.too-large", "error", PLAN_LIMITS.values],
    ]);
  });
});

describe("the plan's structure, mapped to plan rules (measured by mutation testing)", () => {
  it("says a plan without its format tag misses it, rather than naming an unsupported format", () => {
    const { schema: _, ...untagged } = BASE_PLAN;
    expect(summary(validate(untagged))).toContainEqual(["field.missing", ["schema"], "error"]);
    expect(validate(untagged).issues.map((issue) => issue.rule)).not.toContain("schema.unsupported");
  });

  it("says where an unknown key is: in the plan, with the plan's own advice, in an event, its title or its outcome", () => {
    const unknown = (input: Draft) => validate(input).issues.map((issue) => [issue.rule, issue.path, issue.params.where, issue.messageKey]);
    expect(unknown(plan((draft) => (draft.notes = "x")))).toEqual([["field.unknown", ["notes"], "the plan", "field.unknown.plan"]]);
    expect(unknown(first((event) => (event.notes = "x")))).toEqual([["field.unknown", [...E0, "notes"], "an event", "field.unknown"]]);
    expect(unknown(first((event) => (event.title.fr = "x")))).toEqual([["field.unknown", [...E0, "title", "fr"], "an event's title", "field.unknown"]]);
    expect(unknown(plan((draft) => (draft.events[2].outcome.notes = "x")))).toEqual([
      ["field.unknown", ["events", 2, "outcome", "notes"], "an event's outcome", "field.unknown"],
    ]);
  });

  it("says a dimension that is not a text is not a dimension id, naming the ids, and an unknown text once", () => {
    const result = validate(plan((draft) => (draft.events[1].dimension = 3)));
    expect(summary(result)).toEqual([["plan.dimension-unknown", ["events", 1, "dimension"], "error"]]);
    expect(result.issues[0]!.params.known).toEqual(DIMENSIONS.map((dimension) => dimension.id));
    expect(result.issues[0]!.message).toContain('"3"');
    expect(summary(validate(plan((draft) => (draft.events[1].dimension = "cultural"))))).toEqual([
      ["plan.dimension-unknown", ["events", 1, "dimension"], "error"],
    ]);
  });

  it("says an outcome without a status misses it, rather than naming a status outside the vocabulary", () => {
    expect(summary(validate(first((event) => (event.outcome = {}))))).toEqual([["field.missing", [...E0, "outcome", "status"], "error"]]);
  });

  it("says a held date of the wrong type is of the wrong type, not that the event is held without dates", () => {
    expect(summary(validate(plan((draft) => (draft.events[2].outcome.from = 20250514))))).toEqual([["field.type", ["events", 2, "outcome", "from"], "error"]]);
  });

  it("says a held event's last day written as a month is not a date: the planned-date words are for planned dates and postponements", () => {
    expect(summary(validate(plan((draft) => (draft.events[2].outcome.to = "2025-06"))))).toEqual([["field.date", ["events", 2, "outcome", "to"], "error"]]);
  });

  it("keeps revision.below-one to the revision: a year below 1000 is out of range and an empty id is empty", () => {
    expect(summary(validate(plan((draft) => (draft.year = 999))))).toEqual([["field.value", ["year"], "error"]]);
    expect(summary(validate(plan((draft) => (draft.id = ""))))).toEqual([["field.empty", ["id"], "error"]]);
  });

  it("says an event title over PLAN_LIMITS.title characters is too long", () => {
    const result = validate(plan((draft) => (draft.events[1].title.en = "x".repeat(PLAN_LIMITS.title + 1))));
    expect(summary(result)).toEqual([["field.too-long", ["events", 1, "title", "en"], "error"]]);
    expect(result.issues[0]!.params).toMatchObject({ length: PLAN_LIMITS.title + 1, max: PLAN_LIMITS.title });
  });

  it("says an empty event title is empty, and keeps revision.below-one for the plan's own revision", () => {
    const empty = validate(first((event) => (event.title.en = "")));
    expect(summary(empty)).toContainEqual(["field.empty", ["events", 0, "title", "en"], "error"]);
    expect(empty.issues.map((issue) => issue.rule)).not.toContain("revision.below-one");
    expect(validate(plan((draft) => (draft.revision = 0))).issues.map((issue) => [issue.rule, issue.messageKey])).toContainEqual([
      "revision.below-one",
      "revision.below-one.plan",
    ]);
  });
});

describe("validatePlan: the contextual rules' edges", () => {
  const rules = (input: unknown, extra?: Extra) => validate(input, extra).issues.map((issue) => issue.rule);
  const suggested = (input: unknown) => validate(input).issues.map((issue) => [issue.rule, issue.messageKey, issue.params.suggestion ?? null]);

  it("reads a year from 1000 to 9999 as the plan's, and one past either as unreadable", () => {
    expect(rules(plan((draft) => (draft.year = 1000)))).toContain("plan.planned-outside-year");
    expect(rules(plan((draft) => (draft.year = 9999)))).toContain("plan.planned-outside-year");
    expect(rules(plan((draft) => (draft.year = 10000)))).toEqual(["field.value"]);
    expect(rules(plan((draft) => (draft.year = 999)))).toEqual(["field.value"]);
  });

  it("names an unknown catalogue with the known ones, and leaves an empty or untyped one to the structure", () => {
    const unknown = validate(plan((draft) => (draft.catalogue = "cica@2030")));
    expect(summary(unknown)).toEqual([["catalogue.unknown", ["catalogue"], "error"]]);
    expect(unknown.issues[0]!.params).toMatchObject({ received: "cica@2030", known: ["cica@2004", "cica@2021"] });
    expect(rules(plan((draft) => (draft.catalogue = "")))).toEqual(["field.empty"]);
    expect(rules(plan((draft) => (draft.catalogue = 2021)))).toEqual(["field.type"]);
  });

  it("leaves events that are not a list, or an event that is not an object, to the structure, and checks the other events", () => {
    expect(rules(plan((draft) => (draft.events = "E01")))).toEqual(["field.type"]);
    const result = validate(plan((draft) => ((draft.events[0] = 5), (draft.events[1].proposers = ["QQ"]))));
    expect(summary(result)).toEqual([
      ["field.type", ["events", 0], "error"],
      ["plan.state-unknown", ["events", 1, "proposers", 0], "error"],
    ]);
  });

  it("suggests the dimension meant: the same word in another case or spacing, the only one it begins from three letters, or one within a slip per three letters, two at most", () => {
    const dimension = (value: string) => suggested(plan((draft) => (draft.events[1].dimension = value)))[0]![2];
    expect([" eco ", "HUMAN ", "new_challenges threats", "new  challenges", "mil", "eco", "humn", "xuman", "economik", "ecnomik"].map(dimension)).toEqual([
      "economic",
      "human",
      "new-challenges-threats",
      "new-challenges-threats",
      "military-political",
      "economic",
      "human",
      "human",
      "economic",
      "economic",
    ]);
    expect(["hu", "hmn", "xumax", "ecnmikk", `human${" ".repeat(PLAN_LIMITS.code)}`].map(dimension)).toEqual([null, null, null, null, null]);
  });

  it("suggests nothing for an area or a proposer over PLAN_LIMITS.code characters, which the structure says is too long", () => {
    const padded = (word: string) => `${word}${" ".repeat(PLAN_LIMITS.code)}`;
    expect(suggested(plan((draft) => (draft.events[1].priorityArea = padded("eco-tourism"))))).toEqual([
      ["field.too-long", "field.too-long", null],
      ["plan.area-unknown", "plan.area-unknown", null],
    ]);
    expect(suggested(plan((draft) => (draft.events[1].proposers = [padded("Kazakhstan")])))).toEqual([
      ["field.too-long", "field.too-long", null],
      ["plan.state-unknown", "plan.state-unknown", null],
    ]);
  });

  it("suggests an area written in another case even when it is too short to be begun or slipped from", () => {
    const base = cica.catalogues["cica@2021"];
    // A catalogue of the tests: cica@2021 with one more area, "IT", of two capital letters.
    const short = { ...base, ref: "short@1", priorityAreas: [...base.priorityAreas, { id: "IT", dimension: "economic", title: { en: "IT" } }] };
    const result = validatePlan(
      plan((draft) => ((draft.catalogue = "short@1"), (draft.events[1].priorityArea = "it"))),
      { catalogues: [short], registry: cica.registry },
    );
    expect(result.issues.map((issue) => [issue.rule, issue.messageKey, issue.params.suggestion])).toEqual([
      ["plan.area-unknown", "plan.area-unknown.suggest", "IT"],
    ]);
  });

  it("suggests the priority area meant, and none where the beginning fits several", () => {
    const area = (value: string) => suggested(plan((draft) => (draft.events[1].priorityArea = value)))[0];
    expect(area("eco-tour")).toEqual(["plan.area-unknown", "plan.area-unknown.suggest", "eco-tourism"]);
    expect(area("ECO_TOURISM")).toEqual(["plan.area-unknown", "plan.area-unknown.suggest", "eco-tourism"]);
    expect(area("eco")).toEqual(["plan.area-unknown", "plan.area-unknown", null]);
    expect(summary(validate(plan((draft) => (draft.events[1].priorityArea = "eco"))))).toEqual([["plan.area-unknown", ["events", 1, "priorityArea"], "error"]]);
    expect(area(`eco-tourism${" ".repeat(PLAN_LIMITS.code - 11)}`)).toEqual(["plan.area-unknown", "plan.area-unknown.suggest", "eco-tourism"]);
  });

  it("suggests a measure written in another case or spacing, never one a slip away, and none for a measure the catalogue lacks", () => {
    expect(suggested(first((event) => (event.measure = "nctg.2")))).toEqual([["plan.measure-unknown", "plan.measure-unknown.suggest", "NCTG.2"]]);
    expect(suggested(first((event) => (event.measure = "NCTG_ .2")))).toEqual([["plan.measure-unknown", "plan.measure-unknown.suggest", "NCTG.2"]]);
    expect(suggested(first((event) => (event.measure = "2.1.22")))).toEqual([["plan.measure-unknown", "plan.measure-unknown", null]]);
    expect(suggested(first((event) => (event.measure = "NCTG.9")))).toEqual([["plan.measure-unknown", "plan.measure-unknown", null]]);
    for (const measure of ["nctg.2", "NCTG.9"])
      expect(summary(validate(first((event) => (event.measure = measure))))).toEqual([["plan.measure-unknown", [...E0, "measure"], "error"]]);
  });

  it("says a measure of another dimension belongs to its own dimension, whatever the area", () => {
    const result = validate(first((event) => (event.measure = "HUM.3")));
    expect(result.issues.map((issue) => [issue.rule, issue.path, issue.messageKey, issue.params.owner, issue.params.stated])).toEqual([
      ["plan.measure-mismatch", [...E0, "measure"], "plan.measure-mismatch", "human", "new-challenges-threats"],
    ]);
  });

  it("does not hold a measure without a priority area against the event's area", () => {
    const result = validate(
      plan((draft) => {
        draft.events[1].dimension = "environmental";
        draft.events[1].measure = "ENV.1";
      }),
    );
    expect(summary(result)).toEqual([["plan.area-mismatch", ["events", 1, "priorityArea"], "error"]]);
  });

  it("suggests only a state for an unknown proposer: not an organisation, and nothing for a code that names no one", () => {
    const proposer = (code: string) => suggested(plan((draft) => (draft.events[1].proposers = [code])))[0];
    expect(proposer("Kazakhstan")).toEqual(["plan.state-unknown", "plan.state-unknown.suggest", "KZ"]);
    expect(proposer("OSCE")).toEqual(["plan.state-unknown", "plan.state-unknown", null]);
    expect(proposer("QQ")).toEqual(["plan.state-unknown", "plan.state-unknown", null]);
    expect(proposer(`Kazakhstan${" ".repeat(PLAN_LIMITS.code - 10)}`)).toEqual(["plan.state-unknown", "plan.state-unknown.suggest", "KZ"]);
  });

  it("leaves a proposer that is not a text, or is empty, to the structure", () => {
    expect(rules(plan((draft) => (draft.events[1].proposers = [5, ""])))).toEqual(["field.type", "field.empty"]);
  });

  it("names the state suggested in both languages", () => {
    const issue = only(validate(plan((draft) => (draft.events[1].proposers = ["Kazakhstan"]))));
    expect([issue.params["name.en"], issue.params["name.ru"]]).toEqual(["Kazakhstan", "Казахстан"]);
  });

  it("holds an event held from its first to its last day against the year: touching the year by a day is inside it", () => {
    const held = (from: string, to?: string) =>
      rules(plan((draft) => (draft.events[2].outcome = to === undefined ? { status: "held", from } : { status: "held", from, to })));
    expect(held("2024-12-30", "2024-12-31")).toEqual(["plan.held-outside-year"]);
    expect(held("2024-12-30", "2025-01-01")).toEqual([]);
    expect(held("2025-12-31")).toEqual([]);
    expect(held("2026-01-01")).toEqual(["plan.held-outside-year"]);
  });

  it("takes a postponement to the planned day itself as not earlier, and one to the month today ends as not past", () => {
    expect(rules(first((event) => ((event.planned = "2025-05-14"), (event.outcome = { status: "postponed", to: "2025-05-14" }))))).toEqual([]);
    expect(
      rules(
        first((event) => (event.outcome = { status: "postponed", to: "2025-08" })),
        { today: "2025-08-31" },
      ),
    ).toEqual([]);
  });

  it("reads an into only of a merged event", () => {
    expect(rules(first((event) => (event.outcome = { status: "cancelled", into: "E09" })))).toEqual(["field.unknown"]);
  });

  it("says an event merged into itself is, naming the circle of one", () => {
    const issue = only(validate(first((event) => (event.outcome = { status: "merged", into: "E01" }))));
    expect([issue.messageKey, issue.params.cycle]).toEqual(["plan.merged-cycle.self", "E01 → E01"]);
  });

  it("says nothing of a postponement against a planned date that is not one", () => {
    const result = validate(first((event) => ((event.planned = "2025-Q5"), (event.outcome = { status: "postponed", to: "2025-03" }))));
    expect(summary(result)).toEqual([["plan.planned-date", [...E0, "planned"], "error"]]);
  });

  it("checks no merge of an event without an id beyond the structure's issue", () => {
    expect(rules(plan((draft) => (delete draft.events[0].id, (draft.events[0].outcome = { status: "merged", into: "E02" }))))).toEqual(["field.missing"]);
  });

  it("follows a merge into a repeated id to the first event of that id only", () => {
    const result = validate(
      plan((draft) => {
        draft.events[0].outcome = { status: "merged", into: "E02" };
        draft.events[2].id = "E02";
        draft.events[2].outcome = { status: "merged", into: "E01" };
      }),
    );
    expect(summary(result)).toEqual([
      ["plan.event-duplicate", ["events", 2, "id"], "error"],
      ["plan.merged-cycle", ["events", 2, "outcome", "into"], "error"],
    ]);
  });
});

describe("validatePlan: the copy it reads, and what it says of it", () => {
  it("names a plan's field by its path, never in the words of a report's fields", () => {
    const issue = only(validate(plan((draft) => (draft.year = "2025"))));
    expect(issue.message).toMatch(/^"year" /);
    expect(issue.message).not.toMatch(/report/);
  });

  it("cuts a list of proposers over PLAN_LIMITS.states and says so", () => {
    const result = validate(plan((draft) => (draft.events[1].proposers = Array.from({ length: PLAN_LIMITS.states + 1 }, () => "TR"))));
    expect(result.issues[0]).toMatchObject({ rule: "field.too-many", path: ["events", 1, "proposers"], params: { length: PLAN_LIMITS.states + 1 } });
    expect(result.issues[0]!.params.max).toBe(PLAN_LIMITS.states);
    expect(result.issues.filter((issue) => issue.rule === "field.too-many")).toHaveLength(1);
  });

  it("reads a value outside the format within a budget of its own, and says where it went over", () => {
    const notes = Array.from({ length: REPORT_LIMITS.extensionNodes + 1 }, () => 0);
    const result = validate(first((event) => (event.notes = notes)));
    const tooLarge = result.issues.filter((issue) => issue.rule === "plan.too-large");
    expect(tooLarge.map((issue) => [issue.path, issue.messageKey, issue.params.max, issue.severity])).toEqual([
      [[...E0, "notes"], "plan.too-large.value", REPORT_LIMITS.extensionNodes, "error"],
    ]);
    expect(result.ok).toBe(false);
  });

  it("reads an event's title, outcome, proposers and hosts by the plan's shape, never as free-form data cut at its budget", () => {
    const many = () => Object.fromEntries(Array.from({ length: REPORT_LIMITS.extensionNodes + 1 }, (_, i) => [`k${i}`, 0]));
    const codes = () => Array.from({ length: REPORT_LIMITS.extensionNodes + 1 }, () => "TR");
    for (const edit of [
      (event: Draft) => (event.title = { en: "Seminar", ...many() }),
      (event: Draft) => (event.outcome = { status: "cancelled", ...many() }),
      (event: Draft) => (event.proposers = codes()),
      (event: Draft) => (event.hosts = codes()),
    ]) {
      const result = validate(first(edit));
      expect(result.ok).toBe(false);
      expect(result.issues.map((issue) => issue.rule)).not.toContain("plan.too-large");
    }
  });

  it("leaves extensions over their budget to the extensions' own rule", () => {
    const extensions = { "org.example": Array.from({ length: REPORT_LIMITS.extensionNodes + 1 }, () => 0) };
    expect(validate(plan((draft) => (draft.extensions = extensions))).issues.map((issue) => issue.rule)).toEqual(["extensions.too-large"]);
  });

  it("checks the extensions apart, and leaves extensions that are not an object to the structure", () => {
    const extensions = validate(plan((draft) => (draft.extensions = { "org.example": { ratio: Number.NaN } })));
    expect(summary(extensions)).toEqual([["extensions.not-json", ["extensions", "org.example", "ratio"], "error"]]);
    expect(validate(plan((draft) => (draft.extensions = { "org.example": { venue: "Astana" } }))).issues).toEqual([]);
    expect(summary(validate(plan((draft) => (draft.extensions = "none"))))).toEqual([["field.type", ["extensions"], "error"]]);
  });

  it("says a plan that throws when read cannot be read, naming the error's kind, and nothing else", () => {
    const throwing = (thrown: unknown) => {
      const input = plan();
      Object.defineProperty(input, "events", {
        enumerable: true,
        get() {
          throw thrown;
        },
      });
      return input;
    };
    const result = validate(throwing(new RangeError("no")));
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.rule, issue.path, issue.params.received])).toEqual([
      ["plan.type", [], "an object that cannot be read (RangeError)"],
    ]);
    expect(only(validate(throwing("no"))).params.received).toBe("an object that cannot be read (error)");
  });
});
