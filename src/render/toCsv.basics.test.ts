import { describe, expect, it } from "vitest";
import type { Table } from "./table.js";
import { toCsv } from "./toCsv.js";

describe("toCsv", () => {
  const table = (rows: Table["rows"], columns = [{ key: "a", label: "A" }]): Table => ({ columns, rows });
  const body = (csv: string) => csv.split("\r\n").slice(1, -1);

  it("ends every line, the last included, with CRLF", () => {
    const csv = toCsv(table([{ a: "x" }, { a: "y" }]));
    expect(csv).toBe("A\r\nx\r\ny\r\n");
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("quotes fields holding a comma, a quote, a CR, an LF or surrounding spaces, doubling quotes", () => {
    const csv = toCsv(table([{ a: "a,b" }, { a: 'say "hi"' }, { a: "line\nbreak" }, { a: "cr\rhere" }, { a: " lead" }, { a: "trail " }, { a: "in side" }]));
    expect(csv).toBe('A\r\n"a,b"\r\n"say ""hi"""\r\n"line\nbreak"\r\n"cr\rhere"\r\n" lead"\r\n"trail "\r\nin side\r\n');
  });

  it("neutralises text cells that start with = + - @ tab or CR with a leading apostrophe", () => {
    const csv = toCsv(table([{ a: "=1+1" }, { a: "+1" }, { a: "-2" }, { a: "@SUM(A1)" }, { a: "\tx" }, { a: "\rx" }, { a: "a=b" }]));
    expect(body(csv.replace('"\'\rx"', "CRCELL"))).toEqual(["'=1+1", "'+1", "'-2", "'@SUM(A1)", "'\tx", "CRCELL", "a=b"]);
    expect(csv).toContain('"\'\rx"');
  });

  it("neutralises a formula in a heading too", () => {
    expect(toCsv({ columns: [{ key: "a", label: "=HYPERLINK(1)" }], rows: [] })).toBe("'=HYPERLINK(1)\r\n");
  });

  it("writes numbers as numbers, a negative one included, and never neutralises them", () => {
    expect(body(toCsv(table([{ a: -3 }, { a: 0.25 }, { a: 0 }, { a: 1e21 }])))).toEqual(["-3", "0.25", "0", "1e+21"]);
  });

  it("writes empty cells for null, undefined, a missing key and non-finite numbers, and yes/no for booleans", () => {
    const columns = [
      { key: "a", label: "A" },
      { key: "b", label: "B" },
    ];
    expect(
      body(toCsv(table([{ a: null, b: undefined }, {}, { a: Number.NaN, b: Number.POSITIVE_INFINITY }, { a: true, b: false }, { a: "", b: "x" }], columns))),
    ).toEqual([",", ",", ",", "yes,no", ",x"]);
  });
});
