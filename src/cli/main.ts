/// <reference types="node" />
// The cica-cbm command line: validate, summarise and export files of reports. The only code of
// the package that touches the file system. `main` parses, picks the command and returns its exit
// code; each command is a module of its own under `commands/`.
import { parseArgs } from "node:util";
import type { Lang } from "../index.js";
import type { Run } from "./check.js";
import type { BASE, Command, Io } from "./command.js";
import { catalogue } from "./commands/catalogue.js";
import { diff } from "./commands/diff.js";
import { discrepancies } from "./commands/discrepancies.js";
import { matrix } from "./commands/matrix.js";
import { members } from "./commands/members.js";
import { plan } from "./commands/plan.js";
import { publish } from "./commands/publish.js";
import { summary } from "./commands/summary.js";
import { template } from "./commands/template.js";
import { validate } from "./commands/validate.js";
import { InputError, UsageError } from "./errors.js";
import { readLocale } from "./locale.js";
import { commandHelp, commandsHelp } from "./help.js";
import { oneOf, own } from "./lookup.js";
import { parseOptions, type OptionTable, type ValuesOf } from "./options.js";
import { printable, printableLines } from "./printable.js";
import { csvOptions, FORMATS, renderTable } from "./render.js";
import { chosen } from "./values.js";
import { wordsOf } from "./words.js";

export { printable } from "./printable.js";
export type { Run } from "./check.js";

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [validate, summary, matrix, diff, discrepancies, plan, publish, catalogue, members, template];

const BY_NAME: Readonly<Record<string, Command>> = Object.fromEntries(COMMANDS.map((command) => [command.name, command]));

/** The options of every command, for the parser: one of another command is told apart from an unknown one. */
const EVERY: OptionTable = Object.fromEntries(
  COMMANDS.flatMap((command) => Object.entries(command.options)).map(([name, spec]) => [
    name,
    { type: spec.type, ...(spec.short ? { short: spec.short } : {}) },
  ]),
);

const LANGS: readonly Lang[] = ["en", "ru"];

/** What `args` ask for before they are checked: the command, its files, `--help`, and the language of messages. */
function firstLook(args: readonly string[]) {
  const { values, positionals } = parseArgs({ args: [...args], options: EVERY, allowPositionals: true, strict: false });
  const lang = typeof values.lang === "string" && oneOf(LANGS, values.lang) ? values.lang : "en";
  const [command, ...files] = positionals;
  return { command, files, help: values.help === true, lang };
}

/** Runs the command line on its arguments; resolves to the exit code. */
export async function main(argv: readonly string[], run: Run): Promise<number> {
  const first = firstLook(argv);
  // Messages are in the language asked for from the first one on (English when it is not one we have).
  let say = wordsOf(first.lang);
  try {
    if (first.command === undefined || first.command === "help") {
      const asked = own(BY_NAME, first.files[0]);
      run.out(`${asked ? commandHelp(asked, say) : commandsHelp(COMMANDS, say)}\n`);
      return first.command === undefined && !first.help ? 2 : 0;
    }
    const command = own(BY_NAME, first.command);
    if (!command) {
      if (first.help) {
        run.out(`${commandsHelp(COMMANDS, say)}\n`);
        return 0;
      }
      throw new UsageError(say("error.unknownCommand", { command: first.command, commands: COMMANDS.map((c) => c.name).join(", ") }));
    }
    const { values, positionals } = parseOptions(argv, command.name, command.options, EVERY, say);
    // Every command takes the BASE options (defineCommand requires them).
    const common = values as unknown as ValuesOf<typeof BASE>;
    if (common.help) {
      run.out(`${commandHelp(command, say)}\n`);
      return 0;
    }
    const format = chosen(common.format, FORMATS, "format", say);
    const words = chosen(common.lang, LANGS, "lang", say);
    say = wordsOf(words);
    // A Locale of one's own gives the library's words; the command line's own follow --lang.
    const lang = common.locale === undefined ? words : await readLocale(common.locale);
    // template, and publish, write CSV in the default (text) format too.
    const csv = csvOptions(common, format === "csv" || command.name === "template" || (command.name === "publish" && format === "text"), say);
    const io: Io = {
      run,
      lang,
      say,
      format,
      csv,
      // The text report is for a terminal: whatever it echoes from the inputs is escaped.
      out: format === "text" ? (text: string) => run.out(printableLines(text)) : run.out,
      render: (table, as = format) => renderTable(table, as, csv),
    };
    return await command.run(values, positionals.slice(1), io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      run.err(`cica-cbm: ${printable(error instanceof InputError ? say(error.key, error.params) : error.message)}\n`);
      return 2;
    }
    throw error;
  }
}
