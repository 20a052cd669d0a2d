import type { Lang } from "../common/types.js";
import { APART, OPTIONAL, pathOf, TEXT_TABLES, type Reference } from "./checkLocale.js";
import type { LocaleDefinition } from "./defineLocale.js";
import { templateOf } from "./labelTemplate.js";
import { resolveLocale, type Locale } from "./Locale.js";
import { DEFINITION_REFERENCE, DEPRECATED_SVG, FUNCTION_LABELS } from "./localeReference.js";
import { EN_PLAN_LABELS, RU_PLAN_LABELS } from "./planLabels.js";
import { EN_REPORT_LABELS, RU_REPORT_LABELS } from "./reportLabels.js";

/** The entries of a definition, without the heat map's deprecated words (nothing shows them). */
function walk(value: unknown, reference: Reference, path: string, visit: (path: string, value: unknown, reference: Reference) => unknown): unknown {
  if (typeof reference !== "object" || reference === null || OPTIONAL in reference) return visit(path, value, reference);
  const source = value as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(reference as { readonly [key: string]: Reference })) {
    const at = pathOf(path, key);
    if (path === "labels.svg" && (DEPRECATED_SVG as readonly string[]).includes(key)) continue;
    const text = walk(source?.[key], entry, at, visit);
    if (text !== undefined) out[key] = text;
  }
  return out;
}

/**
 * A language as a JSON-ready {@link LocaleDefinition}: every message, field word and label, the
 * labels that are functions written as templates ({@link LabelTemplate}). The file a translator
 * starts from: `JSON.stringify(localeTemplate("en"), null, 2)`, each text translated, then
 * {@link defineLocale} (or the command line's `--locale FILE.json`). A Locale without the dimension
 * review's or the rendered report's words gives the built-in ones of its language (English unless
 * its code is `ru`).
 *
 * @param lang - `"en"`, `"ru"` or a Locale.
 * @returns The definition, with plain texts and templates only.
 *
 * @example
 * localeTemplate("en").labels.plan.asOf
 * //=> "As of {date}."
 * localeTemplate("ru").labels.matrix.title
 * //=> {"level": "Уровень выполнения мер: {catalogue}, {year}", "coverage": "Охват отчётности: {catalogue}, {year}"}
 *
 * @category Languages
 */
export function localeTemplate(lang: Lang | Locale): LocaleDefinition {
  const locale = resolveLocale(lang, "localeTemplate");
  const ru = locale.code === "ru";
  const whole = {
    ...locale,
    labels: {
      ...locale.labels,
      plan: locale.labels.plan ?? (ru ? RU_PLAN_LABELS : EN_PLAN_LABELS),
      report: locale.labels.report ?? (ru ? RU_REPORT_LABELS : EN_REPORT_LABELS),
    },
  };
  return walk(whole, DEFINITION_REFERENCE, "", (path, value, reference) => {
    if (reference === APART) return value;
    if (reference === TEXT_TABLES || (typeof reference === "object" && OPTIONAL in reference))
      return value === undefined ? undefined : structuredCloneTexts(value);
    if (typeof value === "function") return templateOf(value as (...args: never[]) => string, FUNCTION_LABELS[path]!);
    return value;
  }) as LocaleDefinition;
}

/** A copy of an object of objects of texts (the terms), so that the template shares nothing with the Locale. */
function structuredCloneTexts(value: unknown): unknown {
  return Object.fromEntries(Object.entries(value as object).map(([key, table]) => [key, { ...table }]));
}

/**
 * Every key of a Locale a translator fills, as the paths the errors of {@link defineLocale} name:
 * `code`, `messages["field.missing"]`, `fields.names.year`, `labels.table.state`,
 * `labels.plan.title`… In the order of {@link localeTemplate}, which gives each one's text.
 *
 * @example
 * LOCALE_KEYS.includes('messages["field.missing"]')
 * //=> true
 * LOCALE_KEYS.includes("labels.report.title")
 * //=> true
 *
 * @category Languages
 */
export const LOCALE_KEYS: readonly string[] = /* @__PURE__ */ (() => {
  const keys: string[] = [];
  walk(undefined, DEFINITION_REFERENCE, "", (path, _value, reference) => {
    if (typeof reference === "string" || typeof reference === "function" || reference === APART) keys.push(path);
    return undefined;
  });
  return Object.freeze(keys);
})();
