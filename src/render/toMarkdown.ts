import { cellText, type Table } from "./table.js";

/** U+2060 WORD JOINER: no width, no glyph, no line break; it only keeps a renderer from seeing a link. */
const JOINER = "\u2060";

/**
 * A cell's text as inert GitHub-flavoured Markdown that a reader sees unchanged:
 * 1. markup first: `&` and `<` become `&amp;` and `&lt;`, and a word joiner already in the text
 *    becomes `&#x2060;`, so no text becomes a tag or an entity and every joiner left is ours;
 * 2. the characters that make Markdown (`\` `` ` `` `*` `_` `[` `]` `|` `~` `$`) get a backslash,
 *    so no link or image (`[t](u)`, `![](u)`), emphasis, code, strikethrough or math starts;
 * 3. text that GitHub turns into a link by itself gets a word joiner: after the `:` of `://`,
 *    after `www` before its dot, after `@` (e-mail addresses and @mentions) and after `#` before a
 *    digit (issue references), so that neither of GitHub's autolink passes sees a link;
 * 4. line breaks become `<br>`.
 */
const MARKUP = /[&<\u2060\\`*_[\]|~$@]|\r\n?|\n|:(?=\/\/)|(?<=[wW][wW][wW])(?=\.)|#(?=\d)/g;
const REPLACEMENT: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  "\u2060": "&#x2060;",
  "\r\n": "<br>",
  "\r": "<br>",
  "\n": "<br>",
  ":": `:${JOINER}`,
  "": JOINER,
  "@": `@${JOINER}`,
  "#": `#${JOINER}`,
};
// One pass, so that nothing one step writes is read by the next.
export const escapeMarkdown = (text: string): string => text.replace(MARKUP, (found) => REPLACEMENT[found] ?? `\\${found}`);

/**
 * Renders a table as a GitHub-flavoured Markdown table. Nothing in a cell can break the table, inject
 * markup or make a link, and a reader sees the text as it was written:
 * - `&` and `<` become `&amp;` and `&lt;`; line breaks become `<br>`;
 * - `\` `` ` `` `*` `_` `[` `]` `|` `~` `$` get a backslash, so no link or image (`[t](u)`,
 *   `![](u)`), emphasis, code span, strikethrough or math renders;
 * - a link that GitHub would make from bare text (`https://…`, `www.…`, an e-mail address, an
 *   `@name` or a `#12` reference) gets an invisible U+2060 WORD JOINER after its `:` (of `://`),
 *   after `www`, after `@` or after `#`; a word joiner already in the text is written `&#x2060;`.
 *   To read the text back, delete every U+2060, then undo the escapes.
 *
 * Numbers are right-aligned.
 *
 * @param table - The table.
 * @returns The Markdown text, ending with a line break.
 *
 * @example
 * toMarkdown({ columns: [{ key: "s", label: "State" }, { key: "n", label: "Entries" }], rows: [{ s: "KZ", n: 3 }] })
 * //=> "| State | Entries |\n| --- | ---: |\n| KZ | 3 |\n"
 *
 * @example
 * // A link typed in report text stays text: brackets escaped, the address broken by a word joiner.
 * toMarkdown({ columns: [{ key: "t", label: "Title" }], rows: [{ t: "[Agenda](https://example.org)" }] }).split("\n")[2]
 * //=> "| \\[Agenda\\](https:\u2060//example.org) |"
 *
 * @category Rendering
 */
export function toMarkdown(table: Table): string {
  const numeric = table.columns.map(
    (column) => table.rows.length > 0 && table.rows.every((row) => typeof row[column.key] === "number" || row[column.key] == null),
  );
  const lines = [
    `| ${table.columns.map((column) => escapeMarkdown(column.label)).join(" | ")} |`,
    `| ${numeric.map((right) => (right ? "---:" : "---")).join(" | ")} |`,
    ...table.rows.map((row) => `| ${table.columns.map((column) => escapeMarkdown(cellText(row[column.key]))).join(" | ")} |`),
  ];
  return `${lines.join("\n")}\n`;
}
