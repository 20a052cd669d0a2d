// Reading and validating every input, one item at a time, for every command that reads reports.
import {
  cica,
  formatIssue,
  reportIdentity,
  validateReport,
  validateReportText,
  type Lang,
  type Locale,
  type NationalReport,
  type ReportIdentity,
  type ReportIssue,
} from "../index.js";
import { withCsvIssues } from "./csvReports.js";
import { checkInput, InputError, readInput, type InputFormat, type InputItem, type TextItem } from "./inputs.js";
import type { InputFailure } from "./output.js";
import { revisionStore } from "./revisionStore.js";
import type { Say } from "./words.js";

/**
 * Where the command line writes, and whether to show progress. `out` returns a promise when its
 * reader is slower than the run (a pipe whose buffer is full): the run waits for it before it
 * writes more, so memory does not grow with the output.
 */
export interface Run {
  readonly out: (text: string) => Promise<void> | undefined | void;
  readonly err: (text: string) => void;
  readonly progress: boolean;
  /**
   * Today's date (`YYYY-MM-DD`, UTC), the default of `--today`: the executable reads the clock, so
   * that a submission dated in the future or a report on a year not yet ended is found without
   * the option; a run without it (a test, a program calling `main`) checks no date against today.
   */
  readonly today?: string;
}

/** One item read, with its issues located in its input. */
export interface Located {
  readonly source: string;
  readonly where: string;
  readonly ok: boolean;
  readonly issues: readonly (ReportIssue & { readonly location?: string })[];
  readonly malformed?: string;
}

/**
 * An item that was rejected: malformed, or a report with errors. Its reasons are the rules its
 * errors broke (`malformed` for an item that could not be read as a report, with its message).
 */
export interface Rejected {
  /** The input, as given (`stdin` for `-`). */
  readonly file: string;
  /** Where in it: `line 4`, `row 3`, `[2]`, `file`. */
  readonly where: string;
  /** The report's identity as written, `null` when it cannot be read. */
  readonly identity: ReportIdentity | null;
  /** The rules of its errors, each once, sorted; `["malformed"]` for an item that is not a report. */
  readonly rules: readonly string[];
  /** What is wrong with a malformed item. */
  readonly malformed?: string;
}

/** How to read: the format of standard input, the language of messages, the date of today. */
export interface Reading {
  readonly input: InputFormat;
  readonly lang: Lang | Locale;
  readonly say: Say;
  readonly today: string | undefined;
}

/**
 * Reads and validates every input, one item at a time: calls `onReport` for each valid report and
 * `onResult` for each item that is malformed or has issues, as it is found, so that memory does not
 * grow with the number of reports or of issues. Resolves to the counts.
 *
 * Across all inputs, a valid report whose key and revision were read before with other content is
 * a `ledger.conflict` (naming where the first came from), as `recordReport` would say: it is
 * counted invalid, and still handed to `onReport`, so that the aggregates, which find the same
 * conflict, count neither submission (`conflicts` of their results).
 */
