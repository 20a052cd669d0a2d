import { describe, expect, it } from "vitest";
import { BASE_REPORT_WITH_ACTIVITY, draftOf, type Draft } from "../../../test/support/reports.js";
import { cica } from "../../data/cica/index.js";
import { REPORT_LIMITS as L } from "../limits.js";
import { validateReport } from "../validateReport.js";

/** The base report (KZ, 2025, one activity from 2025-04-10 with TR), changed by `edit`. */
const report = (edit: (draft: Draft) => void): Draft => draftOf(BASE_REPORT_WITH_ACTIVITY, edit);
const activity = (draft: Draft): Draft => draft.entries[0].activities[0];
const rules = (input: unknown, today?: string) =>
  validateReport(input, today === undefined ? cica : { ...cica, today }).issues.map((issue) => [issue.rule, issue.path.join(".")]);
const dated = (from: string, to?: string) =>
  report((d) => {
    activity(d).from = from;
    if (to !== undefined) activity(d).to = to;
  });

describe("the context rules at their boundaries", () => {
  it("takes an activity on the year's first or last day, or across either, as in the year, and one wholly before or after it as outside", () => {
    for (const [from, to] of [
      ["2025-01-01", undefined],
      ["2025-12-31", undefined],
      ["2024-12-31", "2025-01-01"],
      ["2025-12-31", "2026-01-01"],
      ["2024-06-01", "2026-06-01"],
    ] as const)
      expect(rules(dated(from, to))).toEqual([]);
    for (const [from, to] of [
      ["2024-12-31", undefined],
      ["2026-01-01", undefined],
      ["2024-12-01", "2024-12-31"],
      ["2026-01-01", "2026-01-05"],
    ] as const)
      expect(rules(dated(from, to))).toEqual([["activity.outside-year", "entries.0.activities.0.from"]]);
  });

  it("says an activity ends before it starts only when its end is the earlier day, and then says nothing of the year", () => {
    expect(rules(dated("2025-04-10", "2025-04-10"))).toEqual([]);
    expect(rules(dated("2025-04-10", "2025-04-09"))).toEqual([["activity.ends-before-start", "entries.0.activities.0.to"]]);
    expect(rules(dated("2027-04-10", "2027-04-09"))).toEqual([["activity.ends-before-start", "entries.0.activities.0.to"]]);
  });

  it("takes the year as not ended up to its 31 December included", () => {
    const sentOnTheLastDay = report((d) => (d.submittedOn = "2025-12-31"));
    expect(rules(sentOnTheLastDay, "2025-12-31")).toEqual([["year.not-ended", "year"]]);
    expect(rules(sentOnTheLastDay, "2026-01-01")).toEqual([]);
  });

  it("flags a report submitted before its year begins or after today, not on the first day or today", () => {
    expect(rules(report((d) => (d.submittedOn = "2025-01-01")))).toEqual([]);
    expect(rules(report((d) => (d.submittedOn = "2024-12-31")))).toEqual([["submitted.before-year", "submittedOn"]]);
    expect(
      rules(
        report(() => {}),
        "2026-03-01",
      ),
    ).toEqual([]);
    expect(
      rules(
        report(() => {}),
        "2026-02-28",
      ),
    ).toEqual([["submitted.in-future", "submittedOn"]]);
  });

  it("takes a partner written as a variant of the reporter's own code as the reporter", () => {
    expect(rules(report((d) => (activity(d).partners = ["kz"])))).toEqual([["partner.is-reporter", "entries.0.activities.0.partners.0"]]);
    expect(rules(report((d) => (activity(d).partners = ["TR", "KZ"])))).toEqual([["partner.is-reporter", "entries.0.activities.0.partners.1"]]);
  });

  it("checks every partner of an activity and every activity of an entry, past the first with a problem", () => {
    const input = report((d) => {
      activity(d).partners = ["XX", "KZ", "YY"];
      d.entries[0].activities.push({ title: "Second", kind: "visit", from: "2026-02-01", partners: ["ZZ"] });
    });
    expect(rules(input)).toEqual([
      ["partner.unknown", "entries.0.activities.0.partners.0"],
      ["partner.is-reporter", "entries.0.activities.0.partners.1"],
      ["partner.unknown", "entries.0.activities.0.partners.2"],
      ["activity.outside-year", "entries.0.activities.1.from"],
      ["partner.unknown", "entries.0.activities.1.partners.0"],
    ]);
  });

  it("warns of activities under a status outside the scale only when there are some", () => {
    expect(rules(report((d) => (d.entries[0].status = "not-applicable")))).toEqual([["status.unscored-with-activities", "entries.0.status"]]);
    expect(rules(report((d) => ((d.entries[0].status = "not-applicable"), (d.entries[0].activities = []))))).toEqual([]);
  });

  it("names the first entry of a measure given twice, from every later one", () => {
    const input = report((d) => {
      d.entries = [
        { measure: "2.1.2", status: "implemented" },
        { measure: "2.1.3", status: "implemented" },
        { measure: "2.1.2", status: "planned" },
        { measure: "2.1.2", status: "planned" },
      ];
    });
    const issues = validateReport(input, cica).issues;
    expect(issues.map((issue) => [issue.rule, issue.path.join("."), issue.params.first])).toEqual([
      ["measure.duplicate", "entries.2.measure", 0],
      ["measure.duplicate", "entries.3.measure", 0],
    ]);
  });

  it("names the first entry of a repeated measure in a long list too, and never a later entry as the first", () => {
    // Forty entries, each its own measure but for the repeats set below; a measure given first past
    // the sixteenth entry and again later, and one given again only further on, are both here.
    const measures = Array.from({ length: 40 }, (_, i) => `9.9.${i}`);
    Object.assign(measures, { 12: "9.9.2", 17: "9.9.10", 20: "9.9.30", 25: "9.9.5", 39: "9.9.5" });
    const input = report((d) => {
      d.entries = measures.map((measure) => ({ measure, status: "implemented" }));
      d.entries[3] = { measure: 7, status: "implemented" };
      d.entries[33] = { measure: "9.9.3", status: "implemented" };
    });
    const duplicates = validateReport(input, cica)
      .issues.filter((issue) => issue.rule === "measure.duplicate")
      .map((issue) => [issue.path[1], issue.params.first]);
    expect(duplicates).toEqual([
      [12, 2],
      [17, 10],
      [25, 5],
      [30, 20],
      [39, 5],
    ]);
  });
});

