// The columns of the open-data tables that `publish` makes, with their headings, types and
// meanings in English and Russian (working translations): one list, from which the tables'
// headings and the data dictionary are both made, so that the two cannot disagree.

/**
 * The name of a table of a {@link Publication}: `replies` (one row per report of the year),
 * `entries` and `activities` (the published ones), and `withheld` (one row per report: what was
 * kept for member states only).
 *
 * @example
 * const name: PublicationTableName = "entries";
 *
 * @category Forms
 */
export type PublicationTableName = "replies" | "entries" | "activities" | "withheld";

/**
 * The type of a column's values, as the data dictionary states it: `text`; `code` (an id: an ISO
 * 3166-1 alpha-2 state code, a catalogue reference, a measure or status id); `codes` (several,
 * separated by spaces); `uris` (links, separated by spaces); `integer`; `year` (an integer year);
 * `date` (`YYYY-MM-DD`); `yes/no`. An empty cell means "not stated" or "not published".
 *
 * @example
 * const type: PublicationColumnType = "date";
 *
 * @category Forms
 */
export type PublicationColumnType = "text" | "code" | "codes" | "uris" | "integer" | "year" | "date" | "yes/no";

/**
 * One column of a table of a {@link Publication}, as the data dictionary describes it.
 *
 * @example
 * publish([], { year: 2025 }).dictionary.find((c) => c.table === "replies" && c.name === "access")?.type
 * //=> "code"
 *
 * @category Forms
 */
export interface PublicationColumn {
  /** The table it belongs to. */
  readonly table: PublicationTableName;
  /** The column's key (the key of its values in each row of the {@link Table}). */
  readonly name: string;
  /** The type of its values. */
  readonly type: PublicationColumnType;
  /** Its heading in English and in Russian (working translation). */
  readonly heading: {
    /** In English. */
    readonly en: string;
    /** In Russian (working translation). */
    readonly ru: string;
  };
  /** What its values mean, in English and in Russian (working translation). */
  readonly meaning: {
    /** In English. */
    readonly en: string;
    /** In Russian (working translation). */
    readonly ru: string;
  };
}

type Def = readonly [name: string, type: PublicationColumnType, headingEn: string, headingRu: string, meaningEn: string, meaningRu: string];

const REPORT_KEY: readonly Def[] = [
  [
    "reporter",
    "code",
    "Reporter",
    "Государство-докладчик",
    "The reporting state's ISO 3166-1 alpha-2 code.",
    "Код ISO 3166-1 alpha-2 государства, представившего доклад.",
  ],
  [
    "catalogue",
    "code",
    "Catalogue",
    "Каталог",
    "The catalogue version reported against (id@version).",
    "Версия каталога, по которой составлен доклад (идентификатор@версия).",
  ],
  ["year", "year", "Year", "Год", "The calendar year reported on.", "Календарный год, за который представлен доклад."],
];

