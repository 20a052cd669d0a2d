/**
 * The command line, end to end: the BUILT `dist/cli.js` (package.json `bin.cica-cbm`) run with
 * `node` on real files, exactly as a user runs `npx cica-cbm …`. `npm test` builds before vitest;
 * alone, run `npm run build --silent && npx vitest run test/cli.test.ts`.
 *
 * Small inputs are committed in `test/fixtures/cli/`; inputs whose bytes matter (a byte-order mark,
 * CRLF line ends, 0-byte and binary files) and every output are written to a temp folder, so that
 * no editor or git setting can change them.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cica, findDiscrepancies, formatShare, type NationalReport } from "cica-cbm";
import { illustrativeReports } from "../examples/illustrative.js";

// Some 100 spawns of node at ~200 ms each: a test of several runs may exceed the default 5 s when
// other test files share the machine.
vi.setConfig({ testTimeout: 30_000 });

const repo = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(repo, "dist", "cli.js");
/** A committed input, as a path relative to the repo (the working directory of every run). */
const fixture = (name: string) => `test/fixtures/cli/${name}`;
/** After every submission date of the inputs, so that no result depends on the machine's clock. */
const TODAY = ["--today", "2026-12-31"] as const;
const COMMANDS = ["validate", "summary", "matrix", "diff", "discrepancies", "catalogue", "members", "template"] as const;

interface Run {
  readonly command: string;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const runs = new Map<string, Run>();

/**
 * Runs `cica-cbm ARGS…` (the built file) in the repo, with `input` on stdin. Each spawn costs some
 * 200 ms, so a run with the same arguments and input is made once and its result shared: every
 * input is written once, under its own name, before it is read.
 */
function cli(args: readonly string[], input?: string | Buffer): Run {
  const key = JSON.stringify([args, input === undefined ? null : String(input)]);
  const done = runs.get(key);
  if (done) return done;
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: repo,
    encoding: "utf8",
    timeout: 20_000,
    ...(input === undefined ? {} : { input }),
  });
  if (result.error) throw result.error;
  const run = { command: `cica-cbm ${args.join(" ")}`, status: result.status, stdout: result.stdout, stderr: result.stderr };
  runs.set(key, run);
  return run;
}

function explain(run: Run): string {
  return `\`${run.command}\` exited with ${run.status}\n--- stdout ---\n${run.stdout}\n--- stderr ---\n${run.stderr}`;
}

function expectExit(run: Run, code: number): void {
  expect(run.status, explain(run)).toBe(code);
}

/** Exit 2, nothing on stdout, and ONE line on stderr that says each of `says`. */
function expectUsageError(run: Run, ...says: RegExp[]): void {
  expectExit(run, 2);
  expect(run.stdout, explain(run)).toBe("");
  expect(run.stderr, explain(run)).toMatch(/^cica-cbm: [^\n]+\n$/);
  expect(run.stderr, explain(run)).not.toMatch(/unexpected error/i);
  for (const pattern of says) expect(run.stderr, explain(run)).toMatch(pattern);
}

/** Exit 0 or 1, and no uncaught error or stack trace. */
function expectNoCrash(run: Run): void {
  expect([0, 1], explain(run)).toContain(run.status);
  expect(run.stderr, explain(run)).not.toMatch(/unexpected error|\n\s+at |TypeError|RangeError|ReferenceError/);
}

/** The whole of stdout as ONE JSON document (so nothing else was written to stdout). */
function jsonOut<T>(run: Run): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch (error) {
    throw new Error(`stdout is not one JSON document (${(error as Error).message})\n${explain(run)}`);
  }
}

/** The whole of stdout as one CSV table with the same number of fields on every row. */
function csvOut(run: Run): { header: string[]; rows: string[][] } {
  const [header, ...rows] = parseCsv(run.stdout, { bom: true }) as string[][];
  expect(header, explain(run)).toBeDefined();
  return { header: header!, rows };
}

/** The first Markdown table of stdout: its header cells and its body rows. */
function markdownOut(run: Run): { header: string[]; rows: string[] } {
  const lines = run.stdout.split("\n");
  const start = lines.findIndex((line) => line.startsWith("|"));
  expect(start, explain(run)).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && !line.startsWith("|"));
  const table = lines.slice(start, end < 0 ? undefined : end);
  for (const line of table) expect(line, explain(run)).toMatch(/^\|.*\|$/);
  expect(table[1], explain(run)).toMatch(/^\|( *:?-{3,}:? *\|)+$/);
  const header = table[0]!
    .slice(1, -1)
    .split("|")
    .map((cell) => cell.trim());
  return { header, rows: table.slice(2) };
}

interface Counts {
  read: number;
  valid: number;
  invalid: number;
  malformed: number;
}
interface Issue {
  rule: string;
  severity: string;
  path: (string | number)[];
  message: string;
  location?: string;
}
interface ValidateJson extends Counts {
  schema: string;
  results: { source: string; where: string; ok: boolean; issues: Issue[]; malformed?: string }[];
  failures: { file: string; error: string }[];
  exitCode: number;
}
interface RateJson {
  year: number;
  expected: number;
  replied: number;
  nil: number;
  late: number;
  missing: number;
  rate: number | null;
  rows: unknown[];
}
interface MatrixJson {
  catalogue: string;
  year: number;
  by: string;
  groups: { measures: number }[];
  rows: unknown[];
}
interface DiscrepanciesJson {
  year: number;
  confirmed: number;
  unconfirmed: number;
  partnerOtherCatalogue: number;
  noPartnerReport: number;
  rows: { status: string }[];
}

const counts = (value: Counts): Counts => ({ read: value.read, valid: value.valid, invalid: value.invalid, malformed: value.malformed });
const countLine = (c: Counts) => `read ${c.read}, valid ${c.valid}, invalid ${c.invalid}, malformed ${c.malformed}`;

