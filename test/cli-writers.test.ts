/**
 * What the command line writes is safe where it lands: its CSV options, `--separator` and `--bom`
 * (named as `toCsv`'s options), for every command that writes CSV, and its text tables on a
 * terminal. On the BUILT `dist/cli.js`; `npm test` builds before vitest; alone, run
 * `npm run build --silent && npx vitest run test/cli-writers.test.ts`.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.setConfig({ testTimeout: 30_000 });

const repo = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(repo, "dist", "cli.js");
let tmp = "";

function cli(args: readonly string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: "utf8", timeout: 20_000 });
  if (result.error) throw result.error;
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    explain: `cica-cbm ${args.join(" ")} exited ${result.status}\n${result.stdout}\n${result.stderr}`,
  };
}

/** Two valid 2025 reports, Kazakhstan's and Türkiye's, whose activity titles hide formulas after a separator, and China's with an unknown key that does. */
function reportsFile(): string {
  const report = (reporter: string, partner: string, title: string) => ({
    schema: "cica-cbm/report@1",
    id: `${reporter}-2025`,
    reporter,
    catalogue: "cica@2021",
    year: 2025,
    revision: 1,
    submittedOn: "2026-03-01",
    entries: [{ measure: "2.1.2", status: "implemented", activities: [{ title, kind: "exercise", from: "2025-05-01", partners: [partner] }] }],
  });
  const file = path.join(tmp, "reports.ndjson");
  const invalid = { ...report("CN", "KZ", "x"), "=cmd;=1": 1 };
  fs.writeFileSync(
    file,
    [report("KZ", "TR", "Seminar;=2+5*7, Алматы"), report("TR", "KZ", "Visit,@SUM(1)"), invalid].map((r) => `${JSON.stringify(r)}\n`).join(""),
  );
  return file;
}

/** Every command that writes CSV, with the arguments it needs. */
const COMMANDS = (file: string): readonly (readonly string[])[] => [
  ["validate", file, "--today", "2026-12-31", "--format", "csv"],
  ["summary", file, "--year", "2025", "--format", "csv"],
  ["matrix", file, "--year", "2025", "--format", "csv"],
  ["discrepancies", file, "--year", "2025", "--format", "csv"],
  ["catalogue", "--format", "csv", "--lang", "ru"],
  ["members", "--on", "2025-01-01", "--format", "csv", "--lang", "ru"],
];

beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cica-cbm-csv-"));
});
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("--separator and --bom", () => {
  it("give every command that writes CSV the same table, separated by ';' and led by a byte-order mark", () => {
    for (const args of COMMANDS(reportsFile())) {
      const plain = cli(args);
      const excel = cli([...args, "--separator", ";", "--bom"]);
      expect(excel.status, excel.explain).toBe(plain.status);
      expect(plain.stdout.charCodeAt(0), plain.explain).not.toBe(0xfeff);
      expect(excel.stdout.charCodeAt(0), excel.explain).toBe(0xfeff);
      expect(excel.stdout.indexOf("\ufeff", 1), excel.explain).toBe(-1);
      const rows = parseCsv(excel.stdout, { bom: true, delimiter: ";" }) as string[][];
      expect(rows, excel.explain).toEqual(parseCsv(plain.stdout, { delimiter: "," }));
      expect(rows[0]!.length, excel.explain).toBeGreaterThan(1);
    }
  });

  it("guard the formulas after ';' and ',' in titles, whichever separator is written", () => {
    const file = reportsFile();
    for (const separator of [",", ";"]) {
      const run = cli(["discrepancies", file, "--year", "2025", "--format", "csv", "--separator", separator]);
      expect(run.status, run.explain).toBe(1);
      expect(run.stdout).toContain("Seminar;'=2+5*7, Алматы");
      expect(run.stdout).toContain("Visit,'@SUM(1)");
      expect(
        run.stdout.split(/[,;\t\r\n]/).filter((piece) => /^[\s"]*[=+\-@]/.test(piece)),
        run.explain,
      ).toEqual([]);
    }
  });

  it.each([
    [[], "\ufeffid,reporter,"],
    [["--separator", ";"], "\ufeffid;reporter;"],
  ])("let the template take --bom and %j, and validate reads the template back", (more, start) => {
    const run = cli(["template", "--bom", ...more]);
    expect(run.status, run.explain).toBe(0);
    expect(run.stdout.startsWith(start)).toBe(true);
    const file = path.join(tmp, "template.csv");
    fs.writeFileSync(file, run.stdout);
    expect(cli(["validate", file, "--today", "2026-12-31"]).status).toBe(0);
  });

  it.each([
    [["members", "--on", "2025-01-01", "--format", "csv", "--separator", "\t"], /--separator must be "," or ";" \(got "\\u0009"\)/],
    [["members", "--on", "2025-01-01", "--format", "csv", "--separator", "semicolon"], /--separator must be "," or ";"/],
    [["members", "--on", "2025-01-01", "--format", "md", "--separator", ";"], /add --format csv/],
    [["members", "--on", "2025-01-01", "--bom"], /add --format csv/],
  ])("refuse %j with exit 2 and one line that says what to do", (args, says) => {
    const run = cli(args);
    expect(run.status, run.explain).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^cica-cbm: [^\n]+\n$/);
    expect(run.stderr).toMatch(says);
  });
});

describe("text tables on a terminal", () => {
  it("write control characters and bidirectional overrides of report text as escapes, never raw", () => {
    const title = "Seminar\u001b[2J\u001b]0;title\u0007 \u202eevil";
    const report = {
      schema: "cica-cbm/report@1",
      id: "KZ-2025",
      reporter: "KZ",
      catalogue: "cica@2021",
      year: 2025,
      revision: 1,
      submittedOn: "2026-03-01",
      entries: [{ measure: "2.1.2", status: "implemented", activities: [{ title, kind: "exercise", from: "2025-05-01", partners: ["TR"] }] }],
    };
    const file = path.join(tmp, "control.ndjson");
    fs.writeFileSync(file, `${JSON.stringify(report)}\n`);
    const text = cli(["discrepancies", file, "--year", "2025"]);
    expect(text.status, text.explain).toBe(0);
    expect(text.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202a-\u202e]/u);
    expect(text.stdout).toContain("\\u001b");
    expect(text.stdout).toContain("\\u202e");
    // Markdown, for a file, keeps the text as it is (escaped only as Markdown).
    expect(cli(["discrepancies", file, "--year", "2025", "--format", "md"]).stdout).toContain("\u202eevil");
  });
});
