import { readdirSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

/** An esbuild plugin, as tsup takes it (tsup's own esbuild, not another copy's types). */
type EsbuildPlugin = NonNullable<Options["esbuildPlugins"]>[number];

// One output file per source module, and nothing else: no shared chunks.
//
// Each module is its own entry, and every relative import stays an import of the sibling output
// file (`./x.js` in the ESM build, `./x.cjs` in the CommonJS build). A consumer who imports
// `DIMENSIONS` or a pure query then pays for those modules only, never for zod or the embedded data
// (`"sideEffects": false` lets their bundler drop the rest).
//
// Why not esbuild's code splitting: with `splitting: true` esbuild hoists code shared by several
// entries into content-hashed `chunk-XXXX.js` files, and which code lands in which chunk, in what
// order, depends on the order of the entries. tsup expands a glob into that order with an
// asynchronous directory walk, which does not always list the files in the same order, so two
// builds of one tree could differ (chunk names, chunk contents, and the gzip size of an import by
// about 230 B); four shuffled orders of the entries of one tree gave three different outputs.
// Here no chunk is ever made (five shuffled orders gave one output), and the entries are
// listed sorted all the same.
// `test/build-reproducible.test.ts` builds twice and compares every file byte for byte.

/** The library's modules: every `.ts` under `src/` but the CLI and the tests, sorted. */
function libraryModules(): string[] {
  return readdirSync("src", { recursive: true, encoding: "utf8" })
    .map((file) => `src/${file.split("\\").join("/")}`)
    .filter((file) => file.endsWith(".ts") && !file.startsWith("src/cli/"))
    .filter((file) => !/\.test(-d|-prop)?\.ts$/.test(file))
    .sort();
}

/**
 * Keeps every relative import as an import of the sibling output file instead of bundling it in:
 * `./x.js` stays `./x.js` in ESM and becomes `./x.cjs` in CommonJS (a `.js` file is ESM here, the
 * package being `"type": "module"`).
 */
const siblingImports: EsbuildPlugin = {
  name: "sibling-imports",
  setup(build) {
    const cjs = build.initialOptions.format === "cjs";
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === "entry-point") return undefined;
      if (!args.path.endsWith(".js")) {
        throw new Error(`${args.importer}: import "${args.path}" with its .js extension`);
      }
      return { path: cjs ? args.path.replace(/\.js$/, ".cjs") : args.path, external: true };
    });
  },
};

export default defineConfig([
  {
    entry: libraryModules(),
    format: ["esm", "cjs"],
    target: "es2022",
    bundle: true,
    splitting: false,
    treeshake: false,
    sourcemap: false,
    clean: true,
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    outDir: "dist",
    esbuildPlugins: [siblingImports],
    // Keep Cyrillic as UTF-8 rather than \uXXXX escapes: a third of the size of the Russian texts.
    esbuildOptions(options) {
      options.charset = "utf8";
    },
  },
  {
    // The command line: one Node-only ESM file; zod and csv-parse stay dependencies.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    bundle: true,
    splitting: false,
    clean: false,
    dts: false,
    outDir: "dist",
    esbuildOptions(options) {
      options.charset = "utf8";
    },
  },
]);
