import { LEDGER_MESSAGES } from "../i18n/messages.js";
import { withMessages } from "../i18n/messageSource.js";
import { isPlainObject, own, pathText } from "../internal/json.js";
import { keyFor, received } from "../reports/engine/received.js";
import { checkReport, IssueCollector, prepareContext } from "../reports/engine/index.js";
import type { NationalReport } from "../reports/schema.js";
import type { ReportIssue, ValidationContext } from "../reports/types.js";
import { createLedger } from "./createLedger.js";
import { findDuplicateKeys } from "./duplicateKeys.js";
import { LEDGER_SCHEMA_ID } from "./LEDGER_SCHEMA_ID.js";
import { recordRevision } from "./recordRevision.js";
import { reportKey } from "./reportKey.js";
import type { Ledger } from "./store.js";

/**
 * What {@link ledgerFromJSON} returns: the ledger when the document is valid, and the issues found,
 * each located by its path in the document (`["reports", 3, "entries", 0, "status"]`).
 *
 * @example
 * const loaded: LedgerLoadResult = ledgerFromJSON("{}", cica);
 * loaded.ok
 * //=> false
 *
 * @category Ledger
 */
export type LedgerLoadResult = LedgerLoaded | LedgerNotLoaded;

/**
 * A ledger document loaded without errors.
 *
 * @example
 * const loaded = ledgerFromJSON({ schema: "cica-cbm/ledger@1", reports: [] }, cica);
 * if (loaded.ok) { const ok: LedgerLoaded = loaded; }
 *
 * @category Ledger
 */
export interface LedgerLoaded {
  /** The document is valid. */
  readonly ok: true;
  /** The ledger it holds. */
  readonly ledger: Ledger;
  /** Warnings, if any. */
  readonly issues: readonly ReportIssue[];
}

/**
 * A ledger document with at least one error: nothing is loaded.
 *
 * @example
 * const loaded = ledgerFromJSON("[]", cica);
 * if (!loaded.ok) { const failed: LedgerNotLoaded = loaded; }
 *
 * @category Ledger
 */
export interface LedgerNotLoaded {
  /** The document has errors. */
  readonly ok: false;
  /** Never set when loading failed. */
  readonly ledger?: undefined;
  /** The errors, located by path in the document, and any warnings. */
  readonly issues: readonly ReportIssue[];
}

/**
 * Loads a ledger from its JSON document (as text, a leading byte-order mark allowed, or already
 * parsed), validating every report
 * against the context as {@link validateReport} does and checking that no revision number is used
 * twice with different content. Text that gives a key twice in one object, which `JSON.parse`
 * would resolve by dropping one, is rejected (`ledger.duplicate-key`, with the line and column of
 * both keys). Any error rejects the whole document, naming where; warnings are returned with the
 * ledger. Never throws on any input.
 *
 * @param json - The document: a string, or the value `JSON.parse` gave.
 * @param context - The catalogues and registry the reports were validated against (`cica`).
 * @returns `{ ok, ledger?, issues }`.
 * @throws {@link CbmError} only on misuse (a context without a registry).
 *
 * @example
 * const report = {
 *   schema: "cica-cbm/report@1", id: "MN-2024", reporter: "MN", catalogue: "cica@2021",
 *   year: 2024, revision: 1, submittedOn: "2025-02-10", nil: true, entries: [],
 * };
 * const ledger = recordReport(createLedger(), report, cica).ledger;
 * const text = JSON.stringify(ledgerToJSON(ledger));
 * ledgerFromJSON(text, cica).ledger?.size
 * //=> 1
 *
 * @category Ledger
 */
export function ledgerFromJSON(json: unknown, context: ValidationContext): LedgerLoadResult {
  const prepared = prepareContext(context, "ledgerFromJSON");
  const collector = new IssueCollector(withMessages(prepared.lang, LEDGER_MESSAGES, "ledgerFromJSON", "context.lang"));
  let document = json;
  if (typeof json === "string") {
    // A byte-order mark is how some editors start a UTF-8 file; it is not part of the document.
    const text = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
    try {
      document = JSON.parse(text);
    } catch (error) {
      collector.add("ledger.type", [], { received: `text that is not JSON: ${error instanceof Error ? error.message : "syntax error"}` });
      return { ok: false, issues: collector.issues };
    }
    // JSON.parse keeps one of two equal keys and drops the other: in the archive that must lose
    // nothing, a key given twice rejects the document, naming where (lines count from the text
    // after a byte-order mark).
    const duplicates = findDuplicateKeys(text);
    if (duplicates.length > 0) {
      for (const d of duplicates) {
        const where = {
          key: d.key,
          object: d.path.length === 0 ? "" : pathText(d.path),
          line: d.line,
          column: d.column,
          firstLine: d.firstLine,
          firstColumn: d.firstColumn,
        };
        collector.add("ledger.duplicate-key", [...d.path, d.key], where, d.path.length === 0 ? "ledger.duplicate-key.top" : "ledger.duplicate-key");
      }
      collector.finish();
      return { ok: false, issues: collector.issues };
    }
  }
  const reports = own(document, "reports");
  if (!isPlainObject(document) || own(document, "schema") !== LEDGER_SCHEMA_ID || !Array.isArray(reports)) {
    collector.add("ledger.type", [], { received: received(document) }, keyFor("ledger.type", document));
    return { ok: false, issues: collector.issues };
  }
  const valid: { report: NationalReport; index: number }[] = [];
  reports.forEach((input: unknown, index: number) => {
    const local = new IssueCollector(withMessages(prepared.lang, LEDGER_MESSAGES, "ledgerFromJSON", "context.lang"));
    const report = checkReport(input, prepared, local);
    local.finish();
    for (const issue of local.issues) collector.push({ ...issue, path: ["reports", index, ...issue.path] });
    if (report !== undefined) valid.push({ report, index });
  });
  // The document is read as recordReport would have recorded it, revision by revision; a
  // conflict's next free revision counts every revision of the report in the document.
  const highest = new Map<string, number>();
  for (const { report } of valid) highest.set(reportKey(report), Math.max(highest.get(reportKey(report)) ?? 0, report.revision));
  let ledger = createLedger();
  for (const { report, index } of valid) {
    ledger = recordRevision(ledger, report, collector, ["reports", index], highest.get(reportKey(report)), "ledgerFromJSON").ledger;
  }
  collector.finish();
  if (collector.hasErrors) return { ok: false, issues: collector.issues };
  return { ok: true, ledger, issues: collector.issues };
}
