/**
 * toMarkdown against hostile report text, read back through a GitHub-flavoured Markdown renderer
 * (marked, GFM tables and autolinks on): no link, image, emphasis, code or math may render, no cell
 * may break its row, and a reader must see exactly the text that was written.
 */
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { defineCatalogue } from "../catalogue/defineCatalogue.js";
import { cica } from "../data/cica/index.js";
import { findDiscrepancies } from "../aggregate/findDiscrepancies.js";
import { implementationMatrix } from "../aggregate/implementationMatrix.js";
import { reportingRate } from "../aggregate/reportingRate.js";
import { defineRegistry } from "../participants/defineRegistry.js";
import type { NationalReport } from "../reports/schema.js";
import type { Table } from "./table.js";
import { discrepancyTable } from "./discrepancyTable.js";
import { matrixTable } from "./matrixTable.js";
import { replyTable } from "./replyTable.js";
import { toMarkdown } from "./toMarkdown.js";

/** Report text an attacker would type: every kind of link, image and markup GitHub renders. */
const HOSTILE = [
  "[Agenda](https://evil.example/a)",
  "![tracker](https://evil.example/pixel.png)",
  "![](https://evil.example/p.png)",
  "[ref][1]",
  "https://evil.example/login",
  "HTTP://EVIL.EXAMPLE",
  "See www.evil.example/x for more",
  "WWW.EVIL.EXAMPLE",
  "Write to attacker@evil.example today",
  "mailto:attacker@evil.example",
  "cc @octocat and #12",
  "<https://evil.example>",
  "<img src=x onerror=alert(1)>",
  "&lt;b&gt; and &#x2060; typed",
  "**bold** _em_ *em* `code` ~~gone~~ ~gone~",
  "$x^2$ and $$y$$",
  "a | b \\| c \\",
  "(https://evil.example)",
  "line one\nline [two](https://evil.example)\r\nthree",
  "a\u2060b: a word joiner already in the text",
  "Seminar;=2+5*7",
];

/** The rendered HTML of a Markdown text, GFM on. */
const html = (markdown: string) => marked.parse(markdown, { gfm: true, async: false }) as string;

/** What a reader sees in one HTML cell: tags gone, entities decoded, <br> as a line break. */
function seen(cell: string): string {
  return cell
    .replace(/<br>/g, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&amp;/g, "&");
}

/** The body cells of the first table of the HTML, row by row, as HTML. */
function bodyCells(rendered: string): string[][] {
  const body = rendered.split("<tbody>")[1] ?? "";
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => cell[1]!));
}

