import { describe, expect, it } from "vitest";
import { severityOf } from "../internal/severity.js";
import { EN, RU } from "../i18n/messages.js";
import { REPORT_RULES, type RuleId } from "./rules.js";

describe("REPORT_RULES", () => {
  const rules = Object.keys(REPORT_RULES) as RuleId[];

  it("gives each rule the severity validation uses", () => {
    for (const rule of rules) expect(severityOf(rule), rule).toBe(REPORT_RULES[rule].severity);
  });

  it("has an English and a Russian message for every rule", () => {
    for (const rule of rules) {
      expect(EN[rule], rule).toBeTypeOf("string");
      expect(RU[rule], rule).toMatch(/[А-Яа-яЁё]/u);
    }
  });

  it("uses the same placeholders in English and Russian for every message", () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(RU).sort()).toEqual(Object.keys(EN).sort());
    for (const key of Object.keys(EN)) expect(names(RU[key]!), key).toEqual(names(EN[key]!));
  });
});
