/// <reference types="node" />
// Reading files of reports: .json (one report or an array), .ndjson (one report a line, streamed
// with memory that does not grow with the file), .csv (the template's columns), "-" for stdin.
import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import type { IssuePath } from "../index.js";
import { readCsv } from "./csvRecords.js";
import { canonicalHeader, headerProblems, reportsFromCsv, type CsvIssue, type CsvLocation } from "./csvReports.js";
import { wordsOf, type WordKey, type WordParams } from "./words.js";

/** An input format. */
export type InputFormat = "json" | "ndjson" | "csv";

/** One thing read from an input: a report to check, or a piece that could not be read. */
export type InputItem =
  | {
      readonly kind: "report";
      readonly source: string;
      readonly where: string;
      readonly value: unknown;
      readonly locate?: (path: IssuePath) => CsvLocation;
      readonly csvIssues?: readonly CsvIssue[];
      /** The rows of a CSV template left unfilled (a measure, no status), passed over. */
      readonly skipped?: readonly number[];
    }
  | { readonly kind: "malformed"; readonly source: string; readonly where: string; readonly message: string };

/**
 * A line of an NDJSON file, as text (when {@link readInput} is asked for texts): for
 * `validateReportText`, which parses it and owns the value, and says `report.not-json` when it is
 * not JSON. Control characters and binary data are found before, as for any line.
 */
export interface TextItem {
  readonly kind: "text";
  readonly source: string;
  readonly where: string;
  readonly text: string;
}

/**
 * A file that cannot be read or written: a usage or I/O error (exit code 2). It holds the key of
 * its words and their values, so that it is said in the language of the run; its `message` is the
 * English.
 */
export class InputError extends Error {
  constructor(
    readonly key: WordKey,
    readonly params: WordParams,
  ) {
    super(wordsOf("en")(key, params));
  }
}

/** The format of a path, from its extension (stdin: the given default). */
export function formatOf(path: string, fallback: InputFormat): InputFormat {
  if (path === "-") return fallback;
  if (/\.ndjson$|\.jsonl$/i.test(path)) return "ndjson";
  if (/\.json$/i.test(path)) return "json";
  if (/\.csv$/i.test(path)) return "csv";
  throw new InputError("io.unknownType", { path });
}

/**
 * Checks that an input can be read, before anything is read: it exists, is a file (not a folder)
 * and has a known extension. Throws an {@link InputError} that says what to do.
 */
export async function checkInput(path: string, fallback: InputFormat): Promise<InputFormat> {
  if (path === "-") return fallback;
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InputError("io.cannotRead", { path, code: (error as NodeJS.ErrnoException).code ?? "error" });
  }
  if (info.isDirectory()) throw new InputError("io.folder", { path });
  return formatOf(path, fallback);
}

/** Text that is not UTF-8: reported, never decoded with replacement characters. */
const NOT_UTF8 = "not UTF-8 text (bytes that are no UTF-8 character); save the file as UTF-8";

/**
 * A CSV file that is not UTF-8: most often one Excel saved as "CSV (Comma delimited)", which is
 * written in the computer's Windows code page (Windows-1251 in a Russian locale).
 */
const CSV_NOT_UTF8 =
  'not UTF-8 text: Excel\'s "CSV (Comma delimited)" is saved in the Windows code page (such as Windows-1251), which would change the letters; in Excel choose File > Save As > "CSV UTF-8 (Comma delimited) (*.csv)" and give that file';

/**
 * The largest input read whole, in bytes (256 MiB): a `.json` or `.csv` file, or standard input
 * with `--input json|csv`. Far above a year's reports of every participant; low enough that a
 * device (`/dev/zero`) or an endless standard input stops with a message instead of exhausting
 * memory. NDJSON is read as a stream and has no such limit (only {@link MAX_LINE} per line).
 */
export const MAX_WHOLE = 256 * 2 ** 20;

const tooLarge = (source: string) => new InputError("io.tooLarge", { path: source, mib: MAX_WHOLE / 2 ** 20 });

