import { describe, expect, it } from "vitest";
import { BASE_REPORT_WITH_ACTIVITY, draftOf, type Draft } from "../../../test/support/reports.js";
import { TOO_DEEP, TOO_LARGE } from "../../internal/json.js";
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
      // Its own keys are still walked: each of its containers is frozen.
      expect([input, input.entries[0], input.entries[0].activities[0].partners].every(Object.isFrozen)).toBe(true);
    } finally {
      delete (Object.prototype as Record<string, unknown>).added;
    }
  });
  it("finds each field clean at the bounds of its limits, and each access level of the format", () => {
    const uri = (length: number) => `https://example.org/${"a".repeat(length - 20)}`;
    const bounds: Record<string, (d: Draft) => void> = {
      "the first year": (d) => (d.year = 1000),
      "the last year": (d) => (d.year = 9999),
      "the largest safe revision": (d) => (d.revision = Number.MAX_SAFE_INTEGER),
      "an id of its most characters": (d) => (d.id = "K".repeat(L.id)),
      "a link of its most characters": (d) => (d.entries[0].activities[0].evidence = [{ uri: uri(L.uri) }]),
      "as many partners as the limit": (d) => (d.entries[0].activities[0].partners = Array.from({ length: L.partners }, () => "TR")),
      public: (d) => (d.entries[0].access = "public"),
      "member-states": (d) => (d.entries[0].access = "member-states"),
      "nothing new since the last year": (d) => (d.entries[0].nothingNewSince = 9999),
    };
    const unclean = Object.entries(bounds).filter(
      ([, edit]) =>
        !claimed((d) => {
          d.schema = REPORT_SCHEMA_ID;
          edit(d);
        }).clean,
    );
    expect(unclean.map(([name]) => name)).toEqual([]);
    expect(uri(L.uri)).toHaveLength(L.uri);
  });

  it("is not clean for a value just past a limit, a null where a value is asked, or a container where a text is", () => {
    const edits: Record<string, (d: Draft) => void> = {
      "a year of 10000": (d) => (d.year = 10000),
      "nothing new since 10000": (d) => (d.entries[0].nothingNewSince = 10000),
      "a link one character too long": (d) => (d.entries[0].activities[0].evidence = [{ uri: `https://example.org/${"a".repeat(L.uri - 19)}` }]),
      "an access level the format does not name": (d) => (d.entries[0].access = "secret"),
      "a measure of null": (d) => (d.entries[0].measure = null),
      "a link of null": (d) => (d.entries[0].activities[0].evidence = [{ uri: null }]),
      "a link's title of null": (d) => (d.entries[0].activities[0].evidence = [{ uri: "https://example.org/a", title: null }]),
      "a partner of null": (d) => (d.entries[0].activities[0].partners = [null]),
      "a measure as an object": (d) => (d.entries[0].measure = {}),
      "a partner as a list": (d) => (d.entries[0].activities[0].partners = [["TR"]]),
    };
    const clean = Object.entries(edits).filter(
      ([, edit]) =>
        claimed((d) => {
          d.schema = REPORT_SCHEMA_ID;
          edit(d);
        }).clean,
    );
    expect(clean.map(([name]) => name)).toEqual([]);
  });

  it("finds free-form extensions clean whatever they hold: null, lists, nested objects", () => {
    const result = claimed((d) => (d.extensions = { a: null, b: [null, { c: "x" }], d: 1.5 }));
    expect(result.clean).toBe(true);
    expect(Object.isFrozen((result.value as Draft).extensions.b[1])).toBe(true);
  });

  it("finds a report clean whatever the order of its keys, and cuts its lists after its extensions", () => {
    const draft = draftOf(BASE_REPORT_WITH_ACTIVITY, (d) => {
      d.entries[0].activities[0].partners = Array.from({ length: L.partners + 1 }, () => "TR");
      d.extensions = { note: "x" };
    });
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : typeof value === "object" && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([key, item]) => [key, reversed(item)]),
            )
          : value;
    const input = JSON.parse(JSON.stringify(reversed(draft)));
    expect(Object.keys(input)[0]).toBe("extensions");
    const result = claimReport(input, LIMITS);
    expect(result.clean).toBe(true);
    expect(result.cuts).toEqual([{ kind: "list", path: ["entries", 0, "activities", 0, "partners"], length: L.partners + 1, max: L.partners }]);
  });

  it("takes a text given in place of a report as one value, however many characters it has, and keeps it as it is", () => {
    expect(claimReport("abc", { values: 2, free: 1 })).toEqual({ value: "abc", cuts: [], spent: false, clean: false });
  });

  it("is not a report when the text holds null: not clean, and nothing thrown", () => {
    expect(claimReport(null, LIMITS)).toEqual({ value: null, cuts: [], spent: false, clean: false });
  });

  it("holds a report of exactly as many values as the budget whole, whether its last value is a text or a list", () => {
    // The base report with an activity holds 19 values, its last a partner's code; with no partner, 18, its last the empty list.
    const withPartner = claimReport(JSON.parse(JSON.stringify(BASE_REPORT_WITH_ACTIVITY)), { values: 19, free: 10 });
    const noPartner = claimReport(JSON.parse(JSON.stringify(draftOf(BASE_REPORT_WITH_ACTIVITY, (d) => (d.entries[0].activities[0].partners = [])))), {
      values: 18,
      free: 10,
    });
    expect([withPartner.spent, withPartner.cuts, withPartner.clean, noPartner.spent, noPartner.cuts, noPartner.clean]).toEqual([
      false,
      [],
      true,
      false,
      [],
      true,
    ]);
  });

  it("spends the budget at the first value past it: one cut there, the rest of its container dropped, and every later container marked", () => {
    // The root, its seven fields, the list of entries and the first entry are ten values: the first measure is the eleventh.
    const input = JSON.parse(JSON.stringify(draftOf(BASE_REPORT_WITH_ACTIVITY, (d) => d.entries.push({ measure: "2.1.3", status: "planned" }))));
    const result = claimReport(input, { values: 10, free: 10 });
    expect([result.spent, result.clean]).toEqual([true, false]);
    expect(result.cuts).toEqual([{ kind: "values", path: ["entries", 0, "measure"], max: 10, own: false }]);
    expect(input.entries).toEqual([{ measure: TOO_LARGE }, TOO_LARGE]);
    expect(input.year).toBe(2025);
  });

  it("spends the budget at a text one past it", () => {
    const result = claimReport(JSON.parse(JSON.stringify(BASE_REPORT_WITH_ACTIVITY)), { values: 18, free: 10 });
    expect([result.spent, result.cuts]).toEqual([true, [{ kind: "values", path: ["entries", 0, "activities", 0, "partners", 0], max: 18, own: false }]]);
    expect((result.value as Draft).entries[0].activities[0].partners).toEqual([TOO_LARGE]);
  });

  it("gives a free-form value under a key the format does not name its own budget, and cuts it once where it runs out", () => {
    const free = (note: unknown, budget: number) => {
      const input = JSON.parse(JSON.stringify(draftOf(BASE_REPORT_WITH_ACTIVITY, (d) => (d.note = note))));
      const result = claimReport(input, { values: L.values, free: budget });
      return [input.note, result.cuts, result.spent];
    };
    const cut = [{ kind: "values", path: ["note"], max: 3, own: false }];
    // A text past the budget, then a list past it, then a value after a cut in a nested list.
    expect(free([1, 2, 3, 4], 3)).toEqual([[1, 2, TOO_LARGE], cut, false]);
    expect(free([1, [], 3], 2)).toEqual([[1, TOO_LARGE], [{ ...cut[0], max: 2 }], false]);
    expect(free({ a: [1, 2], b: 3, c: 4 }, 3)).toEqual([{ a: [1, TOO_LARGE], b: TOO_LARGE }, cut, false]);
    expect(free([1, 2], 3)).toEqual([[1, 2], [], false]);
  });

  it("gives the extensions a budget of their own, not the free-form one, and records the cut as theirs", () => {
    const input = JSON.parse(
      JSON.stringify(draftOf(BASE_REPORT_WITH_ACTIVITY, (d) => (d.extensions = { list: Array.from({ length: L.extensionNodes }, () => 0) }))),
    );
    const result = claimReport(input, { values: L.values, free: 5 });
    expect(result.cuts).toEqual([{ kind: "values", path: ["extensions"], max: L.extensionNodes, own: true }]);
    expect(input.extensions.list).toHaveLength(L.extensionNodes - 1);
    expect(input.extensions.list.at(-1)).toBe(TOO_LARGE);
  });

  it("marks a container nested past 64 levels too deep, in an object or a list, keeps what follows it, and keeps one at 64", () => {
    // Each level holds the next and a number after it.
    const nested = (levels: number, list: boolean): unknown => {
      let value: unknown = list ? [] : {};
      for (let i = 0; i < levels; i++) value = list ? [value, i] : { a: value, b: i };
      return value;
    };
    /** The container that holds the innermost value, after the pass. */
    const holder = (levels: number, list: boolean) => {
      // The report is at depth 0, its extensions at 1, and the value under `x` at 2.
      const input = JSON.parse(JSON.stringify(draftOf(BASE_REPORT_WITH_ACTIVITY, (d) => (d.extensions = { x: nested(levels, list) }))));
      claimReport(input, LIMITS);
      let value = input.extensions.x;
      for (let i = 1; i < levels; i++) value = list ? value[0] : value.a;
      return value;
    };
    expect([holder(62, false), holder(62, true)]).toEqual([{ a: {}, b: 0 }, [[], 0]]);
    expect([holder(63, false), holder(63, true)]).toEqual([{ a: TOO_DEEP, b: 0 }, [TOO_DEEP, 0]]);
  });

  it("is not a report, and throws nothing, when given nothing at all", () => {
    expect(claimReport(undefined, LIMITS)).toEqual({ value: undefined, cuts: [], spent: false, clean: false });
  });
});
