import type { Lang } from "../common/types.js";
import type { Catalogue } from "../catalogue/types.js";
import { CbmError } from "../errors/CbmError.js";
import type { Locale } from "../i18n/Locale.js";
import { textIn } from "../i18n/localize.js";
import { labelsOf } from "../i18n/messageSource.js";
import { EN_REPORT_LABELS, RU_REPORT_LABELS, type ReportLabels } from "../i18n/reportLabels.js";
import type { Registry } from "../participants/types.js";
import { formatIssue } from "../reports/formatIssue.js";
import { formatPath } from "../reports/formatPath.js";
import { accessOf } from "../reports/access.js";
import type { NationalReport, ReportActivity, ReportEntry, ReportEvidence } from "../reports/schema.js";
import type { ReportIssue } from "../reports/types.js";
import { nameIn } from "./tableOptions.js";
import { escapeMarkdown, toMarkdown } from "./toMarkdown.js";

/**
 * Options of {@link renderReport}.
 *
 * @example
 * const options: RenderReportOptions = { format: "html", lang: "ru", context: cica };
 *
 * @category Rendering
 */
export interface RenderReportOptions {
  /** `"markdown"` (default) or `"html"` (a fragment: one `<article>`, no script, no style). */
  readonly format?: "markdown" | "html";
  /** Language of the words, titles and names: `"en"` (default), `"ru"`, or a {@link Locale} (its `labels.report` where it gives them). */
  readonly lang?: Lang | Locale;
  /**
   * The catalogues (for measure titles and statuses in words) and the registry (for the names of
   * states): the embedded data fits as it is (`context: cica`). Without them, ids and codes are shown.
   */
  readonly context?: {
    /** The catalogue versions, by reference or as a list: the report's own (by `ref`) names its measures and statuses. */
    readonly catalogues?: Readonly<Record<string, Catalogue>> | readonly Catalogue[];
    /** The participants, to name the reporting state and the partners. */
    readonly registry?: Registry;
  };
  /**
   * Validation issues to list in an annex (e.g. `validateReport(report, cica).issues`), each with
   * its severity, path and message in the rendering's language ({@link formatIssue}); no annex without them.
   */
  readonly issues?: readonly ReportIssue[];
}

/** The bidirectional embeddings, overrides and isolates: shown by their code point, so that none reorders the page. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
const visible = (text: string) => text.replace(BIDI, (c) => `<U+${c.codePointAt(0)?.toString(16).toUpperCase()}>`);

const HTML: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML[c] ?? c);

/**
 * A text from a report as it appears in {@link renderReport}'s output: bidirectional controls
 * (U+202A–U+202E, U+2066–U+2069) written as `<U+202E>`, then escaped as {@link toMarkdown} escapes
 * a cell, or as HTML text (`&` `<` `>` `"` `'`). @internal
 */
export function reportText(text: string, format: "markdown" | "html"): string {
  return format === "html" ? escapeHtml(visible(text)) : escapeMarkdown(visible(text));
}

/** The evidence links that become links: http, https or urn, with no white space and no control or invisible character. */
const LINKABLE =
  /^(?:https?:\/\/|urn:)[^\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]+$/i;

/**
 * A national report for people, as Markdown or as an HTML fragment, in a language: the reporting
 * state and year, the report's id, revision and date, the catalogue, and who may see it (report@2's
 * access: a report without the mark, and any report@1, is for member states only); then each measure
 * reported on with its title, its status in words, "nothing new to declare since" its year, the
 * remarks, and each activity with its kind, dates,
 * venue, partners (named from the registry, codes beside) and evidence links; the keys of the
 * reporter's own data (`extensions`); and, when `issues` are given, an annex of validation issues.
 * An entry or activity for member states only inside a public part is marked so.
 * Nothing is left out and nothing is reordered: entries and activities come in the report's order.
 *
 * Safe wherever it lands. Every text from the report is escaped (Markdown as {@link toMarkdown}
 * escapes it, so no link, image or markup renders from it; HTML text and attributes with `&` `<`
 * `>` `"` `'` escaped) and bidirectional controls are shown as `<U+202E>`. Only `http`, `https`
 * and `urn` evidence links become links; any other is shown as text. The HTML has no script, no
 * style and no event attribute. Russian words are working translations.
 *
 * @param report - The report (validated or not: an unknown measure or status is shown as its id).
 * @param options - Format, language, the data that names things, and the issues of the annex.
 * @returns The Markdown or HTML text, ending with a line break.
 * @throws {@link CbmError} `invalid-argument` for a format or language that is not one.
 *
 * @example
 * const report: NationalReport = {
 *   schema: "cica-cbm/report@1", id: "KZ-2025", reporter: "KZ", catalogue: "cica@2021",
 *   year: 2025, revision: 1, submittedOn: "2026-03-01",
 *   entries: [{ measure: "HUM.4", status: "implemented", remarks: "Student exchanges" }],
 * };
 * renderReport(report, { lang: "ru", context: cica }).split("\n")[0]
 * //=> "# Казахстан: национальный доклад об осуществлении мер доверия, 2025 год"
 *
 * @category Rendering
 */
