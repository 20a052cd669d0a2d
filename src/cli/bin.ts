#!/usr/bin/env node
/// <reference types="node" />
// The `cica-cbm` executable.
import { tuneHeap } from "./heap.js";
import { main } from "./main.js";
import { streamWriter } from "./output.js";
import { printable } from "./printable.js";

// A run over a million reports holds one report at a time: the heap is kept near what it holds
// (see heap.ts). Set here, in the executable only: a program that calls `main` keeps its own settings.
tuneHeap();

// A reader that stops early (`cica-cbm summary … | head`) closes the pipe, and a pipe that cannot
// take more fails a write (EPIPE, ENOBUFS, EAGAIN): that ends the run quietly, as with any Unix
// tool, with exit code 0 (the reader asked for no more), instead of with a stack trace or an exit
// code that reads as "invalid input".
const quietly = () => process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
const stdout = streamWriter(process.stdout, quietly);
const stderr = streamWriter(process.stderr, quietly);

main(process.argv.slice(2), {
  out: stdout.write,
  err: (text) => void stderr.write(text),
  progress: process.stderr.isTTY === true,
  // The default of --today: the one place the command line reads the clock (the library never does).
  today: new Date().toISOString().slice(0, 10),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`cica-cbm: unexpected error: ${printable(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 2;
  },
);
