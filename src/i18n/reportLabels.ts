// The words of a national report rendered for people (renderReport), in English and Russian
// (working translations). Apart from labels.ts, so that only the report's rendering loads them; a
// Locale of one's own may give its own in Labels.report.

/**
 * The words of a national report rendered for people ({@link renderReport}) in one language:
 * headings, the names of fields, and the sentences that state the report's facts.
 *
 * @example
 * const words: ReportLabels["fields"]["status"] = "Status";
 *
 * @category Languages
 */
export interface ReportLabels {
  /** The document's heading: the reporting state's name and the year. */
  readonly title: (reporter: string, year: number) => string;
  /** The line naming the report: its id, revision and date of submission. */
  readonly identity: (id: string, revision: number, submittedOn: string) => string;
  /** The line naming the catalogue reported against. */
  readonly catalogue: (title: string) => string;
  /** In place of the entries of a nil report. */
  readonly nil: string;
  /** In place of the entries when there are none (and the report is not nil). */
  readonly noEntries: string;
  /** A measure the catalogue does not have (or no catalogue was given). */
  readonly unknownMeasure: string;
  /** Section headings. */
  readonly sections: Readonly<Record<"entries" | "extensions" | "issues", string>>;
  /** The names of the fields shown. */
  readonly fields: Readonly<Record<"status" | "remarks" | "activities" | "kind" | "dates" | "venue" | "partners" | "evidence", string>>;
  /** The sentence before the list of extension keys. */
  readonly extensions: (count: number) => string;
  /** The columns of the annex of validation issues. */
  readonly issues: Readonly<Record<"severity" | "where" | "message" | "error" | "warning" | "none" | "report", string>>;
  /** report@2: an entry's "nothing new to declare since" that year. English where a Locale gives none. */
  readonly nothingNewSince?: (year: number) => string;
  /**
   * report@2: who may see a part: the field's name, and its two values (see {@link accessOf}).
   * English where a Locale gives none.
   */
  readonly access?: Readonly<Record<"field" | "public" | "memberStates", string>>;
}

/** English words of a rendered report. */
export const EN_REPORT_LABELS: ReportLabels = {
  title: (reporter, year) => `${reporter}: national report on the implementation of confidence building measures, ${year}`,
  identity: (id, revision, submittedOn) => `Report ${id}, revision ${revision}, submitted on ${submittedOn}.`,
  catalogue: (title) => `Catalogue: ${title}.`,
  nil: "Nothing to report: the state declares that it has nothing to report for the year.",
  noEntries: "No measures reported.",
  unknownMeasure: "(not in the catalogue)",
  sections: { entries: "Measures", extensions: "Extensions", issues: "Annex: validation issues" },
  fields: {
    status: "Status",
    remarks: "Remarks",
    activities: "Activities",
    kind: "Kind",
    dates: "Dates",
    venue: "Venue",
    partners: "Partners",
    evidence: "Evidence",
  },
  extensions: (count) => `The report carries the reporter's own data under ${count === 1 ? "this key" : "these keys"}, kept verbatim and not shown:`,
  issues: { severity: "Severity", where: "Where", message: "Message", error: "error", warning: "warning", none: "No issues.", report: "(the report)" },
  nothingNewSince: (year) => `Nothing new to declare since ${year}.`,
  access: { field: "Access", public: "public", memberStates: "member states only" },
};

/** Russian words of a rendered report (working translations). */
export const RU_REPORT_LABELS: ReportLabels = {
  title: (reporter, year) => `${reporter}: национальный доклад об осуществлении мер доверия, ${year} год`,
  identity: (id, revision, submittedOn) => `Доклад ${id}, редакция ${revision}, представлен ${submittedOn}.`,
  catalogue: (title) => `Каталог: ${title}.`,
  nil: "Сообщать не о чем: государство заявляет, что за год ему нечего сообщить.",
  noEntries: "Меры не указаны.",
  unknownMeasure: "(нет в каталоге)",
  sections: { entries: "Меры", extensions: "Дополнительные данные", issues: "Приложение: замечания проверки" },
  fields: {
    status: "Статус",
    remarks: "Примечания",
    activities: "Мероприятия",
    kind: "Вид",
    dates: "Даты",
    venue: "Место",
    partners: "Партнёры",
    evidence: "Подтверждения",
  },
  extensions: (count) => `Доклад содержит собственные данные государства ${count === 1 ? "под ключом" : "под ключами"} (сохранены без изменений, не показаны):`,
  issues: {
    severity: "Серьёзность",
    where: "Где",
    message: "Сообщение",
    error: "ошибка",
    warning: "предупреждение",
    none: "Замечаний нет.",
    report: "(доклад)",
  },
  nothingNewSince: (year) => `Нового для сообщения нет с ${year} года.`,
  access: { field: "Доступ", public: "открытый", memberStates: "только для государств-членов" },
};
