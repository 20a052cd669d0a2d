// The one step validateDraft and finalizeDraft share: a draft read as the report it would become,
// validated by the report engine, and its issues split into what is wrong and what is missing.
import { DRAFT_MESSAGES } from "../i18n/messages.js";
import { withMessages } from "../i18n/messageSource.js";
import { isPlainObject, own, setOwn } from "../internal/json.js";
import { IssueCollector } from "../reports/engine/IssueCollector.js";
import type { Prepared } from "../reports/engine/prepareContext.js";
import { received } from "../reports/engine/received.js";
import { validateWith } from "../reports/engine/validateWith.js";
import { REPORT_SCHEMA_ID, type NationalReport } from "../reports/schema.js";
import type { IssuePath, ReportIssue } from "../reports/types.js";
import { DRAFT_SCHEMA_ID } from "./ReportDraft.js";

/** What a draft is, read as a report: the report (when complete and valid), its issues, what is missing. */
export interface DraftReading {
  readonly report: NationalReport | undefined;
  readonly issues: readonly ReportIssue[];
  readonly missing: readonly ReportIssue[];
}

/** The fields finalizeDraft gives the report; absent from a draft, they are not missing from it. */
const ADDED_ON_FINALIZE: ReadonlySet<string> = new Set(["submittedOn", "revision"]);

/** A value a form has not filled: left out, or a cleared text. */
const unfilled = (value: unknown): boolean => value === undefined || value === "";

/** An object's filled fields, each read by `read` (keys are kept as own keys, `__proto__` too). */
function filledFields(value: Record<string, unknown>, read: (key: string, field: unknown) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = own(value, key);
    if (!unfilled(field)) setOwn(out, key, read(key, field));
  }
  return out;
}

/** A list read item by item, each item kept at its index so that paths stay the draft's paths. */
const listOf = (value: unknown, item: (value: unknown) => unknown): unknown => (Array.isArray(value) ? Array.from(value, item) : value);

const evidenceOf = (value: unknown): unknown => (isPlainObject(value) ? filledFields(value, (_, field) => field) : value);
const activityOf = (value: unknown): unknown =>
  isPlainObject(value) ? filledFields(value, (key, field) => (key === "evidence" ? listOf(field, evidenceOf) : field)) : value;
const entryOf = (value: unknown): unknown =>
  isPlainObject(value) ? filledFields(value, (key, field) => (key === "activities" ? listOf(field, activityOf) : field)) : value;

/**
 * The report a draft would become: its filled fields (an unfilled field left out, an unfilled item
 * of a list kept in its place), under the report's tag, with `added` (the day and the revision).
 */
function reportOf(draft: Record<string, unknown>, added: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const fields = filledFields(draft, (key, field) => (key === "entries" ? listOf(field, entryOf) : field));
  const merged: Record<string, unknown> = { ...fields, schema: REPORT_SCHEMA_ID, ...added };
  // The report's fields in the order of its format, then any other (an error the report will name).
  const report: Record<string, unknown> = {};
  for (const key of REPORT_ORDER) if (Object.hasOwn(merged, key)) report[key] = merged[key];
  for (const key of Object.keys(fields)) if (!Object.hasOwn(report, key)) setOwn(report, key, fields[key]);
  return report;
}

/** The order of a report's fields, as the format lists them. */
const REPORT_ORDER = ["schema", "id", "reporter", "catalogue", "year", "revision", "submittedOn", "nil", "access", "entries", "extensions"] as const;

const startsWith = (path: IssuePath, prefix: IssuePath): boolean => prefix.every((key, i) => path[i] === key);

/**
 * True for an issue that says a field is not filled yet: a required field left out (or cleared), an
 * item of a list left empty, or a report with no entries yet.
 */
function isMissing(issue: ReportIssue): boolean {
  return issue.rule === "field.missing" || issue.rule === "field.empty" || issue.rule === "entries.empty";
}

/**
 * Reads a draft (any value) as a report. `added` holds the day and revision finalizeDraft gives;
 * without them, their absence is not missing. `only`: the path of the part a form step checks.
 */
export function readDraft(input: unknown, prepared: Prepared, added: Readonly<Record<string, unknown>> | undefined, only?: IssuePath): DraftReading {
  // The function a caller called: the name its refusal of a language without the draft messages gives.
  const fn = added === undefined ? "validateDraft" : "finalizeDraft";
  let candidate: Record<string, unknown>;
  try {
    const problem = draftProblem(input, prepared, fn);
    if (problem) return { report: undefined, issues: [problem], missing: [] };
    candidate = reportOf(input as Record<string, unknown>, added ?? {});
  } catch (error) {
    // A value whose fields cannot be read (a getter that throws, a revoked Proxy): not a draft.
    return {
      report: undefined,
      issues: [draftType(prepared, fn, `an object that cannot be read (${error instanceof Error ? error.name : "error"})`, "draft.type")],
      missing: [],
    };
  }
  const result = validateWith(candidate, prepared);
  const issues: ReportIssue[] = [];
  const missing: ReportIssue[] = [];
  for (const issue of result.issues) {
    if (only !== undefined && !startsWith(issue.path, only)) continue;
    if (!isMissing(issue)) issues.push(issue);
    else if (!(added === undefined && issue.path.length === 1 && ADDED_ON_FINALIZE.has(String(issue.path[0])))) missing.push(issue);
  }
  return { report: result.ok ? result.report : undefined, issues, missing };
}

/** The one issue of a value that is not a draft, or `undefined` for a draft. */
function draftProblem(input: unknown, prepared: Prepared, fn: string): ReportIssue | undefined {
  if (!isPlainObject(input)) return draftType(prepared, fn, received(input), typeof input === "string" ? "draft.type.text" : "draft.type");
  const schema = own(input, "schema");
  if (schema !== DRAFT_SCHEMA_ID) return draftType(prepared, fn, received(schema), typeof schema === "string" ? "draft.type.schema.text" : "draft.type.schema");
  return undefined;
}

function draftType(prepared: Prepared, fn: string, value: ReturnType<typeof received>, messageKey: string): ReportIssue {
  const collector = new IssueCollector(withMessages(prepared.lang, DRAFT_MESSAGES, fn, "context.lang"));
  collector.add("draft.type", messageKey.startsWith("draft.type.schema") ? ["schema"] : [], { received: value }, messageKey);
  return collector.issues[0]!;
}
