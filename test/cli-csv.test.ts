/**
 * The CSV reader of the command line, without the command line: how records become reports
 * (src/cli/csvReports.ts) and how the text becomes records (src/cli/csvRecords.ts). The built
 * command line on CSV files is tested in test/cli.test.ts and the corpus (test/corpus/files).
 */
import { describe, expect, it } from "vitest";
import { cica, validateReport } from "../src/index.js";
import { detectSeparator, parsed, readCsv } from "../src/cli/csvRecords.js";
import { canonicalHeader, CSV_COLUMNS, CSV_COLUMNS_RU, headerProblems, LABEL_COLUMNS, reportsFromCsv, withCsvIssues } from "../src/cli/csvReports.js";

const HEADER = CSV_COLUMNS.join(",");
/** A CSV row from the template's columns given by name; the others are empty. */
const row = (values: Partial<Record<(typeof CSV_COLUMNS)[number], string>>) => CSV_COLUMNS.map((c) => values[c] ?? "").join(",");
const KZ = { id: "KZ-2025", reporter: "KZ", catalogue: "cica@2021", year: "2025", revision: "1", submittedOn: "2026-03-01" } as const;
const reportsOf = (...rows: string[]) => reportsFromCsv(readCsv([HEADER, ...rows].join("\n")).records);
const issuesOf = (...rows: string[]) => reportsOf(...rows).flatMap((r) => r.issues.map((i) => [i.rule, i.at.row, i.at.column, i.path]));

