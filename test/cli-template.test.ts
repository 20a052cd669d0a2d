/**
 * Spreadsheet users, both ways, on the BUILT `dist/cli.js` (`npm test` builds before vitest; alone,
 * run `npm run build --silent && npx vitest run test/cli-template.test.ts`): `template --reporter
 * --year` lists a state's measures to fill in, and `validate` takes back what Excel saves.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cica, localize } from "../src/index.js";
import { CSV_COLUMNS_RU, LABEL_COLUMNS } from "../src/cli/csvReports.js";

vi.setConfig({ testTimeout: 30_000 });

const repo = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(repo, "dist", "cli.js");
let tmp = "";

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cica-cbm-template-"));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function cli(args: readonly string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: "utf8", timeout: 20_000 });
  if (result.error) throw result.error;
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    explain: `cica-cbm ${args.join(" ")} exited ${result.status}\n${result.stdout}\n${result.stderr}`,
  };
}

const reportable = (ref: "cica@2004" | "cica@2021") => cica.catalogues[ref].measures.filter((m) => m.kind !== "measure-group");

/** The rows of a template, by its header (a BOM dropped, the separator given). */
const rowsOf = (text: string, delimiter: string) => parseCsv(text.replace(/^\ufeff/, ""), { delimiter, columns: true }) as Record<string, string>[];

/** Text as Excel writes it in a Russian locale: `;`, quotes where needed, CRLF, a byte-order mark. */
const asExcel = (header: readonly string[], rows: readonly Record<string, string>[]) => {
  const cell = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return `\ufeff${[header.map(cell).join(";"), ...rows.map((row) => header.map((name) => cell(row[name] ?? "")).join(";"))].join("\r\n")}\r\n`;
};

/** Windows-1251 bytes of text in Russian and ASCII (what Excel's plain "CSV" writes in a Russian locale). */
const windows1251 = (text: string) =>
  Buffer.from(
    [...text.replace(/^\ufeff/, "")].map((char) => {
      const code = char.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (char === "Ё") return 0xa8;
      if (char === "ё") return 0xb8;
      return 0x3f;
    }),
  );

