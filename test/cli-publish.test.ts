/**
 * `cica-cbm publish` end to end: the six files of a year's open-data release, in every format and
 * both languages, with the CSV options; nothing withheld in any file; the output guard; an invalid
 * report named and left out. Runs the BUILT `dist/cli.js`, as test/cli.test.ts does.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, describe, expect, it, vi } from "vitest";
import { cica, validateReport } from "cica-cbm";

vi.setConfig({ testTimeout: 30_000 });

const repo = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(repo, "dist", "cli.js");
const TODAY = ["--today", "2026-12-31"] as const;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cica-cbm-publish-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(args: readonly string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: "utf8", timeout: 20_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const base = { schema: "cica-cbm/report@2", catalogue: "cica@2021", year: 2025, revision: 1, submittedOn: "2026-03-01" };
/** Every text here that is for member states only, or under extensions: none may reach a file. */
const WITHHELD = ["UZ-internal-77", "Draft water figures", "Closed talks in Astana", "Withheld remark", "MFA-114", "Secret venue"];
const REPORTS = [
  {
    ...base,
    id: "KZ-2025",
    reporter: "KZ",
    access: "public",
    entries: [
      {
        measure: "HUM.4",
        status: "implemented",
        remarks: "=Student exchanges",
        activities: [
          { title: "Autumn exchange", kind: "exchange", from: "2025-09-01", partners: ["UZ"] },
          { title: "Closed talks in Astana", kind: "meeting", from: "2025-10-01", venue: "Secret venue", access: "member-states" },
        ],
      },
      { measure: "2.1.2", status: "planned", access: "member-states", remarks: "Withheld remark" },
    ],
    extensions: { "kz.file": "MFA-114" },
  },
  { ...base, id: "UZ-internal-77", reporter: "UZ", entries: [{ measure: "ENV.1", status: "in-progress", remarks: "Draft water figures" }] },
];
const input = path.join(tmp, "reports-2025.ndjson");
fs.writeFileSync(input, REPORTS.map((r) => `${JSON.stringify(r)}\n`).join(""));

const FILES = (ext: string) =>
  ["activities", "dictionary", "entries", "replies", "withheld"]
    .map((name) => `${name}.${ext}`)
    .concat("reports.ndjson")
    .sort();
const read = (folder: string, name: string) => fs.readFileSync(path.join(folder, name), "utf8");
const csv = (folder: string, name: string, delimiter = ",") =>
  parseCsv(read(folder, name), { columns: true, delimiter, bom: true }) as Record<string, string>[];

/** Every file of a folder, as text. */
const everything = (folder: string) => fs.readdirSync(folder).map((name) => read(folder, name));