describe("rows of one report that contradict each other", () => {
  it("accept rows that repeat the report's fields, or leave them blank after the first", () => {
    const [built] = reportsOf(
      row({ ...KZ, measure: "2.1.2", status: "implemented" }),
      row({ id: "KZ-2025", revision: "1", measure: "2.1.3", status: "planned" }),
      row({ ...KZ, measure: "2.1.4", status: "planned" }),
    );
    expect(built!.issues).toEqual([]);
    expect(validateReport(built!.report, cica).ok).toBe(true);
  });

  it.each([
    ["reporter", { reporter: "TR" }, "KZ"],
    ["catalogue", { catalogue: "cica@2004" }, "cica@2021"],
    ["year", { year: "2024" }, "2025"],
    ["submittedOn", { submittedOn: "2026-03-02" }, "2026-03-01"],
    ["nil", { nil: "true" }, "false"],
  ] as const)("make the report invalid when a later row gives another %s, on that row and column", (column, change, first) => {
    const rows = [
      row({ ...KZ, nil: "false", measure: "2.1.2", status: "implemented" }),
      row({ ...KZ, nil: "false", ...change, measure: "2.1.3", status: "planned" }),
    ];
    const [built] = reportsOf(...rows);
    expect(built!.issues.map((i) => [i.rule, i.at, i.path, i.params.firstRow, i.params.first])).toEqual([
      ["csv.contradiction", { row: 3, column }, [column], 2, first],
    ]);
    const result = withCsvIssues(validateReport(built!.report, cica), built!.issues, "en");
    expect(result.ok).toBe(false);
    // The first row's value is the one kept: nothing of the second row overwrote it.
    expect(built!.report[column]).toBe(column === "year" ? 2025 : column === "nil" ? false : first);
  });

  it("compare values as read, so 'yes' and 'true' for nil, or 2025 and ' 2025 ', do not contradict", () => {
    expect(issuesOf(row({ ...KZ, nil: "yes" }), row({ ...KZ, year: " 2025 ", nil: "true" }))).toEqual([]);
  });

  it("take a field from the first row that fills it, and locate it there", () => {
    const [built] = reportsOf(
      row({ id: "KZ-2025", revision: "1", measure: "2.1.2", status: "implemented" }),
      row({ ...KZ, measure: "2.1.3", status: "planned" }),
    );
    expect(built!.issues).toEqual([]);
    expect(built!.report.reporter).toBe("KZ");
    expect(built!.locate(["reporter"])).toEqual({ row: 3, column: "reporter" });
  });

  it("make an entry invalid when its rows give two statuses or two remarks, each on its row", () => {
    expect(
      issuesOf(
        row({
          ...KZ,
          measure: "2.1.2",
          status: "implemented",
          remarks: "As planned",
          activity_title: "A",
          activity_kind: "seminar",
          activity_from: "2025-05-01",
        }),
        row({ ...KZ, measure: "2.1.3", status: "planned" }),
        row({ ...KZ, measure: "2.1.2", status: "planned", activity_title: "B", activity_kind: "seminar", activity_from: "2025-06-01" }),
        row({ ...KZ, measure: "2.1.2", remarks: "Other", activity_title: "C", activity_kind: "seminar", activity_from: "2025-07-01" }),
      ),
    ).toEqual([
      ["csv.contradiction", 4, "status", ["entries", 0, "status"]],
      ["csv.contradiction", 5, "remarks", ["entries", 0, "remarks"]],
    ]);
  });

  it("say which rows contradict, in English and Russian", () => {
    const [built] = reportsOf(row({ ...KZ, measure: "2.1.2", status: "implemented" }), row({ ...KZ, reporter: "TR", measure: "2.1.2", status: "planned" }));
    const en = withCsvIssues(validateReport(built!.report, cica), built!.issues, "en");
    const ru = withCsvIssues(validateReport(built!.report, cica), built!.issues, "ru");
    expect(en.issues.map((i) => i.message)).toEqual([
      'Row 3 gives reporter "TR", but row 2 of the same report (id KZ-2025, revision 1) gives "KZ". The rows of one report must agree: correct one of them.',
      'Row 3 gives status "planned" for measure 2.1.2, but row 2 of the same report (id KZ-2025, revision 1) gives "implemented". The rows of one entry must agree: correct one of them.',
    ]);
    expect(ru.issues.map((i) => i.message)).toEqual([
      'В строке 3 поле reporter равно "TR", а в строке 2 того же отчёта (id KZ-2025, редакция 1) — "KZ". Строки одного отчёта должны совпадать: исправьте одну из них.',
      'В строке 3 поле status для меры 2.1.2 равно "planned", а в строке 2 того же отчёта (id KZ-2025, редакция 1) — "implemented". Строки одной записи должны совпадать: исправьте одну из них.',
    ]);
    expect(en.issues.map((i) => (i as { location?: string }).location)).toEqual(["row 3, column reporter", "row 3, column status"]);
  });

  it("keep rows with another revision apart: a new revision may change anything", () => {
    expect(
      issuesOf(row({ ...KZ, measure: "2.1.2", status: "implemented" }), row({ ...KZ, revision: "2", year: "2024", measure: "2.1.2", status: "planned" })),
    ).toEqual([]);
  });
});

describe("rows that would otherwise be dropped", () => {
  it("make a row with entry data but no measure an entry of its own, which validation locates to that row", () => {
    const [built] = reportsOf(
      row({ ...KZ, measure: "2.1.2", status: "implemented" }),
      row({ ...KZ, status: "planned", remarks: "Kept" }),
      row({ ...KZ, remarks: "Also kept" }),
    );
    expect(built!.report.entries).toEqual([{ measure: "2.1.2", status: "implemented" }, { status: "planned", remarks: "Kept" }, { remarks: "Also kept" }]);
    const result = validateReport(built!.report, cica);
    expect(result.ok).toBe(false);
    const missing = result.issues.filter((i) => i.rule === "field.missing" && i.path[2] === "measure").map((i) => built!.locate(i.path));
    expect(missing).toEqual([
      { row: 3, column: "measure" },
      { row: 4, column: "measure" },
    ]);
  });

  it("make a row with activity data but no title or start an activity, whose missing fields are located to that row", () => {
    const [built] = reportsOf(
      row({ ...KZ, measure: "2.1.2", status: "implemented" }),
      row({ ...KZ, measure: "2.1.2", activity_kind: "seminar", activity_venue: "Astana" }),
    );
    expect(built!.report.entries).toEqual([{ measure: "2.1.2", status: "implemented", activities: [{ kind: "seminar", venue: "Astana" }] }]);
    const result = validateReport(built!.report, cica);
    expect(result.issues.filter((i) => i.rule === "field.missing").map((i) => built!.locate(i.path))).toEqual([
      { row: 3, column: "activity_title" },
      { row: 3, column: "activity_from" },
    ]);
  });

  it("reject a row with no measure and nothing else of an entry in a report that is not nil", () => {
    expect(issuesOf(row({ ...KZ, measure: "2.1.2", status: "implemented" }), row(KZ))).toEqual([["csv.row-without-measure", 3, "measure", ["entries"]]]);
  });

  it("accept a nil report's row without a measure, wherever its nil flag is given", () => {
    expect(issuesOf(row({ ...KZ, nil: "true" }))).toEqual([]);
    expect(issuesOf(row(KZ), row({ ...KZ, nil: "true" }))).toEqual([]);
    expect(issuesOf(row({ ...KZ, nil: "false" }))).toEqual([["csv.row-without-measure", 2, "measure", ["entries"]]]);
  });
});

