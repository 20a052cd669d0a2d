/// <reference types="node" />
// Where the command line writes: standard output as a pipe that may be slow or closed early, and
// the one JSON document of `validate --format json`, which stays complete whatever happens to the
// inputs after it has started.
import type { Writable } from "node:stream";

/**
 * Errors of a write to a reader that has gone (`| head`), or to a pipe that cannot take more:
 * the run ends quietly, as with any Unix tool, never as "invalid input".
 */
const CLOSED_PIPE = new Set(["EPIPE", "ENOBUFS", "EAGAIN", "ECONNRESET", "ERR_STREAM_DESTROYED", "ERR_STREAM_WRITE_AFTER_END"]);

/** Whether an error of a stream means that its reader has gone or that the pipe is broken. */
export function isClosedPipe(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" && CLOSED_PIPE.has(code);
}

/** A text writer that waits for its reader. */
export interface Writer {
  /**
   * Writes `text`; returns a promise to wait for when the stream's buffer is full (the reader is
   * slower than the writer), `undefined` when more can be written at once or the pipe is closed.
   */
  readonly write: (text: string) => Promise<void> | undefined;
}

/**
 * A writer over `stream` that honours backpressure: when `stream.write()` returns `false`, the
 * returned promise resolves on `'drain'` (or when the stream closes or fails), so memory does not
 * grow with what a slow reader has not yet read. A closed or broken pipe calls `onClosed` once
 * (the caller ends the run quietly) and later writes are dropped.
 */
export function streamWriter(stream: Writable, onClosed: () => void): Writer {
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    onClosed();
  };
  stream.on("error", (error) => {
    if (isClosedPipe(error)) close();
    else throw error;
  });
  return {
    write(text) {
      if (closed || stream.destroyed) return undefined;
      let more: boolean;
      try {
        more = stream.write(text);
      } catch (error) {
        if (!isClosedPipe(error)) throw error;
        close();
        return undefined;
      }
      if (more) return undefined;
      return new Promise<void>((resolve) => {
        const done = () => {
          stream.off("drain", done);
          stream.off("close", done);
          stream.off("error", done);
          resolve();
        };
        stream.on("drain", done);
        stream.on("close", done);
        stream.on("error", done);
      });
    },
  };
}

/** The `schema` tag of the document that `validate --format json` writes. */
export const VALIDATE_RESULT_SCHEMA = "cica-cbm/validate-result@1";

/** An input that could not be read, or could be read only in part, in the validate document. */
export interface InputFailure {
  /** The input as given on the command line (`stdin` for `-`). */
  readonly file: string;
  /** What went wrong and what to do, as the text report says it on standard error. */
  readonly error: string;
}

/** The counts that close the validate document. */
export interface ValidateCounts {
  readonly read: number;
  readonly valid: number;
  readonly invalid: number;
  readonly malformed: number;
}

/**
 * Writes the one JSON document of `validate --format json` as results are found:
 * `{ schema, results: [...], failures: [...], read, valid, invalid, malformed, exitCode }`.
 * Results are written as they come and none is held; failures (inputs that could not be read) are
 * kept, as there are at most as many as inputs, and written after the results, so that a failure
 * after results were written still leaves one complete document. Fields are only ever added.
 */
export function validateDocument(out: (text: string) => Promise<void> | undefined) {
  let started = false;
  let first = true;
  const failures: InputFailure[] = [];
  const start = () => {
    if (started) return undefined;
    started = true;
    return out(`{\n  "schema": ${JSON.stringify(VALIDATE_RESULT_SCHEMA)},\n  "results": [`);
  };
  return {
    /** Writes the document's head, if not yet written. */
    start,
    /** Writes one result into `results`. */
    result(value: unknown): Promise<void> | undefined {
      start();
      const text = `${first ? "" : ","}\n    ${JSON.stringify(value, null, 2).replace(/\n/g, "\n    ")}`;
      first = false;
      return out(text);
    },
    /** Records an input that could not be read. */
    failure(failure: InputFailure): void {
      failures.push(failure);
    },
    /** Closes `results`, writes the failures and the counts, and ends the document. */
    end(counts: ValidateCounts, exitCode: number): Promise<void> | undefined {
      start();
      const list = failures.length === 0 ? "[]" : `[\n${failures.map((f) => `    ${JSON.stringify(f)}`).join(",\n")}\n  ]`;
      return out(
        `${first ? "" : "\n  "}],\n  "failures": ${list},\n  "read": ${counts.read},\n  "valid": ${counts.valid},\n  "invalid": ${counts.invalid},\n  "malformed": ${counts.malformed},\n  "exitCode": ${exitCode}\n}\n`,
      );
    },
  };
}

/** Arrays longer than this are written a batch of items at a time (see {@link writeJsonDocument}). */
const STREAMED_ARRAY = 256;

/**
 * Writes an object as `JSON.stringify(value, null, 2)` would, followed by a newline, but writes its
 * long top-level arrays (a summary's thousands of rejected submissions) a batch of items at a
 * time, waiting for the reader between batches: so the whole document is never one string in
 * memory. The text is the same, byte for byte.
 */
export async function writeJsonDocument(out: (text: string) => Promise<void> | undefined | void, value: Readonly<Record<string, unknown>>): Promise<void> {
  const parts: string[] = [];
  for (const [key, field] of Object.entries(value)) {
    const name = `\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(field) && field.length > STREAMED_ARRAY) {
      await out(`${parts.length === 0 ? "{" : ","}${name}[`);
      parts.push(key);
      for (let start = 0; start < field.length; start += STREAMED_ARRAY) {
        const batch = field
          .slice(start, start + STREAMED_ARRAY)
          .map((item: unknown) => `\n    ${(JSON.stringify(item, null, 2) ?? "null").replace(/\n/g, "\n    ")}`);
        await out(`${start === 0 ? "" : ","}${batch.join(",")}`);
      }
      await out("\n  ]");
      continue;
    }
    const text = JSON.stringify(field, null, 2);
    if (text === undefined) continue;
    await out(`${parts.length === 0 ? "{" : ","}${name}${text.replace(/\n/g, "\n  ")}`);
    parts.push(key);
  }
  await out(parts.length === 0 ? "{}\n" : "\n}\n");
}
