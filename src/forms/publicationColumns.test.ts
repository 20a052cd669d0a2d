import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import type { NationalReport } from "../reports/schema.js";
import { DICTIONARY_HEADINGS, PUBLICATION_COLUMNS, PUBLICATION_TABLES } from "./publicationColumns.js";
import { publish } from "./publish.js";

/** A public report with every field the tables show filled, one entry withheld, and a report withheld whole. */
const base = { schema: "cica-cbm/report@2", catalogue: "cica@2021", year: 2025, revision: 1, submittedOn: "2026-03-01" } as const;
const full: NationalReport = {
  ...base,
  id: "KZ-2025",
  reporter: "KZ",
  access: "public",
  entries: [
    {
      measure: "HUM.4",
      status: "implemented",
      nothingNewSince: 2023,
      remarks: "Student exchanges",
      activities: [
        {
          title: "Autumn exchange",
          kind: "exchange",
          from: "2025-09-01",
          to: "2025-09-05",
          partners: ["UZ"],
          venue: "Almaty",
          evidence: [{ uri: "https://example.org/1", title: "Press release" }],
        },
      ],
    },
    { measure: "2.1.2", status: "planned", access: "member-states" },
  ],
  extensions: { "kz.file": "MFA-114" },
};
const closed: NationalReport = { ...base, id: "UZ-2025", reporter: "UZ", entries: [{ measure: "ENV.1", status: "in-progress" }] };

const keysOf = (rows: readonly object[]) => [...new Set(rows.flatMap((row) => Object.keys(row)))].sort();

describe("the publication's columns and data dictionary", () => {
  // Built inside each test that reads it (docs/testing.md: fixtures belong inside the tests).
  const publicationOf = () => publish([full, closed], { year: 2025, context: cica });

  it("names each column by the key its rows use: a fully filled report's rows have a cell under every column of their table, and none outside it", () => {
    const publication = publicationOf();
    for (const table of PUBLICATION_TABLES) {
      const rows = publication.tables[table].rows;
      expect(rows.length).toBeGreaterThan(0);
      expect(keysOf(rows)).toEqual(publication.tables[table].columns.map((column) => column.key).sort());
    }
  });

  it("names each column once within its table", () => {
    for (const table of PUBLICATION_TABLES) {
      const names = PUBLICATION_COLUMNS.filter((column) => column.table === table).map((column) => column.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("heads every column in English and in Russian, each heading its own within its table", () => {
    for (const table of PUBLICATION_TABLES) {
      const columns = PUBLICATION_COLUMNS.filter((column) => column.table === table);
      const en = columns.map((column) => column.heading.en);
      const ru = columns.map((column) => column.heading.ru);
      for (const heading of en) expect(heading).toMatch(/^[A-Z]/);
      for (const heading of ru) expect(heading).toMatch(/^[А-ЯЁ]/);
      expect(new Set(en).size).toBe(en.length);
      expect(new Set(ru).size).toBe(ru.length);
    }
  });

  it("explains every column in a sentence in English and in Russian", () => {
    for (const column of PUBLICATION_COLUMNS) {
      expect(column.meaning.en).toMatch(/^[A-Z].{10,}\.$/);
      expect(column.meaning.ru).toMatch(/^[А-Я].{10,}\.$/);
    }
  });

  it("gives the dictionary one row per column, in table order, under its own columns, headed in both languages", () => {
    const publication = publicationOf();
    const dictionary = publication.tables.dictionary;
    expect(dictionary.rows.map((row) => `${row.table} ${row.column}`)).toEqual(PUBLICATION_COLUMNS.map((column) => `${column.table} ${column.name}`));
    expect(keysOf(dictionary.rows)).toEqual(dictionary.columns.map((column) => column.key).sort());
    expect(dictionary.rows.find((row) => row.table === "entries" && row.column === "remarks")).toMatchObject({
      heading: "Remarks",
      type: "text",
      meaningEn: "The state's remarks on the measure.",
      meaningRu: "Примечания государства по мере.",
    });
    const en = DICTIONARY_HEADINGS.map(([, heading]) => heading);
    const ru = DICTIONARY_HEADINGS.map(([, , heading]) => heading);
    for (const heading of en) expect(heading).toMatch(/^[A-Z]/);
    for (const heading of ru) expect(heading).toMatch(/^[А-ЯЁ]/);
    expect(new Set(en).size).toBe(en.length);
    expect(new Set(ru).size).toBe(ru.length);
  });
});
