/**
 * Every code block of README.md and of the Markdown files under docs/ and examples/ is either
 * checked here or not code: TypeScript blocks type-check against the public API (with the options
 * of tsconfig.json) and their `//=> value` lines give those values; JSON blocks parse, and a report
 * in one is valid; a block marked `<!-- excerpt: examples/… -->` is found verbatim in that example
 * (which the tests run); shell and text blocks are commands and output, not checked. A block in any other
 * language fails, so that no new kind of block goes unchecked. The files are found, not listed, so
 * new documents are checked too.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import * as library from "../src/index.js";
import { cica, validateReport } from "../src/index.js";
import { evaluateExample, formatProblem, skipReason, typeCheckExamples, type Example, type TypeCheckResult } from "./support/extract-examples.js";
import {
  CHECKED_LANGS,
  JSON_LANGS,
  TEXT_LANGS,
  extractBlocks,
  isExcerpt,
  listMarkdownFiles,
  toExample,
  type MarkdownBlock,
} from "./support/markdown-blocks.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const lib = library as unknown as Record<string, unknown>;
const files = listMarkdownFiles(root);
const blocks = files.flatMap((file) => extractBlocks(file, readFileSync(path.join(root, file), "utf8")));
const excerpts = blocks.filter((b) => b.excerptOf !== undefined);
const tsBlocks = blocks.filter((b) => CHECKED_LANGS.has(b.lang) && b.excerptOf === undefined).map((block) => ({ block, ...toExample(block) }));

// A Markdown text for the self-test: the checker has to be able to fail.
const selfTest = [
  "# Self-test", //                                        1
  "", //                                                   2
  "```ts", //                                              3
  'import { isDimensionId, notAnExport } from "cica-cbm";', // 4
  'const wrong: number = isDimensionId("human");', //      5
  "```", //                                                6
  "", //                                                   7
  "<!-- ts-prelude", //                                    8
  "declare const code: string;", //                        9
  "-->", //                                                10
  "```ts", //                                              11
  "isDimensionId(code)", //                                12
  "//=> false", //                                         13
  "```", //                                                14
  "", //                                                   15
  "```json", //                                            16
  '{ "schema": "cica-cbm/report@1", "id": "X" }', //       17
  "```", //                                                18
  "", //                                                   19
  "```python", //                                          20
  "print(1)", //                                           21
  "```", //                                                22
  "", //                                                   23
  "```ts", //                                              24
  'isDimensionId("cyber")', //                             25
  "//=> true (wrong on purpose)", //                       26
  "```", //                                                27
].join("\n");
const selfBlocks = extractBlocks("self-test.md", selfTest);
const [selfWrongType, selfPrelude, selfWrongValue] = selfBlocks.filter((b) => b.lang === "ts").map(toExample) as [
  ReturnType<typeof toExample>,
  ReturnType<typeof toExample>,
  ReturnType<typeof toExample>,
];

/** Problems of a JSON block: it must parse; a report in it must be valid. */
function jsonProblems(block: MarkdownBlock): string[] {
  let value: unknown;
  try {
    value = JSON.parse(block.lines.map((l) => l.text).join("\n"));
  } catch (error) {
    return [`${block.file}:${block.line} - the JSON block does not parse: ${(error as Error).message}`];
  }
  const reports = (Array.isArray(value) ? value : [value]).filter(
    (v) => typeof v === "object" && v !== null && (v as { schema?: unknown }).schema === "cica-cbm/report@1",
  );
  return reports.flatMap((report) =>
    validateReport(report, cica)
      .issues.filter((i) => i.severity === "error")
      .map((i) => `${block.file}:${block.line} - the report is not valid: ${i.rule} at ${i.path.join("/")}: ${i.message}`),
  );
}

describe("finding the code blocks", () => {
  it("reads README.md and every Markdown file under docs/ (not the generated docs/api)", () => {
    expect(files).toContain("README.md");
    expect(files).toContain("docs/reports.md");
    expect(files.some((f) => f.startsWith("docs/api/"))).toBe(false);
    expect(tsBlocks.length).toBeGreaterThan(5);
  });

  it("self-test: finds each block with its language and lines, and the prelude before a fence", () => {
    expect(selfBlocks.map((b) => [b.lang, b.line, b.lines.map((l) => l.line)])).toEqual([
      ["ts", 3, [4, 5]],
      ["ts", 11, [12, 13]],
      ["json", 16, [17]],
      ["python", 20, [21]],
      ["ts", 24, [25, 26]],
    ]);
    expect(selfBlocks[0]!.prelude).toEqual([]);
    expect(selfBlocks[1]!.prelude).toEqual([{ text: "declare const code: string;", line: 9 }]);
  });

  it("self-test: blanks the library import out of the code and reports its names", () => {
    expect(selfWrongType.imports).toEqual([{ names: ["isDimensionId", "notAnExport"], line: 4 }]);
    expect(selfWrongType.example.lines[0]!.text.trim()).toBe("");
    expect(selfWrongType.example.lines.map((l) => l.line)).toEqual([4, 5]);
    expect(selfPrelude.example.lines.map((l) => l.line)).toEqual([9, 12, 13]);
  });

  it("self-test: an invalid report in a JSON block is reported, and so is an unknown language", () => {
    const json = selfBlocks.find((b) => b.lang === "json")!;
    expect(jsonProblems(json).some((p) => p.startsWith("self-test.md:16 - the report is not valid: field.missing"))).toBe(true);
    const unknown = selfBlocks.filter((b) => !CHECKED_LANGS.has(b.lang) && !JSON_LANGS.has(b.lang) && !TEXT_LANGS.has(b.lang));
    expect(unknown.map((b) => b.lang)).toEqual(["python"]);
  });
});

