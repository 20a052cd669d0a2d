// `cica-cbm template`: the CSV template's header and an example row.
import { toCsv, toMarkdown, localize } from "../../index.js";
import { BASE, defineCommand } from "../command.js";
import { CSV_COLUMNS } from "../csvReports.js";
import { UsageError } from "../errors.js";

/** `template`: exit 0. */
export const template = defineCommand({
  name: "template",
  usage: "template",
  description: "command.template",
  reads: false,
  options: BASE,
  async run(_values, _files, io) {
    const { format, out, lang, csv, run } = io;
    // The column names are the CSV format's own and stay as they are in every language; the
    // example's words follow --lang (the Russian one is a working translation).
    if (csv.separator === ";") throw new UsageError(io.say("error.templateSeparator"));
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