describe("template --reporter --year", () => {
  it("lists every reportable measure of the year's catalogue once, headings left out, with its Russian title", () => {
    const run = cli(["template", "--reporter", "KZ", "--year", "2025", "--lang", "ru"]);
    expect(run.status, run.explain).toBe(0);
    const rows = rowsOf(run.stdout, ",");
    const measures = reportable("cica@2021");
    expect(measures.length).toBeLessThan(cica.catalogues["cica@2021"].measures.length);
    expect(rows.map((r) => r[CSV_COLUMNS_RU.measure])).toEqual(measures.map((m) => m.id));
    expect(rows.map((r) => r[LABEL_COLUMNS.title.ru])).toEqual(measures.map((m) => localize(m.title, "ru")));
    for (const r of rows) {
      expect([r[CSV_COLUMNS_RU.reporter], r[CSV_COLUMNS_RU.catalogue], r[CSV_COLUMNS_RU.year], r[CSV_COLUMNS_RU.status]]).toEqual([
        "KZ",
        "cica@2021",
        "2025",
        "",
      ]);
    }
  });

  it("leaves the report@2 columns of each measure empty to fill, under their Russian names, and reads them back into a report@2", () => {
    const run = cli(["template", "--reporter", "KZ", "--year", "2025", "--lang", "ru"]);
    expect(run.status, run.explain).toBe(0);
    const rows = rowsOf(run.stdout, ",");
    for (const r of rows) expect([r[CSV_COLUMNS_RU.access], r[CSV_COLUMNS_RU.nothingNewSince]]).toEqual(["", ""]);
    const lines = run.stdout.replace(/^\ufeff/, "").split(/\r?\n/);
    const header = parseCsv(lines[0]!, { delimiter: "," })[0] as string[];
    const at = (name: string) => header.indexOf(name);
    const filled = parseCsv(lines[1]!, { delimiter: "," })[0] as string[];
    filled[at(CSV_COLUMNS_RU.submittedOn)] = "2026-03-01";
    filled[at(CSV_COLUMNS_RU.status)] = "implemented";
    filled[at(CSV_COLUMNS_RU.access)] = "member-states";
    filled[at(CSV_COLUMNS_RU.nothingNewSince)] = "2022";
    const file = path.join(tmp, "report2.csv");
    fs.writeFileSync(file, [lines[0], filled.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(",")].join("\n"));
    const check = cli(["validate", "--format", "json", file]);
    expect(check.status, check.explain).toBe(0);
    // The year is read: the year reported on itself is refused.
    filled[at(CSV_COLUMNS_RU.nothingNewSince)] = "2025";
    fs.writeFileSync(file, [lines[0], filled.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(",")].join("\n"));
    const refused = cli(["validate", "--format", "json", file]);
    expect(refused.status, refused.explain).toBe(1);
    expect(refused.stdout).toContain("entry.nothing-new-not-before-year");
  });

  it.each([
    ["2020", "cica@2004"],
    ["2021", "cica@2021"],
  ] as const)("for %s lists the measures of %s, the latest adopted by that year's end", (year, ref) => {
    const run = cli(["template", "--reporter", "KZ", "--year", year]);
    expect(run.status, run.explain).toBe(0);
    const rows = rowsOf(run.stdout, ",");
    expect(new Set(rows.map((r) => r.catalogue))).toEqual(new Set([ref]));
    expect(rows.map((r) => r.measure)).toEqual(reportable(ref).map((m) => m.id));
  });

  it("gives the rows in JSON under the columns' own names, in every language", () => {
    const run = cli(["template", "--reporter", "KZ", "--year", "2025", "--lang", "ru", "--format", "json"]);
    expect(run.status, run.explain).toBe(0);
    const { catalogue, columns, rows } = JSON.parse(run.stdout) as { catalogue: string; columns: string[]; rows: Record<string, string>[] };
    expect(catalogue).toBe("cica@2021");
    expect(columns).toContain("measure");
    expect(rows.map((r) => Object.keys(r))).toEqual(rows.map(() => columns));
    expect(rows.map((r) => r.measure)).toEqual(reportable("cica@2021").map((m) => m.id));
  });

  it("writes the code of a state given by another form of its name", () => {
    const rows = rowsOf(cli(["template", "--reporter", "kaz", "--year", "2025"]).stdout, ",");
    expect(rows[0]!.reporter).toBe("KZ");
    expect(rows[0]!.id).toBe("KZ-2025");
  });

  it.each([
    [
      ["--reporter", "XX", "--year", "2025"],
      /--reporter "XX" is not a CICA member or observer in 2025/,
      /--reporter "XX" не является членом или наблюдателем СВМДА в 2025/,
    ],
    // Kuwait joined in 2022: not a participant in 2021, one in 2022 (below).
    [["--reporter", "KW", "--year", "2021"], /"KW" is not a CICA member or observer in 2021/, /"KW" не является членом/],
    [["--reporter", "KZ", "--year", "2003"], /--year "2003" has no catalogue: give a year from 2004 on/, /--year "2003": для этого года нет каталога/],
    [["--reporter", "KZ", "--year", "twenty"], /--year "twenty" has no catalogue/, /--year "twenty": для этого года нет каталога/],
    [["--reporter", "KZ"], /give --reporter and --year together/, /укажите --reporter и --year вместе/],
    [["--year", "2025"], /give --reporter and --year together/, /укажите --reporter и --year вместе/],
  ])("refuses %j with exit 2 and one line that says what to do, in English and Russian", (args, en, ru) => {
    for (const [lang, says] of [
      ["en", en],
      ["ru", ru],
    ] as const) {
      const run = cli(["template", ...args, "--lang", lang]);
      expect(run.status, run.explain).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/^cica-cbm: [^\n]+\n$/);
      expect(run.stderr).toMatch(says);
    }
  });

  it("accepts a state from the year it joined", () => {
    expect(cli(["template", "--reporter", "KW", "--year", "2022"]).status).toBe(0);
  });
});

