// Duplicate keys in JSON text. `JSON.parse` keeps the last of two equal keys of an object and drops
// the other without a word, and a reviver cannot see it (it is called once per key that survived).
// A ledger document is the archive that must lose nothing, so its text is scanned once, in one
// linear pass, for an object that gives a key twice. The scan runs only on text `JSON.parse` has
// accepted, so it reads valid JSON and needs no error handling of its own.
import type { JsonPath } from "../internal/json.js";

/** A key given twice in one object: where the object is, and where each of the two keys starts. */
export interface DuplicateKey {
  /** The path of the object holding the key (keys and array indices). */
  readonly path: JsonPath;
  /** The key, decoded (`"\u0041"` and `"A"` are the same key). */
  readonly key: string;
  /** Line and column (both from 1, in UTF-16 code units) of the second key. */
  readonly line: number;
  readonly column: number;
  /** Line and column of the first key. */
  readonly firstLine: number;
  readonly firstColumn: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

interface Frame {
  /** The keys of an object and where each starts (an array has none). */
  readonly keys: Map<string, number> | undefined;
  /** The key or index of the value being read in this container. */
  slot: string | number;
}

/**
 * Every key given twice in an object of the JSON text, in the order of the text, up to `limit`
 * of them. `text` must be valid JSON (call it after `JSON.parse` succeeded). Each character is read
 * once; strings are skipped by searching for their closing quote.
 */
export function findDuplicateKeys(text: string, limit = Number.POSITIVE_INFINITY): DuplicateKey[] {
  const found: { path: JsonPath; key: string; at: number; first: number }[] = [];
  const stack: Frame[] = [];
  const n = text.length;
  let expectKey = false;
  let i = 0;
  while (i < n && found.length < limit) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // A string: find its closing quote (one not escaped by an odd run of backslashes).
      const start = i;
      let end = text.indexOf('"', i + 1);
      while (true) {
        let slashes = 0;
        for (let k = end - 1; text.charCodeAt(k) === BACKSLASH; k--) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      i = end + 1;
      if (expectKey) {
        const raw = text.slice(start + 1, end);
        const key = raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
        const frame = stack[stack.length - 1]!;
        const first = frame.keys!.get(key);
        if (first === undefined) frame.keys!.set(key, start);
        else found.push({ path: stack.slice(0, -1).map((f) => f.slot), key, at: start, first });
        frame.slot = key;
        expectKey = false;
      }
      continue;
    }
    if (c === 0x7b /* { */) {
      stack.push({ keys: new Map(), slot: "" });
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      stack.push({ keys: undefined, slot: 0 });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      const frame = stack[stack.length - 1]!;
      if (frame.keys) expectKey = true;
      else frame.slot = (frame.slot as number) + 1;
    }
    i++;
  }
  return found.length === 0 ? [] : withLines(text, found);
}

/** Adds lines and columns to the found keys, in one pass over the text up to the last of them. */
function withLines(text: string, found: readonly { path: JsonPath; key: string; at: number; first: number }[]): DuplicateKey[] {
  const offsets = [...new Set(found.flatMap((f) => [f.at, f.first]))].sort((a, b) => a - b);
  const where = new Map<number, { line: number; column: number }>();
  let line = 1;
  let lineStart = 0;
  let next = text.indexOf("\n");
  for (const offset of offsets) {
    while (next !== -1 && next < offset) {
      line++;
      lineStart = next + 1;
      next = text.indexOf("\n", lineStart);
    }
    where.set(offset, { line, column: offset - lineStart + 1 });
  }
  return found.map((f) => ({
    path: f.path,
    key: f.key,
    line: where.get(f.at)!.line,
    column: where.get(f.at)!.column,
    firstLine: where.get(f.first)!.line,
    firstColumn: where.get(f.first)!.column,
  }));
}
