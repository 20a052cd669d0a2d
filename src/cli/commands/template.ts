// `cica-cbm template`: the CSV template's header and an example row; with --reporter and --year,
// every reportable measure of the catalogue that state reports on for the year, ready to fill in.
import { cica, findParticipant, localize, reportableMeasures, statusInYear, toCsv, toMarkdown, type Catalogue, type Lang } from "../../index.js";
import { BASE, defineCommand } from "../command.js";
import { CSV_COLUMNS, CSV_COLUMNS_RU, LABEL_COLUMNS } from "../csvReports.js";
import { UsageError } from "../errors.js";
import { YEAR } from "../options.js";

/**
 * The catalogue a report on `year` is written against: the latest version adopted by the end of
 * the year (the year of adoption is shared with the version it supersedes, which validation still
 * accepts for that year), or `undefined` before the first.
 */
function catalogueFor(year: number): Catalogue | undefined {
  const adopted = Object.values(cica.catalogues as Readonly<Record<string, Catalogue>>)
    .filter((catalogue) => typeof catalogue.adopted === "string" && Number(catalogue.adopted.slice(0, 4)) <= year)
    .sort((a, b) => (a.adopted! < b.adopted! ? 1 : -1));
  return adopted[0];
}

/** The first year any embedded catalogue can be reported on. */
const firstYear = () =>
  Math.min(
    ...Object.values(cica.catalogues as Readonly<Record<string, Catalogue>>).flatMap((c) =>
      typeof c.adopted === "string" ? [Number(c.adopted.slice(0, 4))] : [],
    ),
  );

/** A column's name in the language of the run (the Russian ones are working translations). */
const headerOf = (column: string, lang: Lang) =>
  lang === "ru"
    ? column in LABEL_COLUMNS
      ? LABEL_COLUMNS[column as keyof typeof LABEL_COLUMNS].ru
      : CSV_COLUMNS_RU[column as (typeof CSV_COLUMNS)[number]]
    : column;

/** `template`: exit 0; 2 for an unknown state or a year with no catalogue. */
export const template = defineCommand({
  name: "template",
  usage: "template [--reporter CODE --year N]",
  description: "command.template",
  reads: false,
  options: { ...BASE, ...YEAR, reporter: { type: "string", value: "CODE", example: "KZ" } },
  async run(values, _files, io) {
    const { format, out, lang, csv, run, say } = io;
    if ((values.reporter === undefined) !== (values.year === undefined)) throw new UsageError(say("error.templateBoth"));
    if (values.reporter !== undefined && values.year !== undefined) {
      const year = /^\d{4}$/.test(values.year) ? Number(values.year) : Number.NaN;
      const catalogue = Number.isNaN(year) ? undefined : catalogueFor(year);
      if (!catalogue) throw new UsageError(say("error.templateYear", { value: values.year, first: firstYear() }));
      // The code, an ISO alpha-3 code or a name, as findParticipant reads it; written as the code.
      const reporter = findParticipant(cica.registry, values.reporter)?.code;
      const status = reporter === undefined ? undefined : statusInYear(cica.registry, reporter, year);
      if (reporter === undefined || status === undefined || status === "none") {
        throw new UsageError(say("error.templateReporter", { value: values.reporter, year }));
      }
      // One row a reportable measure (group headings left out: entries on them are not counted),
      // the report's fields on every row, its title beside it; the status is left to fill in.
      const measures = reportableMeasures(catalogue, { lang });
      const keys = ["id", "reporter", "catalogue", "year", "revision", "submittedOn", "measure", "title", "status", "remarks", "access", "nothingNewSince"];
      const rows = measures.map((measure) => ({
        id: `${reporter}-${year}`,
        reporter,
        catalogue: catalogue.ref,
        year: String(year),
        revision: "1",
        submittedOn: "",
        measure: measure.id,
        title: measure.label,
        status: "",
        remarks: "",
        // report@2: "public" or "member-states" (empty: the report's access); a year before `year`.
        access: "",
        nothingNewSince: "",
      }));
      const table = { columns: keys.map((key) => ({ key, label: headerOf(key, lang) })), rows };
      // JSON is for programs: its keys are the columns' own names in every language.
      if (format === "json") out(`${JSON.stringify({ catalogue: catalogue.ref, columns: keys, rows }, null, 2)}\n`);
      else if (format === "md") out(toMarkdown(table));
      else run.out(toCsv(table, csv));
      return 0;
    }
    // The column names are the CSV format's own and stay as they are in every language; the
    // example's words follow --lang (the Russian one is a working translation).
    const example: Record<string, string> = {
      id: "KZ-2025",
      reporter: "KZ",
      catalogue: "cica@2021",
      year: "2025",
      revision: "1",
      submittedOn: "2026-03-01",
      nil: "",
      measure: "2.1.2",
      status: "implemented",
      remarks: "",
      access: "",
      nothingNewSince: "",
      activity_title: localize({ en: "Observers invited to an exercise", ru: "Наблюдатели приглашены на учения" }, lang),
      activity_kind: "exercise",
      activity_from: "2025-05-01",
      activity_to: "2025-05-03",
      activity_partners: "TR;CN",
      activity_venue: "",
      activity_evidence: "https://example.org/press/1",
    };
    const table = { columns: CSV_COLUMNS.map((key) => ({ key, label: key })), rows: [example] };
    if (format === "json") out(`${JSON.stringify({ columns: CSV_COLUMNS, example }, null, 2)}\n`);
    // The text form is the CSV file itself, so that `cica-cbm template > reports.csv` works.
    else if (format === "md") out(toMarkdown(table));
    else run.out(toCsv(table, csv));
    return 0;
  },
});
