import { describe, expect, it } from "vitest";
import { renderMatrixSvg } from "./renderMatrixSvg.js";
import { implementationMatrix } from "../aggregate/implementationMatrix.js";
import { registry, c2021, report, nilReport, entry } from "../../test/support/aggregateFixtures.js";

/** A small well-formedness check: tags balance, attributes are quoted, text holds no raw < or stray &. */
function checkXml(svg: string): { tags: string[] } {
  const tags: string[] = [];
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  let match: RegExpExecArray | null;
  const checkText = (text: string) => {
    expect(text).not.toContain("<");
    expect(text).not.toContain(">");
    expect(text.replace(/&(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);/g, "")).not.toContain("&");
  };
  while ((match = token.exec(svg)) !== null) {
    checkText(svg.slice(last, match.index));
    last = token.lastIndex;
    const [, closing, name, attributes, selfClosing] = match;
    for (const attribute of (attributes ?? "").matchAll(/="([^"]*)"/g)) checkText(attribute[1] ?? "");
    if (closing) {
      expect(stack.pop()).toBe(name);
    } else {
      tags.push(name!);
      if (!selfClosing) stack.push(name!);
    }
  }
  checkText(svg.slice(last));
  expect(stack).toEqual([]);
  return { tags };
}

/** Kazakhstan and Uzbekistan report on the human and environmental dimensions, Mongolia a nil report (2025, by dimension). */
const matrixOf = () =>
  implementationMatrix(
    [
      report("KZ", { entries: [entry("HUM.1"), entry("HUM.2", "planned"), entry("2.1.2")] }),
      report("UZ", { entries: [entry("ENV.1", "in-progress"), entry("ENV.2")] }),
      nilReport("MN"),
    ],
    { catalogues: [c2021] },
    { year: 2025, by: "dimension" },
  );

