// The sources of the embedded CICA data and how sure each kind of fact is, as Markdown tables for
// docs/data.md: `npx tsx examples/data-sources.ts` prints them, `--write` puts them into
// docs/data.md between its <!-- sources:start --> and <!-- sources:end --> lines. A test checks
// the committed docs/data.md holds what the data gives today.
import { readFileSync, writeFileSync } from "node:fs";
import { cica, cicaDecisions, cicaDimensions, cicaMeetings, provenanceOf, type Confidence } from "cica-cbm";

/** A fact's sources (links or citations) and confidence, read with provenanceOf. */
interface Fact {
  readonly sources: readonly string[];
  readonly confidence: Confidence | undefined;
}

const provenance = (facts: readonly object[]): Fact[] =>
  facts.map((fact) => {
    const found = provenanceOf(fact);
    return { sources: found?.sources.map((s) => s.citation) ?? [], confidence: found?.confidence };
  });

const CONFIDENCES: readonly Confidence[] = ["confirmed", "likely", "unverified"];

/** Every sourced fact of the embedded data, by kind. */
function factsByKind(): [string, readonly Fact[]][] {
  const catalogues = Object.values(cica.catalogues);
  return [
    ["Catalogue versions", provenance(catalogues)],
    ["Measures", provenance(catalogues.flatMap((c): readonly object[] => c.measures))],
    ["Dimensions (names)", provenance(cicaDimensions)],
    ["Status changes (member, observer, none)", provenance(cica.registry.participants.flatMap((p) => p.history))],
    ["Chair terms", provenance(cica.registry.chairs)],
    ["Priority-area coordinators", provenance(cica.registry.coordinators)],
    ["Meetings", provenance(cicaMeetings)],
    ["Observers attending a meeting", provenance(cicaMeetings.flatMap((m) => (m.observersAttending ? [m.observersAttending] : [])))],
    ["Decisions and proposals outside the catalogues", provenance(cicaDecisions)],
  ];
}

/** A source as a reader would name it: the site of a link, or the document cited. */
function sourceName(source: string): string {
  if (!/^https?:\/\//.test(source)) return source;
  const host = new URL(source).hostname.replace(/^www\./, "");
  if (host === "github.com" && source.includes("ISO-3166-Countries")) return "github.com/lukes/ISO-3166-Countries-with-Regional-Codes (ISO 3166 codes)";
  return host;
}

const escapeCell = (text: string) => text.replace(/\|/g, "\\|");

export function dataSourcesMarkdown(): string {
  const kinds = factsByKind();
  const count = (facts: readonly Fact[], confidence: Confidence) => facts.filter((f) => f.confidence === confidence).length;
  const confidenceTable = [
    "| facts | confirmed | likely | unverified | total |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...kinds.map(([kind, facts]) => `| ${kind} | ${CONFIDENCES.map((c) => count(facts, c)).join(" | ")} | ${facts.length} |`),
  ];

  const bySource = new Map<string, Record<Confidence, number>>();
  for (const [, facts] of kinds) {
    for (const fact of facts) {
      for (const name of new Set((fact.sources ?? []).map(sourceName))) {
        const row = bySource.get(name) ?? { confirmed: 0, likely: 0, unverified: 0 };
        if (fact.confidence) row[fact.confidence]++;
        bySource.set(name, row);
      }
    }
  }
  const total = (row: Record<Confidence, number>) => row.confirmed + row.likely + row.unverified;
  const sources = [...bySource.entries()].sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1));
  const sourceTable = [
    "| source | facts citing it | confirmed | likely | unverified |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...sources.map(([name, row]) => `| ${escapeCell(name)} | ${total(row)} | ${row.confirmed} | ${row.likely} | ${row.unverified} |`),
  ];
  return [...confidenceTable, "", ...sourceTable].join("\n");
}

const START = "<!-- sources:start -->";
const END = "<!-- sources:end -->";

/** docs/data.md with the tables between its markers replaced by `tables`. */
export function withTables(doc: string, tables: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/data.md needs the lines ${START} and ${END}`);
  return `${doc.slice(0, start + START.length)}\n${tables}\n${doc.slice(end)}`;
}

if (process.argv[1]?.endsWith("data-sources.ts")) {
  const tables = dataSourcesMarkdown();
  if (process.argv.includes("--write")) {
    writeFileSync("docs/data.md", withTables(readFileSync("docs/data.md", "utf8"), tables));
    console.log("wrote docs/data.md");
  } else {
    console.log(tables);
  }
}
