/**
 * The executable's default of `--today` is the clock (read in `bin.ts` only, never by the library):
 * a submission dated in the future is found without the option. Runs the BUILT `dist/cli.js`.
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
let tmp = "";

const report = (submittedOn: string) => ({
  schema: "cica-cbm/report@1",
  id: "KZ-2025",
  reporter: "KZ",
  catalogue: "cica@2021",
  year: 2025,
  revision: 1,
  submittedOn,
  entries: [{ measure: "2.1.2", status: "implemented" }],
});

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: tmp, encoding: "utf8", timeout: 20_000 });
  if (result.error) throw result.error;
  return result;
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cica-cbm-today-"));
  // Centuries ahead of any clock this test runs under, and long past.
  fs.writeFileSync(path.join(tmp, "future.json"), JSON.stringify(report("2999-03-01")));
  fs.writeFileSync(path.join(tmp, "past.json"), JSON.stringify(report("2026-03-01")));
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("--today defaults to the clock", () => {
  it("finds a submission dated in the future without --today, in English and Russian", () => {
    const en = cli("validate", "future.json");
    expect(en.status).toBe(1);
    expect(en.stdout).toContain("submitted.in-future");
    const ru = cli("validate", "future.json", "--lang", "ru");
    expect(ru.status).toBe(1);
    expect(ru.stdout).toContain("submitted.in-future");
  });

  it("takes --today over the clock, and accepts a submission dated before the clock", () => {
    expect(cli("validate", "future.json", "--today", "3000-01-01").status).toBe(0);
    expect(cli("validate", "past.json").status).toBe(0);
  });
});
