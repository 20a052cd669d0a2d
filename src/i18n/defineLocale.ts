import { CbmError } from "../errors/CbmError.js";
import { APART, codeProblem, DEFINED, listProblems, localeProblems, OPTIONAL, TEXT_TABLES, type Reference } from "./checkLocale.js";
import type { FieldWords } from "./fields.js";
import { compileTemplate, templateProblems } from "./labelTemplate.js";
import { EN_LABELS, type Labels, type PlanLabels, type ReportLabels } from "./labels.js";
import type { Locale, MessageKey } from "./Locale.js";
import { DEFINITION_REFERENCE, FUNCTION_LABELS } from "./localeReference.js";

/**
 * A label that is a function, written as a template instead (as a Locale read from JSON must): a
 * text with its parameters' names as `{placeholders}`; for a label of the matrix's measure, one
 * text per measure (`{ level, coverage }`); for a label of a count, one text per plural category
 * of the language (`{ one, other }`, as `Intl.PluralRules` names them; `other` required).
 *
 * @example
 * const title: LabelTemplate<Labels["matrix"]["title"]> = { level: "Level: {catalogue}, {year}", coverage: "Coverage: {catalogue}, {year}" };
 *
 * @category Languages
 */
export type LabelTemplate<TLabel> = TLabel extends (...args: infer TArgs) => string
  ? [TArgs[0]] extends ["level" | "coverage"]
    ?
        | string
        | {
            /** The text where the matrix shows the implementation level. */
            readonly level: string;
            /** The text where the matrix shows the coverage. */
            readonly coverage: string;
          }
    : TArgs extends [number]
      ?
          | string
          | ({
              /** The text for every count no other category of the language takes. */
              readonly other: string;
            } & { readonly [category in "zero" | "one" | "two" | "few" | "many"]?: string })
      : string
  : string;

/**
 * Words of a Locale where each label that is a function may be given as a {@link LabelTemplate}.
 *
 * @example
 * const words: Templated<PlanLabels>["asOf"] = "As of {date}.";
 *
 * @category Languages
 */
export type Templated<TWords> = {
  readonly [K in keyof TWords]: TWords[K] extends (...args: never[]) => string ? TWords[K] | LabelTemplate<TWords[K]> : TWords[K];
};

/**
 * A language as given to {@link defineLocale}: a {@link Locale} with every part, the dimension
 * review's and the rendered report's words included, so that a missing word does not compile.
 * Labels that are functions may be written as templates ({@link LabelTemplate}), which is how a
 * Locale kept in a JSON file writes them; the heat map's deprecated words may be left out.
 *
 * @example
 * const definition: LocaleDefinition = { ...localeTemplate("en"), code: "kk" };
 *
 * @category Languages
 */
export interface LocaleDefinition {
  /** The language's code: a BCP 47 tag in its canonical form (`kk`, `zh-Hans`, `ar`). */
  readonly code: string;
  /** Every message template, by {@link MessageKey}, with the `{placeholders}` of the English one. */
  readonly messages: Readonly<Record<MessageKey, string>>;
  /** The report's fields in words. */
  readonly fields: FieldWords;
  /** Forms of the English words that params carry (optional). */
  readonly terms?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The words of the tables, the heat map, the dimension review and the rendered report. */
  readonly labels: {
    /** See {@link Labels}. */
    readonly table: Labels["table"];
    /** See {@link Labels}. */
    readonly replies: Labels["replies"];
    /** See {@link Labels}; the deprecated words may be left out. */
    readonly svg: Omit<Labels["svg"], "none" | "legend" | "noData" | "title" | "desc"> &
      Partial<Templated<Pick<Labels["svg"], "none" | "legend" | "noData" | "title" | "desc">>>;
    /** See {@link Labels}. */
    readonly matrix: Templated<Labels["matrix"]>;
    /** The dimension review's words ({@link PlanLabels}). */
    readonly plan: Templated<PlanLabels>;
    /** The rendered report's words ({@link ReportLabels}), those of report@2 included. */
    readonly report: Templated<Required<ReportLabels>>;
  };
}

