// The annual plans the tests start from: valid against the embedded data (`cica`), each test
// changing a fresh copy (with draftOf from ./reports.js).

/** The valid base plan: CICA's 2025 plan on cica@2021, revision 1, three events (illustrative, not the real plan). */
export const BASE_PLAN = {
  schema: "cica-cbm/plan@1",
  id: "CICA-PLAN-2025",
  year: 2025,
  catalogue: "cica@2021",
  revision: 1,
  approvedOn: "2024-12-04",
  events: [
    {
      id: "E01",
      title: { en: "Expert meeting on countering new threats", ru: "Совещание экспертов по противодействию новым угрозам" },
      dimension: "new-challenges-threats",
      priorityArea: "nct-general",
      measure: "NCTG.2",
      proposers: ["AZ"],
      hosts: ["KZ"],
      planned: "2025-Q2",
      format: "hybrid",
    },
    { id: "E02", title: { en: "Tourism forum" }, dimension: "economic", priorityArea: "eco-tourism", proposers: ["TR", "AZ"], planned: "2025-09" },
    {
      id: "E03",
      title: { en: "Seminar on youth exchanges" },
      dimension: "human",
      measure: "HUM.3",
      proposers: ["KZ"],
      planned: "2025-05-14",
      venue: "Astana",
      outcome: { status: "held", from: "2025-05-14", to: "2025-05-15" },
    },
  ],
} as const;
