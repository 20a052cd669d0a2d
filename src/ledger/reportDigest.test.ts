import { describe, expect, it } from "vitest";
import type { NationalReport } from "../reports/schema.js";
import { upgradeReport } from "../reports/upgradeReport.js";
import { reportDigest } from "./reportDigest.js";

const base = {
  schema: "cica-cbm/report@2",
  id: "KZ-2025",
  reporter: "KZ",
  catalogue: "cica@2021",
  year: 2025,
  revision: 1,
  submittedOn: "2026-03-01",
  entries: [{ measure: "2.1.2", status: "implemented" }],
};

/** The digest of the base report with `extensions` set to `value`: any JSON value, nested anywhere. */
const withValue = (value: unknown) => reportDigest({ ...base, extensions: { value } } as unknown as NationalReport);

describe("reportDigest", () => {
  it("gives 16 lowercase hex digits, leading zeros kept", () => {
    for (const value of [null, 0, "", [], {}, "a", true, false, 1.5, ["x"]]) expect(withValue(value)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("gives the same digest to the same content, key order ignored at every depth, whatever was digested before", () => {
    const a = withValue({ b: 1, c: [{ d: "x", e: null }] });
    withValue("something else");
    expect(withValue({ c: [{ e: null, d: "x" }], b: 1 })).toBe(a);
    const reversed = Object.fromEntries(Object.entries(base).reverse());
    expect(reportDigest(reversed as unknown as NationalReport)).toBe(reportDigest(base as unknown as NationalReport));
  });

  it("reads only a report's own fields, as JSON does", () => {
    const inherited = Object.assign(Object.create({ remarks: "inherited" }) as object, base);
    expect(reportDigest(inherited as NationalReport)).toBe(reportDigest(base as unknown as NationalReport));
  });

  it("tells apart values of different types that read alike", () => {
    const values = [null, 0, 1, "0", "1", "", "null", true, false, "true", "false", [], {}, [[]], [{}], ["a"], { a: null }, "[]", "{}"];
    const digests = values.map(withValue);
    expect(new Set(digests).size).toBe(values.length);
  });

  it("tells apart strings that differ only in their last character, of odd and of even length", () => {
    for (const [a, b] of [
      ["a", "b"],
      ["ab", "ac"],
      ["abc", "abd"],
      ["abcd", "abce"],
      ["abc", "ab"],
      ["ab", "a"],
    ]) {
      expect(withValue(a), `${a} / ${b}`).not.toBe(withValue(b));
    }
  });

  it("tells apart lists that hold the same characters cut differently, or in another order", () => {
    const lists = [["ab", "c"], ["a", "bc"], ["abc"], ["c", "ab"], ["a", "b", "c"], ["a", "", "bc"], [["a"], "bc"], ["a", ["bc"]]];
    expect(new Set(lists.map(withValue)).size).toBe(lists.length);
  });

  it("tells apart objects whose values are swapped between keys, moved to another depth, or split differently", () => {
    const objects = [
      { a: "x", b: "y" },
      { a: "y", b: "x" },
      { a: "x" },
      { b: "y" },
      { a: { b: "y" } },
      { ab: "xy" },
      { a: "xy" },
      { a: "x", b: "y", c: null },
      { a: ["x", "y"] },
      [{ a: "x" }, { b: "y" }],
      [{ a: "x", b: "y" }],
      { a: "x", b: { a: "x" } },
    ];
    expect(new Set(objects.map(withValue)).size).toBe(objects.length);
  });

  it("tells apart numbers, including those that differ in one digit or in sign", () => {
    const numbers = [0, 1, -1, 10, 1.5, 15, 2025, 2026, 1e21, 0.1];
    expect(new Set(numbers.map(withValue)).size).toBe(numbers.length);
  });

  it("changes with every field of a report", () => {
    const digests = [
      base,
      { ...base, id: "KZ-2025-B" },
      { ...base, reporter: "UZ" },
      { ...base, catalogue: "cica@2004" },
      { ...base, year: 2024 },
      { ...base, revision: 2 },
      { ...base, submittedOn: "2026-03-02" },
      { ...base, entries: [] },
      { ...base, entries: [{ measure: "2.1.2", status: "planned" }] },
      { ...base, entries: [{ measure: "2.1.3", status: "implemented" }] },
      { ...base, nil: true },
    ].map((r) => reportDigest(r as unknown as NationalReport));
    expect(new Set(digests).size).toBe(digests.length);
  });

  it("gives the same 16 digits on every machine and run: the digests of these reports are known in advance", () => {
    // Known answers: a change of the digest's arithmetic (or any machine- or run-dependent input)
    // changes them. The second and third each have a lane that begins with a zero, kept.
    expect(reportDigest(base as unknown as NationalReport)).toBe("96e1358696012737");
    const remarked = (remarks: string) => ({ ...base, entries: [{ measure: "2.1.2", status: "implemented", remarks }] }) as unknown as NationalReport;
    expect(reportDigest(remarked("r46"))).toBe("03fc28ae917fc829");
    expect(reportDigest(remarked("r1"))).toBe("ad84445a09119ee0");
  });

  it("gives a report@1 the digest of its upgrade to report@2, and still tells two report@1 contents apart", () => {
    const v1 = { ...base, schema: "cica-cbm/report@1" } as unknown as NationalReport;
    expect(reportDigest(v1)).toBe(reportDigest(base as unknown as NationalReport));
    expect(reportDigest(v1)).toBe(reportDigest(upgradeReport(v1)));
    const fields = [v1, { ...v1, id: "KZ-2025-B" }, { ...v1, entries: [] }, { ...v1, year: 2024 }, { ...v1, nil: true }];
    expect(new Set(fields.map((r) => reportDigest(r as NationalReport))).size).toBe(fields.length);
  });

  it("digests a report whose report@1 tag is inherited, not its own, as its upgrade (the tag made its own)", () => {
    const { schema: _, ...rest } = base;
    const inherited = Object.assign(Object.create({ schema: "cica-cbm/report@1" }) as object, rest) as unknown as NationalReport;
    expect(reportDigest(inherited)).toBe(reportDigest(upgradeReport(inherited)));
    expect(reportDigest(inherited)).toBe(reportDigest(base as unknown as NationalReport));
  });

  it("tells apart objects at any depth that differ only under a key named schema (only the report's own tag is read as a version)", () => {
    expect(withValue({ schema: "cica-cbm/report@1" })).not.toBe(withValue({ schema: "cica-cbm/report@2" }));
    expect(withValue([{ schema: "a" }])).not.toBe(withValue([{ schema: "b" }]));
  });

  it("tells apart, as JSON equality does, a list or a text given in place of a report from an object of the same numbered items", () => {
    const digest = (value: unknown) => reportDigest(value as NationalReport);
    expect(digest(["a", "b"])).not.toBe(digest({ 0: "a", 1: "b" }));
    expect(digest("ab")).not.toBe(digest({ 0: "a", 1: "b" }));
    expect(digest("ab")).not.toBe(digest(["a", "b"]));
    expect(digest(["a", "b"])).toBe(digest(["a", "b"]));
  });
});
