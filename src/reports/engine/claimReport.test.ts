import { describe, expect, it } from "vitest";
import { BASE_REPORT_WITH_ACTIVITY, draftOf, type Draft } from "../../../test/support/reports.js";
import { REPORT_LIMITS as L } from "../limits.js";
import { REPORT_SCHEMA_ID } from "../schemaIds.js";
import { claimReport } from "./claimReport.js";
import { STRUCTURE_SHAPES } from "./checkStructure.js";

const LIMITS = { values: L.values, free: L.extensionNodes };

/** The in-place pass over the parsed text of the base report with an activity, changed by `edit`. */
function claimed(edit?: (draft: Draft) => void) {
  return claimReport(JSON.parse(JSON.stringify(draftOf(BASE_REPORT_WITH_ACTIVITY, edit))), LIMITS);
}

describe("claimReport", () => {
  it("finds a sound report of either version clean, and freezes it where it lies without a cut", () => {
    for (const schema of ["cica-cbm/report@1", REPORT_SCHEMA_ID]) {
      const input = JSON.parse(JSON.stringify(draftOf(BASE_REPORT_WITH_ACTIVITY, { schema })));
      const result = claimReport(input, LIMITS);
      expect([result.clean, result.value === input, result.cuts, result.spent]).toEqual([true, true, [], false]);
      expect([input, input.entries, input.entries[0], input.entries[0].activities[0].partners].every(Object.isFrozen)).toBe(true);
    }
  });

  it("finds every optional field of report@2 clean when it holds what the format asks", () => {
    const result = claimed((d) => {
      d.schema = REPORT_SCHEMA_ID;
      d.nil = false;
      d.access = "public";
      d.extensions = { anything: [1, { deep: true }] };
      Object.assign(d.entries[0], { remarks: "Held.", access: "member-states", nothingNewSince: 2024 });
      Object.assign(d.entries[0].activities[0], {
        to: "2025-04-11",
        venue: "Astana",
        access: "public",
        evidence: [{ uri: "https://example.org/a", title: "A" }],
      });
    });
    expect(result.clean).toBe(true);
  });

  it("is not clean for each kind of structural problem: a wrong type, a missing field, an unknown key, a bad value", () => {
    const edits: Record<string, (d: Draft) => void> = {
      "a year written as text": (d) => (d.year = "2025"),
      "a year out of range": (d) => (d.year = 999),
      "a revision of 0": (d) => (d.revision = 0),
      "a fractional revision": (d) => (d.revision = 1.5),
      "an unsafe revision": (d) => (d.revision = 2 ** 53),
      "no submittedOn": (d) => delete d.submittedOn,
      "an impossible date": (d) => (d.submittedOn = "2026-02-30"),
      "an unknown key": (d) => (d.note = "x"),
      "an unknown key in an entry": (d) => (d.entries[0].note = "x"),
      "an empty measure": (d) => (d.entries[0].measure = ""),
      "a nil of null": (d) => (d.nil = null),
      "entries as an object": (d) => (d.entries = { 0: d.entries[0] }),
      "an entry as a list": (d) => (d.entries[0] = []),
      "an entry as a text": (d) => (d.entries[0] = "2.1.2"),
      "a partner as a number": (d) => (d.entries[0].activities[0].partners = [1]),
      "an activity without a kind": (d) => delete d.entries[0].activities[0].kind,
      "an evidence link that is no link": (d) => (d.entries[0].activities[0].evidence = [{ uri: "example.org" }]),
      "extensions as a list": (d) => (d.extensions = []),
      "extensions as a text": (d) => (d.extensions = "x"),
      "an unknown version": (d) => (d.schema = "cica-cbm/report@9"),
      "report@2's access in a report@1": (d) => (d.access = "public"),
      "report@2's nothingNewSince in a report@1 entry": (d) => (d.entries[0].nothingNewSince = 2024),
    };
    const clean = Object.entries(edits).filter(([, edit]) => claimed(edit).clean);
    expect(clean.map(([name]) => name)).toEqual([]);
  });

  it("leaves a text longer than its limit in UTF-16 units to the structure check, even when its characters are within it", () => {
    // Each emoji is one character and two UTF-16 units: 40 of them are 40 characters, 80 units.
    expect(claimed((d) => (d.entries[0].activities[0].kind = "🛰".repeat(40))).clean).toBe(false);
    expect(claimed((d) => (d.entries[0].activities[0].kind = "k".repeat(L.kind))).clean).toBe(true);
  });

  it("is not a report at all when the text holds a list or a number: not clean", () => {
    expect(claimReport([], LIMITS).clean).toBe(false);
    expect(claimReport(42, LIMITS).clean).toBe(false);
  });

  it("cuts a list over its limit in place, records the cut, and still judges the rest", () => {
    const result = claimed((d) => (d.entries[0].activities[0].partners = Array.from({ length: L.partners + 1 }, () => "TR")));
    const value = result.value as Draft;
    expect(value.entries[0].activities[0].partners).toHaveLength(L.partners);
    expect(result.cuts).toEqual([{ kind: "list", path: ["entries", 0, "activities", 0, "partners"], length: L.partners + 1, max: L.partners }]);
    expect(result.clean).toBe(true);
  });

  it("is not clean while Object.prototype holds an optional field of the format, or any enumerable key", () => {
    const optional = new Set(Object.values(STRUCTURE_SHAPES).flatMap((shape) => shape.fields.filter((field) => field.optional).map((field) => field.key)));
    const polluted: string[] = [];
    for (const key of [...optional, "anything"]) {
      const enumerable = key === "anything";
      Object.defineProperty(Object.prototype, key, { value: 1, enumerable, configurable: true, writable: true });
      try {
        if (claimed().clean) polluted.push(key);
      } finally {
        delete (Object.prototype as Record<string, unknown>)[key];
      }
    }
    expect(polluted).toEqual([]);
    expect(claimed().clean).toBe(true);
  });

  it("walks a report's own keys only, leaving an object that a program put on Object.prototype unfrozen and uncounted", () => {
    const added = { nested: ["x"] };
    Object.defineProperty(Object.prototype, "added", { value: added, enumerable: true, configurable: true, writable: true });
    try {
      const input = JSON.parse(JSON.stringify(draftOf(BASE_REPORT_WITH_ACTIVITY)));
      // Room for the report's 19 values and ten more: the inherited ones, met in each of its four objects, would spend it.
      const result = claimReport(input, { values: 29, free: L.extensionNodes });
      expect([result.spent, Object.isFrozen(added), Object.isFrozen(added.nested), Object.keys(input).includes("added")]).toEqual([false, false, false, false]);
    } finally {
      delete (Object.prototype as Record<string, unknown>).added;
    }
  });
});
