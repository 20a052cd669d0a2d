import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "examples/demo.ts", ...args], { cwd: root, encoding: "utf8" });

describe("npm run demo", () => {
  it("prints the dimensions, the 2021 catalogue and the members and observers on a given date", () => {
    const result = run("2006-11-15");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Fight against new challenges and threats");
    expect(result.stdout).toContain("2.1.4.a");
    expect(result.stdout).toContain("Member states on 2006-11-15: 18");
    expect(result.stdout).toContain("Observers on 2006-11-15: 9");
  }, 60_000);

  it("speaks Russian when asked", () => {
    const result = run("2022-12-31", "--lang", "ru");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Государства-члены на 2022-12-31: 28");
  }, 60_000);

  it("refuses an impossible date with exit code 2 and says how to write one", () => {
    const result = run("2006-02-30");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("YYYY-MM-DD");
  }, 60_000);

  it("defaults to today's date", () => {
    const before = new Date().toISOString().slice(0, 10);
    const result = run();
    const after = new Date().toISOString().slice(0, 10);
    expect(result.status).toBe(0);
    const shown = /Member states on (\d{4}-\d{2}-\d{2}):/.exec(result.stdout)?.[1];
    expect([before, after]).toContain(shown);
  }, 60_000);
});
