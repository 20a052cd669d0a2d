// `cica-cbm matrix FILE... --year N`: the implementation matrix, and the heat map as SVG.
import { cica, implementationMatrix, matrixLegend, matrixTable, renderMatrixSvg, type MatrixGrouping } from "../../index.js";
import { writeJsonDocument } from "../output.js";
import { BASE, defineCommand } from "../command.js";
import { guardOutputs } from "../guard.js";
import { READING, YEAR } from "../options.js";
import { writeOutput } from "../render.js";
import { chosen, yearOption } from "../values.js";
import { accumulateYear, endYear, LAYOUT, layoutOf, MATRIX_MEASURE, MATRIX_MEASURES, readingOf } from "./reading.js";

const GROUPINGS: readonly MatrixGrouping[] = ["dimension", "priorityArea", "measure"];

/** `matrix`: exit 1 when any report is invalid or malformed. */
export const matrix = defineCommand({
  name: "matrix",
  usage: "matrix FILE... --year N [--by dimension|priorityArea|measure] [--measure level|coverage] [--expected-only] [--svg OUT.svg]",
  description: "command.matrix",
  reads: true,
  options: {
    ...BASE,
    ...READING,
    ...YEAR,
    ...LAYOUT,
    by: { type: "string", value: "dimension|priorityArea|measure", default: "dimension" },
    ...MATRIX_MEASURE,
    svg: { type: "string", value: "OUT.svg", example: "matrix.svg" },
  },
  async run(values, files, io) {
    const { format, out, say, lang, render } = io;
    const reading = readingOf(values, files, "matrix", io);
    const year = yearOption(values.year, "year", say);
    const { catalogue, asOf } = layoutOf(values, io);
    const by = chosen(values.by, GROUPINGS, "by", say);
    const measure = chosen(values.measure, MATRIX_MEASURES, "measure", say);
    if (values.svg) await guardOutputs([{ path: values.svg, kind: "file", option: "--svg" }], files);
    const { counts, summary } = await accumulateYear(files, reading, year, asOf, io);
    const expectedOnly = values["expected-only"];
    const result = implementationMatrix(summary, cica, { year, catalogue: catalogue.ref, by, measure, expectedOnly, ...(asOf ? { asOf } : {}) });
    if (values.svg) await writeOutput(values.svg, renderMatrixSvg(result, { lang, registry: cica.registry }));
    if (format === "json") await writeJsonDocument(out, { ...counts, matrix: result });
    else {
      out(render(matrixTable(result, { lang, registry: cica.registry })));
      // What the cells are and how they are computed, under the table (a CSV file holds the table only).
      if (format !== "csv") out(`\n${matrixLegend(result, { lang })}\n`);
    }
    return endYear(counts, io);
  },
});
