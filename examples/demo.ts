// `npm run demo [-- --lang ru] [-- --out DIR]`: the Secretariat's review of one reporting year, run
// on the ILLUSTRATIVE data set of examples/illustrative.ts — invented reports, generated
// deterministically from a seed, NOT real state reports. It validates the submissions (a few are
// deliberately wrong and are shown as a grouped validation report), records them and their
// revisions in a ledger, and prints the reporting rate, the implementation matrix by dimension and
// the mirror checks. It then reads the ILLUSTRATIVE plan of 2025 (examples/illustrative-plan-2025.json:
// 44 invented events, not CICA's plan), validates it and reports its execution against the reports.
// It writes a Markdown review, an SVG heat map and the review pack of one dimension into demo-output/.
// Run from a fresh clone with `npm ci && npm run demo`.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  cica,
  createLedger,
  DIMENSIONS,
  dimensionReview,
  EVENT_STATES,
  currentReports,
  diffReports,
  discrepancyTable,
  findDiscrepancies,
  formatPath,
  formatShare,
  groupIssues,
  implementationMatrix,
  matrixLegend,
  matrixTable,
  planExecution,
  recordReport,
  renderDimensionReview,
  renderMatrixSvg,
  replyTable,
  reportIdentity,
  reportingRate,
  toMarkdown,
  validatePlan,
  validateReports,
  type CbmPlan,
  type EventState,
  type Lang,
  type NationalReport,
  type ReportChange,
  type ValidationOutcome,
} from "cica-cbm";
import { illustrativeReports } from "./illustrative.js";

