/**
 * `npm run size:measure`: the size budgets of `.size-limit.cjs` against a fresh measurement of the
 * built package (run `npm run build` first).
 *
 *   npm run size:measure               prints each import's size, limit and margin
 *   npm run size:measure -- --write    rewrites the measured figures (and the limits beside them)
 *   npm run size:measure -- --check    exits 1 unless every limit is 2% to 6% above its size
 *
 * `npm test` runs `--check`. A budget just above the size lets chance fail the build (two builds
 * once differed by 230 B); one far above lets growth go unseen. After a change that moves a size,
 * rewrite the figures with `--write`, look at the diff, and update the table in
 * docs/performance.md.
 */
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";

const repo = fileURLToPath(new URL("..", import.meta.url));
const CONFIG = path.join(repo, ".size-limit.cjs");
const PERFORMANCE = path.join(repo, "docs", "performance.md");

/** The band every limit must sit in, as a fraction above the measured size. */
export const MIN_MARGIN = 0.02;
export const MAX_MARGIN = 0.06;

/** One size-limit entry as `size-limit --json` reports it (gzip bytes). */
export interface Measured {
  readonly name: string;
  readonly size: number;
  readonly sizeLimit: number;
}

/**
 * How far above `size` the limit sits, as a fraction (0.03 for 3%), rounded to 9 decimals so that
 * 1060 B over 1000 B is 6% exactly, not 6.000000000000005%.
 */
export function marginOf(entry: Measured): number {
  return Math.round((entry.sizeLimit / entry.size - 1) * 1e9) / 1e9;
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

/** One message per entry whose limit is not 2% to 6% above its measured size; empty when all are. */
export function marginProblems(entries: readonly Measured[]): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    const margin = marginOf(entry);
    const where = `"${entry.name}": limit ${entry.sizeLimit} B is ${percent(margin)} above the measured ${entry.size} B`;
    if (margin < MIN_MARGIN) problems.push(`${where}, less than ${percent(MIN_MARGIN)}: chance may fail the build`);
    else if (margin > MAX_MARGIN) problems.push(`${where}, more than ${percent(MAX_MARGIN)}: growth would go unseen`);
  }
  return problems;
}

/** The limit `.size-limit.cjs` derives from a measured size: `margin` above it, rounded up to 10 B. */
export function limitFor(measured: number, margin: number): number {
  return Math.ceil((measured * (1 + margin)) / 10) * 10;
}

// A measured figure of `.size-limit.cjs` with its comment: `19301, // bytes measured; limit 19880 B (+3%)`.
const FIGURE = /(\d+)(\)?,) \/\/ bytes measured; limit \d+ B \(\+[\d.]+%\)/g;

/**
 * `.size-limit.cjs` with its measured figures replaced by `sizes` (in the order of its entries)
 * and each limit comment recomputed. Throws if the file does not hold one figure per size.
 */
export function rewriteFigures(config: string, sizes: readonly number[]): string {
  const marginText = /const MARGIN = ([\d.]+);/.exec(config)?.[1];
  if (marginText === undefined) throw new Error(".size-limit.cjs has no `const MARGIN = …;` line");
  const margin = Number(marginText);
  const found = [...config.matchAll(FIGURE)].length;
  if (found !== sizes.length) {
    throw new Error(`.size-limit.cjs holds ${found} measured figures for ${sizes.length} entries: each entry needs one`);
  }
  let i = 0;
  return config.replace(FIGURE, (_match, _old: string, close: string) => {
    const size = sizes[i++] ?? 0;
    return `${size}${close} // bytes measured; limit ${limitFor(size, margin)} B (+${Number((margin * 100).toFixed(1))}%)`;
  });
}

/** Runs size-limit on the built package and returns its measurement of every entry. */
export async function measure(): Promise<Measured[]> {
  const bin = path.join(repo, "node_modules", "size-limit", "bin.js");
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)(process.execPath, [bin, "--json"], { cwd: repo, maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    // size-limit exits 1 when an entry is over its limit; its JSON is still complete.
    stdout = (error as { stdout?: string }).stdout ?? "";
    if (!stdout.trim().startsWith("[")) throw new Error(`size-limit failed (is dist/ built? run \`npm run build\`):\n${String(error)}`);
  }
  return (JSON.parse(stdout) as Measured[]).map(({ name, size, sizeLimit }) => ({ name, size, sizeLimit }));
}

/**
 * The table of sizes and budgets that docs/performance.md shows between its
 * `<!-- sizes:start -->` and `<!-- sizes:end -->` lines, made from `.size-limit.cjs`: each entry's
 * name, its measured figure and its limit, so that the page cannot drift from the budgets.
 */
export function sizesTable(config: string, names: readonly string[]): string {
  const figures = [...config.matchAll(FIGURE)].map((m) => Number(m[1]));
  if (figures.length !== names.length) throw new Error(`.size-limit.cjs holds ${figures.length} measured figures for ${names.length} entries`);
  const margin = Number(/const MARGIN = ([\d.]+);/.exec(config)?.[1]);
  const bytes = (n: number) => `${n.toLocaleString("en-US")} B`;
  return [
    "| import | measured | budget |",
    "|---|---:|---:|",
    ...names.map((name, i) => `| ${name.replace(/\|/g, "\\|")} | ${bytes(figures[i]!)} | ${bytes(limitFor(figures[i]!, margin))} |`),
  ].join("\n");
}

/** docs/performance.md with its sizes table replaced by `table`. */
export function withSizesTable(doc: string, table: string): string {
  const start = "<!-- sizes:start -->";
  const end = "<!-- sizes:end -->";
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/performance.md needs the lines ${start} and ${end} around its sizes table`);
  return `${doc.slice(0, from + start.length)}\n${table}\n${doc.slice(to)}`;
}

function table(entries: readonly Measured[]): string {
  return entries
    .map((e) => `${String(e.size).padStart(7)} B  limit ${String(e.sizeLimit).padStart(7)} B  ${`+${percent(marginOf(e))}`.padStart(6)}  ${e.name}`)
    .join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { write: { type: "boolean" }, check: { type: "boolean" } } });
  const entries = await measure();
  console.log(table(entries));
  if (values.write) {
    const config = rewriteFigures(
      readFileSync(CONFIG, "utf8"),
      entries.map((e) => e.size),
    );
    writeFileSync(CONFIG, config);
    writeFileSync(
      PERFORMANCE,
      withSizesTable(
        readFileSync(PERFORMANCE, "utf8"),
        sizesTable(
          config,
          entries.map((e) => e.name),
        ),
      ),
    );
    console.log("\nrewrote the measured figures of .size-limit.cjs and the sizes table of docs/performance.md");
  }
  if (values.check) {
    const problems = marginProblems(entries);
    if (problems.length > 0) {
      console.error(`\n${problems.join("\n")}`);
      console.error(
        `\nEvery size budget must sit ${percent(MIN_MARGIN)} to ${percent(MAX_MARGIN)} above the measured size. If the size moved on purpose, ` +
          "re-measure: `npm run build && npm run size:measure -- --write`, then check the diff of .size-limit.cjs and docs/performance.md.",
      );
      process.exitCode = 1;
    } else {
      console.log(`\nevery limit is ${percent(MIN_MARGIN)} to ${percent(MAX_MARGIN)} above the measured size`);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
