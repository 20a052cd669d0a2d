/**
 * `npm run fuzz -- --runs N [--seed S] [--only TEXT]`: the shared reliability properties of
 * test/properties/properties.ts at a large count (default 100,000 runs a property; a property of
 * cost c runs N / c times). Prints, for each property, the runs made and any counterexample, then
 * the totals: inputs given to the library, throws, valid reports recorded and reports lost. Exits 1
 * on a counterexample, 2 on a usage error.
 */
import fc from "fast-check";
import { newStats, PROPERTIES } from "../test/properties/properties.js";

function usage(message: string): never {
  console.error(`fuzz: ${message}\nusage: npm run fuzz -- [--runs N] [--seed S] [--only TEXT]`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): { runs: number; seed: number; only: string | undefined } {
  let runs = 100_000;
  let seed = Date.now() % 2 ** 31;
  let only: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (flag === "--runs" || flag === "--seed") {
      if (value === undefined || !/^\d+$/.test(value)) usage(`${flag} needs a whole number`);
      if (flag === "--runs") runs = Number(value);
      else seed = Number(value);
      index++;
    } else if (flag === "--only") {
      if (value === undefined) usage("--only needs a text");
      only = value;
      index++;
    } else usage(`unknown argument ${JSON.stringify(flag)}`);
  }
  if (runs < 1) usage("--runs must be at least 1");
  return { runs, seed, only };
}

const { runs, seed, only } = parseArgs(process.argv.slice(2));
const chosen = PROPERTIES.filter((definition) => only === undefined || definition.name.includes(only));
if (chosen.length === 0) usage(`no property matches ${JSON.stringify(only)}`);

const stats = newStats();
const started = performance.now();
let failures = 0;
let total = 0;
console.log(`fuzz: ${chosen.length} properties, ${runs} runs each (fewer for costly ones), seed ${seed}`);
for (const definition of chosen) {
  const numRuns = Math.max(1, Math.ceil(runs / definition.cost));
  const start = performance.now();
  const result = fc.check(definition.make(stats), { numRuns, seed });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  total += result.numRuns;
  if (result.failed) {
    failures++;
    console.log(`FAIL  ${result.numRuns} runs, ${seconds} s  ${definition.name}`);
    const error = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
    console.log(`  error: ${error.slice(0, 2000)}`);
    console.log(`  counterexample: ${fc.stringify(result.counterexample).slice(0, 4000)}`);
    console.log(
      `  replay: npm run fuzz -- --runs ${numRuns} --seed ${seed} --only ${JSON.stringify(definition.name.slice(0, 40))} (path ${result.counterexamplePath})`,
    );
  } else {
    console.log(`ok    ${result.numRuns} runs, ${seconds} s  ${definition.name}`);
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `fuzz: ${total} runs, ${stats.inputs} inputs to the library, ${stats.throws} throws, ${stats.validReports} valid reports recorded, ${stats.lost} lost, ${failures} counterexamples, ${seconds} s (seed ${seed})`,
);
process.exit(failures === 0 && stats.throws === 0 && stats.lost === 0 ? 0 : 1);
