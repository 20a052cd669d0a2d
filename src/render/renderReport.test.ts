import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { en } from "../i18n/en.js";
import { EN_REPORT_LABELS, RU_REPORT_LABELS } from "../i18n/reportLabels.js";
import { textIn } from "../i18n/localize.js";
import type { NationalReport, ReportActivity } from "../reports/schema.js";
import { formatIssue } from "../reports/formatIssue.js";
import type { ReportIssue } from "../reports/types.js";
import { validateReport } from "../reports/validateReport.js";
import { accessOf } from "../reports/access.js";
import { renderReport, reportText } from "./renderReport.js";

const catalogue = cica.catalogues["cica@2021"]!;
const report = (overrides: Partial<NationalReport> = {}): NationalReport => ({
  schema: "cica-cbm/report@1",
  id: "KZ-2025",
  reporter: "KZ",
  catalogue: "cica@2021",
  year: 2025,
  revision: 2,
  submittedOn: "2026-03-01",
  entries: [
    {
      measure: "HUM.4",
      status: "implemented",
      remarks: "Student exchanges",
      activities: [
        {
          title: "Youth forum",
          kind: "seminar",
          from: "2025-09-10",
          to: "2025-09-12",
          venue: "Astana",
          partners: ["UZ"],
          evidence: [{ uri: "https://example.org/forum", title: "Press release" }],
        },
      ],
    },
  ],
  ...overrides,
});
const hostile = (activity: Partial<ReportActivity>, remarks: string) =>
  report({ entries: [{ measure: "HUM.4", status: "implemented", remarks, activities: [{ title: "t", kind: "visit", from: "2025-01-01", ...activity }] }] });

