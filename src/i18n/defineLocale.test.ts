import { describe, expect, it } from "vitest";
import { implementationMatrix } from "../aggregate/implementationMatrix.js";
import { reportingRate } from "../aggregate/reportingRate.js";
import { cica } from "../data/cica/index.js";
import { isCbmError } from "../errors/CbmError.js";
import { dimensionReview } from "../plans/dimensionReview.js";
import { matrixLegend } from "../render/matrixLegend.js";
import { renderDimensionReview } from "../render/renderDimensionReview.js";
import { renderReport } from "../render/renderReport.js";
import { replyTable } from "../render/replyTable.js";
import { validateReport } from "../reports/validateReport.js";
import { BASE_REPORT_WITH_ACTIVITY } from "../../test/support/reports.js";
import { bracketed, PSEUDO, PSEUDO_CODE, pseudoDefinition } from "../../test/support/pseudoLocale.js";
import { defineLocale, type LocaleDefinition } from "./defineLocale.js";
import { en } from "./en.js";
import { LOCALE_KEYS, localeTemplate } from "./localeTemplate.js";
import { FUNCTION_LABELS } from "./localeReference.js";
import { MESSAGE_KEYS } from "./Locale.js";
import { EN_PLAN_LABELS, RU_PLAN_LABELS } from "./planLabels.js";
import { EN_REPORT_LABELS, RU_REPORT_LABELS } from "./reportLabels.js";
import { ru } from "./ru.js";

/** The message of the CbmError that `call` throws, after checking its code. */
function thrown(call: () => unknown, code = "invalid-definition"): string {
  try {
    call();
  } catch (error) {
    expect(isCbmError(error) && error.code).toBe(code);
    return (error as Error).message;
  }
  throw new Error("expected a CbmError, got none");
}

/** The definition with `edit` applied to a copy of it. */
function edited(edit: (definition: { -readonly [K in keyof LocaleDefinition]: any }) => void): LocaleDefinition {
  const copy = structuredClone(pseudoDefinition()) as { -readonly [K in keyof LocaleDefinition]: any };
  edit(copy);
  return copy;
}

/** Sample arguments of each label that is a function, by parameter name. */
const SAMPLE: Readonly<Record<string, readonly unknown[]>> = {
  measure: ["level", "coverage"],
  count: [0, 1, 2, 5],
  catalogue: ["cica@2021"],
  year: [2025],
  lowest: ["not started"],
  highest: ["implemented"],
  rows: [3],
  cols: [5],
  dimension: ["Human dimension"],
  id: ["KZ-2025"],
  revision: [2],
  approvedOn: ["2024-12-04"],
  date: ["2025-06-30"],
  reporter: ["Kazakhstan"],
  submittedOn: ["2026-03-01"],
  title: ["CICA Catalogue"],
};

/** Every call of a label function over the sample arguments (each parameter's values in turn). */
function callsOf(params: readonly string[]): unknown[][] {
  return params.reduce<unknown[][]>((calls, name) => calls.flatMap((call) => SAMPLE[name]!.map((value) => [...call, value])), [[]]);
}

/** A label of a Locale by its path in FUNCTION_LABELS. */
const labelAt = (locale: object, path: string) => path.split(".").reduce<any>((value, key) => value?.[key], locale) as (...args: unknown[]) => string;

