/**
 * Machinery for `test/doc-examples.test.ts`: finds the `@example` blocks of the TSDoc comments in
 * `src/`, type-checks them with the compiler API and evaluates their `//=> value` lines.
 *
 * Everything here is plain functions over in-memory data, so the test can also feed it a tiny
 * hand-written example (the self-test) and check that a wrong example is reported.
 */
import { readdirSync, readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import path from "node:path";
import ts from "typescript";

/** One line of an example's code, with the 1-based line of the source file it came from. */
export interface ExampleLine {
  text: string;
  line: number;
}

/** One `@example` block. */
export interface Example {
  /** Path relative to the repository root, with `/` separators, e.g. `src/dates/PartialDate.ts`. */
  file: string;
  /** 1-based line of the `@example` tag. */
  line: number;
  lines: ExampleLine[];
}

/** A `//=> value` line and what it documents. */
export interface ResultLine {
  /** The text after `//=>`, as written. */
  written: string;
  /** 1-based source line of the `//=>` comment. */
  line: number;
  /**
   * `expression`: the line follows an expression statement (checked when the example is evaluated);
   * `type`: it follows `type X = ...;` (a type-only result, not evaluated);
   * `other`: it follows nothing it could describe (a malformed example).
   */
  target: "expression" | "type" | "other";
  /** For `expression`: the statement's range in the example's code (see {@link codeOf}). */
  start?: number;
  end?: number;
  /** For `expression`: the expression's text. */
  expression?: string;
}

const EXAMPLE_TAG = /^@example\b/;
const ANY_TAG = /^@[A-Za-z]/;
const FENCE = /^\s*```/;

/** The code of an example as one string (lines joined with `\n`). */
export function codeOf(example: Example): string {
  return example.lines.map((l) => l.text).join("\n");
}

/** `src/**\/*.ts` except tests (`*.test.ts`, `*.test-d.ts`, `*.test-prop.ts`) and `src/cli/**`. */
export function listSourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(root, full).split(path.sep).join("/");
      if (entry.isDirectory()) {
        if (rel === "src/cli") continue;
        walk(full);
      } else if (entry.isFile() && entry.name.endsWith(".ts") && !/\.test(-d|-prop)?\.ts$/.test(entry.name)) {
        out.push(rel);
      }
    }
  };
  walk(path.join(root, "src"));
  return out.sort();
}

