/// <reference types="node" />
// The executable's settings of the JavaScript heap, for a run that streams a million reports.
//
// `validate` and `summary` hold little: one report at a time, the revision store (24 bytes a
// revision) and the year's counts. V8's defaults are made for programs that keep what they make:
// the young generation grows to two 16 MB halves, and the old generation may grow to about four
// times what survived the last full collection before the next one. On a run of a million
// reports that was most of the peak: 55-90 MB of heap around 10-15 MB of live data. Two flags,
// set once when the executable starts (the library itself never sets any):
//   - `--semi-space-growth-factor=1`: the young generation keeps the size it has after start-up
//     (4 MB halves) instead of growing to 16 MB ones; a report's objects die in it either way;
//   - `--heap-growing-percent=50`: the next full collection comes when the old generation has grown
//     by half of what survived the last one (V8 still grows by 8 MB at least).
// On 1,000,000 reports this took `validate`'s peak from about 150 MB to about 120 MB for some 3%
// more CPU time (docs/performance.md, memory). Both flags are read by V8 while the program runs
// (V8 11-13, Node 20-24); on another V8 none is set, so an unknown flag never prints an error.
import { setFlagsFromString } from "node:v8";

/** The V8 flags of {@link tuneHeap}. */
export const HEAP_FLAGS = ["--semi-space-growth-factor=1", "--heap-growing-percent=50"] as const;

/** The flags to set for a V8 version (`process.versions.v8`): {@link HEAP_FLAGS} on V8 11-13, none on others. */
export function heapFlags(v8Version: string): readonly string[] {
  const major = Number.parseInt(v8Version, 10);
  return major >= 11 && major <= 13 ? HEAP_FLAGS : [];
}

/** Sets {@link heapFlags} for the running V8; returns the flags set. */
export function tuneHeap(v8Version: string = process.versions.v8): readonly string[] {
  const flags = heapFlags(v8Version);
  for (const flag of flags) setFlagsFromString(flag);
  return flags;
}
