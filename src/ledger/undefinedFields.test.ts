import { describe, expect, it } from "vitest";
import { toReportSummary } from "../aggregate/toReportSummary.js";
import { cica } from "../data/cica/index.js";
import { validateReport } from "../reports/validateReport.js";
import { createLedger } from "./createLedger.js";
import { ledgerFromJSON } from "./ledgerFromJSON.js";
import { ledgerToJSON } from "./ledgerToJSON.js";
import { recordReport } from "./recordReport.js";
import { reportDigest } from "./reportDigest.js";

// A form's object often holds optional fields set to `undefined` (a cleared input); its saved copy
// (JSON text, a database, the ledger's own JSON) does not hold those keys at all. Both are one
// submission: JSON writes neither.

/** One report as a form holds it, with its optional fields set to `undefined`, and as JSON reads it back. */
function formAndSaved() {
  const form = {
    schema: "cica-cbm/report@2",
    id: "KZ-2025",
    reporter: "KZ",
    catalogue: "cica@2021",
    year: 2025,
    revision: 1,
    submittedOn: "2026-01-20",
    access: undefined,
    extensions: undefined,
    entries: [
      {
        measure: "2.1.2",
        status: "implemented",
        remarks: undefined,
        activities: [{ kind: "meeting", from: "2025-03-03", title: "Seminar", venue: undefined }],
      },
    ],
  };
  return { form, saved: JSON.parse(JSON.stringify(form)) as unknown };
}

describe("a field holding undefined", () => {
  it("is the field left out for the ledger: a resubmission of the saved copy is unchanged, not a conflict", () => {
    const { form, saved } = formAndSaved();
    const first = recordReport(createLedger(), form, cica);
    expect(first.outcome).toBe("recorded");
    const again = recordReport(first.ledger, saved, cica);
    expect(again.outcome).toBe("unchanged");
    expect(again.issues).toEqual([]);
    // and the other way round
    const fromSaved = recordReport(createLedger(), saved, cica);
    expect(recordReport(fromSaved.ledger, form, cica).outcome).toBe("unchanged");
  });

  it("is the field left out after the ledger's own JSON: the form's object resubmitted to a reloaded ledger is unchanged", () => {
    const { form } = formAndSaved();
    const loaded = ledgerFromJSON(ledgerToJSON(recordReport(createLedger(), form, cica).ledger), cica);
    if (!loaded.ok) throw new Error("the ledger's own JSON should load");
    expect(recordReport(loaded.ledger, form, cica).outcome).toBe("unchanged");
  });

  it("is the field left out for the digest, so the aggregates see one submission, not a revision conflict", () => {
    const { form, saved } = formAndSaved();
    const a = validateReport(form, cica).report!;
    const b = validateReport(saved, cica).report!;
    expect(reportDigest(a)).toBe(reportDigest(b));
    expect(toReportSummary([a, b]).conflicts).toEqual([]);
  });

  it("still tells a field holding a value apart from one holding undefined, in the ledger and the digest", () => {
    const { form } = formAndSaved();
    const withRemarks = { ...form, entries: [{ ...form.entries[0]!, remarks: "Held in Astana." }] };
    const first = recordReport(createLedger(), form, cica);
    const second = recordReport(first.ledger, withRemarks, cica);
    expect([second.outcome, second.issues.map((issue) => issue.rule)]).toEqual(["rejected", ["ledger.conflict"]]);
    expect(reportDigest(validateReport(form, cica).report!)).not.toBe(reportDigest(validateReport(withRemarks, cica).report!));
  });
});