/** Every `/** ... *\/` comment of a file (found through the parser, so text inside strings never counts). */
function docComments(sf: ts.SourceFile): { pos: number; end: number }[] {
  const text = sf.text;
  const seen = new Map<number, { pos: number; end: number }>();
  const visit = (node: ts.Node): void => {
    for (const range of ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []) {
      if (range.kind === ts.SyntaxKind.MultiLineCommentTrivia && text.startsWith("/**", range.pos) && !text.startsWith("/**/", range.pos)) {
        seen.set(range.pos, { pos: range.pos, end: range.end });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return [...seen.values()].sort((a, b) => a.pos - b.pos);
}

/** The `@example` blocks of one file's text. `file` is only recorded, never read. */
export function extractExamples(file: string, text: string): Example[] {
  const examples: Example[] = [];
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lineOf = (pos: number): number => sf.getLineAndCharacterOfPosition(pos).line + 1;

  for (const comment of docComments(sf)) {
    const raw = text.slice(comment.pos + 3, comment.end - 2).split(/\r?\n/);
    const firstLine = lineOf(comment.pos);
    // Strip the leading ` * ` of every comment line.
    const lines = raw.map((l, i) => ({ text: (i === 0 ? l.replace(/^\s*/, "") : l.replace(/^\s*\*( |$)?/, "")).replace(/\s+$/, ""), line: firstLine + i }));

    let current: Example | undefined;
    const finish = (): void => {
      if (!current) return;
      let body = current.lines;
      // Fenced examples: keep only what is inside the fences.
      if (body.some((l) => FENCE.test(l.text))) {
        const inside: ExampleLine[] = [];
        let open = false;
        for (const l of body) {
          if (FENCE.test(l.text)) open = !open;
          else if (open) inside.push(l);
        }
        body = inside;
      }
      while (body.length > 0 && body[0]!.text.trim() === "") body = body.slice(1);
      while (body.length > 0 && body[body.length - 1]!.text.trim() === "") body = body.slice(0, -1);
      examples.push({ ...current, lines: body });
      current = undefined;
    };
    for (const l of lines) {
      const trimmed = l.text.trim();
      if (EXAMPLE_TAG.test(trimmed)) {
        finish();
        // Text after the tag on the same line is the example's title (TSDoc), not code.
        current = { file, line: l.line, lines: [] };
      } else if (ANY_TAG.test(trimmed)) {
        finish();
      } else if (current) {
        current.lines.push(l);
      }
    }
    finish();
  }
  return examples;
}

/** Every example of every source file under `root/src`. */
export function collectExamples(root: string): Example[] {
  return listSourceFiles(root).flatMap((file) => extractExamples(file, readFileSync(path.join(root, file), "utf8")));
}

// ---------------------------------------------------------------------------------------------
// The `//=>` lines

const RESULT = /^\s*\/\/=>\s?(.*)$/;

/** The example's `//=>` lines, each tied to the statement that ends on the line just above it. */
export function resultLines(example: Example): ResultLine[] {
  const code = codeOf(example);
  const sf = ts.createSourceFile("example.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const endLine = (node: ts.Node): number => sf.getLineAndCharacterOfPosition(node.getEnd()).line;

  const statements: ts.Statement[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node) || ts.isTypeAliasDeclaration(node)) statements.push(node);
    ts.forEachChild(node, visit);
  };
  visit(sf);

  const results: ResultLine[] = [];
  example.lines.forEach((l, index) => {
    const match = RESULT.exec(l.text);
    if (!match) return;
    const written = (match[1] ?? "").trim();
    // The innermost expression (or type alias) that ends on the line immediately above.
    const candidates = statements.filter((s) => endLine(s) === index - 1);
    const target = candidates.sort((a, b) => b.getStart() - a.getStart())[0];
    if (target && ts.isExpressionStatement(target)) {
      results.push({
        written,
        line: l.line,
        target: "expression",
        start: target.getStart(),
        end: target.getEnd(),
        expression: target.expression.getText(sf),
      });
    } else if (target && ts.isTypeAliasDeclaration(target)) {
      results.push({ written, line: l.line, target: "type" });
    } else {
      results.push({ written, line: l.line, target: "other" });
    }
  });
  return results;
}

/** Why an example is not evaluated, or `undefined` when it is. */
export function skipReason(example: Example): string | undefined {
  const code = codeOf(example);
  if (/\btry\b/.test(code)) return "contains try";
  if (/\btype /.test(code)) return "contains type (type-only)";
  const results = resultLines(example);
  if (results.length === 0) return "no //=> lines";
  if (results.every((r) => r.target === "type")) return "type-only";
  return undefined;
}

/** What a `//=>` value means. */
export type Expected = { kind: "value"; value: unknown } | { kind: "string-prefix"; prefix: string } | { kind: "array-prefix"; items: unknown[] };

/**
 * Parses the text of a `//=> ...` line: JSON, or `undefined`, optionally followed by a
 * parenthesised explanation; a string with `…` is a prefix, and so is an array ending in `…`.
 * Returns an error message when the text cannot be read.
 */
export function parseWritten(written: string): Expected | { kind: "error"; message: string } {
  const attempts = [written.trim()];
  const withoutExplanation = stripExplanation(written.trim());
  if (withoutExplanation !== undefined) attempts.push(withoutExplanation);
  for (const text of attempts) {
    const parsed = parseValue(text);
    if (parsed) return parsed;
  }
  return {
    kind: "error",
    message: `cannot read the documented value ${JSON.stringify(written)} (expected JSON, undefined, a string with …, optionally followed by "(explanation)")`,
  };
}

/** `value (explanation)` → `value`; `undefined` if there is no trailing parenthesised group. */
function stripExplanation(text: string): string | undefined {
  if (!text.endsWith(")")) return undefined;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ")") depth++;
    else if (c === "(") {
      depth--;
      if (depth === 0) {
        const before = text.slice(0, i);
        return /\s$/.test(before) ? before.trim() : undefined;
      }
    }
  }
  return undefined;
}

function parseValue(text: string): Expected | undefined {
  if (text === "undefined") return { kind: "value", value: undefined };
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "string" && value.includes("…")) {
      return { kind: "string-prefix", prefix: value.slice(0, value.indexOf("…")).trimEnd() };
    }
    return { kind: "value", value };
  } catch {
    // An array whose last element is an ellipsis: `["a", "b", …]`.
    const arrayPrefix = /^\[(.*),\s*…\s*\]$/s.exec(text);
    if (arrayPrefix) {
      try {
        const items: unknown = JSON.parse(`[${arrayPrefix[1]}]`);
        if (Array.isArray(items)) return { kind: "array-prefix", items };
      } catch {
        return undefined;
      }
    }
    return undefined;
  }
}

/** `actual` as it would be written after `//=>`. */
export function show(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "function") return `[function ${(value as { name?: string }).name ?? ""}]`;
  if (typeof value === "bigint") return `${value}n`;
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json;
  } catch {
    return String(value);
  }
}