const DEFINITIONS: Readonly<Record<PublicationTableName, readonly Def[]>> = {
  replies: [
    ...REPORT_KEY,
    ["state", "text", "State", "Государство", "The reporting state's name.", "Название государства, представившего доклад."],
    [
      "access",
      "code",
      "Access",
      "Доступ",
      'The report\'s access mark: "public", or "member-states" (for member states only, the default when a report is not marked).',
      "Отметка о доступе к докладу: «public» (открытый) или «member-states» (только для государств-членов; так считается, когда доклад не отмечен).",
    ],
    [
      "published",
      "yes/no",
      "Published",
      "Опубликован",
      "Whether the report's public parts are in reports.ndjson (no for a report for member states only, and for a public report whose every entry is for member states only).",
      "Есть ли открытые части доклада в reports.ndjson («нет» для доклада только для государств-членов и для открытого доклада, все позиции которого только для государств-членов).",
    ],
    [
      "id",
      "text",
      "Report id",
      "Идентификатор доклада",
      "The report's id, chosen by the reporter (empty when the report is withheld).",
      "Идентификатор доклада, выбранный докладчиком (пусто, если доклад не публикуется).",
    ],
    [
      "revision",
      "integer",
      "Revision",
      "Редакция",
      "The revision published (empty when the report is withheld).",
      "Опубликованная редакция (пусто, если доклад не публикуется).",
    ],
    [
      "submittedOn",
      "date",
      "Submitted on",
      "Дата представления",
      "The day that revision was submitted (empty when the report is withheld).",
      "Дата представления этой редакции (пусто, если доклад не публикуется).",
    ],
    [
      "nil",
      "yes/no",
      "Nil report",
      "Нулевой доклад",
      "Whether the state declares it has nothing to report (empty when the report is withheld).",
      "Заявляет ли государство, что ему нечего сообщить (пусто, если доклад не публикуется).",
    ],
    [
      "entries",
      "integer",
      "Entries published",
      "Опубликовано позиций",
      "How many of the report's entries are published (empty when the report is withheld).",
      "Сколько позиций доклада опубликовано (пусто, если доклад не публикуется).",
    ],
  ],
  entries: [
    ...REPORT_KEY,
    ["measure", "code", "Measure", "Мера", "The measure's id in the catalogue version.", "Идентификатор меры в версии каталога."],
    [
      "dimension",
      "code",
      "Dimension",
      "Измерение",
      "The measure's dimension (empty when the catalogue is not known).",
      "Измерение меры (пусто, если каталог неизвестен).",
    ],
    ["status", "code", "Status", "Статус", "The implementation status, from the catalogue's vocabulary.", "Статус осуществления из перечня статусов каталога."],
    [
      "nothingNewSince",
      "year",
      "Nothing new since",
      "Ничего нового с",
      "The year since which the state declares nothing new for the measure (empty when not declared).",
      "Год, с которого государство заявляет, что по мере нет ничего нового (пусто, если не заявлено).",
    ],
    ["remarks", "text", "Remarks", "Примечания", "The state's remarks on the measure.", "Примечания государства по мере."],
    [
      "activities",
      "integer",
      "Activities published",
      "Опубликовано мероприятий",
      "How many of the entry's activities are published.",
      "Сколько мероприятий по позиции опубликовано.",
    ],
  ],
  activities: [
    ...REPORT_KEY,
    ["measure", "code", "Measure", "Мера", "The measure the activity is reported under.", "Мера, по которой сообщается о мероприятии."],
    ["title", "text", "Title", "Название", "The activity's title.", "Название мероприятия."],
    ["kind", "code", "Kind", "Вид", "The kind of activity (seminar, exercise, visit…).", "Вид мероприятия (семинар, учения, визит…)."],
    ["from", "date", "From", "С", "The first day.", "Первый день."],
    ["to", "date", "To", "По", "The last day (empty for one day).", "Последний день (пусто для однодневного мероприятия)."],
    ["partners", "codes", "Partners", "Партнёры", "The partner states' codes, separated by spaces.", "Коды государств-партнёров через пробел."],
    ["venue", "text", "Venue", "Место проведения", "Where it took place.", "Где оно проходило."],
    ["evidence", "uris", "Evidence", "Подтверждение", "Links to public evidence, separated by spaces.", "Ссылки на открытые подтверждения через пробел."],
  ],
  withheld: [
    ...REPORT_KEY,
    [
      "id",
      "text",
      "Report id",
      "Идентификатор доклада",
      "The report's id (empty when the whole report is withheld).",
      "Идентификатор доклада (пусто, если доклад не публикуется целиком).",
    ],
    [
      "reportWithheld",
      "yes/no",
      "Whole report withheld",
      "Доклад не публикуется целиком",
      "Whether the whole report is for member states only: then only the fact that the state replied is published.",
      "Весь ли доклад только для государств-членов: тогда публикуется лишь то, что государство представило доклад.",
    ],
    [
      "entriesWithheld",
      "integer",
      "Entries withheld",
      "Не опубликовано позиций",
      "How many entries are for member states only (empty when the whole report is withheld).",
      "Сколько позиций только для государств-членов (пусто, если доклад не публикуется целиком).",
    ],
    [
      "activitiesWithheld",
      "integer",
      "Activities withheld",
      "Не опубликовано мероприятий",
      "How many activities of the published entries are for member states only (those of a withheld entry go with it and are not counted apart; empty when the whole report is withheld).",
      "Сколько мероприятий опубликованных позиций только для государств-членов (мероприятия неопубликованной позиции не публикуются вместе с ней и отдельно не считаются; пусто, если доклад не публикуется целиком).",
    ],
    [
      "extensionsWithheld",
      "yes/no",
      "Extensions withheld",
      "Расширения не опубликованы",
      "Whether the report carries the reporter's own data (extensions), which is never published (empty when the whole report is withheld).",
      "Содержит ли доклад собственные данные докладчика (расширения), которые никогда не публикуются (пусто, если доклад не публикуется целиком).",
    ],
    [
      "withheldMeasures",
      "codes",
      "Measures withheld",
      "Неопубликованные меры",
      "The measure ids of the entries withheld, separated by spaces (a measure id is not withheld; its status, remarks and activities are).",
      "Идентификаторы мер неопубликованных позиций через пробел (идентификатор меры не скрывается; её статус, примечания и мероприятия скрываются).",
    ],
  ],
};

/** The tables, in the order they are described and written. */
export const PUBLICATION_TABLES: readonly PublicationTableName[] = ["replies", "entries", "activities", "withheld"];

/** Every column of every table, in table order. */
export const PUBLICATION_COLUMNS: readonly PublicationColumn[] = PUBLICATION_TABLES.flatMap((table) =>
  DEFINITIONS[table].map(([name, type, headingEn, headingRu, meaningEn, meaningRu]) => ({
    table,
    name,
    type,
    heading: { en: headingEn, ru: headingRu },
    meaning: { en: meaningEn, ru: meaningRu },
  })),
);

/** The columns of the data dictionary itself (its own headings in English and Russian). */
export const DICTIONARY_HEADINGS: readonly (readonly [key: string, en: string, ru: string])[] = [
  ["table", "Table", "Таблица"],
  ["column", "Column", "Столбец"],
  ["heading", "Heading", "Заголовок"],
  ["type", "Type", "Тип"],
  ["meaningEn", "Meaning (English)", "Значение (английский)"],
  ["meaningRu", "Meaning (Russian)", "Значение (русский)"],
];
