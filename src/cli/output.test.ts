/// <reference types="node" />
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { guardOutputs } from "./guard.js";
import { own } from "./lookup.js";
import { main } from "./main.js";
import { streamWriter, validateDocument, VALIDATE_RESULT_SCHEMA, writeJsonDocument } from "./output.js";
import { printable, printableLines } from "./printable.js";

/** A reader that takes one chunk every `ms` milliseconds; records the most it ever had waiting. */
function slowReader(ms: number) {
  const got: string[] = [];
  const stream = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, done) {
      got.push(chunk.toString());
      setTimeout(done, ms);
    },
  });
  let most = 0;
  const watch = setInterval(() => (most = Math.max(most, stream.writableLength)), 0);
  return { stream, got, most: () => most, stop: () => clearInterval(watch) };
}

describe("streamWriter", () => {
  it("makes the writer wait for a slow reader, so no more than one write beyond the buffer is ever held", async () => {
    const reader = slowReader(1);
    const writer = streamWriter(reader.stream, () => undefined);
    const line = `${"x".repeat(300)}\n`;
    let waits = 0;
    for (let i = 0; i < 200; i++) {
      const waiting = writer.write(line);
      if (waiting) {
        waits++;
        await waiting;
      }
      expect(reader.stream.writableLength).toBeLessThanOrEqual(1024 + line.length);
    }
    reader.stop();
    expect(waits).toBeGreaterThan(0);
  });

  for (const code of ["EPIPE", "ENOBUFS", "EAGAIN"]) {
    it(`calls onClosed once for a broken pipe (${code}) and drops later writes`, async () => {
      const stream = new Writable({ write: (_chunk, _encoding, done) => done(Object.assign(new Error(code), { code })) });
      let closed = 0;
      const writer = streamWriter(stream, () => closed++);
      writer.write("a");
      await new Promise((resolve) => setImmediate(resolve));
      expect(closed).toBe(1);
      expect(writer.write("b")).toBeUndefined();
      expect(closed).toBe(1);
    });
  }
});