describe("defineLocale", () => {
  it("takes back the templates of English and Russian, whose labels then say what the built-in ones say", () => {
    for (const [lang, builtIn] of [
      ["en", { ...en, labels: { ...en.labels, plan: EN_PLAN_LABELS, report: EN_REPORT_LABELS } }],
      ["ru", { ...ru, labels: { ...ru.labels, plan: RU_PLAN_LABELS, report: RU_REPORT_LABELS } }],
    ] as const) {
      const defined = defineLocale(localeTemplate(lang));
      expect(defined.messages).toEqual(builtIn.messages);
      expect(defined.fields).toEqual(builtIn.fields);
      expect(defined.labels.table).toEqual(builtIn.labels.table);
      // The heat map's deprecated words are not in the templates: nothing shows them.
      for (const [path, params] of Object.entries(FUNCTION_LABELS).filter(([path]) => !path.startsWith("labels.svg."))) {
        for (const args of callsOf(params))
          expect(labelAt(defined, path)(...args), `${lang} ${path}(${args.join(", ")})`).toBe(labelAt(builtIn, path)(...args));
      }
    }
  });

  it("gives a pseudo-locale's words to validation, the tables, the legend, the review and the rendered report", () => {
    const issue = validateReport({ ...BASE_REPORT_WITH_ACTIVITY, id: undefined }, { ...cica, lang: PSEUDO }).issues[0]!;
    expect(issue.message).toMatch(/^\[.*is missing\. Add it\.\]$/);
    expect(replyTable(reportingRate([], cica, { year: 2025 }), { lang: PSEUDO }).columns[0]!.label).toBe("[Code]");
    const matrix = implementationMatrix([BASE_REPORT_WITH_ACTIVITY as never], cica, { year: 2025, catalogue: "cica@2021", by: "dimension" });
    expect(matrixLegend(matrix, { lang: PSEUDO })).toMatch(/^\[Implementation level: .*\]$/);
    const review = dimensionReview([], [], cica, { year: 2025, dimension: "human", catalogue: "cica@2021" });
    expect(renderDimensionReview(review, { lang: PSEUDO }).split("\n")[0]).toBe("# \\[Human dimension: review of implementation, 2025\\]");
    const html = renderReport(BASE_REPORT_WITH_ACTIVITY as never, { lang: PSEUDO, context: cica, format: "html" });
    expect(html).toContain(`<article lang="${PSEUDO_CODE}">`);
    expect(html).toContain("[Kazakhstan: national report on the implementation of confidence building measures, 2025]");
  });

  it("returns a frozen Locale that keeps nothing of the definition, which may change afterwards", () => {
    const definition = edited(() => {});
    const locale = defineLocale(definition);
    (definition.messages as Record<string, string>)["field.missing"] = "changed";
    (definition.labels.table as Record<string, string>).state = "changed";
    expect(locale.messages["field.missing"]).toBe(PSEUDO.messages["field.missing"]);
    expect(locale.labels.table.state).toBe("[State]");
    expect(Object.isFrozen(locale) && Object.isFrozen(locale.messages) && Object.isFrozen(locale.labels.plan)).toBe(true);
  });

  it("writes the heat map's deprecated words in English where the definition leaves them out, and takes them where it gives them", () => {
    expect(localeTemplate("en").labels.svg).not.toHaveProperty("legend");
    expect(PSEUDO.labels.svg.legend).toBe(en.labels.svg.legend);
    expect(PSEUDO.labels.svg.title("cica@2021", 2025)).toBe(en.labels.svg.title("cica@2021", 2025));
    const given = defineLocale(edited((d) => Object.assign(d.labels.svg, { legend: "[legend]", title: "[{catalogue}/{year}]" })));
    expect([given.labels.svg.legend, given.labels.svg.title("cica@2021", 2025)]).toEqual(["[legend]", "[cica@2021/2025]"]);
  });

  it("picks a count's text by the plural rules of the Locale's language, and a measure's text by the measure", () => {
    const locale = defineLocale(
      edited((d) => {
        d.labels.plan.conflicts = { one: "one conflict", other: "{count} conflicts" };
        d.labels.matrix.title = { level: "L {catalogue}", coverage: "C {year}" };
      }),
    );
    expect([0, 1, 2].map((n) => locale.labels.plan?.conflicts(n))).toEqual(["0 conflicts", "one conflict", "2 conflicts"]);
    expect(locale.labels.matrix.title("level", "cica@2021", 2025)).toBe("L cica@2021");
    expect(locale.labels.matrix.title("coverage", "cica@2021", 2025)).toBe("C 2025");
  });

  it("takes a function where the English label is one", () => {
    const locale = defineLocale(edited((d) => (d.labels.report.title = (reporter: string, year: number) => `${year} · ${reporter}`)));
    expect(locale.labels.report?.title("Kazakhstan", 2025)).toBe("2025 · Kazakhstan");
  });

  it("lists every problem by its path: a missing message, a text of the wrong type, placeholders lacking or unknown, a misspelt key, a missing part", () => {
    const withPlaceholder = MESSAGE_KEYS.find((key) => /\{\w+\}/.test(en.messages[key]) && key !== "field.missing")!;
    const message = thrown(() =>
      defineLocale(
        edited((d) => {
          delete d.messages["field.missing"];
          d.messages["field.misssing"] = "[typo]";
          d.messages[withPlaceholder] = "[no placeholders]";
          d.fields.names.year = 2025;
          d.labels.table.state = "";
          d.labels.plan.asOf = "[{day}]";
          d.labels.report.extensions = { one: "[one]" };
          delete d.labels.replies;
          delete d.labels.report.access;
        }),
      ),
    );
    expect(message).toMatch(/^defineLocale: the Locale "en-x-test" has 9 problems: /);
    for (const expected of [
      'messages["field.missing"] is missing (English: "\\"{field}\\" is missing. Add it.")',
      'messages["field.misssing"] is not a key of a Locale',
      "fields.names.year must be a text; it is number",
      'labels.table.state is empty (English: "State")',
      "labels.replies is missing",
      "labels.plan.asOf has {day}, which is not one of {date}",
      "labels.report.extensions.other is missing",
      // report@2's words, which a Locale passed as it is may leave out, are asked for here.
      "labels.report.access is missing",
    ]) {
      expect(message).toContain(expected);
    }
    expect(message).toContain(`messages[${JSON.stringify(withPlaceholder)}] lacks {`);
    expect(message).toContain("LOCALE_KEYS lists every key");
  });

  it("lists the first ten problems and counts the rest", () => {
    const dropped = MESSAGE_KEYS.slice(0, 13);
    const message = thrown(() =>
      defineLocale(
        edited((d) => {
          for (const key of dropped) delete d.messages[key];
        }),
      ),
    );
    expect(message).toContain("has 13 problems");
    for (const key of dropped.slice(0, 10)) expect(message).toContain(`messages[${JSON.stringify(key)}] is missing`);
    for (const key of dropped.slice(10)) expect(message).not.toContain(`messages[${JSON.stringify(key)}] is missing`);
    expect(message).toContain("; and 3 more.");
  });

  it("takes only a BCP 47 language tag in its canonical form as the code", () => {
    expect(thrown(() => defineLocale(edited((d) => (d.code = "x-test"))))).toContain('code "x-test" is not a BCP 47 language tag');
    expect(thrown(() => defineLocale(edited((d) => (d.code = "KK"))))).toContain('code "KK" must be written "kk"');
    expect(thrown(() => defineLocale(edited((d) => (d.code = 7))))).toContain("code must be a BCP 47 language tag");
    expect(defineLocale(edited((d) => (d.code = "zh-Hans"))).code).toBe("zh-Hans");
  });

  it("says what to pass when given no object at all", () => {
    for (const bad of [null, "kk", [], 7]) expect(thrown(() => defineLocale(bad as never))).toMatch(/^defineLocale: pass a Locale/);
  });
});

