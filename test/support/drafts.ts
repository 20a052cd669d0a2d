// The drafts the forms tests start from: valid against the embedded data (`cica`), each test
// changing a fresh copy (draftCopy), so that no test sees another's edits.
import type { ReportDraft } from "../../src/forms/ReportDraft.js";

/** A complete draft of Kazakhstan's 2025 report on cica@2021: every field of the draft filled
 * (the access marks and the "nothing new since" mark of report@2 included). */
export const COMPLETE_DRAFT: ReportDraft = {
  schema: "cica-cbm/draft@1",
  id: "KZ-2025",
  reporter: "KZ",
  catalogue: "cica@2021",
  year: 2025,
  access: "public",
  entries: [
    {
      measure: "2.1.2",
      status: "implemented",
      remarks: "Annual exchange",
      activities: [
        {
          title: "Defence college visit",
          kind: "visit",
          from: "2025-04-10",
          to: "2025-04-12",
          partners: ["TR"],
          venue: "Astana",
          evidence: [{ uri: "https://example.org/press/2025-04-10", title: "Press release" }],
          access: "member-states",
        },
      ],
    },
    { measure: "HUM.4", status: "in-progress", nothingNewSince: 2023, access: "public" },
  ],
  extensions: { "ministry.ref": "MFA-2025-17" },
};

/** A fresh, mutable copy of a draft (the complete one by default), changed by `edit`. */
export function draftCopy(edit?: (draft: ReportDraft) => void, base: ReportDraft = COMPLETE_DRAFT): ReportDraft {
  const draft = structuredClone(base);
  edit?.(draft);
  return draft;
}
