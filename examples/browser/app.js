// @ts-check
// A ministry's report checker as one static page: no framework, no build step, no network. It
// imports the package's ESM build through the import map of index.html and uses only its public
// functions: validateReport and formatIssue for the issues in the chosen language, a ledger for the
// revisions, implementationMatrix and renderMatrixSvg for the heat map. Type-checked by
// `npm test` (examples/browser/tsconfig.json) and driven in Chromium by test/browser.test.ts.
import { cica, createLedger, currentReports, formatIssue, implementationMatrix, isCalendarDate, recordReport, renderMatrixSvg, validateReport } from "cica-cbm";

/** @typedef {import("cica-cbm").Lang} Lang */
/** @typedef {import("cica-cbm").ReportIssue} ReportIssue */
/** @typedef {import("cica-cbm").ValidationResult} ValidationResult */
/** @typedef {import("cica-cbm").NationalReport} NationalReport */
/** @typedef {import("cica-cbm").CicaCatalogueRef} CicaCatalogueRef */

/**
 * One report read from the text box or a file.
 * @typedef {object} Loaded
 * @property {string} source  Where it came from: "pasted text" or a file name.
 * @property {string} where   The line (NDJSON) or element (JSON array), or "".
 * @property {unknown} input  The parsed JSON value.
 * @property {ValidationResult} result
 */

/**
 * Text that is not JSON at all.
 * @typedef {object} Unreadable
 * @property {string} source
 * @property {string} where
 * @property {string} error
 */

const TEXT = {
  en: {
    title: "Check a CICA implementation report",
    lede: "Paste or open your state's report to see what must be corrected before it is sent. Everything runs in this page: nothing is sent anywhere.",
    language: "Language",
    inputHeading: "1. The report",
    pasteLabel: "Paste a report: JSON (one report or an array of reports) or NDJSON (one report a line).",
    check: "Check the pasted text",
    or: "or",
    openLabel: "Open report files…",
    clear: "Clear all",
    ready: "No report loaded yet.",
    issuesHeading: "2. What to correct",
    heatmapHeading: "3. Heat map of the valid reports loaded",
    noHeatmap: "The heat map appears when a valid report is loaded.",
    footer:
      "cica-cbm: the 2021 and 2004 catalogues and the registry of members and observers are embedded; the catalogue texts are partial, as the public record is.",
    translation: "",
    pasted: "pasted text",
    line: "line",
    element: "item",
    loaded: (/** @type {number} */ n, /** @type {number} */ valid, /** @type {number} */ invalid) =>
      `${n} report${n === 1 ? "" : "s"} loaded: ${valid} valid, ${invalid} to correct.`,
    nothing: "The text is empty: paste a report first.",
    valid: "Valid",
    invalid: "To correct",
    validNote: "No problem found. The report can be sent.",
    warningsOnly: "Valid, with warnings to look at:",
    errorsCount: (/** @type {number} */ e, /** @type {number} */ w) => `${e} error${e === 1 ? "" : "s"}${w ? `, ${w} warning${w === 1 ? "" : "s"}` : ""}`,
    error: "error",
    warning: "warning",
    whole: "the report as a whole",
    notJson: "Not JSON, so not read:",
    unknownReport: "Report",
    revision: "revision",
    heatTitle: (/** @type {string} */ catalogue, /** @type {number} */ year) => `Implementation level of ${catalogue}, ${year}`,
    entry: "entry",
    activity: "activity",
    partner: "partner",
    evidence: "link",
    revisions: (/** @type {number} */ reports, /** @type {number} */ revisions) =>
      `The valid reports loaded in this page, each counted once, in its current revision: ${reports} report${reports === 1 ? "" : "s"} from ${revisions} valid revision${revisions === 1 ? "" : "s"} loaded.`,
    today: "Dates are checked against today:",
  },
  ru: {
    title: "Проверка отчёта о выполнении мер СВМДА",
    lede: "Вставьте или откройте отчёт своего государства, чтобы увидеть, что нужно исправить перед отправкой. Всё выполняется на этой странице: ничего никуда не отправляется.",
    language: "Язык",
    inputHeading: "1. Отчёт",
    pasteLabel: "Вставьте отчёт: JSON (один отчёт или массив отчётов) или NDJSON (по одному отчёту в строке).",
    check: "Проверить вставленный текст",
    or: "или",
    openLabel: "Открыть файлы отчётов…",
    clear: "Очистить всё",
    ready: "Отчёты ещё не загружены.",
    issuesHeading: "2. Что исправить",
    heatmapHeading: "3. Тепловая карта загруженных корректных отчётов",
    noHeatmap: "Тепловая карта появится, когда будет загружен корректный отчёт.",
    footer: "cica-cbm: встроены каталоги 2021 и 2004 годов и реестр членов и наблюдателей; тексты каталогов неполны, как и открытые источники.",
    translation: "Русские тексты — рабочие переводы, не официальные.",
    pasted: "вставленный текст",
    line: "строка",
    element: "элемент",
    loaded: (/** @type {number} */ n, /** @type {number} */ valid, /** @type {number} */ invalid) =>
      `Загружено отчётов: ${n}; корректных: ${valid}, требуют исправления: ${invalid}.`,
    nothing: "Текст пуст: сначала вставьте отчёт.",
    valid: "Корректен",
    invalid: "Исправить",
    validNote: "Ошибок не найдено. Отчёт можно отправлять.",
    warningsOnly: "Корректен; есть предупреждения:",
    errorsCount: (/** @type {number} */ e, /** @type {number} */ w) => `ошибок: ${e}${w ? `, предупреждений: ${w}` : ""}`,
    error: "ошибка",
    warning: "предупреждение",
    whole: "отчёт в целом",
    notJson: "Не JSON, поэтому не прочитано:",
    unknownReport: "Отчёт",
    revision: "редакция",
    heatTitle: (/** @type {string} */ catalogue, /** @type {number} */ year) => `Уровень выполнения мер: ${catalogue}, ${year}`,
    entry: "запись",
    activity: "мероприятие",
    partner: "партнёр",
    evidence: "ссылка",
    revisions: (/** @type {number} */ reports, /** @type {number} */ revisions) =>
      `Корректные отчёты, загруженные на этой странице; каждый учитывается один раз, в текущей редакции: отчётов — ${reports}, загружено корректных редакций — ${revisions}.`,
    today: "Даты сверяются с сегодняшним днём:",
  },
};