describe("rows of the template left unfilled", () => {
  it("pass over a row with a measure and nothing else, and list it, without an error", () => {
    const [built] = reportsOf(row({ ...KZ, measure: "2.1.2", status: "implemented" }), row({ ...KZ, measure: "2.1.3" }), row({ ...KZ, measure: "2.1.5" }));
    expect(built!.issues).toEqual([]);
    expect(built!.skipped).toEqual([3, 4]);
    expect(built!.report.entries).toEqual([{ measure: "2.1.2", status: "implemented" }]);
    expect(validateReport(built!.report, cica).ok).toBe(true);
  });

  it.each([
    ["remarks", { remarks: "Under review" }],
    ["an activity", { activity_title: "Seminar" }],
  ] as const)("keep a row with a measure and %s but no status, so that validation says the status is missing", (_what, more) => {
    const [built] = reportsOf(row({ ...KZ, measure: "2.1.3", ...more }));
    expect(built!.skipped).toEqual([]);
    const result = validateReport(built!.report, cica);
    expect(result.issues.some((i) => i.rule === "field.missing" && i.path.join(".") === "entries.0.status")).toBe(true);
  });

  it("leave a report whose every row is unfilled without entries, which validation rejects", () => {
    const [built] = reportsOf(row({ ...KZ, measure: "2.1.2" }), row({ ...KZ, measure: "2.1.3" }));
    expect(built!.skipped).toEqual([2, 3]);
    expect(validateReport(built!.report, cica).issues.map((i) => i.rule)).toContain("entries.empty");
  });
});

describe("what Excel saves", () => {
  it.each([
    ["id;reporter;measure\r\n", ";"],
    ["id,reporter,measure\n", ","],
    // A quoted name may hold the other separator: only separators outside quotes count.
    ['"a;b;c",reporter\n', ","],
    // Only the header line counts: the data rows' partner lists (TR;CN) do not.
    ["id,reporter,activity_partners\nKZ-2025,KZ,TR;CN;IN;RU\n", ","],
  ])("detect the separator of %j as %j", (text, separator) => {
    expect(detectSeparator(text)).toBe(separator);
  });

  it("read a file separated by semicolons, with a byte-order mark and CRLF, as the same records", () => {
    const comma = readCsv(["id,measure,status", 'KZ-2025,2.1.2,"a, b"'].join("\n"));
    const semicolon = readCsv(`\ufeff${["id;measure;status", 'KZ-2025;2.1.2;"a, b"'].join("\r\n")}\r\n`);
    expect(semicolon.problems).toEqual([]);
    expect(semicolon.records).toEqual(comma.records);
    expect(semicolon.records[0]!.values.status).toBe("a, b");
  });

  it("take English (any case) or Russian column names, pass over label columns, and keep any other name for the header check", () => {
    const russian = CSV_COLUMNS.map((column) => CSV_COLUMNS_RU[column]);
    expect(canonicalHeader(russian)).toEqual([...CSV_COLUMNS]);
    expect(canonicalHeader(CSV_COLUMNS.map((column) => column.toUpperCase()))).toEqual([...CSV_COLUMNS]);
    expect(canonicalHeader([LABEL_COLUMNS.title.en, LABEL_COLUMNS.title.ru, LABEL_COLUMNS.dimension.ru])).toEqual(["", "", ""]);
    const header = canonicalHeader(["мера", "статус", "колонка", "мера"]);
    expect(headerProblems(header)).toEqual({ unknown: ["колонка"], twice: ["measure"] });
  });

  it("give every column a Russian name of its own", () => {
    const names = Object.values(CSV_COLUMNS_RU);
    expect(new Set(names).size).toBe(CSV_COLUMNS.length);
    expect(names.some((name) => (CSV_COLUMNS as readonly string[]).includes(name))).toBe(false);
  });
});

