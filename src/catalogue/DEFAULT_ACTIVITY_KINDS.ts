import type { Localized } from "../common/types.js";

/**
 * One kind of activity of a catalogue's vocabulary: the `kind` a report's activity names.
 *
 * @typeParam TKindId - The kind's id.
 *
 * @example
 * const drill: ActivityKindDefinition = { id: "exercise", label: { en: "Exercise", ru: "Учение" } };
 *
 * @category Catalogue
 */
export interface ActivityKindDefinition<TKindId extends string = string> {
  /** Stable id used in reports: lower case, words joined by hyphens. */
  readonly id: TKindId;
  /** Label in English and (optionally) Russian. */
  readonly label: Localized;
}

const kind = <TKindId extends string>(id: TKindId, en: string, ru: string): ActivityKindDefinition<TKindId> =>
  Object.freeze({ id, label: Object.freeze({ en, ru }) });

/**
 * The default vocabulary of activity kinds, the ones CICA reports and events use: a visit, an
 * exercise (observers invited, a joint drill), a seminar, a conference, a workshop, a training
 * course, a meeting (expert or staff talks), an exchange (of students, experts, delegations),
 * an exchange of information, a notification, and `other`. A report may write a kind in any case
 * and with spaces (`Exchange of information` is `exchange-of-information`); any other kind is a
 * warning (`activity.kind-unknown`). A catalogue adds kinds of its own with
 * {@link CatalogueDefinition.activityKinds}. Russian labels are working translations.
 *
 * @example
 * DEFAULT_ACTIVITY_KINDS.map((k) => k.id)
 * //=> ["visit", "exercise", "seminar", "conference", "workshop", "training", "meeting", "exchange", "exchange-of-information", "notification", "other"]
 *
 * @category Catalogue
 */
export const DEFAULT_ACTIVITY_KINDS = Object.freeze([
  kind("visit", "Visit", "Визит"),
  kind("exercise", "Exercise", "Учение"),
  kind("seminar", "Seminar", "Семинар"),
  kind("conference", "Conference", "Конференция"),
  kind("workshop", "Workshop", "Практикум"),
  kind("training", "Training", "Обучение"),
  kind("meeting", "Meeting", "Встреча"),
  kind("exchange", "Exchange", "Обмен"),
  kind("exchange-of-information", "Exchange of information", "Обмен информацией"),
  kind("notification", "Notification", "Уведомление"),
  kind("other", "Other", "Другое"),
] as const);

/**
 * The ids of {@link DEFAULT_ACTIVITY_KINDS}.
 *
 * @example
 * const kind: DefaultActivityKindId = "exchange-of-information";
 *
 * @category Catalogue
 */
export type DefaultActivityKindId = (typeof DEFAULT_ACTIVITY_KINDS)[number]["id"];
