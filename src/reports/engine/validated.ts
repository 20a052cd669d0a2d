import type { NationalReport } from "../schema.js";
import type { ReportIssue, ValidationContext, ValidationResult } from "../types.js";

/** What the library knows of a result it made: what it validated, and with which context. */
interface Validated {
  readonly report: NationalReport | undefined;
  readonly issues: readonly ReportIssue[];
  readonly registry: unknown;
  readonly catalogues: unknown;
  readonly schema: unknown;
  readonly today: unknown;
  readonly lang: unknown;
}

/**
 * The results this copy of the library made, each with what it validated. A WeakMap, not a mark
 * on the result: no one else can add to it, so an object that merely looks like a result (or a
 * result changed after it was made) is never taken for one; and a result no longer held is freed.
 */
const made = new WeakMap<object, Validated>();

/** Records that the library made this result with this context; returns it. */
export function markValidated<TResult extends ValidationResult>(result: TResult, context: ValidationContext): TResult {
  made.set(result, {
    report: result.report,
    // A copy of the list: a caller who pushes an issue into the result's list changes the result.
    issues: result.issues.length === 0 ? [] : [...result.issues],
    registry: context.registry,
    catalogues: context.catalogues,
    schema: context.schema,
    today: context.today,
    lang: context.lang,
  });
  return result;
}

/**
 * The result as the library made it, when `value` is a result this copy of the library made with
 * the same context (the same registry, catalogues, schema, today and language, each the same
 * value) and not changed since (the same `ok`, report and issues); `undefined` otherwise, and the
 * caller validates `value` as any other input.
 */
export function validatedResult(value: unknown, context: ValidationContext): ValidationResult | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const known = made.get(value);
  if (known === undefined) return undefined;
  const result = value as ValidationResult;
  if (
    known.registry !== context.registry ||
    known.catalogues !== context.catalogues ||
    known.schema !== context.schema ||
    known.today !== context.today ||
    known.lang !== context.lang
  )
    return undefined;
  if (result.ok !== (known.report !== undefined) || result.report !== known.report) return undefined;
  const issues = result.issues;
  if (!Array.isArray(issues) || issues.length !== known.issues.length || issues.some((issue, index) => issue !== known.issues[index])) return undefined;
  return known.report === undefined ? { ok: false, issues: known.issues } : { ok: true, report: known.report, issues: known.issues };
}
