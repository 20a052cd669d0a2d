/// <reference types="node" />
// The CSV form of reports: one row per entry (or per activity of an entry). Rows with the same id
// and revision make one report; rows with the same measure in it make one entry.
import {
  formatIssue,
  isCalendarDate,
  REPORT_SCHEMA_ID,
  type IssuePath,
  type Lang,
  type Locale,
  type MessageParams,
  type ReportIssue,
  type RuleId,
  type ValidationResult,
} from "../index.js";

/** The columns of the CSV template, in order. */
export const CSV_COLUMNS = [
  "id",
  "reporter",
  "catalogue",
  "year",
  "revision",
  "submittedOn",
  "nil",
  "measure",
  "status",
  "remarks",
  "access",
  "nothingNewSince",
  "activity_title",
  "activity_kind",
  "activity_from",
  "activity_to",
  "activity_partners",
  "activity_venue",
  "activity_evidence",
] as const;

/**
 * The Russian names of the template's columns (working translations), which the reader takes as
 * well as the English ones: `cica-cbm template --lang ru` writes them.
 */
export const CSV_COLUMNS_RU: Readonly<Record<(typeof CSV_COLUMNS)[number], string>> = {
  id: "идентификатор",
  reporter: "государство",
  catalogue: "каталог",
  year: "год",
  revision: "редакция",
  submittedOn: "дата представления",
  nil: "нулевой отчёт",
  measure: "мера",
  status: "статус",
  remarks: "примечания",
  access: "доступ",
  nothingNewSince: "нового нет с года",
  activity_title: "мероприятие: название",
  activity_kind: "мероприятие: вид",
  activity_from: "мероприятие: с",
  activity_to: "мероприятие: по",
  activity_partners: "мероприятие: партнёры",
  activity_venue: "мероприятие: место",
  activity_evidence: "мероприятие: подтверждение",
};

/**
 * Columns that help a person fill the template and hold nothing of a report (the measure's title,
 * its dimension): the reader passes over them, in English or Russian.
 */
export const LABEL_COLUMNS = {
  title: { en: "title", ru: "наименование меры" },
  dimension: { en: "dimension", ru: "измерение" },
} as const;

const NAMES: ReadonlyMap<string, string> = new Map([
  ...CSV_COLUMNS.map((column) => [column.toLowerCase(), column] as const),
  ...Object.entries(CSV_COLUMNS_RU).map(([column, name]) => [name, column] as const),
  ...Object.values(LABEL_COLUMNS).flatMap((names) => [[names.en, ""] as const, [names.ru, ""] as const]),
]);

/**
 * The header of a CSV file in the template's own column names: an English or Russian name (any
 * case) becomes its column, a label column becomes `""` (passed over), and any other name stays
 * as written (so that {@link headerProblems} reports it).
 */
export function canonicalHeader(header: readonly string[]): string[] {
  return header.map((name) => NAMES.get(name.trim().toLowerCase()) ?? name);
}

/** Where a value of a report came from in a CSV file. */
export interface CsvLocation {
  readonly row: number;
  readonly column: string;
}

/**
 * A problem of the rows of one report that validation of the assembled report cannot see: two rows
 * that contradict each other, or a row that says nothing a report can hold. Located by the row and
 * column it is on; rendered in the language of the run by {@link withCsvIssues}.
 */
export interface CsvIssue {
  readonly rule: Extract<RuleId, `csv.${string}`>;
  readonly path: IssuePath;
  readonly messageKey: string;
  readonly params: MessageParams;
  readonly at: CsvLocation;
}

/** A report assembled from CSV rows, and where each part came from. */
export interface CsvReport {
  readonly report: Record<string, unknown>;
  readonly firstRow: number;
  /** Locates an issue path: the row and column of the value it points to. */
  readonly locate: (path: IssuePath) => CsvLocation;
  /** Contradicting rows and rows that hold nothing of the report: each an error. */
  readonly issues: readonly CsvIssue[];
  /**
   * The rows of the template left unfilled: a measure and nothing else (no status, remarks or
   * activity). They are passed over, not errors, and counted here so the user is told.
   */
  readonly skipped: readonly number[];
}