let tmp = "";
/** A path in the temp folder. */
const temp = (name: string) => path.join(tmp, name);
let illustrative: NationalReport[] = [];
/** The illustrative reports of 2025, one a line. */
let illustrativeFile = "";

/** `text` with a byte-order mark and CRLF line ends. */
const bomCrlf = (text: string) => `\ufeff${text.replace(/\r?\n/g, "\r\n")}`;
const read = (name: string) => fs.readFileSync(path.join(repo, fixture(name)), "utf8");

beforeAll(() => {
  if (!fs.existsSync(CLI)) {
    throw new Error(`${CLI} is missing: build the command line first with \`npm run build\` (\`npm test\` builds before vitest).`);
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cica-cbm-cli-"));
  illustrative = illustrativeReports(2025, 2025);
  illustrativeFile = temp("illustrative-2025.ndjson");
  fs.writeFileSync(illustrativeFile, `${illustrative.map((report) => JSON.stringify(report)).join("\n")}\n`);
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("exit codes", () => {
  it("exits 0 when every report of every file is valid, with the count on stdout and nothing on stderr", () => {
    const run = cli(["validate", fixture("report.json"), fixture("reports.json"), fixture("reports.ndjson"), ...TODAY]);
    expectExit(run, 0);
    expect(run.stdout).toBe("read 6, valid 6, invalid 0, malformed 0\n");
    expect(run.stderr).toBe("");
  });

  it("exits 1 when a report is invalid, naming the file, the field and the rule", () => {
    const run = cli(["validate", fixture("invalid-date.json"), ...TODAY]);
    expectExit(run, 1);
    expect(run.stdout).toContain(`${fixture("invalid-date.json")} file: error field.date at submittedOn:`);
    expect(run.stdout).toContain('it is "2026-02-30"');
    expect(run.stdout).toContain("read 1, valid 0, invalid 1, malformed 0\n");
  });

  it("exits 1 when a line is malformed, naming its line", () => {
    const run = cli(["validate", fixture("broken-line.ndjson"), ...TODAY]);
    expectExit(run, 1);
    expect(run.stdout).toContain(`${fixture("broken-line.ndjson")} line 4: error malformed: not JSON`);
  });

  const usageErrors: { name: string; args: () => string[]; says: RegExp[] }[] = [
    { name: "an unknown option", args: () => ["validate", fixture("report.json"), "--bogus"], says: [/'--bogus'/, /Run cica-cbm validate --help/] },
    { name: "an unknown command", args: () => ["frobnicate", fixture("report.json")], says: [/unknown command "frobnicate"/, /use one of validate, summary/] },
    {
      name: "a missing file",
      args: () => ["validate", fixture("no-such-file.json")],
      says: [/no-such-file\.json: cannot be read \(ENOENT\)/, /check the path/],
    },
    {
      name: "a missing file, even with --format json",
      args: () => ["summary", fixture("no-such-file.ndjson"), "--year", "2025", "--format", "json"],
      says: [/no-such-file\.ndjson: cannot be read/, /check the path/],
    },
    {
      name: "a folder named like a report file",
      args: () => ["validate", temp("a-folder.ndjson")],
      says: [/a-folder\.ndjson: is a folder/, /give the report files inside it/],
    },
    {
      name: "a file with an unknown extension",
      args: () => ["validate", "README.md"],
      says: [/README\.md: unknown file type/, /name it \.json, \.ndjson or \.csv/],
    },
    { name: "--year missing", args: () => ["summary", fixture("reports.ndjson")], says: [/--year is required, e\.g\. --year 2025/] },
    {
      name: "--year not written YYYY",
      args: () => ["summary", fixture("reports.ndjson"), "--year", "25"],
      says: [/--year must be a year written YYYY \(got "25"\)/],
    },
    {
      name: "an impossible --on date (2006-02-30)",
      args: () => ["members", "--on", "2006-02-30"],
      says: [/--on must be a real date written YYYY-MM-DD \(got "2006-02-30"\)/],
    },
    {
      name: "an impossible --deadline",
      args: () => ["summary", fixture("reports.ndjson"), "--year", "2025", "--deadline", "2026-13-01"],
      says: [/--deadline must be a real date written YYYY-MM-DD/],
    },
    {
      name: "an unknown --format",
      args: () => ["validate", fixture("report.json"), "--format", "xml"],
      says: [/--format must be text, json, csv or md \(got "xml"\)/],
    },
    { name: "validate without a file", args: () => ["validate"], says: [/validate needs at least one file \(or - for stdin\)/] },
  ];

  it.each(usageErrors)("exits 2 on $name, with one line on stderr that says what to do and nothing on stdout", ({ args, says }) => {
    fs.mkdirSync(temp("a-folder.ndjson"), { recursive: true });
    expectUsageError(cli(args()), ...says);
  });

  it("exits 2 on a folder without an extension, saying that it is a folder", () => {
    const folder = temp("reports");
    fs.mkdirSync(folder, { recursive: true });
    expectUsageError(cli(["validate", folder]), /reports: is a folder/, /give the report files inside it/);
  });

  it("exits 2 before any output when one of several files is missing", () => {
    const run = cli(["validate", fixture("report.json"), fixture("no-such-file.json"), ...TODAY]);
    expectUsageError(run, /no-such-file\.json: cannot be read \(ENOENT\)/);
  });

  it("ends quietly when the reader of its output stops early (| head)", () => {
    // The catalogue in Markdown is long enough to outlast the pipe's buffer once head has gone.
    const script = `for i in 1 2 3 4 5 6 7 8; do cat "$1"; done > "$2"; node "$3" validate "$2" --today 2026-12-31 --format md | head -n 1; echo "exit \${PIPESTATUS[0]}" >&2`;
    const many = temp("many-invalid.ndjson");
    const one = temp("one-invalid.ndjson");
    fs.writeFileSync(one, `${Array.from({ length: 2000 }, (_, i) => JSON.stringify({ schema: "cica-cbm/report@1", id: `X-${i}` })).join("\n")}\n`);
    const result = spawnSync("bash", ["-c", script, "bash", one, many, CLI], { cwd: repo, encoding: "utf8", timeout: 20_000 });
    expect(result.stdout).toBe("| file | where | rule | severity | path | message |\n");
    expect(result.stderr).not.toMatch(/EPIPE|unexpected error|\n\s+at /);
    // It may end before it has read all (exit 0) or after (exit 1, since these reports are invalid).
    expect(result.stderr).toMatch(/exit [01]\n$/);
  });

  it("exits 2 with the usage when no command is given", () => {
    const run = cli([]);
    expectExit(run, 2);
    expect(run.stdout + run.stderr).toContain("usage: cica-cbm COMMAND [options]");
  });
});

describe("--format", () => {
  it("validate: json is one document {schema, results, failures, read, valid, invalid, malformed, exitCode}; csv, md and text list the same issues", () => {
    const files = [fixture("broken-line.ndjson"), fixture("invalid-date.json")];
    const json = cli(["validate", ...files, ...TODAY, "--format", "json"]);
    expectExit(json, 1);
    const doc = jsonOut<ValidateJson>(json);
    // The results come first: they are written as they are found, the counts once all is read.
    expect(Object.keys(doc)).toEqual(["schema", "results", "failures", "read", "valid", "invalid", "malformed", "exitCode"]);
    expect(doc.schema).toBe("cica-cbm/validate-result@1");
    expect(doc.failures).toEqual([]);
    expect(doc.exitCode).toBe(json.status);
    expect(counts(doc)).toEqual({ read: 6, valid: 3, invalid: 2, malformed: 1 });
    expect(doc.results.map((r) => [r.source, r.where, r.ok])).toEqual([
      [fixture("broken-line.ndjson"), "line 4", false],
      [fixture("broken-line.ndjson"), "line 6", false],
      [fixture("invalid-date.json"), "file", false],
    ]);
    expect(doc.results[0]!.malformed).toMatch(/^not JSON/);
    expect(doc.results[1]!.issues.map((i) => [i.rule, i.severity, i.path])).toEqual([["field.date", "error", ["submittedOn"]]]);

    const csv = cli(["validate", ...files, ...TODAY, "--format", "csv"]);
    expectExit(csv, 1);
    const table = csvOut(csv);
    expect(table.header).toEqual(["file", "where", "rule", "severity", "path", "message"]);
    expect(table.rows.map((row) => row.slice(0, 5))).toEqual([
      [fixture("broken-line.ndjson"), "line 4", "malformed", "error", ""],
      [fixture("broken-line.ndjson"), "line 6", "field.date", "error", "submittedOn"],
      [fixture("invalid-date.json"), "file", "field.date", "error", "submittedOn"],
    ]);

    const md = cli(["validate", ...files, ...TODAY, "--format", "md"]);
    expectExit(md, 1);
    const mdTable = markdownOut(md);
    expect(mdTable.header).toEqual(["file", "where", "rule", "severity", "path", "message"]);
    expect(mdTable.rows).toHaveLength(3);

    const text = cli(["validate", ...files, ...TODAY]);
    expectExit(text, 1);
    expect(text.stdout.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^test\/fixtures\/cli\/broken-line\.ndjson line 4: error malformed: not JSON/),
      expect.stringMatching(/^test\/fixtures\/cli\/broken-line\.ndjson line 6: error field\.date at submittedOn: /),
      expect.stringMatching(/^test\/fixtures\/cli\/invalid-date\.json file: error field\.date at submittedOn: /),
      "read 6, valid 3, invalid 2, malformed 1",
    ]);
  });

  it("summary: json is one document {read, valid, invalid, malformed, rejected, rate, matrix}; csv is the matrix; md and text lead with the rate", () => {
    const args = ["summary", illustrativeFile, "--year", "2025", ...TODAY];
    const json = cli([...args, "--format", "json"]);
    expectExit(json, 0);
    const doc = jsonOut<Counts & { rate: RateJson; matrix: MatrixJson }>(json);
    expect(Object.keys(doc)).toEqual(["read", "valid", "invalid", "malformed", "rejected", "rate", "matrix"]);
    expect(counts(doc)).toEqual({ read: illustrative.length, valid: illustrative.length, invalid: 0, malformed: 0 });
    expect(doc.matrix).toMatchObject({ catalogue: "cica@2021", year: 2025, by: "dimension" });

    const csv = cli([...args, "--format", "csv"]);
    expectExit(csv, 0);
    const table = csvOut(csv);
    expect(table.header.slice(0, 2)).toEqual(["Code", "State"]);
    // The matrix's headline is the implementation level, with the coverage beside it.
    expect(table.header).toContain("Military-political dimension: level");
    expect(table.header).toContain("Military-political dimension: coverage");
    expect(table.rows).toHaveLength(doc.matrix.rows.length);

    for (const format of ["md", "text"]) {
      const run = cli(format === "text" ? args : [...args, "--format", format]);
      expectExit(run, 0);
      expect(run.stdout.split("\n")[0]).toMatch(/^Reporting rate 2025: \d+(\.\d)?% \(\d+\/\d+; /);
      expect(markdownOut(run).header.slice(0, 4)).toEqual(["Code", "State", "Status", "Reply"]);
      // The human count line goes to stderr, and only in text.
      if (format === "text") expect(run.stderr).toBe(`${countLine(doc)}\n`);
    }
  });

  it("matrix: json is one document {read, valid, invalid, malformed, rejected, matrix}, grouped as --by asks; csv, md and text are the table", () => {
    const args = ["matrix", illustrativeFile, "--year", "2025", "--by", "priorityArea", ...TODAY];
    const json = cli([...args, "--format", "json"]);
    expectExit(json, 0);
    const doc = jsonOut<Counts & { matrix: MatrixJson }>(json);
    expect(Object.keys(doc)).toEqual(["read", "valid", "invalid", "malformed", "rejected", "matrix"]);
    expect(doc.matrix).toMatchObject({ catalogue: "cica@2021", year: 2025, by: "priorityArea" });

    const csv = cli([...args, "--format", "csv"]);
    expectExit(csv, 0);
    const table = csvOut(csv);
    expect(table.header.slice(0, 2)).toEqual(["Code", "State"]);
    // A level and a coverage column per group with measures; one column for a group without.
    const known = doc.matrix.groups.filter((g) => g.measures > 0).length;
    expect(table.header).toHaveLength(2 + doc.matrix.groups.length + known);
    expect(table.rows).toHaveLength(doc.matrix.rows.length);

    for (const format of ["md", "text"]) {
      const run = cli(format === "text" ? args : [...args, "--format", format]);
      expectExit(run, 0);
      const md = markdownOut(run);
      expect(md.header).toEqual(table.header);
      expect(md.rows).toHaveLength(doc.matrix.rows.length);
    }
  });

  it("discrepancies: json is one document {read, valid, invalid, malformed, rejected, discrepancies}; csv, md and text are the side-by-side table", () => {
    const args = ["discrepancies", illustrativeFile, "--year", "2025", ...TODAY];
    const json = cli([...args, "--format", "json"]);
    expectExit(json, 0);
    const doc = jsonOut<Counts & { discrepancies: DiscrepanciesJson }>(json);
    expect(Object.keys(doc)).toEqual(["read", "valid", "invalid", "malformed", "rejected", "discrepancies"]);
    const found = doc.discrepancies;
    expect(found.rows.length).toBe(found.confirmed + found.unconfirmed + found.partnerOtherCatalogue + found.noPartnerReport);

    const csv = cli([...args, "--format", "csv"]);
    expectExit(csv, 0);
    const table = csvOut(csv);
    expect(table.header.slice(0, 5)).toEqual(["Catalogue", "Measure", "State", "Partner", "Status"]);
    expect(table.rows).toHaveLength(found.rows.length);

    const md = cli([...args, "--format", "md"]);
    expectExit(md, 0);
    expect(markdownOut(md).rows).toHaveLength(found.rows.length);

    const text = cli(args);
    expectExit(text, 0);
    expect(markdownOut(text).rows).toHaveLength(found.rows.length);
    expect(text.stdout).toContain(
      `confirmed ${found.confirmed}, unconfirmed ${found.unconfirmed}, partner under another catalogue version ${found.partnerOtherCatalogue}, no partner report ${found.noPartnerReport}\n`,
    );
  });

  it("catalogue: json is the catalogue itself; csv, md and text list its measures", () => {
    const json = cli(["catalogue", "--format", "json"]);
    expectExit(json, 0);
    const doc = jsonOut<{ ref: string; measures: { id: string }[] }>(json);
    expect(doc.ref).toBe("cica@2021");
    expect(doc.measures.map((m) => m.id)).toContain("2.1.2");
    // the facts come with their provenance, sources written out as links or citations
    const measure = (doc.measures as { id: string; sources?: string[]; confidence?: string }[]).find((m) => m.id === "2.1.2");
    expect(measure?.sources?.[0]).toMatch(/^https?:\/\//);
    expect(measure?.confidence).toBe("confirmed");

    const csv = cli(["catalogue", "--format", "csv"]);
    expectExit(csv, 0);
    const table = csvOut(csv);
    expect(table.header).toEqual(["id", "dimension", "priorityArea", "title", "confidence"]);
    expect(table.rows.map((row) => row[0])).toEqual(doc.measures.map((m) => m.id));
    expect(table.rows.every((row) => ["confirmed", "likely", "unverified"].includes(row[4]!))).toBe(true);

    const md = cli(["catalogue", "--format", "md"]);
    expectExit(md, 0);
    expect(markdownOut(md).rows).toHaveLength(doc.measures.length);

    const text = cli(["catalogue"]);
    expectExit(text, 0);
    expect(markdownOut(text).rows).toHaveLength(doc.measures.length);
    expect(text.stdout).toContain(`cica@2021: ${doc.measures.length} measures`);
  });

  it("members: json is one document {on, chair, members, observers}; csv, md and text list every participant", () => {
    const args = ["members", "--on", "2006-11-15"];
    const json = cli([...args, "--format", "json"]);
    expectExit(json, 0);
    const doc = jsonOut<{ on: string; dataVersion: string; chair: string | null; members: string[]; observers: string[] }>(json);
    expect(Object.keys(doc)).toEqual(["on", "dataVersion", "chair", "members", "observers"]);
    expect(doc.dataVersion).toBe(cica.dataVersion);
    expect(doc.on).toBe("2006-11-15");

    const csv = cli([...args, "--format", "csv"]);
    expectExit(csv, 0);
    const table = csvOut(csv);
    expect(table.header).toEqual(["code", "name", "status"]);
    expect(table.rows.map((row) => row[0])).toEqual([...doc.members, ...doc.observers]);

    const md = cli([...args, "--format", "md"]);
    expectExit(md, 0);
    expect(markdownOut(md).rows).toHaveLength(doc.members.length + doc.observers.length);

    const text = cli(args);
    expectExit(text, 0);
    expect(text.stdout).toContain(`2006-11-15: ${doc.members.length} members, ${doc.observers.length} observers (CICA data version ${cica.dataVersion})\n`);
  });
});

describe("--lang ru", () => {
  it("gives the validation messages in Russian, in text and in json", () => {
    const text = cli(["validate", fixture("invalid-date.json"), ...TODAY, "--lang", "ru"]);
    expectExit(text, 1);
    expect(text.stdout).toMatch(/error field\.date at submittedOn: .*должно быть реальной календарной датой/);
    const json = cli(["validate", fixture("invalid-date.json"), ...TODAY, "--lang", "ru", "--format", "json"]);
    expect(jsonOut<ValidateJson>(json).results[0]!.issues[0]!.message).toMatch(/должно быть реальной календарной датой/);
  });

  it("gives the reporting rate, the names of states and the titles of measures in Russian", () => {
    const summary = cli(["summary", illustrativeFile, "--year", "2025", ...TODAY, "--lang", "ru"]);
    expectExit(summary, 0);
    expect(summary.stdout).toMatch(/^Доля ответивших 2025: /);
    expect(summary.stdout).toContain("Казахстан");
    const members = cli(["members", "--on", "2006-11-15", "--lang", "ru"]);
    expect(members.stdout).toContain("| AF | Афганистан | member |");
    const catalogue = cli(["catalogue", "--version", "2004", "--lang", "ru", "--format", "csv"]);
    expect(csvOut(catalogue).rows[0]![3]).toMatch(/[А-яЁё]/);
  });
});

describe("CSV input", () => {
  it("locates an impossible activity_from to its row and column (row 3, column activity_from) in text and json", () => {
    const file = fixture("activity-date.csv");
    const text = cli(["validate", file, ...TODAY]);
    expectExit(text, 1);
    expect(text.stdout).toContain(`${file} row 3, column activity_from: error field.date at entries[0].activities[1].from:`);
    const json = jsonOut<ValidateJson>(cli(["validate", file, ...TODAY, "--format", "json"]));
    expect(json.results[0]!.issues.map((i) => i.location)).toEqual(["row 3, column activity_from"]);
  });

  it("reports a row with a wrong number of fields in the middle by its row, and still checks the rows after it", () => {
    const run = cli(["validate", fixture("short-row.csv"), ...TODAY, "--format", "json"]);
    expectExit(run, 1);
    const doc = jsonOut<ValidateJson>(run);
    expect(counts(doc)).toEqual({ read: 4, valid: 2, invalid: 1, malformed: 1 });
    expect(doc.results.find((r) => r.malformed)?.where).toBe("row 3");
    expect(doc.results.flatMap((r) => r.issues.map((i) => i.location))).toEqual(["row 5, column submittedOn"]);
  });

  it("reports a row with a broken quoted field in the middle by its row, and still checks the rows after it", () => {
    const run = cli(["validate", fixture("stray-quote-row.csv"), ...TODAY, "--format", "json"]);
    expectExit(run, 1);
    const doc = jsonOut<ValidateJson>(run);
    expect(doc.results.filter((r) => r.malformed).map((r) => r.where)).toEqual(["row 3"]);
    expect(doc.results.flatMap((r) => r.issues.map((i) => i.location))).toEqual(["row 5, column submittedOn"]);
    expect(counts(doc)).toEqual({ read: 4, valid: 2, invalid: 1, malformed: 1 });
  });

  it("reads a CSV with a byte-order mark and CRLF line ends like any other", () => {
    const located = temp("activity-date-bom-crlf.csv");
    fs.writeFileSync(located, bomCrlf(read("activity-date.csv")));
    const bad = cli(["validate", located, ...TODAY]);
    expectExit(bad, 1);
    expect(bad.stdout).toContain(`${located} row 3, column activity_from: error field.date`);
    expect(bad.stdout).not.toMatch(/malformed:|unknown column/);

    const template = cli(["template"]);
    const good = temp("template-bom-crlf.csv");
    fs.writeFileSync(good, bomCrlf(template.stdout));
    const run = cli(["validate", good, ...TODAY]);
    expectExit(run, 0);
    expect(run.stdout).toBe("read 1, valid 1, invalid 0, malformed 0\n");
  });

  it("reports an unknown column on row 1, naming it, and still checks the rows", () => {
    const run = cli(["validate", fixture("unknown-column.csv"), ...TODAY]);
    expectExit(run, 1);
    expect(run.stdout).toContain(`${fixture("unknown-column.csv")} row 1: error malformed: unknown column(s) colour; use the columns of \`cica-cbm template\``);
    expect(run.stdout).toContain("valid 1, invalid 0, malformed 1");
  });

  it("reports a column given twice on row 1 and still checks the rows", () => {
    const file = temp("twice.csv");
    fs.writeFileSync(
      file,
      "id,reporter,catalogue,year,revision,submittedOn,measure,status,status\nKZ-2025,KZ,cica@2021,2025,1,2026-03-01,2.1.2,implemented,implemented\n",
    );
    const run = cli(["validate", file, ...TODAY]);
    expectExit(run, 1);
    expect(run.stdout).toContain(`${file} row 1: error malformed: column(s) status given more than once; keep one of each`);
    expect(run.stdout).toContain("read 2, valid 1, invalid 0, malformed 1");
  });

  it("reports a header that cannot be read once, on its row, instead of reading a data row as the header", () => {
    const file = temp("broken-header.csv");
    fs.writeFileSync(file, 'id,"reporter\nKZ-2025,KZ\nCN-2025,CN\n');
    const run = cli(["validate", file, ...TODAY, "--format", "json"]);
    expectExit(run, 1);
    const doc = jsonOut<ValidateJson>(run);
    expect(doc.results.map((r) => [r.where, r.malformed])).toEqual([
      ["row 1", expect.stringMatching(/^malformed CSV row \(the header cannot be read: a quoted cell is never closed/)],
    ]);
    expect(counts(doc)).toEqual({ read: 1, valid: 0, invalid: 0, malformed: 1 });
  });

  it("reads a header whose column names are quoted", () => {
    const run = cli(["validate", fixture("quoted-header.csv"), ...TODAY]);
    expect(run.stdout).not.toContain("unknown column");
    expectExit(run, 0);
  });

  it("locates an issue of a record with a multi-line cell to the row where the record starts", () => {
    const run = cli(["validate", fixture("multiline-cell.csv"), ...TODAY]);
    expectExit(run, 1);
    expect(run.stdout).toContain(`${fixture("multiline-cell.csv")} row 2, column status: error status.unknown`);
  });
});

describe("NDJSON input", () => {
  it("reports a broken line in the middle by its number and still checks the lines after it (validate and summary count them)", () => {
    const file = fixture("broken-line.ndjson");
    const validate = jsonOut<ValidateJson>(cli(["validate", file, ...TODAY, "--format", "json"]));
    expect(counts(validate)).toEqual({ read: 5, valid: 3, invalid: 1, malformed: 1 });
    expect(validate.results.map((r) => r.where)).toEqual(["line 4", "line 6"]);

    const summary = cli(["summary", file, "--year", "2025", ...TODAY, "--format", "json"]);
    expectExit(summary, 1);
    const doc = jsonOut<Counts & { rate: RateJson }>(summary);
    expect(counts(doc)).toEqual({ read: 5, valid: 3, invalid: 1, malformed: 1 });
    expect(doc.rate.replied).toBe(3);

    const text = cli(["summary", file, "--year", "2025", ...TODAY]);
    expectExit(text, 1);
    expect(text.stderr.split("\n")).toEqual([
      "read 5, valid 3, invalid 1, malformed 1",
      "rejected 2:",
      expect.stringMatching(/^ {2}test\/fixtures\/cli\/broken-line\.ndjson line 4: malformed \(not JSON /),
      "  test/fixtures/cli/broken-line.ndjson line 6 (TR TR-2025 r1): field.date",
      "",
    ]);
  });

  it("passes over a line longer than 16 MiB without holding it, reports it by number, and checks the lines after it", () => {
    const report = read("reports.ndjson").split("\n")[0]!;
    const file = temp("long-line.ndjson");
    fs.writeFileSync(file, `${report}\n${"x".repeat(16 * 2 ** 20 + 1)}\n${report}\n${"y".repeat(16 * 2 ** 20 + 1)}`);
    const run = cli(["validate", file, ...TODAY]);
    expectExit(run, 1);
    expect(run.stdout).toContain(`${file} line 2: error malformed: longer than 16 MiB, passed over`);
    expect(run.stdout).toContain(`${file} line 4: error malformed: longer than 16 MiB, passed over`);
    expect(run.stdout).toContain("read 4, valid 2, invalid 0, malformed 2\n");
  });

  it("accepts CRLF line ends and a byte-order mark, and skips blank lines", () => {
    const file = temp("broken-line-bom-crlf.ndjson");
    fs.writeFileSync(file, `${bomCrlf(read("broken-line.ndjson"))}   \r\n\r\n`);
    const run = cli(["validate", file, ...TODAY, "--format", "json"]);
    expectExit(run, 1);
    const doc = jsonOut<ValidateJson>(run);
    expect(counts(doc)).toEqual({ read: 5, valid: 3, invalid: 1, malformed: 1 });
    expect(doc.results.map((r) => r.where)).toEqual(["line 4", "line 6"]);

    const good = temp("reports-bom-crlf.ndjson");
    // The mark, then a blank line, then the reports with whitespace-only lines between them.
    fs.writeFileSync(good, bomCrlf(`\n${read("reports.ndjson").replace(/\n/g, "\n \t\n")}\n`));
    const ok = cli(["validate", good, ...TODAY]);
    expectExit(ok, 0);
    expect(ok.stdout).toBe("read 3, valid 3, invalid 0, malformed 0\n");
  });
});

describe("standard input (-)", () => {
  it("reads NDJSON from - by default, locating lines in stdin", () => {
    const run = cli(["validate", "-", ...TODAY], read("broken-line.ndjson"));
    expectExit(run, 1);
    expect(run.stdout).toContain("stdin line 4: error malformed: not JSON");
    expect(run.stdout).toContain("stdin line 6: error field.date at submittedOn:");
    expect(run.stdout).toContain("read 5, valid 3, invalid 1, malformed 1\n");
  });

  it("reads JSON (one report or an array) from - with --input json", () => {
    const one = cli(["validate", "-", "--input", "json", ...TODAY], read("report.json"));
    expectExit(one, 0);
    expect(one.stdout).toBe("read 1, valid 1, invalid 0, malformed 0\n");
    const array = cli(["validate", "-", "--input", "json", ...TODAY, "--format", "json"], read("one-invalid-in-array.json"));
    expectExit(array, 1);
    expect(jsonOut<ValidateJson>(array).results.map((r) => [r.source, r.where])).toEqual([["stdin", "[1]"]]);
  });

  it("reads CSV from - with --input csv, locating rows and columns", () => {
    const run = cli(["validate", "-", "--input", "csv", ...TODAY], read("activity-date.csv"));
    expectExit(run, 1);
    expect(run.stdout).toContain("stdin row 3, column activity_from: error field.date");
  });
});

describe("JSON input", () => {
  it("reads a .json file with one report", () => {
    const run = cli(["validate", fixture("report.json"), ...TODAY, "--format", "json"]);
    expectExit(run, 0);
    expect(jsonOut<ValidateJson>(run)).toEqual({
      schema: "cica-cbm/validate-result@1",
      read: 1,
      valid: 1,
      invalid: 0,
      malformed: 0,
      results: [],
      failures: [],
      exitCode: 0,
    });
  });

  it("reads a .json file with an array, locating each element by its index", () => {
    const valid = cli(["validate", fixture("reports.json"), ...TODAY]);
    expectExit(valid, 0);
    expect(valid.stdout).toBe("read 2, valid 2, invalid 0, malformed 0\n");
    const run = cli(["validate", fixture("one-invalid-in-array.json"), ...TODAY]);
    expectExit(run, 1);
    expect(run.stdout).toContain(`${fixture("one-invalid-in-array.json")} [1]: error field.type at year:`);
    expect(run.stdout).toContain("read 2, valid 1, invalid 1, malformed 0\n");
  });
});

describe("empty and binary files", () => {
  const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

  it.each(["json", "ndjson", "csv"])("reports a 0-byte .%s file and never crashes", (ext) => {
    const file = temp(`empty.${ext}`);
    fs.writeFileSync(file, "");
    const json = cli(["validate", file, ...TODAY, "--format", "json"]);
    expectNoCrash(json);
    const doc = jsonOut<ValidateJson>(json);
    expect(doc.valid + doc.invalid + doc.malformed).toBe(doc.read);
    expect(json.status).toBe(doc.malformed > 0 ? 1 : 0);
  });

  it.each(["json", "ndjson", "csv"])("reports a binary .%s file (bytes 0x00..0xff) as malformed and never crashes", (ext) => {
    const file = temp(`binary.${ext}`);
    fs.writeFileSync(file, bytes);
    const text = cli(["validate", file, ...TODAY]);
    expectNoCrash(text);
    expectExit(text, 1);
    expect(text.stdout).toContain(`${file} `);
    expect(text.stdout).toMatch(/error malformed: /);
    const json = cli(["validate", file, ...TODAY, "--format", "json"]);
    expectExit(json, 1);
    const doc = jsonOut<ValidateJson>(json);
    expect(doc.malformed).toBeGreaterThan(0);
    expect(doc.valid).toBe(0);
  });

  it("reports a binary .ndjson file without echoing control characters into the text report", () => {
    const file = temp("binary.ndjson");
    fs.writeFileSync(file, bytes);
    const run = cli(["validate", file, ...TODAY]);
    expectExit(run, 1);
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it("writes control characters and bidirectional overrides of a report's values as escapes in the text report", () => {
    const report = JSON.parse(read("report.json")) as Record<string, unknown>;
    const file = temp("escape-in-value.json");
    fs.writeFileSync(file, JSON.stringify({ ...report, reporter: "\u001b[2J\u202eZK" }));
    const run = cli(["validate", file, ...TODAY]);
    expectExit(run, 1);
    expect(run.stdout).not.toMatch(/[\u001b\u202e]/);
    expect(run.stdout).toContain("\\u001b[2J\\u202eZK");
    // The JSON report is for programs: its messages are the library's, with no terminal escaping.
    const json = jsonOut<ValidateJson>(cli(["validate", file, ...TODAY, "--format", "json"]));
    expect(json.results[0]!.issues[0]!.message).toContain("\u202eZK");
  });
});

describe("commands", () => {
  it("summary --year 2025 reports the reporting rate of the illustrative reports", () => {
    const nil = illustrative.filter((r) => r.nil).length;
    const run = cli(["summary", illustrativeFile, "--year", "2025", ...TODAY, "--format", "json"]);
    expectExit(run, 0);
    const { rate } = jsonOut<{ rate: RateJson }>(run);
    expect(rate).toMatchObject({ year: 2025, replied: illustrative.length, nil, late: 0 });
    expect(rate.expected).toBe(rate.replied + rate.missing);
    expect(rate.rate).toBeCloseTo(rate.replied / rate.expected, 10);

    const text = cli(["summary", illustrativeFile, "--year", "2025", ...TODAY]);
    expectExit(text, 0);
    expect(text.stdout).toContain(
      `Reporting rate 2025: ${formatShare(rate.replied / rate.expected)} (${rate.replied}/${rate.expected}; nil ${nil}, late 0, rejected only 0, missing ${rate.missing}, `,
    );
  });

  it("summary and matrix of a year give the same tables when the file also holds other years", () => {
    const both = temp("illustrative-2024-2025.ndjson");
    fs.writeFileSync(both, `${[...illustrativeReports(2024, 2024), ...illustrative].map((report) => JSON.stringify(report)).join("\n")}\n`);
    for (const command of ["summary", "matrix"]) {
      const alone = jsonOut<Record<string, unknown>>(cli([command, illustrativeFile, "--year", "2025", ...TODAY, "--format", "json"]));
      const mixed = jsonOut<Record<string, unknown>>(cli([command, both, "--year", "2025", ...TODAY, "--format", "json"]));
      expect(mixed.read as number).toBeGreaterThan(alone.read as number);
      expect({ ...mixed, read: 0, valid: 0 }).toEqual({ ...alone, read: 0, valid: 0 });
    }
  });

  it("summary --deadline counts the replies that came after it, and --as-of counts only what had arrived", () => {
    const deadline = "2026-04-15";
    const late = illustrative.filter((r) => r.submittedOn > deadline).length;
    expect(late).toBeGreaterThan(0);
    const withDeadline = cli(["summary", illustrativeFile, "--year", "2025", "--deadline", deadline, ...TODAY, "--format", "json"]);
    expectExit(withDeadline, 0);
    expect(jsonOut<{ rate: RateJson }>(withDeadline).rate).toMatchObject({ replied: illustrative.length, late });

    const asOf = "2026-03-01";
    const arrived = illustrative.filter((r) => r.submittedOn <= asOf).length;
    expect(arrived).toBeLessThan(illustrative.length);
    const run = cli(["summary", illustrativeFile, "--year", "2025", "--deadline", deadline, "--as-of", asOf, ...TODAY]);
    expectExit(run, 0);
    expect(run.stdout).toMatch(new RegExp(`^Reporting rate 2025: [\\d.]+% \\(${arrived}/\\d+; nil \\d+, late 0, `));
  });

  it("matrix --svg OUT.svg writes the heat map as an SVG file and still prints the table", () => {
    const svg = temp("matrix-2025.svg");
    const run = cli(["matrix", illustrativeFile, "--year", "2025", "--svg", svg, ...TODAY]);
    expectExit(run, 0);
    const content = fs.readFileSync(svg, "utf8");
    expect(content.startsWith("<svg")).toBe(true);
    expect(content.trimEnd().endsWith("</svg>")).toBe(true);
    expect(markdownOut(run).header.slice(0, 2)).toEqual(["Code", "State"]);
  });

  it("matrix --svg into a missing folder exits 2 with one line that says the SVG cannot be written", () => {
    const svg = temp("no-such-folder/out.svg");
    expectUsageError(cli(["matrix", illustrativeFile, "--year", "2025", "--svg", svg, ...TODAY]), /out\.svg/);
  });

  it("discrepancies --year 2025 counts confirmed, unconfirmed and unanswered mirror accounts", () => {
    const expected = findDiscrepancies(illustrative, cica, { year: 2025 });
    expect(expected.rows.length).toBeGreaterThan(0);
    const json = cli(["discrepancies", illustrativeFile, "--year", "2025", ...TODAY, "--format", "json"]);
    expectExit(json, 0);
    const found = jsonOut<{ discrepancies: DiscrepanciesJson }>(json).discrepancies;
    expect({
      confirmed: found.confirmed,
      unconfirmed: found.unconfirmed,
      partnerOtherCatalogue: found.partnerOtherCatalogue,
      noPartnerReport: found.noPartnerReport,
      rows: found.rows.length,
    }).toEqual({
      confirmed: expected.confirmed,
      unconfirmed: expected.unconfirmed,
      partnerOtherCatalogue: expected.partnerOtherCatalogue,
      noPartnerReport: expected.noPartnerReport,
      rows: expected.rows.length,
    });
    const text = cli(["discrepancies", illustrativeFile, "--year", "2025", ...TODAY]);
    expect(text.stdout).toContain(
      `confirmed ${expected.confirmed}, unconfirmed ${expected.unconfirmed}, partner under another catalogue version ${expected.partnerOtherCatalogue}, no partner report ${expected.noPartnerReport}\n`,
    );
    expect(text.stderr).toBe(`read ${illustrative.length}, valid ${illustrative.length}, invalid 0, malformed 0\n`);
  });

  it("diff OLD NEW lists the changed paths, in the table and in json", () => {
    const args = ["diff", fixture("report.json"), fixture("report-revision-2.json"), ...TODAY];
    const text = cli(args);
    expectExit(text, 0);
    const table = markdownOut(text);
    expect(table.header).toEqual(["path", "kind", "before", "after"]);
    expect(
      table.rows.map((row) =>
        row
          .split("|")
          .slice(1, 3)
          .map((cell) => cell.trim()),
      ),
    ).toEqual([
      ["revision", "changed"],
      ["submittedOn", "changed"],
      ["entries/2.1.2/status", "changed"],
      ["entries/2.1.3", "added"],
    ]);
    const json = cli([...args, "--format", "json"]);
    expectExit(json, 0);
    const { changes } = jsonOut<{ changes: { path: string[]; kind: string; before?: unknown; after?: unknown }[] }>(json);
    expect(changes.map((c) => c.path.join("/"))).toEqual(["revision", "submittedOn", "entries/2.1.2/status", "entries/2.1.3"]);
    expect(changes[2]).toMatchObject({ kind: "changed", before: "implemented", after: "partially-implemented" });
  });

  it("diff exits 1 when a file does not hold one valid report, saying which", () => {
    const run = cli(["diff", fixture("report.json"), fixture("invalid-date.json"), ...TODAY]);
    expectExit(run, 1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`${fixture("invalid-date.json")}: must hold one valid report.`);
  });

  it("template prints the CSV header and an example row, which validate reads back as a valid report", () => {
    const run = cli(["template"]);
    expectExit(run, 0);
    const { header, rows } = csvOut(run);
    for (const column of ["id", "reporter", "catalogue", "year", "revision", "submittedOn", "nil", "measure", "status", "activity_from", "activity_partners"]) {
      expect(header).toContain(column);
    }
    expect(rows).toHaveLength(1);
    const file = temp("template.csv");
    fs.writeFileSync(file, run.stdout);
    const validate = cli(["validate", file, ...TODAY]);
    expectExit(validate, 0);
    expect(validate.stdout).toBe("read 1, valid 1, invalid 0, malformed 0\n");
  });

  it("catalogue --version 2004 lists measure 3.4", () => {
    const text = cli(["catalogue", "--version", "2004"]);
    expectExit(text, 0);
    expect(markdownOut(text).rows.some((row) => row.startsWith("| 3.4 |"))).toBe(true);
    expect(text.stdout).toContain("cica@2004: ");
    const json = cli(["catalogue", "--version", "2004", "--format", "json"]);
    const doc = jsonOut<{ ref: string; measures: { id: string }[] }>(json);
    expect(doc.ref).toBe("cica@2004");
    expect(doc.measures.map((m) => m.id)).toContain("3.4");
  });

  it("members --on 2006-11-15 --format json gives 18 members and 9 observers", () => {
    const run = cli(["members", "--on", "2006-11-15", "--format", "json"]);
    expectExit(run, 0);
    const doc = jsonOut<{ members: string[]; observers: string[] }>(run);
    expect(doc.members).toHaveLength(18);
    expect(doc.observers).toHaveLength(9);
    expect(doc.members).toContain("KZ");
  });
});

describe("--help", () => {
  it.each(COMMANDS)("`cica-cbm %s --help` exits 0 and prints the command's usage", (command) => {
    const run = cli([command, "--help"]);
    expectExit(run, 0);
    expect(run.stdout).toMatch(new RegExp(`^usage: cica-cbm ${command}\\b`));
    expect(run.stdout).toContain("exit: 0 all valid, 1 invalid input found, 2 usage or I/O error");
    expect(run.stderr).toBe("");
  });

  it("`cica-cbm --help` exits 0 and lists every command", () => {
    const run = cli(["--help"]);
    expectExit(run, 0);
    expect(run.stdout).toMatch(/^usage: cica-cbm COMMAND \[options\]/);
    for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, "m"));
    expect(run.stderr).toBe("");
  });
});
