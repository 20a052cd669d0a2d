import { describe, expect, it } from "vitest";
import { toReportSummary } from "../aggregate/toReportSummary.js";
import { cica } from "../data/cica/index.js";
import { CbmError } from "../errors/CbmError.js";
import { createLedger } from "../ledger/createLedger.js";
import { recordReport } from "../ledger/recordReport.js";
import type { Ledger } from "../ledger/store.js";
import { toCsv } from "../render/toCsv.js";
import type { NationalReport } from "../reports/schema.js";
import { PUBLICATION_COLUMNS, PUBLICATION_TABLES } from "./publicationColumns.js";
import { publish } from "./publish.js";

const base = { schema: "cica-cbm/report@2", catalogue: "cica@2021", year: 2025, revision: 1, submittedOn: "2026-03-01" } as const;
const kz: NationalReport = {
  ...base,
  id: "KZ-2025",
  reporter: "KZ",
  access: "public",
  entries: [
    {
      measure: "HUM.4",
      status: "implemented",
      remarks: "Student exchanges",
      activities: [
        { title: "Autumn exchange", kind: "exchange", from: "2025-09-01", partners: ["UZ"] },
        { title: "Closed talks", kind: "meeting", from: "2025-10-01", access: "member-states" },
      ],
    },
    { measure: "2.1.2", status: "planned", access: "member-states", remarks: "Withheld remark" },
  ],
  extensions: { "kz.file": "MFA-114" },
};
const uz: NationalReport = { ...base, id: "UZ-internal", reporter: "UZ", entries: [{ measure: "ENV.1", status: "in-progress", remarks: "Draft figures" }] };

describe("publish: what each table holds", () => {
  // Built inside each test that reads it (docs/testing.md: fixtures belong inside the tests).
  const publicationOf = () => publish([uz, kz], { year: 2025, context: cica });

  it("lists every report of the year in the replies, the withheld one with only the fact that the state replied", () => {
    const publication = publicationOf();
    expect(publication.tables.replies.rows).toEqual([
      {
        reporter: "KZ",
        catalogue: "cica@2021",
        year: 2025,
        state: "Kazakhstan",
        access: "public",
        published: true,
        id: "KZ-2025",
        revision: 1,
        submittedOn: "2026-03-01",
        nil: false,
        entries: 1,
      },
      { reporter: "UZ", catalogue: "cica@2021", year: 2025, state: "Uzbekistan", access: "member-states", published: false },
    ]);
  });

  it("gives one row per published entry with its dimension, and one per published activity", () => {
    const publication = publicationOf();
    expect(publication.tables.entries.rows).toEqual([
      expect.objectContaining({ reporter: "KZ", measure: "HUM.4", dimension: "human", status: "implemented", remarks: "Student exchanges", activities: 1 }),
    ]);
    expect(publication.tables.activities.rows).toEqual([
      expect.objectContaining({ reporter: "KZ", measure: "HUM.4", title: "Autumn exchange", from: "2025-09-01", partners: "UZ" }),
    ]);
  });

  it("declares what was withheld of each report: counts and measure ids, never text", () => {
    const publication = publicationOf();
    expect(publication.tables.withheld.rows).toEqual([
      {
        reporter: "KZ",
        catalogue: "cica@2021",
        year: 2025,
        id: "KZ-2025",
        reportWithheld: false,
        entriesWithheld: 1,
        activitiesWithheld: 1,
        extensionsWithheld: true,
        withheldMeasures: "2.1.2",
      },
      { reporter: "UZ", catalogue: "cica@2021", year: 2025, reportWithheld: true },
    ]);
  });

  it("describes in the dictionary exactly the columns of the four tables, in their order", () => {
    const publication = publicationOf();
    for (const table of PUBLICATION_TABLES) {
      expect(publication.dictionary.filter((c) => c.table === table).map((c) => c.name)).toEqual(publication.tables[table].columns.map((c) => c.key));
    }
    expect(publication.tables.dictionary.rows).toHaveLength(PUBLICATION_COLUMNS.length);
    for (const column of publication.dictionary) {
      expect(column.meaning.en.length).toBeGreaterThan(5);
      expect(column.meaning.ru).toMatch(/[а-я]/);
      expect(column.heading.ru).toMatch(/[а-я]/i);
    }
  });

  it("heads the tables and the dictionary in the language asked for, and names states in it", () => {
    const publication = publicationOf();
    const ru = publish([uz, kz], { year: 2025, context: cica, lang: "ru" });
    expect(toCsv(ru.tables.entries).split("\r\n")[0]).toBe(
      "Государство-докладчик,Каталог,Год,Мера,Измерение,Статус,Ничего нового с,Примечания,Опубликовано мероприятий",
    );
    expect(ru.tables.dictionary.columns.map((c) => c.label)[0]).toBe("Таблица");
    expect(ru.tables.replies.rows[0]?.state).toBe("Казахстан");
    expect(publication.tables.dictionary.columns.map((c) => c.label)[0]).toBe("Table");
  });

  it("leaves the dimension and the state's name empty without a context", () => {
    const bare = publish([kz], { year: 2025 });
    expect(bare.tables.entries.rows[0]?.dimension).toBeUndefined();
    expect(bare.tables.replies.rows[0]?.state).toBe("KZ");
  });
});

