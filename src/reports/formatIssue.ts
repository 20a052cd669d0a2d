import type { Lang } from "../common/types.js";
import type { Locale } from "../i18n/Locale.js";
import { allMessages } from "../i18n/messageSource.js";
import { renderMessage, type MessageParams } from "../i18n/messages.js";

/**
 * Renders an issue's message in English, Russian or a language of your own from its `messageKey`
 * and `params`, whatever language it was first rendered in. The Russian messages are working
 * translations. A language code other than `en` and `ru` throws a {@link CbmError}
 * (`invalid-argument`).
 *
 * @param issue - An issue from {@link validateReport} or {@link recordReport}.
 * @param lang - `"en"`, `"ru"`, or a {@link Locale} value (`en`, `ru` or your own).
 * @returns The message.
 *
 * @example
 * const [issue] = validateReport({ schema: "cica-cbm/report@1" }, cica).issues;
 * issue && formatIssue(issue, "ru")
 * //=> "Отсутствует поле «идентификатор отчёта» (\"id\"). Добавьте его."
 *
 * @category Reports
 */
export function formatIssue(issue: { readonly messageKey: string; readonly params: MessageParams }, lang: Lang | Locale): string {
  return renderMessage(issue.messageKey, issue.params, allMessages(lang, "formatIssue", "lang"));
}
