import { describe, expect, it } from "vitest";
import { findParticipant } from "./findParticipant.js";
import { cica } from "../data/cica/index.js";

const registry = cica.registry;

describe("findParticipant", () => {
  it.each([
    ["KZ", "KZ"],
    ["kz", "KZ"],
    ["KAZ", "KZ"],
    [" kazakhstan ", "KZ"],
    ["Казахстан", "KZ"],
    ["Turkey", "TR"],
    ["TÜRKIYE", "TR"],
    ["Russian Federation", "RU"],
    ["Vietnam", "VN"],
    ["USA", "US"],
    ["osce", "osce"],
    ["ООН", "un"],
    ["Korea, Republic of", "KR"],
  ])("finds %j as %s", (query, code) => {
    expect(findParticipant(registry, query)?.code).toBe(code);
  });

  it("returns undefined for a name or code it does not know", () => {
    expect(findParticipant(registry, "Atlantis")).toBeUndefined();
    expect(findParticipant(registry, "")).toBeUndefined();
    expect(findParticipant(registry, "toString")).toBeUndefined();
    expect(findParticipant(registry, 42 as unknown as string)).toBeUndefined();
  });
});
