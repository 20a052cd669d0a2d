// `cica-cbm discrepancies FILE... --year N`: mirror checks between partner states, side by side.
import { cica, discrepancyTable, findDiscrepancies, type NationalReport } from "../../index.js";
import { BASE, defineCommand } from "../command.js";
import { writeJsonDocument } from "../output.js";
import { READING, YEAR } from "../options.js";
import { yearOption } from "../values.js";
import { endYear, readingOf, readYear } from "./reading.js";

/** `discrepancies`: exit 1 when any report is invalid or malformed. */
export const discrepancies = defineCommand({
  name: "discrepancies",
  usage: "discrepancies FILE... --year N",
  description: "command.discrepancies",
  reads: true,
  options: { ...BASE, ...READING, ...YEAR },
  async run(values, files, io) {
    const { format, out, say, lang, render } = io;
    const reading = readingOf(values, files, "discrepancies", io);
    const year = yearOption(values.year, "year", say);
    const kept: NationalReport[] = [];
    const counts = await readYear(files, reading, year, io, (report) => void kept.push(report));
    const found = findDiscrepancies(kept, cica, { year });
    if (format === "json") await writeJsonDocument(out, { ...counts, discrepancies: found });
    else out(render(discrepancyTable(found, { lang, registry: cica.registry })));
    if (format === "text")
      out(
        `${say("line.discrepancies", { confirmed: found.confirmed, unconfirmed: found.unconfirmed, other: found.partnerOtherCatalogue, none: found.noPartnerReport })}\n`,
      );
    return endYear(counts, io);
  },
});
