// The words of the tables and the heat map, and the other human-facing strings of the library,
// in English and Russian (working translations).
import type { PlanLabels } from "./planLabels.js";
import type { ReportLabels } from "./reportLabels.js";

export type { PlanLabels } from "./planLabels.js";
export type { ReportLabels } from "./reportLabels.js";

/** English labels. */
export const EN_LABELS: Labels = {
  table: {
    state: "State",
    code: "Code",
    reply: "Reply",
    late: "Late",
    revision: "Revision",
    first: "First submitted",
    entries: "Entries",
    status: "Status",
    report: "report",
    nil: "nil report",
    missing: "missing",
    yes: "yes",
    no: "no",
    expected: "expected",
    voluntary: "voluntary",
    measure: "Measure",
    catalogue: "Catalogue",
    partner: "Partner",
    activity: "Activity",
    dates: "Dates",
    partnerActivity: "Partner's account",
    partnerDates: "Partner's dates",
    confirmed: "confirmed",
    unconfirmed: "not confirmed by the partner",
    "partner-other-catalogue": "partner reported under another catalogue version",
    "no-partner-report": "partner sent no report",
    member: "member",
    observer: "observer",
    none: "none",
    reportingRate: "Reporting rate",
  },
  replies: {
    rejected: "received, rejected",
    rejectedBy: "Rejected submissions (rules)",
    partYear: "member for part of the year",
    unidentified: "no readable identity",
    line: "line",
    row: "row",
    year: "Year",
    expected: "Expected",
    replied: "Replied",
    reported: "Reported",
    nil: "Nil reports",
    late: "Late",
    rejectedCount: "Rejected only",
    missing: "Missing",
    voluntary: "Voluntary",
    rate: "Reporting rate",
    file: "Submission",
    state: "State",
    id: "Report",
    revision: "Revision",
    reasons: "Rejected by (rules)",
  },
  svg: {
    coverage: "coverage",
    of: "of",
    measures: "measures",
    mean: "mean score",
    entries: "entries",
    none: "no measures in this group",
    nil: "nil report",
    legend: "Share of the group's measures reported on",
    noData: "no measures in the group",
    title: (catalogue: string, year: number) => `Implementation of ${catalogue}, ${year}`,
    desc: (rows: number, cols: number) =>
      `Heat map of ${rows} reporting states by ${cols} groups of measures; each cell's colour shows the share of the group's measures the state reported on, from dark (none) to light (all).`,
  },
  matrix: {
    level: "level",
    coverage: "coverage",
    noMeasures: "no measures known",
    heading: "a heading, not reported on",
    unknown: "not reported (unknown)",
    observer: "observer, voluntary report",
    joined: "joined during the year, voluntary report",
    outsider: "not a participant, voluntary report",
    title: (measure, catalogue, year) =>
      measure === "level" ? `Implementation level of ${catalogue}, ${year}` : `Coverage of reporting on ${catalogue}, ${year}`,
    legend: (measure, lowest, highest) =>
      measure === "level"
        ? `Implementation level: the mean status of the entries reported in the group, from 0% (${lowest}) to 100% (${highest}); statuses outside the scale ("not applicable") left out, measures not reported on are unknown, not zero. With it, the coverage: the share of the group's measures reported on.`
        : "Coverage: the share of the group's measures the state reported on, whatever their status (not the implementation level).",
    desc: (measure, rows, cols) =>
      `Heat map of ${rows} reporting states by ${cols} groups of measures; each cell's colour shows ${measure === "level" ? "the state's implementation level in the group (the mean reported status, 0% to 100%), with its coverage written below" : "the share of the group's measures the state reported on"}, from dark (low) to light (high).`,
  },
};

/**
 * The words of a language outside the messages: the headings and words of the tables
 * ({@link replyTable}, {@link matrixTable}, {@link discrepancyTable}, and the command line's
 * summary line) and of the heat map ({@link renderMatrixSvg}), whose title and description are
 * functions of the numbers they state.
 *
 * @example
 * const labels: Labels = en.labels;
 *
 * @category Languages
 */
