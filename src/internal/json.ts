/** A path into a JSON value: object keys and array indices. */
export type JsonPath = readonly (string | number)[];

/** True for an object created by `{}`, JSON.parse or `Object.create(null)`: not an array, Date, Map… */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Reads an own property (never an inherited one such as `constructor`). */
export function own(value: unknown, key: string): unknown {
  if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
  return (value as Record<string, unknown>)[key];
}

/** Marks, in a snapshot, a value that refers back to one of its own containers. */
export const CYCLE: object = Object.freeze(Object.create(null));
/** Marks, in a snapshot, a value nested deeper than any report can be. */
export const TOO_DEEP: object = Object.freeze(Object.create(null));
/** Marks, in a snapshot, where copying stopped: the value holds more values than its budget. */
export const TOO_LARGE: object = Object.freeze(Object.create(null));
/** How deep a snapshot goes before it marks a value {@link TOO_DEEP}. */
export const SNAPSHOT_DEPTH = 64;

/**
 * What a snapshot knows of the value it copies: the lists it cuts, and where data is free-form.
 * A position without `keys` or `list` holds a text or a number; an object or a list found there,
 * and the value of any key not named in `keys`, is free-form: each copied within `SnapshotLimits.free`.
 */
export interface CopyShape {
  /** An object's known keys and their shapes. */
  readonly keys?: ReadonlyMap<string, CopyShape>;
  /** A list: the most items copied (the rest are cut), and the shape of each item. */
  readonly list?: { readonly max: number; readonly items: CopyShape };
  /** Free-form data with a budget of its own (such as a report's `extensions`). */
  readonly own?: number;
}

/** The budgets of a snapshot. */
export interface SnapshotLimits {
  /** Values copied in all, a value counted each time it is reached (a shared object at each place). */
  readonly values: number;
  /** Values copied of each free-form value without a budget of its own. */
  readonly free: number;
}

/** Where a snapshot copied less than the input holds. */
export type SnapshotCut =
  /** A list longer than its shape's `max`: its first `max` items were copied. */
  | { readonly kind: "list"; readonly path: JsonPath; readonly length: number; readonly max: number }
  /**
   * A value with more values than a budget: copying stopped at {@link TOO_LARGE}. `path` is the
   * free-form value that went over its budget, or where the whole budget ran out.
   */
  | { readonly kind: "values"; readonly path: JsonPath; readonly max: number; readonly own: boolean };

/** A snapshot, frozen, and where it is cut. With a `values` cut the copy is not to be checked. */
export interface Snapshot {
  readonly value: unknown;
  readonly cuts: readonly SnapshotCut[];
  /** True when the whole budget was spent: the copy stops short and only the cuts say anything. */
  readonly spent: boolean;
}

const LEAF: CopyShape = {};

/**
 * A frozen copy of the plain data in a value, reading each property once (so a getter cannot
 * answer the validation one thing and the copy another): arrays and plain objects are copied, with
 * every key kept (`__proto__` too); other values are kept as they are, for validation to judge. A
 * cycle becomes {@link CYCLE}, nesting past 64 levels {@link TOO_DEEP}.
 *
 * The copy costs no more than the limits allow, whatever the input: a list is cut at its shape's
 * `max` before any item is read (so a sparse list with a `length` of 2^32 - 1 costs nothing), and
 * every value reached counts against a budget (a shared object once at each place it is reached, so
 * shared objects nested deep cannot expand the copy). What was cut is returned in `cuts`, for the
 * caller to report.
 */
