// The command line's check that no two different submissions share a report key and revision,
// across every file of a run, in the memory of a few numbers per revision (a million revisions in
// about 30 MB): never the reports themselves. Each slot of one open-addressing table holds, in six
// 32-bit numbers:
//   - a 64-bit fingerprint of (reporter, catalogue, year, revision);
//   - 32 bits of the report's content digest (`reportDigest`, the core's: the same "same content"
//     as the ledger's and the aggregates'; node:crypto would need a canonical text of its own first,
//     and cost more per report);
//   - where the first submission came from (its file's index, and its place: line, item or row);
//   - its `submittedOn`, packed.
// The table is cut in 128 segments that grow apart (by a quarter at 90% full), so that a growth
// never holds two copies of the whole, and each segment is kept in pages that are never freed, so
// that a growth leaves no dropped table behind for the garbage collector (see `grow`).
// Chances: two keys sharing a 64-bit fingerprint, about n²/2^65 (3 in 100 million runs of a million
// revisions); two different contents sharing 32 digest bits, 2^-32 per pair of submissions of one
// revision (such a conflict would go unseen; the aggregates, which keep all 64 bits, still find it).
import { reportDigest, type NationalReport } from "../index.js";

const STRIDE = 6;
const EMPTY = 0;

/** A conflict found: where the first submission of the revision came from, and its day. */
export interface StoredConflict {
  readonly file: number;
  readonly where: string;
  readonly submittedOn: string;
  /** The next free revision: the first above this one that no submission read so far has. */
  readonly next: number;
}

function fingerprint(report: NationalReport, revision: number): [number, number] {
  let a = 0x811c9dc5 ^ revision;
  let b = 0x2545f491 ^ Math.imul(revision, 0x9e3779b1);
  const feed = (text: string) => {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
    }
    a = Math.imul(a ^ 0xff, 0x01000193);
    b = Math.imul(b ^ 0xff, 0x5bd1e995);
  };
  feed(report.reporter);
  feed(report.catalogue);
  feed(String(report.year));
  a ^= a >>> 15;
  b ^= b >>> 13;
  a = Math.imul(a, 0x85ebca6b) ^ (b >>> 7);
  b = Math.imul(b, 0xc2b2ae35) ^ (a >>> 11);
  // 0 marks an empty slot: a fingerprint never starts with it.
  return [a >>> 0 || 1, b >>> 0];
}

/** A place in an input (`line 12`, `[3]`, `row 7`, `file`) as one number, and back. */
function packWhere(where: string): number {
  const kind = where.startsWith("line ") ? 1 : where.startsWith("[") ? 2 : where.startsWith("row ") ? 3 : 0;
  const number = kind === 0 ? 0 : Number.parseInt(where.slice(kind === 2 ? 1 : where.indexOf(" ") + 1), 10);
  return Number.isSafeInteger(number) && number >= 0 && number < 2 ** 30 ? number * 4 + kind : 0;
}

function unpackWhere(packed: number): string {
  const number = Math.floor(packed / 4);
  switch (packed % 4) {
    case 1:
      return `line ${number}`;
    case 2:
      return `[${number}]`;
    case 3:
      return `row ${number}`;
    default:
      return "file";
  }
}

const packDay = (day: string) => Number(day.slice(0, 4)) * 512 + Number(day.slice(5, 7)) * 32 + Number(day.slice(8, 10));
const unpackDay = (packed: number) =>
  `${String(Math.floor(packed / 512)).padStart(4, "0")}-${String(Math.floor(packed / 32) % 16).padStart(2, "0")}-${String(packed % 32).padStart(2, "0")}`;

/** Slots a page: 256 slots of six numbers, 6 kB. */
const PAGE_BITS = 8;
const PAGE_SLOTS = 2 ** PAGE_BITS;
/** A segment grows when an insertion would take it above this share of its slots. */
const MAX_LOAD = 0.9;

/**
 * One part of the table: its slots in pages of {@link PAGE_SLOTS}, grown on its own by adding pages
 * (a quarter more, one page at least). A page, once allocated, is kept for the whole run: a growth
 * copies the segment's entries out to a scratch area shared by all segments, clears the pages, and
 * puts the entries back, so it frees nothing. Growing by allocating a bigger table and dropping the
 * old one left the dropped tables in memory until the next full collection of the JavaScript heap:
 * at a million revisions, when the 128 segments grow within a few thousand reports of each other,
 * some 20 MB of them at once.
 */
interface Segment {
  readonly pages: Uint32Array[];
  capacity: number;
  used: number;
}

