import { describe, expect, it } from "vitest";
import { BASE_REPORT, draftOf } from "../../test/support/reports.js";
import { cica } from "../data/cica/index.js";
import { isCbmError } from "../errors/CbmError.js";
import { groupIssues } from "./groupIssues.js";
import { validateReport } from "./validateReport.js";
import { validateReports } from "./validateReports.js";

const KZ = draftOf(BASE_REPORT);
/** Mongolia's report with a status that is not a status: rejected, but still named. */
const MN_BAD = draftOf(BASE_REPORT, (d) => {
  d.id = "MN-2025";
  d.reporter = "MN";
  d.revision = 2;
  d.entries[0].status = "implemnted";
});

describe("validateReports", () => {
  it("gives each result in input order with the same verdict and issues as validateReport", () => {
    const inputs = [MN_BAD, KZ, null];
    const results = validateReports(
      inputs.map((input) => ({ input })),
      cica,
    );
    expect(results.map((r) => r.ok)).toEqual([false, true, false]);
    inputs.forEach((input, i) => {
      const single = validateReport(input, cica);
      expect(results[i]?.issues).toEqual(single.issues);
      expect(results[i]?.report).toEqual(single.report);
    });
  });

  it("names a rejected submission by the id, reporter, year and revision written in it", () => {
    const [result] = validateReports([{ input: MN_BAD }], cica);
    expect(result?.ok).toBe(false);
    expect(result?.identity).toEqual({ id: "MN-2025", reporter: "MN", year: 2025, revision: 2 });
  });

  it("names a submission whose reporter is not a code of the registry, as written", () => {
    const [result] = validateReports([{ input: draftOf(BASE_REPORT, { reporter: "KAZ" }) }], cica);
    expect(result?.ok).toBe(false);
    expect(result?.identity?.reporter).toBe("KAZ");
  });

  it("gives a null identity when the input is not an object or any of the four fields is unreadable", () => {
    const unnamed: unknown[] = [
      null,
      "KZ-2025",
      [KZ],
      draftOf(BASE_REPORT, (d) => delete d.id),
      draftOf(BASE_REPORT, { id: "" }),
      draftOf(BASE_REPORT, { reporter: 7 }),
      draftOf(BASE_REPORT, { year: "2025" }),
      draftOf(BASE_REPORT, { revision: 1.5 }),
      draftOf(BASE_REPORT, (d) => delete d.revision),
    ];
    const results = validateReports(
      unnamed.map((input) => ({ input })),
      cica,
    );
    expect(results.map((r) => r.identity)).toEqual(unnamed.map(() => null));
  });

  it("reads the identity from data fields only, not a getter, and does not fail on a proxy that throws", () => {
    const withGetter = draftOf(BASE_REPORT);
    Object.defineProperty(withGetter, "id", {
      enumerable: true,
      get() {
        return "KZ-2025";
      },
    });
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error("no");
        },
        get() {
          throw new Error("no");
        },
        ownKeys() {
          throw new Error("no");
        },
        has() {
          throw new Error("no");
        },
      },
    );
    const [first, second] = validateReports([{ input: withGetter }, { input: hostile }], cica);
    expect(first?.identity).toBeNull();
    expect(second?.identity).toBeNull();
    expect(second?.ok).toBe(false);
  });

  it("returns the caller's origin with each result, and none where none was given", () => {
    const results = validateReports(
      [{ input: KZ, origin: { file: "kz.json" } }, { input: MN_BAD, origin: { file: "all.jsonl", line: 2 } }, { input: null }],
      cica,
    );
    expect(results.map((r) => r.origin)).toEqual([{ file: "kz.json" }, { file: "all.jsonl", line: 2 }, undefined]);
    expect("origin" in results[2]!).toBe(false);
  });

  it("keeps the origin it returned when the caller later changes its own object", () => {
    const origin = { file: "kz.json", row: 3 };
    const [result] = validateReports([{ input: KZ, origin }], cica);
    origin.row = 4;
    expect(result?.origin).toEqual({ file: "kz.json", row: 3 });
  });

  it("changes no input and takes any iterable, such as a generator", () => {
    const before = structuredClone(MN_BAD);
    function* items() {
      yield { input: MN_BAD };
      yield { input: KZ };
    }
    const results = validateReports(items(), cica);
    expect(results.map((r) => r.identity?.id)).toEqual(["MN-2025", "KZ-2025"]);
    expect(MN_BAD).toEqual(before);
  });

  it("throws a CbmError on misuse only: a bare report instead of { input }, or no iterable", () => {
    const misuse = [() => validateReports([KZ as never], cica), () => validateReports(KZ as never, cica), () => validateReports([{ input: KZ }], {} as never)];
    for (const call of misuse) {
      let caught: unknown;
      try {
        call();
      } catch (error) {
        caught = error;
      }
      expect(isCbmError(caught) && caught.code).toBe("invalid-argument");
    }
  });
});

