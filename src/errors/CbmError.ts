const BRAND = Symbol.for("cica-cbm.CbmError");

/**
 * The codes of {@link CbmError}: each names one kind of programmer misuse.
 *
 * - `invalid-date`: a query was given a date that is not a real `YYYY-MM-DD` calendar date.
 * - `invalid-definition`: `defineCatalogue` or `defineRegistry` was given an inconsistent definition.
 * - `invalid-argument`: a function was called with an argument of the wrong kind.
 *
 * @category Errors
 */
export type CbmErrorCode = "invalid-date" | "invalid-definition" | "invalid-argument";

/**
 * The one error this library throws, and only on programmer misuse (a malformed date passed to a
 * query, an inconsistent catalogue definition). Problems in data, such as a bad report, are returned
 * as issues and never thrown.
 *
 * The class is branded with `Symbol.for("cica-cbm.CbmError")`, so `instanceof` and
 * {@link isCbmError} work even when the ESM and the CommonJS builds are both loaded.
 *
 * @example
 * let code: string | undefined;
 * try {
 *   membersOn(cica.registry, "2006-02-30");
 * } catch (error) {
 *   if (isCbmError(error)) code = error.code; // "invalid-date"
 * }
 *
 * @category Errors
 */
export class CbmError extends Error {
  /** A stable code that says which kind of misuse this is. */
  readonly code: CbmErrorCode;
  /** Always `"CbmError"`. */
  override readonly name = "CbmError";
  /** @internal */
  readonly [BRAND] = true;

  /**
   * @param code - The kind of misuse.
   * @param message - What was wrong and what to do instead.
   */
  constructor(code: CbmErrorCode, message: string) {
    super(message);
    this.code = code;
  }

  /** Recognises a `CbmError` from any copy of the library (ESM or CJS). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isCbmError(value);
  }
}

/**
 * Tells whether a value is a {@link CbmError}, from whichever copy of the library (ESM or CJS)
 * threw it.
 *
 * @param value - Anything caught.
 * @returns `true` when the value is a `CbmError`.
 *
 * @example
 * isCbmError(new CbmError("invalid-date", "bad date"))
 * //=> true
 * isCbmError(new Error("other"))
 * //=> false
 *
 * @category Errors
 */
export function isCbmError(value: unknown): value is CbmError {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
