import { describe, expect, it } from "vitest";
import { findDiscrepancies } from "../aggregate/findDiscrepancies.js";
import { implementationMatrix } from "../aggregate/implementationMatrix.js";
import { reportingRate } from "../aggregate/reportingRate.js";
import { cica } from "../data/cica/index.js";
import { isCbmError } from "../errors/CbmError.js";
import { createLedger } from "../ledger/createLedger.js";
import { ledgerFromJSON } from "../ledger/ledgerFromJSON.js";
import { recordReport } from "../ledger/recordReport.js";
import { dimensionReview } from "../plans/dimensionReview.js";
import { renderDimensionReview } from "../render/renderDimensionReview.js";
import { renderMatrixSvg } from "../render/renderMatrixSvg.js";
import { discrepancyTable } from "../render/discrepancyTable.js";
import { matrixTable } from "../render/matrixTable.js";
import { rateTable } from "../render/rateTable.js";
import { replyTable } from "../render/replyTable.js";
import { formatIssue } from "../reports/formatIssue.js";
import { groupIssues } from "../reports/groupIssues.js";
import { migrateReport } from "../reports/migrateReport.js";
import { validateReport } from "../reports/validateReport.js";
import { en } from "./en.js";
import { MESSAGE_KEYS, resolveLocale, type Locale } from "./Locale.js";
import { localize, textIn } from "./localize.js";
import { EN_LEDGER } from "./messages.js";
import { EN_PLAN_LABELS } from "./planLabels.js";
import { ru } from "./ru.js";
import { reportableMeasures } from "../catalogue/reportableMeasures.js";
import { checkPlanRevisions } from "../plans/checkPlanRevisions.js";
import { validatePlan } from "../plans/validatePlan.js";
import { matrixLegend } from "../render/matrixLegend.js";
import { renderReport } from "../render/renderReport.js";
import { localeTemplate } from "./localeTemplate.js";
import { EN_CSV, EN_MIGRATION, EN_PLAN } from "./messages.js";
import { BASE_PLAN } from "../../test/support/plans.js";
import { PSEUDO } from "../../test/support/pseudoLocale.js";
import { forward } from "../../test/support/renumbering.js";
import { BASE_REPORT } from "../../test/support/reports.js";

/** The report fields of the shared base report (test/support), without its entries. */
const { entries: _baseEntries, ...REPORT_HEADER } = BASE_REPORT;

const REPORT = {
  ...REPORT_HEADER,
  entries: [{ measure: "2.1.2", status: "implemented", activities: [{ title: "Defence college visit", kind: "visit", from: "2025-04-10", partners: ["TR"] }] }],
};

/** A language of the user's own: English words, marked so that a test can tell them apart. */
const marked: Locale = {
  code: "xx",
  messages: Object.fromEntries(MESSAGE_KEYS.map((key) => [key, `[xx] ${en.messages[key]}`])) as Locale["messages"],
  fields: { ...en.fields, wrap: "<{words}>" },
  labels: {
    table: Object.fromEntries(Object.entries(en.labels.table).map(([k, v]) => [k, `[xx] ${v}`])) as Locale["labels"]["table"],
    replies: Object.fromEntries(Object.entries(en.labels.replies).map(([k, v]) => [k, `[xx] ${v}`])) as Locale["labels"]["replies"],
    svg: { ...en.labels.svg, legend: "[xx] legend", title: () => "[xx] title" },
    plan: { ...EN_PLAN_LABELS, title: () => "[xx] review" },
    matrix: { ...en.labels.matrix, legend: () => "[xx] legend", title: () => "[xx] title", coverage: "[xx] coverage" },
  },
};

const matrix = () => implementationMatrix([REPORT as never], cica, { year: 2025, catalogue: "cica@2021", by: "dimension" });

/** Every function that takes a language, called with `lang`. */
const TAKERS: Record<string, (lang: never) => unknown> = {
  validateReport: (lang) => validateReport(REPORT, { ...cica, lang }),
  recordReport: (lang) => recordReport(createLedger(), REPORT, { ...cica, lang }),
  ledgerFromJSON: (lang) => ledgerFromJSON({ schema: "cica-cbm/ledger@1", reports: [] }, { ...cica, lang }),
  migrateReport: (lang) => migrateReport(REPORT, forward, { ...cica, lang }),
  formatIssue: (lang) => formatIssue({ messageKey: "field.missing", params: { field: '"id"' } }, lang),
  groupIssues: (lang) => groupIssues(validateReport({}, cica).issues, { lang }),
  replyTable: (lang) => replyTable(reportingRate([], cica, { year: 2025 }), { lang }),
  rateTable: (lang) => rateTable(reportingRate([], cica, { year: 2025 }), { lang }),
  matrixTable: (lang) => matrixTable(matrix(), { lang }),
  discrepancyTable: (lang) => discrepancyTable(findDiscrepancies([], cica, { year: 2025 }), { lang }),
  renderMatrixSvg: (lang) => renderMatrixSvg(matrix(), { lang }),
  renderDimensionReview: (lang) => renderDimensionReview(dimensionReview([], [], cica, { year: 2025, dimension: "human", catalogue: "cica@2021" }), { lang }),
  localize: (lang) => localize({ en: "x" }, lang),
  resolveLocale: (lang) => resolveLocale(lang),
  renderReport: (lang) => renderReport(REPORT as never, { lang, context: cica }),
  reportableMeasures: (lang) => reportableMeasures(cica.catalogues["cica@2021"], { lang }),
  validatePlan: (lang) => validatePlan(BASE_PLAN, { ...cica, lang }),
  checkPlanRevisions: (lang) => checkPlanRevisions([BASE_PLAN as never], { lang }),
  matrixLegend: (lang) => matrixLegend(matrix(), { lang }),
  localeTemplate: (lang) => localeTemplate(lang),
};

