import type { FieldWords } from "./fields.js";

/**
 * The params of an issue message: names and values filled into its template.
 *
 * @example
 * const params: MessageParams = { field: "year", max: 9999 };
 *
 * @category Reports
 */
export type MessageParams = Readonly<Record<string, string | number | readonly string[] | undefined>>;

/** English templates of the report rules, by message key. `{name}` is filled from the params. */
export const EN_REPORT = {
  "report.type": "A report must be a JSON object {…}; this is {received}.",
  "report.type.text": 'A report must be a JSON object {…}; this is "{received}".',
  "report.too-many-issues":
    "This report has more than {max} issues: {max} are listed, errors in preference to warnings, and {more} more were found before validation stopped. Correct them and validate again.",
  "report.too-many-warnings": "This report has more than {max} warnings: the first {max} are listed, and {more} more were found. They do not block the report.",
  // Limits before work (reliability round 2)
  "report.too-large":
    'This report holds more than {max} values (a shared value counts at each place); it was read up to "{field}" only. Send it as plain data.',
  "report.too-large.value": '"{field}" is outside the format or of the wrong type, and holds more than {max} values; it was read no further. Remove it.',
  "schema.unsupported": '"schema" must be "cica-cbm/report@1"; this report says {received}. Convert it to report@1 first.',
  "schema.unsupported.text": '"schema" must be "cica-cbm/report@1"; this report says "{received}". Convert it to report@1 first.',
  "field.unknown": '"{key}" is not a field of {where}. Remove it, or check its spelling.',
  "field.unknown.top": '"{key}" is not a field of the report. Put extension data under "extensions", or check the spelling.',
  "field.missing": '"{field}" is missing. Add it.',
  "field.type": '"{field}" must be {expected}; it is {received}.',
  "field.type.text": '"{field}" must be {expected}; it is "{received}".',
  "field.empty": '"{field}" is empty. Fill it in, or remove the field if it is optional.',
  "field.too-long": '"{field}" has {length} characters; the limit is {max}. Shorten it.',
  "field.too-many": '"{field}" has {length} items; the limit is {max}. Split the report or merge items.',
  "field.date": '"{field}" must be a real calendar date written YYYY-MM-DD (for example 2025-03-01); it is "{received}".',
  "field.value": '"{field}" must be between {min} and {max}; it is {received}.',
  "revision.below-one": '"revision" must be 1 or more (the first report is revision 1); it is {received}.',
  "evidence.scheme": 'Evidence link "{received}" must start with http://, https:// or urn:.',
  "evidence.unsafe-character":
    'Evidence link "{field}" holds the invisible or control character {char} (character {position}), which can hide or reorder what a reader sees of the address. Remove it.',
  "extensions.not-json": '"{field}" is not a JSON value ({reason}). Keep only text, numbers, true/false, null, lists and objects.',
  "extensions.too-deep": '"extensions" nests deeper than {max} levels at "{field}". Flatten it.',
  "extensions.too-large": '"extensions" holds more than {max} values. Keep large data outside the report.',
  "extensions.too-large.text": '"extensions" holds more than {max} characters of text. Keep large data outside the report.',
  "extensions.unsafe-key": 'The key "{key}" under "extensions" is kept, but tools that merge objects may misread it. Rename it.',
  "reporter.unknown": 'Reporter "{received}" is not a participant of the registry. Use its ISO alpha-2 code.',
  "reporter.unknown.suggest": 'Reporter "{received}" is not a code of the registry; did you mean "{suggestion}" ({name})? Use the ISO alpha-2 code.',
  "reporter.not-state": 'Reporter "{code}" ({name}) is an organisation; national reports come from states.',
  "reporter.not-participant": "{name} ({code}) was neither a member nor an observer in {year}, so it cannot report on that year.",
  "reporter.observer": "{name} ({code}) was an observer in {year}: its report is voluntary, accepted and counted apart from members' reports.",
  "catalogue.unknown": 'Catalogue "{received}" is not known here; use one of: {known}.',
  "measure.unknown": 'Measure "{measure}" is not in {catalogue}. Check the number against the catalogue.',
  "measure.unknown.elsewhere":
    'Measure "{measure}" is not in {catalogue}; it is in {elsewhere}. Use a measure of {catalogue}, or change the report\'s catalogue.',
  "measure.duplicate": 'Measure "{measure}" is reported twice (also in entry {first}). Merge the two entries.',
  "status.unknown": 'Status "{received}" is not in the vocabulary of {catalogue}; use one of: {known}.',
  "status.unknown.suggest": 'Status "{received}" is not in the vocabulary of {catalogue}; did you mean "{suggestion}"?',
  "nil.with-entries": 'A nil report ("nil": true, nothing to report) cannot have entries; it has {count}. Remove the entries or the nil flag.',
  "entries.empty": 'The report has no entries. Add entries, or send a nil report ("nil": true) if there is nothing to report.',
  "partner.unknown": 'Partner "{received}" is not a participant of the registry. Use its ISO alpha-2 code.',
  "partner.unknown.suggest": 'Partner "{received}" is not a code of the registry; did you mean "{suggestion}" ({name})?',
  "partner.is-reporter": 'Partner "{code}" is the reporting state itself. Remove it from the partners.',
  "activity.outside-year": "This activity ({from} to {to}) lies outside {year}, the year reported on. Check its dates, or report it in its own year.",
  "activity.ends-before-start": "This activity ends ({to}) before it starts ({from}). Correct the dates.",
  "submitted.before-year": '"submittedOn" ({submittedOn}) is before {year}, the year reported on. Check the date or the year.',
  "submitted.in-future": '"submittedOn" ({submittedOn}) is after today ({today}). Check the date.',
} satisfies Readonly<Record<string, string>>;

