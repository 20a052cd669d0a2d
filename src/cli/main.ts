/// <reference types="node" />
// The cica-cbm command line: validate, summarise and export files of reports. The only code of
// the package that touches the file system.
import { writeFile } from "node:fs/promises";
import { parseArgs, type ParseArgsConfig } from "node:util";
import {
  accumulate, chairOn, cica, compileReportSchema, createAccumulator, diffReports, discrepancyTable, findDiscrepancies,
  finishAccumulator, implementationMatrix, isCalendarDate, matrixTable, membersOn, observersOn, provenanceOf, renderMatrixSvg,
  replyTable, reportingRate, toCsv, toMarkdown, validateReport,
  type CsvOptions, type Lang, type MatrixGrouping, type NationalReport, type ReportIssue, type Table,
} from "../index.js";
import { CSV_COLUMNS, withCsvIssues } from "./csvReports.js";
import { guardOutputs } from "./guard.js";
import { checkInput, InputError, readInput, type InputFormat, type InputItem } from "./inputs.js";
import { oneOf, own } from "./lookup.js";
import { validateDocument, type InputFailure } from "./output.js";
import { printable, printableLines } from "./printable.js";

export { printable } from "./printable.js";

type Format = "text" | "json" | "csv" | "md";

const COMMANDS: Readonly<Record<string, string>> = {
  validate: "validate FILE...            check reports; exit 1 if any is invalid",
  summary: "summary FILE... --year N     reporting rate and implementation matrix",
  matrix: "matrix FILE... --year N [--by dimension|priorityArea|measure] [--svg OUT.svg]",
  diff: "diff OLD NEW                 field-level changes between two revisions",
  discrepancies: "discrepancies FILE... --year N   mirror checks between partner states",
  catalogue: "catalogue [--version 2004|2021]  the measures of a catalogue version",
  members: "members --on DATE            members and observers on a date",
  template: "template                     the CSV template's header and an example row",
};

