// `cica-cbm summary FILE... --year N`: the reporting rate, the table of replies and the matrix by dimension.
import { cica, implementationMatrix, matrixTable, replyTable, reportingRate } from "../../index.js";
import { BASE, defineCommand } from "../command.js";
import { READING, YEAR } from "../options.js";
import { dateOption, yearOption } from "../values.js";
import { accumulateYear, endYear, LAYOUT, layoutOf, readingOf } from "./reading.js";

/** `summary`: exit 1 when any report is invalid or malformed. */
export const summary = defineCommand({
  name: "summary",
  usage: "summary FILE... --year N",
  description: "command.summary",
  reads: true,
  options: { ...BASE, ...READING, ...YEAR, deadline: { type: "string", value: "YYYY-MM-DD", example: "2026-04-15" }, ...LAYOUT },
  async run(values, files, io) {
    const { format, out, say, lang, render } = io;
    const reading = readingOf(values, files, "summary", io);
    const year = yearOption(values.year, "year", say);
    const { catalogue, asOf } = layoutOf(values, io);
    const deadline = dateOption(values.deadline, "deadline", say);
    const { counts, summary } = await accumulateYear(files, reading, year, asOf, io);
    const matrix = implementationMatrix(summary, cica, { year, catalogue: catalogue.ref, by: "dimension", ...(asOf ? { asOf } : {}) });
    const rate = reportingRate(summary, cica, { year, ...(deadline ? { deadline } : {}), ...(asOf ? { asOf } : {}) });
    if (format === "json") out(`${JSON.stringify({ ...counts, rate, matrix }, null, 2)}\n`);
    else {
      if (format !== "csv") {
        const share = rate.rate === null ? "–" : `${Math.round(rate.rate * 1000) / 10}%`;
        const { replied, expected, nil, late, missing } = rate;
        out(`${say("line.rate", { year, rate: share, replied, expected, nil, late, missing, voluntary: rate.voluntary.length })}\n\n`);
        out(render(replyTable(rate, { lang, registry: cica.registry })));
        out("\n");
      }
      out(render(matrixTable(matrix, { lang, registry: cica.registry })));
    }
    return endYear(counts, io);
  },
});
