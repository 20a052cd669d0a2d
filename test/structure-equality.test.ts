/**
 * The corpus of hostile inputs and the fixtures, validated both ways: by the format's own structure
 * check (the default) and through zod's NationalReportSchema (test/support/zodReference.ts). Each
 * JSON document is taken as a report, and so is each item of a list and each report of a ledger.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cica, validateReport } from "../src/index.js";
import { zodReference } from "./support/zodReference.js";

const root = fileURLToPath(new URL(".", import.meta.url));

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return item.name === "node_modules" ? [] : filesUnder(full);
    return /\.(json|ndjson)$/.test(item.name) ? [full] : [];
  });
}

/** The documents of a file: the whole of a JSON file, each line of an NDJSON one; what does not parse is left out. */
function documentsOf(file: string): unknown[] {
  const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const texts = file.endsWith(".ndjson") ? text.split(/\r?\n/) : [text];
  return texts.flatMap((item) => {
    try {
      return [JSON.parse(item) as unknown];
    } catch {
      return [];
    }
  });
}

/** A document, and the reports inside it: the items of a list, the reports of a ledger. */
function reportsOf(document: unknown): unknown[] {
  if (Array.isArray(document)) return [document, ...document];
  const reports = (document as { reports?: unknown } | null)?.reports;
  return Array.isArray(reports) ? [document, ...reports] : [document];
}

const files = [...filesUnder(path.join(root, "corpus")), ...filesUnder(path.join(root, "fixtures"))];

describe("the corpus, by the format's own structure check and through zod", () => {
  it("finds the corpus", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it("gives the same result for every report of the corpus and the fixtures, in English and in Russian", () => {
    let compared = 0;
    for (const file of files) {
      for (const input of documentsOf(file).flatMap(reportsOf)) {
        for (const lang of ["en", "ru"] as const) {
          const context = { ...cica, lang, today: "2026-06-01" };
          expect(validateReport(input, context), path.relative(root, file)).toEqual(validateReport(input, { ...context, schema: zodReference }));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
  }, 120_000);
});