/** A copy of a Locale without the entry at `path` (the objects on the way copied, the rest shared). */
function without(locale: object, path: readonly string[]): object {
  const [key, ...rest] = path as [string, ...string[]];
  const copy: Record<string, unknown> = { ...(locale as Record<string, unknown>) };
  if (rest.length === 0) delete copy[key];
  else copy[key] = without(copy[key] as object, rest);
  return copy;
}

const firstKey = (table: object) => Object.keys(table)[0]!;

/** For each function that takes a language: a word it reads, left out of a Locale, and how the error names it. */
const READS: Record<string, readonly string[]> = {
  validateReport: ["messages", "field.missing"],
  recordReport: ["messages", "ledger.conflict"],
  ledgerFromJSON: ["messages", "ledger.conflict"],
  migrateReport: ["messages", firstKey(EN_MIGRATION)],
  formatIssue: ["messages", firstKey(EN_CSV)],
  groupIssues: ["messages", firstKey(EN_CSV)],
  validatePlan: ["messages", firstKey(EN_PLAN)],
  checkPlanRevisions: ["messages", firstKey(EN_PLAN)],
  replyTable: ["labels", "table", "state"],
  rateTable: ["labels", "replies", "rate"],
  matrixTable: ["labels", "matrix", "coverage"],
  discrepancyTable: ["labels", "table", "partner"],
  renderMatrixSvg: ["labels", "svg", "mean"],
  matrixLegend: ["labels", "matrix", "legend"],
  renderDimensionReview: ["labels", "plan", "asOf"],
  renderReport: ["labels", "report", "nil"],
  resolveLocale: ["labels", "report", "title"],
  localeTemplate: ["labels", "plan", "title"],
};

const pathText = (path: readonly string[]) =>
  path.map((key, i) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `${i ? "." : ""}${key}` : `[${JSON.stringify(key)}]`)).join("");

describe("a language code that is not one of the library's", () => {
  for (const [name, call] of Object.entries(TAKERS)) {
    it(`makes ${name} throw CbmError invalid-argument, naming the function and what to pass`, () => {
      for (const bad of ["fr", "EN", "", 7, null, { code: "kk" }]) {
        let caught: unknown;
        try {
          call(bad as never);
        } catch (error) {
          caught = error;
        }
        expect(isCbmError(caught) && caught.code, `${name}(${JSON.stringify(bad)})`).toBe("invalid-argument");
        expect((caught as Error).message).toContain(name);
        expect((caught as Error).message).toMatch(/"en" or "ru", or a Locale/);
      }
    });

    it(`lets ${name} take "ru" and the ru Locale alike`, () => {
      expect(JSON.stringify(call(ru as never))).toBe(JSON.stringify(call("ru" as never)));
    });
  }
});

