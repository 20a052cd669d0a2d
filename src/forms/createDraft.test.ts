import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { isCbmError } from "../errors/CbmError.js";
import { createDraft } from "./createDraft.js";

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

describe("createDraft", () => {
  it("makes an empty draft for the state, the year and the catalogue, with an id made of the reporter and the year", () => {
    expect(createDraft({ reporter: "KZ", year: 2025, catalogue: "cica@2021" })).toEqual({
      schema: "cica-cbm/draft@1",
      id: "KZ-2025",
      reporter: "KZ",
      catalogue: "cica@2021",
      year: 2025,
      entries: [],
    });
  });

  it("takes the catalogue itself as well as its reference, and an id and an access of one's own", () => {
    const draft = createDraft({ reporter: "TR", year: 2024, catalogue: cica.catalogues["cica@2004"], id: "TR/CBM/2024", access: "public" });
    expect(draft).toMatchObject({ id: "TR/CBM/2024", catalogue: "cica@2004", access: "public" });
  });

  it("gives a new, unfrozen object at each call, which survives a JSON round trip unchanged", () => {
    const one = createDraft({ reporter: "KZ", year: 2025, catalogue: "cica@2021" });
    const two = createDraft({ reporter: "KZ", year: 2025, catalogue: "cica@2021" });
    one.entries.push({ measure: "2.1.2" });
    expect(two.entries).toEqual([]);
    expect(Object.isFrozen(one)).toBe(false);
    expect(JSON.parse(JSON.stringify(one))).toEqual(one);
  });

  it("refuses, as misuse, a reporter, year, catalogue, id or access of the wrong kind", () => {
    const ok = { reporter: "KZ", year: 2025, catalogue: "cica@2021" } as const;
    expect(codeOf(() => createDraft(ok))).toBeUndefined();
    for (const bad of [
      { reporter: "" },
      { reporter: 7 },
      { year: 2025.5 },
      { year: "2025" },
      { catalogue: "" },
      { catalogue: null },
      { id: 3 },
      { access: "secret" },
    ]) {
      expect(codeOf(() => createDraft({ ...ok, ...bad } as never))).toBe("invalid-argument");
    }
    expect(codeOf(() => createDraft(null as never))).toBe("invalid-argument");
  });

  it("leaves the access out of the draft when none is given, and takes either access mark", () => {
    expect(createDraft({ reporter: "KZ", year: 2025, catalogue: "cica@2021" })).not.toHaveProperty("access");
    expect(createDraft({ reporter: "KZ", year: 2025, catalogue: "cica@2021", access: "member-states" }).access).toBe("member-states");
    expect(createDraft({ reporter: "KZ", year: 2025, catalogue: "cica@2021", access: "public" }).access).toBe("public");
  });

  it("tells the developer, in the message of each misuse, which option is wrong and what to pass", () => {
    const ok = { reporter: "KZ", year: 2025, catalogue: "cica@2021" } as const;
    expect(messageOf(() => createDraft(undefined as never))).toMatch(/^createDraft: pass \{ reporter, year, catalogue \}/);
    expect(messageOf(() => createDraft({ ...ok, reporter: "" }))).toMatch(/^createDraft: reporter must be a state's code, e\.g\. "KZ"/);
    expect(messageOf(() => createDraft({ ...ok, year: 2025.5 }))).toBe("createDraft: year must be a whole number, e.g. 2025; it is 2025.5.");
    expect(messageOf(() => createDraft({ ...ok, catalogue: "" }))).toMatch(
      /^createDraft: catalogue must be a catalogue version's reference, e\.g\. "cica@2021"/,
    );
    expect(messageOf(() => createDraft({ ...ok, id: 3 } as never))).toMatch(/^createDraft: id must be a text/);
    expect(messageOf(() => createDraft({ ...ok, access: "secret" } as never))).toMatch(/^createDraft: access must be "public" or "member-states"/);
  });
});
