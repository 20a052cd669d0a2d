/**
 * The name of a report: which state sent it, for which year, in which revision.
 *
 * @example
 * const identity: ReportIdentity = { id: "KZ-2025", reporter: "KZ", year: 2025, revision: 1 };
 *
 * @category Reports
 */
export interface ReportIdentity {
  /** The report's `id`. */
  readonly id: string;
  /** The reporting state's code, as written in the input (it may not be a code of the registry). */
  readonly reporter: string;
  /** The reporting year. */
  readonly year: number;
  /** The revision number. */
  readonly revision: number;
}

/** An own data property (never a getter: reading one could run code or throw). */
function ownValue(input: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(input, key);
  return descriptor && "value" in descriptor ? descriptor.value : undefined;
}

/**
 * The identity written in an input (id, reporter, year, revision), read even when the report is
 * invalid, so that a rejected submission is still named; `null` when it cannot be read. This is
 * the reading {@link validateReports} gives each result, for callers that validate one report at a
 * time with {@link validateReport}.
 *
 * The identity is `null` unless the input is a plain object (not an array) whose own data
 * properties `id` and `reporter` are non-empty strings and `year` and `revision` are integers;
 * getters are not run. The reporter is given as written, even when it is not a code of the
 * registry. Never throws.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns The identity (a frozen object), or `null`.
 *
 * @example
 * reportIdentity({ id: "KZ-2025", reporter: "KZ", year: 2025, revision: 2, entries: "not a list" })
 * //=> {"id": "KZ-2025", "reporter": "KZ", "year": 2025, "revision": 2}
 *
 * @category Reports
 */
export function reportIdentity(input: unknown): ReportIdentity | null {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return null;
  try {
    const id = ownValue(input, "id");
    const reporter = ownValue(input, "reporter");
    const year = ownValue(input, "year");
    const revision = ownValue(input, "revision");
    if (typeof id !== "string" || id === "" || typeof reporter !== "string" || reporter === "") return null;
    if (!Number.isSafeInteger(year) || !Number.isSafeInteger(revision)) return null;
    return Object.freeze({ id, reporter, year: year as number, revision: revision as number });
  } catch {
    // A proxy may throw on any reflection: such an input has no readable identity.
    return null;
  }
}
