// The shape of one command of the command line: its usage, its options and what it runs.
import type { CsvOptions, Lang, Locale, Table } from "../index.js";
import type { Run } from "./check.js";
import { COMMON, CSV_OUTPUT, type OptionTable, type ValuesOf } from "./options.js";
import type { Format } from "./render.js";
import type { Say, WordKey } from "./words.js";

/** What every command is given besides its options: where to write and in which words. */
export interface Io {
  readonly run: Run;
  /** The language of the library's messages, headers and names: `--lang`, or the Locale of `--locale`. */
  readonly lang: Lang | Locale;
  readonly say: Say;
  readonly format: Format;
  /** Writes to standard output; in the text format, what it writes is escaped for a terminal. */
  readonly out: (text: string) => Promise<void> | undefined | void;
  /** The CSV options (`--separator`, `--bom`), checked. */
  readonly csv: CsvOptions;
  /** A table in the chosen format (or in `as`), its labels as given. */
  readonly render: (table: Table, as?: Format) => string;
}

/** One command: its name, its usage line, its options and what it runs. */
export interface Command<TTable extends OptionTable = OptionTable> {
  readonly name: string;
  /** What follows `cica-cbm` in its usage: `summary FILE... --year N`. */
  readonly usage: string;
  /** The word that says what it does. */
  readonly description: WordKey;
  /** Whether it reads files of reports (its help then says which). */
  readonly reads: boolean;
  /** Every option it takes, the common ones included. */
  readonly options: TTable;
  /** Runs it; resolves to the exit code. (A method, so that a command of any table is a `Command`.) */
  run(values: ValuesOf<TTable>, files: readonly string[], io: Io): Promise<number>;
}

/** The options every command takes: the common ones and those of CSV output. */
export const BASE = { ...COMMON, ...CSV_OUTPUT } as const;

/** A command, typed by its options (so that `run` reads its values with their types); it takes the {@link BASE} options. */
export const defineCommand = <const TTable extends OptionTable & typeof BASE>(command: Command<TTable>): Command<TTable> => command;
