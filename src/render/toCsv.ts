import { CbmError } from "../errors/CbmError.js";
import { cellText, type Table, type TableCell } from "./table.js";

/**
 * Options of {@link toCsv}; the command line's `--separator` and `--bom` flags carry the same names
 * and values.
 *
 * @example
 * const excelInRussian: CsvOptions = { separator: ";", bom: true };
 *
 * @category Rendering
 */
export interface CsvOptions {
  /**
   * The field separator: `","` (the default, RFC 4180) or `";"`, the list separator that Excel
   * expects where the decimal mark is a comma (Russian, German, French and other locales).
   */
  readonly separator?: "," | ";";
  /**
   * Start the text with a byte-order mark (U+FEFF), so that Excel reads it as UTF-8 and shows
   * Cyrillic as Cyrillic. Default `false`.
   */
  readonly bom?: boolean;
}

/**
 * The formula guard: at the start of the text and after each `,` `;` tab,
 * CR or LF in it (where a spreadsheet may start a new cell: Excel in a Russian, German or French
 * locale splits on ";" and honours a quote only at the start of a field; pasted text splits on
 * tabs; a line break starts a new row once the quote that held it is not honoured), a `'` goes
 * before the rest of the text when the rest starts with `=` `+` `-` `@` (or their full-width and
 * small forms) after any spaces and quotes, with a tab or a line break (OWASP's list), or with
 * `'` (so that the guard can always be undone: see `UNGUARD`).
 */
const DANGEROUS = `(?=[\\t\\r\\n']|[\\s"]*[=+\\-@\\uff1d\\uff0b\\uff0d\\uff20\\ufe66\\ufe62\\ufe63\\ufe6b])`;
const GUARD_START = new RegExp(`^${DANGEROUS}`, "u");
const GUARD_AFTER_CUT = new RegExp(`([,;\\t\\r\\n])${DANGEROUS}`, "gu");
/** A text without any of these characters needs no guard (a quick test before the guard). */
const MAYBE_GUARDED = /[=+\-@'\t\r\n\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]/u;
/** Undoes the guard exactly: one `'` deleted at the start and after each `,` `;` tab, CR or LF. @internal */
export const UNGUARD = /(?<=^|[,;\t\r\n])'/g;

function field(value: TableCell, separator: string): string {
  let text = cellText(value);
  // Numbers are written as numbers; every text goes through the guard (headings included).
  if (typeof value === "string" && MAYBE_GUARDED.test(text)) text = (GUARD_START.test(text) ? "'" : "") + text.replace(GUARD_AFTER_CUT, "$1'");
  return text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Renders a table as CSV (RFC 4180): a header line of column labels, one line per row, CRLF line
 * ends, and fields quoted where they hold the separator, a quote, a line break or surrounding
 * spaces. Numbers are written as they are; booleans as yes/no; empty cells as nothing.
 *
 * Text is guarded against formulas in every spreadsheet's reading of the file, whatever separator
 * it splits on: the text and each piece of it after a `,`, `;`, tab, CR or LF is a *piece*, and a
 * piece that starts (after any spaces and quotes) with `=`, `+`, `-` or `@` (or their full-width
 * `＝＋－＠` and small `﹦﹢﹣﹫` forms), with a tab or a line break, or with `'`, gets a `'` before
 * it. A spreadsheet hides a leading `'` and shows the rest as text; inside a cell that it does not
 * cut, the `'` shows. To undo the guard, delete one `'` at the start of a cell and right after
 * each `,` `;` tab, CR or LF in it, where there is one: nothing else is changed.
 *
 * @param table - The table.
 * @param options - `separator` (`","` or `";"`) and `bom` (a leading U+FEFF, for Excel).
 * @returns The CSV text, ending with CRLF.
 * @throws {@link CbmError} `invalid-argument` for a separator other than `","` or `";"`.
 *
 * @example
 * toCsv({ columns: [{ key: "a", label: "Name" }, { key: "b", label: "Note" }], rows: [{ a: "KZ", b: "=1+1" }, { a: "Say \"hi\", then go", b: 3 }] })
 * //=> "Name,Note\r\nKZ,'=1+1\r\n\"Say \"\"hi\"\", then go\",3\r\n"
 *
 * @example
 * // For Excel in a Russian, German or French locale: ";" between fields and a byte-order mark.
 * // The piece after ";" would be a cell of its own there, so it is guarded too.
 * toCsv({ columns: [{ key: "t", label: "Title" }], rows: [{ t: "Seminar;=2+5*7" }] }, { separator: ";", bom: true })
 * //=> "\uFEFFTitle\r\n\"Seminar;'=2+5*7\"\r\n"
 *
 * @category Rendering
 */
export function toCsv(table: Table, options: CsvOptions = {}): string {
  const separator = options.separator ?? ",";
  if (separator !== "," && separator !== ";") throw new CbmError("invalid-argument", `toCsv: separator must be "," or ";" (got ${JSON.stringify(separator)}).`);
  const lines = [table.columns.map((column) => field(column.label, separator)).join(separator)];
  for (const row of table.rows) lines.push(table.columns.map((column) => field(row[column.key], separator)).join(separator));
  return `${options.bom ? "\ufeff" : ""}${lines.join("\r\n")}\r\n`;
}
