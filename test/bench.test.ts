/**
 * The benchmark (`npm run bench`) is too slow for `npm test`, so this keeps it from rotting: its
 * data generator is checked, and the script itself runs on a few hundred reports and must print
 * JSON with every case, ratio, memory reading and goal. No time is asserted: only that each case
 * ran and measured something. Needs the build (`npm test` builds before vitest).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cica, validateReport } from "cica-cbm";
import { benchLines, expectedInvalid } from "../scripts/bench-data.js";

const repo = fileURLToPath(new URL("..", import.meta.url));

describe("benchmark data", () => {
  it("generates the same reports for the same count and seed, and other reports for another seed", () => {
    const first = [...benchLines(60)];
    expect([...benchLines(60)]).toEqual(first);
    expect([...benchLines(60, 2)]).not.toEqual(first);
    expect(first).toHaveLength(60);
  });

  it("makes exactly the planned reports invalid, and every other report valid against the embedded data", () => {
    const lines = [...benchLines(400)];
    const results = lines.map((line) => validateReport(JSON.parse(line), cica));
    expect(results.filter((r) => !r.ok)).toHaveLength(expectedInvalid(400));
    expect(expectedInvalid(400)).toBeGreaterThan(0);
    expect(results.filter((r) => r.ok).every((r) => r.issues.length === 0)).toBe(true);
  });
});

/** Runs the bench script with `args` and `--json`; returns what it printed, parsed, once it exited cleanly. */
function bench(args: readonly string[]): unknown {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench.ts", ...args, "--json"], { cwd: repo, encoding: "utf8", timeout: 120_000 });
  expect(run.stderr).not.toMatch(/Error/);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

describe("npm run bench", () => {
  it("runs every case on a small input and prints JSON with medians, ratios, memory and goals", () => {
    const result = bench(["--reports", "200", "--runs", "1", "--memory-reports", "300", "--csv-rows", "400", "--csv-columns", "2000"]) as {
      reports: number;
      cases: Record<string, { medianMs: number; minMs: number; usPerReport: number; runsMs: number[] }>;
      ratiosOfFastestRuns: Record<string, number | null>;
      ratios: Record<string, number | null>;
      readers: { cases: Record<string, { size: number; medianMs: number; minMs: number }>; ratios: Record<string, number> };
      memory: { commands: { command: string; peakRssMB: number; userSeconds: number; exitCode: number | null }[] };
      goals: Record<
        string,
        { value: number; limit: number; met: boolean; margin?: number; target?: number; fastest?: number | null; metOnFastest?: boolean } | null
      >;
    };
    expect(result.reports).toBe(200);
    expect(Object.keys(result.cases)).toEqual([
      "floor",
      "library-text",
      "library-text-ledger",
      "library",
      "library-plain-schema",
      "library-validate-only",
      "zod-classic",
      "ajv",
      "aggregate-library",
      "aggregate-hand-loop",
    ]);
    for (const c of Object.values(result.cases)) {
      expect(c.runsMs.length).toBeGreaterThanOrEqual(1);
      expect(c.minMs).toBeLessThanOrEqual(c.medianMs);
      expect(c.medianMs).toBeGreaterThan(0);
    }
    for (const value of [...Object.values(result.ratios), ...Object.values(result.ratiosOfFastestRuns)]) expect(value).toBeGreaterThan(0);
    expect(Object.entries(result.readers.cases).map(([name, c]) => [name, c.size])).toEqual([
      ["csv-broken-rows-half", 200],
      ["csv-broken-rows", 400],
      ["csv-header-columns-half", 1000],
      ["csv-header-columns", 2000],
      ["ledger-json-parse", 200],
      ["ledger-duplicate-keys", 200],
    ]);
    for (const c of Object.values(result.readers.cases)) expect(c.medianMs).toBeGreaterThan(0);
    for (const value of Object.values(result.readers.ratios)) expect(value).toBeGreaterThan(0);
    expect(result.memory.commands.map((c) => c.command.split(" ")[1])).toEqual(["catalogue", "validate", "summary", "summary", "validate", "validate"]);
    // Measured with standard output on a pipe to a reader, never discarded.
    for (const c of result.memory.commands) expect(c.command).toMatch(/ \| (wc -c|slow reader)$/);
    expect(result.memory.commands.filter((c) => c.command.startsWith("cica-cbm validate results")).map((c) => c.exitCode)).toEqual([1, 1]);
    for (const c of result.memory.commands) expect(c.peakRssMB).toBeGreaterThan(0);
    for (const c of result.memory.commands) expect(c.userSeconds).toBeGreaterThan(0);
    for (const goal of Object.values(result.goals))
      expect(goal).toMatchObject({ value: expect.any(Number), limit: expect.any(Number), met: expect.any(Boolean) });
    // Issue 20's speed goals, each met at 90% of its limit, judged on the medians and on the fastest runs.
    const speedGoals = Object.entries(result.goals).filter(([name]) => name.includes("10% margin") && !name.includes("peak memory"));
    expect(speedGoals.map(([name, goal]) => [name.split(",")[0], goal?.limit, goal?.target])).toEqual([
      ["bulk path with the ledger no slower than the ajv pipeline", 1, 0.9],
      ["bulk path without the ledger at most 2.5x the floor", 2.5, 2.25],
      ["single-report default path at most 5x the floor", 5, 4.5],
      ["aggregation at most 1.5x the hand-written loop", 1.5, 1.35],
    ]);
    for (const [, goal] of speedGoals) {
      expect(goal!.met).toBe(goal!.value <= goal!.target!);
      expect(goal!.metOnFastest).toBe(goal!.fastest! <= goal!.target!);
    }
    expect(result.goals["bulk path with the ledger no slower than the ajv pipeline, 10% margin (library-text-ledger / ajv)"]?.value).toBe(
      result.ratios["library-text-ledger / ajv"],
    );
    // Every command that reads reports has a memory goal, stated with its margin: met at 90% of the limit, not at the limit.
    const memoryGoals = Object.entries(result.goals).filter(([name]) => name.includes("peak memory"));
    expect(memoryGoals).toHaveLength(result.memory.commands.length - 1);
    for (const [name, goal] of memoryGoals) {
      expect(name).toContain("10% margin");
      expect(goal).toMatchObject({ limit: 150, margin: 0.1, target: 135 });
      expect(goal!.met).toBe(goal!.value <= 135);
    }
  }, 150_000);

  it("profiles every path step by step on request, each step a difference from the one before, and leaves the cases out", () => {
    const result = bench(["--reports", "200", "--runs", "1", "--only", "profile"]) as {
      cases: Record<string, unknown>;
      profile: {
        cpuMs: Record<string, number>;
        paths: Record<string, { unit: string; rows: { stage: string; apart: boolean; cpuMs: number; cost: number; cumulative: number | null }[] }>;
      };
    };
    expect(result.cases).toEqual({});
    expect(Object.keys(result.profile.paths).map((name) => name.split(":")[0])).toEqual([
      "library-text",
      "library-text-ledger",
      "library-plain-schema",
      "ajv",
      "zod-classic",
      "aggregation",
    ]);
    for (const { rows } of Object.values(result.profile.paths)) {
      // The first step is the unit; each later one costs its stage less the last stage before it,
      // unless it is timed apart (then it is its own time, and not subtracted from the next).
      expect(rows[0]!.cost).toBe(1);
      let before = rows[0]!.cpuMs;
      for (const row of rows.slice(1)) {
        expect(row.cpuMs).toBe(result.profile.cpuMs[row.stage]);
        const cost = row.apart ? row.cpuMs : row.cpuMs - before;
        expect(row.cost).toBeCloseTo(cost / rows[0]!.cpuMs, 1);
        expect(row.cumulative === null).toBe(row.apart);
        if (!row.apart) before = row.cpuMs;
      }
    }
    // Only the digest and the visit are timed apart: the digest is a part of accumulate, the visit a floor.
    const apart = Object.values(result.profile.paths).flatMap(({ rows }) => rows.filter((row) => row.apart).map((row) => row.stage));
    expect(apart).toEqual(["visit", "digest"]);
  }, 150_000);
});
