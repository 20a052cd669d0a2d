// `cica-cbm publish FILE... --year N --out DIR`: the open-data publication of a year, written into
// a folder: the public reports as NDJSON, the tables of replies, entries and activities, the data
// dictionary and what was withheld of each report.
import { cica, publish as publishYear, type Table } from "../../index.js";
import { BASE, defineCommand } from "../command.js";
import { UsageError } from "../errors.js";
import { guardOutputs } from "../guard.js";
import { READING, YEAR } from "../options.js";
import { writeTables, type Format } from "../render.js";
import { dateOption, yearOption } from "../values.js";
import { endYear, readingOf, readYear } from "./reading.js";
import type { NationalReport } from "../../index.js";

/** The tables of a publication, in the order they are written (reports.ndjson comes first). */
const TABLES = ["replies", "entries", "activities", "withheld", "dictionary"] as const;

/** The file extension of each format: a publication is data, so the default (text) writes CSV. */
const EXTENSION: Readonly<Record<Format, string>> = { text: "csv", csv: "csv", md: "md", json: "json" };

/** `publish`: exit 1 when any report is invalid or malformed (the valid ones are still published). */
export const publish = defineCommand({
  name: "publish",
  usage: "publish FILE... --year N --out DIR",
  description: "command.publish",
  reads: true,
  options: {
    ...BASE,
    ...READING,
    ...YEAR,
    out: { type: "string", value: "DIR", example: "open-data-2025" },
    "as-of": { type: "string", value: "YYYY-MM-DD", example: "2026-04-15" },
  },
  async run(values, files, io) {
    const { format, say, lang, render } = io;
    const reading = readingOf(values, files, "publish", io);
    const year = yearOption(values.year, "year", say);
    const asOf = dateOption(values["as-of"], "as-of", say);
    if (values.out === undefined) throw new UsageError(say("error.required", { option: "--out", example: "open-data-2025" }));
    // Checked before any input is read: the folder may not be, or hold, an input.
    await guardOutputs([{ path: values.out, kind: "folder", option: "--out" }], files);
    const kept: NationalReport[] = [];
    const counts = await readYear(files, reading, year, io, (report) => void kept.push(report));
    const publication = publishYear(kept, { year, context: cica, lang, ...(asOf ? { asOf } : {}) });
    const as: Format = format === "text" ? "csv" : format;
    const written = (table: Table) => (as === "json" ? `${JSON.stringify(table, null, 2)}\n` : render(table, as));
    const names = await writeTables(values.out, [
      { name: "reports.ndjson", content: publication.reports.map((report) => `${JSON.stringify(report)}\n`).join("") },
      ...TABLES.map((name) => ({ name: `${name}.${EXTENSION[format]}`, content: written(publication.tables[name]) })),
    ]);
    const whole = publication.withheld.filter((w) => w.reportWithheld).length;
    const entries = publication.withheld.reduce((sum, w) => sum + (w.entriesWithheld ?? 0), 0);
    const activities = publication.withheld.reduce((sum, w) => sum + (w.activitiesWithheld ?? 0), 0);
    io.run.err(
      `${say("line.published", { year, published: publication.reports.length, replies: publication.replies.length, whole, entries, activities })}\n${say("line.wrote", { files: names.join(", ") })}\n`,
    );
    return endYear(counts, io);
  },
});
