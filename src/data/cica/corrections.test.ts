import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assumedDay } from "../../dates/assumedDay.js";
import { chairOn } from "../../participants/chairOn.js";
import { coordinatorsOn } from "../../participants/coordinatorsOn.js";
import { findParticipant } from "../../participants/findParticipant.js";
import { observersOn } from "../../participants/observersOn.js";
import { statusOn } from "../../participants/statusOn.js";
import { cicaDataInfo, cicaDataVersion, cicaDecisions, cicaMeetings } from "./facts.js";
import { cicaSources } from "./provenance.js";

/** A source id of the table written out. */
const cicaSourceOf = (id: string): string => cicaSources[id] ?? id;
import { cica } from "./index.js";
import { provenanceOf } from "./provenanceOf.js";

/** The citations (links or documents) a fact's provenance gives, in order. */
const cited = (fact: object | undefined): string[] => (fact ? (provenanceOf(fact)?.sources.map((s) => s.citation) ?? []) : []);
/** The confidence a fact's provenance gives. */
const graded = (fact: object | undefined) => (fact ? provenanceOf(fact)?.confidence : undefined);
/** The note a fact's provenance gives. */
const noted = (fact: object | undefined) => (fact ? provenanceOf(fact)?.note : undefined);

// The corrections of data round 2, each at its boundary day and each naming the source that
// dates it. A test fails if a correction is lost when the reference is edited or regenerated.
const reference = JSON.parse(readFileSync(new URL("./reference/cica-data.json", import.meta.url), "utf8"));
const registry = cica.registry;
const codesOn = (date: string, kind?: "state" | "organisation") => observersOn(registry, date, kind).map((p) => p.code);
const participant = (code: string) => registry.participants.find((p) => p.code === code);

describe("observer start dates", () => {
  it("counts Belarus as an observer from Kazinform's list of 2016-04-17, not from the end of 2017", () => {
    // Kazinform, 2016-04-17: "12 countries and international organizations - observers (Belarus, …)";
    // the November 2015 list (cicabc.cccme.org.cn) does not name it.
    expect(statusOn(registry, "BY", "2016-04-16")).toBe("none");
    expect(statusOn(registry, "BY", "2016-04-17")).toBe("observer");
    expect(statusOn(registry, "BY", "2015-11-30")).toBe("none");
    expect(cited(participant("BY")?.history[0])).toContain(
      "https://en.inform.kz/amp/chinese-foreign-ministry-nursultan-nazarbayev-is-a-politician-with-strategic-thinking_a2893665/",
    );
  });

  it("counts Lao PDR from the count of 2017-10-28 (WAM, Kazinform), and BSS names it on 2019-06-12", () => {
    expect(statusOn(registry, "LA", "2017-10-27")).toBe("none");
    expect(statusOn(registry, "LA", "2017-10-28")).toBe("observer");
    expect(codesOn("2019-06-12", "state")).toEqual(["BY", "ID", "JP", "LA", "MY", "PH", "UA", "US"]);
    const start = participant("LA")?.history[0];
    expect(start).toMatchObject({ basis: "first-attested", since: "2017-10-28" });
    expect(noted(start)).toMatch(/likely/);
    expect(cited(start)).toContain("http://www.bssnews.net/?p=224982");
  });

  it("counts IOM from the same count of 2017-10-28, named by BSS (2019-06-12) and TASS (2019-06-14)", () => {
    expect(statusOn(registry, "iom", "2017-10-27")).toBe("none");
    expect(statusOn(registry, "iom", "2017-10-28")).toBe("observer");
    expect(codesOn("2019-06-14", "organisation")).toEqual(["iom", "las", "osce", "turkpa", "un"]);
    expect(cited(participant("iom")?.history[0])).toEqual(expect.arrayContaining(["https://tass.com/politics/1063900", "http://www.bssnews.net/?p=224982"]));
  });

  it("counts the Philippines from the Russian Foreign Ministry's list before the meeting of 2012-09-12", () => {
    expect(statusOn(registry, "PH", "2012-09-11")).toBe("none");
    expect(statusOn(registry, "PH", "2012-09-12")).toBe("observer");
  });

  it("keeps Bangladesh an observer from the end of 2010: the Istanbul Summit lead is not in the sources read", () => {
    // Bangladesh's Foreign Ministry (allmedialink.com): "observer in CICA since 2010"; oncevatan.com.tr:
    // during the Turkish chairmanship, which began at the Istanbul Summit (2010-06-08).
    expect(statusOn(registry, "BD", "2010-12-30")).toBe("none");
    expect(statusOn(registry, "BD", "2010-12-31")).toBe("observer");
    expect(noted(participant("BD")?.history[0])).toMatch(/Istanbul Summit/);
  });
});

