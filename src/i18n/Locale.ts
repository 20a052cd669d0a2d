import type { Lang } from "../common/types.js";
import { en } from "./en.js";
import type { FieldWords } from "./fields.js";
import type { Labels } from "./labels.js";
import { EN_CSV, EN_DRAFT, EN_LEDGER, EN_MIGRATION, EN_PLAN, EN_REPORT } from "./messages.js";
import { isLocale, unknownLanguage } from "./messageSource.js";
import { ru } from "./ru.js";

/**
 * The key of a message template: one per message of the report rules, the ledger, the migration,
 * the drafts, the command line's CSV reader and the annual plan, as the English table has them.
 *
 * @example
 * const key: MessageKey = "field.missing";
 *
 * @category Languages
 */
export type MessageKey =
  | keyof typeof EN_REPORT
  | keyof typeof EN_LEDGER
  | keyof typeof EN_MIGRATION
  | keyof typeof EN_DRAFT
  | keyof typeof EN_CSV
  | keyof typeof EN_PLAN;

function keysOf(...tables: readonly Readonly<Record<string, string>>[]): readonly MessageKey[] {
  return Object.freeze(tables.flatMap((table) => Object.keys(table) as MessageKey[]));
}

/**
 * Every message key, in the order of the English table: the list a translator works through.
 *
 * @example
 * MESSAGE_KEYS.includes("field.missing")
 * //=> true
 *
 * @category Languages
 */
export const MESSAGE_KEYS: readonly MessageKey[] = /* @__PURE__ */ keysOf(EN_REPORT, EN_LEDGER, EN_MIGRATION, EN_DRAFT, EN_CSV, EN_PLAN);

/**
 * A language of the library, as a value: its code, the templates of its messages (every
 * {@link MessageKey}: a missing translation does not compile), the names of the report's fields in
 * words, the forms of the English words that params carry (optional), and the labels of tables and
 * the heat map. {@link en} and {@link ru} are the two built in; every function that takes `lang`
 * takes a Locale as well, so a ministry can add its own language (see docs/reports.md).
 *
 * @example
 * const locale: Locale = ru;
 * locale.code
 * //=> "ru"
 *
 * @category Languages
 */
export interface Locale {
  /** The language's code (BCP 47, e.g. `kk`): it picks per-language params such as `name.ru`, and sorts names. */
  readonly code: string;
  /** The message templates, by key; `{name}` is filled from the params. */
  readonly messages: Readonly<Record<MessageKey, string>>;
  /** The report's fields in words, for the messages' `{field}`. */
  readonly fields: FieldWords;
  /** Forms of the English words that params carry, by param then English word (e.g. Russian cases of `expected`). */
  readonly terms?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The words of the tables and the heat map. */
  readonly labels: Labels;
}

/**
 * The Locale of a language code or a Locale: `"en"` (also when `undefined`) is {@link en}, `"ru"`
 * is {@link ru}, a Locale is itself. Anything else is programmer misuse and throws a
 * {@link CbmError} with the code `invalid-argument`.
 *
 * @param lang - `"en"`, `"ru"`, a Locale, or `undefined` for English.
 * @param fn - The name of the function asking, for the error message.
 * @returns The Locale.
 *
 * @example
 * resolveLocale("ru").labels.table.state
 * //=> "Государство"
 *
 * @category Languages
 */
export function resolveLocale(lang: Lang | Locale | undefined, fn = "resolveLocale"): Locale {
  if (lang === undefined || lang === "en") return en;
  if (lang === "ru") return ru;
  if (isLocale(lang) && typeof (lang as { labels?: unknown }).labels === "object") return lang;
  throw unknownLanguage(fn, "lang", lang);
}
