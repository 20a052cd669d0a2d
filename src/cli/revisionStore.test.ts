import { describe, expect, it } from "vitest";
import type { NationalReport } from "../index.js";
import { revisionStore } from "./revisionStore.js";

/** A valid-shaped report of `reporter` on `year`, revision `revision`, with one entry of `status`. */
function report(reporter: string, year: number, revision: number, status = "implemented", submittedOn = `${year + 1}-03-01`): NationalReport {
  return {
    schema: "cica-cbm/report@1",
    id: `${reporter}-${year}`,
    reporter,
    catalogue: "cica@2021",
    year,
    revision,
    submittedOn,
    entries: [{ measure: "2.1.2", status }],
  } as unknown as NationalReport;
}

/** The i-th of many distinct report keys: 60 reporters a year, years from 1000 on. */
const keyOf = (i: number) => ({ reporter: `S${i % 60}`, year: 1000 + Math.floor(i / 60) });

describe("revisionStore", () => {
  it("finds no conflict in a resubmission of the same content, whatever the order of its keys", () => {
    const store = revisionStore();
    const first = report("KZ", 2025, 1);
    expect(store.add(first, 0, "line 1")).toBeUndefined();
    const reordered = Object.fromEntries(Object.entries(first).reverse()) as unknown as NationalReport;
    expect(store.add(reordered, 1, "line 9")).toBeUndefined();
    expect(store.size).toBe(1);
  });

  it("names the first submission's file, place and day when the same revision comes with other content", () => {
    const store = revisionStore();
    store.add(report("KZ", 2025, 1, "implemented", "2026-02-28"), 3, "line 17");
    expect(store.add(report("KZ", 2025, 1, "planned", "2026-03-05"), 4, "line 2")).toEqual({ file: 3, where: "line 17", submittedOn: "2026-02-28", next: 2 });
  });

  it("keeps each kind of place (line, item, row, whole file) and days at both ends of the calendar", () => {
    const places = ["line 1", "[0]", "[41]", "row 2", "file", `line ${2 ** 30 - 1}`];
    const days = ["0001-01-01", "9999-12-31", "2024-02-29"];
    places.forEach((where, i) => {
      const store = revisionStore();
      const day = days[i % days.length]!;
      store.add(report("MN", 2024, 1, "implemented", day), i, where);
      expect(store.add(report("MN", 2024, 1, "planned"), 9, "line 3")).toMatchObject({ file: i, where, submittedOn: day });
    });
  });

  it("gives the first revision above the conflicting one that no submission has as the next free one", () => {
    const store = revisionStore();
    for (const revision of [1, 2, 3, 5]) store.add(report("TJ", 2023, revision), 0, `line ${revision}`);
    expect(store.add(report("TJ", 2023, 1, "planned"), 0, "line 9")?.next).toBe(4);
    expect(store.add(report("TJ", 2023, 5, "planned"), 0, "line 10")?.next).toBe(6);
  });

  it("tells apart the same revision of another reporter, year or catalogue", () => {
    const store = revisionStore();
    store.add(report("KZ", 2025, 1), 0, "line 1");
    expect(store.add(report("UZ", 2025, 1, "planned"), 0, "line 2")).toBeUndefined();
    expect(store.add(report("KZ", 2024, 1, "planned"), 0, "line 3")).toBeUndefined();
    expect(store.add({ ...report("KZ", 2025, 1, "planned"), catalogue: "cica@2014" } as NationalReport, 0, "line 4")).toBeUndefined();
    expect(store.size).toBe(4);
  });

  it("keeps every revision and where it came from through its growths, never filling a segment past nine tenths", () => {
    const store = revisionStore();
    const count = 60_000;
    const initial = store.capacity;
    let conflicts = 0;
    let fullest = 0;
    for (let i = 0; i < count; i++) {
      const { reporter, year } = keyOf(i);
      if (store.add(report(reporter, year, 1 + (i % 3)), i % 5, `line ${i + 1}`)) conflicts++;
      // Checked overall here; each segment grows before an insertion would take it above 90%.
      if (i % 1000 === 999) fullest = Math.max(fullest, store.size / store.capacity);
    }
    expect(conflicts).toBe(0);
    expect(fullest).toBeGreaterThan(0.5);
    expect(fullest).toBeLessThanOrEqual(0.9);
    expect(store.size).toBe(count);
    expect(store.capacity).toBeGreaterThan(initial);
    // Every revision is still there, with its own file and line: the same content again is no
    // conflict, other content names the first submission.
    for (let i = 0; i < count; i += 97) {
      const { reporter, year } = keyOf(i);
      expect(store.add(report(reporter, year, 1 + (i % 3)), 9, "line 1")).toBeUndefined();
      expect(store.add(report(reporter, year, 1 + (i % 3), "planned"), 9, "line 1")).toMatchObject({ file: i % 5, where: `line ${i + 1}` });
    }
    expect(store.size).toBe(count);
  }, 60_000); // 60,000 revisions: seconds on a loaded machine, where the default 5 s aborts a mutation run

  it("starts small: a run of a few reports does not grow it", () => {
    const store = revisionStore();
    const initial = store.capacity;
    for (let i = 0; i < 100; i++) store.add(report(`S${i}`, 2020, 1), 0, `line ${i + 1}`);
    expect(store.capacity).toBe(initial);
  });
});
