/**
 * The whole review from the command line: every rejected submission named with its rules wherever
 * a count of them is printed, the table of replies telling "received, rejected" apart from
 * "missing", and every table of `summary` in every format (`--table`, `--out DIR`). Runs the BUILT
 * `dist/cli.js`, as test/cli.test.ts does.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, describe, expect, it, vi } from "vitest";
import { formatShare } from "cica-cbm";

vi.setConfig({ testTimeout: 30_000 });

const repo = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(repo, "dist", "cli.js");
const TODAY = ["--today", "2026-12-31"] as const;
/** Three valid reports (KZ, CN, UZ), one line that is not JSON, one report with an impossible date (TR). */
const BROKEN = "test/fixtures/cli/broken-line.ndjson";
/** TR's report again, with the same impossible date, as a file of its own. */
const INVALID = "test/fixtures/cli/invalid-date.json";
const INPUTS = [BROKEN, INVALID];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cica-cbm-summary-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(args: readonly string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: "utf8", timeout: 20_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface RejectedJson {
  file: string;
  where: string;
  identity: { id: string; reporter: string; year: number; revision: number } | null;
  rules: string[];
  malformed?: string;
}
interface RowJson {
  state: string;
  reply: string;
  rejected?: { identity: { id: string } | null; origin?: { file?: string; line?: number }; rules: string[] }[];
}
interface SummaryJson {
  invalid: number;
  malformed: number;
  rejected: RejectedJson[];
  rate: {
    rate: number | null;
    replied: number;
    rejected: number;
    missing: number;
    expected: number;
    rows: RowJson[];
    voluntary: RowJson[];
    unidentified: unknown[];
  };
}

const summaryJson = (...extra: string[]) =>
  JSON.parse(cli(["summary", ...INPUTS, "--year", "2025", ...TODAY, "--format", "json", ...extra]).stdout) as SummaryJson;

describe("summary: a count of rejected submissions always comes with the reasons", () => {
  it("lists each rejected submission in JSON: its file and place, its identity, the rules that rejected it", () => {
    const doc = summaryJson();
    expect(doc.rejected).toHaveLength(doc.invalid + doc.malformed);
    expect(doc.rejected).toEqual([
      expect.objectContaining({ file: BROKEN, where: "line 4", identity: null, rules: ["malformed"], malformed: expect.stringMatching(/^not JSON/) }),
      { file: BROKEN, where: "line 6", identity: { id: "TR-2025", reporter: "TR", year: 2025, revision: 1 }, rules: ["field.date"] },
      { file: INVALID, where: "file", identity: { id: "TR-2025", reporter: "TR", year: 2025, revision: 1 }, rules: ["field.date"] },
    ]);
  });

  it("names them after the count line on standard error, in English and in Russian", () => {
    const en = cli(["summary", ...INPUTS, "--year", "2025", ...TODAY]);
    expect(en.status).toBe(1);
    expect(en.stderr.split("\n").slice(0, 5)).toEqual([
      "read 6, valid 3, invalid 2, malformed 1",
      "rejected 3:",
      expect.stringMatching(/^ {2}test\/fixtures\/cli\/broken-line\.ndjson line 4: malformed \(not JSON/),
      "  test/fixtures/cli/broken-line.ndjson line 6 (TR TR-2025 r1): field.date",
      "  test/fixtures/cli/invalid-date.json file (TR TR-2025 r1): field.date",
    ]);
    const ru = cli(["summary", ...INPUTS, "--year", "2025", ...TODAY, "--lang", "ru"]);
    expect(ru.stderr.split("\n").slice(0, 3)).toEqual([
      "прочитано 6, верных 3, неверных 2, повреждённых 1",
      "отклонено 3:",
      expect.stringMatching(/^ {2}test\/fixtures\/cli\/broken-line\.ndjson line 4: повреждён \(not JSON/),
    ]);
  });

  it("does so in matrix and discrepancies too, which read the same files", () => {
    for (const command of ["matrix", "discrepancies"]) {
      const json = JSON.parse(cli([command, ...INPUTS, "--year", "2025", ...TODAY, "--format", "json"]).stdout) as SummaryJson;
      expect(json.rejected.map((r) => [r.where, r.rules])).toEqual([
        ["line 4", ["malformed"]],
        ["line 6", ["field.date"]],
        ["file", ["field.date"]],
      ]);
      expect(cli([command, ...INPUTS, "--year", "2025", ...TODAY]).stderr).toContain("\nrejected 3:\n");
    }
  });

  it("ends the Markdown review with the table of rejected submissions; in text, standard error names them instead", () => {
    const md = cli(["summary", ...INPUTS, "--year", "2025", ...TODAY, "--format", "md"]).stdout;
    const lines = md.trimEnd().split("\n");
    expect(lines.slice(-5)).toEqual([
      "| file | where | reporter | id | revision | rejected by (rules) |",
      "| --- | --- | --- | --- | ---: | --- |",
      expect.stringMatching(/^\| test\/fixtures\/cli\/broken-line\.ndjson \| line 4 \| {2}\| {2}\| {2}\| malformed: not JSON/),
      "| test/fixtures/cli/broken-line.ndjson | line 6 | TR | TR-2025 | 1 | field.date |",
      "| test/fixtures/cli/invalid-date.json | file | TR | TR-2025 | 1 | field.date |",
    ]);
    const ru = cli(["summary", ...INPUTS, "--year", "2025", ...TODAY, "--format", "md", "--lang", "ru"]).stdout;
    expect(ru).toContain("| файл | где | государство | номер | редакция | отклонён по правилам |");
    expect(cli(["summary", ...INPUTS, "--year", "2025", ...TODAY]).stdout).not.toContain("| file | where |");
  });

  it("prints no rejected list when nothing was rejected", () => {
    const run = cli(["summary", "test/fixtures/cli/reports.ndjson", "--year", "2025", ...TODAY]);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/rejected/);
    expect(
      (JSON.parse(cli(["summary", "test/fixtures/cli/reports.ndjson", "--year", "2025", ...TODAY, "--format", "json"]).stdout) as SummaryJson).rejected,
    ).toEqual([]);
  });
});

describe("summary: the table of replies knows the rejected submissions", () => {
  it("shows a state whose every file was rejected as rejected, with both files and their rules, and not as missing", () => {
    const { rate } = summaryJson();
    const tr = rate.rows.find((r) => r.state === "TR");
    expect(tr?.reply).toBe("rejected");
    expect(tr?.rejected?.map((r) => [r.origin?.file, r.origin?.line, r.rules])).toEqual([
      [BROKEN, 6, ["field.date"]],
      [INVALID, undefined, ["field.date"]],
    ]);
    expect(rate.rows.find((r) => r.state === "AF")?.reply).toBe("missing");
    expect(rate).toMatchObject({ replied: 3, rejected: 1, missing: rate.expected - 4 });
    expect(rate.rate).toBeCloseTo(3 / rate.expected, 12);
    expect(rate.unidentified).toHaveLength(1);
  });

  it("says so in the Markdown table, in English and in Russian", () => {
    const row = (out: string, code: string) => out.split("\n").find((line) => line.startsWith(`| ${code} |`)) ?? "";
    const en = cli(["summary", ...INPUTS, "--year", "2025", ...TODAY, "--format", "md"]).stdout;
    expect(row(en, "TR")).toContain("| received, rejected |");
    expect(row(en, "TR")).toContain("TR-2025 r1 (test/fixtures/cli/broken-line.ndjson line 6): field.date");
    expect(row(en, "AF")).toContain("| missing |");
    const ru = cli(["summary", ...INPUTS, "--year", "2025", ...TODAY, "--format", "md", "--lang", "ru"]).stdout;
    expect(row(ru, "TR")).toContain("| получен, отклонён |");
    expect(row(ru, "TR")).toContain("broken-line.ndjson строка 6): field.date");
  });

  it("leaves the voluntary replies out with --expected-only", () => {
    const observer = path.join(tmp, "observer.ndjson");
    const kz = fs.readFileSync(path.join(repo, "test/fixtures/cli/report.json"), "utf8");
    const sa = JSON.stringify({ ...JSON.parse(kz), id: "SA-2025", reporter: "SA" });
    fs.writeFileSync(observer, `${JSON.stringify(JSON.parse(kz))}\n${sa}\n`);
    const codes = (extra: string[]): string[] =>
      (
        parseCsv(cli(["summary", observer, "--year", "2025", ...TODAY, "--format", "csv", "--table", "replies", ...extra]).stdout, {
          from_line: 2,
        }) as string[][]
      ).map((r) => r[0] ?? "");
    expect(codes([])).toContain("SA");
    expect(codes(["--expected-only"])).not.toContain("SA");
    expect(codes(["--expected-only"])).toEqual(codes([]).filter((code) => code !== "SA"));
  });

  it("leaves the voluntary reports out of the matrix too with --expected-only, and says how the matrix is computed", () => {
    const observer = path.join(tmp, "observer-matrix.ndjson");
    const kz = fs.readFileSync(path.join(repo, "test/fixtures/cli/report.json"), "utf8");
    const sa = JSON.stringify({ ...JSON.parse(kz), id: "SA-2025", reporter: "SA" });
    fs.writeFileSync(observer, `${JSON.stringify(JSON.parse(kz))}\n${sa}\n`);
    const rows = (extra: string[]): string[] =>
      (
        parseCsv(cli(["summary", observer, "--year", "2025", ...TODAY, "--format", "csv", "--table", "matrix", ...extra]).stdout, {
          from_line: 2,
        }) as string[][]
      ).map((r) => r[0] ?? "");
    expect(rows([])).toEqual(["KZ", "SA"]);
    expect(rows(["--expected-only"])).toEqual(["KZ"]);
    const text = cli(["summary", observer, "--year", "2025", ...TODAY]).stdout;
    const coverage = cli(["summary", observer, "--year", "2025", ...TODAY, "--measure", "coverage"]).stdout;
    expect(text).toMatch(/level/i);
    expect(coverage).not.toEqual(text);
  });
});

describe("summary: every table in every format", () => {
  it("writes one CSV file a table with --out DIR, the rate as a number from 0 to 1", () => {
    const out = path.join(tmp, "review-csv");
    const run = cli(["summary", ...INPUTS, "--year", "2025", ...TODAY, "--format", "csv", "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(fs.readdirSync(out).sort()).toEqual(["matrix.csv", "rate.csv", "rejected.csv", "replies.csv"]);
    expect(run.stderr).toContain(`wrote ${path.join(out, "rate.csv")}, `);
    const csv = (name: string) => parseCsv(fs.readFileSync(path.join(out, name), "utf8"), { columns: true }) as Record<string, string>[];
    const { rate } = summaryJson();
    expect(csv("rate.csv")).toEqual([
      expect.objectContaining({ Year: "2025", "Rejected only": "1", "Reporting rate": String(Math.round(rate.rate! * 10000) / 10000) }),
    ]);
    expect(csv("replies.csv").find((r) => r.Code === "TR")).toMatchObject({ Reply: "received, rejected" });
    expect(csv("rejected.csv").map((r) => r.where)).toEqual(["line 4", "line 6", "file"]);
    const stdoutMatrix = cli(["summary", ...INPUTS, "--year", "2025", ...TODAY, "--format", "csv"]).stdout;
    expect(fs.readFileSync(path.join(out, "matrix.csv"), "utf8")).toBe(stdoutMatrix);
  });

  it("writes Markdown files for md and text, JSON tables for json, with words in the chosen language", () => {
    const md = path.join(tmp, "review-md");
    cli(["summary", ...INPUTS, "--year", "2025", ...TODAY, "--format", "md", "--lang", "ru", "--out", md]);
    expect(fs.readdirSync(md).sort()).toEqual(["matrix.md", "rate.md", "rejected.md", "replies.md"]);
    const rateMd = fs.readFileSync(path.join(md, "rate.md"), "utf8");
    expect(rateMd).toContain("| Год | Ожидалось |");
    expect(rateMd).toContain(`| ${formatShare(3 / 28)} |`);
    const json = path.join(tmp, "review-json");
    cli(["summary", ...INPUTS, "--year", "2025", ...TODAY, "--format", "json", "--out", json]);
    const replies = JSON.parse(fs.readFileSync(path.join(json, "replies.json"), "utf8")) as { columns: { key: string }[]; rows: Record<string, unknown>[] };
    expect(replies.columns.map((c) => c.key)).toContain("rejected");
    expect(replies.rows.find((r) => r.code === "TR")).toMatchObject({ reply: "received, rejected" });
    const rate = JSON.parse(fs.readFileSync(path.join(json, "rate.json"), "utf8")) as { rows: { rate: unknown }[] };
    expect(typeof rate.rows[0]?.rate).toBe("number");
  });

  it("writes one table to standard output with --table, in any format", () => {
    const csv = cli(["summary", ...INPUTS, "--year", "2025", ...TODAY, "--format", "csv", "--table", "rate"]);
    expect(csv.stdout.split("\r\n")[0]).toBe("Year,Expected,Replied,Reported,Nil reports,Late,Rejected only,Missing,Voluntary,Reporting rate");
    const text = cli(["summary", ...INPUTS, "--year", "2025", ...TODAY, "--table", "rejected"]);
    expect(text.stdout.split("\n")[0]).toBe("| file | where | reporter | id | revision | rejected by (rules) |");
    expect(text.stdout).not.toContain("Reporting rate");
    const bad = cli(["summary", ...INPUTS, "--year", "2025", ...TODAY, "--table", "rates"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--table must be rate, replies, matrix or rejected/);
  });

  it("refuses an --out folder that holds an input, before reading or writing anything", () => {
    const folder = path.join(tmp, "holds-input");
    fs.mkdirSync(folder);
    const input = path.join(folder, "reports.ndjson");
    fs.copyFileSync(path.join(repo, BROKEN), input);
    const run = cli(["summary", input, "--year", "2025", ...TODAY, "--format", "csv", "--out", folder]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--out .*holds-input: holds the input .*reports\.ndjson; writing it would overwrite reports/);
    expect(fs.readdirSync(folder)).toEqual(["reports.ndjson"]);
  });

  it("writes the rate one way: the rate line, the Markdown rate table and the CLI's JSON agree", () => {
    const { rate } = summaryJson();
    const share = formatShare(rate.rate);
    const text = cli(["summary", ...INPUTS, "--year", "2025", ...TODAY]).stdout;
    expect(text.split("\n")[0]).toBe(`Reporting rate 2025: ${share} (3/28; nil 0, late 0, rejected only 1, missing 24, voluntary 0)`);
    const ru = cli(["summary", ...INPUTS, "--year", "2025", ...TODAY, "--lang", "ru"]).stdout;
    expect(ru.split("\n")[0]).toBe(`Доля ответивших 2025: ${share} (3/28; пустых 0, с опозданием 0, только отклонённые 1, без ответа 24, добровольных 0)`);
    expect(cli(["summary", ...INPUTS, "--year", "2025", ...TODAY, "--format", "md", "--table", "rate"]).stdout).toContain(`| ${share} |`);
  });
});