/** @param {string} id */
const byId = (id) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);
  return element;
};
const langSelect = /** @type {HTMLSelectElement} */ (byId("lang"));
const textArea = /** @type {HTMLTextAreaElement} */ (byId("report-text"));
const fileInput = /** @type {HTMLInputElement} */ (byId("report-files"));
const status = byId("status");
const results = byId("results");
const heatmap = byId("heatmap");

/** The day submission dates are checked against: `?today=YYYY-MM-DD`, or the local date. */
function todayOf() {
  const asked = new URLSearchParams(location.search).get("today");
  if (asked && isCalendarDate(asked)) return asked;
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}
const today = todayOf();

/** @type {Loaded[]} */
let loaded = [];
/** @type {Unreadable[]} */
let unreadable = [];
/** @type {"ready" | "nothing" | "loaded"} */
let statusKind = "ready";

/** @returns {Lang} */
const lang = () => (langSelect.value === "ru" ? "ru" : "en");

/**
 * Reads a text as JSON (one report or an array), or else as NDJSON, one report a line.
 * @param {string} text
 * @param {string} source
 * @returns {{ values: { where: string, value: unknown }[], errors: Unreadable[] }}
 */
function parseReports(text, source) {
  try {
    const value = JSON.parse(text);
    return Array.isArray(value)
      ? { values: value.map((v, i) => ({ where: `[${i + 1}]`, value: v })), errors: [] }
      : { values: [{ where: "", value }], errors: [] };
  } catch (whole) {
    const lines = text.split(/\r?\n/);
    if (lines.filter((l) => l.trim() !== "").length < 2) {
      return { values: [], errors: [{ source, where: "", error: whole instanceof Error ? whole.message : String(whole) }] };
    }
    /** @type {{ where: string, value: unknown }[]} */
    const values = [];
    /** @type {Unreadable[]} */
    const errors = [];
    lines.forEach((line, i) => {
      if (line.trim() === "") return;
      try {
        values.push({ where: `:${i + 1}`, value: JSON.parse(line) });
      } catch (error) {
        errors.push({ source, where: `:${i + 1}`, error: error instanceof Error ? error.message : String(error) });
      }
    });
    return { values, errors };
  }
}

