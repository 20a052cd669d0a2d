/**
 * The command line in a pipeline, end to end (the BUILT `dist/cli.js`, as in test/cli.test.ts):
 * readers that are slow or stop, the JSON document of `validate` when a later input cannot be read,
 * the size cap of inputs read whole, the guard of output paths, names typed by a user that an
 * object inherits (`constructor`), `template`'s formats, and the escaping of every text output.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { NationalReport } from "cica-cbm";
import { illustrativeReports } from "../examples/illustrative.js";

vi.setConfig({ testTimeout: 60_000 });

const repo = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(repo, "dist", "cli.js");
const TODAY = ["--today", "2026-12-31"] as const;
const SCHEMA = "cica-cbm/validate-result@1";

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(args: readonly string[], input?: string): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: repo,
    encoding: "utf8",
    timeout: 30_000,
    maxBuffer: 1 << 30,
    ...(input === undefined ? {} : { input }),
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a bash script with `$1…` set to `args`; its stdout and stderr. */
function bash(script: string, ...args: string[]): Run {
  const result = spawnSync("bash", ["-c", script, "bash", ...args], { cwd: repo, encoding: "utf8", timeout: 50_000, maxBuffer: 1 << 30 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const explain = (run: Run) => `exit ${run.status}\n--- stdout ---\n${run.stdout.slice(0, 2000)}\n--- stderr ---\n${run.stderr}`;

/** Exit 2, nothing on stdout, ONE line on stderr saying each of `says`, and no stack trace. */
function expectUsageError(run: Run, ...says: RegExp[]): void {
  expect(run.status, explain(run)).toBe(2);
  expect(run.stdout, explain(run)).toBe("");
  expect(run.stderr, explain(run)).toMatch(/^cica-cbm: [^\n]+\n$/);
  expect(run.stderr, explain(run)).not.toMatch(/unexpected error|\n\s+at /);
  for (const pattern of says) expect(run.stderr, explain(run)).toMatch(pattern);
}

interface ValidateDocument {
  schema: string;
  results: { source: string; where: string; ok: boolean }[];
  failures: { file: string; error: string }[];
  read: number;
  valid: number;
  invalid: number;
  malformed: number;
  exitCode: number;
}

let tmp = "";
const temp = (name: string) => path.join(tmp, name);
/** `count` lines `{}`: each an invalid report with several issues, so a large output. */
const emptyReports = (count: number) => "{}\n".repeat(count);
const reportJson = () => JSON.parse(fs.readFileSync(path.join(repo, "test/fixtures/cli/report.json"), "utf8")) as Record<string, unknown>;

beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cica-cbm-pipe-"));
});
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("stdout in a pipeline", () => {
  it("gives a slow reader the whole JSON document, every result in it, and exit 1 for the invalid reports", () => {
    const input = temp("slow.ndjson");
    fs.writeFileSync(input, emptyReports(3000));
    // The reader takes 4 KiB at a time with a pause between (far slower than the command writes)
    // and writes what it got to a file.
    const got = temp("slow.out.json");
    const reader = `const n=[];process.stdin.pause();const t=()=>{const c=process.stdin.read(4096);if(c)n.push(c);setTimeout(t,c?1:5)};process.stdin.on("end",()=>{require("fs").writeFileSync(process.argv[1],Buffer.concat(n));process.exit(0)});t()`;
    const run = bash(`node "$1" validate "$2" --format json | node -e '${reader}' "$3"; echo "exit \${PIPESTATUS[0]}" >&2`, CLI, input, got);
    expect(run.stderr, explain(run)).toBe("exit 1\n");
    const doc = JSON.parse(fs.readFileSync(got, "utf8")) as ValidateDocument;
    expect(doc.schema).toBe(SCHEMA);
    expect(doc.results).toHaveLength(3000);
    expect(doc.invalid).toBe(3000);
  });

  it("writes the same bytes into `| wc -c` as into a file, with exit 1 and nothing on stderr (no ENOBUFS)", () => {
    const input = temp("wc.ndjson");
    fs.writeFileSync(input, emptyReports(20_000));
    const inFile = temp("wc.out.json");
    const run = bash(
      `node "$1" validate "$2" --format json > "$3"; echo "file \${PIPESTATUS[0]}" >&2; node "$1" validate "$2" --format json | wc -c; echo "pipe \${PIPESTATUS[0]}" >&2`,
      CLI,
      input,
      inFile,
    );
    expect(run.stderr, explain(run)).toBe("file 1\npipe 1\n");
    const bytes = fs.statSync(inFile).size;
    expect(bytes).toBeGreaterThan(20_000 * 100);
    expect(Number(run.stdout.trim())).toBe(bytes);
  });

  it("ends quietly with no stack trace when the reader of a long JSON document stops (| head -c)", () => {
    const input = temp("head.ndjson");
    fs.writeFileSync(input, emptyReports(20_000));
    const run = bash(`node "$1" validate "$2" --format json | head -c 100 >/dev/null; echo "exit \${PIPESTATUS[0]}" >&2`, CLI, input);
    expect(run.stderr, explain(run)).not.toMatch(/EPIPE|ENOBUFS|unexpected error|\n\s+at /);
    expect(run.stderr, explain(run)).toMatch(/^exit [01]\n$/);
  });
});

describe("validate --format json when a later input cannot be read", () => {
  it("keeps one complete document: the results already written, the failure recorded in `failures`, exit code 2 inside and out", () => {
    const first = temp("first.ndjson");
    fs.writeFileSync(first, emptyReports(2));
    // A name ending in .json for an endless device: read whole, it passes the size cap.
    const endless = temp("endless.json");
    fs.symlinkSync("/dev/zero", endless);
    const run = cli(["validate", first, endless, "--format", "json", ...TODAY]);
    expect(run.status, explain(run)).toBe(2);
    const doc = JSON.parse(run.stdout) as ValidateDocument;
    expect(Object.keys(doc)).toEqual(["schema", "results", "failures", "read", "valid", "invalid", "malformed", "exitCode"]);
    expect(doc.schema).toBe(SCHEMA);
    expect(doc.results.map((r) => r.where)).toEqual(["line 1", "line 2"]);
    expect(doc.failures).toHaveLength(1);
    expect(doc.failures[0]!.file).toBe(endless);
    expect(doc.failures[0]!.error).toMatch(/larger than 256 MiB/);
    expect(doc.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^cica-cbm: .*endless\.json: larger than 256 MiB.*\.ndjson/);
  });

  it("still checks the inputs after one that cannot be read, and says so in the text report's count line", () => {
    const endless = temp("endless-first.json");
    fs.symlinkSync("/dev/zero", endless);
    const after = temp("after.ndjson");
    fs.writeFileSync(after, emptyReports(1));
    const run = cli(["validate", endless, after, ...TODAY]);
    expect(run.status, explain(run)).toBe(2);
    expect(run.stdout).toContain(`${after} line 1: error`);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("read 1, valid 0, invalid 1, malformed 0, unreadable inputs 1");
  });
});

describe("inputs read whole have a 256 MiB cap", () => {
  for (const input of ["json", "csv"] as const) {
    it(`refuses an endless standard input with --input ${input} with exit 2 and the advice to use .ndjson`, () => {
      const run = bash(`yes '{}' | node "$1" validate - --input ${input}; echo "exit \${PIPESTATUS[1]}"`, CLI);
      expect(run.stdout).toMatch(/unreadable inputs 1\nexit 2\n$/);
      expect(run.stderr).toMatch(/^cica-cbm: stdin: larger than 256 MiB, too large to read whole; write its reports one a line as \.ndjson/);
    });
  }

  it("refuses a device named .csv for summary with exit 2 and nothing on stdout", () => {
    const endless = temp("endless.csv");
    fs.symlinkSync("/dev/zero", endless);
    expectUsageError(cli(["summary", endless, "--year", "2025"]), /endless\.csv: larger than 256 MiB/);
  });

  it("still streams an NDJSON standard input of any length (the cap is for inputs read whole)", () => {
    const run = cli(["validate", "-", "--format", "json"], emptyReports(5000));
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as ValidateDocument).read).toBe(5000);
  });
});

