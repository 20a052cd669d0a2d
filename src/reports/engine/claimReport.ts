import {
  type CopyShape,
  type JsonPath,
  SNAPSHOT_DEPTH,
  type Snapshot,
  type SnapshotCut,
  type SnapshotLimits,
  TOO_DEEP,
  TOO_LARGE,
  setOwn,
} from "../../internal/json.js";
import { REPORT_LIMITS as L } from "../limits.js";
import { DATE_PATTERN, EVIDENCE_URI_PATTERN } from "../patterns.js";
import { ACCESS_LEVELS, REPORT_SCHEMA_V1 } from "../schemaIds.js";
import { STRUCTURE_SHAPES, type Shape, type Type } from "./checkStructure.js";

/** What the in-place pass makes of a report's parsed text: a {@link Snapshot}, and whether its structure needs checking. */
export interface ClaimedReport extends Snapshot {
  /**
   * True when the pass found the value to be exactly what the format's structure asks for, so
   * that {@link checkStructure} would add no issue: every field of the right type and within its
   * limits, every required field there, no other key. False says nothing: the structure is checked.
   */
  readonly clean: boolean;
}

/**
 * A position of the format, for the in-place pass: how it is cut (the {@link CopyShape} of a
 * report, as validateReport's snapshot cuts it) and what the structure asks of the value there.
 */
interface Expected extends CopyShape {
  readonly keys?: ReadonlyMap<string, Expected>;
  readonly list?: { readonly max: number; readonly items: Expected };
  /** The type the structure asks for here. */
  readonly type: Type;
  /** True when the position is a field its object must have. */
  readonly required: boolean;
  /** For an object: how many fields it must have. */
  readonly fields: number;
  /** For an object: its fields in the format's order, which is the order most reports write them in. */
  readonly order?: readonly Expected[];
  /** For a field: its key. */
  readonly key: string | undefined;
}

const NONE: readonly Expected[] = [];

/** The shape of a free-form value, or of a key the format does not name: cut as any leaf, never checked. */
const FREE: Expected = { type: { kind: "record" }, required: false, fields: 0, key: undefined };

function expectedOf(type: Type, required: boolean, key?: string): Expected {
  switch (type.kind) {
    case "list":
      return { list: { max: type.max, items: expectedOf(type.items, false) }, type, required, fields: 0, key };
    case "object":
      return { ...expectedShape(type.shape), type, required, key };
    case "record":
      // `extensions`: free-form data with its own budget, as validateReport's snapshot copies it.
      return { own: L.extensionNodes, type, required, fields: 0, key };
    default:
      return { type, required, fields: 0, key };
  }
}

function expectedShape(shape: Shape): Pick<Expected, "keys" | "fields" | "order"> {
  const order = shape.fields.map((field) => expectedOf(field.type, !field.optional, field.key));
  return { keys: new Map(order.map((field) => [field.key!, field] as const)), fields: order.filter((field) => field.required).length, order };
}

const rootOf = (shape: Shape): Expected => expectedOf({ kind: "object", shape }, true);
/** The two versions of the format; a report@1 is checked as one, anything else as the current version (as checkStructure does). */
const REPORT_V1 = rootOf(STRUCTURE_SHAPES.REPORT_V1);
const REPORT_V2 = rootOf(STRUCTURE_SHAPES.REPORT_V2);

/**
 * True when `Object.prototype` holds nothing the structure check would read: no enumerable key
 * (which it would list as unrecognized) and none of the format's optional keys (which it would read
 * for a missing field; a clean report has every required field of its own). Parsed objects inherit
 * from it, and a program may have added to it. The keys are written out, not looped over: a loop
 * costs ten times as much, on every report (a test holds the list to the format's optional keys).
 */
function plainPrototype(): boolean {
  const p = Object.prototype;
  for (const key in p) if (key !== undefined) return false;
  return !(
    "nil" in p ||
    "access" in p ||
    "extensions" in p ||
    "activities" in p ||
    "remarks" in p ||
    "nothingNewSince" in p ||
    "to" in p ||
    "partners" in p ||
    "venue" in p ||
    "evidence" in p ||
    "title" in p
  );
}

/**
 * True when a text, number, boolean or null is what `type` asks for, so that checkStructure has
 * nothing to say of it. Stricter where that is cheaper: a text longer than its limit in UTF-16
 * units (which may still be within it in characters) is left to checkStructure.
 */
function fits(value: unknown, type: Type): boolean {
  switch (type.kind) {
    case "text":
      return typeof value === "string" && value.length > 0 && value.length <= type.max;
    case "date":
      return typeof value === "string" && DATE_PATTERN.test(value);
    case "uri":
      return typeof value === "string" && value.length <= L.uri && EVIDENCE_URI_PATTERN.test(value);
    case "int":
      return typeof value === "number" && Number.isInteger(value) && value >= type.min && value <= (type.max ?? Number.MAX_SAFE_INTEGER);
    case "boolean":
      return typeof value === "boolean";
    case "access":
      return value === ACCESS_LEVELS[0] || value === ACCESS_LEVELS[1];
    case "tag":
      return value === type.tag;
    default:
      return false;
  }
}

