// The table and the heat map of the implementation matrix say which measure they show, how it is
// computed, which rows are voluntary, and list the states in one order.
import { describe, expect, it } from "vitest";
import { implementationMatrix } from "../aggregate/implementationMatrix.js";
import { cica } from "../data/cica/index.js";
import { en } from "../i18n/en.js";
import { matrixLegend } from "./matrixLegend.js";
import { matrixTable } from "./matrixTable.js";
import { renderMatrixSvg } from "./renderMatrixSvg.js";
import { toCsv } from "./toCsv.js";
import { toMarkdown } from "./toMarkdown.js";
import { entry, nilReport, registry, report } from "../../test/support/aggregateFixtures.js";

// 2022: Kuwait joined during the year, Turkmenistan is an observer; both report voluntarily.
// Built inside each test that reads them (docs/testing.md: fixtures belong inside the tests).
const reports = () => [
  report("UZ", { year: 2022, entries: [entry("HUM.1", "not-started"), entry("HUM.2", "not-started")] }),
  report("TM", { year: 2022 }),
  report("KW", { year: 2022 }),
  report("AF", { year: 2022, entries: [entry("HUM.1", "implemented")] }),
  nilReport("MN", { year: 2022 }),
];
const matrix = () => implementationMatrix(reports(), cica, { year: 2022, catalogue: "cica@2021" });

/** The state labels of the heat map, top to bottom (the texts anchored at the end of the label column). */
const svgRowLabels = (svg: string) => [...svg.matchAll(/<text x="[\d.]+" y="[\d.]+" text-anchor="end" fill="#111111">([^<]*)<\/text>/g)].map((m) => m[1]!);
const unescapeXml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const svgText = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => unescapeXml(m[1]!));