describe("output paths", () => {
  let reports = "";
  beforeAll(() => {
    reports = temp("guarded.ndjson");
    fs.writeFileSync(
      reports,
      `${illustrativeReports(2025, 2025)
        .map((r) => JSON.stringify(r))
        .join("\n")}\n`,
    );
  });

  const refused = (svg: string) => {
    const before = fs.readFileSync(reports);
    const run = cli(["matrix", reports, "--year", "2025", "--svg", svg, ...TODAY]);
    expectUsageError(run, /--svg .*: is the input .*guarded\.ndjson; .*nothing was written/);
    expect(fs.readFileSync(reports).equals(before)).toBe(true);
  };

  it("refuses --svg naming the input itself, before anything is written", () => refused(reports));

  it("refuses --svg naming the input by another path (with ./ and ..)", () => refused(path.join(tmp, ".", "..", path.basename(tmp), "guarded.ndjson")));

  it("refuses --svg that is a symbolic link to the input", () => {
    const link = temp("link.svg");
    fs.symlinkSync(reports, link);
    refused(link);
  });

  it("refuses --svg that is a hard link to the input", () => {
    const hard = temp("hard.svg");
    fs.linkSync(reports, hard);
    refused(hard);
  });

  it("writes an --svg beside the input under another name", () => {
    const svg = temp("beside.svg");
    const run = cli(["matrix", reports, "--year", "2025", "--svg", svg, ...TODAY]);
    expect(run.status, explain(run)).toBe(0);
    expect(fs.readFileSync(svg, "utf8").startsWith("<svg")).toBe(true);
  });
});

