import { describe, expect, it } from "vitest";
import { BASE_REPORT_WITH_ACTIVITY, type Draft, draftOf } from "../../test/support/reports.js";
import { activityKindsOf } from "../catalogue/activityKindsOf.js";
import { DEFAULT_ACTIVITY_KINDS } from "../catalogue/DEFAULT_ACTIVITY_KINDS.js";
import { defineCatalogue } from "../catalogue/defineCatalogue.js";
import type { CatalogueDefinition } from "../catalogue/types.js";
import { cica } from "../data/cica/index.js";
import { isCbmError } from "../errors/CbmError.js";
import { validateReport } from "./validateReport.js";

const withKind = (kind: string, edit?: (draft: Draft) => void) =>
  draftOf(BASE_REPORT_WITH_ACTIVITY, (d) => {
    d.entries[0].activities[0].kind = kind;
    edit?.(d);
  });
const kindIssues = (input: unknown, context: Parameters<typeof validateReport>[1] = cica) =>
  validateReport(input, context).issues.filter((issue) => issue.rule === "activity.kind-unknown");

const OWN: CatalogueDefinition = {
  id: "national-plan",
  version: "2025",
  title: { en: "National action plan" },
  measures: [{ id: "2.1.2", dimension: "military-political", title: { en: "Observers at exercises" } }],
  activityKinds: [{ id: "joint-patrol", label: { en: "Joint patrol", ru: "Совместное патрулирование" } }],
};
const onOwn = (d: Draft) => (d.catalogue = "national-plan@2025");

describe("activity kinds", () => {
  it("accepts every kind of the default vocabulary, as written or in capitals with spaces", () => {
    for (const { id, label } of DEFAULT_ACTIVITY_KINDS) {
      expect(kindIssues(withKind(id)), id).toEqual([]);
      expect(kindIssues(withKind(label.en.toUpperCase())), label.en).toEqual([]);
    }
  });

  it("warns of a kind outside the vocabulary at its path, without making the report invalid", () => {
    const result = validateReport(withKind("parade"), cica);
    expect(result.ok).toBe(true);
    const [issue, ...rest] = kindIssues(withKind("parade"));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      rule: "activity.kind-unknown",
      severity: "warning",
      path: ["entries", 0, "activities", 0, "kind"],
      messageKey: "activity.kind-unknown",
    });
    expect(issue?.params.known).toEqual(DEFAULT_ACTIVITY_KINDS.map((k) => k.id));
    expect(issue?.message).toContain('"parade"');
  });

  it.each([
    ["excercise", "exercise"],
    ["seminr", "seminar"],
    ["exchange of informaton", "exchange-of-information"],
    ["notifcation", "notification"],
  ])("suggests %j → %j for a near miss", (kind, suggestion) => {
    const [issue] = kindIssues(withKind(kind));
    expect([issue?.messageKey, issue?.params.suggestion]).toEqual(["activity.kind-unknown.suggest", suggestion]);
    expect(issue?.message).toContain(`"${suggestion}"`);
  });

  it("writes the warning in Russian when asked", () => {
    const [issue] = kindIssues(withKind("excercise"), { ...cica, lang: "ru" });
    expect(issue?.message).toBe('Вида мероприятия "excercise" нет в перечне cica@2021; возможно, имелось в виду "exercise"?');
  });

  it("checks the kind of every activity of every entry", () => {
    const input = withKind("visit", (d) => {
      d.entries[0].activities.push({ title: "Drill", kind: "drill", from: "2025-05-01" });
      d.entries.push({ measure: "2.1.3", status: "planned", activities: [{ title: "Talks", kind: "talks", from: "2025-06-01" }] });
    });
    expect(kindIssues(input).map((issue) => issue.path)).toEqual([
      ["entries", 0, "activities", 1, "kind"],
      ["entries", 1, "activities", 0, "kind"],
    ]);
  });

  it("accepts a catalogue's own kinds next to the default ones, and only on that catalogue", () => {
    const own = defineCatalogue(OWN);
    const context = { catalogues: [...Object.values(cica.catalogues), own], registry: cica.registry };
    expect(kindIssues(withKind("joint-patrol", onOwn), context)).toEqual([]);
    expect(kindIssues(withKind("Joint patrol", onOwn), context)).toEqual([]);
    expect(kindIssues(withKind("exercise", onOwn), context)).toEqual([]);
    expect(kindIssues(withKind("joint-patrol"), context).map((i) => i.rule)).toEqual(["activity.kind-unknown"]);
    expect(kindIssues(withKind("joint patrl", onOwn), context)[0]?.params.suggestion).toBe("joint-patrol");
  });

  it("gives the catalogue's vocabulary with activityKindsOf: the defaults, then its own", () => {
    expect(activityKindsOf(cica.catalogues["cica@2021"])).toBe(DEFAULT_ACTIVITY_KINDS);
    expect(activityKindsOf(defineCatalogue(OWN)).map((k) => k.id)).toEqual([...DEFAULT_ACTIVITY_KINDS.map((k) => k.id), "joint-patrol"]);
    const { activityKinds: _own, ...plain } = OWN;
    expect("activityKinds" in defineCatalogue(plain)).toBe(false);
  });

  it.each([
    ["repeats a default kind", [{ id: "visit", label: { en: "Visit" } }]],
    ["is not lower-case words joined by hyphens", [{ id: "Joint Patrol", label: { en: "Joint patrol" } }]],
    ["has no English label", [{ id: "joint-patrol", label: {} }]],
    [
      "is given twice",
      [
        { id: "patrol", label: { en: "Patrol" } },
        { id: "patrol", label: { en: "Patrol" } },
      ],
    ],
  ])("refuses a catalogue whose own activity kind %s", (_what, activityKinds) => {
    let thrown: unknown;
    try {
      defineCatalogue({ ...OWN, activityKinds } as unknown as CatalogueDefinition);
    } catch (error) {
      thrown = error;
    }
    expect(isCbmError(thrown) && thrown.code).toBe("invalid-definition");
  });
});
