import { describe, expect, it } from "vitest";
import { UsageError } from "./errors.js";
import { COMMON, nearest, parseOptions, YEAR } from "./options.js";
import { wordsOf } from "./words.js";

const TABLE = { ...COMMON, ...YEAR } as const;
const say = wordsOf("en");
const parse = (args: string[]) => parseOptions(args, "summary", TABLE, { ...TABLE, svg: { type: "string" } }, say);

describe("nearest", () => {
  it("suggests the known name one or two letters away", () => {
    expect(nearest("yeer", ["format", "year", "lang"])).toBe("year");
    expect(nearest("fromat", ["format", "year"])).toBe("format");
    expect(nearest("YEAR", ["year"])).toBe("year");
  });

  it("suggests nothing for a name far from every known one", () => {
    expect(nearest("frobnicate", ["format", "year"])).toBeUndefined();
    // A short name is a slip only one letter away.
    expect(nearest("xy", ["by"])).toBe("by");
    expect(nearest("xz", ["by"])).toBeUndefined();
  });
});

describe("parseOptions", () => {
  it("gives the defaults of the table, and the values typed", () => {
    expect(parse(["summary", "a.ndjson", "--year", "2025"])).toEqual({
      values: { format: "text", lang: "en", help: false, year: "2025" },
      positionals: ["summary", "a.ndjson"],
    });
    expect(parse(["summary", "-h"]).values.help).toBe(true);
    expect(parse(["summary", "--year=-1"]).values.year).toBe("-1");
  });

  it("throws a usage error, not the parser's error, for an unknown, misplaced or valueless option", () => {
    expect(() => parse(["summary", "--yeer", "2025"])).toThrow(UsageError);
    expect(() => parse(["summary", "--svg", "x.svg"])).toThrow(/summary does not take --svg/);
    expect(() => parse(["summary", "--year"])).toThrow(/--year needs a value/);
    expect(() => parse(["summary", "--help=yes"])).toThrow(/--help takes no value/);
    // An inherited name is no option.
    expect(() => parse(["summary", "--constructor"])).toThrow(/unknown option '--constructor'/);
  });
});
