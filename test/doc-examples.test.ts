/**
 * The `@example` blocks of the TSDoc comments in `src/` are code: each one must type-check against
 * the public API (with the options of `tsconfig.json`), and each expression followed by a
 * `//=> value` line must give that value.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import * as library from "../src/index.js";
import {
  collectExamples,
  evaluateExample,
  extractExamples,
  formatProblem,
  listSourceFiles,
  parseWritten,
  resultLines,
  skipReason,
  typeCheckExamples,
  type Example,
  type TypeCheckResult,
} from "./support/extract-examples.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const examples = collectExamples(root);
const lib = library as unknown as Record<string, unknown>;

// In-memory examples for the self-test: the checker has to be able to fail.
const selfTestSource = [
  "/**", //                                          1
  " * Not part of the library.", //                  2
  " *", //                                           3
  " * @example", //                                  4
  ' * isDimensionId("economic")', //                 5
  " * //=> true", //                                 6
  ' * isDimensionId("cyber")', //                    7
  " * //=> true (wrong on purpose)", //              8
  " * DIMENSIONS.map((d) => d.id).slice(0, 2)", //   9
  ' * //=> ["military-political", "economic"]', //   10
  " * cicaDataInfo.coverage", //                     11
  ' * //=> "Facts dated …"', //                      12
  " *", //                                           13
  " * @example", //                                  14
  ' * const valid: boolean = isDimensionId("human");', // 15
  ' * const wrong: number = isDimensionId("human");', // 16
  " *", //                                           17
  " * @category Self-test", //                       18
  " */",
  "export const nothing = 0;",
].join("\n");
const [wrongValues, wrongType] = extractExamples("self-test.ts", selfTestSource) as [Example, Example];

describe("extracting the examples", () => {
  it("finds one example per @example tag in src/ (outside tests and src/cli)", () => {
    let tags = 0;
    for (const file of listSourceFiles(root)) {
      tags += (readFileSync(path.join(root, file), "utf8").match(/^\s*\*\s*@example\b/gm) ?? []).length;
    }
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.length).toBe(tags);
    expect(examples.every((e) => e.lines.length > 0)).toBe(true);
    expect(examples.some((e) => e.file.startsWith("src/cli/") || /\.test(-d|-prop)?\.ts$/.test(e.file))).toBe(false);
  });

  it("records the file and the lines, and strips the leading ' * '", () => {
    expect(wrongValues.file).toBe("self-test.ts");
    expect(wrongValues.line).toBe(4);
    expect(wrongValues.lines[0]).toEqual({ text: 'isDimensionId("economic")', line: 5 });
    expect(wrongValues.lines.at(-1)).toEqual({ text: '//=> "Facts dated …"', line: 12 });
    expect(wrongType.line).toBe(14);
    expect(wrongType.lines.map((l) => l.line)).toEqual([15, 16]);
  });

  it("reads documented values: JSON, undefined, explanations in parentheses, … as a prefix", () => {
    expect(parseWritten('"none" (a year-only date counts from its last day)')).toEqual({ kind: "value", value: "none" });
    expect(parseWritten("false (3.2 is in cica@2004)")).toEqual({ kind: "value", value: false });
    expect(parseWritten("undefined")).toEqual({ kind: "value", value: undefined });
    expect(parseWritten("null")).toEqual({ kind: "value", value: null });
    expect(parseWritten("28")).toEqual({ kind: "value", value: 28 });
    expect(parseWritten('["a", "b (c)"]')).toEqual({ kind: "value", value: ["a", "b (c)"] });
    expect(parseWritten('"Facts dated up to early 2025. …"')).toEqual({ kind: "string-prefix", prefix: "Facts dated up to early 2025." });
    expect(parseWritten('["a", "b", …]')).toEqual({ kind: "array-prefix", items: ["a", "b"] });
    expect(parseWritten("{ not json }").kind).toBe("error");
  });

  it("ties each //=> line to the expression or type alias above it", () => {
    const typeOnly = extractExamples("t.ts", "/**\n * @example\n * type A = 1;\n * //=> 1\n */")[0]!;
    expect(resultLines(typeOnly).map((r) => r.target)).toEqual(["type"]);
    expect(skipReason(typeOnly)).toBeDefined();
    expect(resultLines(wrongValues).map((r) => [r.line, r.target, r.expression])).toEqual([
      [6, "expression", 'isDimensionId("economic")'],
      [8, "expression", 'isDimensionId("cyber")'],
      [10, "expression", "DIMENSIONS.map((d) => d.id).slice(0, 2)"],
      [12, "expression", "cicaDataInfo.coverage"],
    ]);
  });
});

