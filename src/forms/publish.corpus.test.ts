/**
 * The publication rules one by one, as hand-made cases in test/corpus/publication/: each file
 * names its rule, gives the reports of a year and what publish must make of them (the published
 * reports and the declarations, exactly), the texts that must appear in no output and those that
 * must appear in one.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { outputsOf } from "../../test/support/publicationOutputs.js";
import type { NationalReport } from "../reports/schema.js";
import { validateReport } from "../reports/validateReport.js";
import { publish } from "./publish.js";

const folder = fileURLToPath(new URL("../../test/corpus/publication/", import.meta.url));

interface Case {
  readonly rule: string;
  readonly why: string;
  readonly year: number;
  readonly reports: readonly NationalReport[];
  readonly expect: {
    readonly reports: readonly unknown[];
    readonly withheld: readonly unknown[];
    readonly absent: readonly string[];
    readonly present: readonly string[];
  };
}

const cases = fs
  .readdirSync(folder)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => ({ name, ...(JSON.parse(fs.readFileSync(path.join(folder, name), "utf8")) as Case) }));

/** JSON's view of a value: `undefined` properties dropped, as in a file. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe("the publication corpus", () => {
  it("holds a case for each rule", () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  for (const c of cases) {
    describe(`${c.name}: ${c.rule}`, () => {
      const input = JSON.stringify(c.reports);
      it("starts from valid reports that hold every text the case says is withheld", () => {
        for (const report of c.reports) expect(validateReport(report, cica).issues.filter((i) => i.severity === "error")).toEqual([]);
        for (const text of c.expect.absent) expect(input).toContain(text);
      });

      for (const lang of ["en", "ru"] as const) {
        it(`publishes exactly the expected reports and declarations, and nothing withheld reaches any output (${lang})`, () => {
          const publication = publish(c.reports, { year: c.year, context: cica, lang });
          expect(plain(publication.reports)).toEqual(c.expect.reports);
          expect(plain(publication.withheld)).toEqual(c.expect.withheld);
          const outputs = outputsOf(publication);
          for (const text of c.expect.absent) for (const output of outputs) expect(output).not.toContain(text);
          for (const text of c.expect.present) expect(outputs.some((output) => output.includes(text))).toBe(true);
          for (const report of publication.reports) expect(validateReport(report, cica).ok).toBe(true);
        });
      }
    });
  }
});
