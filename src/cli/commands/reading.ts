// What every command that reads reports shares: the checks of its reading options and files, and
// the reading and counting of one year's reports (summary, matrix, discrepancies).
import { accumulate, cica, createAccumulator, finishAccumulator, formatPath, type NationalReport } from "../../index.js";
import { check, type Counts, type Reading } from "../check.js";
import type { Io } from "../command.js";
import { UsageError } from "../errors.js";
import type { InputFormat } from "../inputs.js";
import { own } from "../lookup.js";
import { printable } from "../printable.js";
import type { OptionTable } from "../options.js";
import { chosen, dateOption } from "../values.js";

const INPUTS: readonly InputFormat[] = ["json", "ndjson", "csv"];

/** How to read, from `--input` and `--today`; a usage error when no file is given. */
export function readingOf(values: { readonly input?: string; readonly today: string | undefined }, files: readonly string[], command: string, io: Io): Reading {
  const input = values.input === undefined ? "json" : chosen(values.input, INPUTS, "input", io.say);
  const today = dateOption(values.today, "today", io.say);
  if (files.length === 0) throw new UsageError(io.say("error.needFiles", { command }));
  return { input, lang: io.lang, say: io.say, today };
}

/**
 * Reads every valid report of `files` and hands each of year `year` to `keep`, in order. Only the
 * reports of the year asked for are handed on: the tables are of that year, and so memory grows
 * with one year's reports, not with the whole archive. Resolves to the counts.
 *
 * Two different submissions of one report and revision are said on standard error as they are
 * found, naming both inputs, as `validate` says them (any format: standard output stays the
 * tables'); the run then ends with exit 1, and the tables count neither submission.
 */
export async function readYear(files: readonly string[], reading: Reading, year: number, io: Io, keep: (report: NationalReport) => void): Promise<Counts> {
  return check(files, reading, io.run, {
    report: (report) => {
      if (report.year === year) keep(report);
    },
    result: (result) => {
      for (const issue of result.issues) {
        if (issue.rule !== "ledger.conflict") continue;
        io.run.err(`${printable(`${result.source} ${result.where}: ${issue.severity} ${issue.rule} at ${formatPath(issue.path)}: ${issue.message}`)}\n`);
      }
    },
  });
}

/** Ends a run over a year's reports: the counts on stderr (text only), exit 1 when any input was bad. */
export function endYear(result: Counts, io: Io): number {
  if (io.format === "text") io.run.err(`${io.say("line.counts", result)}\n`);
  return result.invalid + result.malformed > 0 ? 1 : 0;
}

/** Reads one year's reports and accumulates them (as of `asOf`, when given) for summary and matrix. */
export async function accumulateYear(files: readonly string[], reading: Reading, year: number, asOf: string | undefined, io: Io) {
  let acc = createAccumulator(asOf ? { asOf } : {});
  const counts = await readYear(files, reading, year, io, (report) => {
    acc = accumulate(acc, report);
  });
  return { counts, summary: finishAccumulator(acc) };
}

/** The options that lay out a year's matrix: `--catalogue` and `--as-of`. */
export const LAYOUT = {
  catalogue: { type: "string", value: "cica@2021|cica@2004", default: "cica@2021" },
  "as-of": { type: "string", value: "YYYY-MM-DD", example: "2026-04-15" },
} as const satisfies OptionTable;

/** The catalogue named by `--catalogue`, and the date of `--as-of`. */
export function layoutOf(values: { readonly catalogue: string; readonly "as-of": string | undefined }, io: Io) {
  const catalogue = own(cica.catalogues, values.catalogue);
  if (!catalogue)
    throw new UsageError(
      io.say("error.oneOf", { option: "--catalogue", allowed: Object.keys(cica.catalogues).join(io.say("error.or")), value: values.catalogue }),
    );
  return { catalogue, asOf: dateOption(values["as-of"], "as-of", io.say) };
}