const { values } = parseArgs({
  options: {
    lang: { type: "string", default: "en" },
    out: { type: "string", default: "demo-output" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log("usage: npm run demo -- [--lang en|ru] [--out DIR]   (default DIR: demo-output)");
  process.exit(0);
}
const lang = values.lang as Lang;
if (lang !== "en" && lang !== "ru") {
  console.error(`--lang must be en or ru (got "${values.lang}").`);
  process.exit(2);
}

// The review's fixed dates, so that the same data always gives the same review.
const YEAR = 2025;
const DEADLINE = "2026-04-15";
const REVIEW_DAY = "2026-06-30";
const catalogue = cica.catalogues["cica@2021"];
/** The dimension whose review pack the demo writes. */
const REVIEWED = "human";
const context = { ...cica, today: REVIEW_DAY, lang };

const L =
  lang === "ru"
    ? {
        banner: "ИЛЛЮСТРАТИВНЫЕ ДАННЫЕ: вымышленные отчёты, созданные детерминированно для демонстрации; это не реальные отчёты государств.",
        title: `Обзор Секретариата за ${YEAR} год (иллюстративные данные)`,
        submissions: "Поступило отчётов",
        valid: "корректных",
        invalid: "с ошибками",
        grouped: "Сводка проверки (ошибки по правилам)",
        times: "×",
        first: "первое место",
        hit: "в отчётах",
        ledger: "Журнал редакций",
        recorded: "записано",
        unchanged: "без изменений (повторная отправка)",
        rejected: "отклонено",
        changes: "Изменения между редакциями",
        rate: "Доля ответивших",
        expected: "ожидалось",
        replied: "ответили",
        nil: "нулевых отчётов",
        late: "с опозданием",
        missing: "не ответили",
        rejectedOnly: "только отклонённые",
        deadline: "иллюстративный срок",
        matrix: "Уровень выполнения по измерениям (рядом — охват: доля мер измерения, по которым есть сведения)",
        mirror: "Сверка совместных мероприятий",
        confirmed: "подтверждено обеими сторонами",
        unconfirmed: "не подтверждено партнёром",
        noPartner: "партнёр не представил отчёт",
        firstUnconfirmed: "Первые неподтверждённые",
        wrote: "Записано",
        ru: "Русские тексты — рабочие переводы.",
        heat: `Уровень выполнения мер Каталога 2021 г., ${YEAR} (иллюстративные данные, не реальные отчёты)`,
        replies: "Ответы государств",
        review: "Обзор",
        plan: `План мероприятий на ${YEAR} год (иллюстративный: вымышленные мероприятия, не план СВМДА)`,
        planLine: (id: string, revision: number, approvedOn: string, events: number) =>
          `${id}, редакция ${revision}, утверждена ${approvedOn}: мероприятий ${events}`,
        planValid: "план корректен",
        planInvalid: "план с ошибками",
        warnings: "предупреждений",
        states: {
          held: "проведено",
          "held-by-reports": "проведено (по отчётам)",
          postponed: "перенесено",
          cancelled: "отменено",
          merged: "объединено",
          "no-information": "нет сведений",
        } satisfies Record<EventState, string>,
        noInformation: "«нет сведений» не значит «не проведено»: ни план, ни отчёты не говорят, состоялось ли мероприятие",
        dimension: "Измерение",
        events: "Мероприятий",
        unplanned: "Мероприятия из отчётов вне плана",
        pack: "Пакет к обзору измерения",
        packBanner: "ИЛЛЮСТРАТИВНЫЕ ДАННЫЕ: вымышленный план мероприятий и вымышленные отчёты; это не план СВМДА и не реальные отчёты государств.",
      }
    : {
        banner: "ILLUSTRATIVE DATA: invented reports, generated deterministically for this demonstration; these are not real state reports.",
        title: `The Secretariat's review of ${YEAR} (illustrative data)`,
        submissions: "Submissions received",
        valid: "valid",
        invalid: "invalid",
        grouped: "Validation report (errors grouped by rule)",
        times: "×",
        first: "first at",
        hit: "in submissions",
        ledger: "Ledger of revisions",
        recorded: "recorded",
        unchanged: "unchanged (an identical resubmission)",
        rejected: "rejected",
        changes: "Changes between revisions",
        rate: "Reporting rate",
        expected: "expected",
        replied: "replied",
        nil: "nil reports",
        late: "late",
        missing: "missing",
        rejectedOnly: "rejected only",
        deadline: "illustrative deadline",
        matrix: "Implementation level by dimension (beside it, coverage: the share of the dimension's measures reported on)",
        mirror: "Mirror checks of joint activities",
        confirmed: "confirmed by both sides",
        unconfirmed: "not confirmed by the partner",
        noPartner: "partner sent no report",
        firstUnconfirmed: "First accounts not confirmed",
        wrote: "Wrote",
        ru: "",
        heat: `Implementation level of the 2021 Catalogue, ${YEAR} (illustrative data, not real reports)`,
        replies: "Replies",
        review: "Review",
        plan: `The plan of events for ${YEAR} (illustrative: invented events, not CICA's plan)`,
        planLine: (id: string, revision: number, approvedOn: string, events: number) =>
          `${id}, revision ${revision}, approved on ${approvedOn}: ${events} events`,
        planValid: "the plan is valid",
        planInvalid: "the plan has errors",
        warnings: "warnings",
        states: {
          held: "held",
          "held-by-reports": "held (by reports)",
          postponed: "postponed",
          cancelled: "cancelled",
          merged: "merged",
          "no-information": "no information",
        } satisfies Record<EventState, string>,
        noInformation: "“no information” is not “not held”: neither the plan nor the reports say whether the event took place",
        dimension: "Dimension",
        events: "Events",
        unplanned: "Activities reported outside the plan",
        pack: "The review pack of one dimension",
        packBanner: "ILLUSTRATIVE DATA: an invented plan of events and invented reports; neither CICA's plan nor real state reports.",
      };

// 1. The submissions: the illustrative reports, and a few deliberately wrong ones from states that
//    sent nothing valid, each with a different mistake a ministry's form could let through.
const illustrative = illustrativeReports(YEAR);
const reporters = new Set(illustrative.map((r) => r.reporter));
const silent = reportingRate(illustrative, cica, { year: YEAR })
  .rows.filter((r) => !reporters.has(r.state))
  .map((r) => r.state);
const [firstSilent = "KH", secondSilent = "LK"] = silent;
const draft = (reporter: string, extra: Record<string, unknown>): Record<string, unknown> => ({
  schema: "cica-cbm/report@1",
  id: `ILLUSTRATIVE-${reporter}-${YEAR}`,
  reporter,
  catalogue: "cica@2021",
  year: YEAR,
  revision: 1,
  submittedOn: "2026-03-10",
  entries: [{ measure: "2.1.2", status: "implemented" }],
  extensions: { illustrative: true },
  ...extra,
});
const wrong: Record<string, unknown>[] = [
  draft(firstSilent, { submittedOn: "2026-02-30" }),
  draft(firstSilent, {
    id: `ILLUSTRATIVE-${firstSilent}-${YEAR}-B`,
    entries: [
      { measure: "2.1.9", status: "implemnted" },
      { measure: "ENV.1", status: "planned" },
    ],
  }),
  draft(secondSilent, { nil: true }),
  draft(secondSilent, {
    id: `ILLUSTRATIVE-${secondSilent}-${YEAR}-B`,
    entries: [
      {
        measure: "2.1.2",
        status: "implemented",
        activities: [{ title: "Illustrative seminar", kind: "seminar", from: "2025-05-10", to: "2025-05-08", partners: [secondSilent] }],
      },
    ],
    comment: "sent by mistake",
  }),
];
const submissions: unknown[] = [...illustrative, ...wrong];
// Each submission is named by its place in the batch (a caller reading files would give the file).
const results = validateReports(
  submissions.map((input, index) => ({ input, origin: { row: index + 1 } })),
  context,
);
const invalid = results.filter((r) => !r.ok);
/** A rejected submission and the rules of its errors: `#25 KH ILLUSTRATIVE-KH-2025 r1: field.date`. */
const reason = ({ identity, origin, issues }: ValidationOutcome) => {
  const rules = [...new Set(issues.filter((i) => i.severity === "error").map((i) => i.rule))].sort().join(", ");
  return `#${origin?.row}${identity ? ` ${identity.reporter} ${identity.id} r${identity.revision}` : ""}: ${rules}`;
};

console.log(`\n*** ${L.banner} ***`);
console.log(`\n${L.title}\n`);
console.log(`${L.submissions}: ${submissions.length} (${results.length - invalid.length} ${L.valid}, ${invalid.length} ${L.invalid})`);
for (const result of invalid) console.log(`  ${reason(result)}`);
console.log(`\n${L.grouped}`);
const groups = groupIssues(invalid);
/** The states and submissions a rule hit: reporter, id and revision, or the row when unnamed. */
const hitBy = (g: (typeof groups)[number]) =>
  g.submissions
    .map(({ identity, origin }) => (identity ? `${identity.reporter} ${identity.id} r${identity.revision} (#${origin?.row})` : `#${origin?.row}`))
    .join(", ");
for (const g of groups) {
  console.log(`  ${g.severity.padEnd(7)} ${g.rule.padEnd(27)} ${L.times}${g.count}  ${L.first} ${(g.paths[0] && formatPath(g.paths[0])) || "(report)"}`);
  console.log(`          ${g.message}`);
  console.log(`          ${L.hit}: ${hitBy(g)}`);
}

// 2. The ledger: every valid submission is recorded; then a correction arrives for the report with
//    an impossible date, a state sends revision 2 with a changed status, another resends its report
//    unchanged, and one reuses a revision number for other content (rejected: nothing is lost).
//    Every submission keeps its number in the order of arrival, so that each rejection is named.
let ledger = createLedger();
const outcomes = { recorded: 0, unchanged: 0, rejected: 0 };
const rejections: ValidationOutcome[] = [];
let arrival = 0;
const record = (input: unknown) => {
  const result = recordReport(ledger, input, context);
  ledger = result.ledger;
  outcomes[result.outcome]++;
  arrival++;
  if (result.outcome === "rejected") rejections.push({ ok: false, identity: reportIdentity(input), origin: { row: arrival }, issues: result.issues });
  return result;
};
for (const input of submissions) record(input);
const corrected = { ...wrong[0]!, submittedOn: "2026-03-11" };
record(corrected);
const revised = illustrative.find((r) => !r.nil && r.entries.length > 1)!;
const [firstEntry, ...otherEntries] = revised.entries;
const revision2: NationalReport = {
  ...revised,
  revision: 2,
  submittedOn: "2026-05-20",
  entries: [{ ...firstEntry!, status: firstEntry!.status === "implemented" ? "partially-implemented" : "implemented" }, ...otherEntries],
};
record(revision2);
record(illustrative.at(-1));
const conflict = record({ ...illustrative[0]!, submittedOn: "2026-06-01" });

console.log(`\n${L.ledger}: ${outcomes.recorded} ${L.recorded}, ${outcomes.unchanged} ${L.unchanged}, ${outcomes.rejected} ${L.rejected}`);
for (const rejection of rejections) console.log(`  ${reason(rejection)}`);
console.log(`  ${conflict.issues.find((i) => i.rule === "ledger.conflict")?.message ?? ""}`);
const shown = (value: unknown) => (value === undefined ? "—" : JSON.stringify(value));
const changeLine = (c: ReportChange) => `${c.path.join("/")}: ${shown(c.before)} → ${shown(c.after)}`;
console.log(`  ${L.changes} ${revised.id} 1 → 2:`);
for (const change of diffReports(revised, revision2)) console.log(`    ${changeLine(change)}`);

// 3. The review tables, on the current revisions as the review sees them; the table of replies
//    tells the states whose every submission was rejected apart from those that sent nothing.
const rate = reportingRate(ledger, cica, { year: YEAR, deadline: DEADLINE, asOf: REVIEW_DAY, rejected: rejections });
const rateLine = `${L.rate} ${YEAR}: ${formatShare(rate.rate)} (${L.expected} ${rate.expected}, ${L.replied} ${rate.replied}, ${L.nil} ${rate.nil}, ${L.late} ${rate.late}, ${L.rejectedOnly} ${rate.rejected}, ${L.missing} ${rate.missing}; ${L.deadline} ${DEADLINE})`;
console.log(`\n${rateLine}`);

// The implementation level (the default measure) with the coverage beside it; the registry marks
// voluntary reports and orders the rows as the table of replies does.
const matrix = implementationMatrix(ledger, cica, { catalogue: catalogue.ref, year: YEAR, by: "dimension" });
const matrixMd = `${toMarkdown(matrixTable(matrix, { registry: cica.registry, lang }))}\n${matrixLegend(matrix, { lang })}\n`;
console.log(`\n${L.matrix}\n\n${matrixMd}`);

const mirror = findDiscrepancies(currentReports(ledger, { year: YEAR }), cica, { year: YEAR });
console.log(`\n${L.mirror}: ${mirror.confirmed} ${L.confirmed}, ${mirror.unconfirmed} ${L.unconfirmed}, ${mirror.noPartnerReport} ${L.noPartner}`);
const notConfirmed = mirror.rows.filter((r) => r.status !== "confirmed");
console.log(`  ${L.firstUnconfirmed}:`);
for (const row of notConfirmed.slice(0, 5)) {
  console.log(`    ${row.measure.padEnd(8)} ${row.reporter} → ${row.partner}  ${row.activity.title} (${row.activity.from})`);
}

// 4. The plan of events: the illustrative plan of 2025, validated as on the review's day, and set
//    beside the reports as the review sees them: each event's state, the totals by state and by
//    dimension (each adding up to the number of events), and the activities outside the plan.
const planFile = new URL("./illustrative-plan-2025.json", import.meta.url);
const planCheck = validatePlan(JSON.parse(readFileSync(planFile, "utf8")) as unknown, context);
if (!planCheck.ok) {
  for (const issue of planCheck.issues) console.error(`${issue.rule} at ${formatPath(issue.path)}: ${issue.message}`);
  process.exit(1);
}
const plan: CbmPlan = planCheck.plan;
const execution = planExecution(plan, ledger, cica, { year: YEAR, asOf: REVIEW_DAY });
const dimensionName = (id: string) => DIMENSIONS.find((d) => d.id === id)?.[lang] ?? id;
const stateCounts = EVENT_STATES.map((state) => `${L.states[state]} ${execution.totals[state]}`).join(", ");
const byDimensionMd = toMarkdown({
  columns: [
    { key: "dimension", label: L.dimension },
    { key: "events", label: L.events },
    ...EVENT_STATES.map((state) => ({ key: state, label: L.states[state] })),
  ],
  rows: execution.byDimension.map((row) => ({ ...row.counts, dimension: dimensionName(row.key) })),
});
const planLine = L.planLine(plan.id, plan.revision, plan.approvedOn, execution.totals.events);
const planCheckLine = `${L.planValid}, ${L.warnings}: ${planCheck.issues.length}`;
console.log(`\n${L.plan}\n\n${planLine} (${planCheckLine})`);
console.log(`  ${stateCounts}`);
console.log(`  (${L.noInformation})`);
console.log(`\n${byDimensionMd.trimEnd()}`);
console.log(`\n${L.unplanned}: ${execution.unplanned.length}`);
console.log(`${L.pack}: ${dimensionName(REVIEWED)}`);

// 5. The files: a Markdown review, the heat map, and the review pack of one dimension.
const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });
const svgName = lang === "ru" ? "heatmap.ru.svg" : "heatmap.svg";
const reviewName = lang === "ru" ? "review.ru.md" : "review.md";
const svg = renderMatrixSvg(matrix, { registry: cica.registry, lang, title: L.heat });
const packName = lang === "ru" ? `review-${REVIEWED}.ru.md` : `review-${REVIEWED}.md`;
const pack = renderDimensionReview(
  dimensionReview(plan, ledger, cica, { year: YEAR, dimension: REVIEWED, asOf: REVIEW_DAY, deadline: DEADLINE, rejected: rejections }),
  {
    lang,
    registry: cica.registry,
  },
);
const review = [
  `# ${L.title}`,
  "",
  `> **${L.banner}**`,
  "",
  `${L.submissions}: ${submissions.length} (${results.length - invalid.length} ${L.valid}, ${invalid.length} ${L.invalid}).`,
  "",
  ...invalid.map((result) => `- ${reason(result)}`),
  "",
  `## ${L.grouped}`,
  "",
  ...groups.map((g) => `- \`${g.rule}\` (${g.severity}) ${L.times}${g.count}: ${g.message} (${L.hit}: ${hitBy(g)})`),
  "",
  `## ${L.ledger}`,
  "",
  `${outcomes.recorded} ${L.recorded}, ${outcomes.unchanged} ${L.unchanged}, ${outcomes.rejected} ${L.rejected}:`,
  "",
  ...rejections.map((rejection) => `- ${reason(rejection)}`),
  "",
  `${L.changes} ${revised.id} 1 → 2:`,
  "",
  ...diffReports(revised, revision2).map((c) => `- \`${changeLine(c)}\``),
  "",
  `## ${L.replies}`,
  "",
  rateLine,
  "",
  toMarkdown(replyTable(rate, { registry: cica.registry, lang })),
  "",
  `## ${L.matrix}`,
  "",
  `![${L.heat}](${svgName})`,
  "",
  matrixMd,
  "",
  `## ${L.mirror}`,
  "",
  `${mirror.confirmed} ${L.confirmed}, ${mirror.unconfirmed} ${L.unconfirmed}, ${mirror.noPartnerReport} ${L.noPartner}.`,
  "",
  toMarkdown(discrepancyTable(mirror, { registry: cica.registry, lang })),
  "",
  ...(L.ru ? [`_${L.ru}_`, ""] : []),
].join("\n");
writeFileSync(path.join(out, reviewName), review);
writeFileSync(path.join(out, svgName), svg);
writeFileSync(path.join(out, packName), `> **${L.packBanner}**\n\n${pack}${L.ru ? `\n_${L.ru}_\n` : ""}`);
const written = [reviewName, svgName, packName].map((name) => path.relative(process.cwd(), path.join(out, name)) || name);
console.log(`\n${L.wrote} ${written.join(", ")}`);
if (L.ru) console.log(L.ru);
console.log(`*** ${L.banner} ***\n`);