/**
 * A file's or standard input's bytes, whole, read as a stream and counted, so that no more than
 * {@link MAX_WHOLE} bytes are ever held (a device reports size 0, so its size is not trusted).
 */
async function readBytes(path: string): Promise<Buffer> {
  const source = path === "-" ? "stdin" : path;
  if (path !== "-") {
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile() && info.size > MAX_WHOLE) throw tooLarge(source);
  }
  const stream: Readable = path === "-" ? process.stdin : createReadStream(path);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > MAX_WHOLE) {
        stream.destroy();
        throw tooLarge(source);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("io.cannotRead", { path: source, code: (error as NodeJS.ErrnoException).code ?? "error" });
  }
  return Buffer.concat(chunks);
}

/**
 * The text of a file read whole, or `undefined` when its bytes are not UTF-8 (decoding them would
 * silently put U+FFFD in place of what was sent). Bytes are decoded once, whole, so no character is
 * split between chunks.
 */
async function readAll(path: string): Promise<string | undefined> {
  const bytes = await readBytes(path);
  try {
    // fatal: a byte that is no UTF-8 character throws instead of becoming U+FFFD; the BOM is kept
    // (ignoreBOM) and dropped by the readers, as before.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) return undefined;
    throw new InputError("io.tooLong", { path });
  }
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
const looksBinary = (text: string) => text.includes("\u0000");
/** The first control character that JSON text cannot hold outside a string, nor inside one raw. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/**
 * The longest NDJSON line read, in bytes (16 MiB): far above any report within
 * `REPORT_LIMITS` that a ministry sends, and low enough that a file with no line breaks cannot
 * exhaust memory.
 */
export const MAX_LINE = 16 * 2 ** 20;

/**
 * Reads every item of one input, in order. With `texts`, the lines of an NDJSON input come as
 * {@link TextItem}s, unparsed; without it, parsed (a line that is not JSON is malformed).
 */
export function readInput(path: string, fallback: InputFormat): AsyncGenerator<InputItem>;
export function readInput(path: string, fallback: InputFormat, texts: true): AsyncGenerator<InputItem | TextItem>;
export async function* readInput(path: string, fallback: InputFormat, texts = false): AsyncGenerator<InputItem | TextItem> {
  const format = await checkInput(path, fallback);
  const source = path === "-" ? "stdin" : path;
  if (format === "ndjson") {
    // Read as bytes and split on the byte 0x0A (never part of a longer UTF-8 character), so each
    // line is checked as UTF-8 whole, whatever chunks the bytes came in.
    const stream: Readable = path === "-" ? process.stdin : createReadStream(path);
    let line = 0;
    const tooLong = (at: number): InputItem | TextItem => ({
      kind: "malformed",
      source,
      where: `line ${at}`,
      message: `longer than ${MAX_LINE / 2 ** 20} MiB, passed over; a report must fit in one line of at most that size`,
    });
    const handle = (bytes: Buffer): InputItem | TextItem | undefined => {
      line++;
      if (!isUtf8(bytes)) return { kind: "malformed", source, where: `line ${line}`, message: NOT_UTF8 };
      const text = bytes.toString("utf8");
      const trimmed = (line === 1 ? stripBom(text) : text).replace(/\r$/, "");
      if (trimmed.trim() === "") return undefined;
      const control = CONTROL.exec(trimmed);
      if (control) {
        const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
        const message = looksBinary(trimmed)
          ? "binary data, not JSON text"
          : `control character U+${code} at column ${control.index + 1}: not JSON text (is this a binary file?)`;
        return { kind: "malformed", source, where: `line ${line}`, message };
      }
      if (texts) return { kind: "text", source, where: `line ${line}`, text: trimmed };
      try {
        return { kind: "report", source, where: `line ${line}`, value: JSON.parse(trimmed) };
      } catch (error) {
        return { kind: "malformed", source, where: `line ${line}`, message: `not JSON (${(error as Error).message})` };
      }
    };
    // The current line is kept as the pieces of the chunks it spans, and each chunk is searched
    // once; a line longer than MAX_LINE is not held but passed over up to its end and reported.
    let parts: Buffer[] = [];
    let held = 0;
    let skipping = false;
    let filled = 0;
    const endLine = (last: Buffer): InputItem | TextItem | undefined => {
      const item = skipping || held + last.length > MAX_LINE ? tooLong(++line) : handle(parts.length === 0 ? last : Buffer.concat([...parts, last]));
      parts = [];
      held = 0;
      skipping = false;
      if (item) filled++;
      return item;
    };
    try {
      for await (const chunk of stream) {
        const bytes = chunk as Buffer;
        let from = 0;
        for (let newline = bytes.indexOf(0x0a); newline >= 0; newline = bytes.indexOf(0x0a, from)) {
          const item = endLine(bytes.subarray(from, newline));
          from = newline + 1;
          if (item) yield item;
        }
        if (!skipping && from < bytes.length) {
          parts.push(bytes.subarray(from));
          held += bytes.length - from;
          if (held > MAX_LINE) {
            parts = [];
            held = 0;
            skipping = true;
          }
        }
      }
      if (skipping || held > 0) {
        const item = endLine(Buffer.alloc(0));
        if (item) yield item;
      }
      if (filled === 0) yield { kind: "malformed", source, where: "file", message: "the file is empty: no report in it" };
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError("io.readFailed", { path: source, line, code: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
    }
    return;
  }
  const whole = await readAll(path);
  if (whole === undefined) {
    yield { kind: "malformed", source, where: "file", message: format === "csv" ? CSV_NOT_UTF8 : NOT_UTF8 };
    return;
  }
  const text = stripBom(whole);
  if (format === "json") {
    if (text.trim() === "") {
      yield { kind: "malformed", source, where: "file", message: "the file is empty" };
      return;
    }
    if (looksBinary(text)) {
      yield { kind: "malformed", source, where: "file", message: "binary data, not JSON text" };
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { kind: "malformed", source, where: "file", message: `not JSON (${(error as Error).message})` };
      return;
    }
    if (Array.isArray(value)) for (const [index, item] of value.entries()) yield { kind: "report", source, where: `[${index}]`, value: item };
    else yield { kind: "report", source, where: "file", value };
    return;
  }
  // CSV: rows grouped into reports (so read whole); a broken record is reported and skipped.
  if (text.trim() === "") {
    yield { kind: "malformed", source, where: "file", message: "the file is empty; start it with the header of `cica-cbm template`" };
    return;
  }
  if (looksBinary(text)) {
    yield { kind: "malformed", source, where: "file", message: "binary data, not CSV text" };
    return;
  }
  const read = readCsv(text);
  // English or Russian column names become the template's own; label columns are passed over.
  const header = canonicalHeader(read.header);
  const renamed = header.some((name, i) => name !== read.header[i]);
  const records = renamed
    ? read.records.map(({ row, values }) => {
        const named: Record<string, string> = {};
        read.header.forEach((raw, i) => {
          if (header[i] !== "") named[header[i]!] = values[raw]!;
        });
        return { row, values: named };
      })
    : read.records;
  const { problems } = read;
  const { unknown, twice } = headerProblems(header);
  if (unknown.length > 0) {
    yield { kind: "malformed", source, where: "row 1", message: `unknown column(s) ${unknown.join(", ")}; use the columns of \`cica-cbm template\`` };
  }
  if (twice.length > 0) {
    yield { kind: "malformed", source, where: "row 1", message: `column(s) ${twice.join(", ")} given more than once; keep one of each` };
  }
  for (const problem of problems) yield { kind: "malformed", source, where: `row ${problem.row}`, message: `malformed CSV row (${problem.message})` };
  for (const built of reportsFromCsv(records)) {
    yield {
      kind: "report",
      source,
      where: `row ${built.firstRow}`,
      value: built.report,
      locate: built.locate,
      csvIssues: built.issues,
      skipped: built.skipped,
    };
  }
}
