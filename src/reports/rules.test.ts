import { describe, expect, it } from "vitest";
import { EN, RU } from "../i18n/messages.js";
import { RULE_SEVERITIES, severityOf } from "./ruleIds.js";
import { REPORT_RULES, type RuleId } from "./rules.js";

describe("REPORT_RULES", () => {
  const rules = Object.keys(REPORT_RULES) as RuleId[];

  it("gives each rule the severity validation uses", () => {
    for (const rule of rules) expect(severityOf(rule), rule).toBe(REPORT_RULES[rule].severity);
  });

  it("lists exactly the rules of the one table of ids and severities, in its order, each with what it checks", () => {
    expect(rules).toEqual(Object.keys(RULE_SEVERITIES));
    for (const rule of rules) {
      expect(REPORT_RULES[rule].severity, rule).toBe(RULE_SEVERITIES[rule]);
      expect(REPORT_RULES[rule].checks.length, rule).toBeGreaterThan(20);
    }
    expect(rules.filter((rule) => REPORT_RULES[rule].severity === "warning").sort()).toEqual([
      "access.public-inside-restricted",
      "activity.kind-unknown",
      "activity.outside-year",
      "catalogue.superseded",
      "entry.nothing-new-with-activities",
      "extensions.unsafe-key",
      "ledger.backdated",
      "ledger.id-changed",
      "measure.heading",
      "plan.held-outside-year",
      "plan.postponed-past",
      "plan.state-observer",
      "plan.too-many-warnings",
      "report.too-many-warnings",
      "reporter.observer",
      "status.unscored-with-activities",
      "year.not-ended",
    ]);
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