describe("names typed by a user", () => {
  for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
    it(`refuses "${name}" as a command with exit 2 and the list of commands`, () => {
      expectUsageError(cli([name]), new RegExp(`unknown command "${name}"`), /use one of validate, summary/);
    });

    it(`refuses "${name}" as --catalogue with exit 2 and the catalogues there are`, () => {
      expectUsageError(
        cli(["summary", "test/fixtures/cli/reports.ndjson", "--year", "2025", "--catalogue", name]),
        new RegExp(`--catalogue must be cica@2004 or cica@2021 \\(got "${name}"\\)`),
      );
    });
  }

  it("refuses an inherited name as --version, --format, --lang, --by and --input", () => {
    expectUsageError(cli(["catalogue", "--version", "constructor"]), /--version must be 2004 or 2021/);
    expectUsageError(cli(["catalogue", "--format", "toString"]), /--format must be/);
    expectUsageError(cli(["catalogue", "--lang", "__proto__"]), /--lang must be en or ru/);
    expectUsageError(cli(["matrix", "test/fixtures/cli/reports.ndjson", "--year", "2025", "--by", "constructor"]), /--by must be/);
    expectUsageError(cli(["validate", "-", "--input", "valueOf"]), /--input must be/);
  });

  it("gives the general usage for `help constructor`", () => {
    const run = cli(["help", "constructor"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage: cica-cbm COMMAND \[options\]/);
  });
});

describe("template", () => {
  it("--format json gives one document with the columns and an example row keyed by them", () => {
    const run = cli(["template", "--format", "json"]);
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as { columns: string[]; example: Record<string, string> };
    expect(doc.columns).toContain("activity_partners");
    expect(Object.keys(doc.example)).toEqual(doc.columns);
    expect(doc.example.reporter).toBe("KZ");
  });

  it("--format md gives a Markdown table of the columns and the example", () => {
    const lines = cli(["template", "--format", "md"]).stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\| id \| reporter \| catalogue \|/);
    expect(lines[1]).toMatch(/^\|( --- \|)+$/);
  });

  it("--lang ru writes the example's words in Russian and keeps the column names that the reader needs", () => {
    const en = JSON.parse(cli(["template", "--format", "json"]).stdout) as { columns: string[]; example: Record<string, string> };
    const ru = JSON.parse(cli(["template", "--format", "json", "--lang", "ru"]).stdout) as { columns: string[]; example: Record<string, string> };
    expect(ru.columns).toEqual(en.columns);
    expect(ru.example.activity_title).toMatch(/[а-яё]/i);
    expect(en.example.activity_title).not.toMatch(/[а-яё]/i);
    const file = temp("template-ru.csv");
    fs.writeFileSync(file, cli(["template", "--lang", "ru"]).stdout);
    expect(cli(["validate", file, ...TODAY]).status).toBe(0);
  });

  it("refuses an unknown --format for template too", () => {
    expectUsageError(cli(["template", "--format", "xml"]), /--format must be/);
  });
});

describe("text output is escaped wherever it lands", () => {
  const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  const hostile = "Drill\u001b[2J\u009b31m\u202eevil";

  it("diff escapes a changed value's control characters, C1 controls and bidi overrides in the text table", () => {
    const before = reportJson();
    const after = { ...before, revision: 2, entries: [{ measure: "2.1.2", status: "implemented", remarks: hostile }] };
    const oldFile = temp("diff-old.json");
    const newFile = temp("diff-new.json");
    fs.writeFileSync(oldFile, JSON.stringify(before));
    fs.writeFileSync(newFile, JSON.stringify(after));
    const run = cli(["diff", oldFile, newFile, ...TODAY]);
    expect(run.status, explain(run)).toBe(0);
    expect(run.stdout).toContain("\\u009b31m\\u202eevil");
    expect(run.stdout).not.toMatch(UNSAFE);
  });

  it("discrepancies escapes an activity title in the text table", () => {
    const reports = illustrativeReports(2025, 2025) as NationalReport[];
    const withPartner = reports.findIndex((r) => r.entries.some((e) => e.activities?.some((a) => (a.partners?.length ?? 0) > 0)));
    expect(withPartner).toBeGreaterThanOrEqual(0);
    const changed = structuredClone(reports) as unknown as { entries: { activities?: { title: string; partners?: string[] }[] }[] }[];
    for (const entry of changed[withPartner]!.entries)
      for (const activity of entry.activities ?? []) if ((activity.partners?.length ?? 0) > 0) activity.title = hostile;
    const file = temp("discrepancies.ndjson");
    fs.writeFileSync(file, `${changed.map((r) => JSON.stringify(r)).join("\n")}\n`);
    const run = cli(["discrepancies", file, "--year", "2025", ...TODAY]);
    expect(run.status, explain(run)).toBe(0);
    expect(run.stdout).toContain("\\u202eevil");
    expect(run.stdout).not.toMatch(UNSAFE);
  });

  it("escapes a file name and an option echoed in an error line", () => {
    const missing = cli(["validate", "no\u001b[31mfile\u202e.json"]);
    expectUsageError(missing, /no\\u001b\[31mfile\\u202e\.json: cannot be read/);
    expect(missing.stderr).not.toMatch(UNSAFE);
    const option = cli(["validate", "--\u009bx"]);
    expect(option.status).toBe(2);
    expect(option.stderr).not.toMatch(UNSAFE);
    const value = cli(["catalogue", "--format", "\u202etext"]);
    expectUsageError(value, /--format must be text, json, csv or md \(got "\\u202etext"\)/);
  });
});
