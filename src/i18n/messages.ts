import type { FieldWords } from "./fields.js";
import { EN_CSV, EN_DRAFT, EN_LEDGER, EN_MIGRATION, EN_PLAN, EN_REPORT } from "./messagesEn.js";
import { RU_CSV, RU_DRAFT, RU_LEDGER, RU_MIGRATION, RU_PLAN, RU_REPORT } from "./messagesRu.js";

export { EN_CSV, EN_DRAFT, EN_LEDGER, EN_MIGRATION, EN_PLAN, EN_REPORT } from "./messagesEn.js";
export { RU_CSV, RU_DRAFT, RU_LEDGER, RU_MIGRATION, RU_PLAN, RU_REPORT, RU_TERMS } from "./messagesRu.js";

/**
 * The params of an issue message: names and values filled into its template.
 *
 * @example
 * const params: MessageParams = { field: "year", max: 9999 };
 *
 * @category Reports
 */
export type MessageParams = Readonly<Record<string, string | number | readonly string[] | undefined>>;

/** The ledger's templates, by language: the ledger renders its issues with them. */
export const LEDGER_MESSAGES = { en: EN_LEDGER, ru: RU_LEDGER };

/** The annual plan's templates, by language: validatePlan renders its issues with them. */
export const PLAN_MESSAGES = { en: EN_PLAN, ru: RU_PLAN };

/** The migration's templates, by language. */
export const MIGRATION_MESSAGES = { en: EN_MIGRATION, ru: RU_MIGRATION };

/** The drafts' templates, by language: validateDraft and finalizeDraft render their `draft.*` issues with them. */
export const DRAFT_MESSAGES = { en: EN_DRAFT, ru: RU_DRAFT };

/** Every English template, by message key (the report's, the ledger's, the CSV reader's, the migration's, the drafts' and the plan's). */
export const EN: Readonly<Record<string, string>> = /* @__PURE__ */ Object.assign({}, EN_REPORT, EN_LEDGER, EN_CSV, EN_MIGRATION, EN_DRAFT, EN_PLAN);

/** Every Russian template (working translations), by message key. */
export const RU: Readonly<Record<string, string>> = /* @__PURE__ */ Object.assign({}, RU_REPORT, RU_LEDGER, RU_CSV, RU_MIGRATION, RU_DRAFT, RU_PLAN);

/**
 * What the renderer needs of a language: its code, its templates and, optionally, the words of its
 * fields and the forms of the English words params carry. A {@link Locale} is one.
 */
export interface MessageSource {
  readonly code: string;
  readonly messages: Readonly<Record<string, string>>;
  readonly fields?: FieldWords;
  readonly terms?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const own = <T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;

/** The fields that may follow a list's item, by the list's key ("" for the report itself). */
const FIELDS_OF: Readonly<Record<string, readonly string[]>> = {
  "": ["schema", "id", "reporter", "catalogue", "year", "revision", "submittedOn", "nil", "entries", "extensions"],
  entries: ["measure", "status", "remarks", "activities"],
  activities: ["title", "kind", "from", "to", "venue", "partners", "evidence"],
  evidence: ["uri", "title"],
};

/**
 * A field's path in words, then the path itself in quotes: `entries[0].activities[1].from` is
 * "the start date of activity 2 of entry 1 ("entries[0].activities[1].from")". A path outside the
 * report's format (extension data, a key in brackets) is `undefined`: the caller shows it as it is.
 */
export function fieldInWords(text: string, words: FieldWords): string | undefined {
  let path = text;
  if (path.startsWith('"')) {
    try {
      path = String(JSON.parse(path));
    } catch {
      return undefined;
    }
  }
  const parts = path.split(/\.|\[(\d+)\]\.?/).filter((part) => part !== undefined && part !== "");
  let list = "";
  let said: string | undefined;
  const owners: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i]!;
    if (said !== undefined || !Object.hasOwn(FIELDS_OF, list) || !FIELDS_OF[list]!.includes(key)) return undefined;
    const index = parts[i + 1];
    if (index === undefined || !/^\d+$/.test(index)) {
      said = own(words.names, key);
      continue;
    }
    const n = String(Number(index) + 1);
    i++;
    if (i === parts.length - 1) said = own(words.items, key)?.replace("{n}", n);
    else {
      const owner = own(words.owners, key);
      if (owner === undefined) return undefined;
      owners.unshift(owner.replace("{n}", n));
      list = key;
    }
  }
  if (said === undefined) return undefined;
  return `${words.wrap.replace("{words}", [said, ...owners].join(" "))} (${JSON.stringify(path)})`;
}

/**
 * Fills a template with its params, in the language of `locale`; keys it lacks fall back to
 * English. A param given per language (`name.en`, `name.ru`) fills `{name}` in that language (in
 * English for another language). `{field}`, unless quoted in the template, names the field in words.
 */
export function renderMessage(key: string, params: MessageParams, locale: MessageSource): string {
  const template = own(locale.messages, key) ?? own<string>(EN_REPORT, key) ?? key;
  const param = (name: string) => own(params, name);
  // `{field}` names the field in words, then its path in quotes, whether the template quotes it
  // ("{field}") or the param comes quoted; a path the table does not know is shown as it was.
  return template.replace(/"\{field\}"|\{(\w+)\}/g, (whole, placeholder: string | undefined, offset: number) => {
    const name = placeholder ?? "field";
    const value = param(`${name}.${locale.code}`) ?? param(`${name}.en`) ?? param(name);
    if (value === undefined) return whole;
    if (name === "field") {
      const words = typeof value === "string" && locale.fields !== undefined ? fieldInWords(value, locale.fields) : undefined;
      // At the start of a sentence, the words start with a capital.
      if (words !== undefined) return offset === 0 ? words.replace(/^(\P{L}*)(\p{Ll})/u, (_, before: string, c: string) => before + c.toUpperCase()) : words;
      if (placeholder === undefined) return `"${String(value)}"`;
    }
    // A placeholder in quotes shows the reporter's own text, verbatim: a status that reads
    // "nothing" is not a word to translate. Terms are looked up as own keys only ("constructor").
    const quoted = template[offset - 1] === '"';
    const terms = quoted ? undefined : own(locale.terms, name);
    const textOf = (item: string) => own(terms, item) ?? item;
    return Array.isArray(value) ? value.map(String).map(textOf).join(", ") : textOf(String(value));
  });
}
