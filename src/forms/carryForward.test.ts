import { describe, expect, it } from "vitest";
import { changes, forward, report as renumberedReport, test2099 } from "../../test/support/renumbering.js";
import { defineMeasureMap } from "../catalogue/defineMeasureMap.js";
import { cica2021 } from "../data/cica/catalogues.js";
import { cica } from "../data/cica/index.js";
import { isCbmError } from "../errors/CbmError.js";
import { deepFreeze } from "../internal/freeze.js";
import type { NationalReport } from "../reports/schema.js";
import { carryForward } from "./carryForward.js";
import { finalizeDraft } from "./finalizeDraft.js";
import { validateDraft } from "./validateDraft.js";

/** Kazakhstan's 2025 report, revision 2, as recorded: marks of report@2 on the report and its entries. */
const REPORT: NationalReport = deepFreeze({
  schema: "cica-cbm/report@2",
  id: "KZ-2025",
  reporter: "KZ",
  catalogue: "cica@2021",
  year: 2025,
  revision: 2,
  submittedOn: "2026-03-01",
  access: "public",
  entries: [
    {
      measure: "2.1.2",
      status: "implemented",
      remarks: "Annual exchange",
      activities: [{ title: "Exchange of information", kind: "exchange-of-information", from: "2025-05-01", access: "member-states" }],
    },
    { measure: "NCTG.1", status: "in-progress", nothingNewSince: 2022, access: "member-states" },
    { measure: "HUM.4", status: "planned" },
  ],
  extensions: { "ministry.ref": { number: "MFA-2025-17", tags: ["a"] } },
});

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isCbmError(error)) return error.code;
    throw error;
  }
  return undefined;
}

function messageOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isCbmError(error)) return error.message;
    throw error;
  }
  return undefined;
}

/** The same report with no access marks, no remarks, no "nothing new" marks and no extensions. */
const BARE: NationalReport = deepFreeze({
  schema: "cica-cbm/report@2",
  id: "UZ-2025",
  reporter: "UZ",
  catalogue: "cica@2021",
  year: 2025,
  revision: 1,
  submittedOn: "2026-03-01",
  entries: [{ measure: "2.1.2", status: "implemented" }],
});

