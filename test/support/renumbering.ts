/**
 * A made-up renumbering of the 2021 Catalogue, `test@2099`, for the migration tests: the official
 * 2.1.x numbers stay, the library's keys get numbers of the kind an official text might give
 * (NCTG.n → 3.1.n, ENV.n → 5.1.n, HUM.n → 6.1.n), and an economic measure is added.
 */
import { defineCatalogue, defineMeasureMap, type MeasureIdOf } from "../../src/index.js";
import { cica2021 } from "../../src/data/cica/catalogues.js";
import { cicaRegistry } from "../../src/data/cica/registry.js";

export const renumber = (id: string): string =>
  id
    .replace(/^NCTG\./, "3.1.")
    .replace(/^ENV\./, "5.1.")
    .replace(/^HUM\./, "6.1.");

export const test2099 = defineCatalogue({
  id: "test",
  version: "2099",
  title: { en: "A made-up renumbering of the 2021 Catalogue" },
  priorityAreas: cica2021.priorityAreas,
  measures: [
    ...cica2021.measures.map((m) => ({ ...m, id: renumber(m.id), ...(m.parent ? { parent: renumber(m.parent) } : {}), numberIsOfficial: true })),
    { id: "4.1.1", dimension: "economic", title: { en: "An economic measure (made up)" } },
  ],
});

type Cica2021Id = MeasureIdOf<typeof cica2021>;

/** The ids that change, old → new. */
export const changes = Object.fromEntries(cica2021.measures.filter((m) => renumber(m.id) !== m.id).map((m) => [m.id, renumber(m.id)])) as Partial<
  Record<Cica2021Id, string>
>;

export const forward = defineMeasureMap(cica2021, test2099, changes);
export const back = defineMeasureMap(
  test2099,
  cica2021,
  Object.fromEntries(Object.entries(changes).map(([from, to]) => [to, from])) as Record<string, Cica2021Id>,
);

/** A validation context with both versions. */
export const both = { registry: cicaRegistry, catalogues: [cica2021, test2099] };

export const report = {
  schema: "cica-cbm/report@1",
  id: "KZ-2025",
  reporter: "KZ",
  catalogue: "cica@2021",
  year: 2025,
  revision: 2,
  submittedOn: "2026-03-01",
  entries: [
    { measure: "2.1.2", status: "implemented", remarks: "Annual exchange." },
    {
      measure: "NCTG.1",
      status: "in-progress",
      activities: [{ title: "Joint exercise", kind: "exercise", from: "2025-05-14", partners: ["TR"], evidence: [{ uri: "https://example.org/x" }] }],
    },
    { measure: "ENV.2", status: "planned" },
    { measure: "HUM.3", status: "partially-implemented" },
  ],
  extensions: { "example.org/form": { version: 3 } },
} as const;
