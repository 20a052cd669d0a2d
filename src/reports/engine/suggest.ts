import { nearest } from "../../internal/editDistance.js";
import { REPORT_LIMITS as L } from "../limits.js";

/**
 * How a code typed by hand is compared with the codes of a list: full-width and other compatibility
 * forms made plain (NFKC: `２.１` is `2.1`), trimmed, lower case, and each run of spaces and
 * underscores written as `separator` (`"-"` for statuses: `in progress` is `in-progress`; `""` for
 * measure ids, which hold no spaces: `"2.1.2 "` is `2.1.2`).
 */
function variantKey(value: string, separator: string): string {
  return value
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, separator);
}

/** Each list's codes by their key, when the key is one code's only (kept per frozen list). */
const indexes = new WeakMap<readonly { readonly id: string }[], Map<string, Map<string, string | null>>>();

function variantIndex(items: readonly { readonly id: string }[], separator: string): ReadonlyMap<string, string | null> {
  let bySeparator = indexes.get(items);
  let index = bySeparator?.get(separator);
  if (index) return index;
  const built = new Map<string, string | null>();
  for (const { id } of items) {
    const key = variantKey(id, separator);
    // Two codes with one key (`A1` and `a1`): neither is suggested, a suggestion must be unambiguous.
    built.set(key, built.has(key) && built.get(key) !== id ? null : id);
  }
  index = built;
  if (Object.isFrozen(items)) {
    if (!bySeparator) indexes.set(items, (bySeparator = new Map()));
    bySeparator.set(separator, index);
  }
  return index;
}

/**
 * The code of `items` that an unknown `value` probably means: the one that differs from it only
 * by case, spacing or compatibility forms (full-width digits), else, with `slips`, the one within
 * two typing slips (a third of its length, for values of 4 characters or more). `undefined` when
 * none or more than one fits, and for a value over the code limit (a `field.too-long` error
 * already), which is not even normalised. Shared by the suggestions for statuses and measures.
 */
export function suggestCode(
  value: string,
  items: readonly { readonly id: string }[],
  options: { readonly separator: string; readonly slips: boolean },
): string | undefined {
  if (value.length > L.code) return undefined;
  const key = variantKey(value, options.separator);
  const variant = variantIndex(items, options.separator).get(key);
  if (variant !== undefined) return variant ?? undefined;
  if (!options.slips || key.length < 4) return undefined;
  return nearest(
    key,
    items.map((item) => item.id),
    Math.min(2, Math.floor(key.length / 3)),
  );
}