/** Whether `actual` matches what was written. */
export function matches(expected: Expected, actual: unknown): boolean {
  switch (expected.kind) {
    case "value":
      return isDeepStrictEqual(actual, expected.value) || isDeepStrictEqual(plain(actual), expected.value);
    case "string-prefix":
      return typeof actual === "string" && actual.startsWith(expected.prefix);
    case "array-prefix":
      return (
        Array.isArray(actual) && actual.length >= expected.items.length && isDeepStrictEqual(plain(actual.slice(0, expected.items.length)), expected.items)
      );
  }
}

/** A JSON round trip, so that e.g. frozen arrays or objects with a null prototype compare as plain data. */
function plain(value: unknown): unknown {
  try {
    const json = JSON.stringify(value);
    return json === undefined ? value : JSON.parse(json);
  } catch {
    return value;
  }
}

// ---------------------------------------------------------------------------------------------
// Evaluation

/** A `//=>` line (or the example as a whole) that does not hold. */
export interface Problem {
  file: string;
  /** 1-based source line the problem is about. */
  line: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line} - ${p.message}`;
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<unknown>;

/**
 * Runs one example with `library` (the module namespace of `src/index.ts`) in scope and compares
 * the value of every expression followed by `//=> value` with that value. Returns the problems
 * (empty when every documented result holds).
 */
export async function evaluateExample(example: Example, library: Record<string, unknown>): Promise<Problem[]> {
  const problems: Problem[] = [];
  const code = codeOf(example);
  const results = resultLines(example);

  // Replace each checked expression statement with `__check(() => (expr), index);`, from the end
  // so that the earlier positions stay valid.
  const checks: { result: ResultLine; expected: Expected }[] = [];
  let rewritten = code;
  const expressions = results.filter((r) => r.target === "expression");
  for (const r of results) {
    if (r.target === "other")
      problems.push({ file: example.file, line: r.line, message: `"//=> ${r.written}" does not follow an expression on the line above` });
  }
  const indexed = expressions.map((result) => {
    const expected = parseWritten(result.written);
    if (expected.kind === "error") {
      problems.push({ file: example.file, line: result.line, message: expected.message });
      return undefined;
    }
    checks.push({ result, expected });
    return { result, index: checks.length - 1 };
  });
  for (const item of indexed.filter((x) => x !== undefined).sort((a, b) => b.result.start! - a.result.start!)) {
    const { start, end, expression } = item.result;
    rewritten = `${rewritten.slice(0, start)}__check(() => (${expression}\n), ${item.index});${rewritten.slice(end)}`;
  }

  const js = ts.transpileModule(rewritten, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false },
    reportDiagnostics: true,
    fileName: "example.ts",
  });
  const syntax = js.diagnostics ?? [];
  if (syntax.length > 0) {
    problems.push({
      file: example.file,
      line: example.line,
      message: `the example does not parse: ${syntax.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("; ")}`,
    });
    return problems;
  }

  let lastChecked = example.line;
  const __check = (thunk: () => unknown, index: number): void => {
    const { result, expected } = checks[index]!;
    lastChecked = result.line;
    let actual: unknown;
    try {
      actual = thunk();
    } catch (error) {
      problems.push({
        file: example.file,
        line: result.line - 1,
        message: `${result.expression} throws ${describeError(error)} (documented: //=> ${result.written})`,
      });
      return;
    }
    if (!matches(expected, actual)) {
      problems.push({
        file: example.file,
        line: result.line - 1,
        message: `${result.expression} gives ${show(actual)}, but the example says //=> ${result.written}`,
      });
    }
  };

  const names = Object.keys(library).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== "default");
  try {
    const run = new AsyncFunction(...names, "__check", `"use strict";\n${js.outputText}`);
    await run(...names.map((n) => library[n]), __check);
  } catch (error) {
    problems.push({ file: example.file, line: lastChecked, message: `the example throws ${describeError(error)} (after line ${lastChecked})` });
  }
  return problems;
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : show(error);
}

// ---------------------------------------------------------------------------------------------
// Type-checking

/** The value and the type-only exports of a module, computed with the type checker. */
export function exportNames(program: ts.Program, moduleFile: string): { values: string[]; types: string[] } {
  const checker = program.getTypeChecker();
  const sf = program.getSourceFile(moduleFile);
  if (!sf) throw new Error(`${moduleFile} is not part of the program`);
  const moduleSymbol = checker.getSymbolAtLocation(sf);
  if (!moduleSymbol) throw new Error(`${moduleFile} is not a module`);
  const values: string[] = [];
  const types: string[] = [];
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const name = symbol.getName();
    if (name === "default") continue;
    const typeOnly = (symbol.declarations ?? []).some((d) => ts.isTypeOnlyImportOrExportDeclaration(d));
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (!typeOnly && target.flags & ts.SymbolFlags.Value) values.push(name);
    else types.push(name);
  }
  return { values: values.sort(), types: types.sort() };
}