/** English templates of the ledger's rules: imported by the ledger, not by `validateReport`. */
export const EN_LEDGER = {
  "ledger.type": 'This is not a ledger document ({received}): expected {"schema": "cica-cbm/ledger@1", "reports": [...]}, as written by ledgerToJSON.',
  "ledger.type.text": 'This is not a ledger document ("{received}"): expected {"schema": "cica-cbm/ledger@1", "reports": [...]}, as written by ledgerToJSON.',
  "ledger.conflict":
    "Revision {revision} of {reporter}'s {year} report on {catalogue} is already recorded (submitted {recordedOn}) with other content than this one (submitted {submittedOn}). Send the correction as revision {next}.",
  "ledger.id-changed":
    'This revision has id "{received}", but earlier revisions of {reporter}\'s {year} report on {catalogue} have "{recordedId}". Keep the id stable across revisions.',
  // Readers that lose nothing: ledger text and the command line's CSV input.
  "ledger.duplicate-key":
    'Key "{key}" is given twice in the object at {object} (line {line}, column {column}; first at line {firstLine}, column {firstColumn}). A JSON reader keeps only one of the two, so part of the ledger would be lost: remove or rename one.',
  "ledger.duplicate-key.top":
    'Key "{key}" is given twice in the document\'s top-level object (line {line}, column {column}; first at line {firstLine}, column {firstColumn}). A JSON reader keeps only one of the two, so part of the ledger would be lost: remove or rename one.',
} satisfies Readonly<Record<string, string>>;

/** English templates of the command line's CSV reader. */
export const EN_CSV = {
  "csv.contradiction":
    'Row {row} gives {column} "{value}", but row {firstRow} of the same report (id {id}, revision {revision}) gives "{first}". The rows of one report must agree: correct one of them.',
  "csv.contradiction.entry":
    'Row {row} gives {column} "{value}" for measure {measure}, but row {firstRow} of the same report (id {id}, revision {revision}) gives "{first}". The rows of one entry must agree: correct one of them.',
  "csv.row-without-measure":
    "Row {row} of report {id} (revision {revision}) names no measure, and the report is not nil. Give the measure the row reports on, or mark the report nil (nil = true) if there is nothing to report.",
} satisfies Readonly<Record<string, string>>;

