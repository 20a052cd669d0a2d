/**
 * `--locale FILE.json`, end to end (the BUILT `dist/cli.js`): a language of one's own, kept as the
 * JSON form of a Locale, gives the messages, headers and names of every command, while the command
 * line's own words follow `--lang`; a file that is not a whole Locale is a usage error (exit 2)
 * that names the file and every problem by its path. The Locale is a pseudo-locale (every English
 * text in brackets), so that a text that did not come from the file shows.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pseudoDefinition } from "./support/pseudoLocale.js";

vi.setConfig({ testTimeout: 30_000 });

const repo = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(repo, "dist", "cli.js");
const fixture = (name: string) => path.join(repo, "test", "fixtures", "cli", name);
const TODAY = ["--today", "2026-12-31"] as const;
let tmp: string;
let localeFile: string;

function cli(args: readonly string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: "utf8", timeout: 20_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A Locale file holding `value` as JSON. */
function write(name: string, value: unknown): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value, null, 2));
  return file;
}

beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cica-cbm-locale-"));
  localeFile = write("pseudo.json", pseudoDefinition());
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("cica-cbm --locale FILE.json", () => {
  it("gives validate's messages from the file", () => {
    const run = cli(["validate", fixture("invalid-date.json"), "--locale", localeFile, "--format", "json", ...TODAY]);
    expect(run.status, run.stderr).toBe(1);
    const messages = JSON.stringify(JSON.parse(run.stdout))
      .match(/"message":"(?:[^"\\]|\\.)*"/g)
      ?.map((m) => JSON.parse(m.slice('"message":'.length)) as string);
    expect(messages?.length).toBeGreaterThan(0);
    for (const message of messages ?? []) expect(message).toMatch(/^\[.*\]$/);
  });

  it("gives summary's table headers from the file, and leaves the command line's own words to --lang", () => {
    const run = cli(["summary", fixture("reports.ndjson"), "--year", "2025", "--locale", localeFile, "--format", "md", ...TODAY]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("\\[Code\\]");
    expect(run.stdout).not.toMatch(/\| Code \|/);
    const russian = cli(["summary", fixture("reports.ndjson"), "--year", "2025", "--locale", localeFile, "--lang", "ru", "--format", "md", ...TODAY]);
    expect(russian.status, russian.stderr).toBe(0);
    expect(russian.stdout).toContain("\\[Code\\]");
  });

  it("gives the template's labels in the Locale's language, with the column names the CSV reader reads", () => {
    const run = cli(["template", "--reporter", "KZ", "--year", "2025", "--locale", localeFile]);
    const english = cli(["template", "--reporter", "KZ", "--year", "2025"]);
    expect(run.status, run.stderr).toBe(0);
    // The pseudo-locale's code has no texts in the data: the labels are the English ones, as are the headers.
    expect(run.stdout).toBe(english.stdout);
  });

  it("refuses a file with a word missing: exit 2, one line naming the file and each problem by its path", () => {
    const { "field.missing": _missing, ...messages } = pseudoDefinition().messages;
    const definition = pseudoDefinition();
    const file = write("incomplete.json", { ...definition, messages, labels: { ...definition.labels, plan: { ...definition.labels.plan, asOf: "[{day}]" } } });
    const run = cli(["validate", fixture("report.json"), "--locale", file, ...TODAY]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^cica-cbm: --locale [^\n]*incomplete\.json: the Locale "en-x-test" has 2 problems: [^\n]+\n$/);
    expect(run.stderr).toContain('messages["field.missing"] is missing');
    expect(run.stderr).toContain("labels.plan.asOf has {day}, which is not one of {date}");
  });

  it("refuses a file that is not JSON, or that cannot be read, saying so in the language of --lang", () => {
    const broken = write("broken.json", '{ "code": "kk", ');
    const notJson = cli(["validate", fixture("report.json"), "--locale", broken, ...TODAY]);
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/^cica-cbm: --locale [^\n]*broken\.json: not JSON \(/);
    const missing = cli(["validate", fixture("report.json"), "--locale", path.join(tmp, "none.json"), "--lang", "ru", ...TODAY]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/none\.json: не читается \(ENOENT\)/);
  });

  it("refuses JSON that is no Locale at all", () => {
    const run = cli(["members", "--on", "2025-01-01", "--locale", write("array.json", [])]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/array\.json: pass a Locale, an object with code, messages, fields and labels/);
  });
});
