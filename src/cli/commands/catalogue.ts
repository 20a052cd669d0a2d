// `cica-cbm catalogue [--version 2004|2021]`: the measures of an embedded catalogue version.
import { cica, provenanceOf, localize } from "../../index.js";
import { BASE, defineCommand } from "../command.js";
import { own } from "../lookup.js";
import { columns } from "../render.js";
import { UsageError } from "../errors.js";

/** `catalogue`: exit 0. */
export const catalogue = defineCommand({
  name: "catalogue",
  usage: "catalogue [--version 2004|2021]",
  description: "command.catalogue",
  reads: false,
  options: { ...BASE, version: { type: "string", value: "2004|2021", default: "2021" } },
  async run(values, _files, io) {
    const { format, out, say, lang, render } = io;
    const found = own(cica.catalogues, `cica@${values.version}`);
    if (!found) throw new UsageError(say("error.oneOf", { option: "--version", allowed: `2004${say("error.or")}2021`, value: values.version }));
    if (format === "json") {
      // The command line is a research tool: it gives each fact with its sources, confidence and note.
      const sourced = <T extends object>(fact: T) => {
        const provenance = provenanceOf(fact);
        return provenance ? { ...fact, ...provenance, sources: provenance.sources.map((source) => source.citation) } : fact;
      };
      const full = { ...sourced(found), priorityAreas: found.priorityAreas.map(sourced), measures: found.measures.map(sourced) };
      out(`${JSON.stringify(full, null, 2)}\n`);
      return 0;
    }
    const rows = found.measures.map((m) => ({
      id: m.id,
      dimension: m.dimension,
      priorityArea: m.priorityArea ?? "",
      title: localize(m.title, lang),
      confidence: provenanceOf(m)?.confidence ?? "",
    }));
    out(render({ columns: columns(["id", "dimension", "priorityArea", "title", "confidence"], say), rows }));
    if (format === "text") out(`${say("line.catalogue", { ref: found.ref, count: found.measures.length })}\n`);
    return 0;
  },
});
