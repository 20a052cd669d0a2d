import { describe, expect, it } from "vitest";
import { BASE_ACTIVITY, BASE_REPORT_WITH_ACTIVITY, draftOf, type Draft } from "../../test/support/reports.js";
import { cica } from "../data/cica/index.js";
import { compileReportSchema } from "./compileReportSchema.js";
import type { ReportIssue, ValidationContext } from "./types.js";
import { validateReport } from "./validateReport.js";

const CYRILLIC = /[А-Яа-яЁё]/u;

/** The base report (Kazakhstan 2025, one entry with one activity of 2025) as a report@2, changed by `edit`. */
function report2(edit?: (draft: Draft) => void): Draft {
  return draftOf(BASE_REPORT_WITH_ACTIVITY, (draft) => {
    draft.schema = "cica-cbm/report@2";
    edit?.(draft);
  });
}

/** The base report as a report@1, changed by `edit`. */
const report1 = (edit?: (draft: Draft) => void) => draftOf(BASE_REPORT_WITH_ACTIVITY, edit);

const located = (issues: readonly ReportIssue[]) => issues.map((issue) => `${issue.rule} ${issue.path.join(".")}`);
const validate = (input: unknown, extra: Partial<ValidationContext> = {}) => validateReport(input, { ...cica, ...extra });

describe("report@2: nothingNewSince", () => {
  const since = (value: unknown, activities = false) =>
    validate(
      report2((d) => {
        d.entries[0].nothingNewSince = value;
        if (!activities) delete d.entries[0].activities;
      }),
    );

  it("accepts a year before the year reported on, down to the format's first year", () => {
    for (const value of [2024, 2000, 1000]) expect(located(since(value).issues), String(value)).toEqual([]);
  });

  it("refuses the year reported on and any later year", () => {
    for (const value of [2025, 2026, 9999]) {
      const result = since(value);
      expect(located(result.issues), String(value)).toEqual(["entry.nothing-new-not-before-year entries.0.nothingNewSince"]);
      expect(result.issues[0]?.params).toMatchObject({ since: value, year: 2025 });
      expect(result.ok).toBe(false);
    }
  });

  it("refuses what is not an integer year as a structural error, without the year rule", () => {
    expect(located(since(2024.5).issues)).toEqual(["field.type entries.0.nothingNewSince"]);
    expect(located(since("2024").issues)).toEqual(["field.type entries.0.nothingNewSince"]);
    expect(located(since(999).issues)).toEqual(["field.value entries.0.nothingNewSince"]);
  });

  it("warns when the entry also lists activities of the year, counting only those", () => {
    const result = validate(
      report2((d) => {
        d.entries[0].nothingNewSince = 2023;
        d.entries[0].activities.push({ ...BASE_ACTIVITY, from: "2024-12-30", to: "2025-01-02" }, { ...BASE_ACTIVITY, from: "2022-05-01" });
      }),
    );
    expect(located(result.issues)).toEqual([
      "activity.outside-year entries.0.activities.2.from",
      "entry.nothing-new-with-activities entries.0.nothingNewSince",
    ]);
    expect(result.issues[1]?.params).toMatchObject({ since: 2023, year: 2025, count: 2 });
    expect(result.ok).toBe(true);
  });

  it("does not warn when the entry's activities all lie in other years", () => {
    const result = validate(
      report2((d) => {
        d.entries[0].nothingNewSince = 2023;
        d.entries[0].activities[0].from = "2022-05-01";
      }),
    );
    expect(located(result.issues)).toEqual(["activity.outside-year entries.0.activities.0.from"]);
  });

  it("keeps the mark in the validated report", () => {
    const result = since(2021);
    expect(result.report?.entries[0]?.nothingNewSince).toBe(2021);
  });
});

