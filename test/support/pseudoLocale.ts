// A pseudo-locale for tests: every English text in brackets, its code a private-use tag. It proves
// that a text comes from the Locale passed (not from English or Russian) without translating any
// real language.
import { defineLocale } from "../../src/i18n/defineLocale.js";
import { localeTemplate } from "../../src/i18n/localeTemplate.js";
import type { LocaleDefinition } from "../../src/index.js";

/** The pseudo-locale's code: English, private use "test" (BCP 47). */
export const PSEUDO_CODE = "en-x-test";

/** Every text of a value in brackets (objects and arrays walked, other values kept). */
export function bracketed<TValue>(value: TValue): TValue {
  if (typeof value === "string") return `[${value}]` as TValue;
  if (Array.isArray(value)) return value.map(bracketed) as TValue;
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, bracketed(entry)])) as TValue;
  return value;
}

/** The pseudo-locale as JSON-ready templates, as a translator would write its file. */
export const pseudoDefinition = (): LocaleDefinition => ({ ...bracketed(localeTemplate("en")), code: PSEUDO_CODE });

/** The pseudo-locale, defined. */
export const PSEUDO = defineLocale(pseudoDefinition());
