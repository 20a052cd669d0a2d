import { describe, expect, it } from "vitest";
import { accessOf } from "./access.js";
import type { Access, NationalReport } from "./schema.js";
import { upgradeReport } from "./upgradeReport.js";

const activity = (access?: Access) => ({ title: "Seminar", kind: "seminar", from: "2025-05-01", ...(access ? { access } : {}) });

function report(reportAccess: Access | undefined, entryAccess: Access | undefined, activityAccess: Access | undefined): NationalReport {
  return {
    schema: "cica-cbm/report@2",
    id: "KZ-2025",
    reporter: "KZ",
    catalogue: "cica@2021",
    year: 2025,
    revision: 1,
    submittedOn: "2026-03-01",
    ...(reportAccess ? { access: reportAccess } : {}),
    entries: [{ measure: "2.1.2", status: "implemented", ...(entryAccess ? { access: entryAccess } : {}), activities: [activity(activityAccess)] }],
  };
}

const MARKS = [undefined, "public", "member-states"] as const;

describe("accessOf", () => {
  it("keeps an unmarked report for member states only, and a report@1 too", () => {
    expect(accessOf(report(undefined, undefined, undefined))).toBe("member-states");
    const v1: NationalReport = {
      ...report(undefined, undefined, undefined),
      schema: "cica-cbm/report@1",
      entries: [{ measure: "2.1.2", status: "implemented" }],
    };
    expect([accessOf(v1), accessOf(v1, 0)]).toEqual(["member-states", "member-states"]);
  });

  it("makes a part public only when it and every part containing it is public after inheritance", () => {
    for (const r of MARKS) {
      for (const e of MARKS) {
        for (const a of MARKS) {
          const reportPublic = r === "public";
          const entryPublic = reportPublic && e !== "member-states";
          const activityPublic = entryPublic && a !== "member-states";
          const subject = report(r, e, a);
          const label = `report ${r}, entry ${e}, activity ${a}`;
          expect([accessOf(subject), accessOf(subject, 0), accessOf(subject, 0, 0)], label).toEqual([
            reportPublic ? "public" : "member-states",
            entryPublic ? "public" : "member-states",
            activityPublic ? "public" : "member-states",
          ]);
        }
      }
    }
  });

  it("withholds a public entry of a report for member states, and a public activity of a member-states entry", () => {
    expect(accessOf(report("member-states", "public", "public"), 0)).toBe("member-states");
    expect(accessOf(report("public", "member-states", "public"), 0, 0)).toBe("member-states");
    expect(accessOf(report("public", "public", "public"), 0, 0)).toBe("public");
  });
});

describe("upgradeReport", () => {
  const v1: NationalReport = Object.freeze({
    schema: "cica-cbm/report@1",
    id: "KZ-2025",
    reporter: "KZ",
    catalogue: "cica@2021",
    year: 2025,
    revision: 2,
    submittedOn: "2026-03-01",
    entries: [{ measure: "2.1.2", status: "implemented", remarks: "x" }],
    extensions: { "ministry.kz/form": { version: 3 } },
  });

  it("changes only the tag of a report@1, in a new frozen object with the same keys in the same order", () => {
    const upgraded = upgradeReport(v1);
    expect(upgraded).not.toBe(v1);
    expect(Object.isFrozen(upgraded)).toBe(true);
    expect(upgraded.schema).toBe("cica-cbm/report@2");
    expect(Object.keys(upgraded)).toEqual(Object.keys(v1));
    expect({ ...upgraded, schema: v1.schema }).toEqual(v1);
    expect(upgraded.entries).toBe(v1.entries);
    expect(v1.schema).toBe("cica-cbm/report@1");
  });

  it("returns a report@2 as it is", () => {
    const v2 = upgradeReport(v1);
    expect(upgradeReport(v2)).toBe(v2);
  });

  it("never relabels a report of a tag it does not know as report@2", () => {
    const v3 = { ...v1, schema: "cica-cbm/report@3" } as unknown as NationalReport;
    expect(upgradeReport(v3)).toBe(v3);
    expect(upgradeReport(v3).schema).toBe("cica-cbm/report@3");
  });
});