describe("the context rules: what they read of the year", () => {
  const onYear = (year: number, from: string) =>
    report((d) => {
      d.year = year;
      d.submittedOn = "2026-01-01";
      activity(d).from = from;
    });

  it("reads the years 1000 and 9999, the ends of the range, as years to check the reporter and the activities against", () => {
    expect(rules(onYear(1000, "1001-01-01"))).toEqual([
      ["reporter.not-participant", "reporter"],
      ["activity.outside-year", "entries.0.activities.0.from"],
    ]);
    expect(rules(onYear(9999, "9998-12-31"))).toEqual([
      ["submitted.before-year", "submittedOn"],
      ["activity.outside-year", "entries.0.activities.0.from"],
    ]);
  });

  it("checks nothing against a year outside 1000–9999: the year's own error is the only issue", () => {
    expect(rules(onYear(999, "1001-01-01"))).toEqual([["field.value", "year"]]);
    expect(rules(onYear(10000, "9998-01-01"))).toEqual([["field.value", "year"]]);
  });
});

describe("the context rules: one issue for each problem", () => {
  const messageKeys = (input: unknown) => validateReport(input, cica).issues.map((issue) => [issue.rule, issue.path.join("."), issue.messageKey]);

  it("gives an empty code only its structural error: no unknown reporter, catalogue, measure, status, kind or partner", () => {
    expect(rules(report((d) => (d.reporter = "")))).toEqual([["field.empty", "reporter"]]);
    expect(rules(report((d) => (d.catalogue = "")))).toEqual([["field.empty", "catalogue"]]);
    expect(rules(report((d) => (d.entries[0].measure = "")))).toEqual([["field.empty", "entries.0.measure"]]);
    expect(rules(report((d) => (d.entries[0].status = "")))).toEqual([["field.empty", "entries.0.status"]]);
    expect(rules(report((d) => (activity(d).kind = "")))).toEqual([["field.empty", "entries.0.activities.0.kind"]]);
    expect(rules(report((d) => (activity(d).partners = ["", "TR"])))).toEqual([["field.empty", "entries.0.activities.0.partners.0"]]);
  });

  it("suggests only a state, never an organisation, for a reporter or partner that is not a code", () => {
    // "IOM" is the organisation "iom" written in capitals: no suggestion, where "kz" gets "KZ".
    expect(messageKeys(report((d) => (d.reporter = "IOM")))).toEqual([["reporter.unknown", "reporter", "reporter.unknown"]]);
    expect(messageKeys(report((d) => (activity(d).partners = ["IOM"])))).toEqual([["partner.unknown", "entries.0.activities.0.partners.0", "partner.unknown"]]);
    expect(messageKeys(report((d) => (activity(d).partners = ["tr"])))).toEqual([
      ["partner.unknown", "entries.0.activities.0.partners.0", "partner.unknown.suggest"],
    ]);
  });

  it("takes an activity whose end is not a date by its first day alone", () => {
    for (const to of ["garbage", "2025-02-30"])
      expect(rules(dated("2024-12-31", to)), to).toEqual([
        ["field.date", "entries.0.activities.0.to"],
        ["activity.outside-year", "entries.0.activities.0.from"],
      ]);
  });

  it("checks the partners of an activity listed after one without partners", () => {
    const input = report((d) => {
      delete activity(d).partners;
      d.entries[0].activities.push({ title: "Second", kind: "visit", from: "2025-05-01", partners: ["KZ", "XX"] });
    });
    expect(rules(input)).toEqual([
      ["partner.is-reporter", "entries.0.activities.1.partners.0"],
      ["partner.unknown", "entries.0.activities.1.partners.1"],
    ]);
  });

  it("checks an unknown kind up to the kind limit counted in code points, and leaves a longer one to field.too-long", () => {
    expect(rules(report((d) => (activity(d).kind = "q".repeat(L.kind))))).toEqual([["activity.kind-unknown", "entries.0.activities.0.kind"]]);
    expect(rules(report((d) => (activity(d).kind = "q".repeat(L.kind + 1))))).toEqual([["field.too-long", "entries.0.activities.0.kind"]]);
    // 40 emoji: 80 UTF-16 units, but 40 characters, within the limit.
    expect(rules(report((d) => (activity(d).kind = "😀".repeat(40))))).toEqual([["activity.kind-unknown", "entries.0.activities.0.kind"]]);
    expect(rules(report((d) => (activity(d).kind = "😀".repeat(L.kind + 1))))).toEqual([["field.too-long", "entries.0.activities.0.kind"]]);
  });
});

