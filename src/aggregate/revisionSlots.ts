import type { Ledger } from "../ledger/store.js";
import { reportDigest } from "../ledger/reportDigest.js";
import type { NationalReport } from "../reports/schema.js";
import { iterateSource } from "./iterateSource.js";
import type { BackdatedRevision, ConflictingSubmission, RevisionConflict, RevisionNotes } from "./types.js";

// The revisions of one report (reporter, catalogue version, year) as the aggregates hold them, and
// the one rule that settles which of them counts: shared by the accumulator (which holds entries)
// and the mirror check (which holds whole reports). Not exported from the package.

/**
 * One revision number of one report: its first submission's identity (flat, no object per
 * submission) and, apart, any that differ.
 */
export interface RevisionSlot<TValue> {
  readonly revision: number;
  /** The first submission's `id`, `submittedOn` and content digest. */
  readonly id: string;
  readonly submittedOn: string;
  readonly digest: string;
  /** What the aggregate counts of it; `undefined` when it can never count (dated after `asOf`). */
  readonly value: TValue | undefined;
  /** Other submissions of the same revision with other content, by digest: a conflict. */
  others: Map<string, ConflictingSubmission> | undefined;
}

/** The revisions of one report, in order of revision number (each number once). */
export interface ReportSlots<TValue> {
  readonly reporter: string;
  readonly catalogue: string;
  readonly year: number;
  readonly revisions: RevisionSlot<TValue>[];
}

const submissionOf = (slot: RevisionSlot<unknown>): ConflictingSubmission => ({ id: slot.id, submittedOn: slot.submittedOn, digest: slot.digest });

/**
 * Adds a submission to a report's revisions. The same content again (equal digests) changes
 * nothing; other content under a revision number already held makes that revision a conflict. The
 * result is the same whatever order submissions come in: the slot keeps the set of digests.
 * Revisions mostly come in order, so the place of a new one is looked for from the end.
 */
export function addSubmission<TValue>(slots: ReportSlots<TValue>, slot: RevisionSlot<TValue>): void {
  const list = slots.revisions;
  let index = list.length;
  while (index > 0 && list[index - 1]!.revision > slot.revision) index--;
  const held = index > 0 ? list[index - 1]! : undefined;
  if (held === undefined || held.revision !== slot.revision) {
    if (index === list.length) list.push(slot);
    else list.splice(index, 0, slot);
    return;
  }
  if (slot.digest !== held.digest) {
    held.others ??= new Map();
    held.others.set(slot.digest, submissionOf(slot));
  }
  if (slot.others) {
    for (const other of slot.others.values()) {
      if (other.digest === held.digest) continue;
      held.others ??= new Map();
      held.others.set(other.digest, other);
    }
  }
}

/** What counts of one report: the revision counted, when any, and what is said of the others. */
export interface Settled<TValue> {
  /** The counted revision: the highest clean one that counts by `asOf`. */
  readonly counted: RevisionSlot<TValue> | undefined;
  /** The day the state first replied: the `submittedOn` of the lowest clean revision. */
  readonly firstSubmittedOn: string | undefined;
  /** The day the counted revision counts from: the latest `submittedOn` of it and the clean revisions below it. */
  readonly countsFrom: string | undefined;
  readonly conflicts: readonly RevisionConflict[];
  readonly backdated: readonly BackdatedRevision[];
}

const bySubmission = (a: ConflictingSubmission, b: ConflictingSubmission) =>
  a.submittedOn !== b.submittedOn
    ? a.submittedOn < b.submittedOn
      ? -1
      : 1
    : a.id !== b.id
      ? a.id < b.id
        ? -1
        : 1
      : a.digest < b.digest
        ? -1
        : a.digest > b.digest
          ? 1
          : 0;

/**
 * Settles one report's revisions:
 *
 * - a revision submitted twice with different content is a conflict: it is not counted and is
 *   not a predecessor of any other (as if it had not been sent), and is listed with its submissions;
 * - each clean revision counts from the later of its own `submittedOn` and the day its predecessor
 *   counts from (a correction cannot have been sent before what it corrects); one dated before
 *   an earlier revision is listed as back-dated;
 * - the revision counted is the highest clean one whose day is on or before `asOf` (any, without it);
 * - the state first replied on the `submittedOn` of the lowest clean revision: "late" is judged on it.
 */