describe("observer counts", () => {
  it("matches every observer count of the reference that has a day or month, 2001 to 2023", () => {
    const dated = reference.observerCounts.filter((c: { date: string }) => /^\d{4}(-\d{2}){0,2}$/.test(c.date));
    expect(dated.length).toBeGreaterThanOrEqual(12);
    for (const count of dated) {
      const day = assumedDay(count.date);
      const where = `${count.date} (${count.sources.join(", ")})`;
      if (count.states !== undefined) expect(codesOn(day, "state"), where).toHaveLength(count.states);
      if (count.organisations !== undefined) expect(codesOn(day, "organisation"), where).toHaveLength(count.organisations);
      if (count.total !== undefined) expect(codesOn(day), where).toHaveLength(count.total);
    }
  });

  it("gives 9 observer states and 5 organisations on 2017-10-28 (WAM) and 8 from Sri Lanka's accession on 2018-08-15 (Astana Times, 2020)", () => {
    expect([codesOn("2017-10-28", "state").length, codesOn("2017-10-28", "organisation").length]).toEqual([9, 5]);
    expect(codesOn("2018-08-14", "state")).toHaveLength(9);
    expect(codesOn("2018-08-15", "state")).toHaveLength(8);
    expect([codesOn("2020-10-29", "state").length, codesOn("2020-10-29", "organisation").length]).toEqual([8, 5]);
  });

  it("gives 7 observer states for 2015-11-30, the count of the November 2015 list (cicabc.cccme.org.cn)", () => {
    expect(codesOn("2015-11-30", "state")).toEqual(["ID", "JP", "LK", "MY", "PH", "UA", "US"]);
  });

  it("ends the former observers' status the day after their last listing (June 2006; 2001)", () => {
    for (const code of ["AU", "LB"]) {
      expect(statusOn(registry, code, "2006-06-30"), code).toBe("observer");
      expect(statusOn(registry, code, "2006-07-01"), code).toBe("none");
    }
    expect(statusOn(registry, "cais", "2001-12-31")).toBe("observer");
    expect(statusOn(registry, "cais", "2002-01-01")).toBe("none");
  });
});

describe("the 1999 ministerial meeting's observers", () => {
  it("records them as attendance at the meeting (kremlin.ru supplement 3712), not as observer status", () => {
    const meeting = cicaMeetings.find((m) => m.id === "mfa-1");
    const attending = meeting?.observersAttending;
    expect(attending?.participants).toEqual(["US", "JP", "KR", "ID", "AU", "un", "osce"]);
    expect(cited(attending)).toEqual(["kremlin.ru/supplement/3712"]);
    expect(graded(attending)).toBe("unverified");
    expect(noted(attending)).toMatch(/attendance at the meeting, not observer status/);
    for (const code of attending?.participants ?? []) {
      expect(statusOn(registry, code, "1999-09-14"), code).toBe("none");
      expect(statusOn(registry, code, "2001-12-31"), code).toBe("observer");
    }
  });
});

describe("accession dates", () => {
  it("counts Qatar a member from the Shanghai Summit, 2014-05-21 (yingyuw.cn: 25th member at the Summit), no longer from 2014-05-31", () => {
    expect(statusOn(registry, "QA", "2014-05-20")).toBe("observer");
    expect(statusOn(registry, "QA", "2014-05-21")).toBe("member");
    expect(noted(participant("QA")?.history.at(-1))).toMatch(/Shanghai Summit/);
  });

  it("grades Bahrain's and Cambodia's 2011 accession likely: one secondary source (China Daily, 2014) gives the year", () => {
    for (const code of ["BH", "KH"]) {
      const joined = participant(code)?.history.find((c) => c.status === "member");
      expect(graded(joined), code).toBe("likely");
      expect(cited(joined), code).toContain("http://covid-19.chinadaily.com.cn/world/2014cica/2014-05/20/content_17525444.htm");
      expect(statusOn(registry, code, "2011-12-30"), code).toBe("none");
      expect(statusOn(registry, code, "2011-12-31"), code).toBe("member");
    }
  });

  it("cites the ISO code list for the codes of each state and never for a status change", () => {
    const codeList = cited({ sources: cicaDataInfo.codes.sources }).map((id) => cicaSourceOf(id));
    expect(codeList.length).toBeGreaterThan(0);
    for (const p of registry.participants) {
      for (const change of p.history)
        expect(
          cited(change).filter((s) => codeList.includes(s)),
          p.code,
        ).toEqual([]);
      if (p.kind === "state") expect(cited(p), p.code).toEqual(codeList);
    }
  });
});

