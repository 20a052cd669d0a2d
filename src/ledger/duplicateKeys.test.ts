import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { createLedger } from "./createLedger.js";
import { findDuplicateKeys } from "./duplicateKeys.js";
import { ledgerFromJSON } from "./ledgerFromJSON.js";
import { ledgerToJSON } from "./ledgerToJSON.js";
import { recordReport } from "./recordReport.js";
import { BASE_REPORT } from "../../test/support/reports.js";

const REPORT = BASE_REPORT;
const REPORT_TEXT = JSON.stringify(REPORT);
const where = (text: string) => findDuplicateKeys(text).map((d) => [d.path, d.key]);

describe("findDuplicateKeys", () => {
  it("stops at the limit it is given, in the order of the text", () => {
    const text = `{"a":1,"a":2,"b":[{"c":1,"c":2}],"b":3}`;
    expect(where(text)).toEqual([
      [[], "a"],
      [["b", 0], "c"],
      [[], "b"],
    ]);
    expect(findDuplicateKeys(text, 1).map((d) => d.key)).toEqual(["a"]);
    expect(findDuplicateKeys(text, 2).map((d) => d.key)).toEqual(["a", "c"]);
  });

  it("finds a key given twice in the top object, at the line and column of both", () => {
    const text = '{\n  "schema": "x",\n  "reports": [],\n  "reports": [1]\n}';
    expect(findDuplicateKeys(text)).toEqual([{ path: [], key: "reports", line: 4, column: 3, firstLine: 3, firstColumn: 3 }]);
  });

  it("names the object holding the key by its keys and array indices", () => {
    const text = '{"reports":[{"a":1},{"entries":[{"status":"x"},{"status":"x","remarks":"r","status":"y"}]}]}';
    expect(where(text)).toEqual([[["reports", 1, "entries", 1], "status"]]);
  });

  it("counts array indices past nested arrays and objects", () => {
    expect(where('[[1,[2,3]],{"k":{"z":1}},[],{"q":1,"q":2}]')).toEqual([[[3], "q"]]);
  });

  it("treats a key written with escapes as the key it spells", () => {
    expect(where('{"status":1,"\\u0073tatus":2}')).toEqual([[[], "status"]]);
    expect(where('{"a\\"b":1,"a\\u0022b":2}')).toEqual([[[], 'a"b']]);
  });

  it("is not misled by quotes, braces, commas and backslashes inside strings", () => {
    const text = '{"k":"a \\" , \\"k\\": { [ ","v":"\\\\","w":"\\\\\\"","x":{"k":"}"}}';
    expect(JSON.parse(text)).toBeTypeOf("object");
    expect(where(text)).toEqual([]);
    expect(where('{"k":"\\\\","k":1}')).toEqual([[[], "k"]]);
  });

  it("gives no duplicate for the same key in sibling or nested objects", () => {
    expect(where('{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}],"c":{"a":[]}}')).toEqual([]);
  });

  it("finds each repetition, in the order of the text", () => {
    expect(where('{"a":1,"b":{"c":1,"c":2},"a":3,"a":4}')).toEqual([
      [["b"], "c"],
      [[], "a"],
      [[], "a"],
    ]);
  });

  it("reads 100,000 nested arrays without running out of stack", () => {
    const deep = `${"[".repeat(100_000)}{"x":1,"x":2}${"]".repeat(100_000)}`;
    const [found] = findDuplicateKeys(deep);
    expect(found?.path).toHaveLength(100_000);
    expect(found?.column).toBe(100_008);
  });

  it("finds nothing in any text JSON.stringify writes, and finds a key written again in any object", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), fc.jsonValue(), (object, other) => {
        const text = JSON.stringify(object);
        expect(findDuplicateKeys(text)).toEqual([]);
        const key = Object.keys(object)[0]!;
        const doubled = `[${JSON.stringify(other)},{${JSON.stringify(key)}:null,${text.slice(1)}]`;
        expect(findDuplicateKeys(doubled).map((d) => [d.path, d.key])).toEqual([[[1], key]]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("ledgerFromJSON on text with a key given twice", () => {
  // Made inside each test, not when the suite is collected, so that mutation testing runs only the
  // tests that read a mutated line of the ledger.
  const goodText = () => JSON.stringify(ledgerToJSON(recordReport(createLedger(), REPORT, cica).ledger));

  it("loads the document without duplicates", () => {
    expect(ledgerFromJSON(goodText(), cica).ok).toBe(true);
  });

  it('rejects two "reports" lists, which JSON.parse would resolve by keeping the empty one', () => {
    const text = `{"schema":"cica-cbm/ledger@1","reports":[${REPORT_TEXT}],"reports":[]}`;
    expect((JSON.parse(text) as { reports: unknown[] }).reports).toEqual([]);
    const loaded = ledgerFromJSON(text, cica);
    expect(loaded.ok).toBe(false);
    expect(loaded.issues.map((i) => [i.rule, i.severity, i.path])).toEqual([["ledger.duplicate-key", "error", ["reports"]]]);
    expect(loaded.issues[0]!.message).toContain(`line 1, column ${text.lastIndexOf('"reports"') + 1}`);
  });

  it("rejects a key given twice inside a report, with its path and both places, in English and Russian", () => {
    const text = goodText().replace('"status":"implemented"', '"status":"planned",\n"status":"implemented"');
    const en = ledgerFromJSON(text, cica);
    expect(en.ok).toBe(false);
    expect(en.issues.map((i) => [i.rule, i.path, i.params.line, i.params.column])).toEqual([
      ["ledger.duplicate-key", ["reports", 0, "entries", 0, "status"], 2, 1],
    ]);
    expect(en.issues[0]!.message).toMatch(
      /Key "status" is given twice in the object at reports\[0\]\.entries\[0\] \(line 2, column 1; first at line 1, column \d+\)/,
    );
    const ru = ledgerFromJSON(text, { ...cica, lang: "ru" });
    expect(ru.issues[0]!.message).toMatch(/Ключ "status" указан дважды в объекте reports\[0\]\.entries\[0\] \(строка 2, столбец 1/);
  });

  it("names a key given twice in the document's top-level object in words, in English and Russian", () => {
    const text = `{"schema":"cica-cbm/ledger@1","schema":"cica-cbm/ledger@1","reports":[]}`;
    const [en] = ledgerFromJSON(text, cica).issues;
    expect([en?.messageKey, en?.message]).toEqual([
      "ledger.duplicate-key.top",
      expect.stringMatching(/^Key "schema" is given twice in the document's top-level object \(line 1, column 31; first at line 1, column 2\)/),
    ]);
    expect(ledgerFromJSON(text, { ...cica, lang: "ru" }).issues[0]?.message).toMatch(/^Ключ "schema" указан дважды в объекте верхнего уровня документа/);
    // Its parameters name no object: there is none above the top level.
    expect(en?.params).toMatchObject({ key: "schema", object: "" });
  });

  it("counts lines and columns of text that starts with a byte-order mark from after the mark", () => {
    const text = `\ufeff{"schema":"cica-cbm/ledger@1","schema":"cica-cbm/ledger@1","reports":[]}`;
    // The second key is at index lastIndexOf of the text with the mark, so at that column without it.
    expect(ledgerFromJSON(text, cica).issues.map((i) => [i.path, i.params.column, i.params.firstColumn])).toEqual([
      [["schema"], text.lastIndexOf('"schema"'), 2],
    ]);
  });

  it("lists no more duplicates than the issue limit, and counts the rest", () => {
    const keys = Array.from({ length: 1_500 }, (_, i) => `"k${i}":1,"k${i}":2`).join(",");
    const loaded = ledgerFromJSON(`{"schema":"cica-cbm/ledger@1","reports":[],"extra":{${keys}}}`, cica);
    expect(loaded.ok).toBe(false);
    const last = loaded.issues[loaded.issues.length - 1]!;
    expect(last.rule).toBe("report.too-many-issues");
    expect(loaded.issues.filter((i) => i.rule === "ledger.duplicate-key").length + Number(last.params.more)).toBe(1_500);
  });

  it("leaves a document given as a parsed value to the checks it had (its duplicates are gone before it arrives)", () => {
    expect(ledgerFromJSON(JSON.parse(goodText()), cica).ok).toBe(true);
  });
});
