import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REPORT_RULES, type RuleId } from "../src/index.js";

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");

describe("docs/reports.md", () => {
  it("lists every validation rule with its severity", () => {
    const doc = read("docs/reports.md");
    for (const [rule, info] of Object.entries(REPORT_RULES) as [RuleId, { severity: string }][]) {
      expect(doc, rule).toMatch(new RegExp(`\\| \`${rule.replace(/\./g, "\\.")}\` \\| ${info.severity} \\|`));
    }
  });
});

describe("README", () => {
  it("shows the two commands of the quick start", () => {
    const readme = read("README.md");
    expect(readme).toContain("npm ci && npm run demo");
    expect(readme).toContain("npm ci && npm test");
  });
});

describe("docs/images", () => {
  it("holds the heat maps the illustrative data renders today", async () => {
    const { illustrativeHeatmaps } = await import("../examples/heatmap.js");
    for (const [path, svg] of Object.entries(illustrativeHeatmaps())) expect(read(path), path).toBe(svg);
  });
});

describe("docs/data.md", () => {
  it("holds the tables of sources and confidence the embedded data gives today", async () => {
    const { dataSourcesMarkdown, withTables } = await import("../examples/data-sources.js");
    const doc = read("docs/data.md");
    expect(doc).toBe(withTables(doc, dataSourcesMarkdown()));
  });

  it("lists every source cited by the data", async () => {
    const { dataSourcesMarkdown } = await import("../examples/data-sources.js");
    const tables = dataSourcesMarkdown();
    expect(tables).toContain("| s-cica.org |");
    expect(tables).toContain("| the 2006 background note distributed at the OSCE Ministerial Council in Brussels");
  });
});