/** Bare text that GitHub's second (transform-time) autolink pass would still turn into a link or a mention. */
const LINKABLE = [/[a-z][a-z+.-]*:\/\//i, /www\./i, /[\w.+-]@[\w-]/, /(?:^|[^\w`])@[a-z\d]/i, /(?:^|\s)#\d/];

function expectInert(table: Table, texts: readonly string[]): void {
  const rendered = html(toMarkdown(table));
  expect(rendered).not.toMatch(/<(?:a|img|em|strong|code|del|script|span|math)\b/i);
  const rows = bodyCells(rendered);
  expect(rows).toHaveLength(table.rows.length);
  for (const row of rows) expect(row).toHaveLength(table.columns.length);
  const cells = rows.flat();
  for (const text of texts) {
    const cell = cells.find((c) => seen(c).replace(/\u2060/g, "") === text.replace(/\r\n|\r/g, "\n").replace(/\u2060/g, ""));
    expect(cell, `no cell shows ${JSON.stringify(text)}`).toBeDefined();
    const visible = seen(cell!);
    for (const link of LINKABLE) expect(visible.replace(/&#x2060;/g, ""), `${JSON.stringify(text)} is still linkable`).not.toMatch(link);
  }
}

const one = (text: string): Table => ({ columns: [{ key: "a", label: "A" }], rows: [{ a: text }] });

describe("toMarkdown against hostile text", () => {
  it.each(HOSTILE)("renders %j on GitHub as the same text, with no link, image or markup", (text) => {
    expectInert(one(text), [text]);
  });

  it("needs its escapes: the same texts written raw would render links, images and emphasis", () => {
    // The check above can fail: without the escapes, marked renders what the attacker typed.
    const raw = html(
      `| A |\n| --- |\n${HOSTILE.slice(0, 9)
        .map((t) => `| ${t} |`)
        .join("\n")}\n`,
    );
    expect(raw).toMatch(/<a href="https:\/\/evil\.example\/a"/);
    expect(raw).toMatch(/<img src="https:\/\/evil\.example\/pixel\.png"/);
    expect(raw).toMatch(/<a href="mailto:attacker@evil\.example"/);
    expect(raw).toMatch(/<a href="http:\/\/www\.evil\.example\/x"/);
  });

  it("escapes a heading as it escapes a cell", () => {
    const rendered = html(toMarkdown({ columns: [{ key: "a", label: "[Click](https://evil.example)" }], rows: [] }));
    expect(rendered).not.toMatch(/<a\b/);
    expect(seen(rendered.match(/<th>([\s\S]*?)<\/th>/)![1]!).replace(/\u2060/g, "")).toBe("[Click](https://evil.example)");
  });

  it("inserts a word joiner only where a link would start, and nowhere in plain text", () => {
    const md = toMarkdown(one("https://a.org, www.b.org, c@d.org, #7, 2025-05-01, cica@2021 (nil report)"));
    expect(md.split("\n")[2]).toBe("| https:\u2060//a.org, www\u2060.b.org, c@\u2060d.org, #\u20607, 2025-05-01, cica@\u20602021 (nil report) |");
    expect(toMarkdown(one("Mongolia (nil report) 75% 2.1.2")).split("\n")[2]).toBe("| Mongolia (nil report) 75% 2.1.2 |");
  });
});

describe("the table builders' Markdown against hostile report text", () => {
  const title = HOSTILE.join(" ");
  const activity = (partner: string, text: string) => ({ title: text, kind: "seminar", from: "2025-05-01", partners: [partner] });
  const reports: NationalReport[] = [
    {
      schema: "cica-cbm/report@1",
      id: "KZ-2025",
      reporter: "KZ",
      catalogue: "cica@2021",
      year: 2025,
      revision: 1,
      submittedOn: "2026-03-01",
      entries: [{ measure: "HUM.4", status: "implemented", activities: [activity("UZ", title)] }],
    },
    {
      schema: "cica-cbm/report@1",
      id: "UZ-2025",
      reporter: "UZ",
      catalogue: "cica@2021",
      year: 2025,
      revision: 1,
      submittedOn: "2026-03-01",
      entries: [{ measure: "HUM.4", status: "implemented", activities: [activity("KZ", "[Exchange](https://evil.example) attacker@evil.example")] }],
    },
  ];

  it("keeps activity titles inert in discrepancyTable, in English and in Russian", () => {
    const found = findDiscrepancies(reports, cica, { year: 2025 });
    for (const lang of ["en", "ru"] as const)
      expectInert(discrepancyTable(found, { lang, registry: cica.registry }), [title, "[Exchange](https://evil.example) attacker@evil.example"]);
  });

  // A registry and a catalogue defined by a user carry their own names: hostile too.
  const registry = defineRegistry({
    participants: [
      {
        code: "AA",
        kind: "state",
        name: { en: "[Avalon](https://evil.example) www.evil.example", ru: "![Авалон](https://evil.example/p.png)" },
        history: [{ status: "member", since: "2020" }],
      },
    ],
  });
  const catalogue = defineCatalogue({
    id: "national-plan",
    version: "2025",
    title: { en: "Plan" },
    measures: [{ id: "1", dimension: "human", title: { en: "**Exchanges** at https://evil.example" } }],
  });
  const aa: NationalReport = {
    schema: "cica-cbm/report@1",
    id: "AA-2025",
    reporter: "AA",
    catalogue: "national-plan@2025",
    year: 2025,
    revision: 1,
    submittedOn: "2026-03-01",
    entries: [{ measure: "1", status: "implemented" }],
  };

  it("keeps a user registry's state names inert in replyTable, in English and in Russian", () => {
    const rate = reportingRate([aa], { registry }, { year: 2025 });
    expectInert(replyTable(rate, { registry }), ["[Avalon](https://evil.example) www.evil.example"]);
    expectInert(replyTable(rate, { registry, lang: "ru" }), ["![Авалон](https://evil.example/p.png)"]);
  });

  it("keeps state names and a user catalogue's measure titles inert in matrixTable", () => {
    const matrix = implementationMatrix([aa], { catalogues: [catalogue] }, { year: 2025, by: "measure" });
    const table = matrixTable(matrix, { registry });
    expectInert(table, ["[Avalon](https://evil.example) www.evil.example"]);
    const heading = html(toMarkdown(table)).match(/<thead>([\s\S]*?)<\/thead>/)![1]!;
    expect(heading).not.toMatch(/<(?:a|strong)\b/);
    expect(seen(heading).replace(/\u2060/g, "")).toContain("**Exchanges** at https://evil.example");
  });
});
