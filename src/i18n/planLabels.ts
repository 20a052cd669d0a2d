// The words of the dimension review (renderDimensionReview), in English and Russian (working
// translations). Apart from labels.ts, so that only the review loads them; a Locale of one's own
// may give its own in Labels.plan.

/**
 * The words of a dimension review in one language: headings, the states of events, column
 * headings, and the sentences that state numbers and dates.
 *
 * @example
 * const words: PlanLabels["states"] = { held: "held", "held-by-reports": "held (reports)", postponed: "postponed",
 *   cancelled: "cancelled", merged: "merged", "no-information": "no information" };
 *
 * @category Languages
 */
export interface PlanLabels {
  /** The review's heading: the dimension's name and the year. */
  readonly title: (dimension: string, year: number) => string;
  /** The line naming the plan revision read. */
  readonly plan: (id: string, revision: number, approvedOn: string) => string;
  /** In place of that line when no plan was approved by the review's date. */
  readonly noPlan: string;
  /** The review's date. */
  readonly asOf: (date: string) => string;
  /** How many plan revisions were left out as conflicting. */
  readonly conflicts: (count: number) => string;
  /** What "no information" means. */
  readonly noInformationNote: string;
  /** In place of an empty table. */
  readonly nothing: string;
  /** Section headings. */
  readonly sections: Readonly<
    Record<"execution" | "byArea" | "byProposer" | "byCoordinator" | "events" | "unplanned" | "matrix" | "replies" | "mirror", string>
  >;
  /** The states of an event. */
  readonly states: Readonly<Record<"held" | "held-by-reports" | "postponed" | "cancelled" | "merged" | "no-information", string>>;
  /** Column headings and words of the tables. */
  readonly columns: Readonly<
    Record<
      | "dimension"
      | "event"
      | "title"
      | "planned"
      | "area"
      | "proposer"
      | "coordinator"
      | "state"
      | "confirmedBy"
      | "events"
      | "reporter"
      | "measure"
      | "activity"
      | "dates"
      | "partners"
      | "unknown"
      | "noArea",
      string
    >
  >;
}

/** English words of the dimension review. */
export const EN_PLAN_LABELS: PlanLabels = {
  title: (dimension, year) => `${dimension}: review of implementation, ${year}`,
  plan: (id, revision, approvedOn) => `Plan ${id}, revision ${revision}, approved on ${approvedOn}.`,
  noPlan: "No plan for the year was approved by the date of the review.",
  asOf: (date) => `As of ${date}.`,
  conflicts: (count) => `Plan revisions given twice with different content, not counted: ${count}.`,
  noInformationNote: "“No information” means that neither the plan nor the reports say whether the event took place; it does not mean the event was not held.",
  nothing: "None.",
  sections: {
    execution: "Plan execution",
    byArea: "By priority area",
    byProposer: "By primary proposer",
    byCoordinator: "By coordinator of the priority area",
    events: "Events of the plan",
    unplanned: "Activities reported outside the plan",
    matrix: "Implementation by the states' reports",
    replies: "Replies",
    mirror: "Joint activities: the partners' accounts compared",
  },
  states: {
    held: "held",
    "held-by-reports": "held (by the reports only)",
    postponed: "postponed",
    cancelled: "cancelled",
    merged: "merged into another event",
    "no-information": "no information",
  },
  columns: {
    dimension: "Dimension",
    event: "Event",
    title: "Title",
    planned: "Planned",
    area: "Priority area",
    proposer: "Proposer",
    coordinator: "Coordinator",
    state: "State",
    confirmedBy: "Confirmed by",
    events: "Events",
    reporter: "Reported by",
    measure: "Measure",
    activity: "Activity",
    dates: "Dates",
    partners: "Partners",
    unknown: "unknown",
    noArea: "no priority area",
  },
};

/** Russian words of the dimension review (working translations). */
export const RU_PLAN_LABELS: PlanLabels = {
  title: (dimension, year) => `${dimension}: обзор выполнения мер, ${year} год`,
  plan: (id, revision, approvedOn) => `План ${id}, редакция ${revision}, утверждён ${approvedOn}.`,
  noPlan: "План на этот год не был утверждён к дате обзора.",
  asOf: (date) => `По состоянию на ${date}.`,
  conflicts: (count) => `Не учтены редакции плана, представленные дважды с разным содержанием: ${count}.`,
  noInformationNote: "«Нет сведений» означает, что ни план, ни отчёты не говорят, состоялось ли мероприятие; это не означает, что оно не состоялось.",
  nothing: "Нет.",
  sections: {
    execution: "Выполнение плана",
    byArea: "По приоритетным областям",
    byProposer: "По основному инициатору",
    byCoordinator: "По координатору приоритетной области",
    events: "Мероприятия плана",
    unplanned: "Мероприятия из отчётов вне плана",
    matrix: "Выполнение мер по отчётам государств",
    replies: "Ответы",
    mirror: "Совместные мероприятия: сопоставление данных партнёров",
  },
  states: {
    held: "состоялось",
    "held-by-reports": "состоялось (только по отчётам)",
    postponed: "перенесено",
    cancelled: "отменено",
    merged: "объединено с другим мероприятием",
    "no-information": "нет сведений",
  },
  columns: {
    dimension: "Измерение",
    event: "Мероприятие",
    title: "Название",
    planned: "Срок по плану",
    area: "Приоритетная область",
    proposer: "Инициатор",
    coordinator: "Координатор",
    state: "Состояние",
    confirmedBy: "Подтверждено",
    events: "Мероприятий",
    reporter: "Сообщило",
    measure: "Мера",
    activity: "Мероприятие",
    dates: "Даты",
    partners: "Партнёры",
    unknown: "неизвестно",
    noArea: "без приоритетной области",
  },
};
