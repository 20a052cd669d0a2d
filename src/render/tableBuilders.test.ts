import { describe, expect, it } from "vitest";
import { discrepancyTable } from "./discrepancyTable.js";
import { matrixTable } from "./matrixTable.js";
import { replyTable } from "./replyTable.js";
import { toCsv } from "./toCsv.js";
import { toMarkdown } from "./toMarkdown.js";
import { findDiscrepancies } from "../aggregate/findDiscrepancies.js";
import { implementationMatrix } from "../aggregate/implementationMatrix.js";
import { reportingRate } from "../aggregate/reportingRate.js";
import { registry, c2021, report, nilReport, entry, activity, joint } from "../../test/support/aggregateFixtures.js";

describe("table builders", () => {
  // Built inside each test that reads it (docs/testing.md: fixtures belong inside the tests).
  const rate = () =>
    reportingRate(
      [report("KZ", { submittedOn: "2026-06-15" }), nilReport("MN"), report("SA", { entries: [entry("HUM.1"), entry("HUM.2")] })],
      { registry },
      { year: 2025, deadline: "2026-05-31" },
    );

  it("builds the table of replies in English, expected states first, then voluntary ones", () => {
    const table = replyTable(rate(), { registry });
    expect(table.columns.map((c) => c.key)).toEqual(["code", "state", "basis", "reply", "late", "revision", "first", "entries", "rejected"]);
    expect(table.columns.map((c) => c.label)).toEqual([
      "Code",
      "State",
      "Status",
      "Reply",
      "Late",
      "Revision",
      "First submitted",
      "Entries",
      "Rejected submissions (rules)",
    ]);
    expect(table.rows).toHaveLength(29);
    expect(table.rows.find((r) => r.code === "KZ")).toEqual({
      code: "KZ",
      state: "Kazakhstan",
      basis: "expected (member)",
      reply: "report",
      late: "yes",
      revision: 1,
      first: "2026-06-15",
      entries: 1,
      rejected: "",
    });
    expect(table.rows.find((r) => r.code === "MN")).toMatchObject({ reply: "nil report", late: "no" });
    expect(table.rows.find((r) => r.code === "AF")).toMatchObject({ reply: "missing", revision: undefined, first: undefined, entries: 0 });
    expect(table.rows[28]).toMatchObject({ code: "SA", state: "Saudi Arabia", basis: "voluntary (observer)", reply: "report", entries: 2 });
  });

  it("builds the table of replies in Russian, naming states through the registry", () => {
    const table = replyTable(rate(), { registry, lang: "ru" });
    expect(table.columns.map((c) => c.label)).toEqual([
      "Код",
      "Государство",
      "Статус",
      "Ответ",
      "С опозданием",
      "Редакция",
      "Впервые представлен",
      "Записей",
      "Отклонённые отчёты (правила)",
    ]);
    expect(table.rows.find((r) => r.code === "KZ")).toMatchObject({ state: "Казахстан", basis: "ожидался (член)", reply: "отчёт", late: "да" });
    expect(table.rows.find((r) => r.code === "MN")).toMatchObject({ state: "Монголия", reply: "нулевой отчёт", late: "нет" });
    expect(table.rows.find((r) => r.code === "SA")).toMatchObject({ state: "Саудовская Аравия", basis: "добровольно (наблюдатель)" });
  });

  it("shows codes alone without a registry", () => {
    expect(replyTable(rate()).rows.find((r) => r.code === "KZ")?.state).toBe("KZ");
  });

  const reportsForMatrix = () => [report("KZ", { entries: [entry("HUM.1"), entry("HUM.2", "planned"), entry("2.1.2", "not-applicable")] }), nilReport("MN")];
  const matrix = () => implementationMatrix(reportsForMatrix(), { catalogues: [c2021] }, { year: 2025, by: "dimension" });

  it("builds the matrix table in English: each group's level with its coverage beside it, a nil report named as such", () => {
    const table = matrixTable(matrix(), { registry });
    expect(table.columns.map((c) => c.label)).toEqual([
      "Code",
      "State",
      "Military-political dimension: level",
      "Military-political dimension: coverage",
      "Fight against new challenges and threats: level",
      "Fight against new challenges and threats: coverage",
      "Economic dimension",
      "Environmental dimension: level",
      "Environmental dimension: coverage",
      "Human dimension: level",
      "Human dimension: coverage",
    ]);
    // KZ: 2.1.2 not applicable (covered, no level); HUM.1 implemented and HUM.2 planned: (1 + 0.25) / 2.
    // MN's nil report: nothing known, so no level ("–", not 0%), and coverage 0%.
    expect(table.rows).toEqual([
      { code: "KZ", state: "Kazakhstan", g0: "–", c0: "9%", g1: "–", c1: "0%", g2: "no measures known", g3: "–", c3: "0%", g4: "63%", c4: "33%" },
      { code: "MN", state: "Mongolia (nil report)", g0: "–", c0: "0%", g1: "–", c1: "0%", g2: "no measures known", g3: "–", c3: "0%", g4: "–", c4: "0%" },
    ]);
  });

  it("builds the matrix table of coverage alone when asked, headed as coverage", () => {
    const table = matrixTable(matrix(), { registry, value: "coverage" });
    expect(table.columns.map((c) => c.label).slice(2)).toEqual([
      "Military-political dimension: coverage",
      "Fight against new challenges and threats: coverage",
      "Economic dimension",
      "Environmental dimension: coverage",
      "Human dimension: coverage",
    ]);
    expect(table.rows[0]).toEqual({ code: "KZ", state: "Kazakhstan", g0: "9%", g1: "0%", g2: "no measures known", g3: "0%", g4: "33%" });
    // The matrix's own measure picks the same table.
    const byMatrix = matrixTable(implementationMatrix(reportsForMatrix(), { catalogues: [c2021] }, { year: 2025, measure: "coverage" }), {
      registry,
    });
    expect(byMatrix).toEqual(table);
  });

  it("builds the matrix table in Russian, with mean scores rounded to two places", () => {
    const table = matrixTable(matrix(), { registry, lang: "ru", value: "meanScore" });
    expect(table.columns.map((c) => c.label)).toEqual([
      "Код",
      "Государство",
      "Военно-политическое измерение: средний балл",
      "Борьба с новыми вызовами и угрозами: средний балл",
      "Экономическое измерение",
      "Экологическое измерение: средний балл",
      "Человеческое измерение: средний балл",
    ]);
    expect(table.rows[0]).toEqual({ code: "KZ", state: "Казахстан", g0: null, g1: null, g2: "меры не известны", g3: null, g4: 2.5 });
    expect(table.rows[1]?.state).toBe("Монголия (нулевой отчёт)");
    expect(
      matrixTable(matrix(), { registry, lang: "ru" })
        .columns.map((c) => c.label)
        .slice(2, 4),
    ).toEqual(["Военно-политическое измерение: уровень", "Военно-политическое измерение: охват"]);
  });

  const found = () =>
    findDiscrepancies(
      [
        joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-01", "2025-09-30", "Student exchange"), activity(["TJ"], "2025-05-05", undefined, "Visit")]),
        joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-15", undefined, "Exchange of students")]),
        joint("IN", "HUM.3", [activity(["MN"], "2025-02-01", "2025-02-03", "Festival")]),
        nilReport("MN"),
      ],
      {},
      { year: 2025 },
    );

  it("builds the side-by-side table of discrepancies in English", () => {
    const table = discrepancyTable(found(), { registry });
    expect(table.columns.map((c) => c.label)).toEqual([
      "Catalogue",
      "Measure",
      "State",
      "Partner",
      "Status",
      "Activity",
      "Dates",
      "Partner's account",
      "Partner's dates",
    ]);
    expect(table.rows).toEqual([
      {
        catalogue: "cica@2021",
        measure: "HUM.3",
        reporter: "India",
        partner: "Mongolia",
        status: "not confirmed by the partner (nil report)",
        activity: "Festival",
        dates: "2025-02-01/2025-02-03",
        partnerActivity: undefined,
        partnerDates: undefined,
      },
      {
        catalogue: "cica@2021",
        measure: "HUM.4",
        reporter: "Kazakhstan",
        partner: "Tajikistan",
        status: "partner sent no report",
        activity: "Visit",
        dates: "2025-05-05",
        partnerActivity: undefined,
        partnerDates: undefined,
      },
      {
        catalogue: "cica@2021",
        measure: "HUM.4",
        reporter: "Kazakhstan",
        partner: "Uzbekistan",
        status: "confirmed",
        activity: "Student exchange",
        dates: "2025-09-01/2025-09-30",
        partnerActivity: "Exchange of students",
        partnerDates: "2025-09-15",
      },
    ]);
  });

  it("builds the side-by-side table of discrepancies in Russian", () => {
    const table = discrepancyTable(found(), { registry, lang: "ru" });
    expect(table.columns.map((c) => c.label)).toEqual([
      "Каталог",
      "Мера",
      "Государство",
      "Партнёр",
      "Статус",
      "Мероприятие",
      "Даты",
      "Данные партнёра",
      "Даты партнёра",
    ]);
    expect(table.rows.map((r) => [r.reporter, r.partner, r.status])).toEqual([
      ["Индия", "Монголия", "не подтверждено партнёром (нулевой отчёт)"],
      ["Казахстан", "Таджикистан", "партнёр не представил отчёт"],
      ["Казахстан", "Узбекистан", "подтверждено"],
    ]);
  });

  it("names, in both languages, the catalogue versions a partner reported under when none is this row's", () => {
    const other = findDiscrepancies(
      [
        joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-01", undefined, "Visit")]),
        joint("UZ", "HUM.4", [activity(["TJ"], "2025-09-01")], { catalogue: "cica@2004" }),
        nilReport("UZ", { catalogue: "cica@2004" }),
      ],
      {},
      { year: 2025, catalogue: "cica@2021" },
    );
    expect(discrepancyTable(other, { registry }).rows.map((r) => [r.reporter, r.partner, r.status])).toEqual([
      ["Kazakhstan", "Uzbekistan", "partner reported under another catalogue version: cica@2004"],
    ]);
    expect(discrepancyTable(other, { registry, lang: "ru" }).rows.map((r) => r.status)).toEqual([
      "партнёр представил отчёт по другой версии каталога: cica@2004",
    ]);
  });

  it("lists every other catalogue version a partner reported under, parted by commas", () => {
    const two = findDiscrepancies(
      [
        joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-01", undefined, "Visit")]),
        joint("UZ", "HUM.4", [activity(["TJ"], "2025-09-01")], { catalogue: "cica@2004" }),
        joint("UZ", "HUM.4", [activity(["TJ"], "2025-09-01")], { catalogue: "cica@2010" }),
      ],
      {},
      { year: 2025, catalogue: "cica@2021" },
    );
    expect(discrepancyTable(two, { registry }).rows.map((r) => r.status)).toEqual(["partner reported under another catalogue version: cica@2004, cica@2010"]);
  });

  it("renders the tables as CSV and Markdown", () => {
    const csv = toCsv(discrepancyTable(found(), { registry }));
    expect(csv.split("\r\n")[3]).toBe("cica@2021,HUM.4,Kazakhstan,Uzbekistan,confirmed,Student exchange,2025-09-01/2025-09-30,Exchange of students,2025-09-15");
    const md = toMarkdown(replyTable(rate(), { registry, lang: "ru" }));
    expect(md.split("\n")).toHaveLength(29 + 2 + 1);
  });
});