/** English templates of the migration with a measure map. */
export const EN_MIGRATION = {
  "migration.catalogue": "This report is written against {received}, but the measure map migrates reports from {from}. Use a map from {received}.",
  "migration.unmapped":
    'Measure "{measure}" of {from} has no counterpart in {to}, so this report is not migrated (the original is kept). Add "{measure}" to the measure map, or move the entry to another measure in a new revision first.',
  "migration.merged":
    'Measure "{measure}" maps to "{into}" of {to}, as does "{other}" of entry {otherEntry}: the two entries would become one, so this report is not migrated (the original is kept). Merge them in a new revision first, or map them apart.',
} satisfies Readonly<Record<string, string>>;

/** Russian templates of the report rules (working translations), by message key: every key of {@link EN_REPORT}. */
export const RU_REPORT: Readonly<Record<keyof typeof EN_REPORT, string>> = {
  "report.type": "Отчёт должен быть объектом JSON {…}; получено: {received}.",
  "report.type.text": 'Отчёт должен быть объектом JSON {…}; получено: "{received}".',
  "report.too-many-issues":
    "В отчёте более {max} замечаний: перечислены {max}, ошибки — в первую очередь, и ещё {more} найдено до остановки проверки. Исправьте их и проверьте отчёт снова.",
  "report.too-many-warnings": "В отчёте более {max} предупреждений: перечислены первые {max}, и найдено ещё {more}. Они не препятствуют принятию отчёта.",
  // Limits before work (reliability round 2); working translations
  "report.too-large":
    'Отчёт содержит более {max} значений (общее значение учитывается в каждом месте); он прочитан только до "{field}". Представьте его как простые данные.',
  "report.too-large.value": '"{field}" вне формата или неверного типа и содержит более {max} значений; дальше оно не читалось. Удалите его.',
  "schema.unsupported": 'Поле "schema" должно иметь значение "cica-cbm/report@1"; в отчёте указано {received}. Сначала преобразуйте отчёт в формат report@1.',
  "schema.unsupported.text":
    'Поле "schema" должно иметь значение "cica-cbm/report@1"; в отчёте указано "{received}". Сначала преобразуйте отчёт в формат report@1.',
  "field.unknown": '"{key}" не является полем {where}. Удалите его или проверьте написание.',
  "field.unknown.top": '"{key}" не является полем отчёта. Дополнительные данные помещайте в "extensions" или проверьте написание.',
  "field.missing": 'Отсутствует поле "{field}". Добавьте его.',
  "field.type": 'Поле "{field}" должно быть {expected}; получено: {received}.',
  "field.type.text": 'Поле "{field}" должно быть {expected}; получено: "{received}".',
  "field.empty": 'Поле "{field}" пусто. Заполните его или удалите, если оно необязательное.',
  "field.too-long": 'Поле "{field}": {length} символов при пределе {max}. Сократите текст.',
  "field.too-many": 'Поле "{field}": {length} элементов при пределе {max}. Разделите отчёт или объедините элементы.',
  "field.date": 'Поле "{field}" должно быть реальной календарной датой в формате ГГГГ-ММ-ДД (например, 2025-03-01); получено: "{received}".',
  "field.value": 'Поле "{field}" должно быть от {min} до {max}; получено: {received}.',
  "revision.below-one": '"revision" должно быть не меньше 1 (первый отчёт — редакция 1); получено: {received}.',
  "evidence.scheme": 'Ссылка на подтверждение "{received}" должна начинаться с http://, https:// или urn:.',
  "evidence.unsafe-character":
    'Ссылка на подтверждение "{field}" содержит невидимый или управляющий символ {char} (символ {position}): он может скрыть или переставить то, что читатель видит в адресе. Удалите его.',
  "extensions.not-json": 'Значение "{field}" не является значением JSON ({reason}). Допускаются только текст, числа, true/false, null, списки и объекты.',
  "extensions.too-deep": 'Вложенность "extensions" превышает {max} уровней в "{field}". Упростите структуру.',
  "extensions.too-large": '"extensions" содержит более {max} значений. Храните большие данные вне отчёта.',
  "extensions.too-large.text": '"extensions" содержит более {max} символов текста. Храните большие данные вне отчёта.',
  "extensions.unsafe-key": 'Ключ "{key}" в "extensions" сохранён, но программы, объединяющие объекты, могут прочитать его неверно. Переименуйте его.',
  "reporter.unknown": 'Отчитывающееся государство "{received}" не найдено в реестре. Укажите его код ISO alpha-2.',
  "reporter.unknown.suggest": '"{received}" не является кодом реестра; возможно, имелось в виду "{suggestion}" ({name})? Укажите код ISO alpha-2.',
  "reporter.not-state": '"{code}" ({name}) — организация; национальные отчёты представляют государства.',
  "reporter.not-participant": "{name} ({code}) в {year} году не было ни государством-членом, ни наблюдателем и не может отчитываться за этот год.",
  "reporter.observer":
    "{name} ({code}) в {year} году было наблюдателем: его отчёт добровольный, принимается и учитывается отдельно от отчётов государств-членов.",
  "catalogue.unknown": 'Каталог "{received}" здесь неизвестен; используйте один из: {known}.',
  "measure.unknown": 'Меры "{measure}" нет в {catalogue}. Сверьте номер с каталогом.',
  "measure.unknown.elsewhere": 'Меры "{measure}" нет в {catalogue}; она есть в {elsewhere}. Укажите меру из {catalogue} или измените каталог отчёта.',
  "measure.duplicate": 'Мера "{measure}" указана дважды (также в записи {first}). Объедините записи.',
  "status.unknown": 'Статуса "{received}" нет в перечне {catalogue}; используйте один из: {known}.',
  "status.unknown.suggest": 'Статуса "{received}" нет в перечне {catalogue}; возможно, имелось в виду "{suggestion}"?',
  "nil.with-entries": 'Нулевой отчёт ("nil": true, сообщать нечего) не может содержать записей; записей: {count}. Удалите записи или признак nil.',
  "entries.empty": 'В отчёте нет записей. Добавьте записи или представьте нулевой отчёт ("nil": true), если сообщать нечего.',
  "partner.unknown": 'Партнёр "{received}" не найден в реестре. Укажите его код ISO alpha-2.',
  "partner.unknown.suggest": '"{received}" не является кодом реестра; возможно, имелось в виду "{suggestion}" ({name})?',
  "partner.is-reporter": 'Партнёр "{code}" — само отчитывающееся государство. Удалите его из списка партнёров.',
  "activity.outside-year":
    "Мероприятие ({from} — {to}) выходит за пределы {year} года, за который представлен отчёт. Проверьте даты или отразите его в отчёте за соответствующий год.",
  "activity.ends-before-start": "Мероприятие заканчивается ({to}) раньше, чем начинается ({from}). Исправьте даты.",
  "submitted.before-year": '"submittedOn" ({submittedOn}) раньше {year} года, за который представлен отчёт. Проверьте дату или год.',
  "submitted.in-future": '"submittedOn" ({submittedOn}) позже сегодняшней даты ({today}). Проверьте дату.',
};

