import { CbmError } from "../errors/CbmError.js";

/**
 * A share from 0 to 1 (a reporting rate, a coverage) as people read it, the one way the library
 * writes shares in its tables, its Markdown and the command line: a whole percentage (`86%`), with
 * two exceptions so that rounding never says "none" or "all" when it is not so: a share above 0
 * but under 0.5% is `<1%`, and one above 99.5% but under 1 is `>99%`. `null` (nothing to
 * divide by: no state expected) is `–`. The same in every language. Where a machine reads the
 * value (CSV, JSON), the share itself is written as a number instead.
 *
 * @param share - A number from 0 to 1, or `null`.
 * @returns The percentage as text.
 * @throws {@link CbmError} `invalid-argument` for a number outside 0–1 or not finite.
 *
 * @example
 * [formatShare(24 / 28), formatShare(0), formatShare(1 / 1000), formatShare(999 / 1000), formatShare(1), formatShare(null)]
 * //=> ["86%", "0%", "<1%", ">99%", "100%", "–"]
 *
 * @category Rendering
 */
export function formatShare(share: number | null): string {
  if (share === null) return "–";
  if (typeof share !== "number" || !Number.isFinite(share) || share < 0 || share > 1) {
    throw new CbmError("invalid-argument", `formatShare: a share is a number from 0 to 1 or null (got ${String(share)}).`);
  }
  const percent = Math.round(share * 100);
  if (percent === 0 && share > 0) return "<1%";
  if (percent === 100 && share < 1) return ">99%";
  return `${percent}%`;
}
