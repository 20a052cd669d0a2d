// The tests that mutation testing runs (stryker.config.mjs): the unit tests beside the code, in
// this process. Left out: type tests (`*.test-d.ts`, no run time); tests that run the CLI, the
// build or a browser in another process, where a mutant of the source never runs; and the property
// tests (`*.test-prop.ts`, test/properties/), which cover nearly every line and take 30 to 80 s a
// run on a busy two-core machine, so that each mutant would cost a minute or more. Each rule is to
// be pinned by a unit test's sentence; the properties guard the laws, at scale with `npm run fuzz`.
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["src/**/*.test.ts"],
    typecheck: { enabled: false },
  },
});