/** The tags an HTML rendering may hold: none comes from the data. */
const TAGS = new Set(["article", "h1", "h2", "h3", "p", "section", "ul", "ol", "li", "strong", "a", "table", "thead", "tbody", "tr", "th", "td"]);
const tagsOf = (html: string) => [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase());
const attributesOf = (html: string) =>
  [...html.matchAll(/<[a-z0-9]+((?:\s+[a-z-]+="[^"]*")*)\s*>/g)].flatMap((m) =>
    [...m[1]!.matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!] as const),
  );

describe("renderReport", () => {
  it("names the state, the measure, the status and the partners from the data, in the chosen language", () => {
    const ru = renderReport(report(), { lang: "ru", context: cica });
    const measure = catalogue.measures.find((m) => m.id === "HUM.4")!;
    const status = catalogue.statuses.find((s) => s.id === "implemented")!;
    expect(ru).toContain(RU_REPORT_LABELS.title("Казахстан", 2025));
    expect(ru).toContain(`HUM.4 ${reportText(textIn(measure.title, "ru"), "markdown")}`);
    expect(ru).toContain(`${RU_REPORT_LABELS.fields.status}: ${textIn(status.label, "ru")} (implemented)`);
    expect(ru).toContain(`${RU_REPORT_LABELS.fields.partners}: Узбекистан (UZ)`);
    const plain = renderReport(report(), { lang: "en" });
    expect(plain).toContain(EN_REPORT_LABELS.title("KZ", 2025));
    expect(plain).toContain(`HUM.4 ${EN_REPORT_LABELS.unknownMeasure}`);
    expect(plain).toContain(`${EN_REPORT_LABELS.fields.partners}: UZ`);
  });

  it("writes the dates of an activity as a range only when it lasts more than a day", () => {
    const one = renderReport(hostile({ from: "2025-05-05", to: "2025-05-05" }, "r"));
    expect(one).toContain(`${EN_REPORT_LABELS.fields.dates}: 2025-05-05\n`);
    const range = renderReport(report());
    expect(range).toContain(`${EN_REPORT_LABELS.fields.dates}: 2025-09-10 – 2025-09-12`);
  });

  it("says a nil report has nothing to report, and an empty one that no measure is reported", () => {
    expect(renderReport(report({ nil: true, entries: [] }))).toContain(EN_REPORT_LABELS.nil);
    expect(renderReport(report({ nil: true, entries: [] }))).not.toContain(EN_REPORT_LABELS.noEntries);
    expect(renderReport(report({ entries: [] }))).toContain(EN_REPORT_LABELS.noEntries);
    expect(renderReport(report())).not.toContain(EN_REPORT_LABELS.noEntries);
  });

  it("notes the keys of the reporter's own data, and omits the section when there are none", () => {
    const out = renderReport(report({ extensions: { "kz:form": { v: 1 }, note: "x" } }), { format: "html" });
    expect(out).toContain("<li>kz:form</li><li>note</li>");
    expect(renderReport(report(), { format: "html" })).not.toContain(EN_REPORT_LABELS.sections.extensions);
  });

  it("adds an annex of the validation issues given, with where and what, and none without them", () => {
    const bad = report({ entries: [{ measure: "NOPE", status: "implemented" }] });
    const { issues } = validateReport(bad, cica);
    expect(issues.length).toBeGreaterThan(0);
    const out = renderReport(bad, { issues, context: cica });
    expect(out).toContain(`## ${EN_REPORT_LABELS.sections.issues}`);
    for (const issue of issues) expect(out).toContain(reportText(issue.message, "markdown").replace(/\|/g, "\\|"));
    expect(out).toContain("entries\\[0\\]");
    expect(renderReport(bad, { context: cica })).not.toContain(EN_REPORT_LABELS.sections.issues);
    expect(renderReport(bad, { issues: [] })).toContain(EN_REPORT_LABELS.issues.none);
  });

  it("writes the annex's messages in the rendering's language, whatever language validation used", () => {
    const bad = report({ entries: [{ measure: "NOPE", status: "implemented" }] });
    const { issues } = validateReport(bad, cica);
    const ru = renderReport(bad, { lang: "ru", issues });
    for (const issue of issues) {
      expect(ru).toContain(reportText(formatIssue(issue, "ru"), "markdown"));
      expect(ru).not.toContain(reportText(issue.message, "markdown"));
    }
    expect(ru).toContain(`| ${RU_REPORT_LABELS.issues.error} |`);
  });

  it("keeps the message of an issue whose key no language knows", () => {
    const custom = {
      rule: "field.missing",
      severity: "warning",
      path: [],
      messageKey: "ministry.own",
      params: {},
      message: "Checked by hand",
    } as unknown as ReportIssue;
    const out = renderReport(report(), { issues: [custom], format: "html" });
    expect(out).toContain(`<td>${EN_REPORT_LABELS.issues.warning}</td><td>${EN_REPORT_LABELS.issues.report}</td><td>Checked by hand</td>`);
  });

  it("makes links of http, https and urn evidence only, and shows any other as text", () => {
    const links = [
      { uri: "https://example.org/a" },
      { uri: "HTTP://example.org/b" },
      { uri: "urn:isbn:0451450523" },
      { uri: "javascript:alert(1)" },
      { uri: "JaVaScRiPt:alert(1)" },
      { uri: "data:text/html,<script>alert(1)</script>" },
      { uri: "https://example.org/\u202Eevil" },
      { uri: "//example.org/c" },
    ];
    const html = renderReport(hostile({ evidence: links }, "r"), { format: "html" });
    const hrefs = attributesOf(html)
      .filter(([name]) => name === "href")
      .map(([, value]) => value);
    expect(hrefs).toEqual(["https://example.org/a", "HTTP://example.org/b", "urn:isbn:0451450523"]);
    for (const { uri } of links) expect(html).toContain(reportText(uri, "html"));
    const md = renderReport(hostile({ evidence: links }, "r"));
    expect(md.match(/\]\(/g)).toHaveLength(3);
    expect(md).toContain(`[${reportText("urn:isbn:0451450523", "markdown")}](urn:isbn:0451450523)`);
    expect(md).not.toMatch(/\]\((?:javascript|data|\/\/)/i);
  });

  it("keeps a link destination whole in Markdown when the address holds brackets, quotes or entities", () => {
    const uri = "https://example.org/a_(b)?x=1&copy=2\"'<>`[c]";
    const md = renderReport(hostile({ evidence: [{ uri }] }, "r"));
    expect(md).toContain("](https://example.org/a_\\(b\\)?x=1\\&copy=2\\\"\\'\\<\\>\\`\\[c\\])");
  });

  it("lets no tag, attribute, script or style of a hostile report into the HTML", () => {
    const attack = "<script>alert(1)</script>\"'><img src=x onerror=alert(1)><style>*{}</style>";
    const out = renderReport(
      hostile(
        { title: attack, kind: attack, venue: attack, partners: [attack], evidence: [{ uri: `https://x.org/"onmouseover="alert(1)`, title: attack }] },
        attack,
      ),
      { format: "html", context: cica },
    );
    expect(tagsOf(out).every((tag) => TAGS.has(tag))).toBe(true);
    expect(
      attributesOf(out)
        .map(([name]) => name)
        .sort(),
    ).toEqual(["href", "lang", "rel"]);
    expect(out).not.toMatch(/<script|<img|<style/i);
    expect(out).toContain(reportText(attack, "html"));
  });

  it("shows bidirectional controls by their code point, so that none reorders the page", () => {
    for (const format of ["markdown", "html"] as const) {
      const out = renderReport(hostile({ title: "a\u2067b" }, "price \u202E0001\u202C"), { format });
      expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(out).toContain("U+202E");
      expect(out).toContain("U+2067");
    }
  });

  it("keeps Markdown in report text inert: no link, image, emphasis, heading or table", () => {
    const attack = "# Title\n[click](https://evil.example) ![x](https://evil.example/i.png) **b** | c |";
    const out = renderReport(hostile({ title: attack, venue: attack }, attack));
    expect(out).not.toMatch(/(?<!\\)\]\(https:\/\/evil/);
    expect(out).not.toMatch(/(?<!\\)\*\*b/);
    expect(out).not.toMatch(/^# Title/m);
    expect(out).toContain(reportText(attack, "markdown"));
  });

  it("escapes the closing # of a heading, which Markdown would otherwise drop", () => {
    const locale = { ...en, labels: { ...en.labels, report: { ...EN_REPORT_LABELS, title: () => "Report #" } } };
    expect(renderReport(report(), { lang: locale }).split("\n")[0]).toBe("# Report \\#");
  });

  it("takes the words of a Locale of one's own, and English for a Locale that gives none", () => {
    const kk = { ...en, code: "kk", labels: { ...en.labels, report: { ...EN_REPORT_LABELS, nil: "Хабарлайтын ештеңе жоқ." } } };
    expect(renderReport(report({ nil: true, entries: [] }), { lang: kk })).toContain("Хабарлайтын ештеңе жоқ.");
    expect(renderReport(report({ nil: true, entries: [] }), { lang: { ...en, code: "kk" } })).toContain(EN_REPORT_LABELS.nil);
  });

  it("throws for a format or a language that is not one", () => {
    expect(() => renderReport(report(), { format: "pdf" as "html" })).toThrow(expect.objectContaining({ code: "invalid-argument" }));
    expect(() => renderReport(report(), { lang: "kk" as "en" })).toThrow(expect.objectContaining({ code: "invalid-argument" }));
  });

  it("says an entry has nothing new to declare since its year, in English and Russian, and nothing when it does not", () => {
    const marked = report({ schema: "cica-cbm/report@2", entries: [{ measure: "HUM.4", status: "implemented", nothingNewSince: 2021 }] });
    for (const format of ["markdown", "html"] as const) {
      expect(renderReport(marked, { format })).toContain("Nothing new to declare since 2021.");
      expect(renderReport(marked, { format, lang: "ru" })).toContain(RU_REPORT_LABELS.nothingNewSince!(2021));
      expect(renderReport(report(), { format })).not.toContain("Nothing new");
    }
  });

  it("marks the report, and each part withheld inside a public one, as for member states only", () => {
    const memberStates = `${EN_REPORT_LABELS.access!.field}: ${EN_REPORT_LABELS.access!.memberStates}`;
    const count = (text: string) => text.split(memberStates).length - 1;
    const activity = { title: "Visit", kind: "visit", from: "2025-04-01" };
    const withheld = report({
      schema: "cica-cbm/report@2",
      access: "public",
      entries: [
        { measure: "HUM.4", status: "implemented", access: "member-states", activities: [activity] },
        { measure: "2.1.2", status: "implemented", activities: [activity, { ...activity, access: "member-states" }] },
      ],
    });
    for (const format of ["markdown", "html"] as const) {
      const out = renderReport(withheld, { format });
      expect(out).toContain("Access: public.");
      // The restricted entry, and the restricted activity of the public entry; not the activity inside the restricted entry.
      expect(count(out), format).toBe(2);
      // An unmarked report, and a report@1, are for member states only, once, at the top.
      for (const restricted of [report(), report({ schema: "cica-cbm/report@2", entries: withheld.entries })]) {
        const text = renderReport(restricted, { format });
        expect(count(text)).toBe(1);
        expect(text.indexOf(memberStates)).toBeLessThan(text.indexOf(EN_REPORT_LABELS.sections.entries));
      }
    }
    const ru = renderReport(withheld, { lang: "ru" });
    expect(ru).toContain(`${RU_REPORT_LABELS.access!.field}: ${RU_REPORT_LABELS.access!.memberStates}`);
    expect(ru).toContain(`${RU_REPORT_LABELS.access!.field}: ${RU_REPORT_LABELS.access!.public}.`);
  });

  it("takes the English words of report@2 for a Locale whose report words predate them", () => {
    const { nothingNewSince: _n, access: _a, ...older } = EN_REPORT_LABELS;
    const kk = { ...en, code: "kk", labels: { ...en.labels, report: older } };
    const marked = report({ schema: "cica-cbm/report@2", entries: [{ measure: "HUM.4", status: "implemented", nothingNewSince: 2021 }] });
    const out = renderReport(marked, { lang: kk });
    expect(out).toContain("Nothing new to declare since 2021.");
    expect(out).toContain("Access: member states only.");
  });

  it("does not change the report it renders", () => {
    const input = report({ extensions: { a: 1 } });
    const copy = structuredClone(input);
    renderReport(input, { format: "html", context: cica, issues: [] });
    expect(input).toEqual(copy);
  });

  it("lays out a Markdown report: the title, the identity, catalogue and access lines, then each measure with its status, remarks and numbered activities, then the extension keys", () => {
    const hum4 = textIn(catalogue.measures.find((m) => m.id === "HUM.4")!.title, "en");
    const m212 = textIn(catalogue.measures.find((m) => m.id === "2.1.2")!.title, "en");
    const input = report({
      entries: [
        {
          measure: "HUM.4",
          status: "implemented",
          remarks: "Student exchanges",
          activities: [
            {
              title: "Youth forum",
              kind: "seminar",
              from: "2025-09-10",
              to: "2025-09-12",
              venue: "Astana",
              partners: ["UZ", "XX"],
              evidence: [{ uri: "https://example.org/forum", title: "Press release" }, { uri: "ftp://example.org/x" }],
            },
            { title: "Visit", kind: "visit", from: "2025-04-01", partners: [], evidence: [] },
          ],
        },
        { measure: "2.1.2", status: "planned", activities: [] },
      ],
      extensions: { "kz:form": 1, note: "x" },
    });
    expect(renderReport(input, { context: cica })).toBe(
      [
        "# Kazakhstan: national report on the implementation of confidence building measures, 2025",
        `Report KZ-2025, revision 2, submitted on 2026-03-01.<br>\n${reportText("Catalogue: Updated CICA Catalogue of Confidence Building Measures (cica@2021).", "markdown")}<br>\nAccess: member states only.`,
        "## Measures",
        `### HUM.4 ${reportText(hum4, "markdown")}`,
        "Status: Implemented (implemented)",
        "Remarks: Student exchanges",
        [
          "Activities:",
          "",
          "1. **Youth forum**",
          "   - Kind: seminar",
          "   - Dates: 2025-09-10 – 2025-09-12",
          "   - Venue: Astana",
          "   - Partners: Uzbekistan (UZ), XX",
          "   - Evidence:",
          `     - [${reportText("https://example.org/forum", "markdown")}](https://example.org/forum) — Press release`,
          `     - ${reportText("ftp://example.org/x", "markdown")}`,
          "2. **Visit**",
          "   - Kind: visit",
          "   - Dates: 2025-04-01",
        ].join("\n"),
        `### 2.1.2 ${reportText(m212, "markdown")}`,
        "Status: Planned (planned)",
        "## Extensions",
        "The report carries the reporter's own data under these keys, kept verbatim and not shown:\n\n- kz:form\n- note\n",
      ].join("\n\n"),
    );
  });

  it("lays out an HTML report as one article: paragraphs for the lines, a section per measure, an ordered list of activities each with a list of its fields, then the extension keys", () => {
    const hum4 = textIn(catalogue.measures.find((m) => m.id === "HUM.4")!.title, "en");
    const m212 = textIn(catalogue.measures.find((m) => m.id === "2.1.2")!.title, "en");
    const input = report({
      entries: [
        {
          measure: "HUM.4",
          status: "implemented",
          remarks: "Student exchanges",
          activities: [
            {
              title: "Youth forum",
              kind: "seminar",
              from: "2025-09-10",
              to: "2025-09-12",
              venue: "Astana",
              partners: ["UZ", "XX"],
              evidence: [{ uri: "https://example.org/forum", title: "Press release" }, { uri: "ftp://example.org/x" }],
            },
            { title: "Visit", kind: "visit", from: "2025-04-01", partners: [], evidence: [] },
          ],
        },
        { measure: "2.1.2", status: "planned", activities: [] },
      ],
      extensions: { "kz:form": 1, note: "x" },
    });
    expect(renderReport(input, { context: cica, format: "html" })).toBe(
      [
        '<article lang="en">',
        "<h1>Kazakhstan: national report on the implementation of confidence building measures, 2025</h1>",
        "<p>Report KZ-2025, revision 2, submitted on 2026-03-01.</p>",
        "<p>Catalogue: Updated CICA Catalogue of Confidence Building Measures (cica@2021).</p>",
        "<p>Access: member states only.</p>",
        "<h2>Measures</h2>",
        `<section><h3>HUM.4 ${reportText(hum4, "html")}</h3>`,
        "<p>Status: Implemented (implemented)</p>",
        "<p>Remarks: Student exchanges</p>",
        "<p>Activities:</p>",
        "<ol>" +
          "<li><strong>Youth forum</strong><ul><li>Kind: seminar</li><li>Dates: 2025-09-10 – 2025-09-12</li><li>Venue: Astana</li>" +
          "<li>Partners: Uzbekistan (UZ), XX</li>" +
          '<li>Evidence:<ul><li><a href="https://example.org/forum" rel="noreferrer">https://example.org/forum</a> — Press release</li><li>ftp://example.org/x</li></ul></li>' +
          "</ul></li>" +
          "<li><strong>Visit</strong><ul><li>Kind: visit</li><li>Dates: 2025-04-01</li></ul></li>" +
          "</ol>",
        "</section>",
        `<section><h3>2.1.2 ${reportText(m212, "html")}</h3>`,
        "<p>Status: Planned (planned)</p>",
        "</section>",
        "<h2>Extensions</h2>",
        "<p>The report carries the reporter&#39;s own data under these keys, kept verbatim and not shown:</p>",
        "<ul><li>kz:form</li><li>note</li></ul>",
        "</article>",
        "",
      ].join("\n"),
    );
  });

  it("says in HTML too that a nil report has nothing to report and an empty one that no measure is reported, and omits the extensions in both formats when there are none", () => {
    const nil = renderReport(report({ nil: true, entries: [] }), { format: "html" });
    expect(nil).toContain(`<h2>${EN_REPORT_LABELS.sections.entries}</h2>\n<p>${EN_REPORT_LABELS.nil}</p>\n</article>`);
    expect(nil).not.toContain(EN_REPORT_LABELS.noEntries);
    const empty = renderReport(report({ entries: [] }), { format: "html" });
    expect(empty).toContain(`<h2>${EN_REPORT_LABELS.sections.entries}</h2>\n<p>${EN_REPORT_LABELS.noEntries}</p>\n</article>`);
    expect(empty).not.toContain(EN_REPORT_LABELS.nil);
    expect(renderReport(report({ entries: [] }))).toMatch(new RegExp(`## ${EN_REPORT_LABELS.sections.entries}\\n\\n${EN_REPORT_LABELS.noEntries}\\n$`));
    expect(renderReport(report({ nil: true, entries: [] }))).toMatch(new RegExp(`## ${EN_REPORT_LABELS.sections.entries}\\n\\n${EN_REPORT_LABELS.nil}\\n$`));
    expect(renderReport(report())).not.toContain(EN_REPORT_LABELS.sections.extensions);
    expect(renderReport(report({ extensions: {} }), { format: "html" })).not.toContain(EN_REPORT_LABELS.sections.extensions);
  });

  it("lays out the annex as a table of severity, place and message in words of the rendering's language, the report itself named where the path is empty", () => {
    const issues = [
      { rule: "field.missing", severity: "error", path: ["entries", 0, "measure"], messageKey: "ministry.own", params: {}, message: "Checked by hand" },
      { rule: "field.missing", severity: "warning", path: [], messageKey: "ministry.own", params: {}, message: "Seen by hand" },
    ] as unknown as ReportIssue[];
    const html = renderReport(report(), { format: "html", lang: "ru", issues });
    expect(html).toMatch(
      new RegExp(
        `\n<h2>${RU_REPORT_LABELS.sections.issues}</h2>\n<table>\n<thead><tr><th>Серьёзность</th><th>Где</th><th>Сообщение</th></tr></thead>\n<tbody>\n` +
          "<tr><td>ошибка</td><td>entries\\[0\\]\\.measure</td><td>Checked by hand</td></tr>\n" +
          "<tr><td>предупреждение</td><td>\\(доклад\\)</td><td>Seen by hand</td></tr>\n</tbody>\n</table>\n</article>\n$",
      ),
    );
    const md = renderReport(report(), { lang: "ru", issues });
    expect(
      md.endsWith(
        `\n\n## ${RU_REPORT_LABELS.sections.issues}\n\n| Серьёзность | Где | Сообщение |\n| --- | --- | --- |\n| ошибка | entries\\[0\\].measure | Checked by hand |\n| предупреждение | (доклад) | Seen by hand |\n`,
      ),
    ).toBe(true);
    expect(renderReport(report(), { format: "html", issues: [] })).toContain(
      `<h2>${EN_REPORT_LABELS.sections.issues}</h2>\n<p>${EN_REPORT_LABELS.issues.none}</p>\n</article>`,
    );
  });

  it("escapes each of & < > \" ' in HTML text as its entity", () => {
    expect(reportText(`a&b<c>d"e'f`, "html")).toBe("a&amp;b&lt;c&gt;d&quot;e&#39;f");
    expect(renderReport(report({ entries: [{ measure: "HUM.4", status: "implemented", remarks: `&<>"'` }] }), { format: "html" })).toContain(
      "<p>Remarks: &amp;&lt;&gt;&quot;&#39;</p>",
    );
  });

  it("makes no link of an address that only ends in an http one, such as javascript:https://…", () => {
    for (const uri of ["javascript:https://example.org/x", "xhttps://example.org/x"]) {
      const html = renderReport(hostile({ evidence: [{ uri }] }, "r"), { format: "html" });
      expect(html).not.toContain("<a ");
      expect(renderReport(hostile({ evidence: [{ uri }] }, "r"))).not.toContain("](");
    }
  });

  it("escapes only the closing # of a heading, leaving one inside it as it is", () => {
    const locale = { ...en, labels: { ...en.labels, report: { ...EN_REPORT_LABELS, title: () => "C# and F#" } } };
    expect(renderReport(report(), { lang: locale }).split("\n")[0]).toBe("# C# and F\\#");
  });

  it("names the format it was given when it refuses one", () => {
    expect(() => renderReport(report(), { format: "pdf" as "html" })).toThrow(/options\.format must be "markdown" or "html".*"pdf"/);
  });
});

const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 12 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "\"'><b>",
    "[x](javascript:alert(1))",
    "\u202Eevil\u2066",
    "a\r\nb",
    "https://example.org/x",
    "#12 @me",
    "www.example.org",
  ),
);
const access = fc.constantFrom("public" as const, "member-states" as const);
const codes = fc.constantFrom(...cica.registry.participants.map((p) => p.code));
const activityArb = fc.record(
  {
    title: text,
    kind: text,
    from: fc.constantFrom("2025-01-01", "2025-06-30"),
    to: fc.constantFrom("2025-07-01", "2025-12-31"),
    venue: text,
    partners: fc.array(codes, { maxLength: 3 }),
    evidence: fc.array(fc.record({ uri: fc.oneof(fc.webUrl(), text, fc.constant("urn:x:1")), title: text }, { requiredKeys: ["uri"] }), { maxLength: 2 }),
    access,
  },
  { requiredKeys: ["title", "kind", "from"] },
);
const entryArb = fc.record(
  {
    measure: fc.oneof(fc.constantFrom(...catalogue.measures.map((m) => m.id)), text),
    status: fc.oneof(fc.constantFrom(...catalogue.statuses.map((s) => s.id)), text),
    remarks: text,
    activities: fc.array(activityArb, { maxLength: 2 }),
    nothingNewSince: fc.integer({ min: 1000, max: 2024 }),
    access,
  },
  { requiredKeys: ["measure", "status"] },
);
const reportArb = fc.record(
  {
    schema: fc.constant("cica-cbm/report@2" as const),
    entries: fc.array(entryArb, { maxLength: 3 }),
    id: text,
    extensions: fc.dictionary(text, fc.integer(), { maxKeys: 2 }),
    access,
  },
  { requiredKeys: ["schema", "entries", "id", "extensions"] },
);

