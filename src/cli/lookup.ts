// Looking up what a user typed (a command, an option's value, a catalogue reference) in a table:
// only the table's own entries count, so `constructor`, `toString` or `__proto__` are unknown
// values, never something inherited from Object.prototype.

/** The entry of `table` named `key`, if the table itself holds one. */
export function own<TValue>(table: Readonly<Record<string, TValue>>, key: string | undefined): TValue | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Whether `value` is one of `allowed` (a typed narrowing of `includes`). */
export function oneOf<const TAllowed extends string>(allowed: readonly TAllowed[], value: string | undefined): value is TAllowed {
  return value !== undefined && (allowed as readonly string[]).includes(value);
}
