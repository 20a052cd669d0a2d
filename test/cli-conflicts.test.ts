/**
 * The command line finds two different submissions of one report and revision across its inputs,
 * as the ledger would (`ledger.conflict`), names both inputs, exits 1, and its tables count
 * neither. Runs the BUILT `dist/cli.js` (`npm test` builds first).
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

const base = {
  schema: "cica-cbm/report@1",
  id: "KZ-2025",
  reporter: "KZ",
  catalogue: "cica@2021",
  year: 2025,
  revision: 1,
  submittedOn: "2026-03-01",
  entries: [{ measure: "2.1.2", status: "implemented" }],
};
const other = { ...base, submittedOn: "2026-03-05", entries: [{ measure: "2.1.2", status: "planned" }] };
const uz = { ...base, id: "UZ-2025", reporter: "UZ" };

let tmp = "";
const file = (name: string) => path.join(tmp, name);

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args, ...TODAY], { cwd: tmp, encoding: "utf8", timeout: 20_000 });
  if (result.error) throw result.error;
  return result;
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cica-cbm-conflicts-"));
  fs.writeFileSync(file("a.json"), JSON.stringify(base));
  fs.writeFileSync(file("b.json"), JSON.stringify(other));
  // The same content, its keys in another order: an identical resubmission.
  fs.writeFileSync(file("a-again.json"), JSON.stringify(Object.fromEntries(Object.entries(base).reverse())));
  fs.writeFileSync(file("batch.ndjson"), `${JSON.stringify(uz)}\n\n${JSON.stringify(other)}\n`);
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("revision conflicts across the command line's inputs", () => {
  it("validate: a second, different revision 1 of KZ-2025 is invalid, names the first file, and the run exits 1", () => {
    const run = cli("validate", "a.json", "b.json");
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("b.json file: error ledger.conflict at revision:");
    expect(run.stdout).toContain("from a.json (file, submitted 2026-03-01)");
    expect(run.stdout).toContain("send the correction as revision 2");
    expect(run.stdout).toContain("read 2, valid 1, invalid 1, malformed 0");
  });

  it("validate: names the line of the second submission in an NDJSON file, in Russian too", () => {
    const run = cli("validate", "a.json", "batch.ndjson", "--lang", "ru");
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("batch.ndjson line 3: error ledger.conflict");
    expect(run.stdout).toContain("уже прочитана из a.json (file, представлена 2026-03-01)");
  });

  it("validate --format json: the conflict is a result with the rule, its params naming the first input", () => {
    const run = cli("validate", "b.json", "a.json", "--format", "json");
    expect(run.status).toBe(1);
    const document = JSON.parse(run.stdout) as { results: { source: string; issues: { rule: string; params: Record<string, unknown> }[] }[]; invalid: number };
    expect(document.invalid).toBe(1);
    const issue = document.results.flatMap((r) => r.issues.map((i) => ({ ...i, source: r.source }))).find((i) => i.rule === "ledger.conflict");
    expect(issue).toMatchObject({ source: "a.json", params: { firstSource: "b.json", firstWhere: "file", recordedOn: "2026-03-05", revision: 1 } });
  });

  it("validate: an identical resubmission, keys in another order, is no conflict", () => {
    const run = cli("validate", "a.json", "a-again.json");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("read 2, valid 2, invalid 0");
  });

  it("summary: says the conflict on stderr, counts neither submission, shows the state as received but rejected by ledger.conflict, lists it in the rate's conflicts and exits 1", () => {
    const run = cli("summary", "a.json", "batch.ndjson", "--year", "2025", "--format", "json");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("batch.ndjson line 3: error ledger.conflict");
    const out = JSON.parse(run.stdout) as {
      rate: { rows: { state: string; reply: string; rejected?: { rules: string[] }[] }[]; conflicts: { reporter: string; revision: number }[] };
    };
    const kz = out.rate.rows.find((r) => r.state === "KZ");
    // Two submissions arrived, neither counts: received, not "no reply".
    expect(kz?.reply).toBe("rejected");
    expect(kz?.rejected?.flatMap((r) => r.rules)).toEqual(["ledger.conflict"]);
    expect(out.rate.rows.find((r) => r.state === "UZ")?.reply).toBe("report");
    expect(out.rate.conflicts.map((c) => [c.reporter, c.revision])).toEqual([["KZ", 1]]);
  });

  it("summary of one year: a conflict among another year's reports does not touch its tables, while validate still finds it", () => {
    const older = { ...base, id: "KZ-2024", year: 2024, submittedOn: "2025-03-01" };
    fs.writeFileSync(file("2024-a.json"), JSON.stringify(older));
    fs.writeFileSync(file("2024-b.json"), JSON.stringify({ ...older, entries: [{ measure: "2.1.2", status: "planned" }] }));
    const summary = cli("summary", "a.json", "2024-a.json", "2024-b.json", "--year", "2025", "--format", "json");
    expect(summary.stderr).not.toContain("ledger.conflict");
    expect(summary.status).toBe(0);
    const out = JSON.parse(summary.stdout) as { rate: { rows: { state: string; reply: string }[]; conflicts: unknown[] } };
    expect(out.rate.rows.find((r) => r.state === "KZ")?.reply).toBe("report");
    expect(out.rate.conflicts).toEqual([]);
    const validate = cli("validate", "a.json", "2024-a.json", "2024-b.json");
    expect(validate.status).toBe(1);
    expect(validate.stdout).toContain("2024-b.json file: error ledger.conflict");
  });
});