export interface Labels {
  /** Headings and words of the tables (and the command line's summary line), by key. */
  readonly table: Readonly<
    Record<
      | "state"
      | "code"
      | "reply"
      | "late"
      | "revision"
      | "first"
      | "entries"
      | "status"
      | "report"
      | "nil"
      | "missing"
      | "yes"
      | "no"
      | "expected"
      | "voluntary"
      | "measure"
      | "catalogue"
      | "partner"
      | "activity"
      | "dates"
      | "partnerActivity"
      | "partnerDates"
      | "confirmed"
      | "unconfirmed"
      | "partner-other-catalogue"
      | "no-partner-report"
      | "member"
      | "observer"
      | "none"
      | "reportingRate",
      string
    >
  >;
  /** Words of the table of replies' rejected submissions and marks, and of the rate table ({@link replyTable}, {@link rateTable}). */
  readonly replies: Readonly<
    Record<
      | "rejected"
      | "rejectedBy"
      | "partYear"
      | "unidentified"
      | "line"
      | "row"
      | "year"
      | "expected"
      | "replied"
      | "reported"
      | "nil"
      | "late"
      | "rejectedCount"
      | "missing"
      | "voluntary"
      | "rate"
      | "file"
      | "state"
      | "id"
      | "revision"
      | "reasons",
      string
    >
  >;
  /** Words of the heat map (those of a coverage cell's description; the measure's words are in `matrix`). */
  readonly svg: {
    /** Words of a cell's description, for screen readers: "coverage 40% (2 of 5 measures), mean score 1.50, entries: 2". */
    readonly coverage: string;
    /** See `coverage`. */
    readonly of: string;
    /** See `coverage`. */
    readonly measures: string;
    /** See `coverage`. */
    readonly mean: string;
    /** See `coverage`. */
    readonly entries: string;
    /** A cell of a group without measures. @deprecated Not used since the heat map shows a measure: see `matrix`. */
    readonly none: string;
    /** Beside a state whose report is a nil report. */
    readonly nil: string;
    /** The legend's heading. @deprecated Not used since the heat map shows a measure: see `matrix`. */
    readonly legend: string;
    /** The legend's grey box. @deprecated Not used since the heat map shows a measure: see `matrix`. */
    readonly noData: string;
    /** The default title. @deprecated Not used since the heat map shows a measure: see `matrix`. */
    readonly title: (catalogue: string, year: number) => string;
    /** The description for screen readers. @deprecated Not used since the heat map shows a measure: see `matrix`. */
    readonly desc: (rows: number, cols: number) => string;
  };
  /**
   * Words of the dimension review ({@link renderDimensionReview}), for a Locale of one's own; where
   * it gives none, the review is written in English (in Russian for a Locale whose code is `ru`).
   * The built-in words live apart from the tables' so that rendering a table does not load them.
   */
  readonly plan?: PlanLabels;
  /**
   * Words of a national report rendered for people ({@link renderReport}), for a Locale of one's
   * own; where it gives none, the report is written in English (in Russian for a Locale whose code
   * is `ru`). The built-in words live apart from the tables' so that rendering a table does not load them.
   */
  readonly report?: ReportLabels;
  /** Words of the implementation matrix ({@link matrixTable}, {@link renderMatrixSvg}) that depend on its measure. */
  readonly matrix: {
    /** The implementation level, in a column heading ("Human dimension: level"). */
    readonly level: string;
    /** The coverage, in a column heading and below a level in the heat map. */
    readonly coverage: string;
    /** A group with no reportable measures known (the economic dimension of the 2021 Catalogue). */
    readonly noMeasures: string;
    /** A column of one measure-group (a heading) when the matrix is by measure. */
    readonly heading: string;
    /** A cell whose level is unknown: nothing on the scale reported in the group. */
    readonly unknown: string;
    /** Beside an observer whose report is voluntary. */
    readonly observer: string;
    /** Beside a state that joined during the year, whose report is voluntary. */
    readonly joined: string;
    /** Beside a code that is no participant of the year. */
    readonly outsider: string;
    /** The default title of the heat map. */
    readonly title: (measure: "level" | "coverage", catalogue: string, year: number) => string;
    /** What the cells are and how they are computed; `lowest` and `highest` are the scale's status labels. */
    readonly legend: (measure: "level" | "coverage", lowest: string, highest: string) => string;
    /** The heat map's description for screen readers. */
    readonly desc: (measure: "level" | "coverage", rows: number, cols: number) => string;
  };
}

