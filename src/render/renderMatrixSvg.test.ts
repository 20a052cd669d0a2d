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

describe("renderMatrixSvg", () => {
  // Built inside each test that reads it (docs/testing.md: fixtures belong inside the tests).
  const matrixOf = () => implementationMatrix(reports(), { catalogues: [c2021] }, { year: 2025, by: "dimension" });
  const reports = () => [
    report("KZ", { entries: [entry("HUM.1"), entry("HUM.2", "planned"), entry("2.1.2")] }),
    report("UZ", { entries: [entry("ENV.1", "in-progress"), entry("ENV.2")] }),
    nilReport("MN"),
  ];

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
