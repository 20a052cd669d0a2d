/**
 * `npm run build:twice`: builds the package several times, each into its own temp folder, and
 * compares every file byte for byte. The same tree must always give the same `dist/`: content-hashed
 * names and sizes that change between two builds make the size budgets and the packed tarball a
 * matter of chance.
 *
 *   npm run build:twice -- [--runs 3]
 *
 * Prints one line per differing file and exits 1 when any build differs from the first. The same
 * functions back `test/build-reproducible.test.ts`, which `npm test` runs.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";

const execFileAsync = promisify(execFile);
const repo = fileURLToPath(new URL("..", import.meta.url));

/** Every file under `dir`, as a path relative to it (with `/`), mapped to its SHA-256; sorted. */
export function hashTree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
  return new Map(
    files.map((file) => [
      file,
      createHash("sha256")
        .update(readFileSync(path.join(dir, file)))
        .digest("hex"),
    ]),
  );
}

/**
 * The files in which two hash listings differ, sorted by path: `changed: x` (both have it, with
 * other bytes), `only in first: x`, `only in second: x`. Empty when the trees are identical.
 */
export function diffTrees(first: ReadonlyMap<string, string>, second: ReadonlyMap<string, string>): string[] {
  const paths = [...new Set([...first.keys(), ...second.keys()])].sort();
  const differences: string[] = [];
  for (const file of paths) {
    const a = first.get(file);
    const b = second.get(file);
    if (a === undefined) differences.push(`only in second: ${file}`);
    else if (b === undefined) differences.push(`only in first: ${file}`);
    else if (a !== b) differences.push(`changed: ${file}`);
  }
  return differences;
}

/**
 * What `npm run build` does, into `outDir` instead of `dist/`: tsup (library and command line),
 * then the report's JSON Schema.
 */
export async function buildInto(outDir: string): Promise<void> {
  const tsup = path.join(repo, "node_modules", "tsup", "dist", "cli-default.js");
  const tsx = path.join(repo, "node_modules", "tsx", "dist", "cli.mjs");
  const options = { cwd: repo, maxBuffer: 64 * 1024 * 1024 };
  try {
    await execFileAsync(process.execPath, [tsup, "--silent", "--out-dir", outDir], options);
    await execFileAsync(process.execPath, [tsx, "scripts/build-schema.ts", outDir], options);
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`the build into ${outDir} failed:\n${stdout}\n${stderr}`);
  }
}

/**
 * Builds `runs` times, the builds running side by side (a race in the build is then more likely to
 * show), into fresh temp folders; returns each build's differences from the first (an empty list
 * for an identical build) and the first build's listing. The folders are removed afterwards.
 */
export async function buildSeveralTimes(runs: number): Promise<{ listing: Map<string, string>; differences: string[][] }> {
  if (!Number.isInteger(runs) || runs < 2) throw new Error(`runs must be an integer of at least 2, got ${runs}`);
  const root = mkdtempSync(path.join(os.tmpdir(), "cica-cbm-build-"));
  try {
    const dirs = Array.from({ length: runs }, (_, i) => path.join(root, `build-${i + 1}`));
    await Promise.all(dirs.map((dir) => buildInto(dir)));
    const listings = dirs.map((dir) => hashTree(dir));
    const [listing = new Map<string, string>()] = listings;
    return { listing, differences: listings.slice(1).map((other) => diffTrees(listing, other)) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
  const runs = Number(values.runs);
  const { listing, differences } = await buildSeveralTimes(runs);
  console.log(`${runs} builds, ${listing.size} files each`);
  let failed = false;
  differences.forEach((diff, i) => {
    if (diff.length === 0) {
      console.log(`build ${i + 2}: identical to build 1`);
    } else {
      failed = true;
      console.log(`build ${i + 2}: ${diff.length} files differ from build 1:\n  ${diff.join("\n  ")}`);
    }
  });
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
