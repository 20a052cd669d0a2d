// Size budgets (gzip). Measured as a modern bundler emits code: Vite, Rollup and webpack keep
// non-ASCII text as UTF-8, so esbuild is told to as well (its default escapes Cyrillic as \uXXXX).
const utf8 = (config) => ({ ...config, charset: "utf8" });
const entry = (name, importSpec, limit) => ({ name, path: "dist/index.js", import: importSpec, limit, gzip: true, modifyEsbuildConfig: utf8 });

module.exports = [
  entry("import { DIMENSIONS }", "{ DIMENSIONS }", "1 kB"),
  entry("registry queries, no data: { membersOn, statusOn, findParticipant }", "{ membersOn, statusOn, findParticipant }", "2 kB"),
  entry("all embedded data: { cica }", "{ cica }", "18 kB"),
  entry(
    "validation and ledger, no data: { validateReport, recordReport, currentReports, ledgerToJSON, ledgerFromJSON, diffReports, groupIssues }",
    "{ validateReport, recordReport, currentReports, ledgerToJSON, ledgerFromJSON, diffReports, groupIssues }",
    "19.4 kB",
  ),
  entry(
    "aggregates and rendering, no data: { reportingRate, implementationMatrix, summarize, trend, findDiscrepancies, createAccumulator, toCsv, toMarkdown, renderMatrixSvg }",
    "{ reportingRate, implementationMatrix, summarize, trend, findDiscrepancies, createAccumulator, accumulate, mergeAccumulators, finishAccumulator, toCsv, toMarkdown, replyTable, matrixTable, discrepancyTable, renderMatrixSvg }",
    "9 kB",
  ),
  entry(
    "validation, ledger and aggregates, no data",
    "{ validateReport, recordReport, currentReports, ledgerToJSON, ledgerFromJSON, diffReports, groupIssues, reportingRate, implementationMatrix, summarize, trend, findDiscrepancies, createAccumulator, accumulate, mergeAccumulators, finishAccumulator }",
    "23.3 kB",
  ),
  entry("compiled fast path: { compileReportSchema }", "{ compileReportSchema }", "18 kB"),
  entry("validation with the embedded data: { validateReport, cica }", "{ validateReport, cica }", "33.6 kB"),
];
