import { cellText, type Table } from "./table.js";

// Markup first (so no text a user typed becomes a tag or an entity), then Markdown, then the line breaks we add.
const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r\n|\r|\n/g, "<br>");

/**
 * Renders a table as a GitHub-flavoured Markdown table. Pipes, backslashes, `&` and `<` in
 * cells are escaped and line breaks become `<br>`, so no cell can break the table or inject markup;
 * numbers are right-aligned.
 *
 * @param table - The table.
 * @returns The Markdown text, ending with a line break.
 *
 * @example
 * toMarkdown({ columns: [{ key: "s", label: "State" }, { key: "n", label: "Entries" }], rows: [{ s: "KZ", n: 3 }] })
 * //=> "| State | Entries |\n| --- | ---: |\n| KZ | 3 |\n"
 *
 * @category Rendering
 */
export function toMarkdown(table: Table): string {
  const numeric = table.columns.map((column) => table.rows.length > 0 && table.rows.every((row) => typeof row[column.key] === "number" || row[column.key] == null));
  const lines = [
    `| ${table.columns.map((column) => escape(column.label)).join(" | ")} |`,
    `| ${numeric.map((right) => (right ? "---:" : "---")).join(" | ")} |`,
    ...table.rows.map((row) => `| ${table.columns.map((column) => escape(cellText(row[column.key]))).join(" | ")} |`),
  ];
  return `${lines.join("\n")}\n`;
}
