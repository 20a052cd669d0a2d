import { describe, expect, it } from "vitest";
import { REPORT_LIMITS } from "../limits.js";
import { suggestCode } from "./suggest.js";

const ids = (...list: string[]) => list.map((id) => ({ id }));
const withSlips = { separator: "-", slips: true } as const;
const variantsOnly = { separator: "-", slips: false } as const;

describe("suggestCode: the limits of a 'did you mean'", () => {
  it("suggests the code a value differs from by case, outer spaces, full-width forms or spacing, without slips", () => {
    const items = ids("in-progress", "planned");
    expect(suggestCode(" In Progress ", items, variantsOnly)).toBe("in-progress");
    expect(suggestCode("IN_PROGRESS", items, variantsOnly)).toBe("in-progress");
    expect(suggestCode("ｐｌａｎｎｅｄ", items, variantsOnly)).toBe("planned");
    // A run of spaces and underscores is one separator.
    expect(suggestCode("in _ progress", items, variantsOnly)).toBe("in-progress");
    // Without slips, one typing slip is no variant.
    expect(suggestCode("planed", items, variantsOnly)).toBeUndefined();
  });

  it("writes a run of spaces as the separator asked for: nothing for measure ids, a hyphen for statuses", () => {
    expect(suggestCode("2.1. 2", ids("2.1.2"), { separator: "", slips: false })).toBe("2.1.2");
    expect(suggestCode("2.1. 2", ids("2.1.2"), variantsOnly)).toBeUndefined();
  });

  it("allows no slip below 4 characters, one from 4 to 5, and two from 6 on, never more", () => {
    // 3 characters: one slip is too many.
    expect(suggestCode("abd", ids("abc"), withSlips)).toBeUndefined();
    // 4 and 5 characters: one slip, not two.
    expect(suggestCode("abce", ids("abcd"), withSlips)).toBe("abcd");
    expect(suggestCode("abxy", ids("abcd"), withSlips)).toBeUndefined();
    expect(suggestCode("abcdx", ids("abcde"), withSlips)).toBe("abcde");
    expect(suggestCode("abcxy", ids("abcde"), withSlips)).toBeUndefined();
    // 6 characters and more: two slips, not three.
    expect(suggestCode("abcdxy", ids("abcdef"), withSlips)).toBe("abcdef");
    expect(suggestCode("abcxyz", ids("abcdef"), withSlips)).toBeUndefined();
    expect(suggestCode("implemxyz", ids("implement"), withSlips)).toBeUndefined();
    expect(suggestCode("implemeyt", ids("implement"), withSlips)).toBe("implement");
  });

  it("counts the slips on the value as compared (lower case, spaces as the separator)", () => {
    // "PLANED" is "planed" once compared: one slip from "planned".
    expect(suggestCode("PLANED", ids("planned"), withSlips)).toBe("planned");
    // "a b" is "a-b", 3 characters: too short for a slip.
    expect(suggestCode("a b", ids("a-c"), withSlips)).toBeUndefined();
  });

  it("suggests nothing when two codes fit equally, by variant or by slips", () => {
    expect(suggestCode("a1", ids("A1", "a1 "), variantsOnly)).toBeUndefined();
    expect(suggestCode("abcdez", ids("abcdex", "abcdey"), withSlips)).toBeUndefined();
  });

  it("gives a code that is its own variant, and one of two ids written the same way once only", () => {
    expect(suggestCode("planned", ids("planned"), variantsOnly)).toBe("planned");
    expect(suggestCode("Planned", ids("planned", "planned"), variantsOnly)).toBe("planned");
  });

  it("suggests nothing for a value longer than the code limit, even one that is a variant", () => {
    const long = "a".repeat(REPORT_LIMITS.code + 1);
    expect(suggestCode(long.toUpperCase(), ids(long), variantsOnly)).toBeUndefined();
    const atLimit = "a".repeat(REPORT_LIMITS.code);
    expect(suggestCode(atLimit.toUpperCase(), ids(atLimit), variantsOnly)).toBe(atLimit);
  });

  it("keeps the variants of a frozen list apart by separator", () => {
    const frozen = Object.freeze(ids("in-progress", "inprogress-x"));
    expect(suggestCode("In Progress", frozen, variantsOnly)).toBe("in-progress");
    expect(suggestCode("In Progress", frozen, { separator: "", slips: false })).toBeUndefined();
    expect(suggestCode("In Progress", frozen, variantsOnly)).toBe("in-progress");
  });

  it("reads a list that is not frozen afresh at each call, so that a code added to it later is suggested", () => {
    const items = ids("in-progress");
    expect(suggestCode("Planned", items, variantsOnly)).toBeUndefined();
    items.push({ id: "planned" });
    expect(suggestCode("Planned", items, variantsOnly)).toBe("planned");
  });
});
