// docs/plan-cycle.md tells users what is known of CICA's plan cycle. These tests keep its tables
// true to the researched facts (src/data/cica/reference/plans.json, and the reference data the
// embedded data is generated from), its links to sources the project holds, and its account of
// the demo's illustrative plan true to that file.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DIMENSIONS } from "../src/index.js";

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
const doc = read("docs/plan-cycle.md");
const reference = JSON.parse(read("src/data/cica/reference/cica-data.json"));
const facts: { kind: string; year: number; date: string; dimension?: string; confidence: string }[] = JSON.parse(read("src/data/cica/reference/plans.json"));

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** A date of the data as the page writes it: "11 Dec 2020", "3–4 Dec 2024", "Dec 2025". */
function asProse(date: string): string {
  const [from, to] = date.split("/") as [string, string | undefined];
  const month = `${MONTHS[Number(from.slice(5, 7)) - 1]} ${from.slice(0, 4)}`;
  if (from.length === 7) return month;
  if (to && to.slice(0, 7) === from.slice(0, 7)) return `${Number(from.slice(8))}–${Number(to.slice(8))} ${month}`;
  return `${Number(from.slice(8))} ${month}`;
}

/** The rows of the table under a heading, as arrays of trimmed cells (header and rule left out). */
function tableUnder(heading: string): string[][] {
  const start = doc.indexOf(`\n## ${heading}\n`);
  expect(start, heading).toBeGreaterThan(0);
  const section = doc.slice(start + 1).split("\n## ")[0]!;
  const rows = section.split("\n").filter((line) => line.startsWith("|") && !line.startsWith("|---"));
  return rows.slice(1).map((line) =>
    line
      .slice(2, -2)
      .split(" | ")
      .map((cell) => cell.trim()),
  );
}

describe("docs/plan-cycle.md", () => {
  it("formats dates as the page writes them (the helper of these tests)", () => {
    expect(asProse("2020-12-11")).toBe("11 Dec 2020");
    expect(asProse("2024-12-03/2024-12-04")).toBe("3–4 Dec 2024");
    expect(asProse("2025-12")).toBe("Dec 2025");
  });

  it("gives every plan on record the SOC's approval date and the confidence of plans.json, and 'not found' for a year with none", () => {
    const rows = tableUnder("The plans on record");
    const approvals = facts.filter((f) => f.kind === "plan-approval");
    expect(approvals.length).toBeGreaterThanOrEqual(5);
    for (const fact of approvals) {
      const row = rows.find((r) => r[0] === String(fact.year));
      expect(row, `plan ${fact.year}`).toBeDefined();
      expect(row![1]!.startsWith(asProse(fact.date)), `plan ${fact.year}: "${row![1]}"`).toBe(true);
      expect(row![4]!.startsWith(fact.confidence), `plan ${fact.year}: "${row![4]}"`).toBe(true);
      // The reference data the embedded data comes from agrees.
      expect(reference.implementation.annualPlans.find((p: { planYear: number }) => p.planYear === fact.year)?.approvedOn).toBe(fact.date);
    }
    for (const row of rows.filter((r) => !approvals.some((f) => String(f.year) === r[0]))) expect(row[1], `plan ${row[0]}`).toBe("not found");
  });

  it("lists exactly the dimension reviews on record, each by its day and dimension, and names the dimension never reviewed", () => {
    const rows = tableUnder("The dimension reviews");
    const reviews = facts.filter((f) => f.kind === "dimension-review");
    const words = (id: string) => (id === "new-challenges-threats" ? "new challenges and threats" : id);
    expect(rows.map((r) => `${r[0]} ${r[1]!.split(" (")[0]}`).sort()).toEqual(reviews.map((f) => `${asProse(f.date)} ${words(f.dimension!)}`).sort());
    const never = DIMENSIONS.filter((d) => !reviews.some((f) => f.dimension === d.id)).map((d) => words(d.id));
    expect(never).toEqual(["military-political"]);
    for (const dimension of never) expect(doc).toContain(`No review of the ${dimension} dimension was found`);
  });

  it("links only to sources the project's reference data cites, and to files that exist", () => {
    const cited = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === "string" && /^https?:\/\//.test(value)) cited.add(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === "object") Object.values(value).forEach(collect);
    };
    collect(reference);
    collect(facts);
    const links = [...doc.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    const web = links.filter((link) => /^https?:\/\//.test(link));
    expect(web.length).toBeGreaterThan(20);
    expect(web.filter((link) => !cited.has(link))).toEqual([]);
    const files = links.filter((link) => !/^https?:\/\//.test(link)).map((link) => link.split("#")[0]!);
    expect(files.filter((file) => !existsSync(new URL(`../docs/${file}`, import.meta.url)))).toEqual([]);
  });

  it("describes the demo's illustrative plan as the file holds it: 44 invented events, about 20 proposed by Azerbaijan", () => {
    const plan = JSON.parse(read("examples/illustrative-plan-2025.json"));
    expect(doc).toContain("[`examples/illustrative-plan-2025.json`](../examples/illustrative-plan-2025.json)");
    expect(doc).toContain(`${plan.events.length} invented\nevents`);
    const real = reference.implementation.annualPlans.find((p: { planYear: number }) => p.planYear === 2025);
    expect(plan.events.length).toBe(real.events);
    expect(real.eventsProposedByAzerbaijan).toBe("about 20");
    const byChair = plan.events.filter((e: { proposers: string[] }) => e.proposers[0] === "AZ").length;
    expect(Math.abs(byChair - 20)).toBeLessThanOrEqual(3);
  });
});