describe("validateReports: what its misuse errors say", () => {
  const thrown = (call: () => unknown): { code?: string; message?: string } => {
    try {
      call();
    } catch (error) {
      return isCbmError(error) ? { code: error.code, message: error.message } : { message: String(error) };
    }
    return {};
  };

  it("refuses null, undefined or an object in place of the list with a CbmError that shows how to wrap the inputs", () => {
    for (const items of [null, undefined, {}, 7]) {
      const error = thrown(() => validateReports(items as never, cica));
      expect(error.code, String(items)).toBe("invalid-argument");
      expect(error.message, String(items)).toMatch(/^validateReports: pass an iterable of \{ input, origin\? \}/);
    }
  });

  it("names the position of the first item that is neither { input } nor { text }: null, a bare text or a bare report", () => {
    for (const bad of [null, "KZ-2025", KZ]) {
      const error = thrown(() => validateReports([{ input: KZ }, { input: KZ }, bad as never], cica));
      expect(error.code).toBe("invalid-argument");
      expect(error.message).toMatch(/^validateReports: item 2 is neither \{ input, origin\? \} nor \{ text, origin\? \}/);
    }
  });

  it("names itself when the context is not one", () => {
    expect(thrown(() => validateReports([{ input: KZ }], {} as never)).message).toMatch(/^validateReports: /);
  });
});

describe("groupIssues over named results", () => {
  const KZ_BAD = draftOf(BASE_REPORT, (d) => {
    d.submittedOn = "2026-02-30";
    d.entries[0].status = "implemnted";
  });
  const results = validateReports(
    [
      { input: KZ_BAD, origin: { file: "kz.json" } },
      { input: KZ, origin: { file: "kz-ok.json" } },
      { input: MN_BAD, origin: { file: "mn.json" } },
      { input: null, origin: { file: "empty.json" } },
    ],
    cica,
  );

  it("lists the submissions each rule hit, once each and in input order, leaving out those it did not", () => {
    const groups = groupIssues(results);
    const byRule = Object.fromEntries(groups.map((g) => [g.rule, g.submissions.map((s) => s.origin?.file)]));
    expect(byRule["status.unknown"]).toEqual(["kz.json", "mn.json"]);
    expect(byRule["field.date"]).toEqual(["kz.json"]);
    expect(Object.values(byRule).flat()).not.toContain("kz-ok.json");
    const status = groups.find((g) => g.rule === "status.unknown");
    expect(status?.submissions.map((s) => s.identity?.reporter)).toEqual(["KZ", "MN"]);
  });

  it("names an unreadable submission by its origin only, with a null identity", () => {
    const groups = groupIssues(results);
    const hits = groups.flatMap((g) => g.submissions).filter((s) => s.origin?.file === "empty.json");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((s) => s.identity === null)).toBe(true);
  });

  it("counts each issue once a submission hits a rule several times, but lists the submission once", () => {
    const twice = draftOf(BASE_REPORT, (d) => {
      d.entries = [
        { measure: "2.1.2", status: "implemnted" },
        { measure: "2.1.1.b", status: "implemnted" },
      ];
    });
    const [group] = groupIssues(validateReports([{ input: twice }], cica)).filter((g) => g.rule === "status.unknown");
    expect(group?.count).toBe(2);
    expect(group?.submissions).toHaveLength(1);
  });

  it("groups the same issues as the bare-issue form, which still gives no submissions", () => {
    const named = groupIssues(results);
    const bare = groupIssues(results.flatMap((r) => r.issues));
    expect(named.map(({ submissions: _s, ...group }) => group)).toEqual(bare);
    expect(bare.some((g) => "submissions" in g)).toBe(false);
  });
});
