import type { Lang, Localized } from "../common/types.js";
import type { Locale } from "./Locale.js";
import { codeOf } from "./messageSource.js";

/**
 * A text in the language of a Locale: `value[locale.code]` where there is one, English otherwise
 * (the Russian texts of the embedded data are working translations; some are missing).
 *
 * @param value - A text in English and other languages, such as a measure's title, a state's name or
 *   a plan event's title.
 * @param lang - `"en"`, `"ru"` or a Locale.
 * @returns The text.
 *
 * @example
 * localize({ en: "Human dimension", ru: "Человеческое измерение" }, "ru")
 * //=> "Человеческое измерение"
 * localize({ en: "Kazakhstan" }, ru)
 * //=> "Kazakhstan"
 *
 * @category Languages
 */
export function localize(value: Localized | { readonly en: string; readonly ru?: string | undefined }, lang: Lang | Locale): string {
  return textIn(value, codeOf(lang, "localize", "lang"));
}

/** A text in the language of a code already checked: its own text in that language, English otherwise. */
export function textIn(value: Localized | { readonly en: string; readonly ru?: string | undefined }, code: string): string {
  const texts = value as unknown as Readonly<Record<string, unknown>>;
  const text = code !== "en" && Object.hasOwn(texts, code) ? texts[code] : undefined;
  return typeof text === "string" ? text : value.en;
}