/** A diagnostic of one example, located in the source file the example is written in. */
export interface ExampleDiagnostic extends Problem {
  code: number;
}

export interface TypeCheckResult {
  /** Diagnostics of each example, keyed by the example (same object as passed in). */
  byExample: Map<Example, ExampleDiagnostic[]>;
  /** Option and global diagnostics of the program (should be empty). */
  global: string[];
  /** The exports of `src/index.ts` the examples can use. */
  exports: { values: string[]; types: string[] };
}

/** Diagnostics that do not matter for documentation snippets. */
const IGNORED_CODES = new Set([
  2695, // Left side of comma operator is unused and has no side effects.
  6133, // 'x' is declared but its value is never read.
  6192, // All imports in import declaration are unused.
  6196, // 'X' is declared but never used.
  6198, // All destructured elements are unused.
  7027, // Unreachable code detected.
  7028, // Unused label.
]);

/**
 * Type-checks every example with the options of `root/tsconfig.json`, in a single program. Each
 * example becomes a virtual module `root/.doc-examples/<n>.ts` that imports every export of
 * `root/src/index.ts`.
 */
export function typeCheckExamples(root: string, examples: readonly Example[]): TypeCheckResult {
  const configPath = path.join(root, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (f) => ts.sys.readFile(f));
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root, undefined, configPath);
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    allowImportingTsExtensions: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
    allowUnreachableCode: true,
    allowUnusedLabels: true,
  };
  const indexFile = path.join(root, "src", "index.ts");
  const normalize = (f: string): string => path.resolve(f);

  // Pass 1: a program of src/index.ts only, to learn its exports. Its source files are reused below.
  const baseHost = ts.createCompilerHost(options, true);
  const cache = new Map<string, ts.SourceFile | undefined>();
  const cachedGetSourceFile: ts.CompilerHost["getSourceFile"] = (fileName, languageVersion, onError, shouldCreate) => {
    const key = normalize(fileName);
    if (!cache.has(key)) cache.set(key, baseHost.getSourceFile(fileName, languageVersion, onError, shouldCreate));
    return cache.get(key);
  };
  const exportsProgram = ts.createProgram({ rootNames: [indexFile], options, host: { ...baseHost, getSourceFile: cachedGetSourceFile } });
  const exports = exportNames(exportsProgram, indexFile);

  const importPath = indexFile.split(path.sep).join("/");
  const header = [
    `import { ${exports.values.join(", ")} } from ${JSON.stringify(importPath)};`,
    exports.types.length > 0 ? `import type { ${exports.types.join(", ")} } from ${JSON.stringify(importPath)};` : "export {};",
  ];
  const virtualDir = path.join(root, ".doc-examples");
  const virtual = new Map<string, { text: string; example: Example }>();
  examples.forEach((example, i) => {
    const fileName = normalize(path.join(virtualDir, `example-${i}.ts`));
    virtual.set(fileName, { text: [...header, codeOf(example), ""].join("\n"), example });
  });

  const host: ts.CompilerHost = {
    ...baseHost,
    getSourceFile: (fileName, languageVersion, onError, shouldCreate) => {
      const v = virtual.get(normalize(fileName));
      if (v) return ts.createSourceFile(fileName, v.text, languageVersion, true, ts.ScriptKind.TS);
      return cachedGetSourceFile(fileName, languageVersion, onError, shouldCreate);
    },
    fileExists: (fileName) => virtual.has(normalize(fileName)) || baseHost.fileExists(fileName),
    readFile: (fileName) => virtual.get(normalize(fileName))?.text ?? baseHost.readFile(fileName),
  };
  const program = ts.createProgram({ rootNames: [...virtual.keys()], options, host });

  const byExample = new Map<Example, ExampleDiagnostic[]>();
  for (const [fileName, { example }] of virtual) {
    const sf = program.getSourceFile(fileName);
    if (!sf) throw new Error(`virtual file ${fileName} is missing from the program`);
    const diagnostics = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].filter((d) => !IGNORED_CODES.has(d.code));
    byExample.set(
      example,
      diagnostics.map((d) => {
        const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
        if (d.start === undefined) return { file: example.file, line: example.line, code: d.code, message: `error TS${d.code}: ${message}` };
        const { line, character } = sf.getLineAndCharacterOfPosition(d.start);
        const codeLine = example.lines[line - header.length];
        if (!codeLine)
          return { file: example.file, line: example.line, code: d.code, message: `error TS${d.code} (in the generated import lines): ${message}` };
        return {
          file: example.file,
          line: codeLine.line,
          code: d.code,
          message: `error TS${d.code}: ${message}\n    ${codeLine.text.trim()}\n    ${" ".repeat(Math.max(0, character - (codeLine.text.length - codeLine.text.trimStart().length)))}^`,
        };
      }),
    );
  }
  const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  return { byExample, global, exports };
}
