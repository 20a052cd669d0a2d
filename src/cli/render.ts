/// <reference types="node" />
// How the command line writes what it found: the output formats, tables in each of them, the CSV
// options and the files it writes besides standard output.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { toCsv, toMarkdown, type CsvOptions, type Table } from "../index.js";
import { InputError, UsageError } from "./errors.js";
import { printable } from "./printable.js";
import type { Say, WordKey } from "./words.js";

/** An output format. */
export type Format = "text" | "json" | "csv" | "md";

/** The output formats, in the order the help and messages list them. */
export const FORMATS: readonly Format[] = ["text", "json", "csv", "md"];

/** A table rendered in `format` (text and md: Markdown; text escaped for a terminal). */
export function renderTable(table: Table, format: Format, csv: CsvOptions): string {
  if (format === "csv") return toCsv(table, csv);
  // On a terminal, no control character or bidirectional override of report text reaches the screen.
  return format === "text" ? toMarkdown(table).split("\n").map(printable).join("\n") : toMarkdown(table);
}

/** Table columns whose keys are `keys` and whose labels are their words in the chosen language. */
export function columns(keys: readonly string[], say: Say): Table["columns"] {
  return keys.map((key) => ({ key, label: say(`column.${key}` as WordKey) }));
}

/** The CSV options of the command line, named as `toCsv`'s: `--separator` and `--bom`, for CSV output only. */
export function csvOptions(values: { readonly separator: string; readonly bom: boolean }, writesCsv: boolean, say: Say): CsvOptions {
  const separator = values.separator;
  if (separator !== "," && separator !== ";") throw new UsageError(say("error.separator", { value: separator }));
  if (!writesCsv && (separator !== "," || values.bom)) throw new UsageError(say("error.csvOnly"));
  return { separator, bom: values.bom };
}

/** Writes a file the command line was asked to write (already checked by `guardOutputs`). */
export async function writeOutput(path: string, content: string): Promise<void> {
  try {
    await writeFile(path, content);
  } catch (error) {
    throw new InputError("io.cannotWrite", { path, code: (error as NodeJS.ErrnoException).code ?? "error" });
  }
}

/**
 * Writes files into a folder the command line was asked to write (already checked by
 * `guardOutputs`), creating it when it does not exist; resolves to the paths written, in order.
 */
export async function writeTables(folder: string, files: readonly { readonly name: string; readonly content: string }[]): Promise<string[]> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new InputError("io.cannotWrite", { path: folder, code: (error as NodeJS.ErrnoException).code ?? "error" });
  }
  const paths: string[] = [];
  for (const file of files) {
    const path = join(folder, file.name);
    await writeOutput(path, file.content);
    paths.push(path);
  }
  return paths;
}