describe("a Locale of one's own with a word missing", () => {
  for (const [name, path] of Object.entries(READS)) {
    it(`makes ${name} throw CbmError invalid-argument that names the function and the missing ${pathText(path)}`, () => {
      expect(() => TAKERS[name]!(PSEUDO as never)).not.toThrow();
      let caught: unknown;
      try {
        TAKERS[name]!(without(PSEUDO, path) as never);
      } catch (error) {
        caught = error;
      }
      expect(isCbmError(caught) && caught.code).toBe("invalid-argument");
      expect((caught as Error).message).toMatch(new RegExp(`^${name}: `));
      expect((caught as Error).message).toContain(`${pathText(path)} is missing`);
    });
  }

  for (const name of ["localize", "reportableMeasures"]) {
    it(`makes ${name}, which reads only the code, throw on a code that is no language tag`, () => {
      expect(() => TAKERS[name]!({ ...PSEUDO, code: "x-test" } as never)).toThrow(/code "x-test" is not a BCP 47 language tag/);
    });
  }

  it("is checked once: a Locale found whole is not read again, a new one is", () => {
    const issue = { messageKey: "field.missing", params: { field: '"id"' } } as const;
    const mutable = { ...PSEUDO, messages: { ...PSEUDO.messages } as Record<string, string> };
    expect(formatIssue(issue, mutable as never)).toMatch(/^\[.* is missing\. Add it\.\]$/);
    delete mutable.messages["ledger.conflict"];
    expect(() => formatIssue(issue, mutable as never)).not.toThrow();
    expect(() => formatIssue(issue, { ...mutable } as never)).toThrow(/messages\["ledger\.conflict"\] is missing/);
  });

  it("validates with the messages and the fields alone, and asks for labels where they are read", () => {
    const messagesOnly = { code: PSEUDO.code, messages: PSEUDO.messages, fields: PSEUDO.fields };
    expect(validateReport({ ...REPORT, id: undefined }, { ...cica, lang: messagesOnly as never }).issues[0]!.message).toMatch(/^\[/);
    expect(() => replyTable(reportingRate([], cica, { year: 2025 }), { lang: messagesOnly as never })).toThrow(/replyTable: .*labels is missing/);
  });
});

describe("a Locale of one's own", () => {
  it("renders validation messages, formatIssue and groupIssues in it", () => {
    const issue = validateReport({ ...REPORT, id: undefined }, { ...cica, lang: marked }).issues[0]!;
    expect(issue.message).toBe('[xx] <the report\'s id> ("id") is missing. Add it.');
    expect(formatIssue(issue, marked)).toBe(issue.message);
    expect(groupIssues([issue], { lang: marked })[0]!.message).toBe(issue.message);
  });

  it("renders the ledger's messages in it, not in English", () => {
    const ledger = recordReport(createLedger(), REPORT, cica);
    expect(ledger.outcome).toBe("recorded");
    const conflict = recordReport(ledger.ledger, { ...REPORT, submittedOn: "2026-03-02" }, { ...cica, lang: marked });
    expect(conflict.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^\[xx\] Revision 1 of/)]);
  });

  it("labels the tables and the heat map in it", () => {
    expect(replyTable(reportingRate([], cica, { year: 2025 }), { lang: marked }).columns[0]!.label).toBe("[xx] Code");
    expect(renderMatrixSvg(matrix(), { lang: marked })).toContain("[xx] legend");
    const review = dimensionReview([], [], cica, { year: 2025, dimension: "human", catalogue: "cica@2021" });
    const markdown = renderDimensionReview(review, { lang: marked });
    expect(markdown.split("\n")[0]).toBe("# \\[xx\\] review");
    expect(markdown).toContain("| \\[xx\\] Code |");
  });

  it("names states and groups in English where the data has no text in its language", () => {
    const table = matrixTable(matrix(), { lang: marked, registry: cica.registry });
    expect(table.columns[2]!.label).toBe(`${cica.catalogues["cica@2021"].dimensions[0]!.en}: level`);
    expect(table.columns[3]!.label).toBe(`${cica.catalogues["cica@2021"].dimensions[0]!.en}: [xx] coverage`);
    expect(table.rows[0]!.state).toBe("Kazakhstan");
  });
});

describe("the ledger's messages", () => {
  it("come in Russian from recordReport and ledgerFromJSON when asked", () => {
    const loaded = ledgerFromJSON("[]", { ...cica, lang: "ru" });
    expect(loaded.issues[0]!.rule).toBe("ledger.type");
    expect(loaded.issues[0]!.message).toMatch(/^Это не документ реестра/);
  });

  it("are typed and listed with the others", () => {
    for (const key of Object.keys(EN_LEDGER)) expect(MESSAGE_KEYS).toContain(key);
    expect(new Set(MESSAGE_KEYS).size).toBe(MESSAGE_KEYS.length);
    expect(Object.keys(ru.messages).sort()).toEqual([...MESSAGE_KEYS].sort());
  });
});

describe("localize", () => {
  it("takes the text of the locale's language, English where it has none", () => {
    expect(localize({ en: "Human dimension", ru: "Человеческое измерение" }, "ru")).toBe("Человеческое измерение");
    expect(localize({ en: "Human dimension", ru: "Человеческое измерение" }, en)).toBe("Human dimension");
    expect(localize({ en: "Kazakhstan" }, "ru")).toBe("Kazakhstan");
    expect(localize({ en: "Kazakhstan", ru: "Казахстан" }, marked)).toBe("Kazakhstan");
  });

  it("reads only the value's own text, not one inherited", () => {
    expect(textIn({ en: "x" }, "constructor")).toBe("x");
  });

  it("takes no Locale whose code is not a BCP 47 tag, such as the name of an inherited key", () => {
    expect(() => localize({ en: "x" }, { ...marked, code: "constructor" })).toThrow(/code "constructor" is not a BCP 47 language tag/);
  });
});
