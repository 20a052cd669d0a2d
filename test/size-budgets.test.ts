/**
 * The size budgets sit a stated margin above the measured sizes.
 *
 * `.size-limit.cjs` derives each limit from a measured figure written beside it; `npm test` runs
 * `scripts/size-budgets.ts --check` against a fresh measurement of the built package. These tests
 * hold the rules of that check and of `npm run size:measure -- --write`, and check that the
 * config's figures, limits and comments agree.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { limitFor, MAX_MARGIN, MIN_MARGIN, marginProblems, rewriteFigures, sizesTable, withSizesTable } from "../scripts/size-budgets.js";

const configPath = fileURLToPath(new URL("../.size-limit.cjs", import.meta.url));

describe("the margin check", () => {
  const at = (size: number, sizeLimit: number) => ({ name: "an import", size, sizeLimit });

  it("accepts limits from 2% to 6% above the measured size, both ends included", () => {
    expect(marginProblems([at(1000, 1020), at(1000, 1030), at(1000, 1060)])).toEqual([]);
  });

  it("rejects a limit less than 2% above the size, naming the import and the figures", () => {
    const problems = marginProblems([at(1000, 1019), at(1000, 1030)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('"an import"');
    expect(problems[0]).toContain("limit 1019 B is 1.9% above the measured 1000 B");
    expect(problems[0]).toContain("less than 2.0%");
  });

  it("rejects a size over its limit as below the margin", () => {
    expect(marginProblems([at(1000, 990)])[0]).toContain("less than 2.0%");
  });

  it("rejects a limit more than 6% above the size, where growth would go unseen", () => {
    const problems = marginProblems([at(1000, 1061)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("more than 6.0%");
  });
});

describe("a limit from a measured size", () => {
  it("is the margin above the size, rounded up to 10 B", () => {
    expect(limitFor(1000, 0.03)).toBe(1030);
    expect(limitFor(1001, 0.03)).toBe(1040);
    expect(limitFor(307, 0.03)).toBe(320);
  });

  it("never falls below the margin, and stays within the band for sizes of 300 B and more", () => {
    for (let size = 300; size < 60_000; size += 7) {
      const limit = limitFor(size, 0.03);
      expect(limit % 10).toBe(0);
      expect(limit / size - 1).toBeGreaterThanOrEqual(0.03);
      expect(limit / size - 1).toBeLessThanOrEqual(MAX_MARGIN);
    }
  });
});

describe("rewriting the measured figures", () => {
  const config = [
    "const MARGIN = 0.03;",
    'entry("a", "{ a }", 1000), // bytes measured; limit 1030 B (+3%)',
    "entry(",
    '  "b", "{ b }",',
    "  2000, // bytes measured; limit 2060 B (+3%)",
    "),",
  ].join("\n");

  it("replaces each figure in the order of the entries and restates its limit", () => {
    expect(rewriteFigures(config, [1001, 1500])).toBe(
      [
        "const MARGIN = 0.03;",
        'entry("a", "{ a }", 1001), // bytes measured; limit 1040 B (+3%)',
        "entry(",
        '  "b", "{ b }",',
        "  1500, // bytes measured; limit 1550 B (+3%)",
        "),",
      ].join("\n"),
    );
  });

  it("refuses a config whose figures do not match the entries one to one", () => {
    expect(() => rewriteFigures(config, [1000])).toThrow(/2 measured figures for 1 entries/);
    expect(() => rewriteFigures(config.replace("const MARGIN = 0.03;", ""), [1, 2])).toThrow(/MARGIN/);
  });
});

describe(".size-limit.cjs", () => {
  const text = readFileSync(configPath, "utf8");
  const entries = createRequire(import.meta.url)(configPath) as { name: string; limit: string }[];
  const margin = Number(/const MARGIN = ([\d.]+);/.exec(text)?.[1]);
  const figures = [...text.matchAll(/(\d+)\)?, \/\/ bytes measured; limit (\d+) B \(\+([\d.]+)%\)/g)].map((m) => ({
    measured: Number(m[1]),
    statedLimit: Number(m[2]),
    statedMargin: Number(m[3]) / 100,
  }));

  it("states a margin within the band the check enforces", () => {
    expect(margin).toBeGreaterThanOrEqual(MIN_MARGIN);
    expect(margin).toBeLessThanOrEqual(MAX_MARGIN);
  });

  it("writes one measured figure beside each entry, with the limit and the margin it gives", () => {
    expect(entries.length).toBeGreaterThan(0);
    expect(figures).toHaveLength(entries.length);
    entries.forEach((entry, i) => {
      const figure = figures[i];
      expect(figure, entry.name).toBeDefined();
      if (figure === undefined) return;
      expect(entry.limit, entry.name).toBe(`${limitFor(figure.measured, margin)} B`);
      expect(figure.statedLimit, entry.name).toBe(limitFor(figure.measured, margin));
      expect(figure.statedMargin, entry.name).toBe(margin);
    });
  });
});

describe("docs/performance.md", () => {
  it("shows the sizes and budgets that .size-limit.cjs holds, entry by entry", () => {
    const config = readFileSync(configPath, "utf8");
    const names = (createRequire(import.meta.url)(configPath) as { name: string }[]).map((e) => e.name);
    const doc = readFileSync(fileURLToPath(new URL("../docs/performance.md", import.meta.url)), "utf8");
    expect(doc).toBe(withSizesTable(doc, sizesTable(config, names)));
    expect(sizesTable(config, names).split("\n")).toHaveLength(names.length + 2);
  });

  it("writes each entry's measured figure and its limit in bytes", () => {
    const config = 'const MARGIN = 0.03;\nentry("a", "{ a }", 1000), // bytes measured; limit 1030 B (+3%)\n';
    expect(sizesTable(config, ["a | b"])).toBe("| import | measured | budget |\n|---|---:|---:|\n| a \\| b | 1,000 B | 1,030 B |");
  });
});
