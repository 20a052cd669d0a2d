import fc from "fast-check";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { BASE_REPORT as BASE, draftOf } from "../../test/support/reports.js";
import { mutatedReportArb, validReportArb } from "../../test/properties/properties.js";
import { cica } from "../data/cica/index.js";
import { defineRegistry } from "../participants/defineRegistry.js";
import { compileReportSchema } from "../reports/compileReportSchema.js";
import { REPORT_LIMITS } from "../reports/limits.js";
import type { ValidationContext } from "../reports/types.js";
import { validateReport } from "../reports/validateReport.js";
import { validateReportText } from "../reports/validateReportText.js";
import { validateReports } from "../reports/validateReports.js";
import { createLedger } from "./createLedger.js";
import { currentReports } from "./currentReports.js";
import { recordReport } from "./recordReport.js";
import type { Ledger } from "./store.js";

/** A ledger holding these reports, recorded as values. */
const ledgerOf = (...reports: object[]): Ledger => reports.reduce<Ledger>((ledger, report) => recordReport(ledger, report, cica).ledger, createLedger());

/** Records a text both ways, the result of validateReportText and the parsed value, and compares what the ledger says. */
function expectSameRecord(ledger: Ledger, text: string, context: ValidationContext = cica): void {
  const byResult = recordReport(ledger, validateReportText(text, context), context);
  const byValue = recordReport(ledger, JSON.parse(text), context);
  expect(byResult.outcome).toBe(byValue.outcome);
  expect(byResult.issues).toEqual(byValue.issues);
  expect(byResult.report).toEqual(byValue.report);
  expect(byResult.ledger.size).toBe(byValue.ledger.size);
  expect(currentReports(byResult.ledger)).toEqual(currentReports(byValue.ledger));
}

