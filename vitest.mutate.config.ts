// The tests that mutation testing runs (stryker.config.mjs): the unit and property tests beside
// the code and the library-wide properties, in this process. Left out: type tests (`*.test-d.ts`,
// no runtime), and tests that run the CLI, the build or a browser in another process, where a
// mutant of the source never runs. A failing property stops at its first counterexample.
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["src/**/*.test.ts", "src/**/*.test-prop.ts", "test/properties/**/*.test.ts"],
    typecheck: { enabled: false },
    setupFiles: ["test/support/mutationSetup.ts"],
  },
});
