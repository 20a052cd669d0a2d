/**
 * Importing and using the library changes no global state: run in a fresh `node` process
 * (test/global-state/probe.mjs), the keys of globalThis, the built-in prototypes, zod's global
 * config and registry are the same before the BUILT library is imported (ESM, then CJS) and after a
 * round of validating, recording, storing, loading, aggregating and rendering.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("..", import.meta.url));
const probe = fileURLToPath(new URL("./global-state/probe.mjs", import.meta.url));

interface Snapshot {
  readonly globalThis: readonly string[];
  readonly prototypes: Readonly<Record<string, readonly string[]>>;
  readonly zodConfig: string;
  readonly zodRegistry: { readonly ids: number };
  readonly polluted: readonly unknown[];
}

let run: { before: Snapshot; afterEsm: Snapshot; afterCjs: Snapshot; control: Snapshot };

describe("global state", () => {
  beforeAll(() => {
    if (!fs.existsSync(`${repo}/dist/index.js`)) throw new Error("dist/ is missing: run `npm run build` first (`npm test` builds before vitest).");
    const result = spawnSync(process.execPath, [probe], { cwd: repo, encoding: "utf8", timeout: 30_000 });
    if (result.status !== 0) throw new Error(`the probe failed (exit ${result.status}):\n${result.stderr}`);
    run = JSON.parse(result.stdout) as typeof run;
  }, 40_000);

  it("is the same after importing the ESM build and using every layer of it", () => {
    expect(run.afterEsm).toEqual(run.before);
  });

  it("is the same after also requiring the CJS build and using it", () => {
    expect(run.afterCjs).toEqual(run.before);
  });

  it("leaves zod's global config empty and its global registry without ids, and Object.prototype unpolluted", () => {
    expect(run.afterCjs.zodConfig).toBe("[]");
    expect(run.afterCjs.zodRegistry.ids).toBe(0);
    expect(run.afterCjs.polluted).toEqual([null, null, null]);
  });

  it("sees a change when there is one: the probe's own z.config({ jitless: true }) shows in its snapshot", () => {
    expect(run.control.zodConfig).toBe('[["jitless",true]]');
    expect(run.control).not.toEqual(run.before);
  });
});
