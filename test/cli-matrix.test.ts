/**
 * `cica-cbm matrix` end to end (the BUILT `dist/cli.js`, as in test/cli.test.ts): `--measure`
 * picks the implementation level (the default) or the coverage, the legend under the table says
 * how it is computed, and `--expected-only` leaves voluntary reports out; in English and Russian.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.setConfig({ testTimeout: 30_000 });

const repo = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(repo, "dist", "cli.js");
const TODAY = ["--today", "2026-12-31"] as const;

function cli(args: readonly string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: "utf8", timeout: 20_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const report = (reporter: string, entries: readonly (readonly [string, string])[]) => ({
  schema: "cica-cbm/report@1",
  id: `${reporter}-2022`,
  reporter,
  catalogue: "cica@2021",
  year: 2022,
  revision: 1,
  submittedOn: "2023-03-01",
  entries: entries.map(([measure, status]) => ({ measure, status })),
});

let tmp = "";
let file = "";
beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: build the command line first with \`npm run build\` (\`npm test\` builds before vitest).`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cica-cbm-matrix-"));
  file = path.join(tmp, "reports-2022.ndjson");
  const reports = [
    // Uzbekistan reports every human-dimension measure as not started: full coverage, level 0%.
    report(
      "UZ",
      ["HUM.1", "HUM.2", "HUM.3", "HUM.4", "HUM.5", "HUM.6"].map((m) => [m, "not-started"] as const),
    ),
    report("KZ", [["HUM.1", "implemented"]]),
    report("TM", [["HUM.1", "planned"]]), // an observer
    report("KW", [["HUM.1", "in-progress"]]), // joined on 2022-10-13
  ];
  fs.writeFileSync(file, `${reports.map((r) => JSON.stringify(r)).join("\n")}\n`);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The rows of a CSV table (no quoted commas in these). */
const csvRows = (text: string) =>
  text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(","));

describe("cica-cbm matrix --measure", () => {
  it("shows the implementation level by default, with the coverage beside it", () => {
    const run = cli(["matrix", file, "--year", "2022", "--format", "csv", ...TODAY]);
    expect(run.status, run.stderr).toBe(0);
    const [header, ...rows] = csvRows(run.stdout);
    const level = header!.indexOf("Human dimension: level");
    expect(level).toBeGreaterThan(1);
    expect(header![level + 1]).toBe("Human dimension: coverage");
    const uz = rows.find((r) => r[0] === "UZ")!;
    expect([uz[level], uz[level + 1]]).toEqual(["0%", "100%"]);
  });

  it("shows the coverage alone with --measure coverage", () => {
    const run = cli(["matrix", file, "--year", "2022", "--format", "csv", "--measure", "coverage", ...TODAY]);
    expect(run.status, run.stderr).toBe(0);
    const [header, ...rows] = csvRows(run.stdout);
    expect(header).not.toContain("Human dimension: level");
    const coverage = header!.indexOf("Human dimension: coverage");
    expect(rows.find((r) => r[0] === "UZ")![coverage]).toBe("100%");
    const json = JSON.parse(cli(["matrix", file, "--year", "2022", "--format", "json", "--measure", "coverage", ...TODAY]).stdout);
    expect(json.matrix.measure).toBe("coverage");
  });

  it("says under the table how the measure is computed, in text and Markdown but not in CSV", () => {
    const text = cli(["matrix", file, "--year", "2022", ...TODAY]).stdout;
    expect(text.trimEnd().split("\n").at(-1)).toMatch(
      /^Implementation level: the mean status of the entries reported in the group, from 0% \(Not started\) to 100% \(Implemented\)/,
    );
    const md = cli(["matrix", file, "--year", "2022", "--format", "md", "--measure", "coverage", ...TODAY]).stdout;
    expect(md.trimEnd().split("\n").at(-1)).toMatch(/^Coverage: the share of the group's measures/);
    const ru = cli(["matrix", file, "--year", "2022", "--lang", "ru", ...TODAY]).stdout;
    expect(ru).toContain("Человеческое измерение: уровень");
    expect(ru.trimEnd().split("\n").at(-1)).toMatch(/^Уровень выполнения: средний статус записей группы/);
    const csv = cli(["matrix", file, "--year", "2022", "--format", "csv", ...TODAY]).stdout;
    expect(csv).not.toContain("Implementation level:");
  });

  it("refuses a measure it does not know with exit 2, naming both it knows", () => {
    const run = cli(["matrix", file, "--year", "2022", "--measure", "mean", ...TODAY]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/--measure.*level.*coverage/);
  });

  it("writes the heat map of the measure asked for", () => {
    const svg = path.join(tmp, "coverage.svg");
    expect(cli(["matrix", file, "--year", "2022", "--measure", "coverage", "--svg", svg, ...TODAY]).status).toBe(0);
    expect(fs.readFileSync(svg, "utf8")).toContain('<title id="t">Coverage of reporting on cica@2021, 2022</title>');
  });
});

describe("cica-cbm matrix: voluntary reports", () => {
  it("marks an observer's and a newcomer's row, after the states expected to reply", () => {
    const run = cli(["matrix", file, "--year", "2022", "--format", "md", ...TODAY]);
    expect(run.status, run.stderr).toBe(0);
    const states = run.stdout
      .split("\n")
      .slice(2)
      .filter((line) => line.startsWith("| "))
      .map((line) => line.split(" | ").slice(0, 2).join(" | "));
    expect(states).toEqual([
      "| KZ | Kazakhstan",
      "| UZ | Uzbekistan",
      "| KW | Kuwait (joined during the year, voluntary report)",
      "| TM | Turkmenistan (observer, voluntary report)",
    ]);
    const ru = cli(["matrix", file, "--year", "2022", "--format", "md", "--lang", "ru", ...TODAY]).stdout;
    expect(ru).toContain("| TM | Туркменистан (наблюдатель, добровольный отчёт) |");
  });

  it("leaves them out with --expected-only", () => {
    const run = cli(["matrix", file, "--year", "2022", "--format", "json", "--expected-only", ...TODAY]);
    expect(run.status, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.matrix.rows.map((r: { state: string }) => r.state)).toEqual(["KZ", "UZ"]);
    expect(doc.matrix.omitted).toEqual(["KW", "TM"]);
  });

  it("explains --measure and --expected-only in the help, in English and Russian", () => {
    const en = cli(["matrix", "--help"]).stdout;
    expect(en).toMatch(/--measure level\|coverage/);
    expect(en).toMatch(/--expected-only/);
    const ru = cli(["matrix", "--help", "--lang", "ru"]).stdout;
    expect(ru).toContain("уровень выполнения");
    expect(ru).toContain("добровольные отчёты");
  });
});
