import { describe, expect, it } from "vitest";
import { activity, joint } from "../../test/support/aggregateFixtures.js";
import { plan, planEvent } from "../../test/support/planFixtures.js";
import type { CbmPlan } from "../plans/types.js";
import { cica } from "../data/cica/index.js";
import { en } from "../i18n/en.js";
import { EN_PLAN_LABELS, RU_PLAN_LABELS } from "../i18n/planLabels.js";
import { dimensionReview } from "../plans/dimensionReview.js";
import { EVENT_STATES } from "../plans/executionTypes.js";
import { renderDimensionReview } from "./renderDimensionReview.js";

// Computed inside each test, so that a change to the plans layer that makes it throw fails the tests by name.
const reviewOf = () =>
  dimensionReview(
    plan([
      planEvent("E01", {
        dimension: "human",
        priorityArea: "human-general",
        proposers: ["UZ"],
        planned: "2025-09",
        title: { en: "Youth forum", ru: "Молодёжный форум" },
      }),
      planEvent("E02", {
        dimension: "human",
        priorityArea: "human-general",
        proposers: ["IN"],
        planned: "2025-11",
        title: { en: "Film | week [x](https://example.org)" },
      }),
      planEvent("E03", { dimension: "human", measure: "HUM.5", priorityArea: undefined, proposers: ["KZ"], outcome: { status: "cancelled" } }),
    ]),
    [joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-10", undefined, "Youth forum"), activity([], "2025-03-01", undefined, "Library week")])],
    cica,
    { year: 2025, dimension: "human", asOf: "2026-06-30" },
  );
const LANGS = { en: EN_PLAN_LABELS, ru: RU_PLAN_LABELS } as const;

/** A word as a column heading: its first letter a capital. */
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The lines of a Markdown document that are headings, as their levels. */
const levels = (markdown: string) => markdown.split("\n").flatMap((line) => (/^#+ /.test(line) ? [line.indexOf(" ")] : []));
/** The tables of a document: each a list of rows, each row a list of cells (a `\|` is not a cell border). */
function tables(markdown: string): string[][][] {
  const found: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("|")) {
      const cells = line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim());
      if (!current) found.push((current = []));
      current.push(cells);
    } else current = undefined;
  }
  return found;
}

