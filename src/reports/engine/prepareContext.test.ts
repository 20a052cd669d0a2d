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
});
