import { toReportSummary } from "../aggregate/toReportSummary.js";
import { describe, expect, it } from "vitest";
import { activity, expectCbmError, joint, report } from "../../test/support/aggregateFixtures.js";
import { plan, planEvent } from "../../test/support/planFixtures.js";
import { cica } from "../data/cica/index.js";
import type { NationalReport } from "../reports/schema.js";
import { validateReports } from "../reports/validateReports.js";
import { dimensionReview } from "./dimensionReview.js";

/** The plan of the tests: two human-dimension events and one military-political. */
const human = () =>
  plan([
    planEvent("E01", { dimension: "human", priorityArea: "human-general", proposers: ["UZ"], planned: "2025-09" }),
    planEvent("E02", { dimension: "human", priorityArea: "human-general", proposers: ["IN"], planned: "2025-11" }),
    planEvent("E03"),
  ]);
const kz = () =>
  report("KZ", {
    entries: [
      { measure: "HUM.4", status: "implemented", activities: [activity(["UZ"], "2025-09-01", "2025-09-30", "Student exchange")] },
      { measure: "2.1.2", status: "implemented", activities: [activity(["TR"], "2025-04-10", undefined, "College visit")] },
    ],
  });
const uz = () => joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-15", undefined, "Exchange of students")], { submittedOn: "2026-05-01" });

describe("dimensionReview", () => {
  // Computed inside each test, so that a change that makes it throw fails the tests by name.
  const reviewOf = () => dimensionReview(human(), [kz(), uz()], cica, { year: 2025, dimension: "human" });

  it("holds the plan's execution for the dimension's events only", () => {
    const review = reviewOf();
    expect(review.execution.events.map((e) => `${e.id} ${e.state}`)).toEqual(["E01 held-by-reports", "E02 no-information"]);
    expect(review.execution.totals.events).toBe(2);
    expect(review.label).toEqual({ en: "Human dimension", ru: "Человеческое измерение" });
  });

  it("keeps the implementation matrix's columns of the dimension, by priority area or by measure", () => {
    const review = reviewOf();
    expect(review.matrix.groups.map((g) => g.id)).toEqual(["human-general"]);
    expect(review.matrix.rows.map((r) => [r.state, r.cells.length])).toEqual([
      ["KZ", 1],
      ["UZ", 1],
    ]);
    const byMeasure = dimensionReview(human(), [kz(), uz()], cica, { year: 2025, dimension: "human", by: "measure" });
    expect(byMeasure.matrix.groups.map((g) => g.id)).toEqual(["HUM.1", "HUM.2", "HUM.3", "HUM.4", "HUM.5", "HUM.6"]);
    expect(byMeasure.matrix.rows.find((r) => r.state === "KZ")?.cells[3]?.entries).toBe(1);
    // The environmental measures of cica@2021 have no priority area: their column is "(none)".
    const env = dimensionReview(human(), [kz()], cica, { year: 2025, dimension: "environmental" });
    expect(env.matrix.groups.map((g) => g.id)).toEqual(["(none)"]);
    const mp = dimensionReview(human(), [kz()], cica, { year: 2025, dimension: "military-political" });
    expect(mp.matrix.groups.map((g) => g.id)).toEqual(["mp-general"]);
  });

  it("says who replied for the year, whatever dimension the replies cover", () => {
    const review = reviewOf();
    expect(review.replies.expected).toBe(28);
    expect(review.replies.rows.filter((r) => r.reply !== "missing").map((r) => r.state)).toEqual(["KZ", "UZ"]);
  });

  it("keeps the mirror checks of joint activities under the dimension's measures, counts recounted", () => {
    const review = reviewOf();
    expect(review.discrepancies.rows.map((r) => [r.measure, r.status])).toEqual([["HUM.4", "confirmed"]]);
    expect(review.discrepancies).toMatchObject({ confirmed: 1, unconfirmed: 0, noPartnerReport: 0, partnerOtherCatalogue: 0 });
    const mp = dimensionReview(human(), [kz(), uz()], cica, { year: 2025, dimension: "military-political" });
    expect(mp.discrepancies.rows.map((r) => [r.measure, r.status])).toEqual([["2.1.2", "no-partner-report"]]);
    expect(mp.discrepancies.noPartnerReport).toBe(1);
  });

  it("reads every part as on asOf", () => {
    const early = dimensionReview(human(), [kz(), uz()], cica, { year: 2025, dimension: "human", asOf: "2026-04-01" });
    expect(early.replies.rows.find((r) => r.state === "UZ")?.reply).toBe("missing");
    expect(early.matrix.rows.map((r) => r.state)).toEqual(["KZ"]);
    expect(early.discrepancies.rows.map((r) => r.status)).toEqual(["no-partner-report"]);
    expect(early.execution.events.map((e) => e.state)).toEqual(["held-by-reports", "no-information"]);
    expect(early.asOf).toBe("2026-04-01");
  });

  it("reads a one-time iterable once, so that every part sees the same reports", () => {
    const review = reviewOf();
    function* once(): Generator<NationalReport> {
      yield kz();
      yield uz();
    }
    expect(dimensionReview(human(), once(), cica, { year: 2025, dimension: "human" })).toEqual(review);
  });

  it("says in each misuse error that it is dimensionReview's, what was wrong and what to pass", () => {
    expect(() => dimensionReview(human(), toReportSummary([]) as never, cica, { year: 2025, dimension: "human" })).toThrow(
      /^dimensionReview: pass the reports \(a ledger or a list\), not a summary/,
    );
    expect(() => dimensionReview(human(), [], cica, null as never)).toThrow(/^dimensionReview: pass options such as \{ year: 2025, dimension: "human" \}\.$/);
    expect(() => dimensionReview(human(), [], cica, { year: 2025, dimension: "cultural" as never })).toThrow(
      /^dimensionReview: options\.dimension must be one of military-political, .*human \(got "cultural"\)\.$/,
    );
    expect(() => dimensionReview(human(), [], cica, { year: 2025, dimension: "human", by: "dimension" as never })).toThrow(
      /^dimensionReview: options\.by must be "priorityArea" or "measure" \(got "dimension"\)\.$/,
    );
  });

  it("throws a CbmError for an unknown dimension or grouping", () => {
    expectCbmError(() => dimensionReview(human(), [], cica, { year: 2025, dimension: "cultural" as never }), "invalid-argument");
    expectCbmError(() => dimensionReview(human(), [], cica, { year: 2025, dimension: "human", by: "dimension" as never }), "invalid-argument");
  });
});

