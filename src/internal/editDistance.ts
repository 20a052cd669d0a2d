/**
 * The optimal-string-alignment distance between two strings (insertions, deletions, substitutions
 * and transpositions of neighbours, each 1), or `max + 1` as soon as it must exceed `max`. For
 * "did you mean" suggestions on short vocabulary words.
 *
 * @internal
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      if (value < smallest) smallest = value;
    }
    if (smallest > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/**
 * The one word of `words` nearest to `value` within `max` edits, or `undefined` when none is that
 * near or two are equally near (a suggestion must be unambiguous).
 *
 * @internal
 */
export function nearest(value: string, words: readonly string[], max: number): string | undefined {
  let best: string | undefined;
  let bestDistance = max + 1;
  let tie = false;
  for (const word of words) {
    const distance = editDistance(value, word, max);
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance && distance <= max) tie = true;
  }
  return bestDistance <= max && !tie ? best : undefined;
}