export async function check(
  files: readonly string[],
  reading: Reading,
  run: Run,
  on: {
    readonly report?: (report: NationalReport) => void;
    /**
     * Which valid reports the conflict check holds (all, without it): a command on one year's
     * tables checks that year's reports only, so its memory does not grow with the other years.
     */
    readonly conflictsAmong?: (report: NationalReport) => boolean;
    readonly result?: (result: Located) => Promise<void> | undefined | void;
    /** Each item rejected (malformed, or a report with errors), with its reasons, as it is found. */
    readonly rejected?: (rejected: Rejected) => void;
    /** An input that cannot be read, or stops being readable: without it, the error ends the run. */
    readonly failure?: (failure: InputFailure) => void;
  },
) {
  const { input, lang, today } = reading;
  const context = { ...cica, lang, ...(today ? { today } : {}) };
  let read = 0;
  let valid = 0;
  let invalid = 0;
  let malformed = 0;
  const store = revisionStore();
  const sources: string[] = [];
  // Every input is checked before any is read, so a wrong path stops the run before any output.
  for (const file of files) await checkInput(file, input);
  for (const [fileIndex, file] of files.entries()) {
    sources[fileIndex] = file === "-" ? "stdin" : file;
    try {
      for await (const next of readInput(file, input, true) as AsyncGenerator<InputItem | TextItem>) {
        read++;
        if (run.progress && read % 10000 === 0) run.err(`\r${reading.say("line.progress", { count: read })}`);
        // An NDJSON line comes as text: validateReportText parses it and checks the value it owns in
        // place (no copy). A line that is not JSON is malformed, as it always was, in the same words.
        const text = next.kind === "text" ? next : undefined;
        const textResult = text ? validateReportText(text.text, context) : undefined;
        const notJson = textResult?.issues[0]?.rule === "report.not-json" ? textResult.issues[0] : undefined;
        const item: InputItem = text
          ? notJson
            ? { kind: "malformed", source: text.source, where: text.where, message: `not JSON (${notJson.params.reason})` }
            : // The value is read again only to name a rejected report (see `identity` below).
              { kind: "report", source: text.source, where: text.where, value: undefined }
          : (next as InputItem);
        if (item.kind === "malformed") {
          malformed++;
          on.rejected?.({ file: item.source, where: item.where, identity: null, rules: ["malformed"], malformed: item.message });
          const waiting = on.result?.({ source: item.source, where: item.where, ok: false, issues: [], malformed: item.message });
          if (waiting) await waiting;
          continue;
        }
        // A rejected report is named by its identity, read from its text again when it came as text
        // (validation may have cut the value it owned): rare, so the valid ones are read once.
        const identity = () => reportIdentity(text ? JSON.parse(text.text) : item.value);
        if (item.skipped && item.skipped.length > 0) {
          // Rows of the template left unfilled are no error: say how many were passed over, and where.
          const rows = item.skipped.length > 5 ? `${item.skipped.slice(0, 5).join(", ")}, …` : item.skipped.join(", ");
          run.err(`cica-cbm: ${reading.say("line.skipped", { file: item.source, where: item.where, count: item.skipped.length, rows })}\n`);
        }
        const checked = textResult ?? withCsvIssues(validateReport(item.value, context), item.csvIssues, lang);
        let result: { readonly ok: boolean; readonly issues: readonly ReportIssue[] } = checked;
        if (checked.ok) {
          const report = checked.report;
          const conflict = on.conflictsAmong && !on.conflictsAmong(report) ? undefined : store.add(report, fileIndex, item.where);
          if (conflict) {
            const params = {
              field: "revision",
              reporter: report.reporter,
              year: report.year,
              catalogue: report.catalogue,
              revision: report.revision,
              recordedOn: conflict.submittedOn,
              submittedOn: report.submittedOn,
              next: conflict.next,
              firstSource: sources[conflict.file]!,
              firstWhere: conflict.where,
            };
            const issue: ReportIssue = {
              rule: "ledger.conflict",
              severity: "error",
              path: ["revision"],
              messageKey: "ledger.conflict.files",
              params,
              message: formatIssue({ messageKey: "ledger.conflict.files", params }, lang),
            };
            result = { ok: false, issues: [issue, ...checked.issues] };
          }
          if (result.ok) valid++;
          else {
            invalid++;
            on.rejected?.({ file: item.source, where: item.where, identity: identity(), rules: ["ledger.conflict"] });
          }
          on.report?.(report);
        } else {
          invalid++;
          const rules = [...new Set(checked.issues.filter((issue) => issue.severity === "error").map((issue) => issue.rule))].sort();
          on.rejected?.({ file: item.source, where: item.where, identity: identity(), rules });
        }
        if (on.result && result.issues.length > 0) {
          const issues = result.issues.map((issue) => {
            const at = "location" in issue ? undefined : item.locate?.(issue.path);
            return at ? { ...issue, location: `row ${at.row}, column ${at.column}` } : issue;
          });
          const waiting = on.result({ source: item.source, where: item.where, ok: result.ok, issues });
          if (waiting) await waiting;
        }
      }
    } catch (error) {
      if (!(error instanceof InputError) || !on.failure) throw error;
      on.failure({ file: file === "-" ? "stdin" : file, error: reading.say(error.key, error.params) });
    }
  }
  if (run.progress && read >= 10000) run.err("\n");
  return { read, valid, invalid, malformed };
}

/** The counts of a run. */
export type Counts = Awaited<ReturnType<typeof check>>;
