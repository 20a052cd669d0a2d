/**
 * What a bundler pulls in for an import, read from esbuild's metafile on the built package: a web
 * form that validates one report bundles no zod (the structure is checked by hand, see
 * src/reports/engine/checkStructure.ts); zod comes in only with the zod schemas themselves.
 * Sizes are held by size-limit (`.size-limit.cjs`); this test holds what the bytes are made of.
 */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The input files that put code into a bundle of `export { names } from "./dist/index.js"` (read and shaken off entirely: not counted). */
async function inputsOf(names: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: `export { ${names} } from "./dist/index.js";`, resolveDir: root, loader: "js" },
    bundle: true,
    format: "esm",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const [output] = Object.values(result.metafile.outputs);
  if (output === undefined) throw new Error("esbuild wrote no bundle");
  return Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
}

const fromZod = (inputs: readonly string[]) => inputs.filter((input) => input.includes("node_modules/zod/"));

describe("what an import bundles", () => {
  it("bundles no zod for a form's validateReport with the embedded data", async () => {
    expect(fromZod(await inputsOf("validateReport, cica"))).toEqual([]);
  });

  it("bundles no zod for validation, the ledger and validateReportText", async () => {
    const inputs = await inputsOf(
      "validateReport, validateReportText, validateReports, recordReport, currentReports, ledgerToJSON, ledgerFromJSON, diffReports",
    );
    expect(fromZod(inputs)).toEqual([]);
  });

  it("bundles zod with the zod schema of a report, so the check above can see it", async () => {
    expect(fromZod(await inputsOf("NationalReportSchema")).length).toBeGreaterThan(0);
    expect(fromZod(await inputsOf("compileReportSchema")).length).toBeGreaterThan(0);
  });
});
