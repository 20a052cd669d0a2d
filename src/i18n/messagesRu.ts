// The Russian message templates (working translations), by rule group, and the Russian forms of
// words that params carry.
import type { EN_CSV, EN_DRAFT, EN_LEDGER, EN_MIGRATION, EN_PLAN, EN_REPORT } from "./messagesEn.js";

/** Russian templates of the report rules (working translations), by message key: every key of {@link EN_REPORT}. */
export const RU_REPORT: Readonly<Record<keyof typeof EN_REPORT, string>> = {
  "report.type": "Отчёт должен быть объектом JSON {…}; получено: {received}.",
  "report.type.text": 'Отчёт должен быть объектом JSON {…}; получено: "{received}".',
  // validateReportText (working translations); {reason} is the platform's English text
  "report.not-json": "Текст не является JSON ({reason}). Представьте отчёт как текст JSON: один объект {…}, как его сохраняет форма.",
  "report.not-json.at":
    "Текст не является JSON: чтение прервалось в строке {line}, столбце {column} ({reason}). Исправьте текст в этом месте или представьте отчёт так, как его сохраняет форма.",
  "report.too-many-issues":
    "В отчёте более {max} замечаний: перечислены {max}, ошибки — в первую очередь, и ещё {more} найдено до остановки проверки. Исправьте их и проверьте отчёт снова.",
  "report.too-many-warnings": "В отчёте более {max} предупреждений: перечислены первые {max}, и найдено ещё {more}. Они не препятствуют принятию отчёта.",
  // Limits before work (reliability round 2); working translations
  "report.too-large":
    'Отчёт содержит более {max} значений (общее значение учитывается в каждом месте); он прочитан только до "{field}". Представьте его как простые данные.',
  "report.too-large.value": '"{field}" вне формата или неверного типа и содержит более {max} значений; дальше оно не читалось. Удалите его.',
  // report@2 (working translations)
  "schema.unsupported":
    'Поле "schema" должно иметь значение "cica-cbm/report@2" (или прежнее "cica-cbm/report@1"); в отчёте указано {received}. Сначала преобразуйте отчёт в формат report@2.',
  "schema.unsupported.text":
    'Поле "schema" должно иметь значение "cica-cbm/report@2" (или прежнее "cica-cbm/report@1"); в отчёте указано "{received}". Сначала преобразуйте отчёт в формат report@2.',
  "field.unknown": '"{key}" не является полем {where}. Удалите его или проверьте написание.',
  "field.unknown.top": '"{key}" не является полем отчёта. Дополнительные данные помещайте в "extensions" или проверьте написание.',
  // report@2 (working translation)
  "field.unknown.version":
    '"{key}" не является полем {where} в отчёте report@1: для него нужно "schema": "{schema}". Замените "schema" отчёта на "{schema}" или удалите это поле.',
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
  "catalogue.unknown.suggest": 'Каталог "{received}" здесь неизвестен; возможно, имелось в виду "{suggestion}"?',
  // Issue 15 (working translations)
  "catalogue.superseded":
    "Каталог {catalogue} для {year} года заменён каталогом {by} (принят {adopted}). Отчитывайтесь по {by} или перенесите отчёт на него по таблице соответствия мер (migrateReport).",
  "year.not-ended":
    "{year} год, за который представлен отчёт, ещё не закончился (сегодня {today}): отчёт может измениться. Представьте его по окончании года или затем уточните новой редакцией.",
  "measure.unknown": 'Меры "{measure}" нет в {catalogue}. Сверьте номер с каталогом.',
  "measure.unknown.elsewhere": 'Меры "{measure}" нет в {catalogue}; она есть в {elsewhere}. Укажите меру из {catalogue} или измените каталог отчёта.',
  "measure.unknown.suggest": 'Меры "{measure}" нет в {catalogue}; возможно, имелось в виду "{suggestion}"? Пишите номер так, как в каталоге.',
  "measure.duplicate": 'Мера "{measure}" указана дважды (также в записи {first}). Объедините записи.',
  "measure.heading":
    '"{measure}" в {catalogue} — заголовок группы, а не мера: запись сохранена, но в охвате не учитывается. Отчитывайтесь по её подпунктам: {items}.',
  "status.unknown": 'Статуса "{received}" нет в перечне {catalogue}; используйте один из: {known}.',
  "status.unknown.suggest": 'Статуса "{received}" нет в перечне {catalogue}; возможно, имелось в виду "{suggestion}"?',
  "status.unscored-with-activities":
    'Статус записи — "{status}", но в ней перечислены мероприятия ({count}): запись учитывается как представленная, но в уровень выполнения не входит, и мероприятия нигде не учитываются. Укажите статус, отражающий степень выполнения меры, или перенесите мероприятия.',
  "nil.with-entries": 'Нулевой отчёт ("nil": true, сообщать нечего) не может содержать записей; записей: {count}. Удалите записи или признак nil.',
  "entries.empty": 'В отчёте нет записей. Добавьте записи или представьте нулевой отчёт ("nil": true), если сообщать нечего.',
  "partner.unknown": 'Партнёр "{received}" не найден в реестре. Укажите его код ISO alpha-2.',
  "partner.unknown.suggest": '"{received}" не является кодом реестра; возможно, имелось в виду "{suggestion}" ({name})?',
  "partner.is-reporter": 'Партнёр "{code}" — само отчитывающееся государство. Удалите его из списка партнёров.',
  "activity.outside-year":
    "Мероприятие ({from} — {to}) выходит за пределы {year} года, за который представлен отчёт. Проверьте даты или отразите его в отчёте за соответствующий год.",
  "activity.ends-before-start": "Мероприятие заканчивается ({to}) раньше, чем начинается ({from}). Исправьте даты.",
  "activity.kind-unknown": 'Вида мероприятия "{received}" нет в перечне {catalogue}; используйте один из: {known}.',
  "activity.kind-unknown.suggest": 'Вида мероприятия "{received}" нет в перечне {catalogue}; возможно, имелось в виду "{suggestion}"?',
  // report@2 (working translations)
  "access.public-inside-restricted":
    'Часть отчёта ({part}) отмечена как "public", но входит в часть только для государств-членов ({container}), поэтому не публикуется. Чтобы опубликовать её, задайте "{change}" значение "public" или удалите отметку.',
  "access.public-inside-restricted.report":
    'Часть отчёта ({part}) отмечена как "public", но сам отчёт предназначен только для государств-членов (в нём нет "access": "public"), поэтому она не публикуется. Чтобы опубликовать её, задайте "{change}" отчёта значение "public" или удалите отметку.',
  "entry.nothing-new-not-before-year":
    '"nothingNewSince" ({since}) должно быть годом раньше {year} года, за который представлен отчёт: оно означает, что с того года нового нет. Исправьте год или удалите поле.',
  "entry.nothing-new-with-activities":
    'В записи указано, что нового нет с {since} года, но в ней перечислены мероприятия {year} года ({count}): это новое. Удалите "nothingNewSince" или мероприятия.',
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
  "ledger.conflict.files":
    "Редакция {revision} отчёта {reporter} за {year} год по {catalogue} уже прочитана из {firstSource} ({firstWhere}, представлена {recordedOn}) с иным содержанием, чем эта (представлена {submittedOn}). Обзор не учитывает ни одну из них: направьте исправление как редакцию {next}.",
  "ledger.id-changed":
    'У этой редакции id "{received}", а у прежних редакций отчёта {reporter} за {year} год по {catalogue} — "{recordedId}". Сохраняйте id неизменным во всех редакциях.',
  "ledger.backdated":
    "Редакция {revision} отчёта {reporter} за {year} год по {catalogue} датирована {submittedOn}, раньше предшествующей ей редакции {earlier} ({earlierOn}). Она записана и учитывается с {earlierOn}: проверьте её submittedOn.",
  "ledger.backdated.later":
    "Редакция {revision} отчёта {reporter} за {year} год по {catalogue} датирована {submittedOn}, раньше этой, предшествующей ей редакции {earlier} ({earlierOn}). Обе записаны, а редакция {revision} учитывается с {earlierOn}: проверьте обе даты.",
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
  "csv.measure-date":
    "В строке {row} отчёта {id} вместо меры стоит дата «{value}»: так электронная таблица превращает номер меры, например «{guess}». Задайте столбцу меры формат «Текстовый» и введите номер снова (или откройте файл через «Данные › Из текстового/CSV-файла», указав для этого столбца тип «Текст»), затем сохраните как «CSV UTF-8».",
};