/** Russian labels (working translations). */
export const RU_LABELS: Labels = {
  table: {
    state: "Государство",
    code: "Код",
    reply: "Ответ",
    late: "С опозданием",
    revision: "Редакция",
    first: "Впервые представлен",
    entries: "Записей",
    status: "Статус",
    report: "отчёт",
    nil: "нулевой отчёт",
    missing: "нет",
    yes: "да",
    no: "нет",
    expected: "ожидался",
    voluntary: "добровольно",
    measure: "Мера",
    catalogue: "Каталог",
    partner: "Партнёр",
    activity: "Мероприятие",
    dates: "Даты",
    partnerActivity: "Данные партнёра",
    partnerDates: "Даты партнёра",
    confirmed: "подтверждено",
    unconfirmed: "не подтверждено партнёром",
    "partner-other-catalogue": "партнёр представил отчёт по другой версии каталога",
    "no-partner-report": "партнёр не представил отчёт",
    member: "член",
    observer: "наблюдатель",
    none: "нет",
    reportingRate: "Доля ответивших",
  },
  replies: {
    rejected: "получен, отклонён",
    rejectedBy: "Отклонённые отчёты (правила)",
    partYear: "член часть года",
    unidentified: "реквизиты не читаются",
    line: "строка",
    row: "строка",
    year: "Год",
    expected: "Ожидалось",
    replied: "Ответили",
    reported: "С отчётом",
    nil: "Нулевых отчётов",
    late: "С опозданием",
    rejectedCount: "Только отклонённые",
    missing: "Не ответили",
    voluntary: "Добровольно",
    rate: "Доля ответивших",
    file: "Отправка",
    state: "Государство",
    id: "Отчёт",
    revision: "Редакция",
    reasons: "Отклонён по правилам",
  },
  svg: {
    coverage: "охват",
    of: "из",
    measures: "мер",
    mean: "средний балл",
    entries: "записей",
    none: "в группе нет мер",
    nil: "нулевой отчёт",
    legend: "Доля мер группы, по которым представлены сведения",
    noData: "в группе нет мер",
    title: (catalogue, year) => `Выполнение мер: ${catalogue}, ${year}`,
    desc: (rows, cols) =>
      `Тепловая карта: ${rows} отчитавшихся государств × ${cols} групп мер; цвет ячейки показывает долю мер группы, по которым государство представило сведения, от тёмного (ни одной) до светлого (все).`,
  },
  matrix: {
    level: "уровень",
    coverage: "охват",
    noMeasures: "меры не известны",
    heading: "заголовок, сведения не представляются",
    unknown: "нет сведений (неизвестно)",
    observer: "наблюдатель, добровольный отчёт",
    joined: "вступило в течение года, добровольный отчёт",
    outsider: "не участник, добровольный отчёт",
    title: (measure, catalogue, year) => (measure === "level" ? `Уровень выполнения мер: ${catalogue}, ${year}` : `Охват отчётности: ${catalogue}, ${year}`),
    legend: (measure, lowest, highest) =>
      measure === "level"
        ? `Уровень выполнения: средний статус записей группы, от 0% («${lowest}») до 100% («${highest}»); статусы вне шкалы («неприменимо») не учитываются, меры без сведений — неизвестны, а не ноль. Вместе с ним — охват: доля мер группы, по которым представлены сведения.`
        : "Охват: доля мер группы, по которым государство представило сведения, в любом статусе (не уровень выполнения).",
    desc: (measure, rows, cols) =>
      `Тепловая карта: ${rows} отчитавшихся государств × ${cols} групп мер; цвет ячейки показывает ${measure === "level" ? "уровень выполнения мер группы (средний статус, от 0% до 100%), под ним — охват" : "долю мер группы, по которым государство представило сведения"}, от тёмного (мало) до светлого (много).`,
  },
};