const REPORT_FIELDS = ["id", "reporter", "catalogue", "year", "revision", "submittedOn", "nil"] as const;
/** An entry's own fields: `access` (report@2: who may see the entry) and `nothingNewSince` (report@2: a year). */
const ENTRY_FIELDS = ["status", "remarks", "access", "nothingNewSince"] as const;
const ACTIVITY_FIELDS: Readonly<Record<string, string>> = {
  title: "activity_title",
  kind: "activity_kind",
  from: "activity_from",
  to: "activity_to",
  partners: "activity_partners",
  venue: "activity_venue",
  evidence: "activity_evidence",
};
const ACTIVITY_COLUMNS = Object.values(ACTIVITY_FIELDS);

const integer = (text: string): unknown => (/^-?\d+$/.test(text) ? Number(text) : text);
const flag = (text: string): unknown => {
  const t = text.trim().toLowerCase();
  return t === "true" || t === "yes" || t === "1" ? true : t === "false" || t === "no" || t === "0" ? false : text;
};
const list = (text: string) =>
  text
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
/**
 * A date as the file gives it, or as Excel rewrites one in a locale whose dates read `DD.MM.YYYY`
 * (Russian, Kazakh and most of Europe): a date typed `2026-03-01` is saved back as `01.03.2026`.
 * Day first is the only order those locales write with dots, so such a text that names a real day
 * is read as that day (`YYYY-MM-DD`); anything else is kept as written, for validation to report.
 */
export function csvDate(text: string): string {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (!match) return text;
  const iso = `${match[3]}-${match[2]!.padStart(2, "0")}-${match[1]!.padStart(2, "0")}`;
  return isCalendarDate(iso) ? iso : text;
}
/**
 * The measure id Excel may have turned into a date: in a day-first locale it reads `2.1.2` as the
 * 2nd of January 2002 and saves `02.01.2002`. Gives the id it most likely was (day, month, and the
 * year in two digits, as typed), or `undefined` for a cell that is not such a date.
 */
function excelDate(text: string): string | undefined {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  if (!match || !isCalendarDate(`${match[3]}-${match[2]}-${match[1]}`)) return undefined;
  return `${Number(match[1])}.${Number(match[2])}.${Number(match[3]) % 100}`;
}
const reportValue = (field: string, text: string): unknown =>
  field === "year" || field === "revision" ? integer(text) : field === "nil" ? flag(text) : field === "submittedOn" ? csvDate(text) : text;
const entryValue = (field: string, text: string): unknown => (field === "nothingNewSince" ? integer(text) : text);

/**
 * The problems of a CSV header: names that are not columns of the template, and names given more
 * than once (each listed once, in the order of the header). One pass over the header, whatever
 * its width.
 */
export function headerProblems(header: readonly string[]): { readonly unknown: readonly string[]; readonly twice: readonly string[] } {
  const known = new Set<string>(CSV_COLUMNS);
  const seen = new Set<string>();
  const twice = new Set<string>();
  const unknown: string[] = [];
  for (const name of header) {
    if (name === "") continue;
    if (seen.has(name)) twice.add(name);
    else {
      seen.add(name);
      if (!known.has(name)) unknown.push(name);
    }
  }
  return { unknown, twice: [...twice] };
}

interface HeldEntry {
  readonly index: number;
  readonly row: number;
  readonly activities: number[];
  /** The row each of status and remarks was first given on. */
  readonly rows: Map<string, number>;
}

