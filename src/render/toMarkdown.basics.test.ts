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
});
