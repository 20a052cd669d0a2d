import { describe, expect, it } from "vitest";
import { BASE_REPORT, draftOf } from "../../../test/support/reports.js";
import { cica } from "../../data/cica/index.js";
import { REPORT_LIMITS as L } from "../limits.js";
import { validateReport } from "../validateReport.js";

/** The issues of the base report with these extensions: rule, path and what it says of the value. */
const issuesOf = (extensions: unknown) =>
  validateReport(draftOf(BASE_REPORT, { extensions }), cica).issues.map((issue) => [
    issue.rule,
    issue.path.join("."),
    issue.params.reason ?? issue.params.key ?? issue.params.max,
  ]);

const keys = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, 0]));

describe("extensions: every value that is not JSON is found, not only the first", () => {
  it("goes on after a number that is not finite, in objects and in arrays", () => {
    expect(issuesOf({ a: Number.NaN, b: Number.POSITIVE_INFINITY, c: [1, Number.NEGATIVE_INFINITY, Number.NaN], d: 2 })).toEqual([
      ["extensions.not-json", "extensions.a", "NaN"],
      ["extensions.not-json", "extensions.b", "Infinity"],
      ["extensions.not-json", "extensions.c.1", "-Infinity"],
      ["extensions.not-json", "extensions.c.2", "NaN"],
    ]);
  });

  it("names what each value is instead: a function, undefined, a bigint, a symbol, a Date, a Map", () => {
    expect(issuesOf({ f: () => 1, u: undefined, big: 10n, s: Symbol("x"), d: new Date(0), m: new Map() })).toEqual([
      ["extensions.not-json", "extensions.f", "a function"],
      ["extensions.not-json", "extensions.u", "undefined"],
      ["extensions.not-json", "extensions.big", "bigint"],
      ["extensions.not-json", "extensions.s", "symbol"],
      ["extensions.not-json", "extensions.d", "Date"],
      ["extensions.not-json", "extensions.m", "Map"],
    ]);
  });

  it("accepts null, booleans, finite numbers, texts, arrays and plain objects", () => {
    expect(issuesOf({ n: null, t: true, f: false, z: 0, x: -1.5, s: "", a: [[], {}], o: { p: { q: "r" } } })).toEqual([]);
  });

  it("flags each unsafe key (__proto__, constructor, prototype), at any depth, and goes on", () => {
    expect(issuesOf(JSON.parse('{"__proto__": 1, "constructor": {"prototype": 2}, "after": 3}'))).toEqual([
      ["extensions.unsafe-key", "extensions.__proto__", "__proto__"],
      ["extensions.unsafe-key", "extensions.constructor", "constructor"],
      ["extensions.unsafe-key", "extensions.constructor.prototype", "prototype"],
    ]);
  });

  it("finds a cycle and goes on, but takes the same object reached twice by sibling paths as no cycle", () => {
    const shared = { x: 1 };
    expect(issuesOf({ a: shared, b: shared, c: [shared, shared] })).toEqual([]);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(issuesOf({ c: cyclic, after: Number.NaN })).toEqual([
      ["extensions.not-json", "extensions.c.self", "a cycle"],
      ["extensions.not-json", "extensions.after", "NaN"],
    ]);
  });

  it("counts the characters of keys and texts together, up to the limit included", () => {
    const key = "k".repeat(10);
    expect(issuesOf({ [key]: "x".repeat(L.extensionText - 10) })).toEqual([]);
    expect(issuesOf({ [key]: "x".repeat(L.extensionText - 9) })).toEqual([["extensions.too-large", "extensions", L.extensionText]]);
    // Texts in arrays count too (key "a" + two halves + "z" is the limit), and the check stops at
    // the first text past the limit: one issue.
    const half = "y".repeat(L.extensionText / 2 - 1);
    expect(issuesOf({ a: [half, half, "z"] })).toEqual([]);
    expect(issuesOf({ a: [half, half, "z", "z"] })).toEqual([["extensions.too-large", "extensions", L.extensionText]]);
  });

  it("counts every value, the extensions object included, up to the limit included", () => {
    expect(issuesOf(keys(L.extensionNodes - 1))).toEqual([]);
    expect(issuesOf(keys(L.extensionNodes))).toEqual([["extensions.too-large", "extensions", L.extensionNodes]]);
  });

  it("allows nesting down to the depth limit, then says so once for each value too deep", () => {
    // `depth` levels of objects around an empty one: the innermost is at depth `depth` below the top.
    const nested = (depth: number): unknown => (depth === 0 ? {} : { d: nested(depth - 1) });
    expect(issuesOf(nested(L.extensionDepth))).toEqual([]);
    const tooDeep = issuesOf({ a: nested(L.extensionDepth), b: nested(L.extensionDepth) });
    expect(tooDeep.map(([rule, path]) => [rule, String(path).split(".").length - 1])).toEqual([
      ["extensions.too-deep", L.extensionDepth + 1],
      ["extensions.too-deep", L.extensionDepth + 1],
    ]);
  });

  it("reads nothing past the first text over the limit: no later bad value, in the same list, object or an outer one", () => {
    const over = "x".repeat(L.extensionText + 1);
    const tooLarge = ["extensions.too-large", "extensions", L.extensionText];
    expect(issuesOf({ a: over, b: Number.NaN })).toEqual([tooLarge]);
    expect(issuesOf({ a: [over, Number.NaN], b: Number.NaN })).toEqual([tooLarge]);
    // In a list in a list no key is counted in between: the stop itself must reach the outer list.
    expect(issuesOf({ a: [[over], Number.NaN] })).toEqual([tooLarge]);
    expect(issuesOf({ o: { a: over, b: Number.NaN }, b: Number.NaN })).toEqual([tooLarge]);
  });

  it("reads no key or value past the limit of values, not even an unsafe key", () => {
    const tooLarge = ["extensions.too-large", "extensions", L.extensionNodes];
    expect(issuesOf({ o: keys(L.extensionNodes), constructor: 1 })).toEqual([tooLarge]);
  });

  it("counts the values nested too deep toward the limit of values, and says so once at the first value past it", () => {
    // The values under a part too deep are not checked, but they are read and counted: the key
    // after them is past the limit.
    const nested = (depth: number, inner: unknown): unknown => (depth === 0 ? inner : { d: nested(depth - 1, inner) });
    const issues = issuesOf({ o: { deep: nested(L.extensionDepth + 1, new Array(L.extensionNodes).fill(0)), x: 1 }, constructor: 1 });
    expect(issues.map(([rule, path]) => [rule, String(path).split(".").length - 1])).toEqual([
      ["extensions.too-deep", L.extensionDepth + 1],
      ["extensions.too-large", 0],
    ]);
    expect(issues[1]).toEqual(["extensions.too-large", "extensions", L.extensionNodes]);
  });
});