describe("publish: the report it writes", () => {
  it("publishes no field it does not know, even one smuggled past the types", () => {
    const smuggled = { ...kz, note: "internal note", entries: [{ ...kz.entries[0]!, draftOf: "secret draft" }] } as unknown as NationalReport;
    const text = JSON.stringify(publish([smuggled], { year: 2025 }));
    expect(text).not.toContain("internal note");
    expect(text).not.toContain("secret draft");
    expect(text).toContain("Student exchanges");
  });

  it("keeps the fields of each part in the order the report gives them", () => {
    const [report] = publish([kz], { year: 2025 }).reports;
    expect(Object.keys(report!)).toEqual(["schema", "catalogue", "year", "revision", "submittedOn", "id", "reporter", "access", "entries"]);
    expect(Object.keys(report!.entries[0]!)).toEqual(["measure", "status", "remarks", "activities"]);
  });

  it("changes nothing it was given and returns a frozen result", () => {
    const before = JSON.stringify(kz);
    const publication = publish([kz], { year: 2025, context: cica });
    expect(JSON.stringify(kz)).toBe(before);
    expect(Object.isFrozen(publication.reports[0]!.entries[0]!.activities)).toBe(true);
    expect(Object.isFrozen(publication.tables.entries.rows)).toBe(true);
  });

  it("reads a ledger as it reads the same revisions in a list", () => {
    let ledger: Ledger = createLedger();
    for (const report of [kz, uz]) ledger = recordReport(ledger, report, cica).ledger;
    expect(publish(ledger, { year: 2025, context: cica })).toEqual(publish([kz, uz], { year: 2025, context: cica }));
  });

  it("publishes the revisions as they stood on asOf", () => {
    const withdrawn: NationalReport = { ...kz, revision: 2, submittedOn: "2026-04-01", access: "member-states" };
    expect(publish([kz, withdrawn], { year: 2025, asOf: "2026-03-15" }).reports.map((r) => r.revision)).toEqual([1]);
    expect(publish([kz, withdrawn], { year: 2025, asOf: "2026-04-01" }).reports).toEqual([]);
  });
});

/** Expects `fn` to throw a CbmError with `code` whose message matches `message`. */
function expectMisuse(fn: () => unknown, message: RegExp, code: CbmError["code"] = "invalid-argument"): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(CbmError);
  expect((thrown as CbmError).code).toBe(code);
  expect((thrown as CbmError).message).toMatch(message);
}

