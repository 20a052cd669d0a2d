import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { isCbmError } from "../errors/CbmError.js";
import { chairOn } from "./chairOn.js";
import { coordinatorHistory } from "./coordinatorHistory.js";
import { coordinatorsOn } from "./coordinatorsOn.js";
import { findParticipant } from "./findParticipant.js";
import { membersOn } from "./membersOn.js";
import { observersOn } from "./observersOn.js";
import { provenanceOf } from "../data/cica/provenanceOf.js";
import { statusChangeOn } from "./statusChangeOn.js";
import { statusOn } from "./statusOn.js";

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
    expect(codes(membersOn(registry, "2006-11-15"))).toEqual(
      ["AF", "AZ", "CN", "EG", "IL", "IN", "IR", "KG", "KR", "KZ", "MN", "PK", "PS", "RU", "TH", "TJ", "TR", "UZ"],
    );
  });

  it("counts a member dated by month only from the last day of that month", () => {
    expect(codes(membersOn(registry, "2010-06-29"))).not.toContain("IQ");
    expect(codes(membersOn(registry, "2010-06-30"))).toContain("IQ");
  });
});

describe("observersOn", () => {
  it("lists exactly the observers of the 2006 background note on 2006-11-15", () => {
    expect(codes(observersOn(registry, "2006-11-15"))).toEqual(["ID", "JP", "MY", "UA", "US", "VN", "las", "osce", "un"]);
  });

  it("no longer counts Australia, Lebanon and the Interstate Council after their last listing", () => {
    const late2006 = codes(observersOn(registry, "2006-11-15"));
    expect(late2006).not.toContain("AU");
    expect(late2006).not.toContain("LB");
    expect(late2006).not.toContain("cais");
    expect(codes(observersOn(registry, "2006-06-17"))).toEqual(expect.arrayContaining(["AU", "LB"]));
  });

  it("separates states from organisations", () => {
    expect(codes(observersOn(registry, "2022-10-31", "organisation"))).toEqual(["iom", "las", "osce", "turkpa", "un"]);
    expect(observersOn(registry, "2022-10-31", "state")).toHaveLength(9);
  });
});

describe("statusOn", () => {
  it("has Thailand an observer the day before 2004-10-22 and a member on it", () => {
    expect(statusOn(registry, "TH", "2004-10-21")).toBe("observer");
    expect(statusOn(registry, "TH", "2004-10-22")).toBe("member");
  });

  it("says none before a participant's first status and undefined for an unknown code", () => {
    expect(statusOn(registry, "KW", "2022-10-12")).toBe("none");
    expect(statusOn(registry, "XX", "2022-10-12")).toBeUndefined();
    expect(statusOn(registry, "kw", "2022-10-12")).toBeUndefined();
    expect(statusOn(registry, "__proto__", "2022-10-12")).toBeUndefined();
  });

  it("shows the change in force with its sources and how its date is known", () => {
    const change = statusChangeOn(registry, "BH", "2012-01-01");
    expect(change).toMatchObject({ status: "member", since: "2011", from: "2011-12-31", basis: "decision" });
    expect(provenanceOf(change!)?.sources.length).toBeGreaterThan(0);
    const ended = statusChangeOn(registry, "AU", "2007-01-01")!;
    expect(ended).toMatchObject({ status: "none", basis: "after-last-attested" });
    expect(provenanceOf(ended)?.confidence).toBe("unverified");
    expect(statusChangeOn(registry, "KW", "2000-01-01")).toBeUndefined();
  });
});

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

describe("chairOn", () => {
  it.each([
    ["2002-06-04", "KZ"],
    ["2010-06-07", "KZ"],
    ["2010-06-08", "TR"],
    ["2014-05-21", "CN"],
    ["2019-01-01", "TJ"],
    ["2022-10-13", "KZ"],
    ["2024-12-17", "AZ"],
  ])("names the chair on %s as %s", (date, state) => {
    expect(chairOn(registry, date)?.state).toBe(state);
  });

  it("names no chair before the first term", () => {
    expect(chairOn(registry, "2002-06-03")).toBeUndefined();
  });
});

describe("coordinatorsOn and coordinatorHistory", () => {
  it("returns the ICT coordinator and co-coordinator within their 2024-2025 term only", () => {
    expect(coordinatorsOn(registry, "2025-12-31", "nct-ict").map((a) => `${a.state} ${a.role}`)).toEqual(["RU coordinator", "CN co-coordinator"]);
    expect(coordinatorsOn(registry, "2026-01-01", "nct-ict")).toEqual([]);
  });

  it("returns an assignment known only from a dated source on that day", () => {
    expect(coordinatorsOn(registry, "2013-01-15").map((a) => `${a.area} ${a.state}`)).toEqual(["mp-general KZ", "mp-general TR"]);
    expect(coordinatorsOn(registry, "2013-01-16", "mp-general")).toEqual([]);
  });

  it("keeps every recorded assignment of an area, dated or not, with the doubt about a role", () => {
    const trade = coordinatorHistory(registry, "eco-trade");
    expect(trade.map((a) => `${a.state} ${a.role} ${a.attested}`)).toEqual(["KG co-coordinator 2022-10-12", "KG co-coordinator 2023-03-03"]);
    expect(trade[0]).toMatchObject({ state: "KG" });
    expect(provenanceOf(trade[0]!)?.roleConfidence).toBe("unverified");
    expect(provenanceOf(trade[1]!)?.roleConfidence).toBeUndefined();
    expect(coordinatorHistory(registry, "no-such-area")).toEqual([]);
  });
});
