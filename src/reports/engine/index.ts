// The validation engine, shared by validateReport, recordReport, ledgerFromJSON and migrateReport:
// not part of the public API.
export { checkReport } from "./checkReport.js";
export { IssueCollector } from "./IssueCollector.js";
export { prepareContext, type Prepared } from "./prepareContext.js";
export { validateWith } from "./validateWith.js";