describe("the header check", () => {
  it("lists unknown columns and columns given twice, each once, in the order of the header", () => {
    expect(headerProblems(["id", "colour", "measure", "id", "colour", "id", "", "", "size"])).toEqual({ unknown: ["colour", "size"], twice: ["id", "colour"] });
    expect(headerProblems([...CSV_COLUMNS])).toEqual({ unknown: [], twice: [] });
  });

  it("finds the one repeated name in a header of 100,000 columns", () => {
    const header = Array.from({ length: 100_000 }, (_, i) => `c${i}`);
    header.push("c4");
    const found = headerProblems(header);
    expect(found.twice).toEqual(["c4"]);
    expect(found.unknown).toHaveLength(100_000);
  });
});

describe("reading after broken records", () => {
  const broken = (n: number) =>
    [HEADER, ...Array.from({ length: n }, (_, i) => `${row({ ...KZ, id: `KZ-${i}`, measure: "2.1.2" }).replace(",2.1.2,", ',2.1.2,"implemented"x')}`)].join(
      "\n",
    );
  /** Characters handed to csv-parse to read `text`. */
  const cost = (text: string) => {
    const before = parsed.characters;
    readCsv(text);
    return parsed.characters - before;
  };

  it("reports every broken row on its line and reads the rows between them", () => {
    const text = [
      HEADER,
      row({ ...KZ, measure: "2.1.2" }),
      row(KZ).replace(",,,", ',"x"y,,'),
      row({ ...KZ, measure: "2.1.3" }),
      `${row(KZ)},extra`,
      row({ ...KZ, measure: "2.1.4" }),
    ].join("\n");
    const { records, problems } = readCsv(text);
    expect(records.map((r) => [r.row, r.values.measure])).toEqual([
      [2, "2.1.2"],
      [4, "2.1.3"],
      [6, "2.1.4"],
    ]);
    expect(problems.map((p) => p.row)).toEqual([3, 5]);
  });

  it("hands csv-parse each character a bounded number of times, however many rows are broken", () => {
    for (const n of [300, 1_500]) {
      const text = broken(n);
      expect(readCsv(text).problems).toHaveLength(n);
      // Re-reading the rest of the file after each broken row would hand it n / 2 times over.
      expect(cost(text) / text.length).toBeLessThan(3);
    }
  }, 30_000);

  it("hands csv-parse a file with a broken row among every ten a bounded number of times", () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => {
      const good = row({ ...KZ, id: `KZ-${i}`, measure: "2.1.2", status: "implemented" });
      return i % 10 === 9 ? good.replace(",implemented,", ',"implemented"x,') : good;
    });
    const text = [HEADER, ...rows].join("\n");
    expect(readCsv(text).problems).toHaveLength(300);
    expect(cost(text) / text.length).toBeLessThan(4);
  }, 30_000);

  it("hands csv-parse a file without broken rows about twice at most, in windows that double", () => {
    const text = [HEADER, ...Array.from({ length: 5_000 }, (_, i) => row({ ...KZ, id: `KZ-${i}`, measure: "2.1.2", status: "implemented" }))].join("\n");
    expect(readCsv(text).records).toHaveLength(5_000);
    expect(cost(text) / text.length).toBeLessThan(2.5);
  });

  it("reads a quoted cell that runs past the end of a window whole", () => {
    const long = Array.from({ length: 300 }, (_, i) => `line ${i}`).join("\n");
    const text = [
      HEADER,
      ...Array.from({ length: 70 }, () => row({ ...KZ, measure: "2.1.2" })),
      row({ ...KZ, measure: "2.1.3", remarks: `"${long}"` }),
      row({ ...KZ, measure: "2.1.4" }),
    ].join("\n");
    const { records, problems } = readCsv(text);
    expect(problems).toEqual([]);
    expect(records.map((r) => r.row).slice(-3)).toEqual([71, 72, 372]);
    expect(records[70]!.values.remarks).toBe(long);
  });

  it("reports a quote never closed once, and reads the lines after it", () => {
    const text = [
      HEADER,
      row({ ...KZ, measure: "2.1.2" }),
      row(KZ).replace(",,,", ',"never closed,,'),
      ...Array.from({ length: 100 }, () => row({ ...KZ, measure: "2.1.3" })),
    ].join("\n");
    const { records, problems } = readCsv(text);
    expect(problems.map((p) => [p.row, p.message])).toEqual([[3, "a quoted cell is never closed; add the closing quote"]]);
    expect(records).toHaveLength(101);
  });
});

