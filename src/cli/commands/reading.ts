// What every command that reads reports shares: the checks of its reading options and files, and
// the reading and counting of one year's reports (summary, matrix, discrepancies).
import {
  accumulate,
  cica,
  createAccumulator,
  finishAccumulator,
  formatPath,
  type MatrixMeasure,
  type NationalReport,
  type ReportOrigin,
  type ValidationOutcome,
} from "../../index.js";
import { check, type Counts, type Reading, type Rejected } from "../check.js";
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
  const today = dateOption(values.today, "today", io.say) ?? io.run.today;
  if (files.length === 0) throw new UsageError(io.say("error.needFiles", { command }));
  return { input, lang: io.lang, say: io.say, today };
}

/** The counts of a run over a year's reports, and every item rejected with its reasons (so that a count of rejected items never comes alone). */
export type YearCounts = Counts & { readonly rejected: readonly Rejected[] };

/**
 * Reads every valid report of `files` and hands each of year `year` to `keep`, in order. Only the
 * reports of the year asked for are handed on: the tables are of that year, and so memory grows
 * with one year's reports, not with the whole archive (and with the rejected items, each kept as
 * its place, identity and rule ids). Resolves to the counts and the rejected items.
 *
 * Two different submissions of one report and revision are said on standard error as they are
 * found, naming both inputs, as `validate` says them (any format: standard output stays the
 * tables'); the run then ends with exit 1, and the tables count neither submission.
 */
export async function readYear(files: readonly string[], reading: Reading, year: number, io: Io, keep: (report: NationalReport) => void): Promise<YearCounts> {
  const rejected: Rejected[] = [];
  const counts = await check(files, reading, io.run, {
    report: (report) => {
      if (report.year === year) keep(report);
    },
    // The tables are of one year: a conflict among another year's reports does not touch them.
    conflictsAmong: (report) => report.year === year,
    rejected: (item) => void rejected.push(item),
    result: (result) => {
      for (const issue of result.issues) {
        if (issue.rule !== "ledger.conflict") continue;
        io.run.err(`${printable(`${result.source} ${result.where}: ${issue.severity} ${issue.rule} at ${formatPath(issue.path)}: ${issue.message}`)}\n`);
      }
    },
  });
  return { ...counts, rejected };
}

/** The lines that name each rejected item and its reasons, after the count line. */
export function rejectedLines(rejected: readonly Rejected[], io: Io): string {
  if (rejected.length === 0) return "";
  const lines = rejected.map((item) =>
    item.malformed !== undefined
      ? io.say("line.malformed", { file: item.file, where: item.where, message: item.malformed })
      : io.say("line.rejected", {
          file: item.file,
          where: item.where,
          report: item.identity ? ` (${item.identity.reporter} ${item.identity.id} r${item.identity.revision})` : "",
          rules: item.rules.join(", "),
        }),
  );
  return `${io.say("line.rejectedHead", { count: rejected.length })}\n${lines.map((line) => `${printable(line)}\n`).join("")}`;
}

/** Ends a run over a year's reports: the counts and each rejected item's reasons on stderr (text only), exit 1 when any input was bad. */
export function endYear(result: YearCounts, io: Io): number {
  const { read, valid, invalid, malformed } = result;
  if (io.format === "text") io.run.err(`${io.say("line.counts", { read, valid, invalid, malformed })}\n${rejectedLines(result.rejected, io)}`);
  return invalid + malformed > 0 ? 1 : 0;
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

/** The values of `--measure`. */
export const MATRIX_MEASURES: readonly MatrixMeasure[] = ["level", "coverage"];

/** What the matrix's cells show, and whether voluntary reports are left out (`matrix` and `summary`). */
export const MATRIX_MEASURE = {
  measure: { type: "string", value: "level|coverage", default: "level" },
  "expected-only": { type: "boolean", default: false },
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

/** Where a rejected item came from, as the library's origin: its file, and its line or row when the place is one. */
function originOf(item: Rejected): ReportOrigin {
  const at = /^(line|row) (\d+)$/.exec(item.where);
  if (!at) return { file: item.file };
  return at[1] === "line" ? { file: item.file, line: Number(at[2]) } : { file: item.file, row: Number(at[2]) };
}

/** One issue object per rule, shared by every outcome (a million reports may hold many rejected ones). */
const ERRORS = new Map<string, { readonly rule: string; readonly severity: "error" }>();
const errorOf = (rule: string) => ERRORS.get(rule) ?? ERRORS.set(rule, { rule, severity: "error" }).get(rule)!;

/** A rejected item as reportingRate reads it (its rules as the errors that rejected it). */
const outcomeOf = (item: Rejected): ValidationOutcome => ({
  ok: false,
  identity: item.identity,
  origin: originOf(item),
  issues: item.rules.map(errorOf),
});

/**
 * The rejected items the table of replies can place for `year` (of that year, or with no readable
 * identity), as the library's outcomes: `summary` and `plan review` pass them to the replies.
 */
export function rejectedOfYear(rejected: readonly Rejected[], year: number): ValidationOutcome[] {
  return rejected.filter((item) => item.identity === null || item.identity.year === year).map(outcomeOf);
}
