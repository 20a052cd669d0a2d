import { describe, expectTypeOf, it } from "vitest";
import { defineLocale, type LabelTemplate, type LocaleDefinition } from "./defineLocale.js";
import { en } from "./en.js";
import type { Labels } from "./labels.js";
import type { Locale } from "./Locale.js";
import { localeTemplate } from "./localeTemplate.js";

const whole: LocaleDefinition = localeTemplate("en");

describe("defineLocale", () => {
  it("returns a Locale, from a definition of plain texts and templates", () => {
    expectTypeOf(defineLocale({ ...whole, code: "kk" })).toEqualTypeOf<Locale>();
  });

  it("does not compile with a message missing", () => {
    const { "field.missing": _missing, ...messages } = whole.messages;
    // @ts-expect-error: "field.missing" is not translated
    defineLocale({ ...whole, messages });
  });

  it("does not compile with a word of the dimension review or the rendered report missing", () => {
    const { asOf: _asOf, ...plan } = whole.labels.plan;
    // @ts-expect-error: labels.plan.asOf is missing
    defineLocale({ ...whole, labels: { ...whole.labels, plan } });
    // @ts-expect-error: a Locale without the review's and the report's words is not a whole definition
    defineLocale(en);
    const { access: _access, ...report } = whole.labels.report;
    // @ts-expect-error: labels.report.access (report@2) is missing
    defineLocale({ ...whole, labels: { ...whole.labels, report } });
  });

  it("takes a template by measure or by plural category only where the label depends on one", () => {
    expectTypeOf<{ level: string; coverage: string }>().toMatchTypeOf<LabelTemplate<Labels["matrix"]["title"]>>();
    expectTypeOf<{ one: string; other: string }>().toMatchTypeOf<LocaleDefinition["labels"]["report"]["extensions"]>();
    // @ts-expect-error: the review's title depends on no measure
    expectTypeOf<{ level: string; coverage: string }>().toMatchTypeOf<LocaleDefinition["labels"]["plan"]["title"]>();
    // @ts-expect-error: a plural template needs its "other" text
    expectTypeOf<{ one: string }>().toMatchTypeOf<LocaleDefinition["labels"]["plan"]["conflicts"]>();
  });
});
