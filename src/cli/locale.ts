/// <reference types="node" />
// `--locale FILE.json`: a language of one's own for the library's messages, headers and names, as
// the JSON form of a Locale (its labels that are functions written as templates), checked whole by
// defineLocale. A file that cannot be read, is not JSON or is not a whole Locale is an I/O error
// (exit code 2) that says what is wrong, every problem by its path.
import { readFile } from "node:fs/promises";
import { defineLocale, isCbmError, type Locale, type LocaleDefinition } from "../index.js";
import { InputError } from "./errors.js";

/** The Locale of a JSON file, checked; throws an {@link InputError} that says what to fix. */
export async function readLocale(path: string): Promise<Locale> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new InputError("io.cannotRead", { path, code: (error as NodeJS.ErrnoException).code ?? "error" });
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new InputError("io.localeJson", { path, reason: (error as Error).message });
  }
  try {
    return defineLocale(value as LocaleDefinition);
  } catch (error) {
    if (isCbmError(error)) throw new InputError("io.localeInvalid", { path, problems: error.message.replace(/^defineLocale: /, "") });
    throw error;
  }
}
