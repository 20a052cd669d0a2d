import { describe, expect, it } from "vitest";
import { BASE_REPORT } from "../../../test/support/reports.js";
import { cica } from "../../data/cica/index.js";
import { isCbmError } from "../../errors/CbmError.js";
import type { ValidationContext } from "../types.js";
import { validateReport } from "../validateReport.js";

/** The code of the error validateReport throws for a context, or "none". */
function refusal(context: unknown): string {
  try {
    validateReport(BASE_REPORT, context as ValidationContext);
    return "none";
  } catch (error) {
    return isCbmError(error) && (error as Error).message.startsWith("validateReport: ") ? error.code : "other";
  }
}

/** cica's registry with its first participant changed by `edit`. */
const registryWith = (edit: (participant: Record<string, unknown>) => Record<string, unknown>) => {
  const [first, ...rest] = cica.registry.participants;
  return { ...cica, registry: { participants: [edit({ ...first }), ...rest] } };
};

/** cica's catalogues with cica@2021 changed by `edit`. */
const catalogueWith = (edit: (catalogue: Record<string, unknown>) => Record<string, unknown>) => ({
  ...cica,
  catalogues: [edit({ ...cica.catalogues["cica@2021"] })],
});

describe("prepareContext", () => {
  it("takes a registry and catalogues copied from cica's, as a list or by reference", () => {
    expect(refusal(registryWith((p) => p))).toBe("none");
    expect(refusal(catalogueWith((c) => c))).toBe("none");
    expect(refusal({ ...cica, catalogues: { ...cica.catalogues } })).toBe("none");
  });

  it.each([
    ["a code that is not a text", (p: Record<string, unknown>) => ({ ...p, code: 1 })],
    ["a kind that is not a text", (p: Record<string, unknown>) => ({ ...p, kind: undefined })],
    ["a name without English", (p: Record<string, unknown>) => ({ ...p, name: { ru: "x" } })],
    ["aliases that are not a list", (p: Record<string, unknown>) => ({ ...p, aliases: undefined })],
    ["a history that is not a list", (p: Record<string, unknown>) => ({ ...p, history: {} })],
    ["a change without a date", (p: Record<string, unknown>) => ({ ...p, history: [{ status: "member" }] })],
    ["a change without a status", (p: Record<string, unknown>) => ({ ...p, history: [{ from: "1999-09-14" }] })],
    ["a null change", (p: Record<string, unknown>) => ({ ...p, history: [null] })],
  ])("refuses a registry with a participant with %s", (_name, edit) => {
    expect(refusal(registryWith(edit))).toBe("invalid-argument");
  });

  it.each([
    ["a reference that is not a text", (c: Record<string, unknown>) => ({ ...c, ref: 2021 })],
    ["statuses that are not a list", (c: Record<string, unknown>) => ({ ...c, statuses: "implemented" })],
    ["a measure without an id", (c: Record<string, unknown>) => ({ ...c, measures: [{ title: "x" }] })],
    ["a status with an id that is not a text", (c: Record<string, unknown>) => ({ ...c, statuses: [{ id: 1 }] })],
  ])("refuses a catalogue with %s", (_name, edit) => {
    expect(refusal(catalogueWith(edit))).toBe("invalid-argument");
  });

  it("refuses a context that is not an object, or whose registry is not one, naming the function", () => {
    for (const context of [null, "cica", { catalogues: cica.catalogues }, { catalogues: cica.catalogues, registry: "cica" }])
      expect(refusal(context)).toBe("invalid-argument");
  });

  it("refuses a today that is not a real date, and takes a schema left null as the format's own", () => {
    expect(refusal({ ...cica, today: "2026-02-30" })).toBe("invalid-date");
    expect(refusal({ ...cica, schema: null })).toBe("none");
    expect(refusal({ ...cica, schema: "NationalReportSchema" })).toBe("invalid-argument");
  });
  it("refuses a history with one good change and one without a status, and catalogues holding a value that is not one", () => {
    const [change] = cica.registry.participants[0]!.history;
    expect(refusal(registryWith((p) => ({ ...p, history: [change, { from: "2000-01-01" }] })))).toBe("invalid-argument");
    for (const value of [5, null]) expect(refusal({ ...cica, catalogues: [cica.catalogues["cica@2021"], value] })).toBe("invalid-argument");
  });

  it("refuses a frozen malformed registry or catalogue every time, not only the first", () => {
    const registry = Object.freeze({ participants: [{ ...cica.registry.participants[0], kind: undefined }] });
    const catalogue = Object.freeze({ ...cica.catalogues["cica@2021"], ref: undefined });
    for (let call = 0; call < 2; call++) {
      expect(refusal({ ...cica, registry })).toBe("invalid-argument");
      expect(refusal({ ...cica, catalogues: [catalogue] })).toBe("invalid-argument");
    }
  });

  it("reads again a registry, a catalogue or a list of catalogues that is not frozen, as it is at each call", () => {
    const participant: Record<string, unknown> = { ...cica.registry.participants[0] };
    const registry = { participants: [participant] };
    expect(refusal({ ...cica, registry })).toBe("none");
    participant.code = 1;
    expect(refusal({ ...cica, registry })).toBe("invalid-argument");
    const catalogue: Record<string, unknown> = { ...cica.catalogues["cica@2021"] };
    expect(refusal({ ...cica, catalogues: [catalogue] })).toBe("none");
    catalogue.measures = undefined;
    expect(refusal({ ...cica, catalogues: [catalogue] })).toBe("invalid-argument");
    const rules = (catalogues: unknown) => validateReport(BASE_REPORT, { ...cica, catalogues } as ValidationContext).issues.map((issue) => issue.rule);
    const list = [cica.catalogues["cica@2021"]];
    expect(rules(list)).toEqual([]);
    list.pop();
    expect(rules(list)).toEqual(["catalogue.unknown"]);
    const other: Record<string, unknown> = { ...cica.catalogues["cica@2004"] };
    const frozenList = Object.freeze([cica.catalogues["cica@2021"], other]);
    expect(refusal({ ...cica, catalogues: frozenList })).toBe("none");
    other.measures = undefined;
    expect(refusal({ ...cica, catalogues: frozenList })).toBe("invalid-argument");
  });

  it("says what is wrong with the context: no registry, or a today that is not a date, quoting it", () => {
    const message = (context: unknown) => {
      try {
        validateReport(BASE_REPORT, context as ValidationContext);
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    };
    expect(message({ ...cica, registry: null })).toBe("validateReport: pass a context with catalogues and a registry, e.g. validateReport(input, cica).");
    expect(message({ ...cica, today: "2026-02-30" })).toBe('validateReport: context.today "2026-02-30" is not a real calendar date written YYYY-MM-DD.');
  });
});
