import type { Lang } from "../common/types.js";
import { renderMessage, type MessageParams } from "../i18n/messages.js";

/**
 * Renders an issue's message in English or Russian from its `messageKey` and `params`, whatever
 * language it was first rendered in. The Russian messages are working translations.
 *
 * @param issue - An issue from {@link validateReport} or {@link recordReport}.
 * @param lang - `en` or `ru`.
 * @returns The message.
 *
 * @example
 * const [issue] = validateReport({ schema: "cica-cbm/report@1" }, cica).issues;
 * issue && formatIssue(issue, "ru")
 * //=> "Отсутствует поле \"id\". Добавьте его."
 *
 * @category Reports
 */
export function formatIssue(issue: { readonly messageKey: string; readonly params: MessageParams }, lang: Lang): string {
  return renderMessage(issue.messageKey, issue.params, lang);
}