describe("carryForward", () => {
  it("starts next year's draft with the same state and catalogue, a new id, and each entry's measure, status and remarks", () => {
    const { draft, unmapped } = carryForward(REPORT);
    expect(draft).toMatchObject({ schema: "cica-cbm/draft@1", id: "KZ-2026", reporter: "KZ", catalogue: "cica@2021", year: 2026 });
    expect(draft.entries.map((entry) => [entry.measure, entry.status, entry.remarks])).toEqual([
      ["2.1.2", "implemented", "Annual exchange"],
      ["NCTG.1", "in-progress", undefined],
      ["HUM.4", "planned", undefined],
    ]);
    expect(unmapped).toEqual([]);
  });

  it("drops the activities, which belong to the report's year, and carries neither revision nor day of submission", () => {
    const { draft } = carryForward(REPORT);
    for (const entry of draft.entries) expect(entry).not.toHaveProperty("activities");
    expect(draft).not.toHaveProperty("revision");
    expect(draft).not.toHaveProperty("submittedOn");
  });

  it("keeps the access marks of the report and of its entries", () => {
    const { draft } = carryForward(REPORT);
    expect(draft.access).toBe("public");
    expect(draft.entries.map((entry) => entry.access)).toEqual([undefined, "member-states", undefined]);
  });

  it("keeps an entry's own 'nothing new since' mark, and by default marks no other entry", () => {
    const { draft } = carryForward(REPORT);
    expect(draft.entries.map((entry) => entry.nothingNewSince)).toEqual([undefined, 2022, undefined]);
  });

  it("with markNothingNew, marks every entry since the report's year, keeping an earlier mark", () => {
    const { draft } = carryForward(REPORT, { markNothingNew: true });
    expect(draft.entries.map((entry) => entry.nothingNewSince)).toEqual([2025, 2022, 2025]);
  });

  it("carries the ministry's extensions as a copy it may edit", () => {
    const { draft } = carryForward(REPORT);
    expect(draft.extensions).toEqual(REPORT.extensions);
    (draft.extensions!["ministry.ref"] as { tags: string[] }).tags.push("b");
    expect((REPORT.extensions!["ministry.ref"] as { tags: readonly string[] }).tags).toEqual(["a"]);
  });

  it("gives a nil report a draft with no entries and no nil mark: the ministry decides again", () => {
    const nil = { ...REPORT, nil: true, entries: [] };
    const { draft } = carryForward(nil);
    expect(draft.entries).toEqual([]);
    expect(draft).not.toHaveProperty("nil");
  });

  it("takes a later year and an id of one's own; refuses, as misuse, a year that is not after the report's", () => {
    expect(carryForward(REPORT, { year: 2027, id: "KZ/27" }).draft).toMatchObject({ year: 2027, id: "KZ/27" });
    expect(codeOf(() => carryForward(REPORT, { year: 2026 }))).toBeUndefined();
    expect(codeOf(() => carryForward(REPORT, { year: 2025 }))).toBe("invalid-argument");
    expect(codeOf(() => carryForward(REPORT, { year: 2026.5 }))).toBe("invalid-argument");
  });

  it("adds no field the report did not have: no access, remarks, 'nothing new' mark or extensions out of nothing", () => {
    const { draft } = carryForward(BARE);
    expect(Object.keys(draft)).toEqual(["schema", "id", "reporter", "catalogue", "year", "entries"]);
    expect(Object.keys(draft.entries[0]!)).toEqual(["measure", "status"]);
  });

  it("copies the ministry's extensions whatever JSON they hold: nulls, numbers, lists of objects", () => {
    const extensions = { "ministry.data": { none: null, count: 3, rows: [{ a: 1 }, [2, "x"]] } };
    const { draft } = carryForward(deepFreeze({ ...BARE, extensions }));
    expect(draft.extensions).toEqual(extensions);
    expect(Object.isFrozen((draft.extensions!["ministry.data"] as { rows: unknown[] }).rows[0])).toBe(false);
  });

  it("says, in the message of each misuse, what to pass instead", () => {
    expect(messageOf(() => carryForward(null as never))).toBe("carryForward: pass a valid national report (check it with validateReport first).");
    expect(messageOf(() => carryForward(REPORT, { year: 2024 }))).toBe(
      "carryForward: options.year must be a whole number after the report's year 2025; it is 2024.",
    );
    const fromOther = defineMeasureMap(test2099, cica2021, {});
    expect(messageOf(() => carryForward(REPORT, { map: fromOther }))).toBe(
      "carryForward: the report is written against cica@2021, but the measure map starts from test@2099. Use a map from cica@2021.",
    );
    expect(messageOf(() => carryForward(REPORT, { map: {} as never }))).toMatch(/^carryForward: options\.map: /);
  });

  it("refuses, as misuse, something that is not a report", () => {
    for (const bad of [
      null,
      42,
      [],
      { ...REPORT, entries: undefined },
      { ...REPORT, year: "2025" },
      { ...REPORT, reporter: undefined },
      { ...REPORT, catalogue: 2021 },
    ]) {
      expect(codeOf(() => carryForward(bad as never))).toBe("invalid-argument");
    }
  });

  it("refuses, as misuse, a measure map that defineMeasureMap did not make, even one whose measures are null", () => {
    for (const bad of [null, 42, { from: "cica@2021", to: "cica@2021" }, { from: "cica@2021", to: "cica@2021", measures: null }]) {
      expect(codeOf(() => carryForward(REPORT, { map: bad as never }))).toBe("invalid-argument");
    }
  });

  it("gives a draft that is mutable and shares nothing with the frozen report", () => {
    const { draft } = carryForward(REPORT);
    draft.entries[0]!.status = "planned";
    draft.entries.push({ measure: "HUM.1" });
    expect(REPORT.entries[0]?.status).toBe("implemented");
    expect(REPORT.entries).toHaveLength(3);
  });

  describe("to another catalogue version, through a measure map", () => {
    it("writes the draft against the map's target, each measure under its new id", () => {
      const { draft, unmapped } = carryForward(renumberedReport, { map: forward });
      expect(draft.catalogue).toBe("test@2099");
      expect(draft.entries.map((entry) => entry.measure)).toEqual(["2.1.2", "3.1.1", "5.1.2", "6.1.3"]);
      expect(unmapped).toEqual([]);
    });

    it("lists an entry whose measure has no counterpart, and one that would merge with an earlier entry, and leaves both out", () => {
      const map = defineMeasureMap(cica2021, test2099, { ...changes, "ENV.2": "3.1.1", "HUM.3": null } as never);
      const { draft, unmapped } = carryForward(renumberedReport, { map });
      expect(draft.entries.map((entry) => entry.measure)).toEqual(["2.1.2", "3.1.1"]);
      expect(unmapped).toEqual([
        { entry: 2, measure: "ENV.2", reason: "merged", into: "3.1.1" },
        { entry: 3, measure: "HUM.3", reason: "no-counterpart" },
      ]);
    });

    it("refuses, as misuse, a map that does not start from the report's version", () => {
      const fromOther = defineMeasureMap(test2099, cica2021, {});
      expect(codeOf(() => carryForward(renumberedReport, { map: fromOther }))).toBe("invalid-argument");
      expect(codeOf(() => carryForward(renumberedReport, { map: {} as never }))).toBe("invalid-argument");
    });

    it("gives a draft that validates against the target version", () => {
      const { draft } = carryForward(renumberedReport, { map: forward });
      const result = validateDraft(draft, { registry: cica.registry, catalogues: [cica2021, test2099] });
      expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
      expect(result.complete).toBe(true);
    });
  });

  it("gives a draft that finalizes into a valid report for the next year, without a change", () => {
    const { draft } = carryForward(REPORT, { markNothingNew: true });
    const result = finalizeDraft(draft, cica, { submittedOn: "2027-02-01" });
    expect(result.issues).toEqual([]);
    expect(result.report).toMatchObject({ year: 2026, revision: 1, access: "public", catalogue: "cica@2021" });
    expect(result.report?.entries).toEqual(draft.entries);
  });
});