describe("report@2 columns: an entry's access and nothing new since", () => {
  it("write every report read from CSV as report@2, which validates as it did", () => {
    const [built] = reportsOf(row({ ...KZ, measure: "2.1.2", status: "implemented" }));
    expect(built!.report.schema).toBe("cica-cbm/report@2");
    expect(validateReport(built!.report, cica).ok).toBe(true);
  });

  it("read an entry's access and its nothing-new year (as a number) from their columns", () => {
    const [built] = reportsOf(
      row({ ...KZ, measure: "2.1.2", status: "implemented", access: "member-states", nothingNewSince: "2021" }),
      row({ ...KZ, measure: "2.1.3", status: "planned" }),
    );
    const entries = built!.report.entries as Record<string, unknown>[];
    expect(entries[0]).toEqual({ measure: "2.1.2", status: "implemented", access: "member-states", nothingNewSince: 2021 });
    expect(entries[1]).toEqual({ measure: "2.1.3", status: "planned" });
    const result = validateReport(built!.report, cica);
    expect(result.issues).toEqual([]);
    expect(result.report?.entries[0]?.nothingNewSince).toBe(2021);
  });

  it("locate a nothing-new year that is not before the report's year, and a bad access level, to their row and column", () => {
    const [built] = reportsOf(
      row({ ...KZ, measure: "2.1.3", status: "planned" }),
      row({ ...KZ, measure: "2.1.2", status: "implemented", nothingNewSince: "2025", access: "secret" }),
    );
    const result = validateReport(built!.report, cica);
    expect(result.issues.map((issue) => [issue.rule, built!.locate(issue.path)])).toEqual([
      ["field.type", { row: 3, column: "access" }],
      ["entry.nothing-new-not-before-year", { row: 3, column: "nothingNewSince" }],
    ]);
  });

  it("make an entry invalid when its rows give two access levels or two years, and not when they repeat one", () => {
    const activity = { activity_kind: "seminar", activity_from: "2025-05-01" };
    expect(
      issuesOf(
        row({ ...KZ, measure: "2.1.2", status: "implemented", access: "public", nothingNewSince: "2020", activity_title: "A", ...activity }),
        row({ ...KZ, measure: "2.1.2", access: "public", nothingNewSince: " 2020", activity_title: "B", ...activity }),
        row({ ...KZ, measure: "2.1.2", access: "member-states", nothingNewSince: "2021", activity_title: "C", ...activity }),
      ),
    ).toEqual([
      ["csv.contradiction", 4, "access", ["entries", 0, "access"]],
      ["csv.contradiction", 4, "nothingNewSince", ["entries", 0, "nothingNewSince"]],
    ]);
  });

  it("take the new columns under their Russian names too", () => {
    expect(canonicalHeader(["доступ", "Нового нет с года", "ACCESS", "nothingnewsince"])).toEqual(["access", "nothingNewSince", "access", "nothingNewSince"]);
    expect(CSV_COLUMNS_RU.access).not.toBe("access");
  });
});
