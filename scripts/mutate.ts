// `npm run mutate -- <layer|file> ...`: mutation testing (docs/testing.md) of one layer
// (`reports` = every source file under src/reports/) or of named files, one file at a time, each
// against the vitest tests that import it. Per file it writes reports/mutation/<file>.html and
// .json (with an .incremental.json so that a rerun tests only what changed; `--force` redoes all),
// prints the surviving mutants, and keeps reports/mutation/summary.md: the latest score of every
// file measured so far, with its date, and the total per layer.
//
// Score: detected ÷ (detected + survived + not covered), where detected = killed + timed out;
// mutants that do not type-check are dropped by the checker and not counted.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Stryker } from "@stryker-mutator/core";

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.join(root, "reports", "mutation");
const summaryFile = path.join(outDir, "summary.json");

/** Counts of one file's mutants, by what the tests did with them. */
interface FileScore {
  date: string;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  /** Dropped before testing: did not type-check, or an error at run time. */
  invalid: number;
}

const isSource = (file: string) => file.endsWith(".ts") && !/\.test(-d|-prop)?\.ts$/.test(file);

function filesOf(target: string): string[] {
  const asLayer = path.join(root, "src", target);
  const asPath = path.resolve(root, target);
  const found = existsSync(asPath) ? asPath : existsSync(asLayer) ? asLayer : undefined;
  if (found === undefined) throw new Error(`mutate: "${target}" is neither a layer under src/ nor a file or folder`);
  if (statSync(found).isFile()) {
    if (!isSource(found)) throw new Error(`mutate: "${target}" is not a source file (.ts, not a test)`);
    return [found];
  }
  return readdirSync(found, { recursive: true, encoding: "utf8" })
    .map((name) => path.join(found, name))
    .filter((file) => statSync(file).isFile() && isSource(file))
    .sort();
}

function scoreOf(s: FileScore): number | undefined {
  const detected = s.killed + s.timeout;
  const total = detected + s.survived + s.noCoverage;
  return total === 0 ? undefined : (100 * detected) / total;
}

const percent = (score: number | undefined) => (score === undefined ? "no mutants" : `${score.toFixed(1)}%`);

function writeSummary(scores: Record<string, FileScore>): string {
  const files = Object.keys(scores).sort();
  const rows = files.map((file) => {
    const s = scores[file]!;
    return `| ${file} | ${percent(scoreOf(s))} | ${s.killed + s.timeout} | ${s.survived} | ${s.noCoverage} | ${s.date} |`;
  });
  const layers = new Map<string, FileScore>();
  for (const file of files) {
    const layer = file.split("/")[1] ?? file;
    const s = scores[file]!;
    const sum = layers.get(layer) ?? { date: s.date, killed: 0, timeout: 0, survived: 0, noCoverage: 0, invalid: 0 };
    layers.set(layer, {
      date: s.date < sum.date ? s.date : sum.date,
      killed: sum.killed + s.killed,
      timeout: sum.timeout + s.timeout,
      survived: sum.survived + s.survived,
      noCoverage: sum.noCoverage + s.noCoverage,
      invalid: sum.invalid + s.invalid,
    });
  }
  const layerRows = [...layers].map(
    ([layer, s]) => `| ${layer} (files measured) | ${percent(scoreOf(s))} | ${s.killed + s.timeout} | ${s.survived} | ${s.noCoverage} | ${s.date} |`,
  );
  const table = ["| file | score | detected | survived | not covered | date |", "|---|---:|---:|---:|---:|---|", ...rows, ...layerRows].join("\n");
  writeFileSync(summaryFile, `${JSON.stringify(scores, null, 2)}\n`);
  writeFileSync(path.join(outDir, "summary.md"), `# Mutation scores\n\n${table}\n`);
  return table;
}

async function mutateFile(file: string, force: boolean): Promise<FileScore> {
  const relative = path.relative(root, file).split(path.sep).join("/");
  const slug = relative
    .replace(/^src\//, "")
    .replace(/\.ts$/, "")
    .replaceAll("/", ".");
  const results = await new Stryker({
    configFile: path.join(root, "stryker.config.mjs"),
    mutate: [relative],
    force,
    incrementalFile: `reports/mutation/${slug}.incremental.json`,
    htmlReporter: { fileName: `reports/mutation/${slug}.html` },
    jsonReporter: { fileName: `reports/mutation/${slug}.json` },
  }).runMutationTest();
  const count = (...statuses: string[]) => results.filter((r) => statuses.includes(r.status)).length;
  const survivors = results
    .filter((r) => r.status === "Survived" || r.status === "NoCoverage")
    .sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
  console.log(`\n${relative}: ${survivors.length} mutant(s) no test noticed`);
  for (const r of survivors) {
    const where = `${r.location.start.line}:${r.location.start.column}`;
    console.log(
      `  ${where} ${r.status === "NoCoverage" ? "(no test runs it) " : ""}${r.mutatorName}: ${(r.replacement ?? "").replaceAll(/\s+/g, " ").slice(0, 100)}`,
    );
  }
  return {
    date: new Date().toISOString().slice(0, 10),
    killed: count("Killed"),
    timeout: count("Timeout"),
    survived: count("Survived"),
    noCoverage: count("NoCoverage"),
    invalid: count("CompileError", "RuntimeError"),
  };
}

const args = process.argv.slice(2);
const force = args.includes("--force");
const targets = args.filter((arg) => arg !== "--force");
if (targets.length === 0) {
  console.error("usage: npm run mutate -- <layer|file|folder> ... [--force]   (e.g. `reports`, `src/aggregate/findDiscrepancies.ts`)");
  process.exit(2);
}
const files = [...new Set(targets.flatMap(filesOf))];
mkdirSync(outDir, { recursive: true });
const failed: string[] = [];
const scores: Record<string, FileScore> = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, "utf8")) : {};
for (const file of files) {
  const relative = path.relative(root, file).split(path.sep).join("/");
  console.log(`\n=== ${relative} (${files.indexOf(file) + 1}/${files.length})`);
  try {
    scores[relative] = await mutateFile(file, force);
    writeSummary(scores);
  } catch (error) {
    // One file that cannot be measured (no related test, a failing test) does not stop the others.
    failed.push(relative);
    console.error(`\n${relative}: not measured: ${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log(`\n${writeSummary(scores)}\n\nReports: reports/mutation/ (summary.md, one .html per file)`);
if (failed.length > 0) {
  console.error(`Not measured: ${failed.join(", ")}`);
  process.exitCode = 1;
}