describe("the matrix's measure in its table and heat map", () => {
  it("heads the heat map with the measure it shows, in English and Russian", () => {
    expect(renderMatrixSvg(matrix(), { registry })).toContain('<title id="t">Implementation level of cica@2021, 2022</title>');
    expect(renderMatrixSvg(matrix(), { registry, measure: "coverage" })).toContain('<title id="t">Coverage of reporting on cica@2021, 2022</title>');
    expect(renderMatrixSvg(matrix(), { registry, lang: "ru" })).toContain('<title id="t">Уровень выполнения мер: cica@2021, 2022</title>');
    expect(renderMatrixSvg(matrix(), { registry, lang: "ru", measure: "coverage" })).toContain('<title id="t">Охват отчётности: cica@2021, 2022</title>');
  });

  it("colours a state that reports 'not started' everywhere by a level of 0%, with its coverage of 33% below it", () => {
    const svg = renderMatrixSvg(matrix(), { registry });
    expect(svg).toContain("Uzbekistan — Human dimension: level 0%, coverage 33% (2 of 6 measures)");
    const coverage = renderMatrixSvg(matrix(), { registry, measure: "coverage" });
    expect(coverage).toContain("Uzbekistan — Human dimension: coverage 33% (2 of 6 measures)");
    expect(coverage).not.toContain("level 0%");
  });

  it("writes an unknown level as '–' (with the coverage beside it), never as 0%", () => {
    const svg = renderMatrixSvg(matrix(), { registry });
    expect(svg).toContain("Mongolia (nil report) — Human dimension: level not reported (unknown), coverage 0%");
    const table = matrixTable(matrix(), { registry });
    const mn = table.rows.find((r) => r.code === "MN")!;
    const human = table.columns.findIndex((c) => c.label === "Human dimension: level");
    expect(mn[table.columns[human]!.key]).toBe("–");
    expect(mn[table.columns[human + 1]!.key]).toBe("0%");
  });

  it("explains how the measure is computed in the legend, naming the ends of the scale, in English and Russian", () => {
    expect(matrixLegend(matrix())).toMatch(/^Implementation level: the mean status .* from 0% \(Not started\) to 100% \(Implemented\); .*unknown, not zero/);
    expect(matrixLegend(matrix(), { measure: "coverage" })).toMatch(/^Coverage: the share of the group's measures .*not the implementation level/);
    expect(matrixLegend(matrix(), { lang: "ru" })).toMatch(/^Уровень выполнения: средний статус .* от 0% \(«Не начато»\) до 100% \(«Выполнено»\)/);
    expect(matrixLegend(matrix(), { lang: "ru", measure: "coverage" })).toMatch(/^Охват: доля мер группы/);
    // The heat map carries the same sentence, wrapped into lines.
    for (const lang of ["en", "ru"] as const) {
      const text = svgText(renderMatrixSvg(matrix(), { registry, lang })).join(" ");
      expect(text.replace(/- /g, "-")).toContain(matrixLegend(matrix(), { lang }).replace(/- /g, "-"));
    }
  });

  it("writes the ends of the scale as '–' in the legend when the vocabulary has no scale (fewer than two scores)", () => {
    const unscaled = { ...matrix(), scale: null };
    expect(matrixLegend(unscaled)).toContain("from 0% (–) to 100% (–);");
    expect(matrixLegend(unscaled, { lang: "ru" })).toContain("от 0% («–») до 100% («–»)");
  });

  it("shows a group with no measures as 'no measures known' in the table (one column) and the heat map (once, over its column)", () => {
    for (const [lang, words] of [
      ["en", "no measures known"],
      ["ru", "меры не известны"],
    ] as const) {
      const table = matrixTable(matrix(), { registry, lang });
      const economic = table.columns.filter((c) => c.label.startsWith(lang === "en" ? "Economic dimension" : "Экономическое измерение"));
      expect(economic).toHaveLength(1);
      for (const row of table.rows) expect(row[economic[0]!.key]).toBe(words);
      for (const value of [undefined, "coverage", "meanScore"] as const) {
        const other = matrixTable(matrix(), { registry, lang, ...(value ? { value } : {}) });
        expect(other.rows.every((row) => row[economic[0]!.key] === words)).toBe(true);
      }
      const svg = renderMatrixSvg(matrix(), { registry, lang });
      const [first, second] = lang === "en" ? ["no measures", "known"] : ["меры не", "известны"];
      expect(svgText(svg).filter((t) => t === first)).toHaveLength(1);
      expect(svgText(svg).filter((t) => t === second)).toHaveLength(1);
    }
    // The Markdown column is text, aligned as the others.
    expect(toMarkdown(matrixTable(matrix(), { registry })).split("\n")[1]).not.toContain("---:");
  });

  it("names the heading of a matrix by measure as a heading, not as missing measures", () => {
    const byMeasure = implementationMatrix(reports(), cica, { year: 2022, catalogue: "cica@2021", by: "measure" });
    const table = matrixTable(byMeasure, { registry });
    const heading = table.columns.find((c) => c.label.startsWith("2.1.1") || c.label === byMeasure.groups.find((g) => g.id === "2.1.1")!.label.en)!;
    expect(table.rows[0]![heading.key]).toBe("a heading, not reported on");
  });
});

describe("voluntary reports in the table and the heat map", () => {
  it("marks an observer's and a newcomer's row in English and Russian, and a nil report as before", () => {
    const en = matrixTable(matrix(), { registry }).rows.map((r) => r.state);
    expect(en).toEqual([
      "Afghanistan",
      "Mongolia (nil report)",
      "Uzbekistan",
      "Kuwait (joined during the year, voluntary report)",
      "Turkmenistan (observer, voluntary report)",
    ]);
    const ru = matrixTable(matrix(), { registry, lang: "ru" }).rows.map((r) => r.state);
    expect(ru.at(-2)).toBe("Кувейт (вступило в течение года, добровольный отчёт)");
    expect(ru.at(-1)).toBe("Туркменистан (наблюдатель, добровольный отчёт)");
    const svg = renderMatrixSvg(matrix(), { registry, lang: "ru" });
    expect(svgRowLabels(svg)).toEqual(ru);
  });

  it("marks the voluntary report of a state that is no participant apart from an observer's and a newcomer's", () => {
    const outside = implementationMatrix([report("XX", { year: 2022 })], cica, { year: 2022, catalogue: "cica@2021" });
    expect(matrixTable(outside, { registry }).rows.map((r) => r.state)).toEqual(["XX (not a participant, voluntary report)"]);
  });

  it("gives a row both its marks, parted by a semicolon: an observer's voluntary nil report", () => {
    const nil = implementationMatrix([nilReport("TM", { year: 2022 })], cica, { year: 2022, catalogue: "cica@2021" });
    expect(matrixTable(nil, { registry }).rows.map((r) => r.state)).toEqual(["Turkmenistan (nil report; observer, voluntary report)"]);
    expect(matrixTable(nil, { registry, lang: "ru" }).rows.map((r) => r.state)).toEqual(["Туркменистан (нулевой отчёт; наблюдатель, добровольный отчёт)"]);
  });

  it("lists the states in the same order in the table and the heat map, in every language", () => {
    for (const lang of ["en", "ru"] as const) {
      const table = matrixTable(matrix(), { registry, lang }).rows.map((r) => r.state);
      expect(svgRowLabels(renderMatrixSvg(matrix(), { registry, lang }))).toEqual(table);
    }
  });

  it("leaves the voluntary rows out of both when the matrix leaves them out", () => {
    const expected = implementationMatrix(reports(), cica, { year: 2022, catalogue: "cica@2021", expectedOnly: true });
    expect(matrixTable(expected, { registry }).rows.map((r) => r.code)).toEqual(["AF", "MN", "UZ"]);
    expect(svgRowLabels(renderMatrixSvg(expected, { registry }))).toEqual(["Afghanistan", "Mongolia (nil report)", "Uzbekistan"]);
  });
});

describe("the heat map's long titles", () => {
  const long =
    "Уровень выполнения мер Совещания по взаимодействию и мерам доверия в Азии по Каталогу 2021 г., 2025 (иллюстративные данные, не реальные отчёты государств-членов)";

  it("wraps a long title into lines within the picture, losing no word", () => {
    const svg = renderMatrixSvg(matrix(), { registry, lang: "ru", title: long });
    const width = Number(svg.match(/<svg [^>]*width="(\d+)"/)![1]);
    const lines = [...svg.matchAll(/<text x="10" y="[\d.]+" font-size="16" font-weight="600" fill="#111111">([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(long);
    // At most 0.66 em a letter (the estimate the layout uses for bold 16 px), each line fits.
    for (const line of lines) expect(10 + line.length * 16 * 0.66).toBeLessThanOrEqual(width - 10);
    expect(svg).toContain(`<title id="t">${long}</title>`);
    expect(svg).not.toContain("…");
  });

  it("moves the grid down below a wrapped title, so that no heading overlaps it", () => {
    const short = renderMatrixSvg(matrix(), { registry, lang: "ru", title: "Кратко" });
    const wrapped = renderMatrixSvg(matrix(), { registry, lang: "ru", title: long });
    const firstHeadingY = (svg: string) => Number(svg.match(/<text x="[\d.]+" y="([\d.]+)" text-anchor="middle" fill="#111111">/)![1]);
    const lastTitleY = (svg: string) => Math.max(...[...svg.matchAll(/<text x="10" y="([\d.]+)" font-size="16"/g)].map((m) => Number(m[1])));
    expect(firstHeadingY(wrapped)).toBeGreaterThan(firstHeadingY(short));
    expect(firstHeadingY(wrapped)).toBeGreaterThan(lastTitleY(wrapped) + 10);
  });

  it("gives a long state name room: the label column is as wide as the longest marked name", () => {
    const svg = renderMatrixSvg(matrix(), { registry, lang: "ru" });
    const gridLeft = Number(svg.match(/<rect x="([\d.]+)" y="[\d.]+" width="110"/)![1]) - 1;
    const longest = Math.max(...svgRowLabels(svg).map((n) => n.length));
    expect(gridLeft).toBeGreaterThanOrEqual(longest * 12 * 0.62);
  });
});

describe("the CSV of the matrix table", () => {
  it("keeps level and coverage in columns of their own, headed by their measure", () => {
    const csv = toCsv(matrixTable(matrix(), { registry }));
    expect(csv.split("\r\n")[0]).toContain("Human dimension: level,Human dimension: coverage");
    expect(en.labels.matrix.level).toBe("level");
  });
});
