import { describe, expect, it } from "vitest";
import { isCbmError } from "../errors/CbmError.js";
import { defineRegistry } from "./defineRegistry.js";
import { membersOn } from "./membersOn.js";
import { statusOn } from "./statusOn.js";
import type { ParticipantDefinition, RegistryDefinition } from "./types.js";

const avalon: ParticipantDefinition = {
  code: "AA",
  alpha3: "AAA",
  kind: "state",
  name: { en: "Avalon" },
  history: [
    { status: "observer", since: "2001", basis: "first-attested" },
    { status: "member", since: "2004-10-22" },
  ],
};
const guild: ParticipantDefinition = {
  code: "guild",
  kind: "organisation",
  name: { en: "The Guild" },
  history: [
    { status: "observer", since: "2003-05" },
    { status: "none", since: "2005" },
  ],
};

function misuse(definition: unknown): string | undefined {
  try {
    defineRegistry(definition as RegistryDefinition);
  } catch (error) {
    return isCbmError(error) ? `${error.code}: ${error.message}` : `other: ${String(error)}`;
  }
  return undefined;
}

describe("defineRegistry", () => {
  it("resolves every change to the day queries count it from", () => {
    const registry = defineRegistry({ participants: [avalon, guild] });
    expect(registry.participants.map((p) => p.history.map((c) => c.from))).toEqual([
      ["2001-12-31", "2004-10-22"],
      ["2003-05-31", "2005-12-31"],
    ]);
    expect(statusOn(registry, "guild", "2005-12-30")).toBe("observer");
    expect(statusOn(registry, "guild", "2005-12-31")).toBe("none");
  });

  it("sorts participants by code and leaves the definition untouched", () => {
    const definition = { participants: [guild, avalon] };
    const copy = structuredClone(definition);
    const registry = defineRegistry(definition);
    expect(registry.participants.map((p) => p.code)).toEqual(["AA", "guild"]);
    expect(definition).toEqual(copy);
    expect(Object.isFrozen(registry.participants[0]?.history)).toBe(true);
  });

  it.each([
    ["a state code that is not alpha-2", { participants: [{ ...avalon, code: "AAA" }] }, /alpha-2/],
    ["an organisation code with capitals", { participants: [{ ...guild, code: "Guild" }] }, /lowercase/],
    ["a code used twice", { participants: [avalon, avalon] }, /used twice/],
    ["an alpha-3 code used twice", { participants: [avalon, { ...avalon, code: "AB" }] }, /alpha-3 code "AAA"/],
    ["changes out of order", { participants: [{ ...avalon, history: [...avalon.history].reverse() }] }, /increasing order/],
    [
      "two changes counted from the same day",
      {
        participants: [
          {
            ...avalon,
            history: [
              { status: "observer", since: "2004-12" },
              { status: "member", since: "2004-12-31" },
            ],
          },
        ],
      },
      /increasing order/,
    ],
    ["an impossible date", { participants: [{ ...avalon, history: [{ status: "member", since: "2006-02-30" }] }] }, /2006-02-30/],
    ["an unknown status", { participants: [{ ...avalon, history: [{ status: "partner", since: "2006" }] }] }, /member, observer or none/],
    [
      "a chair who is not a participant",
      { participants: [avalon], chairs: [{ state: "ZZ", from: "2002", sources: [], confidence: "confirmed" }] },
      /"ZZ" is not a participant/,
    ],
    [
      "overlapping chair terms",
      {
        participants: [avalon],
        chairs: [
          { state: "AA", from: "2002", until: "2006", sources: [], confidence: "confirmed" },
          { state: "AA", from: "2005", sources: [], confidence: "confirmed" },
        ],
      },
      /start on or after/,
    ],
    ["an alias holding a NUL", { participants: [{ ...avalon, aliases: ["Avalon\u0000"] }] }, /alias "Avalon\\u0000" must be plain text/],
    ["an alias holding a right-to-left override", { participants: [{ ...avalon, aliases: ["\u202eAvalon"] }] }, /without control or invisible characters/],
    ["an alias that is not a text", { participants: [{ ...avalon, aliases: [7] }] }, /alias 7 must be plain text/],
    [
      "a coordinator area holding a control character",
      { participants: [avalon], coordinators: [{ area: "economic\u0007", state: "AA", role: "coordinator", sources: [], confidence: "confirmed" }] },
      /area "economic\\u0007" holds a control/,
    ],
    ["a state code holding a NUL", { participants: [{ ...avalon, code: "A\u0000" }] }, /alpha-2/],
    [
      "a coordinator role outside the vocabulary",
      { participants: [avalon], coordinators: [{ area: "x", state: "AA", role: "leader", sources: [], confidence: "confirmed" }] },
      /coordinator or co-coordinator/,
    ],
  ])("refuses %s with a CbmError that says what to fix", (_name, definition, message) => {
    const result = misuse(definition);
    expect(result).toMatch(/^invalid-definition: defineRegistry: /);
    expect(result).toMatch(message);
  });

  it("refuses a definition that is not an object", () => {
    expect(misuse(null)).toMatch(/^invalid-argument/);
    expect(misuse({ participants: "all" })).toMatch(/^invalid-argument/);
  });

  it("answers queries on a registry defined by the caller", () => {
    const registry = defineRegistry({ participants: [avalon, guild] });
    expect(membersOn(registry, "2004-10-22").map((p) => p.code)).toEqual(["AA"]);
    expect(statusOn(registry, "AA", "2001-12-30")).toBe("none");
  });
});
