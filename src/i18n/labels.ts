// The words of the tables and the heat map, and the other human-facing strings of the library,
// in English and Russian (working translations).
import type { PlanLabels } from "./planLabels.js";

export type { PlanLabels } from "./planLabels.js";

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
  /** Words of the heat map. */
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
    /** A cell of a group without measures. */
    readonly none: string;
    /** Beside a state whose report is a nil report. */
    readonly nil: string;
    /** The legend's heading. */
    readonly legend: string;
    /** The legend's grey box. */
    readonly noData: string;
    /** The default title. */
    readonly title: (catalogue: string, year: number) => string;
    /** The description for screen readers. */
    readonly desc: (rows: number, cols: number) => string;
  };
  /**
   * Words of the dimension review ({@link renderDimensionReview}), for a Locale of one's own; where
   * it gives none, the review is written in English (in Russian for a Locale whose code is `ru`).
   * The built-in words live apart from the tables' so that rendering a table does not load them.
   */
  readonly plan?: PlanLabels;
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
};
