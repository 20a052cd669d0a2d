/**
 * Writes the corpus of hostile inputs (reports/, ledgers/, files/) and its manifest.json: run
 * `node test/corpus/generate.mjs` after changing a case here. Every file is made by this script, so
 * that the bytes that matter (BOMs, CRLF, lone surrogates, 100,000 levels of nesting, binary) are
 * exact; test/corpus.test.ts checks each against the rule the manifest names.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
const root = path.dirname(fileURLToPath(import.meta.url));
for (const d of ["reports", "ledgers", "files"]) {
  fs.rmSync(path.join(root, d), { recursive: true, force: true });
  fs.mkdirSync(path.join(root, d), { recursive: true });
}
const base = () => ({
  schema: "cica-cbm/report@1",
  id: "KZ-2025",
  reporter: "KZ",
  catalogue: "cica@2021",
  year: 2025,
  revision: 1,
  submittedOn: "2026-03-01",
  entries: [
    {
      measure: "2.1.2",
      status: "implemented",
      remarks: "Observers invited",
      activities: [
        {
          title: "Observers at an exercise",
          kind: "exercise",
          from: "2025-05-01",
          to: "2025-05-03",
          partners: ["TR"],
          evidence: [{ uri: "https://example.org/press/1", title: "Press release" }],
        },
      ],
    },
  ],
});
const cases = [];
const J = (v) => JSON.stringify(v);
/** text: JSON text of the report with `raw` substitutions (for keys JSON.stringify cannot write in order). */
function report(name, why, mutate, expect, raw) {
  const r = base();
  mutate?.(r);
  let text = J(r);
  if (raw) text = raw(text);
  fs.writeFileSync(path.join(root, "reports", name), text);
  cases.push({ file: `reports/${name}`, input: "report", why, expect });
}
const act = (r) => r.entries[0].activities[0];
const E = (rules, first, ok = false) => ({ ok, rules, ...(first ? { first } : {}) });
// prototype keys at every level
for (const key of ["__proto__", "constructor", "prototype"]) {
  const k = key.replace(/_/g, "");
  report(
    `${k}-key-report.json`,
    `a "${key}" key at the top of the report is an unknown field, and never a prototype`,
    null,
    E(["field.unknown"], { rule: "field.unknown", path: [key] }),
    (t) => t.replace("{", `{"${key}":{"polluted":true},`),
  );
  report(`${k}-key-entry.json`, `a "${key}" key in an entry`, null, E(["field.unknown"], { rule: "field.unknown", path: ["entries", 0, key] }), (t) =>
    t.replace('{"measure"', `{"${key}":{"polluted":true},"measure"`),
  );
  report(
    `${k}-key-activity.json`,
    `a "${key}" key in an activity`,
    null,
    E(["field.unknown"], { rule: "field.unknown", path: ["entries", 0, "activities", 0, key] }),
    (t) => t.replace('{"title"', `{"${key}":{"polluted":true},"title"`),
  );
  report(
    `${k}-key-evidence.json`,
    `a "${key}" key in an evidence link`,
    null,
    E(["field.unknown"], { rule: "field.unknown", path: ["entries", 0, "activities", 0, "evidence", 0, key] }),
    (t) => t.replace('{"uri"', `{"${key}":{"polluted":true},"uri"`),
  );
  report(
    `${k}-key-extensions.json`,
    `a "${key}" key under extensions is kept verbatim, with a warning`,
    (r) => (r.extensions = {}),
    E(["extensions.unsafe-key"], { rule: "extensions.unsafe-key", path: ["extensions", "form", key] }, true),
    (t) => t.replace('"extensions":{}', `"extensions":{"form":{"${key}":{"polluted":true}}}`),
  );
}
report(
  "proto-key-in-list-under-extensions.json",
  "a __proto__ key inside a list under extensions",
  (r) => (r.extensions = {}),
  E(["extensions.unsafe-key"], { rule: "extensions.unsafe-key", path: ["extensions", "list", 1, "__proto__"] }, true),
  (t) => t.replace('"extensions":{}', '"extensions":{"list":[1,{"__proto__":{"isAdmin":true}}]}'),
);
// very long strings
report(
  "long-id.json",
  "an id one character over its limit (128)",
  (r) => (r.id = "K".repeat(129)),
  E(["field.too-long"], { rule: "field.too-long", path: ["id"] }),
);
report(
  "long-remarks.json",
  "remarks of 100,000 characters",
  (r) => (r.entries[0].remarks = "x".repeat(100_000)),
  E(["field.too-long"], { rule: "field.too-long", path: ["entries", 0, "remarks"] }),
);
report(
  "long-title-emoji.json",
  "an activity title of 501 emoji (1,002 UTF-16 units): counted in code points",
  (r) => (act(r).title = "😀".repeat(501)),
  E(["field.too-long"], { rule: "field.too-long", path: ["entries", 0, "activities", 0, "title"] }),
);
report("title-500-emoji.json", "an activity title of exactly 500 emoji is within its limit", (r) => (act(r).title = "😀".repeat(500)), E([], undefined, true));
report(
  "long-uri.json",
  "an evidence link of 2,049 characters",
  (r) => (act(r).evidence[0].uri = `https://example.org/${"a".repeat(2029)}`),
  E(["field.too-long"], { rule: "field.too-long", path: ["entries", 0, "activities", 0, "evidence", 0, "uri"] }),
);
report(
  "long-reporter.json",
  "a reporter code of 10,000 characters",
  (r) => (r.reporter = "KZ".repeat(5000)),
  E(["field.too-long", "reporter.unknown"], { rule: "field.too-long", path: ["reporter"] }),
);
report(
  "long-extension-text.json",
  "100,001 characters of text under extensions",
  (r) => (r.extensions = { note: "x".repeat(100_001) }),
  E(["extensions.too-large"], { rule: "extensions.too-large", path: ["extensions"] }),
);
report(
  "long-extension-key.json",
  "a key of 200,000 characters under extensions",
  (r) => (r.extensions = { ["k".repeat(200_000)]: 1 }),
  E(["extensions.too-large"], { rule: "extensions.too-large", path: ["extensions"] }),
);
// deep nesting
const deep = (n, open, close) => `${open.repeat(n)}0${close.repeat(n)}`;
report(
  "extensions-deep-100000-arrays.json",
  "extensions nested 100,000 levels deep (arrays): one issue, no stack overflow",
  (r) => (r.extensions = { deep: "DEEP" }),
  E(["extensions.too-deep"], { rule: "extensions.too-deep", path: ["extensions", "deep", ...Array(16).fill(0)] }),
  (t) => t.replace('"DEEP"', deep(100_000, "[", "]")),
);
report(
  "extensions-deep-100000-objects.json",
  "extensions nested 100,000 levels deep (objects)",
  (r) => (r.extensions = { deep: "DEEP" }),
  E(["extensions.too-deep"], { rule: "extensions.too-deep", path: ["extensions", "deep", ...Array(16).fill("a")] }),
  (t) => t.replace('"DEEP"', deep(100_000, '{"a":', "}")),
);
report(
  "extensions-depth-17.json",
  "extensions one level deeper than the limit (16)",
  (r) => (r.extensions = { deep: "DEEP" }),
  E(["extensions.too-deep"]),
  (t) => t.replace('"DEEP"', deep(17, "[", "]")),
);
report(
  "extensions-depth-16.json",
  "extensions exactly as deep as the limit",
  (r) => (r.extensions = { deep: "DEEP" }),
  E([], undefined, true),
  (t) => t.replace('"DEEP"', deep(16, "[", "]")),
);
report(
  "entries-deep-100000.json",
  "a list nested 100,000 levels deep in place of the entries",
  (r) => (r.entries = "DEEP"),
  E(["field.type"], { rule: "field.type", path: ["entries", 0] }),
  (t) => t.replace('"DEEP"', deep(100_000, "[", "]")),
);
report(
  "extensions-10001-values.json",
  "more than 10,000 values under extensions",
  (r) => (r.extensions = { values: Array(10_001).fill(0) }),
  E(["extensions.too-large"], { rule: "extensions.too-large", path: ["extensions"] }),
);
// numbers
report("year-1e309.json", "year 1e309 (Infinity once parsed)", null, E(["field.type"], { rule: "field.type", path: ["year"] }), (t) =>
  t.replace('"year":2025', '"year":1e309'),
);
report("revision-1e309.json", "revision 1e309", null, E(["field.type"], { rule: "field.type", path: ["revision"] }), (t) =>
  t.replace('"revision":1', '"revision":1e309'),
);
report(
  "extension-1e309.json",
  "1e309 under extensions is not a JSON value once parsed",
  (r) => (r.extensions = { n: "N" }),
  E(["extensions.not-json"], { rule: "extensions.not-json", path: ["extensions", "n"] }),
  (t) => t.replace('"N"', "-1e309"),
);
report("year-nan-string.json", 'year "NaN" written as a string', (r) => (r.year = "NaN"), E(["field.type"], { rule: "field.type", path: ["year"] }));
report("revision-nan-string.json", 'revision "NaN"', (r) => (r.revision = "NaN"), E(["field.type"], { rule: "field.type", path: ["revision"] }));
report("year-float.json", "year 2025.5", (r) => (r.year = 2025.5), E(["field.type"], { rule: "field.type", path: ["year"] }));
report("revision-huge.json", "revision 2^53 + 2 (not a safe integer)", null, E(["field.value"], { rule: "field.value", path: ["revision"] }), (t) =>
  t.replace('"revision":1', '"revision":9007199254740994'),
);
report(
  "year-negative-zero.json",
  "year -0 (negative zero), below the range of years",
  (r) => (r.year = "Z"),
  E(["field.value"], { rule: "field.value", path: ["year"] }),
  (t) => t.replace('"year":"Z"', '"year":-0'),
);
// lone surrogates
report(
  "lone-surrogate-reporter.json",
  "a reporter code with a lone surrogate",
  (r) => (r.reporter = "K\ud800"),
  E(["reporter.unknown"], { rule: "reporter.unknown", path: ["reporter"] }),
);
report(
  "lone-surrogate-measure.json",
  "a measure with a lone low surrogate",
  (r) => (r.entries[0].measure = "2.1.2\udc00"),
  E(["measure.unknown"], { rule: "measure.unknown", path: ["entries", 0, "measure"] }),
);
report(
  "lone-surrogate-partner.json",
  "a partner code with a lone surrogate",
  (r) => (act(r).partners = ["\udbffTR"]),
  E(["partner.unknown"], { rule: "partner.unknown", path: ["entries", 0, "activities", 0, "partners", 0] }),
);
report(
  "lone-surrogate-remarks.json",
  "a lone surrogate in free text is kept verbatim (JSON writes it back as the same \\udxxx escape)",
  (r) => (r.entries[0].remarks = "Observers \ud83d invited"),
  E([], undefined, true),
);
// right-to-left marks and homoglyphs in codes
report(
  "rtl-mark-reporter.json",
  "a right-to-left mark before the reporter code",
  (r) => (r.reporter = "\u200fKZ"),
  E(["reporter.unknown"], { rule: "reporter.unknown", path: ["reporter"] }),
);
report(
  "rtl-override-status.json",
  "a right-to-left override in a status",
  (r) => (r.entries[0].status = "\u202eimplemented"),
  E(["status.unknown"], { rule: "status.unknown", path: ["entries", 0, "status"] }),
);
report(
  "ltr-mark-measure.json",
  "a left-to-right mark after a measure id",
  (r) => (r.entries[0].measure = "2.1.2\u200e"),
  E(["measure.unknown"], { rule: "measure.unknown", path: ["entries", 0, "measure"] }),
);
report(
  "zero-width-partner.json",
  "a zero-width space inside a partner code",
  (r) => (act(r).partners = ["T\u200bR"]),
  E(["partner.unknown"], { rule: "partner.unknown", path: ["entries", 0, "activities", 0, "partners", 0] }),
);
report(
  "homoglyph-cyrillic-reporter.json",
  "a reporter code with a Cyrillic К for the Latin K",
  (r) => (r.reporter = "\u041aZ"),
  E(["reporter.unknown"], { rule: "reporter.unknown", path: ["reporter"] }),
);
report(
  "homoglyph-greek-partner.json",
  "a partner code of Greek capitals Τ and Ρ for the Latin TR",
  (r) => (act(r).partners = ["\u03a4\u03a1"]),
  E(["partner.unknown"], { rule: "partner.unknown", path: ["entries", 0, "activities", 0, "partners", 0] }),
);
report(
  "homoglyph-cyrillic-status.json",
  "a status with a Cyrillic е",
  (r) => (r.entries[0].status = "impl\u0435mented"),
  E(["status.unknown"], { rule: "status.unknown", path: ["entries", 0, "status"] }),
);
report(
  "homoglyph-catalogue.json",
  "a catalogue reference with a Cyrillic с",
  (r) => (r.catalogue = "\u0441ica@2021"),
  E(["catalogue.unknown"], { rule: "catalogue.unknown", path: ["catalogue"] }),
);
report(
  "fullwidth-reporter.json",
  "a reporter code in full-width letters ＫＺ",
  (r) => (r.reporter = "\uff2b\uff3a"),
  E(["reporter.unknown"], { rule: "reporter.unknown", path: ["reporter"] }),
);
// dates
report(
  "date-2023-02-29.json",
  "submittedOn 2023-02-29 (2023 is not a leap year)",
  (r) => (r.submittedOn = "2023-02-29"),
  E(["field.date"], { rule: "field.date", path: ["submittedOn"] }),
);
report(
  "date-0000-01-01.json",
  "an activity from 0000-01-01 (there is no year 0)",
  (r) => (act(r).from = "0000-01-01"),
  E(["field.date"], { rule: "field.date", path: ["entries", 0, "activities", 0, "from"] }),
);
report(
  "date-1900-02-29.json",
  "an activity ending 1900-02-29 (1900 is not a leap year)",
  (r) => (act(r).to = "1900-02-29"),
  E(["field.date"], { rule: "field.date", path: ["entries", 0, "activities", 0, "to"] }),
);
report(
  "date-2024-02-29.json",
  "an activity on 2024-02-29 of a 2024 report is a real date",
  (r) => ((r.year = 2024), (r.id = "KZ-2024"), (act(r).from = "2024-02-29"), delete act(r).to),
  E([], undefined, true),
);
report(
  "date-expanded-year.json",
  "submittedOn +002026-03-01 (an expanded ISO year)",
  (r) => (r.submittedOn = "+002026-03-01"),
  E(["field.date"], { rule: "field.date", path: ["submittedOn"] }),
);
report(
  "date-with-time.json",
  "submittedOn 2026-03-01T00:00:00Z",
  (r) => (r.submittedOn = "2026-03-01T00:00:00Z"),
  E(["field.date"], { rule: "field.date", path: ["submittedOn"] }),
);
report(
  "date-arabic-digits.json",
  "submittedOn in Arabic-Indic digits",
  (r) => (r.submittedOn = "٢٠٢٦-٠٣-٠١"),
  E(["field.date"], { rule: "field.date", path: ["submittedOn"] }),
);
// evidence links
for (const [name, uri] of [
  ["javascript", "javascript:alert(document.cookie)"],
  ["javascript-mixed-case", "JaVaScRiPt:alert(1)"],
  ["javascript-leading-space", " javascript:alert(1)"],
  ["data-url", "data:text/html,<script>alert(1)</script>"],
  ["file-url", "file:///etc/passwd"],
  ["vbscript", "vbscript:msgbox(1)"],
]) {
  report(
    `evidence-${name}.json`,
    `an evidence link ${J(uri)}`,
    (r) => (act(r).evidence[0].uri = uri),
    E(["evidence.scheme"], { rule: "evidence.scheme", path: ["entries", 0, "activities", 0, "evidence", 0, "uri"] }),
  );
}
// evidence links with characters that hide or reorder what a reader sees: named, never echoed
for (const [name, uri, what] of [
  ["https-with-newline", "https://example.org/\njavascript:alert(1)", "a line feed"],
  ["nul", "https://example.org/\u0000", "a NUL"],
  ["c1-control", "https://example.org/\u009b31m", "a C1 control (CSI)"],
  ["rtl-override", "https://example.org/report\u202efdp.exe", "a right-to-left override that shows the link as ending in exe.pdf"],
  ["rtl-isolate", "https://example.org/\u2067gro.live\u2069", "a right-to-left isolate"],
  ["zero-width-space", "https://exam\u200bple.org/press", "a zero-width space inside the host"],
  ["zero-width-joiner", "urn:isbn:978\u200d0451450523", "a zero-width joiner"],
  ["word-joiner", "https://example.org\u2060/press", "a word joiner"],
  ["soft-hyphen", "https://exam\u00adple.org", "a soft hyphen"],
  ["bom-inside", "https://example.org/\ufeffpress", "a byte-order mark inside"],
]) {
  report(
    `evidence-${name}.json`,
    `an evidence link with ${what}`,
    (r) => (act(r).evidence[0].uri = uri),
    E(["evidence.unsafe-character"], { rule: "evidence.unsafe-character", path: ["entries", 0, "activities", 0, "evidence", 0, "uri"] }),
  );
}
report(
  "evidence-javascript-zero-width.json",
  "a javascript: link with a zero-width space: both the character and the scheme",
  (r) => (act(r).evidence[0].uri = "java\u200bscript:alert(1)"),
  E(["evidence.scheme", "evidence.unsafe-character"], { rule: "evidence.unsafe-character", path: ["entries", 0, "activities", 0, "evidence", 0, "uri"] }),
);
// CSV formula injection: kept verbatim in the report (neutralised only when written to CSV)
report(
  "formula-texts.json",
  "texts that a spreadsheet would run as formulas are valid data, kept verbatim (a kind outside the vocabulary is only a warning)",
  (r) => (
    (r.entries[0].remarks = '=HYPERLINK("https://example.org","x")'),
    (act(r).title = "+cmd|' /C calc'!A0"),
    (act(r).venue = "@SUM(1+1)"),
    (act(r).kind = "-2+3")
  ),
  E(["activity.kind-unknown"], { rule: "activity.kind-unknown", path: ["entries", 0, "activities", 0, "kind"] }, true),
);
// list limits
report(
  "entries-1001.json",
  "1,001 entries",
  (r) => (r.entries = Array.from({ length: 1001 }, () => ({ measure: "2.1.2", status: "implemented" }))),
  E(["field.too-many", "measure.duplicate"], { rule: "field.too-many", path: ["entries"] }),
);
report(
  "activities-501.json",
  "501 activities in one entry",
  (r) => (r.entries[0].activities = Array.from({ length: 501 }, () => act(base()))),
  E(["field.too-many"], { rule: "field.too-many", path: ["entries", 0, "activities"] }),
);
report(
  "partners-101.json",
  "101 partners of one activity",
  (r) => (act(r).partners = Array(101).fill("TR")),
  E(["field.too-many"], { rule: "field.too-many", path: ["entries", 0, "activities", 0, "partners"] }),
);
report(
  "evidence-51.json",
  "51 evidence links of one activity",
  (r) => (act(r).evidence = Array(51).fill({ uri: "https://example.org" })),
  E(["field.too-many"], { rule: "field.too-many", path: ["entries", 0, "activities", 0, "evidence"] }),
);
report(
  "issues-1200.json",
  "1,200 unknown keys: 1,000 issues listed, then one report.too-many-issues",
  null,
  E(["field.unknown", "report.too-many-issues"], { rule: "field.unknown", path: ["k0"] }),
  (t) => t.replace("{", `{${Array.from({ length: 1200 }, (_, i) => `"k${i}":${i},`).join("")}`),
);
// not a report
for (const [name, text, why] of [
  ["top-array.json", "[]", "a list"],
  ["top-string.json", '"report"', "a string"],
  ["top-null.json", "null", "null"],
  ["top-1e309.json", "1e309", "1e309 (Infinity)"],
  ["top-nan-string.json", '"NaN"', 'the string "NaN"'],
]) {
  fs.writeFileSync(path.join(root, "reports", name), text);
  cases.push({ file: `reports/${name}`, input: "report", why: `${why} in place of a report`, expect: E(["report.type"], { rule: "report.type", path: [] }) });
}
// ledgers
const L = (name, text, why, expect) => {
  fs.writeFileSync(path.join(root, "ledgers", name), text);
  cases.push({ file: `ledgers/${name}`, input: "ledger", why, expect });
};
const good = J(base());
L(
  "ledger-proto-keys.json",
  `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"schema":"cica-cbm/ledger@1","reports":[${good}]}`,
  "a ledger document with __proto__ and constructor keys loads its reports and pollutes nothing",
  E([], undefined, true),
);
L(
  "ledger-deep-report.json",
  `{"schema":"cica-cbm/ledger@1","reports":[${good.replace('"entries"', `"extensions":{"d":${deep(100_000, "[", "]")}},"entries"`)}]}`,
  "a ledger whose report nests 100,000 levels deep under extensions",
  E(["extensions.too-deep"], { rule: "extensions.too-deep", path: ["reports", 0, "extensions", "d", ...Array(16).fill(0)] }),
);
L(
  "ledger-deep-document.json",
  `{"schema":"cica-cbm/ledger@1","reports":${deep(100_000, "[", "]")}}`,
  "a ledger whose reports list nests 100,000 levels deep",
  E(["report.type"], { rule: "report.type", path: ["reports", 0] }),
);
L(
  "ledger-truncated.json",
  `{"schema":"cica-cbm/ledger@1","reports":[${good.slice(0, 80)}`,
  "a ledger document cut off in the middle",
  E(["ledger.type"], { rule: "ledger.type", path: [] }),
);
L(
  "ledger-bom.json",
  `\ufeff{"schema":"cica-cbm/ledger@1","reports":[${good}]}`,
  "a ledger document that starts with a byte-order mark loads like any other",
  E([], undefined, true),
);
L(
  "ledger-conflict.json",
  `{"schema":"cica-cbm/ledger@1","reports":[${good},${good.replace("2026-03-01", "2026-03-02")}]}`,
  "two different reports with the same revision number",
  E(["ledger.conflict"], { rule: "ledger.conflict", path: ["reports", 1, "revision"] }),
);
L(
  "ledger-lone-surrogate.json",
  `{"schema":"cica-cbm/ledger@1","reports":[${J({ ...base(), entries: [{ ...base().entries[0], remarks: "x\ud800y" }] })}]}`,
  "a lone surrogate in a recorded text survives the round trip byte for byte",
  E([], undefined, true),
);
L("ledger-empty-text.json", "", "an empty text in place of a ledger document", E(["ledger.type"], { rule: "ledger.type", path: [] }));
L(
  "ledger-binary.json",
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)).toString("latin1"),
  "binary bytes in place of a ledger document",
  E(["ledger.type"], { rule: "ledger.type", path: [] }),
);
// limits before work: over-long codes, cut lists, prototype names and NUL in codes (reliability round 2)
report(
  "long-reporter-padded-name.json",
  'a reporter of "Kazakhstan" and 100,000 spaces: too long, and no suggestion (the look-up would normalise all of it)',
  (r) => (r.reporter = `Kazakhstan${" ".repeat(100_000)}`),
  E(["field.too-long", "reporter.unknown"], { rule: "field.too-long", path: ["reporter"] }),
);
report(
  "long-measure-twice.json",
  "a measure of 100,000 characters in two entries: every message shows only its start",
  (r) => {
    r.entries[0].measure = "9".repeat(100_000);
    r.entries.push({ measure: "9".repeat(100_000), status: "planned" });
  },
  E(["field.too-long", "measure.duplicate", "measure.unknown"], { rule: "field.too-long", path: ["entries", 0, "measure"] }),
);
report(
  "long-status-key.json",
  "a status and an unknown key of 100,000 characters each",
  (r) => {
    r.entries[0].status = "s".repeat(100_000);
    r.entries[0]["k".repeat(100_000)] = 1;
  },
  E(["field.too-long", "field.unknown", "status.unknown"], { rule: "field.too-long", path: ["entries", 0, "status"] }),
);
report(
  "empty-entries-100001.json",
  "a line of 100,001 empty entries: one field.too-many, and the entries past the limit are never copied",
  (r) => (r.entries = Array.from({ length: 100_001 }, () => ({}))),
  E(["field.missing", "field.too-many", "report.too-many-issues"], { rule: "field.too-many", path: ["entries"] }),
);
for (const [where, name, set, rule, at] of [
  ["reporter", "hasOwnProperty", (r, v) => (r.reporter = v), "reporter.unknown", ["reporter"]],
  ["catalogue", "constructor", (r, v) => (r.catalogue = v), "catalogue.unknown", ["catalogue"]],
  ["measure", "__proto__", (r, v) => (r.entries[0].measure = v), "measure.unknown", ["entries", 0, "measure"]],
  ["status", "constructor", (r, v) => (r.entries[0].status = v), "status.unknown", ["entries", 0, "status"]],
  ["partner", "toString", (r, v) => (act(r).partners = [v]), "partner.unknown", ["entries", 0, "activities", 0, "partners", 0]],
]) {
  report(
    `proto-name-${where}.json`,
    `a ${where} named "${name}" is an unknown code, never a property of Object.prototype`,
    (r) => set(r, name),
    E([rule], { rule, path: at }),
  );
  report(
    `nul-in-${where}.json`,
    `a ${where} that differs from a known code by a NUL is unknown`,
    (r) => set(r, `${{ reporter: "KZ", catalogue: "cica@2021", measure: "2.1.2", status: "implemented", partner: "TR" }[where]}\u0000`),
    E([rule], { rule, path: at }),
  );
}
{
  const warned = (submittedOn) => ({
    ...base(),
    submittedOn,
    extensions: Object.fromEntries(Array.from({ length: 1003 }, (_, i) => [`k${i}`, { constructor: 1 }])),
  });
  L(
    "ledger-conflict-after-1000-warnings.json",
    J({ schema: "cica-cbm/ledger@1", reports: [warned("2026-03-01"), warned("2026-03-02")] }),
    "a ledger conflict between two reports of 1,003 warnings each is listed, not hidden behind them",
    E(["extensions.unsafe-key", "ledger.conflict", "report.too-many-issues"], {
      rule: "extensions.unsafe-key",
      path: ["reports", 0, "extensions", "k0", "constructor"],
    }),
  );
}
// files for the command line
// Duplicate keys: JSON.parse keeps the last of two and drops the other; the archive must lose nothing.
L(
  "ledger-duplicate-reports.json",
  `{"schema":"cica-cbm/ledger@1","reports":[${good}],"reports":[]}`,
  'a ledger document with "reports" twice (JSON.parse would keep the empty list and lose the report) is rejected, naming the key',
  E(["ledger.duplicate-key"], { rule: "ledger.duplicate-key", path: ["reports"] }),
);
L(
  "ledger-duplicate-key-in-report.json",
  `{"schema":"cica-cbm/ledger@1","reports":[${good.replace('"status":"implemented"', '"status":"planned","status":"implemented"')}]}`,
  "a key twice inside a recorded report's entry is rejected with its path",
  E(["ledger.duplicate-key"], { rule: "ledger.duplicate-key", path: ["reports", 0, "entries", 0, "status"] }),
);
L(
  "ledger-duplicate-escaped-key.json",
  `{"schema":"cica-cbm/ledger@1","\\u0073chema":"cica-cbm/ledger@1","reports":[${good}]}`,
  "a key written with an escape (\\u0073chema) is the same key as schema, and so a duplicate",
  E(["ledger.duplicate-key"], { rule: "ledger.duplicate-key", path: ["schema"] }),
);
const F = (name, bytes) => fs.writeFileSync(path.join(root, "files", name), bytes);
const line = (r) => J(r);
const tr = () => {
  const r = base();
  r.id = "TR-2025";
  r.reporter = "TR";
  act(r).partners = ["KZ"];
  return r;
};
F("bom-crlf.ndjson", `\ufeff${[line(base()), "", line(tr()), line({ ...base(), id: "CN-2025", reporter: "CN", submittedOn: "2026-02-30" })].join("\r\n")}\r\n`);
F(
  "bom-crlf.csv",
  "\ufeffid,reporter,catalogue,year,revision,submittedOn,nil,measure,status,remarks,activity_title,activity_kind,activity_from,activity_to,activity_partners,activity_venue,activity_evidence\r\nKZ-2025,KZ,cica@2021,2025,1,2026-03-01,,2.1.2,implemented,,Observers invited to an exercise,exercise,2025-05-01,2025-05-03,TR;CN,,https://example.org/press/1\r\nTR-2025,TR,cica@2021,2025,1,2026-03-01,,2.1.2,implemented,,Observers,exercise,2025-05-01,2025-05-03,KZ,,\r\n",
);
F(
  "crlf-in-quoted-cell.csv",
  'id,reporter,catalogue,year,revision,submittedOn,nil,measure,status,remarks,activity_title,activity_kind,activity_from,activity_to,activity_partners,activity_venue,activity_evidence\r\nKZ-2025,KZ,cica@2021,2025,1,2026-03-01,,2.1.2,implemented,"Line one\r\nline two",Observers,exercise,2025-05-01,,TR,,\r\n',
);
F("empty.ndjson", "");
F("empty.csv", "");
F("empty.json", "");
F("binary.ndjson", Buffer.from(Array.from({ length: 256 }, (_, i) => i)));
F("binary.json", Buffer.from(Array.from({ length: 256 }, (_, i) => i)));
F("binary.csv", Buffer.from(Array.from({ length: 256 }, (_, i) => i)));
{
  const [head, tail] = line(base()).split("Observers invited");
  F("not-utf8.ndjson", Buffer.concat([Buffer.from(`${head}Observers invited caf`), Buffer.from([0xff, 0xfe]), Buffer.from(`${tail}\n`)]));
}
const fKZ = base();
act(fKZ).title = '=HYPERLINK("https://example.org","x")';
fKZ.entries[0].remarks = "+cmd";
const fTR = tr();
act(fTR).title = "@SUM(1+1)";
F("formula.ndjson", `${[line(fKZ), line(fTR), line({ ...base(), id: "CN-2025", reporter: "CN", "=cmd|' /C calc'!A0": 1 })].join("\n")}\n`);
// Formulas after a separator: Excel in a ";" locale honours a quote only at the start of a field.
const sKZ = base();
act(sKZ).title = "Seminar;=2+5*7";
act(sKZ).partners = ["TR", "CN"];
act(sKZ).kind = "x";
sKZ.entries[0].activities.push({ ...act(base()), title: 'Visit,=HYPERLINK("https://example.org","x")', partners: ["CN"] });
const sTR = tr();
act(sTR).title = "Exercise\t+1;\uff1d2 @3";
F("formula-after-separator.ndjson", `${[line(sKZ), line(sTR)].join("\n")}\n`);
{
  // 4,000 Cyrillic letters (8,000 bytes) of remarks a report, at the limit: a letter whose two bytes
  // are decoded apart becomes two U+FFFD and the remarks one character too long.
  const cyr = Array.from({ length: 64 }, (_, i) => ({
    ...base(),
    id: `KZ-2025`,
    revision: i + 1,
    entries: [{ measure: "2.1.2", status: "implemented", remarks: "ж".repeat(4000) }],
  }));
  F("cyrillic-remarks.ndjson", `${cyr.map(line).join("\n")}\n`);
  F("cyrillic-remarks.json", J(cyr));
}
const C = (file, args, why, expect, bug) => cases.push({ file: `files/${file}`, input: "cli", args, why, expect, ...(bug ? { bug } : {}) });
const T = ["--today", "2026-12-31"];
C(
  "bom-crlf.ndjson",
  ["validate", "{file}", ...T, "--format", "json"],
  "NDJSON with a byte-order mark, CRLF line ends and a blank line: read like any other, the bad line located",
  { exit: 1, counts: { read: 3, valid: 2, invalid: 1, malformed: 0 }, invalidAt: ["line 4"] },
);
C("bom-crlf.csv", ["validate", "{file}", ...T, "--format", "json"], "CSV with a byte-order mark and CRLF line ends", {
  exit: 0,
  counts: { read: 2, valid: 2, invalid: 0, malformed: 0 },
});
C("crlf-in-quoted-cell.csv", ["validate", "{file}", ...T, "--format", "json"], "a CRLF inside a quoted CSV cell is part of the text", {
  exit: 0,
  counts: { read: 1, valid: 1, invalid: 0, malformed: 0 },
});
C("empty.json", ["validate", "{file}", ...T, "--format", "json"], "a 0-byte .json file is malformed: the file is empty", {
  exit: 1,
  counts: { read: 1, valid: 0, invalid: 0, malformed: 1 },
  malformed: "empty",
});
C(
  "empty.ndjson",
  ["validate", "{file}", ...T, "--format", "json"],
  "a 0-byte .ndjson file is malformed, as a 0-byte .json is: a truncated or failed download must not pass as valid",
  { exit: 1, counts: { read: 1, valid: 0, invalid: 0, malformed: 1 }, malformed: "empty" },
);
C("empty.csv", ["validate", "{file}", ...T, "--format", "json"], "a 0-byte .csv file is malformed: it lacks even the header row", {
  exit: 1,
  counts: { read: 1, valid: 0, invalid: 0, malformed: 1 },
  malformed: "empty",
});
for (const ext of ["json", "csv", "ndjson"]) {
  C(`binary.${ext}`, ["validate", "{file}", ...T, "--format", "json"], `a binary .${ext} file (bytes 0x00..0xff) is malformed`, {
    exit: 1,
    noneValid: true,
    malformedAtLeast: 1,
  });
  C(`binary.${ext}`, ["validate", "{file}", ...T], `a binary .${ext} file: the text report echoes no control character`, {
    exit: 1,
    noControlCharacters: true,
  });
}
C(
  "not-utf8.ndjson",
  ["validate", "{file}", ...T, "--format", "json"],
  "a line whose bytes are not UTF-8 is malformed, not decoded to U+FFFD and accepted (which would change the recorded text)",
  { exit: 1, counts: { read: 1, valid: 0, invalid: 0, malformed: 1 } },
);
C(
  "formula.ndjson",
  ["validate", "{file}", ...T, "--format", "csv"],
  'CSV output neutralises a cell that a spreadsheet would run as a formula (an unknown key "=cmd|...")',
  { exit: 1, csvSafe: true, stdoutIncludes: ['\'""=cmd|'] },
);
C(
  "formula.ndjson",
  ["discrepancies", "{file}", "--year", "2025", "--format", "csv"],
  "CSV output neutralises activity titles that start with = or @ (exit 1: the third report is invalid)",
  { exit: 1, csvSafe: true, stdoutIncludes: ["'=HYPERLINK", "'@SUM(1+1)"] },
);
C("formula.ndjson", ["validate", "=HYPERLINK(1).ndjson", ...T, "--format", "csv"], "CSV output neutralises a file name that starts with =", {
  exit: 1,
  csvSafe: true,
  stdoutIncludes: ["'=HYPERLINK(1).ndjson"],
  copyAs: "=HYPERLINK(1).ndjson",
});
for (const sep of [",", ";"]) {
  C(
    "formula-after-separator.ndjson",
    ["discrepancies", "{file}", "--year", "2025", "--format", "csv", "--separator", sep, "--bom"],
    `CSV output with --separator "${sep}" and --bom guards a formula after a ";", a "," or a tab inside a title, so that no reading of either separator runs it`,
    { exit: 0, csvSafe: true, stdoutIncludes: ["\ufeff", "Seminar;'=2+5*7", "Visit,'=HYPERLINK(", "Exercise\t'+1;'\uff1d2 @3"] },
  );
}
C(
  "cyrillic-remarks.ndjson",
  ["validate", "{file}", ...T, "--format", "json"],
  "Cyrillic text read from a file is decoded whole: 64 reports with remarks of 4,000 letters are valid",
  { exit: 0, counts: { read: 64, valid: 64, invalid: 0, malformed: 0 } },
);
cases.push({
  file: "files/cyrillic-remarks.ndjson",
  input: "cli",
  stdin: true,
  args: ["validate", "-", "--input", "ndjson", ...T, "--format", "json"],
  why: "the same NDJSON from standard input gives the same result: no letter is split at a chunk boundary",
  expect: { exit: 0, counts: { read: 64, valid: 64, invalid: 0, malformed: 0 } },
});
cases.push({
  file: "files/cyrillic-remarks.json",
  input: "cli",
  stdin: true,
  args: ["validate", "-", "--input", "json", ...T, "--format", "json"],
  why: "a JSON array from standard input: no letter is split at a chunk boundary",
  expect: { exit: 0, counts: { read: 64, valid: 64, invalid: 0, malformed: 0 } },
});
// CSV rows that contradict each other, or say something no report would hold: each an error on its row.
const CSV_HEAD =
  "id,reporter,catalogue,year,revision,submittedOn,nil,measure,status,remarks,activity_title,activity_kind,activity_from,activity_to,activity_partners,activity_venue,activity_evidence";