describe("renderReport over generated reports", () => {
  it("shows every title, remark, partner, date, venue, evidence link, extension key, nothing-new year and withheld part of the report, escaped", () => {
    fc.assert(
      fc.property(reportArb, fc.constantFrom("markdown" as const, "html" as const), fc.constantFrom("en" as const, "ru" as const), (fields, format, lang) => {
        const input = report(fields);
        const out = renderReport(input, { format, lang, context: cica });
        const seen = (s: string) => expect(out).toContain(reportText(s, format));
        seen(input.id);
        for (const key of Object.keys(input.extensions ?? {})) seen(key);
        const words = lang === "ru" ? RU_REPORT_LABELS : EN_REPORT_LABELS;
        const memberStates = reportText(`${words.access!.field}: ${words.access!.memberStates}`, format);
        // Withheld: the report when it is not public, else each entry or activity for member states only inside a public part.
        let withheld = accessOf(input) === "public" ? 0 : 1;
        input.entries.forEach((entry, e) => {
          if (accessOf(input) === "public" && accessOf(input, e) === "member-states") withheld++;
          (entry.activities ?? []).forEach((_, a) => {
            if (accessOf(input, e) === "public" && accessOf(input, e, a) === "member-states") withheld++;
          });
        });
        expect(out.split(memberStates).length - 1).toBe(withheld);
        for (const entry of input.entries) {
          if (entry.nothingNewSince !== undefined) seen(words.nothingNewSince!(entry.nothingNewSince));
          seen(entry.measure);
          const measure = catalogue.measures.find((m) => m.id === entry.measure);
          if (measure) seen(textIn(measure.title, lang));
          const status = catalogue.statuses.find((s) => s.id === entry.status);
          seen(status ? textIn(status.label, lang) : entry.status);
          if (entry.remarks !== undefined) seen(entry.remarks);
          for (const a of entry.activities ?? []) {
            for (const s of [a.title, a.kind, a.from, a.to, a.venue]) if (s !== undefined) seen(s);
            for (const code of a.partners ?? []) seen(textIn(cica.registry.participants.find((p) => p.code === code)!.name, lang));
            for (const e of a.evidence ?? []) {
              seen(e.uri);
              if (e.title !== undefined) seen(e.title);
            }
          }
        }
        if (format === "html") {
          expect(tagsOf(out).filter((tag) => !TAGS.has(tag))).toEqual([]);
          for (const [name, value] of attributesOf(out)) if (name === "href") expect(value).toMatch(/^(?:https?:\/\/|urn:)/i);
        }
      }),
      { numRuns: 150 },
    );
  });
});
