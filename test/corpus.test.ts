/**
 * The corpus of hostile inputs (test/corpus/): each file with the rule it must give, as its
 * manifest (test/corpus/manifest.json) says.
 *
 * - `report` cases go through `validateReport` (and `recordReport`, which must agree);
 * - `ledger` cases through `ledgerFromJSON` as text, and a loaded ledger must write back the same
 *   reports byte for byte;
 * - `cli` cases through the BUILT command line (`dist/cli.js`), as test/cli.test.ts runs it.
 *
 * A case with a `bug` is a known or newly found bug of the command line: its test is `it.fails`,
 * describing the correct behaviour, and is turned into `it` once the bug is fixed.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cica, createLedger, ledgerFromJSON, ledgerToJSON, recordReport, REPORT_RULES, validateReport, type ReportIssue, type RuleId } from "cica-cbm";

vi.setConfig({ testTimeout: 30_000 });

const repo = fileURLToPath(new URL("..", import.meta.url));
const corpus = path.join(repo, "test", "corpus");
const CLI = path.join(repo, "dist", "cli.js");

interface Expected {
  readonly ok?: boolean;
  readonly rules?: readonly RuleId[];
  readonly first?: { readonly rule: RuleId; readonly path: readonly (string | number)[] };
  // cli
  readonly exit?: number;
  readonly counts?: { readonly read: number; readonly valid: number; readonly invalid: number; readonly malformed: number };
  readonly invalidAt?: readonly string[];
  readonly malformed?: string;
  readonly noneValid?: boolean;
  readonly malformedAtLeast?: number;
  readonly noControlCharacters?: boolean;
  readonly csvSafe?: boolean;
  readonly stdoutIncludes?: readonly string[];
  readonly copyAs?: string;
}

interface Case {
  readonly file: string;
  readonly input: "report" | "ledger" | "cli";
  readonly why: string;
  readonly args?: readonly string[];
  /** The file is given on standard input (the args read "-"). */
  readonly stdin?: boolean;
  readonly expect: Expected;
  readonly bug?: string;
}

const manifest = JSON.parse(fs.readFileSync(path.join(corpus, "manifest.json"), "utf8")) as { cases: Case[] };
const bytesOf = (file: string) => fs.readFileSync(path.join(corpus, file));
const rulesOf = (issues: readonly ReportIssue[]) => [...new Set(issues.map((issue) => issue.rule))].sort();
const CONTEXT = { ...cica, today: "2026-12-31" };
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

function expectNoPollution(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
}

describe("the corpus manifest", () => {
  it("names every file of the corpus, each once, with a known rule and a reason", () => {
    const listed = manifest.cases.map((c) => c.file);
    const onDisk = ["reports", "ledgers", "files"].flatMap((dir) => fs.readdirSync(path.join(corpus, dir)).map((name) => `${dir}/${name}`));
    expect([...new Set(listed)].sort()).toEqual(onDisk.sort());
    for (const c of manifest.cases) {
      expect(c.why.length, c.file).toBeGreaterThan(10);
      for (const rule of [...(c.expect.rules ?? []), ...(c.expect.first ? [c.expect.first.rule] : [])])
        expect(Object.keys(REPORT_RULES), c.file).toContain(rule);
    }
  });

  it("covers every trap the library must withstand", () => {
    const names = manifest.cases.map((c) => c.file).join(" ");
    for (const trap of [
      "proto-key",
      "constructor-key",
      "prototype-key",
      "long-",
      "deep-100000",
      "1e309",
      "nan-string",
      "lone-surrogate",
      "rtl-",
      "homoglyph",
      "2023-02-29",
      "0000-01-01",
      "evidence-javascript",
      "formula",
      "bom-crlf",
      "empty.",
      "binary.",
    ]) {
      expect(names, trap).toContain(trap);
    }
  });

  it("keeps the bytes that matter: byte-order marks, CRLF, 0-byte and binary files", () => {
    expect(bytesOf("files/bom-crlf.ndjson").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytesOf("files/bom-crlf.ndjson").includes("\r\n")).toBe(true);
    expect(bytesOf("files/bom-crlf.csv").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytesOf("files/empty.ndjson").length).toBe(0);
    expect(bytesOf("files/binary.ndjson")).toEqual(Buffer.from(Array.from({ length: 256 }, (_, i) => i)));
    expect(bytesOf("files/not-utf8.ndjson").includes(Buffer.from([0xff, 0xfe]))).toBe(true);
  });
});

describe("hostile reports: validateReport gives the manifest's rules and never throws", () => {
  for (const c of manifest.cases.filter((x) => x.input === "report")) {
    it(`${c.file}: ${c.why}`, () => {
      const input: unknown = JSON.parse(bytesOf(c.file).toString("utf8"));
      const result = validateReport(input, CONTEXT);
      expect(rulesOf(result.issues)).toEqual([...(c.expect.rules ?? [])].sort());
      expect(result.ok).toBe(c.expect.ok);
      if (c.expect.first) expect([result.issues[0]?.rule, result.issues[0]?.path]).toEqual([c.expect.first.rule, c.expect.first.path]);
      for (const issue of result.issues) expect(issue.message.length).toBeLessThan(12_000);
      const recorded = recordReport(createLedger(), input, CONTEXT);
      expect(recorded.outcome).toBe(c.expect.ok ? "recorded" : "rejected");
      expect(rulesOf(recorded.issues)).toEqual(rulesOf(result.issues));
      if (c.expect.ok) expect(JSON.stringify(recorded.report)).toBe(JSON.stringify(input));
      expectNoPollution();
    });
  }
});

