import { describe, expect, it } from "vitest";
import { isCbmError } from "../errors/CbmError.js";
import { chairOn } from "./chairOn.js";
import { coordinatorsOn } from "./coordinatorsOn.js";
import { membersOn } from "./membersOn.js";
import { observersOn } from "./observersOn.js";
import { statusOn } from "./statusOn.js";
import { cica } from "../data/cica/index.js";

const registry = cica.registry;

describe("queries given an impossible date", () => {
  it.each([
    ["membersOn", () => membersOn(registry, "2006-02-30")],
    ["observersOn", () => observersOn(registry, "2023-02-29")],
    ["statusOn", () => statusOn(registry, "KZ", "0000-01-01")],
    ["chairOn", () => chairOn(registry, "2024-13-01")],
    ["coordinatorsOn", () => coordinatorsOn(registry, "2024")],
  ])("%s throws a CbmError naming the date instead of answering", (name, run) => {
    let thrown: unknown;
    try {
      run();
    } catch (error) {
      thrown = error;
    }
    expect(isCbmError(thrown)).toBe(true);
    expect(isCbmError(thrown) && thrown.code).toBe("invalid-date");
    expect(String((thrown as Error).message)).toContain(name);
    expect(String((thrown as Error).message)).toContain("YYYY-MM-DD");
  });
});
