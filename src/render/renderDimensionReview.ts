import { optional } from "../i18n/checkLocale.js";
import { textIn } from "../i18n/localize.js";
import { labelsOf } from "../i18n/messageSource.js";
import { EN_PLAN_LABELS, RU_PLAN_LABELS } from "../i18n/planLabels.js";
import type { EventBreakdownRow, EventStateCounts } from "../plans/executionTypes.js";
import type { DimensionReview } from "../plans/dimensionReview.js";
import { discrepancyTable } from "./discrepancyTable.js";
import { matrixTable } from "./matrixTable.js";
import { replyTable } from "./replyTable.js";
import type { Table } from "./table.js";
import { nameIn, type TableOptions } from "./tableOptions.js";
import { escapeMarkdown, toMarkdown } from "./toMarkdown.js";

/** What the review reads of a Locale of one's own besides the tables' labels: its words, where it gives them. */
const PLAN_PART = { labels: { plan: /* @__PURE__ */ optional(EN_PLAN_LABELS) } };

const STATES = ["held", "held-by-reports", "postponed", "cancelled", "merged", "no-information"] as const;

/**
 * A dimension review ({@link dimensionReview}) as one Markdown document, in English or Russian
 * (Russian headings and words are working translations): the plan line and the review's date; the
 * plan's execution (totals by state of event, then by priority area, primary proposer and
 * coordinator, each table's rows adding up to the totals), with what "no information" means; the
 * events one by one with the states whose reports confirm them; the activities reported outside
 * the plan; the implementation matrix's columns for the dimension; the table of replies; and the
 * mirror checks of its joint activities. Every text from the data is escaped as {@link toMarkdown}
 * escapes it.
 *
 * @param review - From {@link dimensionReview}.
 * @param options - The language (`"en"` by default, `"ru"`, or a {@link Locale}: its `labels.plan`
 *   where it gives them, else English) and the registry that names the states (codes alone without it).
 * @returns The Markdown text, ending with a line break.
 * @throws {@link CbmError} `invalid-argument` for a language that is not one.
 *
 * @example
 * const review = dimensionReview([], [], cica, { year: 2025, dimension: "human", catalogue: "cica@2021" });
 * renderDimensionReview(review, { lang: "ru" }).split("\n")[0]
 * //=> "# Человеческое измерение: обзор выполнения мер, 2025 год"
 *
 * @category Rendering
 */
export function renderDimensionReview(review: DimensionReview, options: TableOptions = {}): string {
  const lang = labelsOf(options.lang, "renderDimensionReview", "options.lang", PLAN_PART);
  const w = lang.labels.plan ?? (lang.code === "ru" ? RU_PLAN_LABELS : EN_PLAN_LABELS);
  const { execution } = review;
  const state = (code: string) => (code === "unknown" ? w.columns.unknown : nameIn(options.registry, code, lang));
  const table = (t: Table) => (t.rows.length === 0 ? `${w.nothing}\n` : toMarkdown(t));
  // The states are words in a sentence or a cell ("held"); as column headings they start with a capital, as the others do.
  const heading = (text: string) => text.replace(/^(\P{L}*)(\p{Ll})/u, (_, before: string, letter: string) => before + letter.toLocaleUpperCase(lang.code));
  const countColumns = [{ key: "events", label: w.columns.events }, ...STATES.map((s) => ({ key: s, label: heading(w.states[s]) }))];
  const countCells = (counts: EventStateCounts) => Object.fromEntries([["events", counts.events], ...STATES.map((s) => [s, counts[s]])]);
  const breakdown = (rows: readonly EventBreakdownRow[], heading: string, name: (row: EventBreakdownRow) => string): Table => ({
    columns: [{ key: "key", label: heading }, ...countColumns],
    rows: rows.map((row) => ({ key: name(row), ...countCells(row.counts) })),
  });
  const areaName = (row: EventBreakdownRow) => (row.key === "(none)" ? w.columns.noArea : row.label ? textIn(row.label, lang.code) : row.key);
  const areaTitle = new Map(execution.byPriorityArea.map((row) => [row.key, areaName(row)]));
  const dates = (from: string, to: string) => (from === to ? from : `${from}/${to}`);

  const intro = [
    execution.plan ? w.plan(execution.plan.id, execution.plan.revision, execution.plan.approvedOn) : w.noPlan,
    ...(review.asOf !== undefined ? [w.asOf(review.asOf)] : []),
    ...(execution.conflicts.length > 0 ? [w.conflicts(execution.conflicts.length)] : []),
  ];
  const events: Table = {
    columns: [
      { key: "id", label: w.columns.event },
      { key: "title", label: w.columns.title },
      { key: "planned", label: w.columns.planned },
      { key: "area", label: w.columns.area },
      { key: "proposer", label: w.columns.proposer },
      { key: "coordinator", label: w.columns.coordinator },
      { key: "state", label: w.columns.state },
      { key: "confirmedBy", label: w.columns.confirmedBy },
    ],
    rows: execution.events.map((event) => ({
      id: event.id,
      title: textIn(event.title, lang.code),
      planned: event.planned,
      area: areaTitle.get(event.priorityArea ?? "(none)") ?? event.priorityArea ?? w.columns.noArea,
      proposer: state(event.proposer),
      coordinator: state(event.coordinator),
      state: w.states[event.state],
      confirmedBy: event.activities.map((a) => state(a.reporter)).join(", "),
    })),
  };
  const unplanned: Table = {
    columns: [
      { key: "reporter", label: w.columns.reporter },
      { key: "measure", label: w.columns.measure },
      { key: "activity", label: w.columns.activity },
      { key: "dates", label: w.columns.dates },
      { key: "partners", label: w.columns.partners },
    ],
    rows: execution.unplanned.map((a) => ({
      reporter: state(a.reporter),
      measure: a.measure,
      activity: a.title,
      dates: dates(a.from, a.to),
      partners: a.partners.map(state).join(", "),
    })),
  };
  const tableOptions = { lang: options.lang ?? "en", ...(options.registry ? { registry: options.registry } : {}) };
  const sections = [
    `# ${escapeMarkdown(w.title(textIn(review.label, lang.code), review.year))}`,
    escapeMarkdown(intro.join(" ")),
    `## ${w.sections.execution}`,
    toMarkdown(breakdown([{ key: review.dimension, counts: execution.totals }], w.columns.dimension, () => textIn(review.label, lang.code))),
    escapeMarkdown(w.noInformationNote),
    `### ${w.sections.byArea}`,
    table(breakdown(execution.byPriorityArea, w.columns.area, areaName)),
    `### ${w.sections.byProposer}`,
    table(breakdown(execution.byProposer, w.columns.proposer, (row) => state(row.key))),
    `### ${w.sections.byCoordinator}`,
    table(breakdown(execution.byCoordinator, w.columns.coordinator, (row) => state(row.key))),
    `## ${w.sections.events}`,
    table(events),
    `## ${w.sections.unplanned}`,
    table(unplanned),
    `## ${w.sections.matrix}`,
    table(matrixTable(review.matrix, tableOptions)),
    `## ${w.sections.replies}`,
    table(replyTable(review.replies, tableOptions)),
    `## ${w.sections.mirror}`,
    table(discrepancyTable(review.discrepancies, tableOptions)),
  ];
  return `${sections.map((s) => s.replace(/\n$/, "")).join("\n\n")}\n`;
}
