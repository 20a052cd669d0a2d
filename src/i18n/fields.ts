// The fields of a report in words, by path with the indices left out; `{1}`, `{2}`, `{3}` are the
// indices of the entry, the activity and the item in it, counted from 1. The renderer shows the
// path itself after the words: "the start date of activity 2 of entry 1 (entries[0].activities[1].from)".

/** English names of the report's fields. */
export const EN_FIELDS = {
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
  "entries[]": "entry {1}",
  "entries[].measure": "the measure of entry {1}",
  "entries[].status": "the status of entry {1}",
  "entries[].remarks": "the remarks of entry {1}",
  "entries[].activities": "the activities of entry {1}",
  "entries[].activities[]": "activity {2} of entry {1}",
  "entries[].activities[].title": "the title of activity {2} of entry {1}",
  "entries[].activities[].kind": "the kind of activity {2} of entry {1}",
  "entries[].activities[].from": "the start date of activity {2} of entry {1}",
  "entries[].activities[].to": "the end date of activity {2} of entry {1}",
  "entries[].activities[].venue": "the venue of activity {2} of entry {1}",
  "entries[].activities[].partners": "the partners of activity {2} of entry {1}",
  "entries[].activities[].partners[]": "partner {3} of activity {2} of entry {1}",
  "entries[].activities[].evidence": "the evidence links of activity {2} of entry {1}",
  "entries[].activities[].evidence[]": "evidence link {3} of activity {2} of entry {1}",
  "entries[].activities[].evidence[].uri": "the address of evidence link {3} of activity {2} of entry {1}",
  "entries[].activities[].evidence[].title": "the title of evidence link {3} of activity {2} of entry {1}",
} satisfies Readonly<Record<string, string>>;

/**
 * A field of a report, as the table of its names in words knows it: its path with the indices left
 * out, e.g. `entries[].activities[].from`.
 *
 * @example
 * const field: FieldPattern = "entries[].status";
 *
 * @category Languages
 */
export type FieldPattern = keyof typeof EN_FIELDS;

/** Russian names of the report's fields (working translations), in guillemets: the templates say «поле …». */
export const RU_FIELDS: Readonly<Record<FieldPattern, string>> = {
  schema: "«формат»",
  id: "«идентификатор отчёта»",
  reporter: "«отчитывающееся государство»",
  catalogue: "«версия каталога»",
  year: "«год отчёта»",
  revision: "«номер редакции»",
  submittedOn: "«дата представления»",
  nil: "«признак нулевого отчёта»",
  entries: "«список записей»",
  extensions: "«дополнительные данные»",
  "entries[]": "«запись {1}»",
  "entries[].measure": "«мера записи {1}»",
  "entries[].status": "«статус записи {1}»",
  "entries[].remarks": "«примечания к записи {1}»",
  "entries[].activities": "«мероприятия записи {1}»",
  "entries[].activities[]": "«мероприятие {2} записи {1}»",
  "entries[].activities[].title": "«название мероприятия {2} записи {1}»",
  "entries[].activities[].kind": "«вид мероприятия {2} записи {1}»",
  "entries[].activities[].from": "«дата начала мероприятия {2} записи {1}»",
  "entries[].activities[].to": "«дата окончания мероприятия {2} записи {1}»",
  "entries[].activities[].venue": "«место проведения мероприятия {2} записи {1}»",
  "entries[].activities[].partners": "«партнёры мероприятия {2} записи {1}»",
  "entries[].activities[].partners[]": "«партнёр {3} мероприятия {2} записи {1}»",
  "entries[].activities[].evidence": "«подтверждения мероприятия {2} записи {1}»",
  "entries[].activities[].evidence[]": "«подтверждение {3} мероприятия {2} записи {1}»",
  "entries[].activities[].evidence[].uri": "«адрес подтверждения {3} мероприятия {2} записи {1}»",
  "entries[].activities[].evidence[].title": "«название подтверждения {3} мероприятия {2} записи {1}»",
};
