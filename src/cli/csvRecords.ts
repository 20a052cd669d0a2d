/// <reference types="node" />
// Reading CSV text into records with csv-parse, and going on after a broken record: csv-parse stops
// at the first error (and its own skip option leaves it inside a broken quoted field), so after an
// error the text is parsed again from the line after the one where the broken record starts.
import { CsvError, parse } from "csv-parse/sync";

/** One record of a CSV file: its values by column, and the line on which it starts (1-based). */
export interface CsvRecord {
  readonly row: number;
  readonly values: Readonly<Record<string, string>>;
}

/** A record that could not be read: the line on which it starts, and what is wrong with it. */
export interface CsvProblem {
  readonly row: number;
  readonly message: string;
}

/** What a CSV text holds: the header's column names, the records, and the broken records. */
export interface CsvContent {
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
  readonly problems: readonly CsvProblem[];
}

const MESSAGES: Readonly<Record<string, string>> = {
  CSV_INVALID_CLOSING_QUOTE: "a quoted cell goes on after its closing quote; write a quote inside a quoted cell as two quotes (\"\")",
  CSV_QUOTE_NOT_CLOSED: "a quoted cell is never closed; add the closing quote",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "a quoted cell goes on after its closing quote; write a quote inside a quoted cell as two quotes (\"\")",
  INVALID_OPENING_QUOTE: "a quote opens in the middle of a cell; quote the whole cell and double the quotes inside it",
};

/** A message that does not quote csv-parse's line numbers (they count from where a pass began). */
function describe(error: CsvError): string {
  return MESSAGES[error.code] ?? error.message.replace(/\s*(at|on) line \d+/g, "").replace(/\s+/g, " ").trim();
}

/**
 * Reads CSV text: the first record is the header (names trimmed; a byte-order mark is dropped).
 * Every other record becomes an object keyed by column; a record with another number of fields than
 * the header, or one csv-parse cannot read, is a problem located to the line where it starts, and
 * reading goes on from the line after it. Blank lines are skipped.
 */
export function readCsv(text: string): CsvContent {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Where each physical line starts, and whether it is blank (csv-parse skips those).
  const starts = [0];
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
  const lineCount = source.endsWith("\n") ? starts.length - 1 : starts.length;
  const blank = (line: number) => {
    const from = starts[line - 1]!;
    const to = line < starts.length ? starts[line]! - 1 : source.length;
    const content = source.slice(from, to);
    return content === "" || content === "\r";
  };
  /** The first line at or after `line` that is not blank (the line a record starts on). */
  const firstFilled = (line: number) => {
    let at = line;
    while (at <= lineCount && blank(at)) at++;
    return at;
  };

  let header: string[] | undefined;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let from = 1; // the line this pass starts on
  while (from <= lineCount) {
    let lastEnd = from - 1; // the last line of the last record read in this pass
    const offset = from - 1;
    try {
      parse(source.slice(starts[from - 1]), {
        relax_column_count: true,
        skip_empty_lines: true,
        on_record: (fields: string[], context) => {
          const row = firstFilled(lastEnd + 1);
          lastEnd = offset + context.lines;
          if (!header) {
            header = fields.map((name) => name.trim());
            return null;
          }
          if (fields.length !== header.length) {
            problems.push({ row, message: `the row has ${fields.length} fields, the header ${header.length}; give every row the header's columns` });
            return null;
          }
          const values: Record<string, string> = {};
          header.forEach((name, i) => {
            values[name] = fields[i]!;
          });
          records.push({ row, values });
          return null;
        },
      });
      break;
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      const row = firstFilled(lastEnd + 1);
      if (!header) {
        // Without a header no row can be read by its columns: say so once and stop.
        problems.push({ row, message: `the header cannot be read: ${describe(error)}` });
        break;
      }
      problems.push({ row, message: describe(error) });
      from = row + 1;
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { header: header ?? [], records, problems };
}