describe("every excerpt of an example is in that example, verbatim", () => {
  it("self-test: an excerpt is found whatever its indentation, and a changed line is not", () => {
    const file = "<head>\n  <script>\n    run(1);\n  </script>\n</head>";
    const block = (...lines: string[]): MarkdownBlock => ({
      file: "self-test.md",
      line: 1,
      lang: "html",
      lines: lines.map((text, i) => ({ text, line: i + 2 })),
      prelude: [],
    });
    expect(isExcerpt(block("<script>", "  run(1);", "</script>"), file)).toBe(true);
    expect(isExcerpt(block("<script>", "  run(2);", "</script>"), file)).toBe(false);
    expect(isExcerpt(block(), file)).toBe(false);
  });

  for (const block of excerpts) {
    it(`${block.file}:${block.line} is an excerpt of ${block.excerptOf}`, () => {
      expect(block.excerptOf!.startsWith("examples/"), "an excerpt must come from a file under examples/, which the tests run").toBe(true);
      expect(
        isExcerpt(block, readFileSync(path.join(root, block.excerptOf!), "utf8")),
        `${block.file}:${block.line} is not a verbatim excerpt of ${block.excerptOf}`,
      ).toBe(true);
    });
  }
});

describe("every block is of a known kind", () => {
  for (const block of blocks.filter((b) => b.excerptOf === undefined)) {
    it(`${block.file}:${block.line} \`\`\`${block.lang} is TypeScript, JSON, or shell/text`, () => {
      if (!CHECKED_LANGS.has(block.lang) && !JSON_LANGS.has(block.lang) && !TEXT_LANGS.has(block.lang)) {
        expect.fail(
          `${block.file}:${block.line}: a \`\`\`${block.lang} block is not checked by any test. Write it as \`\`\`ts (type-checked), \`\`\`json, or \`\`\`bash / \`\`\`text (not code).`,
        );
      }
    });
  }
});

describe("every JSON block parses, and its reports are valid", () => {
  for (const block of blocks.filter((b) => JSON_LANGS.has(b.lang))) {
    it(`${block.file}:${block.line} JSON block`, () => {
      const problems = jsonProblems(block);
      if (problems.length > 0) expect.fail(problems.join("\n"));
    });
  }
});

describe("every TypeScript block type-checks", () => {
  let result: TypeCheckResult;
  const all: Example[] = [...tsBlocks.map((b) => b.example), selfWrongType.example, selfPrelude.example, selfWrongValue.example];
  beforeAll(() => {
    result = typeCheckExamples(root, all);
  }, 120_000);

  it("self-test: a type error is reported at its line of the Markdown file", () => {
    const diagnostics = result.byExample.get(selfWrongType.example) ?? [];
    expect(diagnostics.map((d) => [d.file, d.line, d.code])).toEqual([["self-test.md", 5, 2322]]);
    expect(result.byExample.get(selfPrelude.example)).toEqual([]);
    expect(result.byExample.get(selfWrongValue.example)).toEqual([]);
  });

  it("self-test: an import of a name the library does not export is reported", () => {
    const known = new Set([...result.exports.values, ...result.exports.types]);
    expect(selfWrongType.imports.flatMap((i) => i.names).filter((n) => !known.has(n))).toEqual(["notAnExport"]);
  });

  for (const { block, example, imports } of tsBlocks) {
    it(`${block.file}:${block.line} block type-checks and imports only what the library exports`, () => {
      const known = new Set([...result.exports.values, ...result.exports.types]);
      const unknown = imports.flatMap((i) => i.names.filter((n) => !known.has(n)).map((n) => `${block.file}:${i.line} - "${n}" is not exported by cica-cbm`));
      const diagnostics = (result.byExample.get(example) ?? []).map(formatProblem);
      if (unknown.length + diagnostics.length > 0)
        expect.fail(`The block at ${block.file}:${block.line} does not type-check:\n${[...unknown, ...diagnostics].join("\n")}`);
    });
  }
});

describe("every TypeScript block gives its documented results", () => {
  it("self-test: a wrong //=> value is reported at its line of the Markdown file", async () => {
    expect((await evaluateExample(selfWrongValue.example, lib)).map(formatProblem)).toEqual([
      'self-test.md:25 - isDimensionId("cyber") gives false, but the example says //=> true (wrong on purpose)',
    ]);
  });

  it("self-test: a block that uses what only its prelude declares cannot be evaluated, and says so", async () => {
    const problems = await evaluateExample(selfPrelude.example, lib);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^self-test\.md:12 - isDimensionId\(code\) throws ReferenceError: code is not defined/),
    ]);
  });

  const evaluated = tsBlocks.filter(({ example }) => skipReason(example) === undefined);
  it("evaluates the blocks that have //=> values", () => {
    expect(evaluated.length).toBeGreaterThan(0);
  });
  for (const { block, example } of evaluated) {
    it(`${block.file}:${block.line} block gives the documented results`, async () => {
      const problems = await evaluateExample(example, lib);
      if (problems.length > 0) expect.fail(`The block at ${block.file}:${block.line} is wrong:\n${problems.map(formatProblem).join("\n")}`);
    });
  }
});
