/// <reference types="node" />
// Reading CSV text into records with csv-parse, and going on after a broken record: csv-parse stops
// at the first error (and its own skip option leaves it inside a broken quoted field), so after an
// error the text is parsed again from the line after the one where the broken record starts, in
// windows of lines so that the work stays linear in the length of the file.
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
  CSV_INVALID_CLOSING_QUOTE: 'a quoted cell goes on after its closing quote; write a quote inside a quoted cell as two quotes ("")',
  CSV_QUOTE_NOT_CLOSED: "a quoted cell is never closed; add the closing quote",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a quoted cell goes on after its closing quote; write a quote inside a quoted cell as two quotes ("")',
  INVALID_OPENING_QUOTE: "a quote opens in the middle of a cell; quote the whole cell and double the quotes inside it",
};

/**
 * The lines given to csv-parse by the first pass, and after a broken record: one, so that a file
 * of broken rows hands each to csv-parse once; a window doubles after each pass read whole.
 */
const FIRST_WINDOW = 1;

/**
 * How many characters `readCsv` has handed to csv-parse since the process started: a count the
 * tests read to show that reading stays linear after broken records, without timing anything.
 */
export const parsed = { characters: 0 };

/** A message that does not quote csv-parse's line numbers (they count from where a pass began). */
function describe(error: CsvError): string {
  return (
    MESSAGES[error.code] ??
    error.message
      .replace(/\s*(at|on) line \d+/g, "")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * The separator of a CSV text, from its first line: `;` when that line holds more semicolons than
 * commas outside quotes (what Excel saves where the decimal mark is a comma), else `,`.
 */
export function detectSeparator(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === "\n") break;
    else if (char === ",") commas++;
    else if (char === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/**
 * Reads CSV text: the first record is the header (names trimmed; a byte-order mark is dropped).
 * The separator is `,` or `;`, as the header line shows ({@link detectSeparator}).
 * Every other record becomes an object keyed by column; a record with another number of fields than
 * the header, or one csv-parse cannot read, is a problem located to the line where it starts, and
 * reading goes on from the line after it. Blank lines are skipped.
 */
export function readCsv(text: string): CsvContent {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectSeparator(source);
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
  // csv-parse copies the text it is given into a Buffer, so a pass over "the rest of the file"
  // after each broken record would copy the file once per broken record (quadratic). Each pass is
  // given a window of lines instead: it starts at FIRST_WINDOW lines and doubles after every pass
  // that reads its window to the end, so a file read in one piece costs about twice its length,
  // and a broken record costs a pass of at most twice the lines read since the last one, plus one.
  let from = 1; // the line this pass starts on
  let window = FIRST_WINDOW;
  while (from <= lineCount) {
    const to = Math.min(lineCount, from + window - 1); // the last line of this window
    const atEnd = to === lineCount;
    let lastEnd = from - 1; // the last line of the last record read in this pass
    const offset = from - 1;
    try {
      const text = atEnd ? source.slice(starts[from - 1]) : source.slice(starts[from - 1], starts[to]);
      parsed.characters += text.length;
      parse(text, {
        delimiter,
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
      from = to + 1;
      window *= 2;
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      if (!atEnd && error.code === "CSV_QUOTE_NOT_CLOSED") {
        // The window ends inside a quoted cell: read that record again in a window twice as long.
        from = lastEnd + 1;
        window *= 2;
        continue;
      }
      const row = firstFilled(lastEnd + 1);
      if (!header) {
        // Without a header no row can be read by its columns: say so once and stop.
        problems.push({ row, message: `the header cannot be read: ${describe(error)}` });
        break;
      }
      problems.push({ row, message: describe(error) });
      from = row + 1;
      window = FIRST_WINDOW;
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { header: header ?? [], records, problems };
}
