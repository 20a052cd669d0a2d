// The run-time check of a Locale, against an English reference of the parts a function uses: every
// key there, of the same type (text or function), a text with the same `{placeholders}` as the
// English one. A JavaScript user (or a Locale read from JSON) gets one error listing every problem
// by path, instead of "undefined" in a message later. The verdict is kept per reference, so that a
// form pays for the check once; only the parts a function uses are checked by it, so that a form's
// validation does not load the labels of the tables.
import { CbmError } from "../errors/CbmError.js";

/** A reference entry that a Locale may leave out (checked when given). */
export const OPTIONAL: unique symbol = /* @__PURE__ */ Symbol("optional");

/** A reference that accepts any object of objects of texts (the `terms` of a Locale). */
export const TEXT_TABLES: unique symbol = /* @__PURE__ */ Symbol("text tables");

/** A reference for a value checked apart (the code: see {@link codeProblem}). */
export const APART: unique symbol = /* @__PURE__ */ Symbol("apart");

/**
 * What a Locale is checked against: English texts and functions, in objects, some marked
 * {@link optional}, and the symbols above (typed loosely: the built-in tables are interfaces).
 */
export type Reference = string | symbol | object;

/** Marks a reference entry as one a Locale may leave out. */
export const optional = (reference: Reference): Reference => ({ [OPTIONAL]: reference });

const PLACEHOLDER = /\{(\w+)\}/g;

/** The `{placeholders}` of a text, each once, sorted. */
export function placeholders(text: string): string[] {
  const names: string[] = [];
  if (!text.includes("{")) return names;
  PLACEHOLDER.lastIndex = 0;
  for (let match = PLACEHOLDER.exec(text); match !== null; match = PLACEHOLDER.exec(text)) if (!names.includes(match[1]!)) names.push(match[1]!);
  return names.sort();
}

/** `a.b["c.d"]`: a key as it is written after the path so far. */
export const pathOf = (path: string, key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? (path === "" ? key : `${path}.${key}`) : `${path}[${JSON.stringify(key)}]`;

const typeName = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "an array" : typeof value);

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === "object" && value !== null && !Array.isArray(value);

/** How a text's placeholders differ from the English one's: `""` when they agree. */
export function placeholderProblem(text: string, english: readonly string[], exact: boolean): string {
  const own = placeholders(text);
  const missing = exact ? english.filter((name) => !own.includes(name)) : [];
  const unknown = own.filter((name) => !english.includes(name));
  const list = (names: readonly string[]) => names.map((name) => `{${name}}`).join(", ");
  return [
    missing.length > 0 ? `lacks ${list(missing)}` : "",
    unknown.length > 0 ? `has ${list(unknown)}, which ${english.length > 0 ? `is not one of ${list(english)}` : "the English text does not have"}` : "",
  ]
    .filter((part) => part !== "")
    .join(" and ");
}

/** Options of {@link localeProblems}. */
export interface CheckOptions {
  /** Keys the reference does not have are problems (a complete check: a misspelt key is found). */
  readonly strict?: boolean;
  /**
   * Where the reference holds a function, what else the value may be (defineLocale takes a template
   * there): the problems of such a value, or `undefined` when it is not one.
   */
  readonly template?: (value: unknown, path: string) => readonly string[] | undefined;
}