describe("self-test: the checker reports wrong examples", () => {
  it("reports a wrong //=> value with its file, line and both values", async () => {
    const problems = await evaluateExample(wrongValues, lib);
    expect(problems.map(formatProblem)).toEqual([
      'self-test.ts:7 - isDimensionId("cyber") gives false, but the example says //=> true (wrong on purpose)',
      'self-test.ts:9 - DIMENSIONS.map((d) => d.id).slice(0, 2) gives ["military-political","new-challenges-threats"], but the example says //=> ["military-political", "economic"]',
    ]);
  });

  it("reports an expression that throws", async () => {
    const [throwing] = extractExamples(
      "self-test.ts",
      '/**\n * @example\n * const none = cica.catalogues["cica@1999" as "cica@2021"];\n * none.ref\n * //=> "cica@1999"\n */',
    );
    const problems = await evaluateExample(throwing!, lib);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toMatch(/^self-test\.ts:4 - none\.ref throws TypeError/);
  });

  it("passes an example whose values are right", async () => {
    const [right] = extractExamples(
      "self-test.ts",
      '/**\n * @example\n * isDimensionId("cyber")\n * //=> false (not a dimension)\n * cicaDataInfo.coverage\n * //=> "Facts dated …"\n */',
    );
    expect(await evaluateExample(right!, lib)).toEqual([]);
  });
});

describe("every example type-checks", () => {
  let result: TypeCheckResult;
  beforeAll(() => {
    result = typeCheckExamples(root, [...examples, wrongValues, wrongType]);
  }, 120_000);

  it("imports every export of src/index.ts (computed, not hard-coded)", () => {
    expect(result.exports.values).toEqual(Object.keys(library).sort());
    expect(result.exports.types).toContain("Registry");
    expect(result.global).toEqual([]);
  });

  it("self-test: a type error is reported with the source file and line", () => {
    expect(result.byExample.get(wrongValues)).toEqual([]);
    const diagnostics = result.byExample.get(wrongType) ?? [];
    expect(diagnostics.map((d) => [d.file, d.line, d.code])).toEqual([["self-test.ts", 16, 2322]]);
    expect(formatProblem(diagnostics[0]!)).toContain("self-test.ts:16 - error TS2322: Type 'boolean' is not assignable to type 'number'.");
  });

  for (const example of examples) {
    it(`${example.file}:${example.line} example type-checks`, () => {
      const diagnostics = result.byExample.get(example) ?? [];
      if (diagnostics.length > 0)
        expect.fail(`The example at ${example.file}:${example.line} does not type-check:\n${diagnostics.map(formatProblem).join("\n")}`);
    });
  }
});

describe("every example gives the documented results", () => {
  const evaluated = examples.filter((e) => skipReason(e) === undefined);

  it("evaluates the examples that have //=> values", () => {
    expect(evaluated.length).toBeGreaterThan(0);
  });

  for (const example of evaluated) {
    it(`${example.file}:${example.line} example gives the documented results`, async () => {
      const problems = await evaluateExample(example, lib);
      if (problems.length > 0) expect.fail(`The example at ${example.file}:${example.line} is wrong:\n${problems.map(formatProblem).join("\n")}`);
    });
  }
});
