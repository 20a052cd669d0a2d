import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DIMENSIONS } from "../../dimensions/DIMENSIONS.js";
import { cicaDataInfo } from "./facts.js";

// The plan cycle in the reference data (annual plans approved by the Senior Officials Committee,
// the SOC's review of one dimension a year) against the researched fact sheet of the plan cycle
// (reference/plans.json, sources in reference/plans.md). The reference once dated the 2021 plan by
// the Special Working Group's recommendation and said no environmental review was held; these
// tests keep the two records in step, so that neither error comes back and no sibling slips in.
const read = (name: string) => readFileSync(new URL(`./reference/${name}`, import.meta.url), "utf8");
const reference = JSON.parse(read("cica-data.json"));
const planFacts: PlanFact[] = JSON.parse(read("plans.json"));
const factSheet = read("cica-facts.md");
const implementation = reference.implementation;

interface PlanFact {
  kind: string;
  year: number;
  date?: string;
  body?: string;
  dimension?: string;
  confidence: string;
  sources: { key: string; url: string }[];
}
interface AnnualPlan {
  planYear: number;
  approvedOn: string;
  approvedBy: string;
  notes?: string;
  sources: string[];
  confidence: string;
}
interface DimensionReview {
  date: string;
  dimension: string;
  sources: string[];
  confidence: string;
}

const plans: AnnualPlan[] = implementation.annualPlans;
const reviews: DimensionReview[] = implementation.dimensionReviews;
const planOf = (year: number) => plans.find((p) => p.planYear === year);
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** "2025-07-21" written as the fact sheet writes days: "21 Jul 2025". */
const asProse = (day: string) => `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;

describe("the annual plans of the reference data", () => {
  it("dates the 2021 plan by the SOC's approval of 2020-12-11, not the SWG's recommendation of 2020-12-09", () => {
    const plan = planOf(2021);
    expect(plan).toMatchObject({ approvedOn: "2020-12-11", approvedBy: "SOC" });
    expect(plan?.sources).toEqual(
      expect.arrayContaining([
        "https://themorningbellbd.com/2020/12/11/cica-for-applying-covid-19-lessons-to-advance-multilateral-cooperation/",
        "https://s-cica.org/index.php?view=page&t=press_releases&id=197",
      ]),
    );
    // The SWG's day is kept, and the sources' disagreement on the SOC's day is said.
    expect(plan?.notes).toMatch(/SWG 2020-12-09/);
    expect(plan?.notes).toMatch(/12 December.*Saturday/);
    // One source reports the approval: likely, not confirmed.
    expect(plan?.confidence).toBe("likely");
  });

  it("gives every plan the approval date and body the plan-cycle fact sheet gives, and no plan it lacks", () => {
    const approvals = planFacts.filter((f) => f.kind === "plan-approval");
    expect(approvals.length).toBeGreaterThanOrEqual(5);
    for (const fact of approvals) {
      expect(planOf(fact.year)?.approvedOn, `plan ${fact.year}`).toBe(fact.date);
      expect(planOf(fact.year)?.approvedBy, `plan ${fact.year}`).toMatch(/SOC/);
      expect(planOf(fact.year)?.confidence, `plan ${fact.year}`).toBe(fact.confidence);
    }
    expect(plans.map((p) => p.planYear).sort()).toEqual(approvals.map((f) => f.year).sort());
  });

  it("never dates a plan by a recommendation of the SWG alone", () => {
    const recommendations = planFacts.filter((f) => f.kind === "plan-recommendation");
    expect(recommendations.length).toBeGreaterThanOrEqual(2);
    for (const fact of recommendations) expect(planOf(fact.year)?.approvedOn, `plan ${fact.year}`).not.toBe(fact.date);
    for (const plan of plans) expect(plan.approvedBy, `plan ${plan.planYear}`).not.toMatch(/recommendation/i);
  });
});

describe("the dimension reviews of the reference data", () => {
  it("records the environmental review of 2025-07-21 with both of its sources", () => {
    expect(reviews.find((r) => r.dimension === "environmental")).toMatchObject({
      date: "2025-07-21",
      confidence: "confirmed",
      sources: [
        "https://www.trend.az/azerbaijan/politics/4072652.html",
        "https://astanatimes.com/2025/07/new-cica-headquarters-in-astana-hosts-first-official-talks/",
      ],
    });
  });

  it("holds exactly the reviews of the plan-cycle fact sheet, each on its day and dimension", () => {
    const key = (r: { date?: string; dimension?: string }) => `${r.date} ${r.dimension}`;
    const researched = planFacts.filter((f) => f.kind === "dimension-review");
    expect(reviews.map(key).sort()).toEqual(researched.map(key).sort());
    for (const review of reviews) expect(DIMENSIONS.map((d) => d.id)).toContain(review.dimension);
  });

  it("names as missing only the dimensions no review is recorded for, in the note and in the embedded unknowns", () => {
    const reviewed = new Set(reviews.map((r) => r.dimension));
    const missing = DIMENSIONS.filter((d) => !reviewed.has(d.id)).map((d) => d.id);
    expect(missing).toEqual(["military-political"]);
    const unknown = cicaDataInfo.unknowns.filter((u) => /review/i.test(u));
    expect(unknown).toHaveLength(1);
    for (const dimension of DIMENSIONS) {
      const said = new RegExp(`review of the ${dimension.id}`);
      expect(said.test(implementation.dimensionReviewsNote), dimension.id).toBe(missing.includes(dimension.id));
      expect(said.test(unknown[0]!), dimension.id).toBe(missing.includes(dimension.id));
    }
  });
});

describe("cica-facts.md, the reference in prose", () => {
  const section6 = factSheet.slice(factSheet.indexOf("## 6."), factSheet.indexOf("## 7."));

  it("lists every dimension review of the reference by its day, and says which is missing", () => {
    for (const review of reviews) expect(section6, review.dimension).toContain(asProse(review.date));
    expect(section6).toContain("No military-political review is recorded");
    expect(section6).not.toMatch(/No environmental .*review is recorded/);
  });

  it("dates the 2021 plan's approval by the SOC and its recommendation by the SWG, as the data does", () => {
    expect(section6).toContain(`SOC approval ${asProse(planOf(2021)!.approvedOn)}`);
    expect(section6).toContain("SWG recommendation 9 Dec 2020");
    expect(section6).not.toMatch(/2021 plan: 9 Dec 2020/);
  });

  it("has a key in its list of sources for every key its section on the cycle cites", () => {
    const sources = factSheet.slice(factSheet.indexOf("## 13."));
    const cited = new Set([...section6.matchAll(/\[([A-Za-z][\w-]*)\]/g)].map((m) => m[1]!));
    // Press releases (PR-n) and CICA pages (C-…) are keyed by a pattern, the rest one by one.
    const listed = [...cited].filter((key) => !/^(PR-\d+|C-[\w-]+|BN2006)$/.test(key));
    expect(listed.length).toBeGreaterThan(5);
    expect(listed.filter((key) => !sources.includes(`- ${key}: `))).toEqual([]);
  });
});
