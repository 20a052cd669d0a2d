// The reports the tests start from: valid against the embedded data (`cica`), each test changing
// a fresh copy. One place, so that a change of the format changes every test's base at once.

/** A draft report, as a test edits it before validation. */
export type Draft = Record<string, any>;

/** The valid base report: Kazakhstan's 2025 report on cica@2021, revision 1, one entry. */
export const BASE_REPORT = {
  schema: "cica-cbm/report@1",
  id: "KZ-2025",
  reporter: "KZ",
  catalogue: "cica@2021",
  year: 2025,
  revision: 1,
  submittedOn: "2026-03-01",
  entries: [{ measure: "2.1.2", status: "implemented" }],
} as const;

/** A valid activity of the base report's year, with Türkiye as partner. */
export const BASE_ACTIVITY = { title: "Defence college visit", kind: "visit", from: "2025-04-10", partners: ["TR"] } as const;

/** The base report with {@link BASE_ACTIVITY} in its entry. */
export const BASE_REPORT_WITH_ACTIVITY = {
  ...BASE_REPORT,
  entries: [{ ...BASE_REPORT.entries[0], activities: [BASE_ACTIVITY] }],
} as const;

/** A fresh copy of a base report (the plain one by default), changed by `edit`: a function, or fields to set. */
export function draftOf(base: object = BASE_REPORT, edit?: Partial<Draft> | ((draft: Draft) => void)): Draft {
  const draft = structuredClone(base) as Draft;
  if (typeof edit === "function") edit(draft);
  else if (edit) Object.assign(draft, edit);
  return draft;
}
