import { describe, expect, it } from "vitest";
import { membersOn } from "./membersOn.js";
import { cica } from "../data/cica/index.js";

const registry = cica.registry;
const codes = (participants: readonly { code: string }[]) => participants.map((p) => p.code);

describe("membersOn", () => {
  it.each([
    ["1999-09-14", 15],
    ["2002-06-04", 16],
    ["2004-10-22", 17],
    ["2006-06-17", 18],
    ["2008-08-25", 20],
    ["2010-12-31", 22],
    ["2011-12-31", 24],
    ["2014-12-31", 26],
    ["2018-12-31", 27],
    ["2022-12-31", 28],
  ])("counts the members on %s as %i", (date, count) => {
    expect(membersOn(registry, date)).toHaveLength(count);
  });

  it("has no members before the first ministerial meeting", () => {
    expect(membersOn(registry, "1999-09-13")).toEqual([]);
  });

  it("lists the 18 members of the 2006 background note on 2006-11-15, sorted by code", () => {
    expect(codes(membersOn(registry, "2006-11-15"))).toEqual([
      "AF",
      "AZ",
      "CN",
      "EG",
      "IL",
      "IN",
      "IR",
      "KG",
      "KR",
      "KZ",
      "MN",
      "PK",
      "PS",
      "RU",
      "TH",
      "TJ",
      "TR",
      "UZ",
    ]);
  });

  it("counts a member dated by month only from the last day of that month", () => {
    expect(codes(membersOn(registry, "2010-06-29"))).not.toContain("IQ");
    expect(codes(membersOn(registry, "2010-06-30"))).toContain("IQ");
  });
});
