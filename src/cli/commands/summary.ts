// `cica-cbm summary FILE... --year N`: the reporting rate, the table of replies, the matrix by
// dimension and the rejected submissions: every table in every format, on standard output or one
// file a table with --out DIR.
import { cica, formatShare, implementationMatrix, matrixLegend, matrixTable, rateTable, replyTable, reportingRate, type Table } from "../../index.js";
import type { Rejected } from "../check.js";
import { writeJsonDocument } from "../output.js";
import { BASE, defineCommand, type Io } from "../command.js";
import { guardOutputs } from "../guard.js";
import { READING, YEAR } from "../options.js";
import { columns, writeTables, type Format } from "../render.js";
import { chosen, dateOption, yearOption } from "../values.js";
import { accumulateYear, endYear, LAYOUT, layoutOf, MATRIX_MEASURE, MATRIX_MEASURES, readingOf, rejectedOfYear } from "./reading.js";

/** The tables of a summary, in the order they are written. */
const TABLES = ["rate", "replies", "matrix", "rejected"] as const;
type TableName = (typeof TABLES)[number];

/** The file extension of each format, for `--out` (text is written as Markdown: a file is not a terminal). */
const EXTENSION: Readonly<Record<Format, string>> = { text: "md", md: "md", csv: "csv", json: "json" };

/** The rejected items, one a row, each with its reasons. */
function rejectedTable(rejected: readonly Rejected[], say: Io["say"]): Table {
  return {
    columns: columns(["file", "where", "reporter", "id", "revision", "rules"], say),
    rows: rejected.map((item) => ({
      file: item.file,
      where: item.where,
      reporter: item.identity?.reporter,
      id: item.identity?.id,
      revision: item.identity?.revision,
      rules: item.malformed === undefined ? item.rules.join(", ") : `malformed: ${item.malformed}`,
    })),
  };
}

/** `summary`: exit 1 when any report is invalid or malformed. */
export const summary = defineCommand({
  name: "summary",
  usage: "summary FILE... --year N [--out DIR] [--table rate|replies|matrix|rejected]",
  description: "command.summary",
  reads: true,
  options: {
    ...BASE,
    ...READING,
    ...YEAR,
    deadline: { type: "string", value: "YYYY-MM-DD", example: "2026-04-15" },
    ...LAYOUT,
    out: { type: "string", value: "DIR", example: "review-2025" },
    table: { type: "string", value: TABLES.join("|"), example: "replies" },
    ...MATRIX_MEASURE,
  },
  async run(values, files, io) {
    const { format, out, say, lang, render } = io;
    const reading = readingOf(values, files, "summary", io);
    const year = yearOption(values.year, "year", say);
    const { catalogue, asOf } = layoutOf(values, io);
    const deadline = dateOption(values.deadline, "deadline", say);
    const only = values.table === undefined ? undefined : chosen<TableName>(values.table, TABLES, "table", say);
    if (values.out !== undefined) await guardOutputs([{ path: values.out, kind: "folder", option: "--out" }], files);
    const { counts, summary } = await accumulateYear(files, reading, year, asOf, io);
    const measure = chosen(values.measure, MATRIX_MEASURES, "measure", say);
    const expectedOnly = values["expected-only"];
    const matrix = implementationMatrix(summary, cica, { year, catalogue: catalogue.ref, by: "dimension", measure, expectedOnly, ...(asOf ? { asOf } : {}) });
    const rate = reportingRate(summary, cica, {
      year,
      ...(deadline ? { deadline } : {}),
      ...(asOf ? { asOf } : {}),
      // Only those the rate can place: of this year, or with no readable identity (no year known).
      rejected: rejectedOfYear(counts.rejected, year),
    });
    // A machine reads CSV and JSON: the rate is the share itself there, a percentage elsewhere.
    const machine = format === "csv" || format === "json";
    const tables: Record<TableName, () => Table> = {
      rate: () => rateTable(rate, { lang, share: machine ? "number" : "percent" }),
      replies: () => replyTable(rate, { lang, registry: cica.registry, voluntary: !values["expected-only"] }),
      matrix: () => matrixTable(matrix, { lang, registry: cica.registry }),
      rejected: () => rejectedTable(counts.rejected, say),
    };
    const written = (table: Table) => (format === "json" ? `${JSON.stringify(table, null, 2)}\n` : render(table));

    if (values.out !== undefined) {
      const names = await writeTables(
        values.out,
        TABLES.filter((name) => only === undefined || name === only).map((name) => ({
          name: `${name}.${EXTENSION[format]}`,
          content: written(tables[name]()),
        })),
      );
      io.run.err(`${say("line.wrote", { files: names.join(", ") })}\n`);
    } else if (only !== undefined) out(written(tables[only]()));
    else if (format === "json") await writeJsonDocument(out, { ...counts, rate, matrix });
    else if (format === "csv") out(render(tables.matrix()));
    else {
      const { replied, expected, nil, late, missing } = rate;
      out(
        `${say("line.rate", { year, rate: formatShare(rate.rate), replied, expected, nil, late, rejected: rate.rejected, missing, voluntary: rate.voluntary.length })}\n\n`,
      );
      out(render(tables.replies()));
      out("\n");
      out(render(tables.matrix()));
      // What the matrix's cells are and how they are computed, as under `matrix`.
      out(`\n${matrixLegend(matrix, { lang })}\n`);
      // In text, standard error already names each rejected submission after the count line.
      if (format === "md" && counts.rejected.length > 0) {
        out("\n");
        out(render(tables.rejected()));
      }
    }
    return endYear(counts, io);
  },
});