describe("renderDimensionReview", () => {
  for (const [code, w] of Object.entries(LANGS)) {
    // Rendered inside each test, so that a change that makes it throw fails the tests by name.
    const render = () => renderDimensionReview(reviewOf(), { lang: code as "en" | "ru", registry: cica.registry });

    it(`writes the review in ${code}: a title naming the dimension, then one section per part`, () => {
      const markdown = render();
      expect(markdown.split("\n")[0]).toBe(`# ${w.title(code === "ru" ? "Человеческое измерение" : "Human dimension", 2025)}`);
      expect(levels(markdown)).toEqual([1, 2, 3, 3, 3, 2, 2, 2, 2, 2]);
      for (const heading of Object.values(w.sections)) expect(markdown).toContain(`${heading}\n`);
      expect(markdown).toContain(w.noInformationNote);
      expect(markdown).toContain(w.asOf("2026-06-30"));
    });

    it(`keeps every table of the ${code} review rectangular, even with a title holding | and a link`, () => {
      const markdown = render();
      for (const table of tables(markdown)) {
        const width = table[0]!.length;
        for (const row of table) expect(row).toHaveLength(width);
      }
      expect(markdown).not.toContain("](https://");
    });

    it(`states totals in ${code} that add up to the number of events, and each breakdown's rows to them`, () => {
      const markdown = render();
      const [totals, ...breakdowns] = tables(markdown).slice(0, 4);
      const numbers = (row: readonly string[]) => row.slice(1).map(Number);
      const [events, ...byState] = numbers(totals![2]!);
      expect(events).toBe(3);
      expect(byState.reduce((a, b) => a + b, 0)).toBe(events);
      expect(totals![0]!.slice(2)).toEqual(EVENT_STATES.map((s) => capitalised(w.states[s])));
      for (const table of breakdowns) {
        const sums = table.slice(2).reduce(
          (acc, row) => acc.map((n, i) => n + numbers(row)[i]!),
          numbers(totals![2]!).map(() => 0),
        );
        expect(sums).toEqual(numbers(totals![2]!));
      }
    });

    it(`starts every column heading of the ${code} review with a capital, the states' words included, and keeps those words as they are in the cells`, () => {
      const markdown = render();
      for (const table of tables(markdown)) {
        for (const heading of table[0]!) expect(heading, heading).toMatch(/^\P{Ll}/u);
      }
      expect(markdown).toContain(`| ${w.states.cancelled} |`);
    });

    it(`lists each event once in ${code}, with its state in words and the states confirming it`, () => {
      const markdown = render();
      const events = tables(markdown)[4]!;
      expect(events.slice(2).map((row) => row[0])).toEqual(["E01", "E02", "E03"]);
      expect(events.slice(2).map((row) => row[6])).toEqual([w.states["held-by-reports"], w.states["no-information"], w.states.cancelled]);
      expect(events[2]![1]).toBe(code === "ru" ? "Молодёжный форум" : "Youth forum");
      expect(events[2]![7]).toBe(code === "ru" ? "Казахстан" : "Kazakhstan");
    });
  }

  it("uses no English heading or state word in the Russian review", () => {
    const markdown = renderDimensionReview(reviewOf(), { lang: "ru" });
    const states = Object.values(EN_PLAN_LABELS.states);
    for (const word of [...Object.values(EN_PLAN_LABELS.sections), ...states, ...states.map(capitalised)]) expect(markdown).not.toContain(`| ${word} |`);
    for (const heading of Object.values(EN_PLAN_LABELS.sections)) expect(markdown).not.toContain(heading);
  });

  it("says so where a part has nothing to show, and names a review without a plan", () => {
    const empty = dimensionReview([], [], cica, { year: 2025, dimension: "human", catalogue: "cica@2021" });
    for (const [code, w] of Object.entries(LANGS)) {
      const markdown = renderDimensionReview(empty, { lang: code as "en" | "ru" });
      expect(markdown).toContain(`\n${w.noPlan}\n`);
      expect(markdown).toContain(`\n${w.nothing}\n`);
    }
  });
});

describe("renderDimensionReview in a language of one's own", () => {
  it("writes the review in English where the Locale gives no words for it", () => {
    const review = dimensionReview([], [], cica, { year: 2025, dimension: "human", catalogue: "cica@2021" });
    const own = { ...en, code: "kk", labels: { table: en.labels.table, svg: en.labels.svg, replies: en.labels.replies, matrix: en.labels.matrix } };
    expect(renderDimensionReview(review, { lang: own }).split("\n")[0]).toBe(`# ${EN_PLAN_LABELS.title("Human dimension", 2025)}`);
  });
});

/** A plan of an event held by the reports and one with no priority area, with activities outside it (one of several days, with two partners). */
const fullReviewOf = (plans: readonly CbmPlan[] = []) =>
  dimensionReview(
    plans.length > 0
      ? plans
      : plan([
          planEvent("E01", { dimension: "human", priorityArea: "human-general", proposers: ["UZ"], planned: "2025-09", title: { en: "Youth forum" } }),
          planEvent("E04", { dimension: "human", priorityArea: undefined, proposers: ["IN"], planned: "2025-10" }),
        ]),
    [
      joint("KZ", "HUM.4", [
        activity(["UZ"], "2025-09-10", undefined, "Youth forum"),
        activity(["MN", "IN"], "2025-03-01", "2025-03-05", "Library week"),
        activity([], "2025-04-01", undefined, "Book fair"),
      ]),
      joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-10", undefined, "Youth forum")]),
    ],
    cica,
    { year: 2025, dimension: "human", asOf: "2026-06-30" },
  );

