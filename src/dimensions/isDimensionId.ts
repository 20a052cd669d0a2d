import { DIMENSIONS, type DimensionId } from "./DIMENSIONS.js";

/**
 * Tells whether a value is one of the five dimension ids.
 *
 * @param value - Anything.
 * @returns `true` for a {@link DimensionId}.
 *
 * @example
 * isDimensionId("economic")
 * //=> true
 * isDimensionId("cyber")
 * //=> false
 *
 * @category Dimensions
 */
export function isDimensionId(value: unknown): value is DimensionId {
  return DIMENSIONS.some((dimension) => dimension.id === value);
}
