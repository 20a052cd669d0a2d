// The options of the command line: each command declares its own table, and the parsing of what
// the user typed against that table, with our own messages (in the chosen language) for an
// unknown, misspelt or misplaced option and for a missing value.
import { parseArgs } from "node:util";
import { UsageError } from "./errors.js";
import { own } from "./lookup.js";
import type { Say, WordKey } from "./words.js";

/** One option a command takes: its type, the value it shows in the help, its default. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  /** How its value is written in the help and in messages (`N`, `YYYY-MM-DD`, `text|json|csv|md`). */
  readonly value?: string;
  /** An example value, for the message of a missing one. */
  readonly example?: string;
  readonly default?: string | boolean;
  readonly short?: string;
}

/** A command's options, by name (without the leading `--`). */
export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** The values of a table's options, once parsed and defaulted. */
export type ValuesOf<TTable extends OptionTable> = {
  readonly [K in keyof TTable]: TTable[K]["type"] extends "boolean" ? boolean : TTable[K] extends { readonly default: string } ? string : string | undefined;
};

/** The options of every command. */
export const COMMON = {
  format: { type: "string", value: "text|json|csv|md", default: "text" },
  lang: { type: "string", value: "en|ru", default: "en" },
  locale: { type: "string", value: "FILE.json", example: "kk.json" },
  help: { type: "boolean", short: "h", default: false },
} as const satisfies OptionTable;

/** The options of a command that writes tables: CSV output as the library's `toCsv` takes it. */
export const CSV_OUTPUT = {
  separator: { type: "string", value: '","|";"', example: '";"', default: "," },
  bom: { type: "boolean", default: false },
} as const satisfies OptionTable;

/** The options of a command that reads reports. */
export const READING = {
  input: { type: "string", value: "json|ndjson|csv", default: "ndjson" },
  today: { type: "string", value: "YYYY-MM-DD", example: "2026-12-31" },
} as const satisfies OptionTable;

/** The options of a command that counts one year's reports. */
export const YEAR = {
  year: { type: "string", value: "N", example: "2025" },
} as const satisfies OptionTable;

/** The help line of an option: `--year N`. */
export const optionUsage = (name: string, spec: OptionSpec) => `--${name}${spec.short ? `, -${spec.short}` : ""}${spec.value ? ` ${spec.value}` : ""}`;

/** The word that describes an option in the help. */
export const optionWord = (name: string) => `option.${name}` as WordKey;

/** The number of single-character edits between two names (Levenshtein). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The known name nearest to `name`, when it is close enough to be a slip (at most a third of it, and 2 edits). */
export function nearest(name: string, known: readonly string[]): string | undefined {
  let best: { name: string; edits: number } | undefined;
  for (const candidate of known) {
    const edits = distance(name.toLowerCase(), candidate.toLowerCase());
    if (!best || edits < best.edits) best = { name: candidate, edits };
  }
  return best && best.edits <= Math.min(2, Math.max(1, Math.floor(name.length / 3))) ? best.name : undefined;
}

/**
 * The options and positionals of `args`, parsed with `util.parseArgs` in its non-strict form (so
 * that no raw parser text reaches the user) and checked against `table`, the options of `command`;
 * `every` names the options of all commands, so that one of another command is told apart from an
 * unknown one. Throws a {@link UsageError} in the words of `say`.
 */
export function parseOptions<TTable extends OptionTable>(
  args: readonly string[],
  command: string,
  table: TTable,
  every: OptionTable,
  say: Say,
): { values: ValuesOf<TTable>; positionals: string[] } {
  const { tokens, positionals } = parseArgs({ args: [...args], options: every, allowPositionals: true, strict: false, tokens: true });
  const values: Record<string, string | boolean | undefined> = {};
  for (const [name, spec] of Object.entries(table)) values[name] = spec.default;
  const help = say("error.runHelp", { command });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const spec = own(table, token.name);
    if (!spec) {
      const option = token.rawName.startsWith("--") ? `--${token.name}` : token.rawName;
      if (own(every, token.name)) throw new UsageError(`${say("error.notAnOption", { command, option })}${say("error.end")}${help}`);
      const guess = nearest(
        token.name,
        Object.keys(table).filter((name) => name.length > 1),
      );
      throw new UsageError(
        `${say("error.unknownOption", { option })}${guess ? say("error.didYouMean", { suggestion: `--${guess}` }) : say("error.end")}${help}`,
      );
    }
    const option = `--${token.name}`;
    if (spec.type === "boolean") {
      if (token.value !== undefined) throw new UsageError(`${say("error.noValue", { option, value: token.value })}${say("error.end")}${help}`);
      values[token.name] = true;
      continue;
    }
    // A value that looks like an option (`--year --format json`) is a forgotten value, unless
    // written `--year=-1`: the same rule as the strict parser's.
    const forgotten = token.value === undefined || (!token.inlineValue && token.value.startsWith("-") && token.value.length > 1);
    if (forgotten) {
      const example = `${option} ${spec.example ?? (spec.value ?? "").split("|")[0]}`;
      const dash = token.value === undefined ? "" : say("error.dashValue", { option });
      throw new UsageError(`${say("error.missingValue", { option, example })}${dash}${say("error.end")}${help}`);
    }
    values[token.name] = token.value;
  }
  return { values: values as ValuesOf<TTable>, positionals };
}