describe("dimensionReview: what it passes on to each part", () => {
  const plans = () => [
    plan([planEvent("E01", { dimension: "human", priorityArea: "human-general", proposers: ["UZ"], planned: "2025-09" })]),
    plan([planEvent("E09", { dimension: "human", priorityArea: "human-general", proposers: ["KZ"], planned: "2025-10" })], { id: "OTHER-2025" }),
  ];

  it("takes the plan named by options.plan when the year has plans of several ids", () => {
    const review = dimensionReview(plans(), [], cica, { year: 2025, dimension: "human", plan: "OTHER-2025" });
    expect([review.execution.plan?.id, review.execution.events.map((e) => e.id)]).toEqual(["OTHER-2025", ["E09"]]);
    expectCbmError(() => dimensionReview(plans(), [], cica, { year: 2025, dimension: "human" }), "invalid-argument");
  });

  it("marks a reply first submitted after options.deadline late", () => {
    const reports = [report("KZ", { submittedOn: "2026-03-01" }), report("UZ", { submittedOn: "2026-05-01" })];
    const review = dimensionReview(plans()[0]!, reports, cica, { year: 2025, dimension: "human", deadline: "2026-04-01" });
    expect(review.replies.rows.filter((r) => r.reply !== "missing").map((r) => [r.state, r.late])).toEqual([
      ["KZ", false],
      ["UZ", true],
    ]);
  });

  it("tells a state whose submissions were rejected from one that sent nothing, given options.rejected", () => {
    const rejected = validateReports([{ input: { ...report("TJ"), submittedOn: "2026-02-30" }, origin: { file: "tj.json" } }], cica);
    const review = dimensionReview(plans()[0]!, [], cica, { year: 2025, dimension: "human", rejected });
    expect(review.replies.rows.find((r) => r.state === "TJ")?.reply).toBe("rejected");
    expect(dimensionReview(plans()[0]!, [], cica, { year: 2025, dimension: "human" }).replies.rows.find((r) => r.state === "TJ")?.reply).toBe("missing");
  });

  it("reads the matrix and the mirror checks on options.catalogue when given, else on the plan's", () => {
    const reports = [joint("KZ", "3.4", [activity(["UZ"], "2025-09-15")], { catalogue: "cica@2004" })];
    const review = dimensionReview(plans()[0]!, reports, cica, { year: 2025, dimension: "new-challenges-threats", catalogue: "cica@2004" });
    expect([review.matrix.catalogue, review.matrix.groups.map((g) => g.id)]).toEqual(["cica@2004", ["nct-drugs"]]);
    expect(review.discrepancies.rows.map((r) => [r.reporter, r.measure])).toEqual([["KZ", "3.4"]]);
    const onPlan = dimensionReview(plans()[0]!, reports, cica, { year: 2025, dimension: "new-challenges-threats" });
    expect([onPlan.matrix.catalogue, onPlan.discrepancies.rows]).toEqual(["cica@2021", []]);
  });

  it("keeps in the discrepancies the replies' conflicts and back-dated revisions of the matrix's catalogue only", () => {
    const reports = [
      report("KZ"),
      report("KZ", { entries: [], nil: true }),
      report("UZ", { catalogue: "cica@2004", entries: [{ measure: "3.4", status: "implemented" }] }),
      report("UZ", { catalogue: "cica@2004", entries: [], nil: true }),
      report("TR", { submittedOn: "2026-03-01" }),
      report("TR", { revision: 2, submittedOn: "2026-02-01" }),
      report("IN", { catalogue: "cica@2004", entries: [], nil: true, submittedOn: "2026-03-01" }),
      report("IN", { catalogue: "cica@2004", entries: [], nil: true, revision: 2, submittedOn: "2026-02-01" }),
    ];
    const review = dimensionReview(plans()[0]!, reports, cica, { year: 2025, dimension: "human" });
    expect(review.replies.conflicts.map((note) => note.catalogue).sort()).toEqual(["cica@2004", "cica@2021"]);
    expect(review.replies.backdated.map((note) => note.catalogue).sort()).toEqual(["cica@2004", "cica@2021"]);
    expect(review.discrepancies.conflicts.map((note) => note.catalogue)).toEqual(["cica@2021"]);
    expect(review.discrepancies.backdated.map((note) => note.catalogue)).toEqual(["cica@2021"]);
  });

  it("reads the plan's execution as on asOf too", () => {
    const reports = [
      report("UZ", { submittedOn: "2026-03-01", entries: [{ measure: "HUM.4", status: "implemented", activities: [activity([], "2025-09-10")] }] }),
    ];
    const execution = (asOf?: string) =>
      dimensionReview(plans()[0]!, reports, cica, { year: 2025, dimension: "human", ...(asOf !== undefined ? { asOf } : {}) }).execution;
    expect([execution().events[0]?.state, execution("2026-02-28").events[0]?.state, execution("2026-02-28").asOf]).toEqual([
      "held-by-reports",
      "no-information",
      "2026-02-28",
    ]);
  });

  it("keeps no column whose measures are of several dimensions", () => {
    const base = cica.catalogues["cica@2021"];
    // A catalogue of the tests: cica@2021 with HUM.1 given no priority area, so that the column "(none)" holds environmental and human measures.
    const mixed = {
      ...base,
      ref: "mixed@1",
      measures: base.measures.map((m) => {
        if (m.id !== "HUM.1") return m;
        const { priorityArea: _, ...rest } = m;
        return rest;
      }),
    };
    const review = dimensionReview([], [], { catalogues: [mixed], registry: cica.registry }, { year: 2025, dimension: "environmental", catalogue: "mixed@1" });
    expect(review.matrix.groups).toEqual([]);
  });

  it("names asOf in the error of an asOf that is not a date", () => {
    expect(() => dimensionReview(plans()[0]!, [], cica, { year: 2025, dimension: "human", asOf: "2026-02-30" })).toThrow(
      /^dimensionReview: asOf "2026-02-30" is not a real calendar date/,
    );
  });

  it("names no asOf when none is asked", () => {
    expect("asOf" in dimensionReview(plans()[0]!, [], cica, { year: 2025, dimension: "human" })).toBe(false);
  });

  it("says options that are not an object are misuse, with an example to pass", () => {
    expect(() => dimensionReview(plans()[0]!, [], cica, 2025 as never)).toThrow(/^dimensionReview: pass options such as/);
  });
});