export function renderReport(report: NationalReport, options: RenderReportOptions = {}): string {
  const format = options.format ?? "markdown";
  if (format !== "markdown" && format !== "html") {
    throw new CbmError("invalid-argument", `renderReport: options.format must be "markdown" or "html"; it is ${JSON.stringify(format)}.`);
  }
  const lang = labelsOf(options.lang, "renderReport", "options.lang");
  const w: ReportLabels = lang.labels.report ?? (lang.code === "ru" ? RU_REPORT_LABELS : EN_REPORT_LABELS);
  const registry = options.context?.registry;
  const catalogues = options.context?.catalogues;
  const list = catalogues === undefined ? [] : Array.isArray(catalogues) ? (catalogues as readonly Catalogue[]) : Object.values(catalogues);
  const catalogue = list.find((c) => c.ref === report.catalogue);
  const t = (text: string) => reportText(text, format);
  const state = (code: string) => {
    const name = nameIn(registry, code, lang);
    return name === code ? t(code) : `${t(name)} (${t(code)})`;
  };
  const measureTitle = (id: string) => {
    const measure = catalogue?.measures.find((m) => m.id === id);
    return measure ? `${t(id)} ${t(textIn(measure.title, lang.code))}` : `${t(id)} ${t(w.unknownMeasure)}`;
  };
  const status = (id: string) => {
    const found = catalogue?.statuses.find((s) => s.id === id);
    return found ? `${t(textIn(found.label, lang.code))} (${t(id)})` : t(id);
  };
  const dates = (a: ReportActivity) => (a.to === undefined || a.to === a.from ? t(a.from) : `${t(a.from)} – ${t(a.to)}`);
  const link = (e: ReportEvidence) => {
    const shown = t(e.uri);
    const title = e.title === undefined ? "" : ` — ${t(e.title)}`;
    if (!LINKABLE.test(e.uri)) return `${shown}${title}`;
    if (format === "html") return `<a href="${escapeHtml(e.uri)}" rel="noreferrer">${shown}</a>${title}`;
    return `[${shown}](${e.uri.replace(/[\\()<>&"'`[\]]/g, "\\$&")})${title}`;
  };
  // report@2: what is for member states only is marked where it is withheld: the report itself, or
  // a part inside a public one. A Locale without these words gets the English ones.
  const nothingNew = w.nothingNewSince ?? EN_REPORT_LABELS.nothingNewSince!;
  const accessWords = w.access ?? EN_REPORT_LABELS.access!;
  const reportPublic = accessOf(report) === "public";
  const accessLine = `${accessWords.field}: ${reportPublic ? accessWords.public : accessWords.memberStates}.`;
  const withheld = (entryIndex: number, activityIndex?: number) =>
    activityIndex === undefined
      ? reportPublic && accessOf(report, entryIndex) === "member-states"
      : accessOf(report, entryIndex) === "public" && accessOf(report, entryIndex, activityIndex) === "member-states";
  const entryMarks = (entry: ReportEntry, index: number) => [
    ...(entry.nothingNewSince !== undefined ? [t(nothingNew(entry.nothingNewSince))] : []),
    ...(withheld(index) ? [`${t(accessWords.field)}: ${t(accessWords.memberStates)}`] : []),
  ];
  const catalogueTitle = catalogue ? `${textIn(catalogue.title, lang.code)} (${report.catalogue})` : report.catalogue;
  const reporterName = nameIn(registry, report.reporter, lang);
  const extensionKeys = Object.keys(report.extensions ?? {});
  const issues = options.issues;
  const severity = (s: string) => (s === "error" ? w.issues.error : s === "warning" ? w.issues.warning : s);
  const where = (issue: ReportIssue) => (issue.path.length === 0 ? w.issues.report : formatPath(issue.path));
  // The message in the rendering's language; one whose key no table knows keeps the text it came with.
  const message = (issue: ReportIssue) => {
    const again = formatIssue(issue, options.lang ?? "en");
    return again === issue.messageKey ? issue.message : again;
  };

  if (format === "html") {
    const p = (html: string) => `<p>${html}</p>`;
    const field = (name: string, html: string) => `<li>${t(name)}: ${html}</li>`;
    const activity = (a: ReportActivity, at: number, entryIndex: number) =>
      [
        `<li><strong>${t(a.title)}</strong><ul>`,
        ...(withheld(entryIndex, at) ? [field(accessWords.field, t(accessWords.memberStates))] : []),
        field(w.fields.kind, t(a.kind)),
        field(w.fields.dates, dates(a)),
        ...(a.venue !== undefined ? [field(w.fields.venue, t(a.venue))] : []),
        ...(a.partners && a.partners.length > 0 ? [field(w.fields.partners, a.partners.map(state).join(", "))] : []),
        ...(a.evidence && a.evidence.length > 0 ? [`<li>${t(w.fields.evidence)}:<ul>${a.evidence.map((e) => `<li>${link(e)}</li>`).join("")}</ul></li>`] : []),
        "</ul></li>",
      ].join("");
    const entries = report.entries.map((entry, index) =>
      [
        `<section><h3>${measureTitle(entry.measure)}</h3>`,
        p(`${t(w.fields.status)}: ${status(entry.status)}`),
        ...entryMarks(entry, index).map(p),
        ...(entry.remarks !== undefined ? [p(`${t(w.fields.remarks)}: ${t(entry.remarks)}`)] : []),
        ...(entry.activities && entry.activities.length > 0
          ? [p(`${t(w.fields.activities)}:`), `<ol>${entry.activities.map((a, at) => activity(a, at, index)).join("")}</ol>`]
          : []),
        "</section>",
      ].join("\n"),
    );
    const parts = [
      `<article lang="${escapeHtml(lang.code)}">`,
      `<h1>${t(w.title(reporterName, report.year))}</h1>`,
      p(t(w.identity(report.id, report.revision, report.submittedOn))),
      p(t(w.catalogue(catalogueTitle))),
      p(t(accessLine)),
      `<h2>${t(w.sections.entries)}</h2>`,
      ...(report.nil ? [p(t(w.nil))] : []),
      ...(entries.length > 0 ? entries : report.nil ? [] : [p(t(w.noEntries))]),
      ...(extensionKeys.length > 0
        ? [
            `<h2>${t(w.sections.extensions)}</h2>`,
            p(t(w.extensions(extensionKeys.length))),
            `<ul>${extensionKeys.map((k) => `<li>${t(k)}</li>`).join("")}</ul>`,
          ]
        : []),
      ...(issues
        ? [
            `<h2>${t(w.sections.issues)}</h2>`,
            issues.length === 0
              ? p(t(w.issues.none))
              : [
                  "<table>",
                  `<thead><tr><th>${t(w.issues.severity)}</th><th>${t(w.issues.where)}</th><th>${t(w.issues.message)}</th></tr></thead>`,
                  "<tbody>",
                  ...issues.map((i) => `<tr><td>${t(severity(i.severity))}</td><td>${t(where(i))}</td><td>${t(message(i))}</td></tr>`),
                  "</tbody>",
                  "</table>",
                ].join("\n"),
          ]
        : []),
      "</article>",
    ];
    return `${parts.join("\n")}\n`;
  }

  // A heading's closing run of `#` would be read as markup and dropped: escape the last one.
  const heading = (markdown: string) => markdown.replace(/#$/, "\\#");
  const activity = (a: ReportActivity, index: number, entryIndex: number) =>
    [
      `${index + 1}. **${t(a.title)}**`,
      ...(withheld(entryIndex, index) ? [`   - ${t(accessWords.field)}: ${t(accessWords.memberStates)}`] : []),
      `   - ${t(w.fields.kind)}: ${t(a.kind)}`,
      `   - ${t(w.fields.dates)}: ${dates(a)}`,
      ...(a.venue !== undefined ? [`   - ${t(w.fields.venue)}: ${t(a.venue)}`] : []),
      ...(a.partners && a.partners.length > 0 ? [`   - ${t(w.fields.partners)}: ${a.partners.map(state).join(", ")}`] : []),
      ...(a.evidence && a.evidence.length > 0 ? [`   - ${t(w.fields.evidence)}:`, ...a.evidence.map((e) => `     - ${link(e)}`)] : []),
    ].join("\n");
  const entries = report.entries.map((entry, entryIndex) =>
    [
      `### ${heading(measureTitle(entry.measure))}`,
      `${t(w.fields.status)}: ${status(entry.status)}`,
      ...entryMarks(entry, entryIndex),
      ...(entry.remarks !== undefined ? [`${t(w.fields.remarks)}: ${t(entry.remarks)}`] : []),
      ...(entry.activities && entry.activities.length > 0
        ? [`${t(w.fields.activities)}:\n\n${entry.activities.map((a, at) => activity(a, at, entryIndex)).join("\n")}`]
        : []),
    ].join("\n\n"),
  );
  const sections = [
    `# ${heading(t(w.title(reporterName, report.year)))}`,
    `${t(w.identity(report.id, report.revision, report.submittedOn))}<br>\n${t(w.catalogue(catalogueTitle))}<br>\n${t(accessLine)}`,
    `## ${t(w.sections.entries)}`,
    ...(report.nil ? [t(w.nil)] : []),
    ...(entries.length > 0 ? entries : report.nil ? [] : [t(w.noEntries)]),
    ...(extensionKeys.length > 0
      ? [`## ${t(w.sections.extensions)}`, `${t(w.extensions(extensionKeys.length))}\n\n${extensionKeys.map((k) => `- ${t(k)}`).join("\n")}`]
      : []),
    ...(issues
      ? [
          `## ${t(w.sections.issues)}`,
          issues.length === 0
            ? t(w.issues.none)
            : toMarkdown({
                columns: [
                  { key: "severity", label: w.issues.severity },
                  { key: "where", label: w.issues.where },
                  { key: "message", label: w.issues.message },
                ],
                rows: issues.map((i) => ({ severity: severity(i.severity), where: visible(where(i)), message: visible(message(i)) })),
              }).trimEnd(),
        ]
      : []),
  ];
  return `${sections.join("\n\n")}\n`;
}
