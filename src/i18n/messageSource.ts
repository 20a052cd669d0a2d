import type { Lang } from "../common/types.js";
import { CbmError } from "../errors/CbmError.js";
import { checkLocale, optional, TEXT_TABLES } from "./checkLocale.js";
import { EN_FIELDS, RU_FIELDS } from "./fields.js";
import { EN_LABELS, RU_LABELS, type Labels } from "./labels.js";
import { EN, EN_REPORT, RU, RU_REPORT, RU_TERMS, type MessageSource } from "./messages.js";
import type { Locale } from "./Locale.js";

/** The report rules' messages in English and Russian: what a form's validation needs, no labels. */
const REPORT_SOURCES: Readonly<Record<Lang, MessageSource>> = {
  en: { code: "en", messages: EN_REPORT, fields: EN_FIELDS },
  ru: { code: "ru", messages: RU_REPORT, fields: RU_FIELDS, terms: RU_TERMS },
};

/** True for a value that is an object other than an array: what may be a {@link Locale}, to be checked. */
function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What validation reads of a Locale: the report rules' templates, the fields in words, the terms. */
const REPORT_REFERENCE = { messages: EN_REPORT, fields: EN_FIELDS, terms: /* @__PURE__ */ optional(TEXT_TABLES) };

/** What formatIssue and groupIssues read of a Locale: every template, the fields in words, the terms. */
const ALL_REFERENCE = { messages: EN, fields: EN_FIELDS, terms: /* @__PURE__ */ optional(TEXT_TABLES) };

/** What the tables and the heat map read of a Locale: its labels (the deprecated heat-map words may be left out). */
const LABELS_REFERENCE = /* @__PURE__ */ (() => {
  const { none, legend, noData, title, desc, ...svg } = EN_LABELS.svg;
  return {
    messages: {},
    labels: {
      table: EN_LABELS.table,
      replies: EN_LABELS.replies,
      svg: { ...svg, none: optional(none), legend: optional(legend), noData: optional(noData), title: optional(title), desc: optional(desc) },
      matrix: EN_LABELS.matrix,
    },
  };
})();

/** What `localize` reads of a Locale: its code (and it must be one, with messages). */
const CODE_REFERENCE = { messages: {} };

/** The one rule for a language that is not one: a `CbmError("invalid-argument")` that says what to pass. */
function unknownLanguage(fn: string, option: string, value: unknown): CbmError {
  const shown = typeof value === "string" ? JSON.stringify(value) : typeof value;
  return new CbmError("invalid-argument", `${fn}: ${option} must be "en" or "ru", or a Locale (en, ru or your own); it is ${shown}.`);
}

/**
 * The messages of a language code or a {@link Locale}, for validation: "en" (when omitted) and "ru"
 * give the report rules' messages only, so that a form does not carry the ledger's; a Locale is
 * used as it is. Anything else throws.
 */
export function messageSource(lang: unknown, fn: string, option: string): MessageSource {
  if (lang === undefined || lang === "en") return REPORT_SOURCES.en;
  if (lang === "ru") return REPORT_SOURCES.ru;
  return checkedLocale(lang, REPORT_REFERENCE, fn, option);
}

/** Every message in English and Russian, for the renderers of any issue (`formatIssue`, `groupIssues`). */
const ALL_SOURCES: Readonly<Record<Lang, MessageSource>> = {
  en: { code: "en", messages: EN, fields: EN_FIELDS },
  ru: { code: "ru", messages: RU, fields: RU_FIELDS, terms: RU_TERMS },
};

/** The messages of every layer in a language code or a {@link Locale}; anything else throws. */
export function allMessages(lang: unknown, fn: string, option: string): MessageSource {
  if (lang === undefined || lang === "en") return ALL_SOURCES.en;
  if (lang === "ru") return ALL_SOURCES.ru;
  return checkedLocale(lang, ALL_REFERENCE, fn, option);
}

/**
 * A Locale of one's own, checked against what the asking function reads of it (once per Locale:
 * see checkLocale.ts); a value that is no object throws as an unknown language.
 */
export function checkedLocale<TLocale>(lang: unknown, reference: object, fn: string, option: string): TLocale {
  if (!isObject(lang)) throw unknownLanguage(fn, option, lang);
  checkLocale(lang, reference, fn, option);
  return lang as TLocale;
}

/**
 * The code and labels of a language code or a {@link Locale}, for the tables and the heat map;
 * anything else throws. `part` adds what the caller reads besides (the dimension review's words,
 * the rendered report's), checked where the Locale gives them.
 */
export function labelsOf(lang: unknown, fn: string, option: string, part?: object): { readonly code: string; readonly labels: Labels } {
  if (lang === undefined || lang === "en") return { code: "en", labels: EN_LABELS };
  if (lang === "ru") return { code: "ru", labels: RU_LABELS };
  const locale = checkedLocale<Locale>(lang, LABELS_REFERENCE, fn, option);
  if (part) checkLocale(locale, part, fn, option);
  return locale;
}

/** The code of a language code or a {@link Locale}; anything else throws. */
export function codeOf(lang: unknown, fn: string, option: string): string {
  if (lang === "en" || lang === "ru") return lang;
  return checkedLocale<Locale>(lang, CODE_REFERENCE, fn, option).code;
}

/** Templates of one layer (the ledger, the migration, the CSV reader): English, and others by language code. */
export type MessagePart = { readonly en: Readonly<Record<string, string>> } & Readonly<Record<string, Readonly<Record<string, string>>>>;

const extended = new WeakMap<MessagePart, WeakMap<MessageSource, MessageSource>>();

/** What a layer reads of a Locale of one's own: its templates, by part. */
const partReferences = new WeakMap<MessagePart, { readonly messages: object }>();

/**
 * A message source with the templates of one more layer: the source's own first (a Locale that
 * translates them), then the layer's in the source's language, then its English ones. A Locale of
 * one's own must translate every template of the layer (checked once, the error naming `fn`).
 */
export function withMessages(source: MessageSource, part: MessagePart, fn: string, option: string): MessageSource {
  let cache = extended.get(part);
  if (!cache) extended.set(part, (cache = new WeakMap()));
  let out = cache.get(source);
  if (!out) {
    // The built-in sources (what messageSource gives for "en" and "ru") take the layer's own templates.
    if (source !== REPORT_SOURCES.en && source !== REPORT_SOURCES.ru) {
      let reference = partReferences.get(part);
      if (!reference) partReferences.set(part, (reference = { messages: part.en }));
      checkLocale(source, reference, fn, option);
    }
    const local = Object.hasOwn(part, source.code) ? part[source.code] : undefined;
    out = { ...source, messages: { ...part.en, ...local, ...source.messages } };
    cache.set(source, out);
  }
  return out;
}