/** Russian templates of the ledger's rules (working translations). */
export const RU_LEDGER: Readonly<Record<keyof typeof EN_LEDGER, string>> = {
  "ledger.type": 'Это не документ реестра отчётов ({received}): ожидается {"schema": "cica-cbm/ledger@1", "reports": [...]}, как его записывает ledgerToJSON.',
  "ledger.type.text":
    'Это не документ реестра отчётов ("{received}"): ожидается {"schema": "cica-cbm/ledger@1", "reports": [...]}, как его записывает ledgerToJSON.',
  "ledger.conflict":
    "Редакция {revision} отчёта {reporter} за {year} год по {catalogue} уже записана (представлена {recordedOn}) с иным содержанием, чем эта (представлена {submittedOn}). Направьте исправление как редакцию {next}.",
  "ledger.id-changed":
    'У этой редакции id "{received}", а у прежних редакций отчёта {reporter} за {year} год по {catalogue} — "{recordedId}". Сохраняйте id неизменным во всех редакциях.',
  // Чтение без потерь (рабочий перевод): текст реестра и CSV командной строки.
  "ledger.duplicate-key":
    'Ключ "{key}" указан дважды в объекте {object} (строка {line}, столбец {column}; впервые — строка {firstLine}, столбец {firstColumn}). Программа чтения JSON сохраняет только один из них, и часть реестра была бы потеряна: удалите или переименуйте один.',
  "ledger.duplicate-key.top":
    'Ключ "{key}" указан дважды в объекте верхнего уровня документа (строка {line}, столбец {column}; впервые — строка {firstLine}, столбец {firstColumn}). Программа чтения JSON сохраняет только один из них, и часть реестра была бы потеряна: удалите или переименуйте один.',
};

