import { defineConfig } from "tsup";

// One output file per source module (no bundling into one chunk), so that a consumer who imports
// `DIMENSIONS` or a pure query pays for that module only, never for zod or the embedded data.
export default defineConfig([
  {
  entry: [
    "src/**/*.ts",
    "!src/cli/**",
    "!src/**/*.test.ts",
    "!src/**/*.test-d.ts",
    "!src/**/*.test-prop.ts",
  ],
  format: ["esm", "cjs"],
  target: "es2022",
  bundle: true,
  splitting: true,
  treeshake: false,
  sourcemap: false,
  clean: true,
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  outDir: "dist",
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
