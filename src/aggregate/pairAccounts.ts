// The mirror check's pairing of two states' accounts of one measure: an exact, order-independent
// optimum (see findDiscrepancies). Internal: not exported from the package.

/** What the pairing reads of an account: its dates, title and kind. */
export interface Account {
  readonly from: string;
  readonly to: string;
  readonly title: string;
  readonly kind: string;
}

/** Two accounts match when their date ranges overlap, both ends included. */
export const overlaps = (a: Account, b: Account): boolean => a.from <= b.to && b.from <= a.to;

/** Texts in code-unit order, independent of locale. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Accounts in a fixed order: start date, end date, title, kind. */
export function compareSide(a: Account, b: Account): number {
  return compareText(a.from, b.from) || compareText(a.to, b.to) || compareText(a.title, b.title) || compareText(a.kind, b.kind);
}

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;
/** |start − start| + |end − end|, in days. */
const distance = (a: Account, b: Account) => Math.abs(dayNumber(a.from) - dayNumber(b.from)) + Math.abs(dayNumber(a.to) - dayNumber(b.to));

/**
 * The optimal one-to-one pairing of two sorted lists of accounts: for each left account, the index
 * of its right partner, or -1. One cost per pair folds the three criteria into exact integers
 * (bigint, so no rounding decides a tie): a bonus for each pair larger than any difference the
 * other terms can make (the most pairs first), then the date distance, weighted above a tie-break
 * term that makes the vector of partner indices, read in left order, lexicographically smallest
 * (an unpaired left account counting as after every right one). That vector tells matchings
 * apart, so the optimum is unique and any exact solver finds the same one: here the Hungarian
 * method on the square matrix padded with unpaired slots of cost 0, O(k³) for k accounts.
 *
 * `compatible` says which pairs may be made at all: by default two accounts whose dates overlap
 * (the mirror check); the plan's execution passes a stricter test (same measure or area, a
 * proposer or host taking part, and overlapping dates). The criteria above then rank the pairings
 * that test allows.
 */
export function pairAccounts<TLeft extends Account, TRight extends Account>(
  left: readonly TLeft[],
  right: readonly TRight[],
  compatible: (a: TLeft, b: TRight) => boolean = overlaps,
): number[] {
  const m = left.length;
  const n = right.length;
  const pairOf = new Array<number>(m).fill(-1);
  if (m === 0 || n === 0) return pairOf;
  const base = BigInt(n + 1);
  const weight = base ** BigInt(m); // exceeds any difference of the tie-break term
  const size = Math.max(m, n);
  let farthest = 0;
  for (const a of left) for (const b of right) if (compatible(a, b)) farthest = Math.max(farthest, distance(a, b));
  const bonus = BigInt(size) * weight * BigInt(farthest + 1); // exceeds any difference of distance and tie-break
  const cost: bigint[][] = Array.from({ length: size }, (_, i) =>
    Array.from({ length: size }, (_, j) => {
      const a = left[i];
      const b = right[j];
      if (!a || !b || !compatible(a, b)) return 0n;
      return BigInt(distance(a, b)) * weight + BigInt(j - n) * base ** BigInt(m - 1 - i) - bonus;
    }),
  );
  // Hungarian method with potentials (rows 1..size, columns 1..size; column 0 is the free slot).
  const u = new Array<bigint>(size + 1).fill(0n);
  const v = new Array<bigint>(size + 1).fill(0n);
  const rowOf = new Array<number>(size + 1).fill(0);
  const way = new Array<number>(size + 1).fill(0);
  for (let row = 1; row <= size; row++) {
    rowOf[0] = row;
    let column = 0;
    const least: (bigint | undefined)[] = new Array(size + 1).fill(undefined);
    const used = new Array<boolean>(size + 1).fill(false);
    do {
      used[column] = true;
      const i = rowOf[column]!;
      let delta: bigint | undefined;
      let next = 0;
      for (let j = 1; j <= size; j++) {
        if (used[j]) continue;
        const reduced = cost[i - 1]![j - 1]! - u[i]! - v[j]!;
        const held = least[j];
        if (held === undefined || reduced < held) {
          least[j] = reduced;
          way[j] = column;
        }
        const l = least[j]!;
        if (delta === undefined || l < delta) {
          delta = l;
          next = j;
        }
      }
      const step = delta ?? 0n;
      for (let j = 0; j <= size; j++) {
        if (used[j]) {
          u[rowOf[j]!] = u[rowOf[j]!]! + step;
          v[j] = v[j]! - step;
        } else least[j] = least[j]! - step;
      }
      column = next;
    } while (rowOf[column] !== 0);
    do {
      const previous = way[column]!;
      rowOf[column] = rowOf[previous]!;
      column = previous;
    } while (column !== 0);
  }
  for (let j = 1; j <= size; j++) {
    const i = rowOf[j]! - 1;
    const a = left[i];
    const b = right[j - 1];
    if (a && b && compatible(a, b)) pairOf[i] = j - 1;
  }
  return pairOf;
}
