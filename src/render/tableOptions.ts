import type { Lang } from "../common/types.js";
import { registryIndex } from "../internal/registryIndex.js";
import type { Registry } from "../participants/types.js";

/**
 * Options of the table builders: the language of headings and names, and the registry that names
 * the states (codes are shown alone without it).
 *
 * @example
 * const options: TableOptions = { lang: "ru", registry: cica.registry };
 *
 * @category Rendering
 */
export interface TableOptions {
  /** Language of headings, names and words: `en` (default) or `ru`. */
  readonly lang?: Lang;
  /** The registry, to name states. */
  readonly registry?: Registry;
}

/** The words of the table builders, per language. */
export const WORDS = {
  en: { state: "State", code: "Code", reply: "Reply", late: "Late", revision: "Revision", first: "First submitted", entries: "Entries", status: "Status", report: "report", nil: "nil report", missing: "missing", yes: "yes", no: "no", expected: "expected", voluntary: "voluntary", measure: "Measure", catalogue: "Catalogue", partner: "Partner", activity: "Activity", dates: "Dates", partnerActivity: "Partner's account", partnerDates: "Partner's dates", confirmed: "confirmed", unconfirmed: "not confirmed by the partner", "no-partner-report": "partner sent no report", member: "member", observer: "observer", none: "none" },
  ru: { state: "Государство", code: "Код", reply: "Ответ", late: "С опозданием", revision: "Редакция", first: "Впервые представлен", entries: "Записей", status: "Статус", report: "отчёт", nil: "нулевой отчёт", missing: "нет", yes: "да", no: "нет", expected: "ожидался", voluntary: "добровольно", measure: "Мера", catalogue: "Каталог", partner: "Партнёр", activity: "Мероприятие", dates: "Даты", partnerActivity: "Данные партнёра", partnerDates: "Даты партнёра", confirmed: "подтверждено", unconfirmed: "не подтверждено партнёром", "no-partner-report": "партнёр не представил отчёт", member: "член", observer: "наблюдатель", none: "нет" },
} as const;

/** A participant's name in a language, or its code. */
export function nameIn(registry: Registry | undefined, code: string, lang: Lang): string {
  const participant = registry ? registryIndex(registry).byCode.get(code) : undefined;
  if (!participant) return code;
  return lang === "ru" ? (participant.name.ru ?? participant.name.en) : participant.name.en;
}