describe("cica-cbm publish", () => {
  it("writes the public reports and the five tables as CSV by default, and says what it published", () => {
    const out = path.join(tmp, "open-data");
    const run = cli(["publish", input, "--year", "2025", ...TODAY, "--out", out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    expect(fs.readdirSync(out).sort()).toEqual(FILES("csv"));
    expect(run.stderr).toContain("2025: published 1 of 2 reports; withheld whole 1, entries withheld 1, activities withheld 1");
    expect(run.stderr).toContain(`wrote ${path.join(out, "reports.ndjson")}, ${path.join(out, "replies.csv")}`);

    const lines = read(out, "reports.ndjson").trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]!);
    expect(validateReport(report, cica).ok).toBe(true);
    expect(report.extensions).toBeUndefined();
    expect(report.entries.map((e: { measure: string }) => e.measure)).toEqual(["HUM.4"]);

    expect(csv(out, "replies.csv").map((r) => [r.Reporter, r.Access, r.Published, r["Report id"]])).toEqual([
      ["KZ", "public", "yes", "KZ-2025"],
      ["UZ", "member-states", "no", ""],
    ]);
    // The formula guard of every CSV the library writes: a remark starting with = is not a formula.
    expect(csv(out, "entries.csv")[0]).toMatchObject({ Measure: "HUM.4", Dimension: "human", Remarks: "'=Student exchanges", "Activities published": "1" });
    expect(csv(out, "activities.csv").map((r) => r.Title)).toEqual(["Autumn exchange"]);
    expect(csv(out, "withheld.csv")).toEqual([
      expect.objectContaining({
        Reporter: "KZ",
        "Entries withheld": "1",
        "Activities withheld": "1",
        "Extensions withheld": "yes",
        "Measures withheld": "2.1.2",
      }),
      expect.objectContaining({ Reporter: "UZ", "Whole report withheld": "yes", "Entries withheld": "", "Report id": "" }),
    ]);
    expect(
      csv(out, "dictionary.csv")
        .filter((r) => r.Table === "withheld")
        .map((r) => r.Column),
    ).toContain("withheldMeasures");
    for (const text of everything(out)) for (const secret of WITHHELD) expect(text).not.toContain(secret);
  });

  it("writes Markdown with --format md and JSON tables with --format json, headed in Russian with --lang ru, and leaks in none", () => {
    const md = path.join(tmp, "open-data-md");
    expect(cli(["publish", input, "--year", "2025", ...TODAY, "--out", md, "--format", "md", "--lang", "ru"]).status).toBe(0);
    expect(fs.readdirSync(md).sort()).toEqual(FILES("md"));
    expect(read(md, "replies.md").split("\n")[0]).toMatch(/^\| Государство-докладчик \| Каталог \| Год \| Государство \|/);
    expect(read(md, "replies.md")).toContain("Казахстан");
    const json = path.join(tmp, "open-data-json");
    expect(cli(["publish", input, "--year", "2025", ...TODAY, "--out", json, "--format", "json"]).status).toBe(0);
    expect(fs.readdirSync(json).sort()).toEqual(FILES("json"));
    const withheld = JSON.parse(read(json, "withheld.json")) as { columns: { key: string }[]; rows: Record<string, unknown>[] };
    expect(withheld.rows.map((r) => r.reportWithheld)).toEqual([false, true]);
    for (const folder of [md, json]) for (const text of everything(folder)) for (const secret of WITHHELD) expect(text).not.toContain(secret);
  });

  it("takes --separator and --bom in its default format, and refuses them with Markdown", () => {
    const out = path.join(tmp, "open-data-excel");
    expect(cli(["publish", input, "--year", "2025", ...TODAY, "--out", out, "--separator", ";", "--bom"]).status).toBe(0);
    const replies = read(out, "replies.csv");
    expect(replies.startsWith("\ufeffReporter;Catalogue;Year;")).toBe(true);
    expect(csv(out, "replies.csv", ";")[0]).toMatchObject({ Reporter: "KZ", Published: "yes" });
    const md = cli(["publish", input, "--year", "2025", ...TODAY, "--out", path.join(tmp, "x"), "--format", "md", "--separator", ";"]);
    expect(md.status).toBe(2);
    expect(md.stderr).toMatch(/--separator and --bom shape CSV output/);
  });

  it("requires --out and refuses a folder that holds an input, before writing anything", () => {
    const none = cli(["publish", input, "--year", "2025", ...TODAY]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/--out is required/);
    const run = cli(["publish", input, "--year", "2025", ...TODAY, "--out", tmp]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/holds the input/);
    expect(fs.existsSync(path.join(tmp, "replies.csv"))).toBe(false);
  });

  it("names an invalid report and leaves it out, publishing the valid ones (exit 1)", () => {
    const mixed = path.join(tmp, "mixed.ndjson");
    const broken = {
      ...base,
      id: "TR-2025",
      reporter: "TR",
      access: "public",
      submittedOn: "2026-02-30",
      entries: [{ measure: "HUM.4", status: "implemented" }],
    };
    fs.writeFileSync(mixed, `${fs.readFileSync(input, "utf8")}${JSON.stringify(broken)}\n`);
    const out = path.join(tmp, "open-data-mixed");
    const run = cli(["publish", mixed, "--year", "2025", ...TODAY, "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/field\.date/);
    expect(csv(out, "replies.csv").map((r) => r.Reporter)).toEqual(["KZ", "UZ"]);
  });

  it("runs every command docs/publication.md shows, as written there", () => {
    const doc = fs.readFileSync(path.join(repo, "docs", "publication.md"), "utf8");
    const commands = doc.split("\n").filter((line) => line.startsWith("cica-cbm publish "));
    expect(commands.length).toBeGreaterThanOrEqual(3);
    commands.forEach((line, k) => {
      // Naive splitting is enough: the page's commands quote only ";".
      const args = line
        .split(" ")
        .slice(1)
        .map((arg) => (arg === "reports-2025.ndjson" ? input : arg === "open-data-2025" ? path.join(tmp, `doc-${k}`) : arg.replace(/^"(.*)"$/, "$1")));
      const run = cli([...args, ...TODAY]);
      expect(run.stderr).toMatch(/2025: (published 1 of 2 reports|опубликовано отчётов 1 из 2)/);
      expect(run.status).toBe(0);
      expect(fs.readdirSync(path.join(tmp, `doc-${k}`))).toContain("reports.ndjson");
    });
  });

  it("lists publish in the help, with its options", () => {
    const help = cli(["publish", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/publish FILE\.\.\. --year N --out DIR/);
    expect(help.stdout).toMatch(/--as-of/);
    expect(cli(["--help"]).stdout).toMatch(/publish FILE\.\.\. --year N --out DIR[\s]+the open-data publication of a year/);
  });
});
