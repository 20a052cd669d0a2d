#!/usr/bin/env node
/// <reference types="node" />
// The `cica-cbm` executable.
import { main } from "./main.js";

// A reader that stops early (`cica-cbm summary … | head`) closes the pipe: that ends the run
// quietly, as with any Unix tool, instead of with a stack trace (exit code 0, or 1 where invalid
// input was already found).
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    throw error;
  });
}

main(process.argv.slice(2), {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  progress: process.stderr.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`cica-cbm: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