describe("hostile ledger documents: ledgerFromJSON gives the manifest's rules and never throws", () => {
  for (const c of manifest.cases.filter((x) => x.input === "ledger")) {
    it(`${c.file}: ${c.why}`, () => {
      const text = bytesOf(c.file).toString(c.file.includes("binary") ? "latin1" : "utf8");
      const loaded = ledgerFromJSON(text, CONTEXT);
      expect(rulesOf(loaded.issues)).toEqual([...(c.expect.rules ?? [])].sort());
      expect(loaded.ok).toBe(c.expect.ok);
      if (c.expect.first) expect([loaded.issues[0]?.rule, loaded.issues[0]?.path]).toEqual([c.expect.first.rule, c.expect.first.path]);
      if (loaded.ok) {
        const reports = (JSON.parse(text.replace(/^\ufeff/, "")) as { reports: unknown[] }).reports;
        const written = ledgerToJSON(loaded.ledger).reports;
        expect(written.map((report) => JSON.stringify(report))).toEqual(reports.map((report) => JSON.stringify(report)));
        const again = ledgerFromJSON(JSON.stringify(ledgerToJSON(loaded.ledger)), CONTEXT);
        expect(JSON.stringify(ledgerToJSON(again.ledger!))).toBe(JSON.stringify(ledgerToJSON(loaded.ledger)));
      }
      expectNoPollution();
    });
  }
});

// ---------------------------------------------------------------------------------------------
// The command line

interface Run {
  readonly command: string;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let tmp = "";

function cli(args: readonly string[], cwd: string, input?: Buffer): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 20_000, ...(input ? { input } : {}) });
  if (result.error) throw result.error;
  return { command: `cica-cbm ${args.join(" ")}`, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const explain = (run: Run) => `\`${run.command}\` exited with ${run.status}\n--- stdout ---\n${run.stdout}\n--- stderr ---\n${run.stderr}`;

interface ValidateJson {
  read: number;
  valid: number;
  invalid: number;
  malformed: number;
  results: { where: string; ok: boolean; malformed?: string }[];
}

function checkRun(c: Case): void {
  const e = c.expect;
  let cwd = repo;
  let file = path.relative(repo, path.join(corpus, c.file));
  if (e.copyAs) {
    cwd = tmp;
    file = e.copyAs;
    fs.copyFileSync(path.join(corpus, c.file), path.join(tmp, e.copyAs));
  }
  const run = cli(
    c.args!.map((arg) => (arg === "{file}" ? file : arg)),
    cwd,
    c.stdin ? bytesOf(c.file) : undefined,
  );
  expect(run.stderr, explain(run)).not.toMatch(/unexpected error|\n\s+at |TypeError|RangeError/);
  expect(run.status, explain(run)).toBe(e.exit);
  if (e.counts || e.invalidAt || e.malformed || e.noneValid || e.malformedAtLeast) {
    const doc = JSON.parse(run.stdout) as ValidateJson;
    if (e.counts) expect({ read: doc.read, valid: doc.valid, invalid: doc.invalid, malformed: doc.malformed }, explain(run)).toEqual(e.counts);
    if (e.invalidAt) expect(doc.results.filter((r) => !r.ok && r.malformed === undefined).map((r) => r.where)).toEqual(e.invalidAt);
    if (e.malformed) expect(doc.results.map((r) => r.malformed ?? "").join(" "), explain(run)).toContain(e.malformed);
    if (e.noneValid) expect(doc.valid).toBe(0);
    if (e.malformedAtLeast) expect(doc.malformed).toBeGreaterThanOrEqual(e.malformedAtLeast);
  }
  // eslint-disable-next-line no-control-regex
  if (e.noControlCharacters) expect(run.stdout, explain(run)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  if (e.csvSafe) {
    const delimiter = c.args!.includes("--separator") ? c.args![c.args!.indexOf("--separator") + 1]! : ",";
    const cells = (parseCsv(run.stdout, { bom: true, delimiter }) as string[][]).flat();
    expect(cells.length, explain(run)).toBeGreaterThan(1);
    expect(
      cells.filter((cell) => /^[=+\-@\t\r]/.test(cell)),
      explain(run),
    ).toEqual([]);
    // Read as a spreadsheet of another locale may: cut at every "," ";" tab and line break, quotes not honoured.
    const pieces = run.stdout.replace(/^\ufeff/, "").split(/[,;\t\r\n]/);
    expect(
      pieces.filter((piece) => /^[\s"]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\ufe66\ufe6b]/u.test(piece)),
      explain(run),
    ).toEqual([]);
  }
  for (const text of e.stdoutIncludes ?? []) expect(run.stdout, explain(run)).toContain(text);
}

describe("hostile files through the built command line", () => {
  beforeAll(() => {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (\`npm test\` builds before vitest).`);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cica-cbm-corpus-"));
  });
  afterAll(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  for (const c of manifest.cases.filter((x) => x.input === "cli")) {
    const name = `${c.args![0]} ${c.stdin ? "- < " : ""}${c.file}${c.args!.includes("--format") ? ` --format ${c.args![c.args!.indexOf("--format") + 1]}` : ""}: ${c.why}`;
    // A case with a bug describes the correct behaviour: it fails until the bug is fixed (see `bug`).
    if (c.bug) it.fails(`${name} [bug, ${c.bug}]`, () => checkRun(c));
    else it(name, () => checkRun(c));
  }
});
