// For a ministry's tool builder: build your state's annual report, validate it before it is sent,
// show the issues in Russian, record the accepted revision, and show what a correction changed.
// `npx tsx examples/ministry-report.ts`. The report is an invented example, not a real one.
import {
  cica,
  createLedger,
  currentReports,
  diffReports,
  formatIssue,
  formatPath,
  recordReport,
  reportHistory,
  validateReport,
  type NationalReport,
} from "cica-cbm";

// 1. The form's data, as the ministry's tool would assemble it. Two mistakes slipped in: a date
//    that does not exist and a misspelt status.
const draft = {
  schema: "cica-cbm/report@1",
  id: "KZ-2025-example",
  reporter: "KZ",
  catalogue: "cica@2021",
  year: 2025,
  revision: 1,
  submittedOn: "2026-02-30",
  entries: [
    {
      measure: "2.1.2",
      status: "implemnted",
      activities: [{ title: "Observers invited to an exercise (example)", kind: "exercise", from: "2025-05-01", to: "2025-05-03", partners: ["TR"] }],
    },
    { measure: "ENV.1", status: "planned" },
  ],
};

// 2. Validate offline, with today's date given explicitly (no hidden clock), and show each issue
//    beside its field, in Russian (working translations) and, for the record, in English.
const today = "2026-03-02";
const checked = validateReport(draft, { ...cica, today, lang: "ru" });
console.log(`valid: ${checked.ok}`);
for (const issue of checked.issues) {
  console.log(`  [${issue.severity}] ${formatPath(issue.path)} (${issue.rule})`);
  console.log(`     ru: ${issue.message}`);
  console.log(`     en: ${formatIssue(issue, "en")}`);
}

// 3. Correct the form and validate again: the typed object is checked by the compiler too.
const report: NationalReport = {
  ...draft,
  schema: "cica-cbm/report@1",
  submittedOn: "2026-03-01",
  entries: [
    { ...draft.entries[0]!, status: "implemented" },
    { measure: "ENV.1", status: "planned" },
  ],
};
const fixed = validateReport(report, { ...cica, today, lang: "ru" });
console.log(`after correction, valid: ${fixed.ok} (${fixed.issues.length} issues)`);

// 4. Keep every revision: record the report, then a later correction as revision 2.
let ledger = createLedger();
const first = recordReport(ledger, report, { ...cica, today });
ledger = first.ledger;
console.log(`revision 1: ${first.outcome}`);

const revision2: NationalReport = {
  ...report,
  revision: 2,
  submittedOn: "2026-04-20",
  entries: [report.entries[0]!, { measure: "ENV.1", status: "in-progress", remarks: "Work started in March (example)" }],
};
const second = recordReport(ledger, revision2, { ...cica, today: "2026-04-20" });
ledger = second.ledger;
console.log(`revision 2: ${second.outcome}`);

// Sending revision 1 again with other content is refused, and the ledger is left as it was.
const clash = recordReport(ledger, { ...report, submittedOn: "2026-03-05" }, { ...cica, today: "2026-04-20", lang: "ru" });
console.log(`revision 1 again, changed: ${clash.outcome}: ${clash.issues[0]?.message}`);

// 5. What is current, what is kept, and what changed.
console.log(
  `current revision: ${currentReports(ledger)
    .map((r) => r.revision)
    .join(", ")}`,
);
console.log(
  `kept revisions: ${reportHistory(ledger, { reporter: "KZ", catalogue: "cica@2021", year: 2025 })
    .map((r) => r.revision)
    .join(", ")}`,
);
console.log("changes from revision 1 to 2:");
for (const change of diffReports(report, revision2)) {
  console.log(`  ${change.kind.padEnd(7)} ${change.path.join("/")}: ${JSON.stringify(change.before) ?? "—"} → ${JSON.stringify(change.after) ?? "—"}`);
}
