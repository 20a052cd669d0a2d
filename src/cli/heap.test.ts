import { describe, expect, it } from "vitest";
import { HEAP_FLAGS, heapFlags } from "./heap.js";

describe("heapFlags", () => {
  it("sets the young generation's growth and the old generation's step on the V8 of Node 20 to 24", () => {
    for (const version of ["11.3.244.8-node.33", "12.4.254.21-node.33", "13.6.233.10-node.20"]) expect(heapFlags(version)).toEqual(HEAP_FLAGS);
  });

  it("sets nothing on a V8 outside 11-13, whose flags may have changed", () => {
    for (const version of ["10.2.154.26-node.26", "14.1.146.11-node.9", "", "unknown"]) expect(heapFlags(version)).toEqual([]);
  });
});
