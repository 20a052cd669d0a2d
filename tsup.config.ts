import { defineConfig } from "tsup";

// One output file per source module (no bundling into one chunk), so that a consumer who imports
// `DIMENSIONS` or a pure query pays for that module only, never for zod or the embedded data.
export default defineConfig({
  entry: [
    "src/**/*.ts",
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
});
