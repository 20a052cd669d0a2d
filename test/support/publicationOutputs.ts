// Every output of a publication as text, for the tests that prove nothing withheld reaches one.
import type { Publication } from "../../src/forms/publish.js";
import { toCsv } from "../../src/render/toCsv.js";
import { toMarkdown } from "../../src/render/toMarkdown.js";

/** The object serialised, the NDJSON of the reports, and every table as CSV (both separators, with and without BOM) and as Markdown. */
export function outputsOf(publication: Publication): string[] {
  const tables = Object.values(publication.tables);
  return [
    JSON.stringify(publication),
    publication.reports.map((report) => `${JSON.stringify(report)}\n`).join(""),
    ...tables.flatMap((table) => [toCsv(table), toCsv(table, { separator: ";", bom: true }), toMarkdown(table)]),
  ];
}