export function snapshot(input: unknown, shape: CopyShape, limits: SnapshotLimits): Snapshot {
  // The containers on the path to the value being copied: a report is a few levels deep, so a
  // short list is cheaper to search than a Set is to fill and empty.
  const ancestors: object[] = [];
  // The path of the value being copied, as a stack (copied only for a cut).
  const path: (string | number)[] = [];
  const cuts: SnapshotCut[] = [];
  let values = 0;
  let spent = false;
  // The budget of the free-form value being copied, or undefined outside one.
  let budget: { left: number; readonly max: number; readonly own: boolean; cut: boolean; root: JsonPath } | undefined;

  /** Counts a value against the budgets: false (and the copy stops there) once one is spent. */
  const take = (): boolean => {
    if (spent) return false;
    if (++values > limits.values) {
      spent = true;
      cuts.push({ kind: "values", path: [...path], max: limits.values, own: false });
      return false;
    }
    if (budget === undefined) return true;
    if (budget.left > 0) {
      budget.left--;
      return true;
    }
    if (!budget.cut) {
      budget.cut = true;
      cuts.push({ kind: "values", path: budget.root, max: budget.max, own: budget.own });
    }
    return false;
  };

  const copy = (item: unknown, at: CopyShape, depth: number): unknown => {
    const outer = budget;
    const isArray = Array.isArray(item);
    const container = isArray || isPlainObject(item);
    // A container where the shape expects none (or the other kind) is free-form.
    if (container && budget === undefined && (at.own !== undefined || (isArray ? at.list === undefined : at.keys === undefined))) {
      budget = { left: at.own ?? limits.free, max: at.own ?? limits.free, own: at.own !== undefined, cut: false, root: [...path] };
    }
    try {
      if (!take()) return TOO_LARGE;
      if (!container) return item;
      if (ancestors.includes(item as object)) return CYCLE;
      if (depth > SNAPSHOT_DEPTH) return TOO_DEEP;
      ancestors.push(item as object);
      let out: unknown[] | Record<string, unknown>;
      if (isArray) {
        const list = item as unknown[];
        const length = list.length;
        let count = length;
        if (budget === undefined && length > at.list!.max) {
          cuts.push({ kind: "list", path: [...path], length, max: at.list!.max });
          count = at.list!.max;
        }
        const items = budget === undefined ? at.list!.items : LEAF;
        const array: unknown[] = [];
        // Free-form lists stop at TOO_LARGE, however long they claim to be.
        for (let index = 0; index < count; index++) {
          path.push(index);
          const value = copy(list[index], items, depth + 1);
          path.pop();
          array.push(value);
          if (value === TOO_LARGE) break;
        }
        out = array;
      } else {
        const object: Record<string, unknown> = {};
        for (const key of Object.keys(item as object)) {
          path.push(key);
          const value = copy((item as Record<string, unknown>)[key], (budget === undefined ? at.keys!.get(key) : undefined) ?? LEAF, depth + 1);
          path.pop();
          setOwn(object, key, value);
          if (value === TOO_LARGE) break;
        }
        out = object;
      }
      ancestors.pop();
      return Object.freeze(out);
    } finally {
      budget = outer;
    }
  };
  const value = copy(input, shape, 0);
  return { value, cuts, spent };
}

/** Sets a key as an own data property, so that `__proto__` stays a key and never a prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** An object's own keys that hold a value: a key holding `undefined` is absent in JSON. */
const keysWithValues = (record: Record<string, unknown>) => Object.keys(record).filter((key) => record[key] !== undefined);

/**
 * Deep equality of two values as JSON reads them: key order ignored, and a key holding
 * `undefined` the same as a key left out (`JSON.stringify` writes neither; a form's object often
 * holds such keys, and its saved and reloaded copy does not).
 */
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
  const keys = keysWithValues(left);
  if (keys.length !== keysWithValues(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && jsonEqual(left[key], right[key]));
}

/** A path written for people: `entries[2].activities[0].from`. */
export function pathText(path: JsonPath): string {
  let out = "";
  for (const item of path) {
    // A key is the reporter's text and may be megabytes long: a message shows its start.
    const key = typeof item === "string" ? shortText(item) : item;
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === "" ? "(the report)" : out;
}

/** A text for a message, cut to its first 60 characters (and "…") when it is longer than 64. */
export function shortText(value: string): string {
  return value.length > 64 ? `${value.slice(0, 60)}…` : value;
}

/** A short description of a value for a message: `null`, `a list`, `"2006-02-30"`, `12.5`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (value === CYCLE) return "a cycle";
  if (value === TOO_DEEP) return "a value nested too deep";
  if (value === TOO_LARGE) return "a value too large to read";
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