describe("the round trip through Excel in a Russian locale", () => {
  /** The Russian template as `;` CSV with a BOM, two measures filled in as a user would in Excel. */
  function filled(fill: number) {
    const run = cli(["template", "--reporter", "KZ", "--year", "2025", "--lang", "ru", "--separator", ";", "--bom"]);
    expect(run.status, run.explain).toBe(0);
    expect(run.stdout.startsWith(`\ufeff${CSV_COLUMNS_RU.id};`)).toBe(true);
    const header = run.stdout
      .replace(/^\ufeff/, "")
      .split("\r\n")[0]!
      .split(";");
    // The submission date on the first row (a report's field is read from the first row that gives it).
    const rows = rowsOf(run.stdout, ";").map((row, index) => ({
      ...row,
      // As Excel in a Russian locale saves a date typed 2026-03-01: day first, with dots.
      ...(index === 0
        ? {
            [CSV_COLUMNS_RU.submittedOn]: "01.03.2026",
            [CSV_COLUMNS_RU.activity_title]: "Визит делегации",
            [CSV_COLUMNS_RU.activity_kind]: "visit",
            [CSV_COLUMNS_RU.activity_from]: "14.05.2025",
            [CSV_COLUMNS_RU.activity_to]: "15.05.2025",
          }
        : {}),
      ...(index < fill ? { [CSV_COLUMNS_RU.status]: index === 0 ? "implemented" : "planned" } : {}),
    }));
    return { header, rows, text: asExcel(header, rows) };
  }

  it("validate accepts the filled template, and says how many unfilled rows it passed over", () => {
    const { rows, text } = filled(2);
    const file = path.join(tmp, "kz-2025.csv");
    fs.writeFileSync(file, text);
    const run = cli(["validate", file, "--today", "2026-12-31"]);
    expect(run.status, run.explain).toBe(0);
    expect(run.stdout).toMatch(/read 1, valid 1, invalid 0, malformed 0/);
    expect(run.stderr).toContain(`${rows.length - 2} rows of the template with a measure and no status passed over`);
    const ru = cli(["validate", file, "--today", "2026-12-31", "--lang", "ru"]);
    expect(ru.stderr).toContain(`пропущено строк шаблона с мерой без статуса: ${rows.length - 2}`);
  });

  it("names a measure id that Excel turned into a date (2.1.2 saved as 02.01.2002) and the id it was, in English and Russian", () => {
    const { rows, header } = filled(0);
    const index = rows.findIndex((row) => row[CSV_COLUMNS_RU.measure] === "2.1.2");
    expect(index).toBeGreaterThanOrEqual(0);
    const changed = rows.map((row, i) => (i === index ? { ...row, [CSV_COLUMNS_RU.measure]: "02.01.2002", [CSV_COLUMNS_RU.status]: "implemented" } : row));
    const file = path.join(tmp, "kz-2025-dates.csv");
    fs.writeFileSync(
      file,
      asExcel(
        header,
        changed.map((row, i) => (i === 0 ? { ...row, [CSV_COLUMNS_RU.submittedOn]: "01.03.2026" } : row)),
      ),
    );
    const run = cli(["validate", file, "--today", "2026-12-31"]);
    expect(run.status, run.explain).toBe(1);
    expect(run.stdout).toContain("csv.measure-date");
    expect(run.stdout).toContain('the measure is the date "02.01.2002", which a spreadsheet makes of a measure id such as "2.1.2"');
    const ru = cli(["validate", file, "--today", "2026-12-31", "--lang", "ru"]);
    expect(ru.stdout).toContain("вместо меры стоит дата «02.01.2002»");
    expect(ru.stdout).toContain("«2.1.2»");
  });

  it("takes a measure id that only looks like a date part (2.1.4.a) as it is", () => {
    const { rows, header } = filled(0);
    const index = rows.findIndex((row) => row[CSV_COLUMNS_RU.measure] === "2.1.4.a");
    const changed = rows.map((row, i) =>
      i === index ? { ...row, [CSV_COLUMNS_RU.status]: "implemented" } : i === 0 ? { ...row, [CSV_COLUMNS_RU.submittedOn]: "2026-03-01" } : row,
    );
    const file = path.join(tmp, "kz-2025-letters.csv");
    fs.writeFileSync(file, asExcel(header, changed));
    const run = cli(["validate", file, "--today", "2026-12-31"]);
    expect(run.status, run.explain).toBe(0);
    expect(run.stdout).not.toContain("csv.measure-date");
  });

  it("validate rejects the template sent back with no status filled in: nothing was reported", () => {
    const file = path.join(tmp, "kz-2025-empty.csv");
    fs.writeFileSync(file, filled(0).text);
    const run = cli(["validate", file, "--today", "2026-12-31"]);
    expect(run.status, run.explain).toBe(1);
    expect(run.stdout).toMatch(/entries\.empty/);
    expect(run.stdout).not.toMatch(/field\.missing/);
  });

  it('tells a file Excel saved as Windows-1251 "CSV" to be saved as "CSV UTF-8", reading nothing of it', () => {
    const file = path.join(tmp, "kz-2025-1251.csv");
    fs.writeFileSync(file, windows1251(filled(2).text));
    const run = cli(["validate", file, "--today", "2026-12-31"]);
    expect(run.status, run.explain).toBe(1);
    expect(run.stdout).toMatch(/not UTF-8 text: .*"CSV UTF-8/);
    expect(run.stdout).toMatch(/read 1, valid 0, invalid 0, malformed 1/);
  });

  it("keeps the plain UTF-8 message for a JSON file that is not UTF-8: Excel did not write it", () => {
    const file = path.join(tmp, "kz-2025-1251.json");
    fs.writeFileSync(file, windows1251('{"remarks": "Отчёт"}'));
    const run = cli(["validate", file]);
    expect(run.status, run.explain).toBe(1);
    expect(run.stdout).toMatch(/not UTF-8 text/);
    expect(run.stdout).not.toMatch(/CSV UTF-8/);
  });
});
