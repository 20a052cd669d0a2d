import { describe, expect, it } from "vitest";
import { CbmError } from "../errors/CbmError.js";
import { catchError } from "../../test/support/aggregateFixtures.js";
import { rejectedSubmissions, type ValidationOutcome } from "./rejectedSubmissions.js";

/** A rejected outcome of KZ for 2025 (or as changed), with one error. */
const rejected = (change: Partial<ValidationOutcome> & { id?: string; revision?: number; year?: number } = {}): ValidationOutcome => {
  const { id = "KZ-2025", revision = 1, year = 2025, ...rest } = change;
  return { ok: false, identity: { id, reporter: "KZ", year, revision }, issues: [{ rule: "field.date", severity: "error" }], ...rest };
};

const order = (outcomes: readonly ValidationOutcome[]) =>
  rejectedSubmissions(outcomes, 2025, "reportingRate")
    .byState.get("KZ")
    ?.map((r) => [r.identity?.id, r.identity?.revision, r.origin?.file, r.origin?.line, r.origin?.row, r.rules.join(",")]);

describe("rejectedSubmissions", () => {
  it("orders a state's rejected submissions by report id, then revision, then file, line and row, then rules, in any input order", () => {
    const outcomes = [
      rejected({ id: "KZ-2025-B" }),
      rejected({ revision: 2 }),
      rejected({ origin: { file: "b.json" } }),
      rejected({ origin: { file: "a.json", line: 2 } }),
      rejected({ origin: { file: "a.json", line: 1, row: 5 } }),
      rejected({ origin: { file: "a.json", line: 1, row: 3 } }),
      rejected({ origin: { file: "a.json", line: 1, row: 3 }, issues: [{ rule: "status.unknown", severity: "error" }] }),
      rejected(),
    ];
    const expected = [
      ["KZ-2025", 1, undefined, undefined, undefined, "field.date"],
      ["KZ-2025", 1, "a.json", 1, 3, "field.date"],
      ["KZ-2025", 1, "a.json", 1, 3, "status.unknown"],
      ["KZ-2025", 1, "a.json", 1, 5, "field.date"],
      ["KZ-2025", 1, "a.json", 2, undefined, "field.date"],
      ["KZ-2025", 1, "b.json", undefined, undefined, "field.date"],
      ["KZ-2025", 2, undefined, undefined, undefined, "field.date"],
      ["KZ-2025-B", 1, undefined, undefined, undefined, "field.date"],
    ];
    expect(order(outcomes)).toEqual(expected);
    expect(order([...outcomes].reverse())).toEqual(expected);
    expect(order([outcomes[4]!, outcomes[0]!, outcomes[6]!, outcomes[2]!, outcomes[7]!, outcomes[1]!, outcomes[5]!, outcomes[3]!])).toEqual(expected);
  });

  it("keeps a submission with no identity (undefined or null) apart, and one of another year out", () => {
    const found = rejectedSubmissions(
      [rejected({ identity: undefined as never }), rejected({ identity: null }), rejected({ year: 2024 })],
      2025,
      "reportingRate",
    );
    expect(found.unidentified.map((r) => r.identity)).toEqual([null, null]);
    expect([...found.byState.keys()]).toEqual([]);
  });

  it("passes over accepted results, and takes every rule of severity error, not a warning's", () => {
    const found = rejectedSubmissions(
      [
        { ok: true, identity: { id: "UZ-2025", reporter: "UZ", year: 2025, revision: 1 }, issues: [] },
        rejected({ issues: [{ rule: "reporter.observer", severity: "warning" }] }),
      ],
      2025,
      "reportingRate",
    );
    expect([...found.byState.keys()]).toEqual(["KZ"]);
    expect(found.byState.get("KZ")?.[0]?.rules).toEqual([]);
  });

  it("returns frozen copies, so that the caller's origin changed afterwards changes nothing", () => {
    const origin = { file: "kz.json", line: 4 };
    const [kept] = rejectedSubmissions([rejected({ origin })], 2025, "reportingRate").byState.get("KZ")!;
    origin.file = "other.json";
    expect(kept?.origin).toEqual({ file: "kz.json", line: 4 });
    expect(Object.isFrozen(kept)).toBe(true);
    expect(Object.isFrozen(kept?.origin)).toBe(true);
    expect(Object.isFrozen(kept?.rules)).toBe(true);
    expect(Object.keys(rejectedSubmissions([rejected()], 2025, "f").byState.get("KZ")![0]!)).toEqual(["identity", "rules"]);
  });

  it("names the function, and the position of the first value that is not a validation result, in its CbmError", () => {
    const message = (outcomes: unknown) => {
      const error = catchError(() => rejectedSubmissions(outcomes as never, 2025, "reportingRate"));
      expect(error).toBeInstanceOf(CbmError);
      return (error as CbmError).message;
    };
    expect(message(3)).toBe("reportingRate: options.rejected must be the results of validateReports (an array or another iterable).");
    expect(message(null)).toMatch(/^reportingRate: options\.rejected must be/);
    for (const bad of [null, "x", { issues: [] }, { ok: "no", issues: [] }, { ok: false }, { ok: false, issues: "field.date" }]) {
      expect(message([rejected(), bad])).toBe("reportingRate: options.rejected[1] is not a result of validateReports ({ ok, identity, origin?, issues }).");
    }
    expect(message(new Set([undefined]))).toMatch(/^reportingRate: options\.rejected\[0\] is not/);
  });

  it("accepts any iterable of results, and none at all", () => {
    expect(rejectedSubmissions(new Set([rejected()]), 2025, "f").byState.get("KZ")).toHaveLength(1);
    const none = rejectedSubmissions(undefined, 2025, "f");
    expect([none.byState.size, none.unidentified]).toEqual([0, []]);
  });
});