F(
  "contradicting-rows.csv",
  `${[
    CSV_HEAD,
    "KZ-2025,KZ,cica@2021,2025,1,2026-03-01,,2.1.2,implemented,Observers invited,Observers at an exercise,exercise,2025-05-01,2025-05-03,TR,,",
    "KZ-2025,KZ,cica@2021,2024,1,2026-03-01,,2.1.2,planned,,Second visit,visit,2025-06-01,,TR,,",
    "KZ-2025,TR,cica@2021,,1,,,2.1.3,implemented,,,,,,,,",
    "CN-2025,CN,cica@2021,2025,1,2026-03-01,,2.1.2,implemented,,,,,,,,",
  ].join("\n")}\n`,
);
F(
  "rows-losing-data.csv",
  `${[
    CSV_HEAD,
    "KZ-2025,KZ,cica@2021,2025,1,2026-03-01,,2.1.2,implemented,,,,,,,,",
    "KZ-2025,KZ,cica@2021,2025,1,2026-03-01,,,,,,,,,,,",
    "TR-2025,TR,cica@2021,2025,1,2026-03-01,,2.1.2,implemented,,,,,,,,",
    "TR-2025,TR,cica@2021,2025,1,2026-03-01,,,implemented,A remark on no measure,,,,,,,",
    "CN-2025,CN,cica@2021,2025,1,2026-03-01,,2.1.2,implemented,,,seminar,,,,Astana,",
    "MN-2025,MN,cica@2021,2025,1,2026-03-01,true,,,,,,,,,,",
  ].join("\n")}\n`,
);
C(
  "contradicting-rows.csv",
  ["validate", "{file}", ...T, "--format", "json"],
  "rows of one report that contradict each other (year, status, reporter) make it invalid, each on its row and column; the other report stays valid",
  {
    exit: 1,
    counts: { read: 2, valid: 1, invalid: 1, malformed: 0 },
    invalidAt: ["row 2"],
    stdoutIncludes: [
      '"rule": "csv.contradiction"',
      '"location": "row 3, column year"',
      '"location": "row 3, column status"',
      '"location": "row 4, column reporter"',
    ],
  },
);
C("contradicting-rows.csv", ["validate", "{file}", ...T, "--lang", "ru"], "the contradictions in Russian, naming both rows", {
  exit: 1,
  stdoutIncludes: ["row 3, column year: error csv.contradiction", "в строке 2 того же отчёта"],
});
C(
  "rows-losing-data.csv",
  ["validate", "{file}", ...T, "--format", "json"],
  "a row without a measure (bare, or with a status and remarks) and an activity without title or start are errors on their rows, never dropped; a nil report's row needs no measure",
  {
    exit: 1,
    counts: { read: 4, valid: 1, invalid: 3, malformed: 0 },
    invalidAt: ["row 2", "row 4", "row 6"],
    stdoutIncludes: [
      '"rule": "csv.row-without-measure"',
      '"location": "row 3, column measure"',
      '"location": "row 5, column measure"',
      '"location": "row 6, column activity_title"',
      '"location": "row 6, column activity_from"',
    ],
  },
);
fs.writeFileSync(
  path.join(root, "manifest.json"),
  `${JSON.stringify({ about: "Hostile inputs and the rule each must give; read by test/corpus.test.ts. Files are kept byte for byte (see .gitattributes).", cases }, null, 1)}\n`,
);

console.log(cases.length, "cases");
fs.writeFileSync(
  path.join(root, ".gitattributes"),
  "# Every byte of the corpus matters (BOMs, CRLF, binary): never convert line ends.\n* -text\nfiles/** -diff\n",
);
