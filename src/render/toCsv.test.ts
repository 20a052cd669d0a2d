/**
 * toCsv against formula injection in every way a spreadsheet may cut the file: on "," or ";" (Excel
 * takes the list separator of its locale: ";" in Russian, German and French), on tabs, at line
 * breaks, honouring a quote only at the start of a field, or none at all. Each reading's cells are
 * checked for a formula; the text a careful reader recovers (csv-parse, then the documented undo)
 * must be the text written.
 */
import { parse as parseCsv } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDiscrepancies } from "../aggregate/findDiscrepancies.js";
import { implementationMatrix } from "../aggregate/implementationMatrix.js";
import { reportingRate } from "../aggregate/reportingRate.js";
import { defineCatalogue } from "../catalogue/defineCatalogue.js";
import { cica } from "../data/cica/index.js";
import { isCbmError } from "../errors/CbmError.js";
import { defineRegistry } from "../participants/defineRegistry.js";
import type { NationalReport } from "../reports/schema.js";
import type { Table } from "./table.js";
import { discrepancyTable } from "./discrepancyTable.js";
import { matrixTable } from "./matrixTable.js";
import { replyTable } from "./replyTable.js";
import { toCsv, UNGUARD, type CsvOptions } from "./toCsv.js";

/** A cell a spreadsheet runs: its first character after spaces and quotes starts a formula. */
const FORMULA = /^[\s"]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]/u;

/**
 * The cells of `csv` as a spreadsheet splitting on `separator` reads them, honouring a quote only
 * at the start of a field (as Excel does), and a line break as the end of a row outside quotes.
 */
function spreadsheetCells(csv: string, separator: string): string[] {
  const cells: string[] = [];
  let i = csv.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i <= csv.length) {
    let cell = "";
    if (csv[i] === '"') {
      i++;
      while (i < csv.length && !(csv[i] === '"' && csv[i + 1] !== '"')) {
        cell += csv[i];
        i += csv[i] === '"' ? 2 : 1;
      }
      i++;
    }
    while (i < csv.length && csv[i] !== separator && csv[i] !== "\r" && csv[i] !== "\n") cell += csv[i++];
    cells.push(cell);
    i++;
  }
  return cells;
}

/** Every piece of `csv` that some reading can make a cell: the text cut at every , ; tab, CR and LF, quotes not honoured at all. */
const pieces = (csv: string) => csv.replace(/^\ufeff/, "").split(/[,;\t\r\n]/);

/** Fails the test when some reading of `csv` gives a cell that starts a formula. */
function expectNoFormulaInAnyReading(csv: string): void {
  for (const separator of [",", ";", "\t"]) {
    const formulas = spreadsheetCells(csv, separator).filter((cell) => FORMULA.test(cell));
    expect(formulas, `cut on ${JSON.stringify(separator)}: ${JSON.stringify(csv)}`).toEqual([]);
  }
  expect(
    pieces(csv).filter((piece) => FORMULA.test(piece)),
    JSON.stringify(csv),
  ).toEqual([]);
}

/** The texts of the cells of `csv` as a CSV reader gives them, the guard undone as documented. */
const readBack = (csv: string, separator = ",") =>
  (parseCsv(csv, { bom: true, delimiter: separator, relax_column_count: true }) as string[][]).map((row) => row.map((cell) => cell.replace(UNGUARD, "")));

const column = (rows: Table["rows"]): Table => ({ columns: [{ key: "a", label: "A" }], rows });

/** Texts an attacker would put in report text. */
const ATTACKS = [
  "Seminar;=2+5*7",
  'KZ,"Seminar;=2+5*7"',
  'a;=HYPERLINK("https://evil.example","Open")',
  "a,=HYPERLINK(1)",
  "a\t=1+1",
  "a\n=1+1",
  "a\r\n@SUM(1+1)",
  "a\r-2+3",
  " =1+1",
  "\t=1+1",
  "\u3000=1+1",
  "\u00a0+1",
  '"=1+1"',
  'x;"=1+1"',
  'x; "@SUM(1)"',
  "\uff1d1+1",
  "\uff0bcmd",
  "\uff0d2",
  "\uff20SUM(1)",
  "\ufe66\u0031",
  "note;\uff1d1+1",
  "=cmd|' /C calc'!A0",
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(1+1)",
  "a;;=1",
  ";=1",
  "=1;=2,=3\t=4\n=5",
];

