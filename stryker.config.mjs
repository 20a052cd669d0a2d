// Mutation testing (docs/testing.md): StrykerJS changes one operator, condition or value of the
// source at a time and runs the related vitest tests; a change that no test notices "survives".
// Run it through `npm run mutate -- <layer|file>` (scripts/mutate.ts), which mutates one file at a
// time and sets the report files. Not part of `npm test` or CI: one file takes minutes.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  // Only the tests that import the mutated file, from the in-process test set of this config.
  vitest: { configFile: "vitest.mutate.config.ts", related: true },
  // A mutant that does not type-check cannot ship: the checker drops it before any test runs.
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  coverageAnalysis: "perTest",
  // The machines have two cores shared with others: one test process (and one checker).
  concurrency: 1,
  timeoutMS: 10000,
  // Reruns test only the mutants whose code or tests changed (reports/mutation/*.incremental.json).
  incremental: true,
  reporters: ["html", "json", "progress"],
  // Rooted: a bare "reports" would leave out src/reports/ too.
  ignorePatterns: ["/dist", "/docs/api", "/coverage", "/reports", "/.tmp", "/demo-output", "/*.tgz", "/.vitest-report.json"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  thresholds: { high: 90, low: 80, break: null },
};
