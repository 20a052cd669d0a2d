import { cellText, type Table, type TableCell } from "./table.js";

const FORMULA = /^[=+\-@\t\r]/;

function field(value: TableCell): string {
  let text = cellText(value);
  // A text cell that a spreadsheet would run as a formula is neutralised with a leading
  // apostrophe (OWASP's advice); numbers are written as numbers.
  if (typeof value === "string" && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Renders a table as CSV (RFC 4180): a header line of column labels, one line per row, CRLF line
 * ends, and fields quoted where they hold a comma, a quote, a line break or surrounding spaces.
 * A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`,
 * so that a spreadsheet shows it and never runs it as a formula.
 *
 * @param table - The table.
 * @returns The CSV text, ending with CRLF.
 *
 * @example
 * toCsv({ columns: [{ key: "a", label: "Name" }, { key: "b", label: "Note" }], rows: [{ a: "KZ", b: "=1+1" }, { a: "Say \"hi\", then go", b: 3 }] })
 * //=> "Name,Note\r\nKZ,'=1+1\r\n\"Say \"\"hi\"\", then go\",3\r\n"
 *
 * @category Rendering
 */
export function toCsv(table: Table): string {
  const lines = [table.columns.map((column) => field(column.label)).join(",")];
  for (const row of table.rows) lines.push(table.columns.map((column) => field(row[column.key])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
