#!/usr/bin/env node
/// <reference types="node" />
// The `cica-cbm` executable.
import { main } from "./main.js";

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
