/// <reference types="node" />
// Reading files of reports: .json (one report or an array), .ndjson (one report a line, streamed
// with memory that does not grow with the file), .csv (the template's columns), "-" for stdin.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import type { IssuePath } from "../reports/types.js";
import { CSV_COLUMNS, reportsFromCsv, type CsvLocation } from "./csvReports.js";

/** An input format. */
export type InputFormat = "json" | "ndjson" | "csv";

/** One thing read from an input: a report to check, or a piece that could not be read. */
export type InputItem =
  | { readonly kind: "report"; readonly source: string; readonly where: string; readonly value: unknown; readonly locate?: (path: IssuePath) => CsvLocation }
  | { readonly kind: "malformed"; readonly source: string; readonly where: string; readonly message: string };

/** A file that cannot be read: a usage or I/O error (exit code 2). */
export class InputError extends Error {}

/** The format of a path, from its extension (stdin: the given default). */
export function formatOf(path: string, fallback: InputFormat): InputFormat {
  if (path === "-") return fallback;
  if (/\.ndjson$|\.jsonl$/i.test(path)) return "ndjson";
  if (/\.json$/i.test(path)) return "json";
  if (/\.csv$/i.test(path)) return "csv";
  throw new InputError(`${path}: unknown file type; name it .json, .ndjson or .csv (or read stdin with "-" and --input).`);
}

async function openStream(path: string): Promise<Readable> {
  if (path === "-") return process.stdin;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(`${path}: is a folder; give the report files inside it.`);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}); check the path.`);
  }
  return createReadStream(path, { encoding: "utf8" });
}

async function readAll(path: string): Promise<string> {
  if (path !== "-") {
    await openStream(path);
    return readFile(path, "utf8");
  }
  let text = "";
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
const looksBinary = (text: string) => text.includes("\u0000");

/** Reads every item of one input, in order. */
export async function* readInput(path: string, fallback: InputFormat): AsyncGenerator<InputItem> {
  const format = formatOf(path, fallback);
  const source = path === "-" ? "stdin" : path;
  if (format === "ndjson") {
    const stream = await openStream(path);
    let rest = "";
    let line = 0;
    const handle = (text: string): InputItem | undefined => {
      line++;
      const trimmed = (line === 1 ? stripBom(text) : text).replace(/\r$/, "");
      if (trimmed.trim() === "") return undefined;
      if (looksBinary(trimmed)) return { kind: "malformed", source, where: `line ${line}`, message: "binary data, not JSON text" };
      try {
        return { kind: "report", source, where: `line ${line}`, value: JSON.parse(trimmed) };
      } catch (error) {
        return { kind: "malformed", source, where: `line ${line}`, message: `not JSON (${(error as Error).message})` };
      }
    };
    for await (const chunk of stream) {
      rest += String(chunk);
      let newline = rest.indexOf("\n");
      while (newline >= 0) {
        const item = handle(rest.slice(0, newline));
        rest = rest.slice(newline + 1);
        if (item) yield item;
        newline = rest.indexOf("\n");
      }
    }
    if (rest !== "") {
      const item = handle(rest);
      if (item) yield item;
    }
    return;
  }
  const text = stripBom(await readAll(path));
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
  // CSV: rows grouped into reports (so read whole); a malformed row is reported and skipped.
  const records: { row: number; values: Record<string, string> }[] = [];
  const skipped: InputItem[] = [];
  const parser = parse(text, { bom: true, columns: true, skip_empty_lines: true, skip_records_with_error: true, info: true, trim: false });
  parser.on("skip", (error: Error & { lines?: number }) => {
    skipped.push({ kind: "malformed", source, where: `row ${error.lines ?? "?"}`, message: `malformed CSV row (${error.message})` });
  });
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      records.push({ row: info.lines, values: record });
    }
  } catch (error) {
    yield { kind: "malformed", source, where: "file", message: `not CSV (${(error as Error).message})` };
    return;
  }
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const unknown = header.split(",").map((c) => c.trim()).filter((c) => c !== "" && !(CSV_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0) {
    yield { kind: "malformed", source, where: "row 1", message: `unknown column(s) ${unknown.join(", ")}; use the columns of \`cica-cbm template\`` };
  }
  yield* skipped;
  for (const built of reportsFromCsv(records)) {
    yield { kind: "report", source, where: `row ${built.firstRow}`, value: built.report, locate: built.locate };
  }
}
