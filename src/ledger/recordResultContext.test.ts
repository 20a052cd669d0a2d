import { describe, expect, it } from "vitest";
import { BASE_REPORT as BASE } from "../../test/support/reports.js";
import { cica } from "../data/cica/index.js";
import { defineRegistry } from "../participants/defineRegistry.js";
import * as z from "zod/mini";
import { NationalReportSchema } from "../reports/schema.js";
import type { ValidationContext } from "../reports/types.js";
import { validateReportText } from "../reports/validateReportText.js";
import { createLedger } from "./createLedger.js";
import { recordReport } from "./recordReport.js";

// recordReport takes a result of validateReportText without validating it again only when it was
// made with the same context. Each part of the context, changed alone, must make it validate again:
// a result valid under one context is recorded under another only if it is valid there too.

/** The base report's result under cica (valid, no issue), recorded into a new ledger with `context`. */
const recordUnder = (context: ValidationContext) => recordReport(createLedger(), validateReportText(JSON.stringify(BASE), cica), context);

/** A registry of its own that does not hold the base report's reporter (KZ). */
const registryWithoutKz = () =>
  defineRegistry({ participants: [{ code: "AA", kind: "state", name: { en: "Avalon" }, history: [{ status: "member", since: "2020" }] }] });

describe("a result recorded under a context it was not made with", () => {
  it("is recorded as made when the context is the same object or holds the same parts", () => {
    expect(recordUnder(cica).outcome).toBe("recorded");
    expect(recordUnder({ ...cica }).outcome).toBe("recorded");
  });

  it("is validated again when only the registry differs, and rejected when that registry does not hold its reporter", () => {
    const recorded = recordUnder({ ...cica, registry: registryWithoutKz() });
    expect(recorded.outcome).toBe("rejected");
    expect(recorded.issues.map((issue) => issue.path)).toContainEqual(["reporter"]);
  });

  it("is validated again when only the catalogues differ, and rejected when they do not hold its version", () => {
    const recorded = recordUnder({ ...cica, catalogues: { "cica@2004": cica.catalogues["cica@2004"] } as never });
    expect(recorded.outcome).toBe("rejected");
    expect(recorded.issues.map((issue) => issue.path)).toContainEqual(["catalogue"]);
  });

  it("is validated again when only the schema differs, and rejected by a schema of the caller's own that refuses it", () => {
    const strict = NationalReportSchema.check(z.refine(() => false, { message: "refused by this ministry's own rule" }));
    const recorded = recordUnder({ ...cica, schema: strict });
    expect(recorded.outcome).toBe("rejected");
    expect(recorded.issues.map((issue) => [issue.severity, issue.path])).toEqual([["error", []]]);
  });

  it("is validated again when only today differs, and rejected when it was submitted after that day", () => {
    const recorded = recordUnder({ ...cica, today: "2026-02-01" });
    expect([recorded.outcome, recorded.issues.map((issue) => issue.rule)]).toEqual(["rejected", ["submitted.in-future"]]);
  });

  it("is validated again when only the language differs, its warnings then in that language", () => {
    // 2.1.1 is a heading: the entry is kept, with a warning.
    const text = JSON.stringify({ ...BASE, entries: [{ measure: "2.1.1", status: "implemented" }] });
    const english = validateReportText(text, cica);
    expect(english.issues.map((issue) => [issue.rule, /[А-Яа-я]/.test(issue.message)])).toEqual([["measure.heading", false]]);
    const recorded = recordReport(createLedger(), english, { ...cica, lang: "ru" });
    expect(recorded.outcome).toBe("recorded");
    expect(recorded.issues.map((issue) => [issue.rule, /[А-Яа-я]/.test(issue.message)])).toEqual([["measure.heading", true]]);
  });
});

describe("a result changed after it was made", () => {
  it("is validated again when only its ok flag was turned, and its issues given anew", () => {
    const text = JSON.stringify({ ...BASE, entries: [{ measure: "2.1.1", status: "implemented" }] });
    const result = validateReportText(text, cica) as { ok: boolean };
    result.ok = false;
    const recorded = recordReport(createLedger(), result, cica);
    // Validated as a value, the changed result is not a report: its keys are unknown fields.
    expect(recorded.outcome).toBe("rejected");
  });

  it("is validated again when an issue was replaced by another of the same count", () => {
    const text = JSON.stringify({ ...BASE, entries: [{ measure: "2.1.1", status: "implemented" }] });
    const result = validateReportText(text, cica) as { issues: unknown[] };
    result.issues[0] = { ...(result.issues[0] as object) };
    expect(recordReport(createLedger(), result, cica).outcome).toBe("rejected");
  });

  it("is validated again when its issues are no longer a list", () => {
    const result = validateReportText(JSON.stringify(BASE), cica) as { issues: unknown };
    result.issues = { length: 0 };
    expect(recordReport(createLedger(), result, cica).outcome).toBe("rejected");
  });
});