describe("localeTemplate and LOCALE_KEYS", () => {
  it("list the same keys, each one a text of the template (labels that depend on a measure or a count as one key)", () => {
    const paths: string[] = [];
    const walk = (value: unknown, path: string, isLabel: boolean) => {
      if (typeof value === "string" || isLabel) paths.push(path);
      else
        for (const [key, entry] of Object.entries(value as object))
          walk(
            entry,
            /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`,
            Object.hasOwn(FUNCTION_LABELS, path ? `${path}.${key}` : key),
          );
    };
    walk(localeTemplate("en"), "", false);
    expect(paths).toEqual(LOCALE_KEYS);
    expect(LOCALE_KEYS).toContain("labels.plan.title");
    expect(LOCALE_KEYS.filter((key) => key.startsWith("messages["))).toEqual(MESSAGE_KEYS.map((key) => `messages[${JSON.stringify(key)}]`));
  });

  it("give a translator's file that survives JSON: the pseudo-locale read back from its JSON text", () => {
    const back = defineLocale(JSON.parse(JSON.stringify(pseudoDefinition())));
    expect(back.labels.report?.extensions(2)).toBe(PSEUDO.labels.report?.extensions(2));
    expect(back.labels.report?.extensions(2)).toMatch(/^\[.*these keys.*\]$/);
  });

  it("start from a Locale of one's own as well, and give its texts back", () => {
    expect(localeTemplate(PSEUDO)).toEqual(pseudoDefinition());
    expect(bracketed(localeTemplate("en")).labels.plan.asOf).toBe("[As of {date}.]");
  });
});