describe("toCsv: the formula guard", () => {
  it.each(ATTACKS)("leaves %j no formula in any spreadsheet's reading, and reads back unchanged", (text) => {
    for (const separator of [",", ";"] as const) {
      const csv = toCsv(column([{ a: text }]), { separator });
      expectNoFormulaInAnyReading(csv);
      expect(readBack(csv, separator)).toEqual([["A"], [text]]);
    }
  });

  it("needs the guard: the same texts written with only a leading apostrophe leave formulas in a ';' reading", () => {
    // What the guard replaced: an apostrophe at the start of a cell only, RFC 4180 quoting with ",".
    const naive = (text: string) => `KZ,${/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text}\r\n`;
    const formulas = ATTACKS.slice(0, 4).flatMap((text) =>
      spreadsheetCells(naive(/^[=+\-@]/.test(text) ? `'${text}` : text), ";").filter((cell) => FORMULA.test(cell)),
    );
    expect(formulas).toContain("=2+5*7");
    expect(formulas.filter((cell) => cell.startsWith("=HYPERLINK("))).toHaveLength(1);
  });

  it("writes the issue's example so that the piece after ';' is text", () => {
    expect(toCsv(column([{ a: "Seminar;=2+5*7" }]))).toBe("A\r\nSeminar;'=2+5*7\r\n");
    expect(toCsv(column([{ a: "Seminar;=2+5*7" }]), { separator: ";" })).toBe('A\r\n"Seminar;\'=2+5*7"\r\n');
  });

  it("puts the apostrophe before the spaces, the tab or the quote that come before a formula", () => {
    expect(toCsv(column([{ a: " =1" }, { a: "x,\t=1" }, { a: '"=1' }]), { separator: ";" })).toBe(`A\r\n' =1\r\nx,'\t'=1\r\n"'""=1"\r\n`);
  });

  it("adds an apostrophe before a piece that already starts with one, so that the guard is always undone exactly", () => {
    expect(toCsv(column([{ a: "'quoted" }, { a: "rock;'n' roll" }, { a: "don't" }]), { separator: ";" })).toBe(
      "A\r\n''quoted\r\n\"rock;''n' roll\"\r\ndon't\r\n",
    );
  });

  it("changes nothing in text without a formula, a leading apostrophe or a line break", () => {
    const texts = ["Kazakhstan", "2025-05-01/2025-05-03", "TR;CN", "a=b", "Observers, invited", "cica@2021", "x - y", "Военно-политическое измерение"];
    expect(
      readBack(toCsv(column(texts.map((a) => ({ a })))))
        .slice(1)
        .flat(),
    ).toEqual(texts);
    expect(toCsv(column(texts.map((a) => ({ a }))), { separator: ";" })).not.toContain("'");
  });

  it("never guards a number, a negative one included", () => {
    expect(toCsv(column([{ a: -3 }, { a: -0.5 }]), { separator: ";" })).toBe("A\r\n-3\r\n-0.5\r\n");
  });

  it("leaves no formula in any reading and loses no text, for any text and either separator (property)", () => {
    const unit = fc.constantFrom("=", "+", "-", "@", "\uff1d", "'", '"', ",", ";", "\t", "\r", "\n", " ", "\u00a0", "a", "1", "ж");
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit, maxLength: 12 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom<NonNullable<CsvOptions["separator"]>>(",", ";"),
        fc.boolean(),
        (texts, separator, bom) => {
          const table: Table = {
            columns: texts.map((_, i) => ({ key: `c${i}`, label: `C${i}` })),
            rows: [Object.fromEntries(texts.map((t, i) => [`c${i}`, t]))],
          };
          const csv = toCsv(table, { separator, bom });
          expectNoFormulaInAnyReading(csv);
          expect(readBack(csv, separator)[1]).toEqual(texts);
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);
});

describe("toCsv: separator and byte-order mark", () => {
  const table: Table = {
    columns: [
      { key: "a", label: "Государство" },
      { key: "b", label: "Note" },
    ],
    rows: [
      { a: "Казахстан", b: "a,b" },
      { a: "x;y", b: 0.25 },
    ],
  };

  it("separates fields with ',' by default and quotes a field that holds one, not one that holds only ';'", () => {
    expect(toCsv(table)).toBe('Государство,Note\r\nКазахстан,"a,b"\r\nx;y,0.25\r\n');
  });

  it("separates fields with ';' when asked and quotes a field that holds one, not one that holds only ','", () => {
    expect(toCsv(table, { separator: ";" })).toBe('Государство;Note\r\nКазахстан;a,b\r\n"x;y";0.25\r\n');
    expect(parseCsv(toCsv(table, { separator: ";" }), { delimiter: ";" })).toEqual([
      ["Государство", "Note"],
      ["Казахстан", "a,b"],
      ["x;y", "0.25"],
    ]);
  });

  it("starts with a byte-order mark only when asked", () => {
    expect(toCsv(table, { bom: true }).startsWith("\ufeffГосударство,")).toBe(true);
    expect(toCsv(table, { separator: ";", bom: true })).toBe(`\ufeff${toCsv(table, { separator: ";" })}`);
    expect(toCsv(table).charCodeAt(0)).not.toBe(0xfeff);
    expect(toCsv(table, { bom: false }).charCodeAt(0)).not.toBe(0xfeff);
  });

  it.each(["\t", "|", "", ",,", "semicolon"])("throws invalid-argument for the separator %j", (separator) => {
    let error: unknown;
    try {
      toCsv(table, { separator: separator as NonNullable<CsvOptions["separator"]> });
    } catch (caught) {
      error = caught;
    }
    expect(isCbmError(error) && error.code).toBe("invalid-argument");
    // The message says which separators there are and which one it got.
    expect((error as Error).message).toBe(`toCsv: separator must be "," or ";" (got ${JSON.stringify(separator)}).`);
  });
});

describe("the table builders' CSV against hostile report text", () => {
  const hostile = ['Seminar;=HYPERLINK("https://evil.example","x")', "Visit,@SUM(1+1)", "\uff1dcmd", "a\n-2+3"];
  const activity = (partner: string, title: string) => ({ title, kind: "seminar", from: "2025-05-01", partners: [partner] });
  const report = (reporter: string, partner: string, titles: readonly string[]): NationalReport => ({
    schema: "cica-cbm/report@1",
    id: `${reporter}-2025`,
    reporter,
    catalogue: "cica@2021",
    year: 2025,
    revision: 1,
    submittedOn: "2026-03-01",
    entries: [{ measure: "HUM.4", status: "implemented", activities: titles.map((t) => activity(partner, t)) }],
  });

  it("keeps activity titles in discrepancyTable from every reading's formulas, and recovers them exactly", () => {
    const found = findDiscrepancies([report("KZ", "UZ", hostile), report("UZ", "KZ", ["+cmd;-1"])], cica, { year: 2025 });
    for (const separator of [",", ";"] as const) {
      const csv = toCsv(discrepancyTable(found, { registry: cica.registry, lang: "ru" }), { separator, bom: true });
      expectNoFormulaInAnyReading(csv);
      const cells = readBack(csv, separator).flat();
      for (const title of [...hostile, "+cmd;-1"]) expect(cells).toContain(title);
    }
  });

  const registry = defineRegistry({
    participants: [{ code: "AA", kind: "state", name: { en: "Avalon;=1+1", ru: "-Авалон,@1" }, history: [{ status: "member", since: "2020" }] }],
  });
  const aa: NationalReport = {
    schema: "cica-cbm/report@1",
    id: "AA-2025",
    reporter: "AA",
    catalogue: "national-plan@2025",
    year: 2025,
    revision: 1,
    submittedOn: "2026-03-01",
    entries: [{ measure: "1", status: "implemented" }],
  };

  it("keeps a user registry's state names in replyTable from every reading's formulas", () => {
    for (const lang of ["en", "ru"] as const) {
      const csv = toCsv(replyTable(reportingRate([aa], { registry }, { year: 2025 }), { registry, lang }), { separator: ";" });
      expectNoFormulaInAnyReading(csv);
      expect(readBack(csv, ";").flat()).toContain(lang === "en" ? "Avalon;=1+1" : "-Авалон,@1");
    }
  });

  it("keeps a user catalogue's measure titles (headings of matrixTable) from every reading's formulas", () => {
    const catalogue = defineCatalogue({
      id: "national-plan",
      version: "2025",
      title: { en: "Plan" },
      measures: [{ id: "1", dimension: "human", title: { en: "Exchanges;=1+1" } }],
    });
    const csv = toCsv(matrixTable(implementationMatrix([aa], { catalogues: [catalogue] }, { year: 2025, by: "measure" }), { registry }));
    expectNoFormulaInAnyReading(csv);
    expect(readBack(csv)[0]).toContain("Exchanges;=1+1: level");
  });
});