/**
 * What {@link snapshot} makes of a report, made in place, for a value the caller owns that holds
 * plain data only: the output of `JSON.parse` (arrays, plain objects with `__proto__` an own key,
 * texts, numbers, booleans and null, without getters, Proxies, cycles or shared containers). The
 * same cuts, the same markers ({@link TOO_DEEP}, {@link TOO_LARGE}) at the same places and the same
 * budgets as `snapshot(input, REPORT_SHAPE, limits)`, every container frozen, and no copy: a list
 * over its limit is shortened to it, a container that passes a budget ends at the marker.
 *
 * In the same walk it looks at what the structure check reads (the types, limits, required and
 * unknown keys of the format), so that a report whose structure is sound is not walked a second
 * time: `clean` says so. Anything unusual (a wrong type, a missing field, a long text) leaves
 * `clean` false, and checkStructure then finds and words the issues, as it always has.
 */
export function claimReport(input: unknown, limits: SnapshotLimits): ClaimedReport {
  const path: (string | number)[] = [];
  const cuts: SnapshotCut[] = [];
  let values = 0;
  let spent = false;
  // The budget of the free-form value being walked, or undefined outside one.
  let budget: { left: number; readonly max: number; readonly own: boolean; cut: boolean; root: JsonPath } | undefined;
  let clean = true;
  const plain = plainPrototype();

  // As in snapshot (whose bundle, a form's, stays without this pass): a value counted against the
  // budgets, false once one is spent.
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

  // The common case, without a call or a path step: a text, number, boolean or null within the
  // budgets is counted and kept (what `take` does when it returns true).
  const counted = (value: unknown): boolean => {
    if ((typeof value === "object" && value !== null) || spent || values >= limits.values) return false;
    if (budget !== undefined) {
      if (budget.left <= 0) return false;
      budget.left--;
    }
    values++;
    return true;
  };

  const visit = (item: unknown, at: Expected, depth: number): unknown => {
    if (typeof item !== "object" || item === null) {
      // The loops count the texts and numbers within the budgets: this is a spent budget, or a
      // report that is not an object.
      clean = false;
      return take() ? item : TOO_LARGE;
    }
    const isArray = Array.isArray(item);
    // Within the format, a list where it expects a list, an object where it expects an object or a record.
    const outer = budget;
    if (budget === undefined && (at.own !== undefined || (isArray ? at.list === undefined : at.keys === undefined))) {
      // Within the format, a list where it expects a list, an object where it expects an object or a record.
      if (isArray || at.own === undefined) clean = false;
      budget = { left: at.own ?? limits.free, max: at.own ?? limits.free, own: at.own !== undefined, cut: false, root: [...path] };
    }
    try {
      if (!take()) return TOO_LARGE;
      if (depth > SNAPSHOT_DEPTH) return TOO_DEEP;
      // Outside free-form data: the format's own lists and objects, checked as they are walked.
      const within = budget === undefined;
      if (isArray) {
        const list = item as unknown[];
        if (within && list.length > at.list!.max) {
          cuts.push({ kind: "list", path: [...path], length: list.length, max: at.list!.max });
          list.length = at.list!.max;
        }
        const items = within ? at.list!.items : FREE;
        for (let index = 0; index < list.length; index++) {
          const value = list[index];
          if (counted(value)) {
            if (within && !fits(value, items.type)) clean = false;
            continue;
          }
          path.push(index);
          const out = visit(value, items, depth + 1);
          path.pop();
          if (out === value) continue;
          list[index] = out;
          if (out === TOO_LARGE) {
            list.length = index + 1;
            break;
          }
        }
      } else {
        const object = item as Record<string, unknown>;
        let required = 0;
        // The next of the format's fields to look for: keys mostly come in the format's order, and
        // comparing two keys that JSON.parse and the code both intern is cheaper than a look-up.
        let next = 0;
        const order = within ? at.order! : NONE;
        // A container cut short (a budget spent) loses its keys after the cut, as the snapshot does.
        let cutting = false;
        // `for…in` reads each value through the engine's cache of the object's keys, where
        // Object.keys and a look-up by key cost twice as much; an inherited key shows only when a
        // program has added an enumerable one to Object.prototype, and is passed over then.
        for (const key in object) {
          if (!plain && !Object.hasOwn(object, key)) continue;
          if (cutting) {
            delete object[key];
            continue;
          }
          const value = object[key];
          let field: Expected | undefined;
          if (within) {
            for (let slot = next; slot < order.length; slot++) {
              if (order[slot]!.key === key) {
                field = order[slot];
                next = slot + 1;
                break;
              }
            }
            field ??= at.keys!.get(key);
            if (field === undefined) clean = false;
            else if (field.required) required++;
          }
          if (counted(value)) {
            if (field !== undefined && !fits(value, field.type)) clean = false;
            continue;
          }
          path.push(key);
          const out = visit(value, field ?? FREE, depth + 1);
          path.pop();
          if (out === value) continue;
          setOwn(object, key, out);
          if (out === TOO_LARGE) cutting = true;
        }
        if (within && required < at.fields) clean = false;
      }
      return Object.freeze(item);
    } finally {
      budget = outer;
    }
  };
  const root = typeof input === "object" && input !== null && (input as { schema?: unknown }).schema === REPORT_SCHEMA_V1 ? REPORT_V1 : REPORT_V2;
  const value = visit(input, root, 0);
  return { value, cuts, spent, clean: clean && plain };
}