describe("catalogue versions after 2021", () => {
  it("records the update reported on 2024-12-17 as an unverified dated fact, outside cica.catalogues", () => {
    expect(Object.keys(cica.catalogues)).toEqual(["cica@2004", "cica@2021"]);
    const update = cicaDecisions.find((d) => d.kind === "catalogue-update");
    expect(update).toMatchObject({ date: "2024-12-17", amends: "cica@2021", meeting: "mc-7", status: "reported-adopted" });
    expect(graded(update)).toBe("unverified");
    const modalities = cicaDecisions.find((d) => d.kind === "implementation-decision");
    expect(modalities).toMatchObject({ date: "2024-12-17", status: "reported-adopted" });
    expect(graded(modalities)).toBe("unverified");
    expect(noted(update)).toMatch(/No measure/);
  });
});

describe("coordinators", () => {
  it("dates Tajikistan as tourism coordinator by the Secretary General's statement to Trend, 2023-03-03", () => {
    expect(coordinatorsOn(registry, "2023-03-03", "eco-tourism").map((a) => `${a.state} ${a.role} ${graded(a)}`)).toEqual(["TJ coordinator likely"]);
    expect(coordinatorsOn(registry, "2023-03-02", "eco-tourism")).toEqual([]);
  });

  it("dates Kyrgyzstan as trade co-coordinator by Trend (2023-03-03) and a CICA press release (id 2070)", () => {
    expect(coordinatorsOn(registry, "2023-03-03", "eco-trade").map((a) => `${a.state} ${a.role}`)).toEqual(["KG co-coordinator"]);
  });

  it("dates Russia as coordinating country of the economic dimension by the SME action plan approved on 2016-01-13 (s-cica.org enterprises2016)", () => {
    expect(coordinatorsOn(registry, "2016-01-13", "eco-sme").map((a) => `${a.state} ${a.role}`)).toEqual(["RU coordinator"]);
    expect(coordinatorsOn(registry, "2016-01-14", "eco-sme")).toEqual([]);
  });

  it("dates Turkey as coordinator of new challenges and threats by the Turkish Foreign Ministry's notice of 2008-01-30", () => {
    expect(coordinatorsOn(registry, "2008-01-30", "nct-general").map((a) => `${a.state} ${a.role}`)).toEqual(["TR coordinator"]);
    expect(coordinatorsOn(registry, "2008-01-29", "nct-general")).toEqual([]);
  });

  it("dates the human dimension team by the Secretary General's statement to Trend, 2023-03-03", () => {
    expect(coordinatorsOn(registry, "2023-03-03", "human-general").map((a) => `${a.state} ${a.role}`)).toEqual([
      "UZ coordinator",
      "CN co-coordinator",
      "IN co-coordinator",
      "KZ co-coordinator",
      "KG co-coordinator",
    ]);
  });
});

describe("Azerbaijan's chairmanship", () => {
  it("leaves the end open: the 2026 Summit concludes it and its date is not known (turkic.world, 2024-12-14)", () => {
    expect(chairOn(registry, "2024-12-16")?.state).toBe("KZ");
    expect(chairOn(registry, "2024-12-17")?.state).toBe("AZ");
    const term = chairOn(registry, "2026-12-31");
    expect(term?.state).toBe("AZ");
    expect(term?.until).toBeUndefined();
    expect(noted(term)).toMatch(/2026 Summit/);
  });
});

describe("names", () => {
  it.each([
    ["South Korea", "KR"],
    ["Kyrgyz Republic", "KG"],
    ["United States of America", "US"],
    ["Киргизия", "KG"],
    ["Южная Корея", "KR"],
    ["Белоруссия", "BY"],
  ])("finds %s as %s", (name, code) => {
    expect(findParticipant(registry, name)?.code).toBe(code);
  });
});

describe("data version", () => {
  it("names one version of the embedded data everywhere, the reference's own", () => {
    expect(cica.dataVersion).toBe(reference._meta.dataVersion);
    expect(cicaDataVersion).toBe(cica.dataVersion);
    expect(cicaDataInfo.version).toBe(cica.dataVersion);
    expect(cica.dataVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