/** The value, built as the reference has it: templates compiled, each object a frozen copy. */
function build(value: unknown, reference: Reference, path: string, code: string): unknown {
  if (reference === APART) return value;
  if (typeof reference === "function") return typeof value === "function" ? value : compileTemplate(value as string, FUNCTION_LABELS[path]!, code);
  if (reference === TEXT_TABLES)
    return Object.freeze(Object.fromEntries(Object.entries(value as object).map(([key, table]) => [key, Object.freeze({ ...table })])));
  if (typeof reference !== "object") return value;
  if (OPTIONAL in reference) return build(value, (reference as { readonly [OPTIONAL]: Reference })[OPTIONAL], path, code);
  const source = value as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(reference as { readonly [key: string]: Reference })) {
    if (Object.hasOwn(source, key) && source[key] !== undefined) out[key] = build(source[key], entry, path === "" ? key : `${path}.${key}`, code);
  }
  return Object.freeze(out);
}

/**
 * A language of one's own (Kazakh, Chinese, Arabic, …), checked whole and ready to pass wherever
 * a function takes `lang`. Every message key, every field's words and every label must be there,
 * each text with the `{placeholders}` of the English one, each label that is a function a function
 * or a template; the code must be a BCP 47 tag. The type makes a missing word a compile error; at
 * run time (JavaScript, a Locale read from JSON) every problem is listed, by path, in one
 * {@link CbmError} with the code `invalid-definition`. {@link LOCALE_KEYS} lists the paths and
 * {@link localeTemplate} gives the English (or Russian) texts to translate, as JSON.
 *
 * @param definition - The language: see {@link LocaleDefinition}.
 * @returns A frozen {@link Locale}, its templates turned into functions; the heat map's deprecated
 * words, which nothing shows, are English where the definition leaves them out.
 * @throws {@link CbmError} `invalid-definition` listing every problem (the first ten, then how many more).
 *
 * @example
 * const pseudo = defineLocale({ ...localeTemplate("en"), code: "en-x-test" });
 * pseudo.labels.plan?.asOf("2025-06-30")
 * //=> "As of 2025-06-30."
 *
 * @category Languages
 */
export function defineLocale(definition: LocaleDefinition): Locale {
  if (typeof definition !== "object" || definition === null || Array.isArray(definition)) {
    throw new CbmError(
      "invalid-definition",
      `defineLocale: pass a Locale, an object with code, messages, fields and labels (see localeTemplate("en")); it is ${definition === null ? "null" : typeof definition}.`,
    );
  }
  const template = (value: unknown, path: string) => {
    const params = FUNCTION_LABELS[path];
    return params ? templateProblems(value, path, params) : undefined;
  };
  const problems = localeProblems(definition, DEFINITION_REFERENCE, "", { strict: true, template });
  const codeIssue = codeProblem(definition.code);
  if (codeIssue !== undefined) problems.unshift(codeIssue);
  if (problems.length > 0) {
    const which = typeof definition.code === "string" ? ` ${JSON.stringify(definition.code)}` : "";
    throw new CbmError(
      "invalid-definition",
      `defineLocale: the Locale${which} has ${problems.length} ${problems.length === 1 ? "problem" : "problems"}: ${listProblems(problems)}. LOCALE_KEYS lists every key; localeTemplate("en") gives each one's English text.`,
    );
  }
  const locale = build(definition, DEFINITION_REFERENCE, "", definition.code) as Locale;
  // What nothing shows any more is English where it is not given, so that the value is a whole Locale.
  const svg = Object.freeze({ ...EN_LABELS.svg, ...locale.labels.svg });
  const defined: Locale = Object.freeze({ ...locale, labels: Object.freeze({ ...locale.labels, svg }) });
  DEFINED.add(defined);
  return defined;
}