describe("main with a slow reader of stdout", () => {
  it("validate waits for the reader: what waits in the pipe stays within one result of its buffer", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cica-cbm-out-"));
    try {
      const file = path.join(dir, "empty.ndjson");
      fs.writeFileSync(file, "{}\n".repeat(300));
      const reader = slowReader(0);
      const writer = streamWriter(reader.stream, () => undefined);
      const code = await main(["validate", file, "--format", "json"], { out: writer.write, err: () => undefined, progress: false });
      await new Promise<void>((resolve) => reader.stream.end(resolve));
      reader.stop();
      expect(code).toBe(1);
      const doc = JSON.parse(reader.got.join("")) as { schema: string; results: unknown[] };
      expect(doc.results).toHaveLength(300);
      const largest = Math.max(...reader.got.map((chunk) => chunk.length));
      expect(reader.most()).toBeLessThanOrEqual(1024 + largest);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("validateDocument", () => {
  it("is one JSON document with its schema tag, the results, the failures and the exit code, in that order", () => {
    let text = "";
    const doc = validateDocument((t) => void (text += t));
    doc.result({ where: "line 1" });
    doc.failure({ file: "b.json", error: "b.json: cannot be read" });
    doc.result({ where: "line 2" });
    doc.end({ read: 2, valid: 0, invalid: 2, malformed: 0 }, 2);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(["schema", "results", "failures", "read", "valid", "invalid", "malformed", "exitCode"]);
    expect(parsed.schema).toBe(VALIDATE_RESULT_SCHEMA);
    expect(parsed.results).toEqual([{ where: "line 1" }, { where: "line 2" }]);
    expect(parsed.failures).toEqual([{ file: "b.json", error: "b.json: cannot be read" }]);
    expect(parsed.exitCode).toBe(2);
  });

  it("is a complete document with empty lists when nothing was found", () => {
    let text = "";
    const doc = validateDocument((t) => void (text += t));
    doc.end({ read: 0, valid: 0, invalid: 0, malformed: 0 }, 0);
    expect(JSON.parse(text)).toMatchObject({ results: [], failures: [], exitCode: 0 });
  });
});

describe("guardOutputs", () => {
  const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), "cica-cbm-guard-"));

  it("refuses an output folder that holds an input, also through a link to the folder", async () => {
    const root = dir();
    try {
      const out = path.join(root, "out");
      fs.mkdirSync(out);
      const input = path.join(out, "reports.ndjson");
      fs.writeFileSync(input, "{}\n");
      fs.symlinkSync(out, path.join(root, "link"));
      await expect(guardOutputs([{ path: out, kind: "folder", option: "--out" }], [input])).rejects.toThrow(/--out .*out: holds the input .*reports\.ndjson/);
      await expect(guardOutputs([{ path: path.join(root, "link"), kind: "folder", option: "--out" }], [input])).rejects.toThrow(/holds the input/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("accepts an output folder beside the inputs, even one whose name starts like theirs", async () => {
    const root = dir();
    try {
      fs.mkdirSync(path.join(root, "out"));
      fs.mkdirSync(path.join(root, "out-old"));
      const input = path.join(root, "out-old", "reports.ndjson");
      fs.writeFileSync(input, "{}\n");
      await expect(guardOutputs([{ path: path.join(root, "out"), kind: "folder", option: "--out" }], [input, "-"])).resolves.toBeUndefined();
      await expect(guardOutputs([{ path: path.join(root, "new.svg"), kind: "file", option: "--svg" }], [input])).resolves.toBeUndefined();
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("refuses a file output whose folder does not exist, and a folder output that is a file", async () => {
    const root = dir();
    try {
      const file = path.join(root, "a.svg");
      fs.writeFileSync(file, "");
      await expect(guardOutputs([{ path: path.join(root, "none", "a.svg"), kind: "file", option: "--svg" }], [])).rejects.toThrow(/no folder/);
      await expect(guardOutputs([{ path: file, kind: "folder", option: "--out" }], [])).rejects.toThrow(/is a file, not a folder/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("own and printable", () => {
  it("finds a table's own entries only, never what every object inherits", () => {
    const table = { validate: 1 };
    expect(own(table, "validate")).toBe(1);
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) expect(own(table, name)).toBeUndefined();
  });

  it("escapes C0 and C1 controls and bidi overrides, keeps printable text, and keeps the line breaks of several lines", () => {
    expect(printable("a\u001b[2J\u009b\u202eb\tc")).toBe("a\\u001b[2J\\u009b\\u202eb\\u0009c");
    expect(printable("Доля ответивших 50%")).toBe("Доля ответивших 50%");
    expect(printableLines("a\u0085\nb\u2066\n")).toBe("a\\u0085\nb\\u2066\n");
    expect(printableLines(printableLines("x\u001b"))).toBe("x\\u001b");
  });
});

describe("writeJsonDocument", () => {
  const written = async (value: Record<string, unknown>) => {
    const parts: string[] = [];
    await writeJsonDocument((text) => void parts.push(text), value);
    return parts;
  };

  it("writes the same text as JSON.stringify(value, null, 2) and a newline, long arrays, undefined fields and empty values included", async () => {
    const long = Array.from({ length: 1000 }, (_, i) => ({ file: `f${i}.json`, where: `line ${i + 1}`, rules: ["field.date"], nested: { a: [i] } }));
    const values: Record<string, unknown>[] = [
      {},
      { read: 3, rejected: [] },
      { read: 3, skipped: undefined, rejected: long, rate: { rows: [] }, tail: "end" },
      { first: long.slice(0, 257), second: long.slice(0, 256), third: [1, null, "x"] },
    ];
    for (const value of values) expect((await written(value)).join("")).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it("writes a long array a batch of items at a time, so the document is never one string", async () => {
    const long = Array.from({ length: 5000 }, (_, i) => ({ i }));
    const parts = await written({ read: 1, rejected: long });
    expect(parts.length).toBeGreaterThan(5000 / 256);
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(JSON.stringify(long, null, 2).length / 10);
  });
});