/** Segments, chosen by the top bits of a fingerprint: a growth rehashes 1/128 of the table at most. */
const SEGMENT_BITS = 7;

/** The slot of a fingerprint in a segment: where it is, or the empty slot where it would go. */
function find(pages: readonly Uint32Array[], size: number, a: number, b: number): number {
  // The low bits of `b` pick the slot (the segment was picked by the top bits of `a`).
  let index = Math.floor((((b ^ Math.imul(a, 0x9e3779b1)) >>> 0) / 2 ** 32) * size);
  while (true) {
    const page = pages[index >>> PAGE_BITS]!;
    const at = (index & (PAGE_SLOTS - 1)) * STRIDE;
    const first = page[at]!;
    if (first === EMPTY || (first === a && page[at + 1] === b)) return index;
    index = index + 1 === size ? 0 : index + 1;
  }
}

/** The scratch area of a store's growths: as large as its largest segment grown so far, reused by every growth. */
interface Scratch {
  slots: Uint32Array;
}

function grow(segment: Segment, area: Scratch): void {
  const { pages } = segment;
  const count = segment.used * STRIDE;
  if (area.slots.length < count) area.slots = new Uint32Array(Math.max(count, area.slots.length * 2));
  const scratch = area.slots;
  let taken = 0;
  for (const page of pages) {
    for (let at = 0; at < page.length; at += STRIDE) {
      if (page[at] === EMPTY) continue;
      scratch.set(page.subarray(at, at + STRIDE), taken);
      taken += STRIDE;
    }
    page.fill(EMPTY);
  }
  const added = Math.max(1, Math.ceil(pages.length / 4));
  for (let page = 0; page < added; page++) pages.push(new Uint32Array(PAGE_SLOTS * STRIDE));
  segment.capacity = pages.length * PAGE_SLOTS;
  for (let from = 0; from < taken; from += STRIDE) {
    const index = find(pages, segment.capacity, scratch[from]!, scratch[from + 1]!);
    pages[index >>> PAGE_BITS]!.set(scratch.subarray(from, from + STRIDE), (index & (PAGE_SLOTS - 1)) * STRIDE);
  }
}

/** The store of one run. */
export function revisionStore() {
  const segments: Segment[] = Array.from({ length: 2 ** SEGMENT_BITS }, () => ({
    pages: [new Uint32Array(PAGE_SLOTS * STRIDE)],
    capacity: PAGE_SLOTS,
    used: 0,
  }));
  const scratch: Scratch = { slots: new Uint32Array(0) };
  let used = 0;
  const segmentOf = (a: number) => segments[a >>> (32 - SEGMENT_BITS)]!;
  const has = (report: NationalReport, revision: number) => {
    const [a, b] = fingerprint(report, revision);
    const { pages, capacity } = segmentOf(a);
    const index = find(pages, capacity, a, b);
    return pages[index >>> PAGE_BITS]![(index & (PAGE_SLOTS - 1)) * STRIDE] !== EMPTY;
  };

  return {
    /**
     * Records one valid submission; returns the conflict when a submission of the same report and
     * revision with other content was read before. An identical one is no conflict.
     */
    add(report: NationalReport, file: number, where: string): StoredConflict | undefined {
      const [a, b] = fingerprint(report, report.revision);
      const segment = segmentOf(a);
      if (segment.used + 1 > segment.capacity * MAX_LOAD) grow(segment, scratch);
      const index = find(segment.pages, segment.capacity, a, b);
      const slots = segment.pages[index >>> PAGE_BITS]!;
      const at = (index & (PAGE_SLOTS - 1)) * STRIDE;
      const digest = Number.parseInt(reportDigest(report).slice(0, 8), 16) >>> 0;
      if (slots[at] === EMPTY) {
        slots[at] = a;
        slots[at + 1] = b;
        slots[at + 2] = digest;
        slots[at + 3] = file;
        slots[at + 4] = packWhere(where);
        slots[at + 5] = packDay(report.submittedOn);
        segment.used++;
        used++;
        return undefined;
      }
      if (slots[at + 2] === digest) return undefined;
      // The next free revision: the first number above this one that no submission read has.
      let next = report.revision + 1;
      while (has(report, next)) next++;
      return { file: slots[at + 3]!, where: unpackWhere(slots[at + 4]!), submittedOn: unpackDay(slots[at + 5]!), next };
    },
    /** How many revisions it holds. */
    get size() {
      return used;
    },
    /** How many slots its segments have in all (each of six 32-bit numbers): for tests of its growth. */
    get capacity() {
      return segments.reduce((sum, segment) => sum + segment.capacity, 0);
    },
  };
}