/**
 * Validates and keeps what was read.
 * @param {string} text
 * @param {string} source
 */
function load(text, source) {
  const { values, errors } = parseReports(text, source);
  for (const { where, value } of values) {
    loaded.push({ source, where, input: value, result: validateReport(value, { ...cica, today }) });
  }
  unreadable.push(...errors);
  statusKind = "loaded";
}

/**
 * A participant's name in the chosen language, or the code itself.
 * @param {unknown} code
 */
function stateName(code) {
  const participant = cica.registry.participants.find((p) => p.code === code);
  if (!participant) return typeof code === "string" ? code : "?";
  return lang() === "ru" ? (participant.name.ru ?? participant.name.en) : participant.name.en;
}

/**
 * @param {string} tag
 * @param {Record<string, string>} [attributes]
 * @param {(Node | string)[]} [children]
 */
function el(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/**
 * Where an issue is, for a person: "entry 2 (ENV.1) › status" rather than "entries/1/status".
 * @param {ReportIssue["path"]} issuePath
 * @param {unknown} input
 */
function placeOf(issuePath, input) {
  const t = TEXT[lang()];
  if (issuePath.length === 0) return t.whole;
  /** @type {Record<string, string>} */
  const listNames = { entries: t.entry, activities: t.activity, partners: t.partner, evidence: t.evidence };
  /** @type {string[]} */
  const parts = [];
  /** @type {unknown} */
  let value = input;
  for (let i = 0; i < issuePath.length; i++) {
    const key = issuePath[i];
    const next = issuePath[i + 1];
    const list = typeof key === "string" ? listNames[key] : undefined;
    const container = /** @type {Record<string | number, unknown> | undefined} */ (typeof value === "object" && value !== null ? value : undefined);
    if (list && typeof next === "number") {
      const held = container ? container[/** @type {string} */ (key)] : undefined;
      const item = Array.isArray(held) ? held[next] : undefined;
      const measure = key === "entries" && typeof item === "object" && item !== null ? /** @type {{ measure?: unknown }} */ (item).measure : undefined;
      parts.push(`${list} ${next + 1}${typeof measure === "string" ? ` (${measure})` : ""}`);
      value = item;
      i++;
    } else {
      parts.push(String(key));
      value = container?.[/** @type {string | number} */ (key)];
    }
  }
  return parts.join(" › ");
}

/**
 * @param {ReportIssue} issue
 * @param {unknown} input
 */
function issueItem(issue, input) {
  const t = TEXT[lang()];
  const where = placeOf(issue.path, input);
  return el("li", { class: `issue ${issue.severity}`, "data-rule": issue.rule }, [
    el("span", { class: "severity" }, [issue.severity === "error" ? t.error : t.warning]),
    el("code", { class: "where" }, [where]),
    el("span", { class: "message" }, [formatIssue(issue, lang())]),
  ]);
}

/** @param {Loaded} item */
function reportCard(item) {
  const t = TEXT[lang()];
  const input = /** @type {Record<string, unknown>} */ (typeof item.input === "object" && item.input !== null ? item.input : {});
  const errors = item.result.issues.filter((i) => i.severity === "error").length;
  const warnings = item.result.issues.length - errors;
  const heading = [
    input.reporter !== undefined ? stateName(input.reporter) : t.unknownReport,
    typeof input.year === "number" ? String(input.year) : "",
    typeof input.revision === "number" ? `${t.revision} ${input.revision}` : "",
  ]
    .filter(Boolean)
    .join(" · ");
  const from = `${item.source === "pasted" ? t.pasted : item.source}${item.where}`;
  const badge = el("span", { class: `badge ${item.result.ok ? "ok" : "bad"}` }, [item.result.ok ? t.valid : t.invalid]);
  const summary = item.result.ok
    ? el("p", { class: "note" }, [warnings > 0 ? t.warningsOnly : t.validNote])
    : el("p", { class: "note" }, [t.errorsCount(errors, warnings)]);
  const card = el("article", { class: `report ${item.result.ok ? "ok" : "bad"}`, "data-valid": String(item.result.ok) }, [
    el("h3", {}, [badge, " ", heading]),
    el("p", { class: "source" }, [typeof input.id === "string" ? `${input.id} — ${from}` : from]),
    summary,
  ]);
  if (item.result.issues.length > 0)
    card.append(
      el(
        "ul",
        { class: "issues" },
        item.result.issues.map((issue) => issueItem(issue, item.input)),
      ),
    );
  return card;
}

/** The heat map of the current revisions of the valid reports, for their most frequent catalogue and year. */
function renderHeatmap() {
  const t = TEXT[lang()];
  let ledger = createLedger();
  for (const item of loaded) if (item.result.ok) ledger = recordReport(ledger, item.input, { ...cica, today }).ledger;
  const current = currentReports(ledger);
  if (current.length === 0) {
    heatmap.replaceChildren(el("p", { class: "empty" }, [t.noHeatmap]));
    return;
  }
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const r of current) counts.set(`${r.catalogue} ${r.year}`, (counts.get(`${r.catalogue} ${r.year}`) ?? 0) + 1);
  const [key] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0] ?? [];
  const [ref, yearText] = (key ?? "").split(" ");
  const catalogue = cica.catalogues[/** @type {CicaCatalogueRef} */ (ref)];
  if (!catalogue) {
    heatmap.replaceChildren(el("p", { class: "empty" }, [t.noHeatmap]));
    return;
  }
  const year = Number(yearText);
  const matrix = implementationMatrix(ledger, { catalogues: [catalogue] }, { year, by: "dimension" });
  // renderMatrixSvg escapes every text it writes, so its string can be parsed as markup.
  const svg = renderMatrixSvg(matrix, { registry: cica.registry, lang: lang(), title: t.heatTitle(catalogue.ref, year) });
  const figure = el("figure", {}, []);
  figure.innerHTML = svg;
  figure.append(el("figcaption", {}, [t.revisions(current.length, loaded.filter((item) => item.result.ok).length)]));
  heatmap.replaceChildren(figure);
}