/**
 * Groups CSV records (objects keyed by column, with their row numbers) into reports, keeping the
 * row and column of every value so that an issue can be located in the file. Nothing a row holds
 * is dropped: a report field or an entry's status or remarks given by the first row that fills it
 * and contradicted by a later row of the same report (or entry) is a `csv.contradiction`; a row
 * with entry data but no measure becomes an entry without a measure (which validation rejects);
 * a row with activity data but no title or start becomes an activity without them (likewise); a
 * row with a measure and nothing else (a row of the template left unfilled) is passed over and
 * listed in `skipped`; a
 * row with no measure and nothing else of an entry, in a report that is not nil, is a
 * `csv.row-without-measure`.
 */
export function reportsFromCsv(records: readonly { row: number; values: Readonly<Record<string, string>> }[]): CsvReport[] {
  const reports = new Map<
    string,
    {
      report: Record<string, unknown>;
      firstRow: number;
      fieldRows: Map<string, number>;
      entries: Map<string, HeldEntry>;
      byIndex: HeldEntry[];
      bare: number[];
      skipped: number[];
      issues: CsvIssue[];
    }
  >();
  for (const { row, values } of records) {
    const get = (column: string) => (values[column] ?? "").trim();
    const key = `${get("id")}\u0000${get("revision")}`;
    let held = reports.get(key);
    if (!held) {
      // Written in the current format (report@2), whose entries may carry access and nothingNewSince.
      const report: Record<string, unknown> = { schema: REPORT_SCHEMA_ID };
      for (const field of REPORT_FIELDS) report[field] = undefined;
      report.entries = [];
      held = { report, firstRow: row, fieldRows: new Map(), entries: new Map(), byIndex: [], bare: [], skipped: [], issues: [] };
      reports.set(key, held);
    }
    const { report, fieldRows, issues } = held;
    const about = { id: get("id"), revision: get("revision") };
    for (const field of REPORT_FIELDS) {
      const text = get(field);
      if (text === "") continue;
      const value = reportValue(field, text);
      const first = fieldRows.get(field);
      if (first === undefined) {
        report[field] = value;
        fieldRows.set(field, row);
      } else if (report[field] !== value) {
        issues.push({
          rule: "csv.contradiction",
          messageKey: "csv.contradiction",
          path: [field],
          at: { row, column: field },
          params: { ...about, row, column: field, value: text, firstRow: first, first: String(report[field]) },
        });
      }
    }
    const entries = report.entries as Record<string, unknown>[];
    const measure = get("measure");
    const hasActivity = ACTIVITY_COLUMNS.some((column) => get(column) !== "");
    const hasEntryData = hasActivity || ENTRY_FIELDS.some((field) => get(field) !== "");
    if (measure === "" && !hasEntryData) {
      held.bare.push(row);
      continue;
    }
    // A row of the template that was not filled in: its measure and no more.
    if (!hasEntryData) {
      held.skipped.push(row);
      continue;
    }
    // A row without a measure is an entry of its own: its data is kept, and validation says what is missing.
    const entryKey = measure === "" ? `\u0000${row}` : measure;
    let entry = held.entries.get(entryKey);
    if (!entry) {
      const excel = excelDate(measure);
      if (excel !== undefined) {
        issues.push({
          rule: "csv.measure-date",
          messageKey: "csv.measure-date",
          path: ["entries", entries.length, "measure"],
          at: { row, column: "measure" },
          params: { ...about, row, value: measure, guess: excel },
        });
      }
      const value: Record<string, unknown> = measure === "" ? {} : { measure };
      for (const field of ENTRY_FIELDS) if (get(field) !== "") value[field] = entryValue(field, get(field));
      entry = { index: entries.length, row, activities: [], rows: new Map(ENTRY_FIELDS.filter((field) => get(field) !== "").map((field) => [field, row])) };
      entries.push(value);
      held.entries.set(entryKey, entry);
      held.byIndex.push(entry);
    } else {
      const value = entries[entry.index]!;
      for (const field of ENTRY_FIELDS) {
        const text = get(field);
        if (text === "") continue;
        const first = entry.rows.get(field);
        if (first === undefined) {
          value[field] = entryValue(field, text);
          entry.rows.set(field, row);
        } else if (value[field] !== entryValue(field, text)) {
          issues.push({
            rule: "csv.contradiction",
            messageKey: "csv.contradiction.entry",
            path: ["entries", entry.index, field],
            at: { row, column: field },
            params: { ...about, measure, row, column: field, value: text, firstRow: first, first: String(value[field]) },
          });
        }
      }
    }
    if (hasActivity) {
      const activity: Record<string, unknown> = {};
      if (get("activity_title") !== "") activity.title = get("activity_title");
      if (get("activity_kind") !== "") activity.kind = get("activity_kind");
      if (get("activity_from") !== "") activity.from = csvDate(get("activity_from"));
      if (get("activity_to") !== "") activity.to = csvDate(get("activity_to"));
      if (get("activity_partners") !== "") activity.partners = list(get("activity_partners"));
      if (get("activity_venue") !== "") activity.venue = get("activity_venue");
      if (get("activity_evidence") !== "") activity.evidence = list(get("activity_evidence")).map((uri) => ({ uri }));
      const value = entries[entry.index]!;
      const activities = (value.activities ??= []) as unknown[];
      activities.push(activity);
      entry.activities.push(row);
    }
  }
  return [...reports.values()].map(({ report, firstRow, fieldRows, byIndex, bare, skipped, issues }) => {
    // A field no row fills is left out (validation says it is missing), never set to undefined.
    for (const field of REPORT_FIELDS) if (report[field] === undefined) delete report[field];
    if (report.nil !== true) {
      for (const row of bare) {
        issues.push({
          rule: "csv.row-without-measure",
          messageKey: "csv.row-without-measure",
          path: ["entries"],
          at: { row, column: "measure" },
          params: { row, id: String(report.id ?? ""), revision: String(report.revision ?? "") },
        });
      }
    }
    issues.sort((a, b) => a.at.row - b.at.row);
    const locate = (path: IssuePath): CsvLocation => {
      const [top, entryIndex, sub, activityIndex, field] = path;
      if (top !== "entries" || typeof entryIndex !== "number") {
        const column = typeof top === "string" && (REPORT_FIELDS as readonly string[]).includes(top) ? top : "id";
        return { row: fieldRows.get(column) ?? firstRow, column };
      }
      const entry = byIndex[entryIndex];
      if (!entry) return { row: firstRow, column: "measure" };
      if (sub === "activities" && typeof activityIndex === "number") {
        return { row: entry.activities[activityIndex] ?? entry.row, column: ACTIVITY_FIELDS[String(field)] ?? "activity_title" };
      }
      const column = typeof sub === "string" && (ENTRY_FIELDS as readonly string[]).includes(sub) ? sub : "measure";
      return { row: entry.rows.get(column) ?? entry.row, column };
    };
    return { report, firstRow, locate, issues, skipped };
  });
}

/**
 * A validation result with the CSV issues of its report added, rendered in `lang` and located by
 * row and column: a report whose rows contradict each other is never accepted, however valid the
 * report assembled from them looks.
 */
export function withCsvIssues(
  result: ValidationResult,
  issues: readonly CsvIssue[] | undefined,
  lang: Lang | Locale,
): ValidationResult | { readonly ok: false; readonly report?: undefined; readonly issues: readonly (ReportIssue & { readonly location: string })[] } {
  if (!issues || issues.length === 0) return result;
  const rendered = issues.map((issue): ReportIssue & { readonly location: string } => ({
    rule: issue.rule,
    severity: "error",
    path: issue.path,
    messageKey: issue.messageKey,
    params: issue.params,
    message: formatIssue(issue, lang),
    location: `row ${issue.at.row}, column ${issue.at.column}`,
  }));
  return { ok: false, issues: [...rendered, ...result.issues] };
}