/** Russian templates of the command line's CSV reader (working translations). */
export const RU_CSV: Readonly<Record<keyof typeof EN_CSV, string>> = {
  "csv.contradiction":
    'В строке {row} поле {column} равно "{value}", а в строке {firstRow} того же отчёта (id {id}, редакция {revision}) — "{first}". Строки одного отчёта должны совпадать: исправьте одну из них.',
  "csv.contradiction.entry":
    'В строке {row} поле {column} для меры {measure} равно "{value}", а в строке {firstRow} того же отчёта (id {id}, редакция {revision}) — "{first}". Строки одной записи должны совпадать: исправьте одну из них.',
  "csv.row-without-measure":
    "В строке {row} отчёта {id} (редакция {revision}) не указана мера, а отчёт не является нулевым. Укажите меру, к которой относится строка, или отметьте отчёт как нулевой (nil = true), если сообщать нечего.",
};

/** Russian templates of the migration with a measure map (working translations). */
export const RU_MIGRATION: Readonly<Record<keyof typeof EN_MIGRATION, string>> = {
  "migration.catalogue": "Этот отчёт составлен по {received}, а таблица соответствия мер переводит отчёты из {from}. Используйте таблицу для {received}.",
  "migration.unmapped":
    'У меры "{measure}" версии {from} нет соответствия в {to}, поэтому отчёт не переведён (исходный сохранён). Добавьте "{measure}" в таблицу соответствия или сначала перенесите запись на другую меру в новой редакции.',
  "migration.merged":
    'Мера "{measure}" переходит в "{into}" версии {to}, как и "{other}" из записи {otherEntry}: две записи слились бы в одну, поэтому отчёт не переведён (исходный сохранён). Сначала объедините их в новой редакции или разведите их в таблице.',
};

/** The ledger's templates, by language: the ledger renders its issues with them. */
export const LEDGER_MESSAGES = { en: EN_LEDGER, ru: RU_LEDGER };

/** The migration's templates, by language. */
export const MIGRATION_MESSAGES = { en: EN_MIGRATION, ru: RU_MIGRATION };

/** Every English template, by message key (the report's, the ledger's, the CSV reader's and the migration's). */
export const EN: Readonly<Record<string, string>> = /* @__PURE__ */ Object.assign({}, EN_REPORT, EN_LEDGER, EN_CSV, EN_MIGRATION);

/** Every Russian template (working translations), by message key. */
export const RU: Readonly<Record<string, string>> = /* @__PURE__ */ Object.assign({}, RU_REPORT, RU_LEDGER, RU_CSV, RU_MIGRATION);

/** Russian forms of the English words that params carry, by param: "expected" takes the instrumental case. */
export const RU_TERMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  expected: {
    "a text": "текстом",
    "an integer": "целым числом",
    "true or false": "true или false",
    "a list": "списком",
    "an object": "объектом",
    "a number": "числом",
    "a valid value": "допустимым значением",
  },
  received: {
    "a list": "список",
    "an object": "объект",
    nothing: "ничего",
    "a cycle": "цикл",
    "a value nested too deep": "слишком глубоко вложенное значение",
    "a value too large to read": "значение, слишком большое для чтения",
  },
  reason: { "a cycle": "цикл", "a function": "функция" },
  where: { "the report": "отчёта", "an entry": "записи", "an activity": "мероприятия", "an evidence link": "ссылки на подтверждение" },
};

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