describe("renderMatrixSvg", () => {
  it("is well-formed XML with one svg root, a <title> and a <desc>", () => {
    const matrix = matrixOf();
    const svg = renderMatrixSvg(matrix, { registry });
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    const { tags } = checkXml(svg);
    expect(tags.filter((t) => t === "svg")).toHaveLength(1);
    expect(tags.filter((t) => t === "desc")).toHaveLength(1);
    expect(svg).toMatch(/<title id="t">Implementation level of cica@2021, 2025<\/title>/);
    expect(svg).toMatch(/<desc id="d">[^<]+<\/desc>/);
  });

  it("gives every cell a <title> of its own, besides the document's", () => {
    const matrix = matrixOf();
    const svg = renderMatrixSvg(matrix, { registry });
    const titles = [...svg.matchAll(/<title[^>]*>([^<]*)<\/title>/g)].map((m) => m[1]!);
    expect(titles).toHaveLength(1 + matrix.rows.length * matrix.groups.length);
    expect(titles).toContain("Kazakhstan — Human dimension: level 63%, coverage 33% (2 of 6 measures), mean score 2.50, entries: 2");
    expect(titles).toContain("Kazakhstan — Economic dimension: no measures known");
    expect(titles).toContain("Mongolia (nil report) — Human dimension: level not reported (unknown), coverage 0% (0 of 6 measures), mean score –, entries: 0");
    expect(titles.some((t) => t.startsWith("Mongolia (nil report) — Human dimension:"))).toBe(true);
  });

  it("escapes a hostile title, so no script gets in", () => {
    const matrix = matrixOf();
    const title = `</title><script>alert(1)</script> & "quotes" 'too'`;
    const svg = renderMatrixSvg(matrix, { title });
    checkXml(svg);
    expect(svg.toLowerCase()).not.toContain("<script");
    expect(svg).toContain("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &apos;too&apos;");
  });

  it("escapes hostile state codes and group labels shown without a registry", () => {
    const matrix = matrixOf();
    const hostile = {
      ...matrix,
      rows: [{ ...matrix.rows[0]!, state: "<script>x</script>" }],
      groups: matrix.groups.map((g) => ({ ...g, label: { en: `<img src=x onerror=alert(1)> ${g.id}` } })),
    };
    const svg = renderMatrixSvg(hostile);
    checkXml(svg);
    expect(svg.toLowerCase()).not.toContain("<script");
    expect(svg.toLowerCase()).not.toContain("<img");
  });

  it("refers to nothing outside itself: no URL but the SVG namespace, no @import, no url()", () => {
    const matrix = matrixOf();
    const svg = renderMatrixSvg(matrix, { registry, lang: "ru" });
    const urls = [...svg.matchAll(/https?:\/\/[^\s"'<>]*/g)].map((m) => m[0]);
    expect(urls).toEqual(["http://www.w3.org/2000/svg"]);
    expect(svg).not.toMatch(/@import/i);
    expect(svg).not.toMatch(/url\(/i);
    expect(svg).not.toMatch(/xlink:href|\shref=/i);
    expect(svg).not.toMatch(/<(script|image|foreignObject|style)\b/i);
  });

  it("labels everything in Russian with lang ru", () => {
    const matrix = matrixOf();
    const svg = renderMatrixSvg(matrix, { registry, lang: "ru" });
    checkXml(svg);
    expect(svg).toContain('<title id="t">Уровень выполнения мер: cica@2021, 2025</title>');
    expect(svg).toContain("Казахстан");
    expect(svg).toContain("Монголия (нулевой отчёт)");
    expect(svg).toContain("Человеческое");
    expect(svg).toContain("Уровень выполнения: средний статус записей группы, от 0% («Не начато») до 100% («Выполнено»)");
    expect(svg).toContain(">меры не известны<");
    expect(svg).toMatch(/<desc id="d">Тепловая карта: 3 отчитавшихся государств × 5 групп мер/);
    expect(svg).not.toContain("Kazakhstan");
    expect(svg).not.toContain("Human dimension");
  });

  it("renders an empty matrix as a well-formed document", () => {
    const svg = renderMatrixSvg(implementationMatrix([], { catalogues: [c2021] }, { year: 2025, by: "priorityArea" }));
    checkXml(svg);
    expect([...svg.matchAll(/<title/g)]).toHaveLength(1);
  });
});

interface Shape {
  readonly tag: "rect" | "text";
  readonly x: number;
  readonly y: number;
  readonly attributes: Readonly<Record<string, string>>;
  readonly text: string;
}

/** The boxes and texts of a heat map, in document order, with their numeric x and y. */
function shapesOf(svg: string): Shape[] {
  return [...svg.matchAll(/<(rect|text)((?:\s+[\w-]+="[^"]*")*)\s*\/?>(?:([^<]*)<\/text>)?/g)].map((m) => {
    const attributes = Object.fromEntries([...m[2]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
    return { tag: m[1] as "rect" | "text", x: Number(attributes.x), y: Number(attributes.y), attributes, text: m[3] ?? "" };
  });
}
const cellsOf = (svg: string) => shapesOf(svg).filter((s) => s.tag === "rect" && s.attributes.width === "110");
const textsOf = (svg: string) => shapesOf(svg).filter((s) => s.tag === "text");

/** The fixture's matrix with the first row's levels (or coverages) set, group by group; the economic dimension (index 2) has no measures. */
function withFirstRow(values: readonly (number | null)[], field: "level" | "coverage" = "level") {
  const matrix = matrixOf();
  const [first, ...rest] = matrix.rows;
  return { ...matrix, rows: [{ ...first!, cells: first!.cells.map((cell, c) => ({ ...cell, [field]: values[c] ?? null })) }, ...rest] };
}

describe("renderMatrixSvg's layout", () => {
  // The fixture: three states, the longest label "Mongolia (nil report)" (21 letters: 21 × 12 px × 0.62 + 20 = 176.24,
  // so the label column is 177 px wide), five groups whose headings take at most three lines, a one-line title.
  it("draws the cells as 110 × 38 boxes on a grid of 112-pixel columns and 40-pixel rows, beginning right of the label column and below the headings", () => {
    const cells = cellsOf(renderMatrixSvg(matrixOf(), { registry }));
    expect(cells).toHaveLength(3 * 5);
    cells.forEach((cell, i) => {
      const [r, c] = [Math.floor(i / 5), i % 5];
      // The grid's top: 20 + one title line × 20, then 18 + three heading lines × 14 = 100; each box 1 px inside its slot.
      expect([cell.x, cell.y, cell.attributes.width, cell.attributes.height]).toEqual([178 + c * 112, 101 + r * 40, "110", "38"]);
    });
  });

  it("draws the cells of coverage as 110 × 28 boxes in rows 30 pixels apart, each with its share centred in it", () => {
    const svg = renderMatrixSvg(matrixOf(), { registry, measure: "coverage" });
    const cells = cellsOf(svg);
    cells.forEach((cell, i) => {
      const [r, c] = [Math.floor(i / 5), i % 5];
      expect([cell.x, cell.y, cell.attributes.height]).toEqual([178 + c * 112, 101 + r * 30, "28"]);
    });
    const kz = textsOf(svg).filter((t) => t.y === 100 + 19 && t.attributes["text-anchor"] === "middle");
    expect(kz.map((t) => [t.x, t.text])).toEqual([
      [233, "9%"],
      [345, "0%"],
      [569, "0%"],
      [681, "33%"],
    ]);
    expect(textsOf(svg).filter((t) => t.attributes["font-size"] === "10")).toEqual([]);
  });

  it("writes a cell's level in bold 17 px below its top and its coverage in 10 px type 32 px below it, both centred on the cell", () => {
    const texts = textsOf(renderMatrixSvg(matrixOf(), { registry }));
    const human = texts.filter((t) => t.x === 681 && t.y > 100 && t.y < 140);
    expect(human.map((t) => [t.y, t.text, t.attributes["font-weight"] ?? "", t.attributes["font-size"] ?? ""])).toEqual([
      [117, "63%", "600", ""],
      [132, "coverage 33%", "", "10"],
    ]);
  });

  it("right-aligns each state's name 8 px left of the grid, on the middle of its row", () => {
    const labels = textsOf(renderMatrixSvg(matrixOf(), { registry })).filter((t) => t.attributes["text-anchor"] === "end");
    expect(labels.map((t) => [t.x, t.y, t.text])).toEqual([
      [169, 124, "Kazakhstan"],
      [169, 164, "Mongolia (nil report)"],
      [169, 204, "Uzbekistan"],
    ]);
    const coverage = textsOf(renderMatrixSvg(matrixOf(), { registry, measure: "coverage" })).filter((t) => t.attributes["text-anchor"] === "end");
    expect(coverage.map((t) => t.y)).toEqual([119, 149, 179]);
  });

  it("centres each group's heading over its column, in lines 14 px apart that end on one baseline 18 px above the grid", () => {
    const texts = textsOf(renderMatrixSvg(matrixOf(), { registry }));
    const headings = texts.filter((t) => t.y < 100 && t.attributes["text-anchor"] === "middle");
    expect(headings.map((t) => [t.x, t.y, t.text])).toEqual([
      [233, 54, "Military-"],
      [233, 68, "political"],
      [233, 82, "dimension"],
      [345, 54, "Fight against"],
      [345, 68, "new challenges"],
      [345, 82, "and threats"],
      [457, 68, "Economic"],
      [457, 82, "dimension"],
      [569, 68, "Environmental"],
      [569, 82, "dimension"],
      [681, 82, "Human dimension"],
    ]);
  });

  it("writes 'no measures known' once, centred over the column of a group without measures, whose cells are grey boxes with nothing in them", () => {
    const svg = renderMatrixSvg(matrixOf(), { registry });
    const notes = textsOf(svg).filter((t) => t.attributes.fill === "#555555");
    // The grid's middle: 100 + 3 rows × 40 / 2 = 160, less half of the lines' spacing, plus 4.
    expect(notes.map((t) => [t.x, t.y, t.text])).toEqual([
      [457, 157, "no measures"],
      [457, 171, "known"],
    ]);
    const economic = cellsOf(svg).filter((cell) => cell.x === 402);
    expect(economic.map((cell) => [cell.attributes.fill, cell.attributes.stroke])).toEqual([
      ["#e6e6e6", "#e6e6e6"],
      ["#e6e6e6", "#e6e6e6"],
      ["#e6e6e6", "#e6e6e6"],
    ]);
    expect(textsOf(svg).filter((t) => t.x === 457 && t.attributes.fill !== "#555555" && t.y > 100)).toEqual([]);
  });

  it("writes no column note in a heat map without rows", () => {
    const svg = renderMatrixSvg(implementationMatrix([], { catalogues: [c2021] }, { year: 2025, by: "dimension" }));
    expect(textsOf(svg).filter((t) => t.attributes.fill === "#555555")).toEqual([]);
  });

  it("puts the legend 24 px below the grid in lines 15 px apart, the scale's boxes 8 px below its last line, and ends the picture 48 px below them", () => {
    const svg = renderMatrixSvg(matrixOf(), { registry });
    const legend = textsOf(svg).filter((t) => t.x === 10 && t.attributes["font-size"] === undefined);
    expect(legend.map((t) => t.y)).toEqual([244, 259, 274]);
    // Lines of at most 760 px (the picture's width less 20) at 0.62 em a letter of 12 px: 102 letters.
    expect(legend[0]!.text).toBe("Implementation level: the mean status of the entries reported in the group, from 0% (Not started) to");
    const boxes = shapesOf(svg).filter((s) => s.tag === "rect" && s.attributes.height === "16");
    expect(boxes.map((b) => b.y)).toEqual([282, 282, 282, 282, 282, 282, 282]);
    expect(svg).toMatch(/^<svg [^>]*width="780" height="330" viewBox="0 0 780 330"/);
  });

  it("shows the scale as five 70-pixel boxes from dark to light, each labelled with its range of whole percentages, then the unknown and the no-measures boxes", () => {
    const svg = renderMatrixSvg(matrixOf(), { registry });
    const shapes = shapesOf(svg).filter((s) => s.y >= 282);
    expect(shapes.map((s) => [s.tag, s.x, s.y, s.attributes.width ?? "", s.attributes.fill, s.text])).toEqual([
      ["rect", 10, 282, "70", "#440154", ""],
      ["text", 45, 312, "", "#111111", "0–19%"],
      ["rect", 80, 282, "70", "#3b528b", ""],
      ["text", 115, 312, "", "#111111", "20–39%"],
      ["rect", 150, 282, "70", "#21918c", ""],
      ["text", 185, 312, "", "#111111", "40–59%"],
      ["rect", 220, 282, "70", "#5ec962", ""],
      ["text", 255, 312, "", "#111111", "60–79%"],
      ["rect", 290, 282, "70", "#fde725", ""],
      ["text", 325, 312, "", "#111111", "80–100%"],
      // 16 px after the scale; its words take 24 letters × 12 px × 0.62, after a 30 px gap, and 16 px more.
      ["rect", 376, 282, "24", "#ffffff", ""],
      ["text", 406, 295, "", "#111111", "– not reported (unknown)"],
      ["rect", 601, 282, "24", "#e6e6e6", ""],
      ["text", 631, 295, "", "#111111", "no measures known"],
    ]);
    expect(shapes.filter((s) => s.tag === "rect" && s.x >= 376).map((s) => s.attributes.stroke)).toEqual(["#bbbbbb", "#999999"]);
  });

  it("leaves the unknown box out of the legend of coverage, where no share is unknown", () => {
    const svg = renderMatrixSvg(matrixOf(), { registry, measure: "coverage" });
    const small = shapesOf(svg).filter((s) => s.tag === "rect" && s.attributes.width === "24");
    expect(small.map((s) => [s.x, s.attributes.fill])).toEqual([[376, "#e6e6e6"]]);
    expect(textsOf(svg).find((t) => t.text === "no measures known" && t.attributes["text-anchor"] === undefined)!.x).toBe(406);
    expect(svg).not.toContain("not reported (unknown)");
  });

  it("writes the title in lines 20 px apart from 24 px down, and moves the headings down by 20 px a line", () => {
    const long = "Implementation of the measures reported by the states of the fixture, shown group by group for the year 2025";
    const svg = renderMatrixSvg(matrixOf(), { registry, title: long });
    const lines = textsOf(svg).filter((t) => t.attributes["font-size"] === "16");
    expect(lines.map((t) => t.y)).toEqual([24, 44]);
    expect(lines.map((t) => t.text).join(" ")).toBe(long);
    expect(cellsOf(svg)[0]!.y).toBe(121);
  });

  it("takes no line for an empty title", () => {
    const svg = renderMatrixSvg(matrixOf(), { registry, title: "" });
    expect(textsOf(svg).filter((t) => t.attributes["font-size"] === "16")).toEqual([]);
    expect(cellsOf(svg)[0]!.y).toBe(81);
  });

  it("makes the picture as wide as the grid and a 20 px margin when that is wider than the legend's 780 px", () => {
    const byMeasure = implementationMatrix([report("KZ", { entries: [entry("HUM.1")] })], { catalogues: [c2021] }, { year: 2025, by: "measure" });
    const svg = renderMatrixSvg(byMeasure);
    // Without a registry the label is the code: 2 × 12 × 0.62 + 20 is below the 80 px least width.
    expect(cellsOf(svg)[0]!.x).toBe(81);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${80 + byMeasure.groups.length * 112 + 20}"`));
  });

  it("gives the label column at most 520 px, however long a name", () => {
    const matrix = matrixOf();
    const long = { ...matrix, rows: [{ ...matrix.rows[0]!, state: "X".repeat(100) }] };
    expect(cellsOf(renderMatrixSvg(long))[0]!.x).toBe(521);
  });

  it("colours a cell by the fifth of the scale its share falls in, from 0–19% to 80–100%, and writes on it in white below 60%", () => {
    const svg = renderMatrixSvg(withFirstRow([0.19, 0.2, null, 0.59, 0.6]), { registry });
    const row = cellsOf(svg).slice(0, 5);
    expect(row.map((cell) => cell.attributes.fill)).toEqual(["#440154", "#3b528b", "#e6e6e6", "#21918c", "#5ec962"]);
    const inks = textsOf(svg)
      .filter((t) => t.y === 117)
      .map((t) => [t.text, t.attributes.fill]);
    expect(inks).toEqual([
      ["19%", "#ffffff"],
      ["20%", "#ffffff"],
      ["59%", "#ffffff"],
      ["60%", "#111111"],
    ]);
    const top = renderMatrixSvg(withFirstRow([0.79, 0.8, null, 1, 0]), { registry });
    expect(
      cellsOf(top)
        .slice(0, 5)
        .map((cell) => cell.attributes.fill),
    ).toEqual(["#5ec962", "#fde725", "#e6e6e6", "#fde725", "#440154"]);
  });

  it("colours the cells of coverage by their coverage on the same scale", () => {
    const svg = renderMatrixSvg(withFirstRow([0, 0.4, null, 0.99, 1], "coverage"), { registry, measure: "coverage" });
    expect(
      cellsOf(svg)
        .slice(0, 5)
        .map((cell) => cell.attributes.fill),
    ).toEqual(["#440154", "#21918c", "#e6e6e6", "#fde725", "#fde725"]);
  });

  it("draws an unknown level as a white box with a grey border and a dark '–', a known one with a white border", () => {
    const svg = renderMatrixSvg(matrixOf(), { registry });
    const [military, fight] = cellsOf(svg);
    expect([military!.attributes.fill, military!.attributes.stroke]).toEqual(["#fde725", "#ffffff"]);
    expect([fight!.attributes.fill, fight!.attributes.stroke]).toEqual(["#ffffff", "#bbbbbb"]);
    expect(textsOf(svg).find((t) => t.x === 345 && t.y === 117)!.attributes.fill).toBe("#111111");
    expect(textsOf(svg).find((t) => t.x === 345 && t.y === 117)!.text).toBe("–");
  });

  it("writes no coverage for a cell that has none, in the cell or its title", () => {
    const svg = renderMatrixSvg(withFirstRow([null, 0, null, 0, 0.33], "coverage"), { registry });
    expect(textsOf(svg).find((t) => t.x === 233 && t.y === 132)!.text).toBe("");
    const title = [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]!).find((t) => t.startsWith("Kazakhstan — Military-political"))!;
    expect(title).toMatch(/^Kazakhstan — Military-political dimension: level 100%,[ ,]*mean score 4\.00, entries: 1$/);
  });

  it("breaks a heading after its hyphens only where a word is longer than a line, and keeps a line of exactly 15 letters whole", () => {
    const matrix = matrixOf();
    const labelled = (labels: readonly string[]) => ({ ...matrix, groups: matrix.groups.map((g, i) => ({ ...g, label: { en: labels[i] ?? g.id } })) });
    const svg = renderMatrixSvg(labelled(["people-to-people contacts", "ab cd ef self-help", "Военно-политическое", "Human dimension", "one  two"]));
    const headings = textsOf(svg).filter((t) => t.y < 100 && t.attributes["text-anchor"] === "middle");
    const xs = [...new Set(headings.map((t) => t.x))].sort((a, b) => a - b);
    const column = (c: number) => headings.filter((t) => t.x === xs[c]).map((t) => t.text);
    expect(xs).toHaveLength(5);
    expect(column(0)).toEqual(["people-to-", "people contacts"]);
    expect(column(1)).toEqual(["ab cd ef", "self-help"]);
    expect(column(2)).toEqual(["Военно-", "политическое"]);
    expect(column(3)).toEqual(["Human dimension"]);
    expect(column(4)).toEqual(["one two"]);
  });

  /** The lines of the first group's heading when it is labelled so. */
  function firstHeading(label: string): string[] {
    const matrix = matrixOf();
    const svg = renderMatrixSvg({ ...matrix, groups: matrix.groups.map((g, i) => ({ ...g, label: { en: i === 0 ? label : g.id } })) });
    const gridTop = cellsOf(svg)[0]!.y;
    const x = cellsOf(svg)[0]!.x + 55;
    return textsOf(svg)
      .filter((t) => t.y < gridTop && t.x === x)
      .map((t) => t.text);
  }

  it("cuts a heading longer than four lines at the fourth, ending it with an ellipsis within the line", () => {
    const words = ["a", "b", "c", "d", "e"].map((c) => c.repeat(15)).join(" ");
    expect(firstHeading(words)).toEqual(["a".repeat(15), "b".repeat(15), "c".repeat(15), `${"d".repeat(14)}…`]);
  });

  it("keeps a heading of exactly four lines whole", () => {
    const words = ["a", "b", "c", "d"].map((c) => c.repeat(15)).join(" ");
    expect(firstHeading(words)).toEqual(["a".repeat(15), "b".repeat(15), "c".repeat(15), "d".repeat(15)]);
  });

  it("keeps a hyphenated word of exactly a line's 15 letters whole", () => {
    expect(firstHeading("local self-government")).toEqual(["local", "self-government"]);
  });

  it("writes a control character of a title as the replacement character", () => {
    const svg = renderMatrixSvg(matrixOf(), { title: "a\u0001b" });
    expect(svg).toContain('<title id="t">a\ufffdb</title>');
  });

  it("lays a white background under the picture and writes one element a line", () => {
    const svg = renderMatrixSvg(matrixOf(), { registry });
    expect(svg.split("\n").slice(1, 4)).toEqual([
      '<title id="t">Implementation level of cica@2021, 2025</title>',
      expect.stringMatching(/^<desc id="d">/),
      '<rect width="100%" height="100%" fill="#ffffff"/>',
    ]);
  });

  it("throws for a measure that is not one, naming it", () => {
    expect(() => renderMatrixSvg(matrixOf(), { measure: "mean" as "level" })).toThrow(
      expect.objectContaining({ code: "invalid-argument", message: expect.stringContaining('options.measure must be "level" or "coverage" (got "mean")') }),
    );
  });
});