/** Every problem of `value` against `reference`, each starting with its path. */
export function localeProblems(value: unknown, reference: Reference, path = "", options: CheckOptions = {}, problems: string[] = []): string[] {
  const at = path === "" ? "the Locale" : path;
  if (typeof reference === "string") {
    if (value === undefined) problems.push(`${at} is missing (English: ${JSON.stringify(reference)})`);
    else if (typeof value !== "string") problems.push(`${at} must be a text; it is ${typeName(value)}`);
    else if (value.trim() === "") problems.push(`${at} is empty (English: ${JSON.stringify(reference)})`);
    else {
      const problem = placeholderProblem(value, placeholders(reference), true);
      if (problem !== "") problems.push(`${at} ${problem} (English: ${JSON.stringify(reference)})`);
    }
  } else if (typeof reference === "function") {
    if (value === undefined) problems.push(`${at} is missing (a function${options.template ? " or a template" : ""})`);
    else if (typeof value !== "function") {
      const own = options.template?.(value, at);
      if (own) problems.push(...own);
      else problems.push(`${at} must be a function${options.template ? " or a template" : ""}; it is ${typeName(value)}`);
    }
  } else if (reference === APART) {
    return problems;
  } else if (reference === TEXT_TABLES) {
    if (value === undefined) return problems;
    if (!isRecord(value)) problems.push(`${at} must be an object of objects of texts; it is ${typeName(value)}`);
    else
      for (const [key, table] of Object.entries(value)) {
        if (!isRecord(table)) problems.push(`${pathOf(at, key)} must be an object of texts; it is ${typeName(table)}`);
        else
          for (const [word, text] of Object.entries(table))
            if (typeof text !== "string") problems.push(`${pathOf(pathOf(at, key), word)} must be a text; it is ${typeName(text)}`);
      }
  } else if (typeof reference === "object" && OPTIONAL in reference) {
    if (value !== undefined) localeProblems(value, (reference as { readonly [OPTIONAL]: Reference })[OPTIONAL], path, options, problems);
  } else if (value === undefined) {
    problems.push(`${at} is missing`);
  } else if (!isRecord(value)) {
    problems.push(`${at} must be an object; it is ${typeName(value)}`);
  } else {
    const entries = reference as { readonly [key: string]: Reference };
    for (const key of Object.keys(entries))
      localeProblems(Object.hasOwn(value, key) ? value[key] : undefined, entries[key]!, pathOf(path, key), options, problems);
    if (options.strict)
      for (const key of Object.keys(value))
        if (!Object.hasOwn(entries, key)) problems.push(`${pathOf(path, key)} is not a key of a Locale; remove it or check its spelling`);
  }
  return problems;
}

/** The problem of a Locale's code: it must be a BCP 47 language tag in its canonical form (`kk`, `zh-Hans`). */
export function codeProblem(code: unknown): string | undefined {
  if (typeof code !== "string" || code === "")
    return `code must be a BCP 47 language tag such as "kk" or "zh-Hans"; it is ${typeof code === "string" ? "empty" : typeName(code)}`;
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(code)[0];
  } catch {
    return `code ${JSON.stringify(code)} is not a BCP 47 language tag; write one such as "kk", "zh-Hans" or "en-x-test"`;
  }
  return canonical === code ? undefined : `code ${JSON.stringify(code)} must be written ${JSON.stringify(canonical)}, as data keys its texts`;
}

/** How many problems an error lists before it counts the rest. */
export const SHOWN = 10;

/** The problems as one sentence: the first {@link SHOWN}, then how many more. */
export function listProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, SHOWN).join("; ");
  return problems.length > SHOWN ? `${shown}; and ${problems.length - SHOWN} more` : shown;
}

/** The Locales found whole against each reference. */
const verdicts = new WeakMap<object, WeakSet<object>>();

/** The Locales made by defineLocale: checked whole and frozen, so every function takes them as they are. */
export const DEFINED = new WeakSet<object>();

/**
 * Checks a Locale given as a function's `lang` against the parts that function uses, once per
 * Locale and reference: a Locale with problems throws a `CbmError("invalid-argument")` that names
 * the function and lists the problems by path.
 */
export function checkLocale(value: object, reference: object, fn: string, option: string): void {
  if (DEFINED.has(value)) return;
  let seen = verdicts.get(reference);
  if (seen?.has(value)) return;
  const problems = localeProblems(value, reference);
  const code = (value as { code?: unknown }).code;
  const codeIssue = codeProblem(code);
  if (codeIssue !== undefined) problems.unshift(codeIssue);
  if (problems.length > 0) {
    const which = typeof code === "string" ? `a Locale (code ${JSON.stringify(code)})` : "an object";
    throw new CbmError(
      "invalid-argument",
      `${fn}: ${option} must be "en" or "ru", or a Locale (en, ru or your own, checked by defineLocale); it is ${which} with ${problems.length} ${problems.length === 1 ? "problem" : "problems"}: ${listProblems(problems)}.`,
    );
  }
  if (!seen) verdicts.set(reference, (seen = new WeakSet()));
  seen.add(value);
}
