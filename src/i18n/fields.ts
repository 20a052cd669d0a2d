// The fields of a report in words. A path is said from its last field or item outwards: the field
// ("the start date"), then each item it lies in ("of activity 2", "of entry 1"), counted from 1 as a
// reader counts. The renderer shows the path itself after the words.

/** English names of the report's fields. */
export const EN_FIELDS: FieldWords = {
  names: {
    schema: "the format",
    id: "the report's id",
    reporter: "the reporting state",
    catalogue: "the catalogue version",
    year: "the year reported on",
    revision: "the revision number",
    submittedOn: "the submission date",
    nil: "the nil-report flag",
    entries: "the list of entries",
    extensions: "the extension data",
    measure: "the measure",
    status: "the status",
    remarks: "the remarks",
    activities: "the activities",
    title: "the title",
    kind: "the kind",
    from: "the start date",
    to: "the end date",
    venue: "the venue",
    partners: "the partners",
    evidence: "the evidence links",
    uri: "the address",
  },
  items: { entries: "entry {n}", activities: "activity {n}", partners: "partner {n}", evidence: "evidence link {n}" },
  owners: { entries: "of entry {n}", activities: "of activity {n}", evidence: "of evidence link {n}" },
  wrap: "{words}",
};

/**
 * The report's fields in words, in one language: each field's name, each list's item ("entry
 * {n}", `{n}` counted from 1) and the same item as the owner of a field ("of entry {n}"), and how
 * the words are set in a sentence (`wrap`, e.g. `«{words}»`). "entries[0].activities[1].from" is
 * said as the name of `from`, then the owner forms of activity 2 and entry 1.
 *
 * @example
 * const words: FieldWords = en.fields;
 *
 * @category Languages
 */
export interface FieldWords {
  /** Each field's name, by its key: the report's own and those of entries, activities and evidence links. */
  readonly names: Readonly<
    Record<
      | "schema"
      | "id"
      | "reporter"
      | "catalogue"
      | "year"
      | "revision"
      | "submittedOn"
      | "nil"
      | "entries"
      | "extensions"
      | "measure"
      | "status"
      | "remarks"
      | "activities"
      | "title"
      | "kind"
      | "from"
      | "to"
      | "venue"
      | "partners"
      | "evidence"
      | "uri",
      string
    >
  >;
  /** An item of a list, by the list's key; `{n}` is its number, counted from 1. */
  readonly items: Readonly<Record<"entries" | "activities" | "partners" | "evidence", string>>;
  /** An item as the owner of a field or another item, by the list's key. */
  readonly owners: Readonly<Record<"entries" | "activities" | "evidence", string>>;
  /** How the words stand in a sentence: `{words}` is replaced by them. */
  readonly wrap: string;
}

/** Russian names of the report's fields (working translations), in guillemets: the templates say «поле …». */
export const RU_FIELDS: FieldWords = {
  names: {
    schema: "формат",
    id: "идентификатор отчёта",
    reporter: "отчитывающееся государство",
    catalogue: "версия каталога",
    year: "год отчёта",
    revision: "номер редакции",
    submittedOn: "дата представления",
    nil: "признак нулевого отчёта",
    entries: "список записей",
    extensions: "дополнительные данные",
    measure: "мера",
    status: "статус",
    remarks: "примечания",
    activities: "мероприятия",
    title: "название",
    kind: "вид",
    from: "дата начала",
    to: "дата окончания",
    venue: "место проведения",
    partners: "партнёры",
    evidence: "подтверждения",
    uri: "адрес",
  },
  items: { entries: "запись {n}", activities: "мероприятие {n}", partners: "партнёр {n}", evidence: "подтверждение {n}" },
  owners: { entries: "записи {n}", activities: "мероприятия {n}", evidence: "подтверждения {n}" },
  wrap: "«{words}»",
};