describe("report@2: access marks", () => {
  const WARNED = "access.public-inside-restricted";
  const warnings = (edit: (d: Draft) => void) => validate(report2(edit)).issues.filter((issue) => issue.rule === WARNED);

  it("accepts a public activity in an unmarked entry of a public report", () => {
    const result = validate(
      report2((d) => {
        d.access = "public";
        d.entries[0].activities[0].access = "public";
      }),
    );
    expect(result.issues).toEqual([]);
    expect(result.report?.access).toBe("public");
    expect(result.report?.entries[0]?.activities?.[0]?.access).toBe("public");
  });

  it("accepts parts withheld inside a public report, and a report marked for member states", () => {
    expect(validate(report2((d) => ((d.access = "public"), (d.entries[0].access = "member-states")))).issues).toEqual([]);
    expect(validate(report2((d) => ((d.access = "public"), (d.entries[0].activities[0].access = "member-states")))).issues).toEqual([]);
    expect(validate(report2((d) => (d.access = "member-states"))).issues).toEqual([]);
  });

  it("warns of a public activity in an entry for member states, naming the entry to change", () => {
    const [issue, ...rest] = warnings((d) => {
      d.access = "public";
      d.entries[0].access = "member-states";
      d.entries[0].activities[0].access = "public";
    });
    expect(rest).toEqual([]);
    expect(issue?.path).toEqual(["entries", 0, "activities", 0, "access"]);
    expect(issue?.params).toMatchObject({ part: "activity", container: "entries[0]", change: "entries[0].access" });
    expect(issue?.message).toContain('"entries[0].access"');
    expect(issue?.severity).toBe("warning");
  });

  it("warns of a public activity or entry in a report without access, naming the report's mark, in English and Russian", () => {
    for (const reportAccess of [undefined, "member-states"]) {
      const edit = (d: Draft) => {
        if (reportAccess) d.access = reportAccess;
        d.entries[0].access = "public";
        d.entries[0].activities[0].access = "public";
      };
      const found = warnings(edit);
      expect(
        found.map((issue) => issue.path.join(".")),
        String(reportAccess),
      ).toEqual(["entries.0.access", "entries.0.activities.0.access"]);
      expect(found.map((issue) => issue.params)).toMatchObject([
        { part: "entry", change: "access" },
        { part: "activity", change: "access" },
      ]);
      expect(found[0]?.message).toContain("the report is for member states only");
      const ru = validate(report2(edit), { lang: "ru" }).issues.filter((issue) => issue.rule === WARNED);
      expect(ru[0]?.message).toMatch(CYRILLIC);
      expect(ru[0]?.message).toContain("(запись)");
      expect(ru[1]?.message).toContain("(мероприятие)");
    }
  });

  it("warns of a public activity in an unmarked entry of an unmarked report", () => {
    expect(warnings((d) => (d.entries[0].activities[0].access = "public")).map((issue) => issue.path.join("."))).toEqual(["entries.0.activities.0.access"]);
  });

  it("refuses an access level outside the two, naming both in English and Russian", () => {
    expect(located(validate(report2((d) => (d.entries[0].access = "secret"))).issues)).toEqual(["field.type entries.0.access"]);
    const [en] = validate(report2((d) => (d.entries[0].access = "Public"))).issues;
    expect(en?.message).toContain('"public" or "member-states"');
    expect(en?.message).toContain('"Public"');
    const [ru] = validate(
      report2((d) => (d.entries[0].access = "Public")),
      { lang: "ru" },
    ).issues;
    expect(ru?.message).toContain('"public" или "member-states"');
    expect(located(validate(report2((d) => (d.access = true))).issues)).toEqual(["field.type access"]);
  });
});

