import type { Lang } from "../common/types.js";
import { CbmError } from "../errors/CbmError.js";
import { EN_FIELDS, RU_FIELDS } from "./fields.js";
import { EN_LABELS, RU_LABELS, type Labels } from "./labels.js";
import { EN, EN_REPORT, RU, RU_REPORT, RU_TERMS, type MessageSource } from "./messages.js";
import type { Locale } from "./Locale.js";

/** The report rules' messages in English and Russian: what a form's validation needs, no labels. */
const REPORT_SOURCES: Readonly<Record<Lang, MessageSource>> = {
  en: { code: "en", messages: EN_REPORT, fields: EN_FIELDS },
  ru: { code: "ru", messages: RU_REPORT, fields: RU_FIELDS, terms: RU_TERMS },
};

/** True for a value shaped like a {@link Locale}: a code and a table of messages. */
export function isLocale(value: unknown): value is Locale {
  if (typeof value !== "object" || value === null) return false;
  const { code, messages } = value as { code?: unknown; messages?: unknown };
  return typeof code === "string" && code !== "" && typeof messages === "object" && messages !== null;
}

/** The one rule for a language that is not one: a `CbmError("invalid-argument")` that says what to pass. */
export function unknownLanguage(fn: string, option: string, value: unknown): CbmError {
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
  if (isLocale(lang)) return lang;
  throw unknownLanguage(fn, option, lang);
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
  if (isLocale(lang)) return lang;
  throw unknownLanguage(fn, option, lang);
}

/** The code and labels of a language code or a {@link Locale}, for the tables and the heat map; anything else throws. */
export function labelsOf(lang: unknown, fn: string, option: string): { readonly code: string; readonly labels: Labels } {
  if (lang === undefined || lang === "en") return { code: "en", labels: EN_LABELS };
  if (lang === "ru") return { code: "ru", labels: RU_LABELS };
  if (isLocale(lang) && typeof (lang as { labels?: unknown }).labels === "object") return lang;
  throw unknownLanguage(fn, option, lang);
}

/** The code of a language code or a {@link Locale}; anything else throws. */
export function codeOf(lang: unknown, fn: string, option: string): string {
  if (lang === "en" || lang === "ru") return lang;
  if (isLocale(lang)) return lang.code;
  throw unknownLanguage(fn, option, lang);
}

/** Templates of one layer (the ledger, the migration, the CSV reader): English, and others by language code. */
export type MessagePart = { readonly en: Readonly<Record<string, string>> } & Readonly<Record<string, Readonly<Record<string, string>>>>;

const extended = new WeakMap<MessagePart, WeakMap<MessageSource, MessageSource>>();

/**
 * A message source with the templates of one more layer: the source's own first (a Locale that
 * translates them), then the layer's in the source's language, then its English ones.
 */
export function withMessages(source: MessageSource, part: MessagePart): MessageSource {
  let cache = extended.get(part);
  if (!cache) extended.set(part, (cache = new WeakMap()));
  let out = cache.get(source);
  if (!out) {
    const local = Object.hasOwn(part, source.code) ? part[source.code] : undefined;
    out = { ...source, messages: { ...part.en, ...local, ...source.messages } };
    cache.set(source, out);
  }
  return out;
}