describe("the context rules' paths, params and limits (measured by mutation testing)", () => {
  const issuesOf = (input: unknown) => validateReport(input, cica).issues;

  it("places an unknown measure at its entry's measure, and names other catalogues only when they hold it", () => {
    const unknown = issuesOf(report((d) => (d.entries[0].measure = "ZZ.99"))).find((issue) => issue.rule === "measure.unknown");
    expect(unknown?.path).toEqual(["entries", 0, "measure"]);
    expect(unknown?.messageKey).toBe("measure.unknown");
    expect(unknown?.params).not.toHaveProperty("elsewhere");
  });

  it("places an unknown catalogue at `catalogue`, listing every catalogue the context holds", () => {
    const unknown = issuesOf(report((d) => (d.catalogue = "zz@1999"))).find((issue) => issue.rule === "catalogue.unknown");
    expect(unknown?.path).toEqual(["catalogue"]);
    expect(unknown?.messageKey).toBe("catalogue.unknown");
    expect(unknown?.params.known).toEqual(Object.keys(cica.catalogues));
  });

  it("places a catalogue written in another case at `catalogue` too, with the one it is and every catalogue held", () => {
    const unknown = issuesOf(report((d) => (d.catalogue = "CICA@2021"))).find((issue) => issue.rule === "catalogue.unknown");
    expect(unknown?.path).toEqual(["catalogue"]);
    expect(unknown?.messageKey).toBe("catalogue.unknown.suggest");
    expect(unknown?.params).toMatchObject({ suggestion: "cica@2021", known: Object.keys(cica.catalogues) });
  });

  it("checks a kind of the longest length in characters against the vocabulary, even when an emoji makes it one unit longer", () => {
    const kind = `${"x".repeat(L.kind - 1)}🙂`;
    expect(kind.length).toBe(L.kind + 1);
    expect(issuesOf(report((d) => (activity(d).kind = kind))).map((issue) => issue.rule)).toEqual(["activity.kind-unknown"]);
  });

  it("suggests a status written with spaces for hyphens as the status it is", () => {
    const unknown = issuesOf(report((d) => (d.entries[0].status = "partially implementd"))).find((issue) => issue.rule === "status.unknown");
    expect(unknown?.params.suggestion).toBe("partially-implemented");
  });

  it("leaves a nothing-new year past 9999 to the structure's one issue", () => {
    const rulesFound = issuesOf(
      report((d) => Object.assign(d, { schema: "cica-cbm/report@2" }) && Object.assign(d.entries[0], { nothingNewSince: 10000, activities: [] })),
    ).map((issue) => issue.rule);
    expect(rulesFound).toEqual(["field.value"]);
  });

  it("still checks a kind of exactly the longest length against the vocabulary, and leaves a longer one to field.too-long", () => {
    const kindOf = (length: number) => issuesOf(report((d) => (activity(d).kind = "x".repeat(length)))).map((issue) => issue.rule);
    expect(kindOf(L.kind)).toEqual(["activity.kind-unknown"]);
    expect(kindOf(L.kind + 1)).toEqual(["field.too-long"]);
  });
});