describe("publish: each rule of the tables and the published report", () => {
  /** A public report whose parts carry every kind of mark and list the tables join. */
  const marked: NationalReport = {
    ...base,
    id: "KZ-2025",
    reporter: "KZ",
    access: "public",
    entries: [
      {
        measure: "HUM.4",
        status: "implemented",
        access: "public",
        activities: [
          {
            title: "Autumn exchange",
            kind: "exchange",
            from: "2025-09-01",
            partners: ["UZ", "TR"],
            evidence: [{ uri: "https://example.org/1", title: "Press release" }, { uri: "https://example.org/2" }],
            access: "public",
          },
        ],
      },
      { measure: "HUM.1", status: "planned", activities: [] },
      { measure: "2.1.2", status: "planned", access: "member-states" },
      { measure: "ENV.1", status: "planned", access: "member-states" },
      { measure: "NCTG.1", status: "in-progress", activities: [{ title: "Closed talks", kind: "meeting", from: "2025-10-01", access: "member-states" }] },
    ],
  };
  // Built inside each test that reads it (docs/testing.md: fixtures belong inside the tests).
  const publicationOf = () => publish([marked], { year: 2025, context: cica });

  it("keeps the access marks of the published entries and activities", () => {
    const publication = publicationOf();
    const [report] = publication.reports;
    expect(report?.entries[0]?.access).toBe("public");
    expect(report?.entries[0]?.activities?.[0]?.access).toBe("public");
  });

  it("leaves out a list of activities emptied by withholding, and keeps a list the report gave empty", () => {
    const publication = publicationOf();
    const [report] = publication.reports;
    const [, empty, emptied] = report?.entries ?? [];
    expect(empty?.activities).toEqual([]);
    expect(emptied?.measure).toBe("NCTG.1");
    expect(Object.keys(emptied ?? {})).toEqual(["measure", "status"]);
  });

  it("leaves out a field the report holds as undefined, a list of partners or links too", () => {
    const loose = { ...marked, entries: [{ measure: "HUM.4", status: "implemented", remarks: undefined }] } as unknown as NationalReport;
    expect(Object.keys(publish([loose], { year: 2025 }).reports[0]?.entries[0] ?? {})).toEqual(["measure", "status"]);
    const looseActivity = {
      ...marked,
      entries: [
        {
          measure: "HUM.4",
          status: "implemented",
          activities: [{ title: "Visit", kind: "visit", from: "2025-05-01", partners: undefined, evidence: undefined }],
        },
      ],
    } as unknown as NationalReport;
    expect(Object.keys(publish([looseActivity], { year: 2025 }).reports[0]?.entries[0]?.activities?.[0] ?? {})).toEqual(["title", "kind", "from"]);
  });

  it("copies the partners and the evidence, leaving the source's lists and links unfrozen, and publishes no field of a link it does not know", () => {
    const source = structuredClone(marked);
    const activity = source.entries[0]!.activities![0]! as unknown as { evidence: { uri: string; note?: string }[] };
    activity.evidence[0]!.note = "internal note";
    const text = JSON.stringify(publish([source], { year: 2025 }));
    expect(text).not.toContain("internal note");
    expect(Object.isFrozen(source.entries[0]!.activities![0]!.partners)).toBe(false);
    expect(Object.isFrozen(activity.evidence[0])).toBe(false);
  });

  it("joins the partners, the evidence links and the measures withheld with spaces", () => {
    const publication = publicationOf();
    expect(publication.tables.activities.rows[0]).toMatchObject({ partners: "UZ TR", evidence: "https://example.org/1 https://example.org/2" });
    expect(publication.tables.withheld.rows[0]).toMatchObject({ withheldMeasures: "2.1.2 ENV.1", entriesWithheld: 2, activitiesWithheld: 1 });
  });

  it("marks a public report whose every entry is withheld as not published, and a nil report as nil", () => {
    const closedEntries: NationalReport = { ...marked, entries: [{ measure: "2.1.2", status: "planned", access: "member-states" }] };
    const nil: NationalReport = { ...base, id: "UZ-2025", reporter: "UZ", access: "public", nil: true, entries: [] };
    const rows = publish([closedEntries, nil], { year: 2025 }).tables.replies.rows;
    expect(rows.map((row) => [row.reporter, row.published, row.nil])).toEqual([
      ["KZ", false, false],
      ["UZ", true, true],
    ]);
  });

  it("heads the data tables in English by default and the dictionary's headings column in the language asked for", () => {
    const publication = publicationOf();
    expect(publication.tables.entries.columns.map((column) => column.label).slice(0, 4)).toEqual(["Reporter", "Catalogue", "Year", "Measure"]);
    const ru = publish([marked], { year: 2025, lang: "ru" });
    expect(ru.tables.dictionary.rows.find((row) => row.table === "entries" && row.column === "measure")?.heading).toBe("Мера");
    expect(publication.tables.dictionary.rows.find((row) => row.table === "entries" && row.column === "measure")?.heading).toBe("Measure");
  });
});

describe("publish: misuse", () => {
  it("throws a CbmError for a year that is not one, an asOf that is not a date (invalid-date), a summary, or a language it does not know", () => {
    expectMisuse(() => publish([kz], { year: 25.5 }), /publish/);
    expectMisuse(() => publish([kz], { year: 2025, asOf: "2026-13-01" }), /asOf/, "invalid-date");
    expectMisuse(() => publish(toReportSummary([kz]) as never, { year: 2025 }), /not a summary/);
    expectMisuse(() => publish([kz], { year: 2025, lang: "kk" as never }), /lang/);
    expectMisuse(() => publish([kz], undefined as never), /year to publish/);
  });
});