describe("renderDimensionReview's rows", () => {
  it("writes each event's row in full: id, title, planned date, area by name (or none), proposer and coordinator by name, state, and the states confirming it parted by commas", () => {
    const events = tables(renderDimensionReview(fullReviewOf(), { registry: cica.registry }))[4]!;
    expect(events.slice(2)).toEqual([
      ["E01", "Youth forum", "2025-09", "Human dimension (as a whole)", "Uzbekistan", "unknown", "held (by the reports only)", "Kazakhstan, Uzbekistan"],
      ["E04", "Event E04", "2025-10", "no priority area", "India", "unknown", "no information", ""],
    ]);
  });

  it("writes each activity outside the plan with its reporter and partners by name, its measure, title, and dates as a range only when it lasts more than a day", () => {
    const unplanned = tables(renderDimensionReview(fullReviewOf(), { registry: cica.registry }))[5]!;
    expect(unplanned[0]).toEqual(["Reported by", "Measure", "Activity", "Dates", "Partners"]);
    expect(unplanned.slice(2)).toEqual([
      ["Kazakhstan", "HUM.4", "Library week", "2025-03-01/2025-03-05", "India, Mongolia"],
      ["Kazakhstan", "HUM.4", "Book fair", "2025-04-01", ""],
    ]);
  });

  it("names each breakdown's rows: the area by its title (events without one last, as such), the proposer and the coordinator by name, an unknown coordinator in words", () => {
    for (const [code, w] of Object.entries(LANGS)) {
      const [, byArea, byProposer, byCoordinator] = tables(renderDimensionReview(fullReviewOf(), { lang: code as "en" | "ru", registry: cica.registry }));
      expect(byArea!.slice(2).map((row) => row[0])).toEqual([
        code === "ru" ? "Человеческое измерение (в целом)" : "Human dimension (as a whole)",
        w.columns.noArea,
      ]);
      expect(byProposer!.slice(2).map((row) => row[0])).toEqual(code === "ru" ? ["Индия", "Узбекистан"] : ["India", "Uzbekistan"]);
      expect(byCoordinator!.slice(2).map((row) => row[0])).toEqual([w.columns.unknown]);
    }
  });

  it("names the states of the matrix, the replies and the mirror checks from the registry given, and shows codes without one", () => {
    const named = tables(renderDimensionReview(fullReviewOf(), { registry: cica.registry }));
    const plain = tables(renderDimensionReview(fullReviewOf()));
    for (const index of [6, 7]) {
      expect(named[index]!.find((row) => row[0] === "KZ")![1]).toBe("Kazakhstan");
      expect(plain[index]!.find((row) => row[0] === "KZ")![1]).toBe("KZ");
    }
    expect(named[8]!.slice(2).map((row) => row[2])).toContain("Kazakhstan");
    expect(plain[8]!.slice(2).map((row) => row[2])).toContain("KZ");
  });

  it("says after the plan line and the date how many plan revisions were given twice with different content", () => {
    const first = plan([planEvent("E01", { dimension: "human", priorityArea: "human-general", proposers: ["UZ"] })]);
    const rival = { ...first, approvedOn: "2024-12-05", events: [] };
    for (const [code, w] of Object.entries(LANGS)) {
      const markdown = renderDimensionReview(fullReviewOf([first, rival]), { lang: code as "en" | "ru" });
      expect(markdown.split("\n")[2]).toBe(`${w.noPlan} ${w.asOf("2026-06-30")} ${w.conflicts(1)}`);
    }
    expect(renderDimensionReview(fullReviewOf()).split("\n")[2]).toBe(
      `${EN_PLAN_LABELS.plan("CICA-PLAN-2025", 1, "2024-12-04")} ${EN_PLAN_LABELS.asOf("2026-06-30")}`,
    );
  });

  it("leaves a state's word that a Locale starts with a capital as it is in the column heading", () => {
    const own = { ...en, code: "kk", labels: { ...en.labels, plan: { ...EN_PLAN_LABELS, states: { ...EN_PLAN_LABELS.states, held: "Held in full" } } } };
    const totals = tables(renderDimensionReview(fullReviewOf(), { lang: own }))[0]!;
    expect(totals[0]![2]).toBe("Held in full");
  });
});
