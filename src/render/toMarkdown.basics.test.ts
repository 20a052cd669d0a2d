import { describe, expect, it } from "vitest";
import { toMarkdown } from "./toMarkdown.js";

describe("toMarkdown", () => {
  const one = (value: string) => toMarkdown({ columns: [{ key: "a", label: "A" }], rows: [{ a: value }] }).split("\n")[2];

  it("escapes pipes and backslashes so a cell never breaks the table", () => {
    expect(one("a|b")).toBe("| a\\|b |");
    expect(one("a\\|b")).toBe("| a\\\\\\|b |");
    expect(one("end\\")).toBe("| end\\\\ |");
  });

  it("turns every kind of line break into <br>", () => {
    expect(one("a\nb\r\nc\rd")).toBe("| a<br>b<br>c<br>d |");
  });

  it("escapes < so a cell cannot inject markup", () => {
    expect(one("<script>alert(1)</script>")).toBe("| &lt;script>alert(1)&lt;/script> |");
    expect(one("a <b> c")).toBe("| a &lt;b> c |");
  });

  it("escapes a literal <br> typed in a cell, as it escapes every other <", () => {
    expect(one("a<br>b")).toBe("| a&lt;br>b |");
  });

  it("leaves the text &lt;br> typed in a cell as text", () => {
    expect(one("a&lt;br>b")).not.toContain("<br>");
  });

  it("escapes headings too, right-aligns numeric columns and ends with a line break", () => {
    const md = toMarkdown({
      columns: [
        { key: "s", label: "State|code" },
        { key: "n", label: "Entries" },
      ],
      rows: [
        { s: "KZ", n: 3 },
        { s: "UZ", n: null },
      ],
    });
    expect(md).toBe("| State\\|code | Entries |\n| --- | ---: |\n| KZ | 3 |\n| UZ |  |\n");
  });

  it("writes & as &amp; so that no text becomes an entity, and a word joiner typed in the text as &#x2060;", () => {
    expect(one("R&D")).toBe("| R&amp;D |");
    expect(one("&lt; &amp; &#x2A;")).toBe("| &amp;lt; &amp;amp; &amp;#x2A; |");
    expect(one("a\u2060b")).toBe("| a&#x2060;b |");
  });

  it("gives a backslash to each character that starts Markdown: ` * _ [ ] ~ $", () => {
    expect(one("`code` *em* _em_ [t] ~~s~~ $x$")).toBe("| \\`code\\` \\*em\\* \\_em\\_ \\[t\\] \\~\\~s\\~\\~ \\$x\\$ |");
  });

  it("breaks www. in any case, and leaves a colon, a # and a www not followed by what makes a link as they are", () => {
    expect(one("WWW.a.org Www.b.org")).toBe("| WWW\u2060.a.org Www\u2060.b.org |");
    expect(one("note: #a www x.www")).toBe("| note: #a www x.www |");
  });

  it("right-aligns a column only when every cell is a number or empty, and no column of an empty table", () => {
    const columns = [
      { key: "n", label: "N" },
      { key: "m", label: "M" },
    ];
    expect(
      toMarkdown({
        columns,
        rows: [
          { n: 1, m: 2 },
          { n: "x", m: undefined },
        ],
      }).split("\n")[1],
    ).toBe("| --- | ---: |");
    expect(toMarkdown({ columns, rows: [] })).toBe("| N | M |\n| --- | --- |\n");
  });
});