function render() {
  const t = TEXT[lang()];
  document.documentElement.lang = lang();
  document.title = t.title;
  for (const node of document.querySelectorAll("[data-text]")) {
    const key = /** @type {keyof typeof t} */ (node.getAttribute("data-text"));
    const value = t[key];
    if (typeof value === "string" && node !== status) node.textContent = value;
  }
  const translation = document.querySelector('[data-text="translation"]');
  if (translation instanceof HTMLElement) translation.hidden = lang() !== "ru";

  const valid = loaded.filter((item) => item.result.ok).length;
  status.textContent =
    statusKind === "ready" ? t.ready : statusKind === "nothing" ? t.nothing : `${t.loaded(loaded.length, valid, loaded.length - valid)} ${t.today} ${today}.`;
  /** @type {Node[]} */
  const nodes = [];
  if (unreadable.length > 0) {
    nodes.push(
      el("article", { class: "report bad unreadable" }, [
        el("h3", {}, [t.notJson]),
        el(
          "ul",
          { class: "issues" },
          unreadable.map((u) =>
            el("li", { class: "issue error" }, [
              el("code", { class: "where" }, [`${u.source === "pasted" ? t.pasted : u.source}${u.where}`]),
              el("span", { class: "message" }, [u.error]),
            ]),
          ),
        ),
      ]),
    );
  }
  // Reports to correct first, then the valid ones, each in the order loaded.
  nodes.push(...loaded.filter((i) => !i.result.ok).map(reportCard), ...loaded.filter((i) => i.result.ok).map(reportCard));
  results.replaceChildren(...nodes);
  renderHeatmap();
}

byId("check").addEventListener("click", () => {
  if (textArea.value.trim() === "") {
    statusKind = "nothing";
  } else {
    load(textArea.value, "pasted");
  }
  render();
});
fileInput.addEventListener("change", async () => {
  const files = [...(fileInput.files ?? [])].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const file of files) load(await file.text(), file.name);
  fileInput.value = "";
  render();
});
byId("clear").addEventListener("click", () => {
  loaded = [];
  unreadable = [];
  statusKind = "ready";
  textArea.value = "";
  render();
});
langSelect.addEventListener("change", render);
document.documentElement.dataset.ready = "true";
render();
