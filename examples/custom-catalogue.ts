// Your own catalogue and registry with the same functions: here an INVENTED national action plan
// with its own status vocabulary, and an invented registry of two states (Avalon and Brigadoon are
// fictional). Nothing here is CICA data. `npx tsx examples/custom-catalogue.ts`
import {
  defineCatalogue,
  defineRegistry,
  getMeasure,
  implementationMatrix,
  matrixTable,
  measuresIn,
  membersOn,
  reportingRate,
  toMarkdown,
  validateReport,
  type NationalReport,
} from "cica-cbm";

// 1. A catalogue: measures in the five dimensions (or your own), and a status vocabulary whose
//    scores order the statuses. Its ref is "avalon-plan@2026".
const plan = defineCatalogue({
  id: "avalon-plan",
  version: "2026",
  title: { en: "Avalon national action plan (invented example)", ru: "Национальный план действий Авалона (вымышленный пример; рабочий перевод)" },
  measures: [
    { id: "MP-1", dimension: "military-political", title: { en: "Annual exchange of defence budgets" } },
    { id: "MP-2", dimension: "military-political", title: { en: "Invitations to observe exercises" } },
    { id: "ENV-1", dimension: "environmental", title: { en: "Joint monitoring of a shared river" } },
    { id: "HUM-1", dimension: "human", title: { en: "Student exchanges" } },
  ],
  statuses: [
    { id: "not-yet", label: { en: "Not yet" }, score: 0 },
    { id: "under-way", label: { en: "Under way" }, score: 1 },
    { id: "done", label: { en: "Done" }, score: 2 },
  ],
});

// 2. A registry: who takes part, with dated status histories.
const registry = defineRegistry({
  participants: [
    { code: "AA", kind: "state", name: { en: "Avalon" }, history: [{ status: "member", since: "2020-01-01" }] },
    { code: "BB", kind: "state", name: { en: "Brigadoon" }, history: [{ status: "member", since: "2021-03-15" }] },
  ],
});
const context = { catalogues: [plan], registry };

console.log(`${plan.ref}: ${plan.measures.length} measures, ${measuresIn(plan, "military-political").length} military-political`);
console.log(`MP-2 is "${getMeasure(plan, "MP-2")?.title.en}"`);
// A measure id the catalogue does not define is a compile error (checked by `npm test`):
// @ts-expect-error "MP-3" is not a measure id of this catalogue
console.log(`MP-3: ${getMeasure(plan, "MP-3")}`);
console.log(
  `members on 2021-01-01: ${membersOn(registry, "2021-01-01")
    .map((p) => p.code)
    .join(", ")}`,
);

// 3. Reports on it are validated with the same rules, against this catalogue and registry.
const avalon: NationalReport = {
  schema: "cica-cbm/report@1",
  id: "AA-2025",
  reporter: "AA",
  catalogue: plan.ref,
  year: 2025,
  revision: 1,
  submittedOn: "2026-01-20",
  entries: [
    { measure: "MP-1", status: "done" },
    {
      measure: "MP-2",
      status: "under-way",
      activities: [{ title: "Observers at a staff exercise (example)", kind: "exercise", from: "2025-06-02", partners: ["BB"] }],
    },
    { measure: "HUM-1", status: "done" },
  ],
};
const brigadoon = { ...avalon, id: "BB-2025", reporter: "BB", entries: [{ measure: "MP-1", status: "implemented" }] };
for (const report of [avalon, brigadoon]) {
  const result = validateReport(report, context);
  console.log(`${report.id}: ${result.ok ? "valid" : result.issues.map((i) => `${i.rule}: ${i.message}`).join("; ")}`);
}

// 4. And aggregated with the same functions and the same context.
const rate = reportingRate([avalon], context, { year: 2025 });
console.log(`reporting rate 2025: ${rate.replied} of ${rate.expected}`);
const matrix = implementationMatrix([avalon], context, { year: 2025 }); // by dimension, on the context's one catalogue
console.log(toMarkdown(matrixTable(matrix, { registry })));
