import { describe, expect, it } from "vitest";
import { defineCatalogue } from "../catalogue/defineCatalogue.js";
import { defineMeasureMap } from "../catalogue/defineMeasureMap.js";
import { cica2004, cica2021 } from "../data/cica/catalogues.js";
import { isCbmError } from "../errors/CbmError.js";
import { en } from "../i18n/en.js";
import { back, both, forward, renumber, report, test2099 } from "../../test/support/renumbering.js";
import { migrateReport } from "./migrateReport.js";

const withOut = <T extends { entries: readonly { measure: string }[]; catalogue: string }>(r: T) => ({
  ...r,
  catalogue: "-",
  entries: r.entries.map((e) => ({ ...e, measure: "-" })),
});

describe("defineMeasureMap", () => {
  it("keeps an unlisted id where the later version has it, and gives none where it does not", () => {
    expect(forward.measures["2.1.2"]).toBe("2.1.2");
    expect(forward.measures["NCTG.1"]).toBe("3.1.1");
    const partial = defineMeasureMap(cica2021, test2099, { "NCTG.1": "3.1.1" });
    expect(partial.measures["NCTG.2"]).toBeNull();
    expect(Object.keys(partial.measures)).toEqual(cica2021.measures.map((m) => m.id));
  });

  it("refuses an id that is in neither version, naming it", () => {
    const misuse = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return isCbmError(error) ? `${error.code}: ${error.message}` : "other";
      }
      return "no error";
    };
    expect(misuse(() => defineMeasureMap(cica2021, test2099, { "NCTG.9": "3.1.1" } as never))).toMatch(
      /invalid-definition: .*"NCTG\.9" is not a measure of cica@2021/,
    );
    expect(misuse(() => defineMeasureMap(cica2021, test2099, { "NCTG.1": "9.9.9" }))).toMatch(/"9\.9\.9", which is not a measure of test@2099/);
    expect(misuse(() => defineMeasureMap(cica2021, test2099, { "NCTG.1": null }))).toBe("no error");
  });
});

