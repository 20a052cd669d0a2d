import type { NationalReport } from "../schema.js";
import type { ReportIssue, ValidationContext, ValidationResult } from "../types.js";

/** What the library knows of a result it made: what it validated, and with which context. */
export interface Validated {
  readonly report: NationalReport | undefined;
  readonly issues: readonly ReportIssue[];
  readonly registry: unknown;
  readonly catalogues: unknown;
  readonly schema: unknown;
  readonly today: unknown;
  readonly lang: unknown;
}

/** A base class whose constructor returns the object it is given, so that a subclass stamps it. */
class Stamp {
  constructor(target: object) {
    // biome-ignore lint/correctness/noConstructorReturn: returning the target is what lets Mark add its private field to it
    return target;
  }
}

/**
 * Marks a result this copy of the library made with what it validated, in a private field added
 * to the result itself (`new Mark(result, known)` returns the result, stamped). A private field,
 * not a property nor a WeakMap: no one else can add it or read it (an object that merely looks like
 * a result is never taken for one), it shows in no key list, and it costs the garbage collector
 * nothing more (a WeakMap of a million results makes every collection walk the whole map).
 */
class Mark extends Stamp {
  readonly #known: Validated;
  constructor(target: object, known: Validated) {
    super(target);
    this.#known = known;
  }
  static of(value: object): Validated | undefined {
    return #known in value ? (value as unknown as Mark).#known : undefined;
  }
}

const NONE: readonly ReportIssue[] = Object.freeze([]);

/** Records that the library made this result with this context; returns it. */
export function markValidated<TResult extends ValidationResult>(result: TResult, context: ValidationContext): TResult {
  new Mark(result, {
    report: result.report,
    // A copy of the list: a caller who pushes an issue into the result's list changes the result.
    issues: result.issues.length === 0 ? NONE : [...result.issues],
    registry: context.registry,
    catalogues: context.catalogues,
    schema: context.schema,
    today: context.today,
    lang: context.lang,
  });
  return result;
}

/**
 * What the library validated, when `value` is a result this copy of the library made and has not
 * changed since (the same `ok`, report and issues); `undefined` otherwise, and the caller
 * validates `value` as any other input.
 */
export function madeResult(value: unknown): Validated | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const known = Mark.of(value);
  if (known === undefined) return undefined;
  const result = value as ValidationResult;
  if (result.ok !== (known.report !== undefined) || result.report !== known.report) return undefined;
  const issues: unknown = result.issues;
  if (!Array.isArray(issues) || issues.length !== known.issues.length || issues.some((issue, index) => issue !== known.issues[index])) return undefined;
  return known;
}

/** True when a result was made with this context: the same registry, catalogues, schema, today and language, each the same value. */
export function sameContext(known: Validated, context: ValidationContext): boolean {
  return (
    known.registry === context.registry &&
    known.catalogues === context.catalogues &&
    known.schema === context.schema &&
    known.today === context.today &&
    known.lang === context.lang
  );
}