const OPTIONS = {
  format: { type: "string", default: "text" },
  lang: { type: "string", default: "en" },
  today: { type: "string" },
  input: { type: "string", default: "ndjson" },
  year: { type: "string" },
  deadline: { type: "string" },
  "as-of": { type: "string" },
  catalogue: { type: "string", default: "cica@2021" },
  version: { type: "string", default: "2021" },
  by: { type: "string", default: "dimension" },
  svg: { type: "string" },
  on: { type: "string" },
  separator: { type: "string", default: "," },
  bom: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const satisfies ParseArgsConfig["options"];

class UsageError extends Error {}

function usage(command?: string): string {
  const line = own(COMMANDS, command);
  const lines = line ? [`usage: cica-cbm ${line}`] : ["usage: cica-cbm COMMAND [options]", "", ...Object.values(COMMANDS).map((c) => `  ${c}`)];
  return [
    ...lines,
    "",
    "options: --format text|json|csv|md  --lang en|ru  --today YYYY-MM-DD  --input json|ndjson|csv (for -, stdin)  --help",
    "csv: --separator \",\"|\";\" (\";\" for Excel where the decimal mark is a comma)  --bom (a byte-order mark, for Excel)",
    "inputs: .json (a report or an array), .ndjson (a report a line), .csv (see `cica-cbm template`), - for stdin",
    "exit: 0 all valid, 1 invalid input found, 2 usage or I/O error",
  ].join("\n");
}

/**
 * Where the command line writes, and whether to show progress. `out` returns a promise when its
 * reader is slower than the run (a pipe whose buffer is full): the run waits for it before it
 * writes more, so memory does not grow with the output.
 */
export interface Run {
  readonly out: (text: string) => Promise<void> | undefined | void;
  readonly err: (text: string) => void;
  readonly progress: boolean;
}

interface Located {
  readonly source: string;
  readonly where: string;
  readonly ok: boolean;
  readonly issues: readonly (ReportIssue & { readonly location?: string })[];
  readonly malformed?: string;
}

/**
 * Reads and validates every input, one item at a time: calls `onReport` for each valid report and
 * `onResult` for each item that is malformed or has issues, as it is found, so that memory does not
 * grow with the number of reports or of issues. Resolves to the counts.
 */
async function check(
  files: readonly string[], input: InputFormat, lang: Lang, today: string | undefined, run: Run,
  on: {
    readonly report?: (report: NationalReport) => void;
    readonly result?: (result: Located) => Promise<void> | undefined | void;
    /** An input that cannot be read, or stops being readable: without it, the error ends the run. */
    readonly failure?: (failure: InputFailure) => void;
  },
) {
  const context = { ...cica, schema: compileReportSchema(), lang, ...(today ? { today } : {}) };
  let read = 0;
  let valid = 0;
  let invalid = 0;
  let malformed = 0;
  // Every input is checked before any is read, so a wrong path stops the run before any output.
  for (const file of files) await checkInput(file, input);
  for (const file of files) {
    try {
      for await (const item of readInput(file, input) as AsyncGenerator<InputItem>) {
        read++;
        if (run.progress && read % 10000 === 0) run.err(`\rread ${read} reports…`);
        if (item.kind === "malformed") {
          malformed++;
          const waiting = on.result?.({ source: item.source, where: item.where, ok: false, issues: [], malformed: item.message });
          if (waiting) await waiting;
          continue;
        }
        const result = withCsvIssues(validateReport(item.value, context), item.csvIssues, lang);
        if (result.ok) {
          valid++;
          on.report?.(result.report);
        } else invalid++;
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
      on.failure({ file: file === "-" ? "stdin" : file, error: error.message });
    }
  }
  if (run.progress && read >= 10000) run.err("\n");
  return { read, valid, invalid, malformed };
}


async function writeOutput(path: string, content: string): Promise<void> {
  try {
    await writeFile(path, content);
  } catch (error) {
    throw new InputError(`${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? "error"}); check the path and that its folder can be written.`);
  }
}

function renderTable(table: Table, format: Format, csv: CsvOptions): string {
  if (format === "csv") return toCsv(table, csv);
  // On a terminal, no control character or bidirectional override of report text reaches the screen.
  return format === "text" ? toMarkdown(table).split("\n").map(printable).join("\n") : toMarkdown(table);
}

/** The CSV options of the command line, named as `toCsv`'s: `--separator` and `--bom`, for CSV output only. */
function csvOptions(values: { readonly separator: string; readonly bom: boolean }, writesCsv: boolean): CsvOptions {
  const separator = values.separator;
  if (separator !== "," && separator !== ";") throw new UsageError(`--separator must be "," or ";" (got "${separator}"); quote it for the shell: --separator ";".`);
  if (!writesCsv && (separator !== "," || values.bom)) throw new UsageError("--separator and --bom shape CSV output: add --format csv.");
  return { separator, bom: values.bom };
}

function integerOption(value: string | undefined, name: string): number {
  if (value === undefined) throw new UsageError(`--${name} is required, e.g. --${name} 2025.`);
  if (!/^\d{4}$/.test(value)) throw new UsageError(`--${name} must be a year written YYYY (got "${value}").`);
  return Number(value);
}

function dateOption(value: string | undefined, name: string): string | undefined {
  if (value !== undefined && !isCalendarDate(value)) throw new UsageError(`--${name} must be a real date written YYYY-MM-DD (got "${value}").`);
  return value;
}

/** Runs the command line on its arguments; resolves to the exit code. */
export async function main(argv: readonly string[], run: Run): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    run.err(`cica-cbm: ${printable((error as Error).message.split("\n")[0] ?? "")} Run cica-cbm --help.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help || command === undefined || command === "help") {
    run.out(`${usage(command === "help" ? files[0] : command)}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  try {
    if (own(COMMANDS, command) === undefined) throw new UsageError(`unknown command "${command}"; use one of ${Object.keys(COMMANDS).join(", ")}.`);
    const format = values.format;
    if (!oneOf<Format>(["text", "json", "csv", "md"], format)) throw new UsageError(`--format must be text, json, csv or md (got "${values.format}").`);
    const lang = values.lang;
    if (!oneOf<Lang>(["en", "ru"], lang)) throw new UsageError(`--lang must be en or ru (got "${values.lang}").`);
    const input = values.input;
    if (!oneOf<InputFormat>(["json", "ndjson", "csv"], input)) throw new UsageError(`--input must be json, ndjson or csv (got "${values.input}").`);
    // The text report is for a terminal: whatever it echoes from the inputs is escaped.
    const out = format === "text" ? (text: string) => run.out(printableLines(text)) : run.out;
    const today = dateOption(values.today, "today");
    const csv = csvOptions(values, format === "csv" || command === "template");
    const render = (table: Table, as: Format) => renderTable(table, as, csv);
    const needFiles = ["validate", "summary", "matrix", "discrepancies", "diff"].includes(command);
    if (needFiles && files.length === 0) throw new UsageError(`${command} needs at least one file (or - for stdin).`);

    switch (command) {
      case "validate": {
        // Every result is written as it is found (nothing is held), and the run waits for a slow
        // reader, so that a file of a million invalid reports is reported in the memory of one.
        // Headers are written at the first result, or at the end, so that a usage error before
        // any is read leaves stdout empty. An input that cannot be read is recorded and the others
        // are still checked; the JSON document stays complete and says so.
        const columns = ["file", "where", "rule", "severity", "path", "message"].map((key) => ({ key, label: key }));
        const document = validateDocument((text) => run.out(text) ?? undefined);
        let failed = 0;
        let started = false;
        const start = () => {
          if (started) return;
          started = true;
          if (format === "csv" || format === "md") out(render({ columns, rows: [] }, format));
        };
        const result = await check(files, input, lang, today, run, {
          result: (r) => {
            if (format === "json") return document.result(r);
            start();
            if (format === "csv" || format === "md") {
              const rows = r.malformed ? [{ file: r.source, where: r.where, rule: "malformed", severity: "error", path: "", message: r.malformed }]
                : r.issues.map((i) => ({ file: r.source, where: i.location ?? r.where, rule: i.rule, severity: i.severity, path: i.path.join("."), message: i.message }));
              // The rows alone: the table rendered without its header lines (one in CSV, two in Markdown).
              const body = render({ columns, rows }, format).split(format === "csv" ? "\r\n" : "\n").slice(format === "csv" ? 1 : 2).join(format === "csv" ? "\r\n" : "\n");
              return out(body);
            }
            const lines = [
              ...(r.malformed ? [`${r.source} ${r.where}: error malformed: ${r.malformed}`] : []),
              ...r.issues.map((issue) => `${r.source} ${issue.location ?? r.where}: ${issue.severity} ${issue.rule} at ${issue.path.join(".") || "(report)"}: ${issue.message}`),
            ];
            return out(lines.map((line) => `${printable(line)}\n`).join(""));
          },
          failure: (failure) => {
            failed++;
            if (format === "json") document.failure(failure);
            run.err(`cica-cbm: ${printable(failure.error)}\n`);
          },
        });
        const code = failed > 0 ? 2 : result.invalid + result.malformed > 0 ? 1 : 0;
        if (format === "json") {
          const waiting = document.end(result, code);
          if (waiting) await waiting;
          return code;
        }
        start();
        if (format === "text") {
          const unread = failed > 0 ? `, unreadable inputs ${failed}` : "";
          const waiting = out(`read ${result.read}, valid ${result.valid}, invalid ${result.invalid}, malformed ${result.malformed}${unread}\n`);
          if (waiting) await waiting;
        }
        return code;
      }
      case "summary":
      case "matrix":
      case "discrepancies": {
        const year = integerOption(values.year, "year");
        const catalogue = own(cica.catalogues, values.catalogue);
        if (!catalogue) throw new UsageError(`--catalogue must be ${Object.keys(cica.catalogues).join(" or ")} (got "${values.catalogue}").`);
        const by = values.by;
        if (!oneOf<MatrixGrouping>(["dimension", "priorityArea", "measure"], by)) throw new UsageError(`--by must be dimension, priorityArea or measure (got "${values.by}").`);
        const deadline = dateOption(values.deadline, "deadline");
        const asOf = dateOption(values["as-of"], "as-of");
        if (command === "matrix" && values.svg) await guardOutputs([{ path: values.svg, kind: "file", option: "--svg" }], files);
        let acc = createAccumulator(asOf ? { asOf } : {});
        const kept: NationalReport[] = [];
        // Only the reports of the year asked for are counted or kept: the tables are of that year,
        // and so memory grows with one year's reports, not with the whole archive.
        const result = await check(files, input, lang, today, run, { report: (report) => {
          if (report.year !== year) return;
          if (command === "discrepancies") kept.push(report);
          else acc = accumulate(acc, report);
        } });
        const counts = { read: result.read, valid: result.valid, invalid: result.invalid, malformed: result.malformed };
        const summary = finishAccumulator(acc);
        if (command === "discrepancies") {
          const found = findDiscrepancies(kept, cica, { year });
          if (format === "json") out(`${JSON.stringify({ ...counts, discrepancies: found }, null, 2)}\n`);
          else out(render(discrepancyTable(found, { lang, registry: cica.registry }), format));
          if (format === "text") out(`confirmed ${found.confirmed}, unconfirmed ${found.unconfirmed}, no partner report ${found.noPartnerReport}\n`);
        } else {
          const matrix = implementationMatrix(summary, cica, { year, catalogue: catalogue.ref, by: command === "summary" ? "dimension" : by, ...(asOf ? { asOf } : {}) });
          if (command === "matrix" && values.svg) await writeOutput(values.svg, renderMatrixSvg(matrix, { lang, registry: cica.registry }));
          const rate = command === "summary" ? reportingRate(summary, cica, { year, ...(deadline ? { deadline } : {}), ...(asOf ? { asOf } : {}) }) : undefined;
          if (format === "json") out(`${JSON.stringify({ ...counts, ...(rate ? { rate } : {}), matrix }, null, 2)}\n`);
          else {
            if (rate && format !== "csv") {
              out(`${lang === "ru" ? "Доля ответивших" : "Reporting rate"} ${year}: ${rate.rate === null ? "–" : `${Math.round(rate.rate * 1000) / 10}%`} (${rate.replied}/${rate.expected}; nil ${rate.nil}, late ${rate.late}, missing ${rate.missing}, voluntary ${rate.voluntary.length})\n\n`);
              out(render(replyTable(rate, { lang, registry: cica.registry }), format));
              out("\n");
            }
            out(render(matrixTable(matrix, { lang, registry: cica.registry }), format));
          }
        }
        if (format === "text") run.err(`read ${result.read}, valid ${result.valid}, invalid ${result.invalid}, malformed ${result.malformed}\n`);
        return result.invalid + result.malformed > 0 ? 1 : 0;
      }
      case "diff": {
        if (files.length !== 2) throw new UsageError("diff needs two files: OLD NEW.");
        const reports: NationalReport[] = [];
        for (const file of files) {
          const results: Located[] = [];
          const result = await check([file], "json", lang, today, run, { report: (report) => reports.push(report), result: (r) => void results.push(r) });
          if (result.read !== 1 || result.valid !== 1) {
            for (const r of results) {
              if (r.malformed) run.err(`${printable(`${file} ${r.where}: error malformed: ${r.malformed}`)}\n`);
              for (const issue of r.issues) run.err(`${printable(`${file}: ${issue.severity} ${issue.rule}: ${issue.message}`)}\n`);
            }
            run.err(`${printable(`${file}: must hold one valid report.`)}\n`);
            return 1;
          }
        }
        const changes = diffReports(reports[0]!, reports[1]!);
        if (format === "json") out(`${JSON.stringify({ changes }, null, 2)}\n`);
        else {
          const rows = changes.map((c) => ({ path: c.path.join("/"), kind: c.kind, before: c.before === undefined ? "" : JSON.stringify(c.before), after: c.after === undefined ? "" : JSON.stringify(c.after) }));
          out(render({ columns: ["path", "kind", "before", "after"].map((key) => ({ key, label: key })), rows }, format));
        }
        return 0;
      }
      case "catalogue": {
        const catalogue = own(cica.catalogues, `cica@${values.version}`);
        if (!catalogue) throw new UsageError(`--version must be 2004 or 2021 (got "${values.version}").`);
        if (format === "json") {
          // The command line is a research tool: it gives each fact with its sources, confidence and note.
          const sourced = <T extends object>(fact: T) => {
            const provenance = provenanceOf(fact);
            return provenance ? { ...fact, ...provenance, sources: provenance.sources.map((source) => source.citation) } : fact;
          };
          const full = { ...sourced(catalogue), priorityAreas: catalogue.priorityAreas.map(sourced), measures: catalogue.measures.map(sourced) };
          out(`${JSON.stringify(full, null, 2)}\n`);
          return 0;
        }
        const rows = catalogue.measures.map((m) => ({ id: m.id, dimension: m.dimension, priorityArea: m.priorityArea ?? "", title: lang === "ru" ? (m.title.ru ?? m.title.en) : m.title.en, confidence: provenanceOf(m)?.confidence ?? "" }));
        out(render({ columns: ["id", "dimension", "priorityArea", "title", "confidence"].map((key) => ({ key, label: key })), rows }, format));
        if (format === "text") out(`${catalogue.ref}: ${catalogue.measures.length} measures (partial: only those sources quote)\n`);
        return 0;
      }
      case "members": {
        const on = dateOption(values.on, "on");
        if (!on) throw new UsageError("members needs --on YYYY-MM-DD.");
        const name = (p: { name: { en: string; ru?: string } }) => (lang === "ru" ? (p.name.ru ?? p.name.en) : p.name.en);
        const members = membersOn(cica.registry, on);
        const observers = observersOn(cica.registry, on);
        if (format === "json") {
          out(`${JSON.stringify({ on, dataVersion: cica.dataVersion, chair: chairOn(cica.registry, on)?.state ?? null, members: members.map((p) => p.code), observers: observers.map((p) => p.code) }, null, 2)}
`);
          return 0;
        }
        const rows = [...members.map((p) => ({ code: p.code, name: name(p), status: "member" })), ...observers.map((p) => ({ code: p.code, name: name(p), status: "observer" }))];
        out(render({ columns: ["code", "name", "status"].map((key) => ({ key, label: key })), rows }, format));
        if (format === "text") out(`${on}: ${members.length} members, ${observers.length} observers (CICA data version ${cica.dataVersion})
`);
        return 0;
      }
      case "template": {
        // The column names are the CSV format's own and stay as they are in every language; the
        // example's words follow --lang (the Russian one is a working translation).
        if (csv.separator === ";") throw new UsageError('the template is read back by validate, which reads CSV separated by ","; leave out --separator (--bom is fine).');
        const example: Record<string, string> = {
          id: "KZ-2025", reporter: "KZ", catalogue: "cica@2021", year: "2025", revision: "1", submittedOn: "2026-03-01", nil: "",
          measure: "2.1.2", status: "implemented", remarks: "",
          activity_title: lang === "ru" ? "Наблюдатели приглашены на учения" : "Observers invited to an exercise", activity_kind: "exercise",
          activity_from: "2025-05-01", activity_to: "2025-05-03", activity_partners: "TR;CN", activity_venue: "", activity_evidence: "https://example.org/press/1",
        };
        const table = { columns: CSV_COLUMNS.map((key) => ({ key, label: key })), rows: [example] };
        if (format === "json") out(`${JSON.stringify({ columns: CSV_COLUMNS, example }, null, 2)}\n`);
        // The text form is the CSV file itself, so that `cica-cbm template > reports.csv` works.
        else if (format === "md") out(toMarkdown(table));
        else run.out(toCsv(table, csv));
        return 0;
      }
    }
    return 2;
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      run.err(`cica-cbm: ${printable(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}
