/**
 * Machinery for `test/markdown-code.test.ts`: finds the fenced code blocks of the Markdown files
 * (README.md, docs/, examples/) and turns the TypeScript ones into the {@link Example}s that
 * `extract-examples.ts` type-checks and evaluates, so that the documentation and the TSDoc examples
 * are held to the same standard.
 *
 * A block that is a fragment (it uses a `ledger` or a `text` it does not define) may be preceded by
 * a hidden prelude, an HTML comment that declares what it needs:
 *
 *     <!-- ts-prelude
 *     declare const text: string;
 *     -->
 *     ```ts
 *     validateReport(JSON.parse(text), cica);
 *     ```
 *
 * A block in another language (HTML, say) is checked by being an excerpt of an example that the
 * tests run: an `<!-- excerpt: examples/browser/index.html -->` line just before its fence names
 * the file, and the block must appear in it verbatim.
 *
 * The library's exports are in scope in every block, as in the TSDoc examples; a block's own
 * `import … from "cica-cbm"` is checked against the exports and then left out of the compiled code.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import type { Example, ExampleLine } from "./extract-examples.js";

/** One fenced code block of a Markdown file. */
export interface MarkdownBlock {
  /** Path relative to the repository root, with `/` separators. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The fence's info string, lower-cased (`ts`, `bash`, … or `""`). */
  lang: string;
  /** The block's lines, with their 1-based line numbers in the file. */
  lines: ExampleLine[];
  /** The lines of a `<!-- ts-prelude … -->` comment just before the fence, if any. */
  prelude: ExampleLine[];
  /** The file named by an `<!-- excerpt: examples/… -->` line just before the fence, if any. */
  excerptOf?: string;
}

/** Languages whose blocks are TypeScript to type-check (and evaluate, where they have `//=>` lines). */
export const CHECKED_LANGS = new Set(["ts", "typescript"]);
/** Languages whose blocks are JSON: they must parse, and a report in them must be valid. */
export const JSON_LANGS = new Set(["json"]);
/** Languages that are not code the library runs: shell commands, output, plain text. */
export const TEXT_LANGS = new Set(["", "bash", "sh", "shell", "console", "text", "txt"]);

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)?.*$/;

/** The fenced code blocks of one Markdown text. `file` is only recorded, never read. */
export function extractBlocks(file: string, text: string): MarkdownBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: MarkdownBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const open = FENCE.exec(lines[i]!);
    if (!open) {
      i++;
      continue;
    }
    const [, indent = "", marker = "```", info = ""] = open;
    const start = i;
    const body: ExampleLine[] = [];
    i++;
    while (i < lines.length && !new RegExp(`^\\s*${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`).test(lines[i]!)) {
      body.push({ text: lines[i]!.startsWith(indent) ? lines[i]!.slice(indent.length) : lines[i]!.trimStart(), line: i + 1 });
      i++;
    }
    i++; // the closing fence
    const excerpt = start > 0 ? /^<!--\s*excerpt:\s*(\S+)\s*-->$/.exec(lines[start - 1]!.trim()) : null;
    blocks.push({
      file,
      line: start + 1,
      lang: info.toLowerCase(),
      lines: body,
      prelude: preludeBefore(lines, start),
      ...(excerpt ? { excerptOf: excerpt[1]! } : {}),
    });
  }
  return blocks;
}

/** The lines of a `<!-- ts-prelude … -->` comment that ends on the line just before `fence`. */
function preludeBefore(lines: readonly string[], fence: number): ExampleLine[] {
  if (fence === 0 || lines[fence - 1]!.trim() !== "-->") return [];
  for (let j = fence - 2; j >= 0; j--) {
    const line = lines[j]!.trim();
    if (line.startsWith("<!--")) {
      if (!/^<!--\s*ts-prelude\b/.test(line)) return [];
      return lines.slice(j + 1, fence - 1).map((text, k) => ({ text, line: j + 2 + k }));
    }
    if (line.includes("-->")) return [];
  }
  return [];
}

/**
 * Whether `block` is a verbatim excerpt of `fileText`: its lines appear one after the other in the
 * file, compared without their leading and trailing whitespace (a document may indent differently).
 */
export function isExcerpt(block: MarkdownBlock, fileText: string): boolean {
  const wanted = block.lines.map((l) => l.text.trim());
  if (wanted.length === 0 || wanted.every((l) => l === "")) return false;
  const file = fileText.split(/\r?\n/).map((l) => l.trim());
  for (let i = 0; i + wanted.length <= file.length; i++) {
    if (wanted.every((line, k) => file[i + k] === line)) return true;
  }
  return false;
}

/** An `import … from "cica-cbm"` of a block: the names it imports and where. */
export interface LibraryImport {
  names: string[];
  line: number;
}

/**
 * The block as an {@link Example}: its prelude, then its code with every `import … from "cica-cbm"`
 * blanked out (the library's exports are in scope), lines kept so that diagnostics point into the
 * Markdown file. Returns the imports too, to be checked against the exports.
 */
export function toExample(block: MarkdownBlock): { example: Example; imports: LibraryImport[] } {
  const code = block.lines.map((l) => l.text).join("\n");
  const sf = ts.createSourceFile("block.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const imports: LibraryImport[] = [];
  const blank: { start: number; end: number }[] = [];
  for (const statement of sf.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || statement.moduleSpecifier.text !== "cica-cbm") continue;
    const names: string[] = [];
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) names.push((element.propertyName ?? element.name).text);
    imports.push({ names, line: block.lines[sf.getLineAndCharacterOfPosition(statement.getStart(sf)).line]!.line });
    blank.push({ start: statement.getStart(sf), end: statement.getEnd() });
  }
  let kept = code;
  for (const { start, end } of blank.reverse()) kept = kept.slice(0, start) + kept.slice(start, end).replace(/[^\n]/g, " ") + kept.slice(end);
  const keptLines = kept.split("\n");
  const lines = [...block.prelude, ...block.lines.map((l, k) => ({ text: keptLines[k] ?? "", line: l.line }))];
  return { example: { file: block.file, line: block.line, lines }, imports };
}

/** README.md and every Markdown file under docs/ and examples/ (not the generated docs/api). */
export function listMarkdownFiles(root: string): string[] {
  const out = ["README.md"];
  const walk = (dir: string): void => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = readdirSync(path.join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (rel !== "docs/api" && entry.name !== "node_modules") walk(rel);
      } else if (entry.isFile() && entry.name.endsWith(".md")) {
        out.push(rel);
      }
    }
  };
  walk("docs");
  walk("examples");
  return out.sort();
}