describe("recordReport with a result of validateReportText", () => {
  it("records the result's own report, the value validated, without a copy", () => {
    const result = validateReportText(JSON.stringify(BASE), cica);
    const recorded = recordReport(createLedger(), result, cica);
    expect(recorded.outcome).toBe("recorded");
    expect(recorded.report).toBe(result.report);
  });

  it("says what recording the parsed text says: recorded, unchanged, a conflict, a changed id, a late earlier revision", () => {
    const first = ledgerOf(BASE, { ...BASE, revision: 3, submittedOn: "2026-05-01" });
    for (const edit of [{}, { submittedOn: "2026-03-02" }, { revision: 2, id: "KZ-2025-b" }, { revision: 2, submittedOn: "2026-06-01" }, { reporter: "KAZ" }])
      expectSameRecord(first, JSON.stringify(draftOf(BASE, edit)), { ...cica, lang: "ru", today: "2026-12-01" });
  });

  it("rejects a rejected result with its issues, and a text that is not JSON with report.not-json", () => {
    const rejected = validateReportText(JSON.stringify({ ...BASE, reporter: "KAZ" }), cica);
    const recorded = recordReport(createLedger(), rejected, cica);
    expect([recorded.outcome, recorded.issues]).toEqual(["rejected", rejected.issues]);
    expect(recordReport(createLedger(), validateReportText("{", cica), cica).issues.map((issue) => issue.rule)).toEqual(["report.not-json"]);
  });

  it("lists a conflict found after a report's 1,000 warnings, displacing a warning, as recording the parsed text does", () => {
    const activity = { title: "Visit", kind: "visit", from: "2024-12-30", partners: ["TR"] };
    const warned = { ...BASE, entries: [{ ...BASE.entries[0], activities: Array.from({ length: 500 }, () => activity) }], extensions: {} };
    const many = {
      ...warned,
      entries: [
        ...warned.entries,
        { measure: "HUM.4", status: "in-progress", activities: Array.from({ length: 500 }, () => activity) },
        { measure: "2.1.4", status: "implemented", activities: Array.from({ length: 200 }, () => activity) },
      ],
    };
    const text = JSON.stringify(many);
    const alone = validateReportText(text, cica);
    expect(alone.ok).toBe(true);
    expect(alone.issues.length).toBe(REPORT_LIMITS.issues + 1);
    expect(alone.issues.at(-1)?.rule).toBe("report.too-many-warnings");
    const ledger = ledgerOf({ ...many, submittedOn: "2026-03-02" });
    expectSameRecord(ledger, text);
    expect(recordReport(ledger, alone, cica).issues.some((issue) => issue.rule === "ledger.conflict")).toBe(true);
    expectSameRecord(createLedger(), text);
  });

  it("validates the result's report again when the context differs: another language, today, registry or schema", () => {
    const result = validateReportText(JSON.stringify(BASE), cica);
    // Valid without today; with a today before its submission date, the date is in the future.
    const early = recordReport(createLedger(), result, { ...cica, lang: "ru", today: "2026-02-01" });
    expect(early.outcome).toBe("rejected");
    expect(early.issues.map((issue) => [issue.rule, /[А-Яа-я]/.test(issue.message)])).toEqual([["submitted.in-future", true]]);
    const other = validateReportText(JSON.stringify(BASE), { ...cica, lang: "ru" });
    expect(recordReport(createLedger(), other, cica).outcome).toBe("recorded");
    expect(recordReport(createLedger(), result, { ...cica, schema: compileReportSchema() }).outcome).toBe("recorded");
  });

  it("validates the result's report again when only one part of the context differs", () => {
    const result = validateReportText(JSON.stringify(BASE), cica);
    const rulesWith = (context: ValidationContext) => recordReport(createLedger(), result, context).issues.map((issue) => issue.rule);
    // Each context below rejects the report; the one it was validated with accepts it.
    expect(rulesWith(cica)).toEqual([]);
    expect(rulesWith({ ...cica, today: "2026-02-01" })).toEqual(["submitted.in-future"]);
    const withoutReporter = defineRegistry({ participants: cica.registry.participants.filter((participant) => participant.code !== BASE.reporter) } as never);
    expect(rulesWith({ ...cica, registry: withoutReporter })).toEqual(["reporter.unknown"]);
    const withoutCatalogue = Object.fromEntries(Object.entries(cica.catalogues).filter(([ref]) => ref !== BASE.catalogue));
    expect(rulesWith({ ...cica, catalogues: withoutCatalogue as never })).toEqual(["catalogue.unknown"]);
    expect(rulesWith({ ...cica, schema: z.looseObject({ id: z.string().max(3) }) as never })).toEqual(["field.too-long"]);
  });

  it("gives an accepted result's warnings again in the language of the context it is recorded with", () => {
    const activity = { title: "Visit", kind: "visit", from: "2024-12-30", partners: ["TR"] };
    const result = validateReportText(JSON.stringify({ ...BASE, entries: [{ ...BASE.entries[0], activities: [activity] }] }), cica);
    expect(result.issues.map((issue) => issue.rule)).toEqual(["activity.outside-year"]);
    const [ru] = recordReport(createLedger(), result, { ...cica, lang: "ru" }).issues;
    expect(ru?.rule).toBe("activity.outside-year");
    expect(ru?.message).toMatch(/[А-Яа-я]/);
  });

  it("does not trust an accepted result whose list of issues was changed: an issue added, one replaced by a copy, one removed, or a list that is not one", () => {
    const clean = validateReportText(JSON.stringify(BASE), cica) as { issues: unknown };
    clean.issues = [...(clean.issues as unknown[]), { rule: "forged" }];
    expect(recordReport(createLedger(), clean, cica).outcome).toBe("rejected");
    const activity = { title: "Visit", kind: "visit", from: "2024-12-30", partners: ["TR"] };
    const warned = validateReportText(JSON.stringify({ ...BASE, entries: [{ ...BASE.entries[0], activities: [activity] }] }), cica) as unknown as {
      issues: object[];
    };
    const issues = warned.issues;
    warned.issues = issues.map((issue) => ({ ...issue }));
    expect(recordReport(createLedger(), warned, cica).outcome).toBe("rejected");
    warned.issues = [];
    expect(recordReport(createLedger(), warned, cica).outcome).toBe("rejected");
    const notAList = validateReportText(JSON.stringify(BASE), cica) as { issues: unknown };
    notAList.issues = "";
    expect(recordReport(createLedger(), notAList, cica).outcome).toBe("rejected");
  });

  it("takes a result of validateReports as it takes one of validateReportText", () => {
    const [named] = validateReports([{ text: JSON.stringify(BASE), origin: { file: "kz.ndjson", line: 1 } }], cica);
    const recorded = recordReport(createLedger(), named, cica);
    expect(recorded.outcome).toBe("recorded");
    expect(recorded.report).toBe(named?.report);
  });

  it("validates an object shaped like a result as a report, and rejects it: it was not made by the library", () => {
    const forged = { ok: true, report: { ...BASE, reporter: "KAZ" }, issues: [] };
    const recorded = recordReport(createLedger(), forged, cica);
    expect(recorded.outcome).toBe("rejected");
    expect(recorded.issues.map((issue) => [issue.rule, issue.path])).toEqual(
      expect.arrayContaining([
        ["field.unknown", ["ok"]],
        ["field.unknown", ["report"]],
      ]),
    );
  });

  it("validates a result of validateReport (a value's result, not marked) as a report, as before", () => {
    expect(recordReport(createLedger(), validateReport(BASE, cica), cica).outcome).toBe("rejected");
  });

  it("does not trust a result changed after it was made: another report, an issue removed or added", () => {
    const swapped = { ...BASE, reporter: "KAZ" };
    const changed = validateReportText(JSON.stringify(BASE), cica) as { ok: boolean; report: unknown; issues: unknown[] };
    changed.report = swapped;
    expect(recordReport(createLedger(), changed, cica).outcome).toBe("rejected");
    const rejected = validateReportText(JSON.stringify(swapped), cica) as { ok: boolean; report?: unknown; issues: unknown[] };
    rejected.ok = true;
    rejected.report = rejected.issues.pop() && BASE;
    expect(recordReport(createLedger(), rejected, cica).outcome).toBe("rejected");
    expect(recordReport(createLedger(), rejected, cica).issues.some((issue) => issue.rule === "field.unknown")).toBe(true);
  });

  it("gives what recording the parsed text gives, for any valid or edited report", () => {
    const ledger = ledgerOf(BASE, { ...BASE, revision: 2, submittedOn: "2026-04-01" });
    const texts = fc
      .oneof(validReportArb, mutatedReportArb)
      .map((value) => JSON.stringify(value))
      .filter((text): text is string => typeof text === "string");
    fc.assert(
      fc.property(texts, (text) => expectSameRecord(ledger, text)),
      { numRuns: 150 },
    );
  });
});
