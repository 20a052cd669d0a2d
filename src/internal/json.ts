/** A path into a JSON value: object keys and array indices. */
export type JsonPath = readonly (string | number)[];

/** True for an object created by `{}`, JSON.parse or `Object.create(null)`: not an array, Date, Map… */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Own enumerable string keys, read without touching getters' prototypes. */
export function ownKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value);
}

/** Reads an own property (never an inherited one such as `constructor`). */
export function own(value: unknown, key: string): unknown {
  if (typeof value !== "object" || value === null) return undefined;
  const descriptor = Object.getOwnPropertyDescriptor(value, key);
  return descriptor && "value" in descriptor ? descriptor.value : undefined;
}

/** Sets a key as an own data property, so that `__proto__` stays a key and never a prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** A deep copy of a JSON value (already checked to be one), frozen, with every key kept. */
export function copyJsonFrozen<TValue>(value: TValue): TValue {
  if (Array.isArray(value)) return Object.freeze(value.map(copyJsonFrozen)) as TValue;
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) setOwn(out, key, copyJsonFrozen((value as Record<string, unknown>)[key]));
    return Object.freeze(out) as TValue;
  }
  return value;
}

/** Canonical JSON text of a JSON value: the same for equal values, keys in their given order. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value);
}

/** Deep equality of two JSON values, key order ignored. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => jsonEqual(item, other[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(right, key) && jsonEqual(left[key], right[key]));
}

/** A path written for people: `entries[2].activities[0].from`. */
export function pathText(path: JsonPath): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === "" ? "(the report)" : out;
}

/** A short description of a value for a message: `null`, `a list`, `"2006-02-30"`, `12.5`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value;
}
