// Size budgets (gzip). Measured as a modern bundler emits code: Vite, Rollup and webpack keep
// non-ASCII text as UTF-8, so esbuild is told to as well (its default escapes Cyrillic as \uXXXX).
//
// Each budget is the size measured on the built package (`measured`, gzip bytes) plus MARGIN,
// rounded up to 10 B: the limit stated after each figure. Two budgets asked for (20 kB without the
// data, 30 kB with it) are not met; see docs/performance.md for what takes the bytes.
//
// `npm test` also checks that every limit sits 2% to 6% above a fresh measurement, so that a budget
// never drifts to "just above" (where chance fails the build) nor far above (where growth goes
// unseen). After a change that moves a size, `npm run size:measure` prints the table and
// `npm run size:measure -- --write` rewrites the figures below.
const MARGIN = 0.03;

const utf8 = (config) => ({ ...config, charset: "utf8" });
const limit = (measured) => `${Math.ceil((measured * (1 + MARGIN)) / 10) * 10} B`;
const entry = (name, importSpec, measured) => ({
  name,
  path: "dist/index.js",
  import: importSpec,
  limit: limit(measured),
  gzip: true,
  modifyEsbuildConfig: utf8,
});

module.exports = [
  entry("import { DIMENSIONS }", "{ DIMENSIONS }", 307), // bytes measured; limit 320 B (+3%)
  entry(
    "registry queries, no data: { membersOn, statusOn, findParticipant }",
    "{ membersOn, statusOn, findParticipant }",
    940, // bytes measured; limit 970 B (+3%)
  ),
  // The facts alone: their sources, confidence and notes are in cicaProvenance.
  entry("all embedded data: { cica }", "{ cica }", 8118), // bytes measured; limit 8370 B (+3%)
  entry("embedded data with provenance: { cica, cicaProvenance, cicaSources, provenanceOf }", "{ cica, cicaProvenance, cicaSources, provenanceOf }", 19343), // bytes measured; limit 19930 B (+3%)
  entry(
    "validation and ledger, no data: { validateReport, recordReport, currentReports, ledgerToJSON, ledgerFromJSON, diffReports, groupIssues }",
    "{ validateReport, recordReport, currentReports, ledgerToJSON, ledgerFromJSON, diffReports, groupIssues }",
    26367, // bytes measured; limit 27160 B (+3%)
  ),
  entry(
    "aggregates and rendering, no data: { reportingRate, implementationMatrix, countEntries, trend, findDiscrepancies, createAccumulator, toCsv, toMarkdown, renderMatrixSvg }",
    "{ reportingRate, implementationMatrix, countEntries, trend, findDiscrepancies, createAccumulator, accumulate, mergeAccumulators, finishAccumulator, toCsv, toMarkdown, replyTable, matrixTable, discrepancyTable, renderMatrixSvg }",
    16702, // bytes measured; limit 17210 B (+3%)
  ),
  entry(
    "validation, ledger and aggregates, no data (asked: 20 kB; not met)",
    "{ validateReport, recordReport, currentReports, ledgerToJSON, ledgerFromJSON, diffReports, groupIssues, reportingRate, implementationMatrix, countEntries, trend, findDiscrepancies, createAccumulator, accumulate, mergeAccumulators, finishAccumulator }",
    34402, // bytes measured; limit 35440 B (+3%)
  ),
  entry("compiled fast path: { compileReportSchema }", "{ compileReportSchema }", 18548), // bytes measured; limit 19110 B (+3%)
  entry("validation with the embedded data: { validateReport, cica } (asked: 27 kB; met, no zod)", "{ validateReport, cica }", 26969), // bytes measured; limit 27780 B (+3%)
  entry(
    "validation, ledger and aggregates with the embedded data (asked: 30 kB; not met)",
    "{ validateReport, recordReport, currentReports, ledgerToJSON, ledgerFromJSON, diffReports, groupIssues, reportingRate, implementationMatrix, countEntries, trend, findDiscrepancies, createAccumulator, accumulate, mergeAccumulators, finishAccumulator, cica }",
    42852, // bytes measured; limit 44140 B (+3%)
  ),
];
