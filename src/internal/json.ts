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
  if (typeof value !== "object" || value === null || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
  return (value as Record<string, unknown>)[key];
}

/** Marks, in a snapshot, a value that refers back to one of its own containers. */
export const CYCLE: object = Object.freeze(Object.create(null));
/** Marks, in a snapshot, a value nested deeper than any report can be. */
export const TOO_DEEP: object = Object.freeze(Object.create(null));
const SNAPSHOT_DEPTH = 64;

/**
 * A copy of the plain data in a value, reading each property once (so a getter cannot answer the
 * validation one thing and the copy another): arrays and plain objects are copied, with every
 * key kept (`__proto__` too); other values are kept as they are, for validation to judge. A cycle
 * becomes {@link CYCLE}, nesting past 64 levels {@link TOO_DEEP}. With `freeze`, every array and
 * object of the copy is frozen as it is made; a copy belongs to its caller, so nothing else sees it
 * before.
 */
export function snapshot(value: unknown, freeze = false): unknown {
  // The containers on the path to the value being copied: a report is a few levels deep, so a
  // short list is cheaper to search than a Set is to fill and empty.
  const ancestors: object[] = [];
  const copy = (item: unknown, depth: number): unknown => {
    if (typeof item !== "object" || item === null) return item;
    const isArray = Array.isArray(item);
    if (!isArray && !isPlainObject(item)) return item;
    if (ancestors.includes(item)) return CYCLE;
    if (depth > SNAPSHOT_DEPTH) return TOO_DEEP;
    ancestors.push(item);
    let out: unknown;
    if (isArray) {
      const list = item as unknown[];
      const array = new Array<unknown>(list.length);
      for (let index = 0; index < list.length; index++) array[index] = copy(list[index], depth + 1);
      out = array;
    } else {
      const object: Record<string, unknown> = {};
      for (const key of Object.keys(item)) setOwn(object, key, copy((item as Record<string, unknown>)[key], depth + 1));
      out = object;
    }
    ancestors.pop();
    return freeze ? Object.freeze(out) : out;
  };
  return copy(value, 0);
}

/** Sets a key as an own data property, so that `__proto__` stays a key and never a prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
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
  if (value === CYCLE) return "a cycle";
  if (value === TOO_DEEP) return "a value nested too deep";
  if (Array.isArray(value)) return "a list";
  if (isPlainObject(value)) return "an object";
  if (typeof value === "object") return `a ${Object.prototype.toString.call(value).slice(8, -1)}`;
  if (typeof value === "string") {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value;
}
