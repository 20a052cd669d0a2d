/// <reference types="node" />
// The CSV form of reports: one row per entry (or per activity of an entry). Rows with the same id
// and revision make one report; rows with the same measure in it make one entry.
import type { IssuePath } from "../reports/types.js";

/** The columns of the CSV template, in order. */
export const CSV_COLUMNS = [
  "id", "reporter", "catalogue", "year", "revision", "submittedOn", "nil",
  "measure", "status", "remarks",
  "activity_title", "activity_kind", "activity_from", "activity_to", "activity_partners", "activity_venue", "activity_evidence",
] as const;

/** Where a value of a report came from in a CSV file. */
export interface CsvLocation {
  readonly row: number;
  readonly column: string;
}

/** A report assembled from CSV rows, and where each part came from. */
export interface CsvReport {
  readonly report: Record<string, unknown>;
  readonly firstRow: number;
  /** Locates an issue path: the row and column of the value it points to. */
  readonly locate: (path: IssuePath) => CsvLocation;
}

const REPORT_FIELDS = ["id", "reporter", "catalogue", "year", "revision", "submittedOn", "nil"] as const;
const ACTIVITY_FIELDS: Readonly<Record<string, string>> = {
  title: "activity_title", kind: "activity_kind", from: "activity_from", to: "activity_to",
  partners: "activity_partners", venue: "activity_venue", evidence: "activity_evidence",
};

const integer = (text: string): unknown => (/^-?\d+$/.test(text) ? Number(text) : text);
const flag = (text: string): unknown => {
  const t = text.trim().toLowerCase();
  return t === "true" || t === "yes" || t === "1" ? true : t === "false" || t === "no" || t === "0" ? false : text;
};
const list = (text: string) => text.split(/[;\n]/).map((item) => item.trim()).filter((item) => item !== "");

/**
 * Groups CSV records (objects keyed by column, with their row numbers) into reports, keeping the
 * row and column of every value so that an issue can be located in the file.
 */
export function reportsFromCsv(records: readonly { row: number; values: Readonly<Record<string, string>> }[]): CsvReport[] {
  const reports = new Map<string, { report: Record<string, unknown>; firstRow: number; entries: Map<string, { index: number; row: number; activities: number[] }> }>();
  for (const { row, values } of records) {
    const get = (column: string) => (values[column] ?? "").trim();
    const key = `${get("id")}\u0000${get("revision")}`;
    let held = reports.get(key);
    if (!held) {
      const report: Record<string, unknown> = { schema: "cica-cbm/report@1" };
      for (const field of REPORT_FIELDS) {
        const text = get(field);
        if (text === "") continue;
        report[field] = field === "year" || field === "revision" ? integer(text) : field === "nil" ? flag(text) : text;
      }
      report.entries = [];
      held = { report, firstRow: row, entries: new Map() };
      reports.set(key, held);
    }
    const measure = get("measure");
    if (measure === "") continue;
    const entries = held.report.entries as Record<string, unknown>[];
    let entry = held.entries.get(measure);
    if (!entry) {
      const value: Record<string, unknown> = { measure };
      if (get("status") !== "") value.status = get("status");
      if (get("remarks") !== "") value.remarks = get("remarks");
      entry = { index: entries.length, row, activities: [] };
      entries.push(value);
      held.entries.set(measure, entry);
    }
    if (get("activity_title") !== "" || get("activity_from") !== "") {
      const activity: Record<string, unknown> = {};
      if (get("activity_title") !== "") activity.title = get("activity_title");
      if (get("activity_kind") !== "") activity.kind = get("activity_kind");
      if (get("activity_from") !== "") activity.from = get("activity_from");
      if (get("activity_to") !== "") activity.to = get("activity_to");
      if (get("activity_partners") !== "") activity.partners = list(get("activity_partners"));
      if (get("activity_venue") !== "") activity.venue = get("activity_venue");
      if (get("activity_evidence") !== "") activity.evidence = list(get("activity_evidence")).map((uri) => ({ uri }));
      const value = entries[entry.index]!;
      const activities = (value.activities ??= []) as unknown[];
      activities.push(activity);
      entry.activities.push(row);
    }
  }
  return [...reports.values()].map(({ report, firstRow, entries }) => {
    const byIndex = [...entries.values()].sort((a, b) => a.index - b.index);
    const locate = (path: IssuePath): CsvLocation => {
      const [top, entryIndex, sub, activityIndex, field] = path;
      if (top !== "entries" || typeof entryIndex !== "number") {
        return { row: firstRow, column: typeof top === "string" && (REPORT_FIELDS as readonly string[]).includes(top) ? top : "id" };
      }
      const entry = byIndex[entryIndex];
      if (!entry) return { row: firstRow, column: "measure" };
      if (sub === "activities" && typeof activityIndex === "number") {
        return { row: entry.activities[activityIndex] ?? entry.row, column: ACTIVITY_FIELDS[String(field)] ?? "activity_title" };
      }
      return { row: entry.row, column: sub === "status" || sub === "remarks" ? sub : "measure" };
    };
    return { report, firstRow, locate };
  });
}
