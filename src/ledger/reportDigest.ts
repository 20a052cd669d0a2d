import type { NationalReport } from "../reports/schema.js";
import { REPORT_SCHEMA_ID, REPORT_SCHEMA_V1 } from "../reports/schemaIds.js";
import { upgradeReport } from "../reports/upgradeReport.js";

// A content digest of a report, for telling two submissions of one revision apart without holding
// both: the aggregates and the command line keep digests, not reports. It is the same relation as
// the ledger's `jsonEqual` (key order ignored, a key holding `undefined` absent, arrays in order), hashed: every value is fed with a
// tag for its type and every string with its length, so no two JSON values share a token stream.
// Two 32-bit multiplicative lanes (64 bits in all): for one key and revision there are a handful of
// submissions to compare, so a chance collision (about 2^-64 per pair) is not a practical concern.
// It is not a cryptographic hash: it tells accidental differences apart, not crafted ones (the
// ledger itself compares whole reports). About the cost of `JSON.stringify` of the same report.

let h1 = 0;
let h2 = 0;

function feed(code: number): void {
  h1 = Math.imul(h1 ^ code, 0x9e3779b1);
  h2 = Math.imul(h2 ^ code, 0x85ebca77);
}

function feedString(text: string): void {
  // The loop works on locals, written back once, and takes two UTF-16 units a step: the hot path.
  let a = Math.imul(Math.imul(h1 ^ 0x22, 0x9e3779b1) ^ text.length, 0x9e3779b1);
  let b = Math.imul(Math.imul(h2 ^ 0x22, 0x85ebca77) ^ text.length, 0x85ebca77);
  const end = text.length - 1;
  let index = 0;
  for (; index < end; index += 2) {
    const pair = text.charCodeAt(index) | (text.charCodeAt(index + 1) << 16);
    a = Math.imul(a ^ pair, 0x9e3779b1);
    b = Math.imul((b ^ pair) + (a >>> 17), 0x85ebca77);
  }
  if (index === end) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x9e3779b1);
    b = Math.imul((b ^ code) + (a >>> 17), 0x85ebca77);
  }
  h1 = a;
  h2 = b;
}

function feedValue(value: unknown): void {
  if (value === null || value === undefined) feed(0x6e);
  else if (typeof value === "string") feedString(value);
  else if (typeof value === "number") {
    feed(0x23);
    feedString(String(value));
  } else if (typeof value === "boolean") feed(value ? 0x74 : 0x66);
  else if (Array.isArray(value)) {
    feed(0x5b);
    feed(value.length);
    for (const item of value) feedValue(item);
    feed(0x5d);
  } else if (typeof value === "object") feedObject(value as Record<string, unknown>, false);
  else feed(0x3f);
}

/**
 * Feeds an object. Key order ignored without sorting: each key and its value are hashed apart,
 * from fresh lanes, and the mixed results summed (a sum does not depend on the order of its
 * terms). `upgraded`: feed a top-level `schema` of report@1 as report@2's tag, which is what
 * hashing {@link upgradeReport}'s copy would feed, without making the copy.
 */
function feedObject(record: Record<string, unknown>, upgraded: boolean): void {
  const outer1 = h1;
  const outer2 = h2;
  let sum1 = 0;
  let sum2 = 0;
  let count = 0;
  for (const key in record) {
    const item = record[key];
    // A key holding `undefined` is a key left out, as in JSON and the ledger's `jsonEqual`.
    if (item === undefined || !Object.hasOwn(record, key)) continue;
    h1 = 0x811c9dc5;
    h2 = 0x01000193;
    feedString(key);
    feedValue(upgraded && key === "schema" ? REPORT_SCHEMA_ID : item);
    sum1 = (sum1 + Math.imul(h1 ^ (h1 >>> 15), 0x85ebca6b)) | 0;
    sum2 = (sum2 + Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35)) | 0;
    count++;
  }
  h1 = outer1;
  h2 = outer2;
  feed(0x7b);
  feed(count);
  feed(sum1);
  feed(sum2);
}

/** Hashes a report into the lanes, a report@1 as its upgrade (the version tag aside, they are one content). */
function hashReport(report: NationalReport): void {
  h1 = 0x811c9dc5;
  h2 = 0x01000193;
  const value: unknown = report;
  if (typeof value !== "object" || value === null || Array.isArray(value)) feedValue(upgradeReport(report));
  else if (report.schema === REPORT_SCHEMA_V1 && Object.hasOwn(report, "schema")) feedObject(report as unknown as Record<string, unknown>, true);
  // An inherited report@1 tag (never in parsed data) is made own by the upgrade's copy: hash that copy.
  else if (report.schema === REPORT_SCHEMA_V1) feedValue(upgradeReport(report));
  else feedObject(report as unknown as Record<string, unknown>, false);
  // A final mix so that the last characters reach every bit.
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b) ^ Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x27d4eb2f) ^ Math.imul(h1 ^ (h1 >>> 15), 0x165667b1);
}

const hex = (n: number) => (n >>> 0).toString(16).padStart(8, "0");

/**
 * A digest of a report's whole content (every field, key order ignored, a key holding `undefined`
 * the same as a key left out, as in JSON): two submissions of one
 * revision are the same submission when their digests are equal, as {@link recordReport} judges
 * them. A report@1 and its {@link upgradeReport} (the same report, tagged report@2) are the same
 * content and have one digest. Deterministic (the same report gives the same 16 hex digits on every machine and run) and
 * cheap (one pass over the report, no allocation beyond the keys of each object). The aggregates
 * and the command line keep digests rather than whole reports to find revision conflicts.
 *
 * @param report - A report (validated, e.g. from {@link validateReport}).
 * @returns 16 lowercase hex digits.
 *
 * @example
 * const report = {
 *   schema: "cica-cbm/report@1", id: "MN-2024", reporter: "MN", catalogue: "cica@2021",
 *   year: 2024, revision: 1, submittedOn: "2025-02-10", nil: true, entries: [],
 * } as const;
 * reportDigest(report) === reportDigest({ ...report })
 * //=> true
 * reportDigest(report) === reportDigest({ ...report, submittedOn: "2025-02-11" })
 * //=> false
 * reportDigest(report) === reportDigest(upgradeReport(report))
 * //=> true
 *
 * @category Ledger
 */
export function reportDigest(report: NationalReport): string {
  hashReport(report);
  return hex(h1) + hex(h2);
}

// Not exported from the package: the accumulator keeps a digest for every revision it reads and
// shows one only in a revision conflict, so it keeps the same 64 bits as four UTF-16 units
// (compared as strings, they order as the hex digits do) and writes the hex when it shows one.

/** {@link reportDigest}'s 64 bits as a string of four UTF-16 units. */
export function compactReportDigest(report: NationalReport): string {
  hashReport(report);
  return String.fromCharCode(h1 >>> 16, h1 & 0xffff, h2 >>> 16, h2 & 0xffff);
}

/** The 16 hex digits of {@link reportDigest} from its compact form. */
export function digestHex(compact: string): string {
  let text = "";
  for (let index = 0; index < 4; index++) text += compact.charCodeAt(index).toString(16).padStart(4, "0");
  return text;
}