export function settle<TValue>(
  slots: ReportSlots<TValue>,
  asOf: string | undefined,
  conflicts: RevisionConflict[] = [],
  backdated: BackdatedRevision[] = [],
): Settled<TValue> {
  // One clean revision, as most reports have: it counts when dated by asOf.
  if (slots.revisions.length === 1) {
    const only = slots.revisions[0]!;
    if (only.others === undefined || only.others.size === 0) {
      const counts = asOf === undefined || only.submittedOn <= asOf;
      return {
        counted: counts ? only : undefined,
        firstSubmittedOn: counts ? only.submittedOn : undefined,
        countsFrom: counts ? only.submittedOn : undefined,
        conflicts,
        backdated,
      };
    }
  }
  const { reporter, catalogue, year } = slots;
  let counted: RevisionSlot<TValue> | undefined;
  let countsFrom: string | undefined;
  let firstSubmittedOn: string | undefined;
  let latest: RevisionSlot<TValue> | undefined;
  for (const slot of slots.revisions) {
    if (slot.others && slot.others.size > 0) {
      const submissions = [submissionOf(slot), ...slot.others.values()].sort(bySubmission);
      conflicts.push({ reporter, catalogue, year, revision: slot.revision, submissions });
      continue;
    }
    const { submittedOn } = slot;
    firstSubmittedOn ??= submittedOn;
    if (latest && submittedOn < latest.submittedOn) {
      backdated.push({ reporter, catalogue, year, revision: slot.revision, submittedOn, earlier: latest.revision, earlierSubmittedOn: latest.submittedOn });
    } else latest = slot;
    if (asOf === undefined || latest.submittedOn <= asOf) {
      counted = slot;
      countsFrom = latest.submittedOn;
    }
  }
  return { counted, firstSubmittedOn: counted ? firstSubmittedOn : undefined, countsFrom, conflicts, backdated };
}

/** Orders notes on reports by reporter, catalogue, year and revision. */
export function compareNotes(
  a: { readonly reporter: string; readonly catalogue: string; readonly year: number; readonly revision: number },
  b: { readonly reporter: string; readonly catalogue: string; readonly year: number; readonly revision: number },
): number {
  if (a.reporter !== b.reporter) return a.reporter < b.reporter ? -1 : 1;
  if (a.catalogue !== b.catalogue) return a.catalogue < b.catalogue ? -1 : 1;
  if (a.year !== b.year) return a.year - b.year;
  return a.revision - b.revision;
}

/** The notes of a summary on the years `from` to `to` (and one catalogue version, when given). */
export function notesOf(
  summary: { readonly conflicts?: readonly RevisionConflict[]; readonly backdated?: readonly BackdatedRevision[] },
  from: number,
  to: number,
  catalogue?: string,
): RevisionNotes {
  const keep = (note: { readonly year: number; readonly catalogue: string }) =>
    note.year >= from && note.year <= to && (catalogue === undefined || note.catalogue === catalogue);
  return { conflicts: (summary.conflicts ?? []).filter(keep), backdated: (summary.backdated ?? []).filter(keep) };
}

/**
 * An array with the notes as two more properties, as countEntries and trend return: not
 * enumerable, so that the rows compare, spread and serialise as the plain array they were before.
 */
export function withNotes<TRow>(rows: TRow[], notes: RevisionNotes): TRow[] & RevisionNotes {
  Object.defineProperty(rows, "conflicts", { value: notes.conflicts, enumerable: false });
  Object.defineProperty(rows, "backdated", { value: notes.backdated, enumerable: false });
  return rows as TRow[] & RevisionNotes;
}

/** One report of a year, settled: its revisions and what counts of them. */
export interface SettledReport {
  readonly reporter: string;
  readonly catalogue: string;
  readonly settled: Settled<NationalReport>;
}

/**
 * Every report of `year` in `source`, settled by the one rule (conflicts not counted, back-dated
 * revisions counted from their predecessor's day, the highest clean revision counted by `asOf`),
 * in a fixed order (reporter, then catalogue version) whatever the order of the source. Shared by
 * the mirror check and the plan's execution, which need whole reports.
 */
export function settledReports(source: Ledger | Iterable<NationalReport>, year: number, asOf: string | undefined): SettledReport[] {
  const slotsOf = new Map<string, ReportSlots<NationalReport>>();
  for (const report of iterateSource(source)) {
    if (report.year !== year) continue;
    const key = `${report.reporter}\u0000${report.catalogue}`;
    let slots = slotsOf.get(key);
    if (!slots) slotsOf.set(key, (slots = { reporter: report.reporter, catalogue: report.catalogue, year, revisions: [] }));
    addSubmission(slots, {
      revision: report.revision,
      id: report.id,
      submittedOn: report.submittedOn,
      digest: reportDigest(report),
      value: report,
      others: undefined,
    });
  }
  return [...slotsOf.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, slots]) => ({ reporter: slots.reporter, catalogue: slots.catalogue, settled: settle(slots, asOf) }));
}