describe("migrateReport through a renumbering (cica@2021 → test@2099, made up)", () => {
  it("carries every entry over to its new number and keeps everything else as it was", () => {
    const result = migrateReport(report, forward, both);
    expect(result.ok).toBe(true);
    expect(result.report?.catalogue).toBe("test@2099");
    expect(result.report?.entries.map((e) => e.measure)).toEqual(report.entries.map((e) => renumber(e.measure)));
    expect(result.report?.entries.map((e) => e.measure)).toEqual(["2.1.2", "3.1.1", "5.1.2", "6.1.3"]);
    expect(withOut(result.report!)).toEqual(withOut(report));
    expect(result.unmapped).toEqual([]);
  });

  it("keeps the id and the revision, and leaves the original report untouched", () => {
    const original = structuredClone(report);
    const result = migrateReport(report, forward, both);
    expect([result.report?.id, result.report?.revision]).toEqual([report.id, 2]);
    expect(report).toEqual(original);
    expect(Object.isFrozen(result.report)).toBe(true);
  });

  it("comes back identical through the reverse map: the round trip loses nothing", () => {
    const there = migrateReport(report, forward, both);
    const again = migrateReport(there.report, back, both);
    expect(again.ok).toBe(true);
    expect(again.report).toEqual(report);
  });

  it("lists an entry whose measure has no counterpart and makes no report", () => {
    const map = defineMeasureMap(cica2021, test2099, { ...forward.measures, "HUM.3": null } as never);
    const result = migrateReport(report, map, both);
    expect(result.ok).toBe(false);
    expect(result.report).toBeUndefined();
    expect(result.unmapped).toEqual([{ entry: 3, measure: "HUM.3", reason: "no-counterpart" }]);
    expect(result.issues.map((i) => [i.rule, i.severity, i.path])).toEqual([["migration.unmapped", "error", ["entries", 3, "measure"]]]);
    expect(result.issues[0]?.message).toMatch(/"HUM\.3" of cica@2021 has no counterpart in test@2099/);
  });

  it("lists every unmapped entry, not only the first", () => {
    const map = defineMeasureMap(cica2021, test2099, { "2.1.2": null, "HUM.3": null });
    const result = migrateReport(report, map, both);
    expect(result.unmapped.map((u) => u.measure)).toEqual(["2.1.2", "NCTG.1", "ENV.2", "HUM.3"]);
  });

  it("refuses to merge two entries that map to one measure, naming both, and migrates either alone", () => {
    const map = defineMeasureMap(cica2021, test2099, { ...forward.measures, "ENV.2": "3.1.1" } as never);
    const result = migrateReport(report, map, both);
    expect(result.ok).toBe(false);
    expect(result.unmapped).toEqual([{ entry: 2, measure: "ENV.2", reason: "merged", into: "3.1.1" }]);
    expect(result.issues[0]).toMatchObject({ rule: "migration.merged", path: ["entries", 2, "measure"], params: { other: "NCTG.1", otherEntry: 1 } });
    const alone = { ...report, entries: report.entries.filter((e) => e.measure !== "NCTG.1") };
    expect(migrateReport(alone, map, both).report?.entries.map((e) => e.measure)).toEqual(["2.1.2", "3.1.1", "6.1.3"]);
  });

  it("refuses a report of another version than the map's, and says so in Russian too", () => {
    const old = { ...report, catalogue: "cica@2004", entries: [{ measure: "3.4", status: "implemented" }] };
    const context = { ...both, catalogues: [...both.catalogues, cica2004], lang: "ru" as const };
    const result = migrateReport(old, forward, context);
    expect(result.issues.map((i) => [i.rule, i.path])).toEqual([["migration.catalogue", ["catalogue"]]]);
    expect(result.issues[0]?.message).toMatch(/составлен по cica@2004/);
  });

  it("migrates a nil report, which has no entry to map", () => {
    const nil = { ...report, nil: true, entries: [] };
    expect(migrateReport(nil, forward, both).report).toMatchObject({ catalogue: "test@2099", nil: true, entries: [] });
  });

  it("returns the validation issues of an invalid input instead of migrating it", () => {
    const result = migrateReport({ ...report, year: "2025" }, forward, both);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.rule).toBe("field.type");
  });

  it("validates the migrated report against the later version (a status it lacks is an error)", () => {
    const strict = defineCatalogue({
      id: "test",
      version: "2099",
      title: { en: "Renumbered, with two statuses" },
      measures: test2099.measures,
      priorityAreas: test2099.priorityAreas,
      statuses: [
        { id: "planned", label: { en: "Planned" }, score: 1 },
        { id: "implemented", label: { en: "Implemented" }, score: 2 },
      ],
    });
    const result = migrateReport(report, defineMeasureMap(cica2021, strict, forward.measures as never), { ...both, catalogues: [cica2021, strict] });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.rule, i.path])).toContainEqual(["status.unknown", ["entries", 1, "status"]]);
  });

  it("throws on a value that is not a measure map (programmer misuse)", () => {
    expect(() => migrateReport(report, {} as never, both)).toThrow(/defineMeasureMap/);
  });

  it("refuses a map that lacks any of its parts (from, to, measures) with a CbmError naming migrateReport", () => {
    const { from, to, measures } = forward;
    for (const map of [null, "map", { to, measures }, { from, measures }, { from, to }, { from, to, measures: null }, { from, to: 2099, measures }]) {
      let caught: unknown;
      try {
        migrateReport(report, map as never, both);
      } catch (error) {
        caught = error;
      }
      expect(isCbmError(caught) && caught.code, JSON.stringify(map)).toBe("invalid-argument");
      expect((caught as Error).message).toBe("migrateReport: pass a measure map made by defineMeasureMap.");
    }
  });

  it("names itself when the context is not one", () => {
    expect(() => migrateReport(report, forward, {} as never)).toThrow(/^migrateReport: /);
  });

  it("refuses a function that carries the parts of a map: a measure map is an object made by defineMeasureMap", () => {
    expect(() => migrateReport(report, Object.assign(() => undefined, forward) as never, both)).toThrow(
      "migrateReport: pass a measure map made by defineMeasureMap.",
    );
  });

  it("names itself and context.lang when a Locale of one's own lacks a migration message", () => {
    const { "migration.catalogue": _left, ...messages } = en.messages;
    expect(() => migrateReport(report, forward, { ...both, lang: en })).not.toThrow();
    expect(() => migrateReport(report, forward, { ...both, lang: { ...en, messages } as never })).toThrow(
      /^migrateReport: context\.lang must be "en" or "ru", or a Locale .*migration\.catalogue/,
    );
  });
});
