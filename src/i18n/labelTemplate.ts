// A label that is a function of numbers and names (a heading with the year, a sentence with a
// count), written as a template: `{name}` for each parameter; one text per measure of the matrix
// (`{ level, coverage }`) where the first parameter is the measure; one text per plural category
// of the language (`{ one, other }`, Intl.PluralRules) where the parameter is a count.
import { placeholderProblem } from "./checkLocale.js";

/** The plural categories of Intl.PluralRules. */
const PLURALS = ["zero", "one", "two", "few", "many", "other"] as const;

/** The measures of the implementation matrix, the first parameter of its labels. */
const MEASURES = ["level", "coverage"] as const;

/** The shape a template of a label with these parameters may take beyond a text: by measure, by plural category, or none. */
function choiceOf(params: readonly string[]): { readonly keys: readonly string[]; readonly required: readonly string[] } | undefined {
  if (params[0] === "measure") return { keys: MEASURES, required: MEASURES };
  if (params.length === 1 && params[0] === "count") return { keys: PLURALS, required: ["other"] };
  return undefined;
}

/** The problems of a template for a label with `params`, each starting with `path`; `undefined` when it is no template at all. */
export function templateProblems(value: unknown, path: string, params: readonly string[]): string[] | undefined {
  const textProblem = (text: unknown, at: string): string[] => {
    if (typeof text !== "string") return [`${at} must be a text; it is ${text === null ? "null" : typeof text}`];
    if (text.trim() === "") return [`${at} is empty`];
    const problem = placeholderProblem(text, params, false);
    return problem === "" ? [] : [`${at} ${problem}`];
  };
  if (typeof value === "string") return textProblem(value, path);
  const choice = choiceOf(params);
  if (typeof value !== "object" || value === null || Array.isArray(value) || !choice) return undefined;
  const texts = value as Readonly<Record<string, unknown>>;
  const problems: string[] = [];
  for (const key of choice.required) if (!Object.hasOwn(texts, key)) problems.push(`${path}.${key} is missing`);
  for (const [key, text] of Object.entries(texts)) {
    if (!choice.keys.includes(key)) problems.push(`${path}.${key} is not one of ${choice.keys.join(", ")}`);
    else problems.push(...textProblem(text, `${path}.${key}`));
  }
  return problems;
}

/** A template checked by {@link templateProblems}, as the function it stands for; `code` picks the plural rules. */
export function compileTemplate(template: string | Readonly<Record<string, string>>, params: readonly string[], code: string): (...args: unknown[]) => string {
  const fill = (text: string, args: readonly unknown[]) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const index = params.indexOf(name);
      return index < 0 ? whole : String(args[index]);
    });
  if (typeof template === "string") return (...args) => fill(template, args);
  if (params[0] === "measure") return (...args) => fill(template[String(args[0])] ?? template.coverage!, args);
  const rules = new Intl.PluralRules(code);
  return (...args) => fill(template[rules.select(Number(args[0]))] ?? template.other!, args);
}

/**
 * A label function as a template, by calling it with its parameters' names: `{name}` where it
 * writes a parameter as it is; by measure or by plural category where its text depends on them.
 */
export function templateOf(label: (...args: never[]) => string, params: readonly string[]): string | Readonly<Record<string, string>> {
  const call = label as (...args: unknown[]) => string;
  const named = params.map((name) => `{${name}}`);
  if (params[0] === "measure") {
    const [level, coverage] = MEASURES.map((measure) => call(measure, ...named.slice(1)));
    return level === coverage ? level! : { level: level!, coverage: coverage! };
  }
  const other = call(...named);
  if (params.length === 1 && params[0] === "count") {
    const one = call(1);
    if (one !== other.replaceAll("{count}", "1")) return { one, other };
  }
  return other;
}
