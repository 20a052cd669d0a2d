// The help of the command line: the list of commands, and each command's usage with one line per
// option it takes (from the command's own option table), in the chosen language.
import type { Command } from "./command.js";
import { optionUsage, optionWord } from "./options.js";
import type { Say } from "./words.js";

const WIDEST = 32;

/** Lines laid out in two columns: what to type, and what it does. */
function twoColumns(rows: readonly (readonly [string, string])[]): string[] {
  // A left column wider than most (matrix's usage) puts its text on the next line.
  const width = Math.min(WIDEST, Math.max(...rows.map(([left]) => left.length))) + 2;
  return rows.flatMap(([left, right]) =>
    left.length > WIDEST ? [`  ${left}`, `  ${"".padEnd(width)}${right}`] : [`  ${left.padEnd(width)}${right}`.trimEnd()],
  );
}

/** The closing lines of every help: what the exit codes mean, and a translation's note. */
function closing(say: Say): string[] {
  const note = say("help.translation");
  return ["", say("help.exit"), ...(note ? [note] : [])];
}

/** `cica-cbm --help`: every command with what it does, and the common options. */
export function commandsHelp(commands: readonly Command[], say: Say): string {
  return [
    `${say("usage")}: cica-cbm ${say("help.command")}`,
    "",
    say("help.commands"),
    ...twoColumns(commands.map((command) => [command.usage, say(command.description)])),
    "",
    say("help.common"),
    say("help.inputs"),
    ...closing(say),
  ].join("\n");
}

/** `cica-cbm COMMAND --help`: its usage, what it does, and each option it takes with a line. */
export function commandHelp(command: Command, say: Say): string {
  const options = Object.entries(command.options).map(([name, spec]) => {
    const shown = spec.default === undefined || spec.type === "boolean" ? "" : ` (${say("help.default")}: ${String(spec.default)})`;
    return [optionUsage(name, spec), `${say(optionWord(name))}${shown}`] as const;
  });
  return [
    `${say("usage")}: cica-cbm ${command.usage}`,
    `  ${say(command.description)}`,
    "",
    say("help.options"),
    ...twoColumns(options),
    ...(command.reads ? ["", say("help.inputs")] : []),
    ...closing(say),
  ].join("\n");
}
