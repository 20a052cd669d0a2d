/** Freezes a value and everything reachable from it (plain objects and arrays). Returns it. */
export function deepFreeze<TValue>(value: TValue): TValue {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A copy of an object without the keys whose value is `undefined` (for exact optional types). */
export function compact<TValue extends object>(value: TValue): TValue {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== undefined) out[key] = entry;
  return out as TValue;
}

/** A deep copy of plain data (arrays and plain objects); frozen parts are shared, not copied. */
export function copyData<TValue>(value: TValue): TValue {
  if (Array.isArray(value)) return value.map(copyData) as TValue;
  if (typeof value === "object" && value !== null) {
    if (Object.isFrozen(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) out[key] = copyData(entry);
    return out as TValue;
  }
  return value;
}
