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
// never holds two copies of the whole.
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

/** One part of the table: its own slots, grown on its own, so that growing never copies the whole. */
interface Segment {
  slots: Uint32Array;
  capacity: number;
  used: number;
}

/** Segments, chosen by the top bits of a fingerprint: a growth copies 1/128 of the table at most. */
const SEGMENT_BITS = 7;

/** The slot of a fingerprint in a table: where it is, or the empty slot where it would go. */
function find(table: Uint32Array, size: number, a: number, b: number): number {
  // The low bits of `b` pick the slot (the segment was picked by the top bits of `a`).
  let index = Math.floor((((b ^ Math.imul(a, 0x9e3779b1)) >>> 0) / 2 ** 32) * size);
  while (true) {
    const at = index * STRIDE;
    const first = table[at]!;
    if (first === EMPTY || (first === a && table[at + 1] === b)) return at;
    index = index + 1 === size ? 0 : index + 1;
  }
}

function grow(segment: Segment): void {
  const size = Math.ceil(segment.capacity * 1.25);
  const next = new Uint32Array(size * STRIDE);
  const { slots } = segment;
  for (let at = 0; at < slots.length; at += STRIDE) {
    if (slots[at] === EMPTY) continue;
    next.set(slots.subarray(at, at + STRIDE), find(next, size, slots[at]!, slots[at + 1]!));
  }
  segment.slots = next;
  segment.capacity = size;
}

/** The store of one run. */
export function revisionStore() {
  const segments: Segment[] = Array.from({ length: 2 ** SEGMENT_BITS }, () => ({ slots: new Uint32Array(256 * STRIDE), capacity: 256, used: 0 }));
  let used = 0;
  const segmentOf = (a: number) => segments[a >>> (32 - SEGMENT_BITS)]!;
  const has = (report: NationalReport, revision: number) => {
    const [a, b] = fingerprint(report, revision);
    const segment = segmentOf(a);
    return segment.slots[find(segment.slots, segment.capacity, a, b)] !== EMPTY;
  };

  return {
    /**
     * Records one valid submission; returns the conflict when a submission of the same report and
     * revision with other content was read before. An identical one is no conflict.
     */
    add(report: NationalReport, file: number, where: string): StoredConflict | undefined {
      const [a, b] = fingerprint(report, report.revision);
      const segment = segmentOf(a);
      if ((segment.used + 1) / segment.capacity > 0.9) grow(segment);
      const { slots } = segment;
      const at = find(slots, segment.capacity, a, b);
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
  };
}