/** Russian templates of drafts (working translations). */
export const RU_DRAFT: Readonly<Record<keyof typeof EN_DRAFT, string>> = {
  "draft.type": "Черновик должен быть объектом JSON {…}; получено: {received}.",
  "draft.type.text": 'Черновик должен быть объектом JSON {…}; получено: "{received}".',
  "draft.type.schema":
    'Поле "schema" черновика должно иметь значение "cica-cbm/draft@1"; в этом указано {received}. Загрузите черновик, сохранённый формой, или начните новый с помощью createDraft или carryForward.',
  "draft.type.schema.text":
    'Поле "schema" черновика должно иметь значение "cica-cbm/draft@1"; в этом указано "{received}". Загрузите черновик, сохранённый формой, или начните новый с помощью createDraft или carryForward.',
};

/** Russian templates of the migration with a measure map (working translations). */
export const RU_MIGRATION: Readonly<Record<keyof typeof EN_MIGRATION, string>> = {
  "migration.catalogue": "Этот отчёт составлен по {received}, а таблица соответствия мер переводит отчёты из {from}. Используйте таблицу для {received}.",
  "migration.unmapped":
    'У меры "{measure}" версии {from} нет соответствия в {to}, поэтому отчёт не переведён (исходный сохранён). Добавьте "{measure}" в таблицу соответствия или сначала перенесите запись на другую меру в новой редакции.',
  "migration.merged":
    'Мера "{measure}" переходит в "{into}" версии {to}, как и "{other}" из записи {otherEntry}: две записи слились бы в одну, поэтому отчёт не переведён (исходный сохранён). Сначала объедините их в новой редакции или разведите их в таблице.',
};

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
    // report@2 (working translation)
    '"public" or "member-states"': '"public" или "member-states"',
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
  // report@2 (working translations)
  part: { entry: "запись", activity: "мероприятие" },
  where: {
    "the report": "отчёта",
    "an entry": "записи",
    "an activity": "мероприятия",
    "an evidence link": "ссылки на подтверждение",
    // The annual plan (working translations).
    "an event": "мероприятия плана",
    "an event's title": "названия мероприятия",
    "an event's outcome": "итога мероприятия",
  },
};

