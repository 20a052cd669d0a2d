/**
 * The build is reproducible and its layout is one output file per source module.
 *
 * Two builds of the same tree, run side by side into their own temp folders, must give the same
 * files byte for byte: when they did not (esbuild's shared chunks followed the order in which a glob
 * listed the entries), the chunk names, the tarball and the gzip sizes that the size budgets check
 * changed by chance. `npm run build:twice -- --runs 5` does the same by hand, more times.
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInto, diffTrees, hashTree } from "../scripts/reproducible-build.js";

const src = fileURLToPath(new URL("../src", import.meta.url));
// Two builds at once take about 20 s of CPU; allow for a machine shared with other test files.
const BUILD_TIMEOUT = 300_000;

describe("comparing two builds", () => {
  let root = "";
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), "cica-cbm-trees-"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function tree(name: string, files: Record<string, string>): string {
    const dir = path.join(root, name);
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    }
    return dir;
  }

  it("finds no difference between two folders of the same files", () => {
    const files = { "index.js": "export {};\n", "reports/schema.js": "export const a = 1;\n" };
    expect(diffTrees(hashTree(tree("same-a", files)), hashTree(tree("same-b", files)))).toEqual([]);
  });

  it("names a file whose bytes differ, and files present in only one build, in path order", () => {
    const first = tree("first", { "a.js": "x", "chunk-AAAA.js": "1", "nested/b.cjs": "same" });
    const second = tree("second", { "a.js": "y", "chunk-BBBB.js": "1", "nested/b.cjs": "same" });
    expect(diffTrees(hashTree(first), hashTree(second))).toEqual(["changed: a.js", "only in first: chunk-AAAA.js", "only in second: chunk-BBBB.js"]);
  });

  it("lists files in nested folders by their path relative to the build folder", () => {
    const dir = tree("nested", { "x/y/z.d.cts": "export {};\n", "top.js": "" });
    expect([...hashTree(dir).keys()]).toEqual(["top.js", "x/y/z.d.cts"]);
  });
});

describe("the build", () => {
  let root = "";
  let first = new Map<string, string>();
  let second = new Map<string, string>();
  let firstDir = "";

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), "cica-cbm-build-twice-"));
    firstDir = path.join(root, "first");
    const secondDir = path.join(root, "second");
    await Promise.all([buildInto(firstDir), buildInto(secondDir)]);
    first = hashTree(firstDir);
    second = hashTree(secondDir);
  }, BUILD_TIMEOUT);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("gives the same files, byte for byte, when the same tree is built twice", () => {
    expect(first.size).toBeGreaterThan(0);
    const differences = diffTrees(first, second);
    expect(differences, `two builds of one tree differ in:\n${differences.join("\n")}`).toEqual([]);
  });

  it("emits one ESM file, one CommonJS file and their declarations per library module, and no shared chunk", () => {
    const modules = readdirSync(src, { recursive: true, encoding: "utf8" })
      .map((file) => file.split(path.sep).join("/"))
      .filter((file) => file.endsWith(".ts") && !file.startsWith("cli/") && !/\.test(-d|-prop)?\.ts$/.test(file))
      .map((file) => file.slice(0, -".ts".length));
    expect(modules).toContain("index");
    expect(modules).toContain("reports/schema");
    const expected = [...modules.flatMap((m) => [`${m}.js`, `${m}.cjs`, `${m}.d.ts`, `${m}.d.cts`]), "cli.js", "report.schema.json", "plan.schema.json"].sort();
    expect([...first.keys()]).toEqual(expected);
  });

  /** The relative specifiers a built file imports (ESM and declarations) or requires (CommonJS). */
  function relativeSpecifiers(text: string): string[] {
    const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'](\.\.?\/[^"']+)["']/g;
    return [...text.matchAll(pattern)].map((match) => match[1] ?? "");
  }

  it("has every ESM file import .js siblings and every CommonJS file require .cjs siblings that exist", () => {
    const kinds = [
      { suffix: ".d.cts", importExt: ".cjs", targetExt: ".d.cts" },
      { suffix: ".d.ts", importExt: ".js", targetExt: ".d.ts" },
      { suffix: ".cjs", importExt: ".cjs", targetExt: ".cjs" },
      { suffix: ".js", importExt: ".js", targetExt: ".js" },
    ];
    const problems: string[] = [];
    let checked = 0;
    for (const file of first.keys()) {
      const kind = kinds.find((k) => file.endsWith(k.suffix));
      if (kind === undefined || file === "cli.js") continue;
      for (const specifier of relativeSpecifiers(readFileSync(path.join(firstDir, file), "utf8"))) {
        checked += 1;
        const resolved = path.posix.join(path.posix.dirname(file), specifier);
        const target = `${resolved.slice(0, -kind.importExt.length)}${kind.targetExt}`;
        if (!specifier.endsWith(kind.importExt)) problems.push(`${file}: "${specifier}" should end in ${kind.importExt}`);
        else if (!first.has(target)) problems.push(`${file}: "${specifier}" has no ${target}`);
      }
    }
    // index.js alone imports some 40 modules: a pattern that matched nothing would pass vacuously.
    expect(checked).toBeGreaterThan(200);
    expect(problems).toEqual([]);
  });

  it("keeps the command line one self-contained file that imports no sibling", () => {
    const cli = readFileSync(path.join(firstDir, "cli.js"), "utf8");
    expect(cli.startsWith("#!/usr/bin/env node")).toBe(true);
    expect(relativeSpecifiers(cli)).toEqual([]);
  });
});