describe("report@1 keeps its strictness", () => {
  const cases: readonly [string, (d: Draft) => void, string][] = [
    ["the report's access", (d) => (d.access = "public"), "access"],
    ["an entry's access", (d) => (d.entries[0].access = "member-states"), "entries.0.access"],
    ["an entry's nothingNewSince", (d) => (d.entries[0].nothingNewSince = 2024), "entries.0.nothingNewSince"],
    ["an activity's access", (d) => (d.entries[0].activities[0].access = "public"), "entries.0.activities.0.access"],
  ];

  it.each(cases)("refuses %s as an unknown field that needs report@2, in English and Russian", (_name, edit, path) => {
    for (const schema of [undefined, compileReportSchema()]) {
      const en = validate(report1(edit), schema ? { schema } : {});
      expect(located(en.issues)).toEqual([`field.unknown ${path}`]);
      expect(en.issues[0]?.messageKey).toBe("field.unknown.version");
      expect(en.issues[0]?.params).toMatchObject({ schema: "cica-cbm/report@2" });
      expect(en.issues[0]?.message).toContain('"schema": "cica-cbm/report@2"');
      const ru = validate(report1(edit), { lang: "ru", ...(schema ? { schema } : {}) });
      expect(ru.issues[0]?.message).toMatch(CYRILLIC);
      expect(ru.issues[0]?.message).toContain('"cica-cbm/report@2"');
    }
  });

  it("gives no access or nothing-new rule on a report@1's unknown fields", () => {
    const result = validate(report1((d) => ((d.entries[0].nothingNewSince = 2025), (d.entries[0].access = "public"))));
    expect(result.issues.map((issue) => issue.rule)).toEqual(["field.unknown", "field.unknown"]);
  });

  it("says an unknown key that report@2 does not have either is simply unknown", () => {
    const result = validate(report1((d) => (d.entries[0].since = 2024)));
    expect(result.issues.map((issue) => issue.messageKey)).toEqual(["field.unknown"]);
  });

  it("accepts the same fields once the report says report@2", () => {
    for (const [, edit] of cases) expect(located(validate(report2(edit)).issues).filter((issue) => issue.startsWith("field."))).toEqual([]);
  });
});

describe("the schema tag", () => {
  it("names both supported versions when it is neither, in English and Russian", () => {
    for (const lang of ["en", "ru"] as const) {
      const [issue] = validate(
        report2((d) => (d.schema = "cica-cbm/report@3")),
        { lang },
      ).issues;
      expect(issue?.rule).toBe("schema.unsupported");
      expect(issue?.message).toContain('"cica-cbm/report@2"');
      expect(issue?.message).toContain('"cica-cbm/report@1"');
    }
  });

  it("still reports every other field of a report whose tag names no version, plain or compiled", () => {
    for (const schema of [undefined, compileReportSchema()]) {
      const missing = validate({}, schema ? { schema } : {});
      expect(located(missing.issues).slice(0, 3)).toEqual(["field.missing schema", "field.missing id", "field.missing reporter"]);
      const other = validate(
        report2((d) => ((d.schema = "x"), (d.year = "2025"))),
        schema ? { schema } : {},
      );
      expect(located(other.issues)).toEqual(["schema.unsupported schema", "field.type year"]);
    }
  });
});

describe("report@2 checked in parts (a very large report)", () => {
  // One entry with 500 activities of 100 partners: 50,501 list items, more than one pass takes.
  const big = (schema: string, mark: unknown) =>
    draftOf(BASE_REPORT_WITH_ACTIVITY, (d) => {
      d.schema = schema;
      d.entries[0].activities = Array.from({ length: 500 }, (_, i) => ({
        ...BASE_ACTIVITY,
        partners: Array(100).fill("TR"),
        ...(i === 499 ? { access: mark } : {}),
      }));
    });

  it("accepts a report@2 with an access mark deep inside", () => {
    const result = validate(big("cica-cbm/report@2", "member-states"));
    expect(result.issues).toEqual([]);
  }, 30_000);

  it("refuses the same mark in a report@1, and a mark outside the levels in a report@2, where one pass would", () => {
    expect(located(validate(big("cica-cbm/report@1", "member-states")).issues)).toEqual(["field.unknown entries.0.activities.499.access"]);
    expect(located(validate(big("cica-cbm/report@2", "secret")).issues)).toEqual(["field.type entries.0.activities.499.access"]);
  }, 30_000);
});