/** Russian templates of the annual plan's rules (working translations): every key of {@link EN_PLAN}. */
export const RU_PLAN: Readonly<Record<keyof typeof EN_PLAN, string>> = {
  "plan.type": "План должен быть объектом JSON {…}; получено: {received}.",
  "plan.type.text": 'План должен быть объектом JSON {…}; получено: "{received}".',
  "plan.too-large":
    'План содержит более {max} значений (общее значение учитывается в каждом месте); он прочитан только до "{field}". Представьте его как простые данные.',
  "plan.too-large.value": '"{field}" вне формата или неверного типа и содержит более {max} значений; дальше оно не читалось. Удалите его.',
  "plan.too-many-issues":
    "В плане более {max} замечаний: перечислены {max}, ошибки — в первую очередь, и ещё {more} найдено до остановки проверки. Исправьте их и проверьте план снова.",
  "plan.too-many-warnings": "В плане более {max} предупреждений: перечислены первые {max}, и найдено ещё {more}. Они не препятствуют принятию плана.",
  "schema.unsupported.plan": 'Поле "schema" должно иметь значение "cica-cbm/plan@1"; в плане указано {received}.',
  "schema.unsupported.plan.text": 'Поле "schema" должно иметь значение "cica-cbm/plan@1"; в плане указано "{received}".',
  "field.unknown.plan": '"{key}" не является полем плана. Дополнительные данные помещайте в "extensions" или проверьте написание.',
  "revision.below-one.plan": 'Поле "revision" должно быть не меньше 1 (утверждённый план — редакция 1); получено: {received}.',
  "plan.value-unknown": 'Поле "{field}" должно иметь одно из значений: {known}; получено: {received}.',
  "plan.value-unknown.text": 'Поле "{field}" должно иметь одно из значений: {known}; получено: "{received}".',
  "plan.planned-date": 'Поле "{field}" должно содержать день (2025-05-14), месяц (2025-05) или квартал (2025-Q2); получено: "{received}".',
  "plan.dimension-unknown": 'Измерение "{received}" не является идентификатором измерения; используйте одно из: {known}.',
  "plan.dimension-unknown.suggest": 'Измерение "{received}" не является идентификатором измерения; возможно, имелось в виду "{suggestion}"?',
  "plan.area-unknown": 'Приоритетная область "{area}" отсутствует в {catalogue}. Сверьте идентификатор с каталогом.',
  "plan.area-unknown.suggest": 'Приоритетная область "{area}" отсутствует в {catalogue}; возможно, имелось в виду "{suggestion}"?',
  "plan.area-mismatch":
    'Приоритетная область "{area}" относится к измерению "{areaDimension}", а не к "{dimension}" — измерению мероприятия. Исправьте область или измерение.',
  "plan.measure-unknown": 'Мера "{measure}" отсутствует в {catalogue}. Сверьте номер с каталогом.',
  "plan.measure-unknown.elsewhere":
    'Мера "{measure}" отсутствует в {catalogue}, но есть в {elsewhere}. Укажите меру из {catalogue} или измените каталог плана.',
  "plan.measure-unknown.suggest": 'Мера "{measure}" отсутствует в {catalogue}; возможно, имелось в виду "{suggestion}"?',
  "plan.measure-mismatch": 'Мера "{measure}" относится к измерению "{owner}", а не к "{stated}" — измерению мероприятия. Исправьте меру или измерение.',
  "plan.measure-mismatch.area":
    'Мера "{measure}" относится к приоритетной области "{owner}", а не к "{stated}" — области мероприятия. Исправьте меру или область.',
  "plan.state-unknown": 'Государство "{received}" не является участником реестра. Используйте его код ISO alpha-2.',
  "plan.state-unknown.suggest": 'Государство "{received}" не является кодом реестра; возможно, имелось в виду "{suggestion}" ({name})?',
  "plan.state-not-member": "{name} ({code}) не являлось государством-членом в {year} году — году плана. Проверьте код или год плана.",
  "plan.state-observer": "{name} ({code}) в {year} году — году плана — было наблюдателем, а не членом: принято, но проверьте, что это так задумано.",
  "plan.state-duplicate": 'Государство "{code}" ("{field}") указано в одном списке дважды (впервые — под индексом {first}). Удалите одно из них.',
  "plan.event-duplicate": 'Идентификатор мероприятия "{id}" указан дважды (также у мероприятия {first}). Дайте каждому мероприятию свой идентификатор.',
  "plan.approved-in-future": 'Дата "approvedOn" ({approvedOn}) позже сегодняшней ({today}). Проверьте дату.',
  "plan.planned-outside-year": "Мероприятие запланировано на {planned}, вне {year} года — года плана. Проверьте дату или год плана.",
  "plan.held-without-dates":
    'Мероприятие отмечено как проведённое, но даты не указаны. Добавьте день начала ("from") и, если оно длилось больше одного дня, день окончания ("to").',
  "plan.held-ends-before-start": "Мероприятие заканчивается ({to}) раньше, чем начинается ({from}). Исправьте даты.",
  "plan.held-outside-year": "Мероприятие проведено ({from} — {to}) вне {year} года — года плана. Проверьте даты.",
  "plan.held-in-future":
    "Мероприятие отмечено как проведённое с {from}, то есть позже сегодняшней даты ({today}). Отметьте его проведённым, когда оно состоится.",
  "plan.postponed-earlier": "Мероприятие перенесено на {to}, то есть раньше {planned} — даты, на которую оно планировалось. Проверьте даты.",
  "plan.postponed-past":
    "Мероприятие всё ещё числится перенесённым на {to}, а этот срок прошёл (сегодня {today}). Укажите, проведено ли оно, перенесено снова или отменено.",
  "plan.merged-unknown": 'Мероприятие объединено с "{into}", но в плане нет такого мероприятия. Укажите идентификатор мероприятия этого плана.',
  "plan.merged-cycle": "Мероприятие объединено с {into}, которое, в свою очередь, объединено с ним ({cycle}). Объедините их в одно из мероприятий.",
  "plan.merged-cycle.self": "Мероприятие объединено само с собой ({into}). Укажите мероприятие, с которым оно объединено.",
  "plan.revision-conflict":
    "Редакция {revision} плана {id} дана дважды с разным содержанием (утверждена {recordedOn} и {approvedOn}). Дайте поправке собственную редакцию — {next}.",
};
