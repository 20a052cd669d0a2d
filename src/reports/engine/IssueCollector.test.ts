import { describe, expect, it } from "vitest";
import { messageSource } from "../../i18n/messageSource.js";
import { REPORT_LIMITS as L } from "../limits.js";
import { IssueCollector } from "./IssueCollector.js";

// The collector's own rules, checked on it directly: what the validators pass it does not reach
// every case (no validator adds one rule under two message keys at one place in a row, for one).

const collector = () => new IssueCollector(messageSource("en", "test", "lang"));

describe("IssueCollector: an issue repeated", () => {
  it("drops an issue only when it repeats the last one listed: the same rule, message and place", () => {
    const issues = collector();
    issues.add("report.too-large", ["entries", 0], { max: 10 }, "report.too-large.value");
    issues.add("report.too-large", ["entries", 0], { max: 10 }, "report.too-large.value");
    expect(issues.issues).toHaveLength(1);
    expect(issues.errors).toBe(1);
  });

  it("lists one rule twice at one place when the message differs", () => {
    const issues = collector();
    issues.add("report.too-large", ["entries", 0], { max: 10 }, "report.too-large.value");
    issues.add("report.too-large", ["entries", 0], { max: 10 });
    expect(issues.issues.map((issue) => issue.messageKey)).toEqual(["report.too-large.value", "report.too-large"]);
  });

  it("lists two rules under one message key at one place", () => {
    const issues = collector();
    issues.add("report.too-large", ["entries"], { max: 10 }, "report.too-large");
    issues.add("field.too-many", ["entries"], { length: 11, max: 10 }, "report.too-large");
    expect(issues.issues.map((issue) => issue.rule)).toEqual(["report.too-large", "field.too-many"]);
  });

  it("lists one rule and message again at another place, a shorter path included", () => {
    const issues = collector();
    issues.add("report.too-large", ["entries", 0], { max: 10 });
    issues.add("report.too-large", ["entries"], { max: 10 });
    issues.add("report.too-large", ["entries", 1], { max: 10 });
    expect(issues.issues.map((issue) => issue.path)).toEqual([["entries", 0], ["entries"], ["entries", 1]]);
  });
});

describe("IssueCollector: the end of a long list", () => {
  it("ends a list past its limit with one error at the report's root that counts the issues not listed", () => {
    const issues = collector();
    for (let index = 0; index < L.issues + 3; index++) issues.add("report.too-large", ["entries", index], { max: 10 });
    issues.finish();
    const last = issues.issues[issues.issues.length - 1]!;
    expect(issues.issues).toHaveLength(L.issues + 1);
    expect([last.rule, last.path, last.params]).toEqual(["report.too-many-issues", [], { field: "(the report)", max: L.issues, more: 3 }]);
  });

  it("counts the closing error among the errors found, as it is listed", () => {
    const issues = collector();
    for (let index = 0; index < L.issues + 1; index++) issues.add("report.too-large", ["entries", index], { max: 10 });
    expect(issues.errors).toBe(L.issues + 1);
    issues.finish();
    expect(issues.errors).toBe(L.issues + 2);
  });
});
