// @ts-check
// A ministry's report form as one static page: no framework, no build step, no network. It imports
// the package's ESM build through the import map of index.html: reportableMeasures for the measures
// of each dimension, activityKindsOf for the kinds of activity, the registry for the states,
// createDraft, validateDraft, finalizeDraft and carryForward for the report itself, renderReport
// for the printed copy. Type-checked by `npm test` (examples/browser/tsconfig.json) and driven in
// Chromium by test/browser.test.ts. Copy this folder as the start of your own tool.
import {
  activityKindsOf,
  carryForward,
  cica,
  createDraft,
  finalizeDraft,
  isCalendarDate,
  renderReport,
  reportableMeasures,
  statusInYear,
  validateDraft,
  validateReport,
} from "cica-cbm";
import { WORDS } from "./words.js";

/** @typedef {import("cica-cbm").Lang} Lang */
/** @typedef {import("cica-cbm").ReportIssue} ReportIssue */
/** @typedef {import("cica-cbm").Catalogue} Catalogue */
/** @typedef {import("cica-cbm").ReportDraft} ReportDraft */
/** @typedef {import("cica-cbm").DraftEntry} DraftEntry */
/** @typedef {import("cica-cbm").DraftActivity} DraftActivity */

/** @param {string} id */
const byId = (id) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);
  return element;
};
const langSelect = /** @type {HTMLSelectElement} */ (byId("lang"));
const reporterSelect = /** @type {HTMLSelectElement} */ (byId("reporter"));
const yearInput = /** @type {HTMLInputElement} */ (byId("year"));
const form = /** @type {HTMLFormElement} */ (byId("form"));

/** @returns {Lang} */
const lang = () => (langSelect.value === "ru" ? "ru" : "en");
const w = () => WORDS[lang()];

/** The day dates are checked against: `?today=YYYY-MM-DD`, or the local date. */
const today = (() => {
  const asked = new URLSearchParams(location.search).get("today");
  if (asked && isCalendarDate(asked)) return asked;
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
})();

/** @type {ReportDraft | undefined} The draft being filled: a plain object, changed in place. */
let draft;
/** The day of submission and the revision: not part of the draft, added when it is finished. */
let submittedOn = today;
let revision = 1;

/** The catalogue a report on `year` is written against: the latest adopted by the end of that year. */
function catalogueFor(/** @type {number} */ year) {
  /** @type {Catalogue[]} */
  const all = Object.values(cica.catalogues);
  return all
    .filter((c) => Number((c.adopted ?? "9999").slice(0, 4)) <= year)
    .sort((a, b) => (a.adopted ?? "").localeCompare(b.adopted ?? ""))
    .at(-1);
}
/** @param {{ en: string, ru?: string }} text */
const inLang = (text) => (lang() === "ru" ? (text.ru ?? text.en) : text.en);
/** @param {string} code */
const stateName = (code) => {
  const participant = cica.registry.participants.find((p) => p.code === code);
  return participant ? inLang(participant.name) : code;
};

/**
 * @param {string} tag
 * @param {Record<string, string | boolean | undefined>} [attributes] `true` sets an empty attribute, `false`/`undefined` none.
 * @param {(Node | string)[]} [children]
 */
function el(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === true) node.setAttribute(key, "");
    else if (typeof value === "string") node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

/**
 * One labelled control with its hint and its issues beside it (aria-describedby), bound to the draft:
 * `read` gives the value shown, `write` stores what the user enters. `options` makes it a select.
 * @param {{ id: string, label: string, read: () => string, write: (value: string) => void, type?: string, options?: [string, string][], hint?: string, rebuild?: boolean, wide?: boolean }} spec
 */
function field({ id, label, read, write, type = "text", options, hint, rebuild = false, wide = false }) {
  const describedBy = [hint ? `${id}-hint` : "", `${id}-issues`].filter(Boolean).join(" ");
  /** @type {HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement} */
  const control = options
    ? /** @type {HTMLSelectElement} */ (
        el(
          "select",
          { id, "aria-describedby": describedBy },
          options.map(([value, text]) => el("option", { value }, [text])),
        )
      )
    : type === "textarea"
      ? /** @type {HTMLTextAreaElement} */ (el("textarea", { id, rows: "2", "aria-describedby": describedBy }))
      : /** @type {HTMLInputElement} */ (el("input", { id, type, "aria-describedby": describedBy }));
  control.value = read();
  control.addEventListener(options ? "change" : "input", () => {
    write(control.value);
    if (rebuild) renderDraft();
    else check();
  });
  return el("div", { class: wide ? "field wide" : "field" }, [
    el("label", { for: id }, [label]),
    ...(hint ? [el("p", { class: "hint", id: `${id}-hint` }, [hint])] : []),
    control,
    el("ul", { class: "field-issues", id: `${id}-issues` }),
  ]);
}

/** Sets or removes an optional field of the draft: an empty input removes it, so nothing half-filled is kept. */
function put(/** @type {Record<string, unknown>} */ object, /** @type {string} */ key, /** @type {unknown} */ value) {
  if (value === "" || value === undefined) delete object[key];
  else object[key] = value;
}
/** @param {string} text */
const yearOrText = (text) => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : text);

/** The states that may report on a year (members or observers in it), by name. */
function renderReporters() {
  const year = Number(yearInput.value);
  const chosen = reporterSelect.value;
  const states = cica.registry.participants
    .filter((p) => p.kind === "state" && Number.isInteger(year) && year >= 1 && year <= 9999 && statusInYear(cica.registry, p.code, year) !== "none")
    .map((p) => ({ code: p.code, name: inLang(p.name) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang()));
  reporterSelect.replaceChildren(...states.map((s) => el("option", { value: s.code }, [`${s.name} (${s.code})`])));
  if (states.some((s) => s.code === chosen)) reporterSelect.value = chosen;
}

/** The entry's key in control ids: its measure, or `#N` for an entry the catalogue's list does not show. */
function entryKey(/** @type {number} */ index) {
  const measure = draft?.entries[index]?.measure;
  const first = draft?.entries.findIndex((e) => e.measure === measure);
  return measure && first === index && currentMeasures().some((m) => m.id === measure) ? measure : `#${index + 1}`;
}
const currentMeasures = () => {
  const catalogue = draft && cica.catalogues[/** @type {keyof typeof cica.catalogues} */ (draft.catalogue)];
  return catalogue ? reportableMeasures(catalogue, { lang: lang() }) : [];
};

/**
 * The activity's fields.
 * @param {DraftEntry} entry @param {DraftActivity} activity @param {number} index @param {string} key
 */
function activityFieldset(entry, activity, index, key) {
  const t = w();
  const id = (/** @type {string} */ name) => `f-${key}-a${index + 1}-${name}`;
  const catalogue = draft && cica.catalogues[/** @type {keyof typeof cica.catalogues} */ (draft.catalogue)];
  const kinds = catalogue ? activityKindsOf(catalogue) : [];
  const a = /** @type {Record<string, unknown>} */ (activity);
  const kindKnown = activity.kind === undefined || kinds.some((k) => k.id === activity.kind);
  const remove = el("button", { type: "button", class: "secondary small", id: id("remove") }, [t.removeActivity(index + 1)]);
  remove.addEventListener("click", () => {
    entry.activities?.splice(index, 1);
    if (entry.activities?.length === 0) delete entry.activities;
    renderDraft(`f-${key}-add`);
  });
  return el("fieldset", { class: "activity" }, [
    el("legend", {}, [t.activity(index + 1)]),
    el("div", { class: "row" }, [
      field({ id: id("title"), label: t.activityTitle, read: () => activity.title ?? "", write: (v) => put(a, "title", v), wide: true }),
      field({
        id: id("kind"),
        label: t.kind,
        read: () => activity.kind ?? "",
        write: (v) => put(a, "kind", v),
        options: [
          ["", t.chooseKind],
          ...kinds.map((k) => /** @type {[string, string]} */ ([k.id, inLang(k.label)])),
          ...(kindKnown ? [] : [/** @type {[string, string]} */ ([activity.kind ?? "", activity.kind ?? ""])]),
        ],
      }),
      field({ id: id("from"), label: t.from, type: "date", read: () => activity.from ?? "", write: (v) => put(a, "from", v) }),
      field({ id: id("to"), label: t.to, type: "date", read: () => activity.to ?? "", write: (v) => put(a, "to", v) }),
      field({ id: id("venue"), label: t.venue, read: () => activity.venue ?? "", write: (v) => put(a, "venue", v) }),
      field({
        id: id("partners"),
        label: t.partners,
        hint: t.partnersHint,
        read: () => (activity.partners ?? []).join(", "),
        write: (v) => {
          const codes = v.split(/[,;\s]+/).filter(Boolean);
          put(a, "partners", codes.length ? codes.map((c) => c.toUpperCase()) : undefined);
        },
      }),
      field({
        id: id("evidence"),
        label: t.evidence,
        hint: t.evidenceHint,
        type: "textarea",
        wide: true,
        read: () => (activity.evidence ?? []).map((e) => [e.uri ?? "", e.title ?? ""].join(" ").trim()).join("\n"),
        write: (v) => {
          const links = v
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean)
            .map((line) => {
              const [uri = "", ...title] = line.split(/\s+/);
              return title.length ? { uri, title: title.join(" ") } : { uri };
            });
          put(a, "evidence", links.length ? links : undefined);
        },
      }),
      accessField(id("access"), a),
    ]),
    remove,
  ]);
}

/** The access mark of an entry or an activity: left out, the part takes its container's. */
function accessField(/** @type {string} */ id, /** @type {Record<string, unknown>} */ part) {
  const t = w();
  return field({
    id,
    label: t.access,
    read: () => (typeof part.access === "string" ? part.access : ""),
    write: (v) => put(part, "access", v),
    options: /** @type {[string, string][]} */ (Object.entries(t.accessPart)),
  });
}

/**
 * A measure's row: its status, and once it has one, the entry's remarks, mark, access and activities.
 * @param {string} key @param {string} label @param {number} index The entry's index in the draft, or -1.
 * @param {string} [measure] The measure a new entry is for.
 */
function measureRow(key, label, index, measure) {
  const t = w();
  if (!draft) return el("div");
  const current = draft;
  const catalogue = cica.catalogues[/** @type {keyof typeof cica.catalogues} */ (current.catalogue)];
  const statuses = catalogue ? catalogue.statuses.map((s) => /** @type {[string, string]} */ ([s.id, inLang(s.label)])) : [];
  const entry = index >= 0 ? current.entries[index] : undefined;
  if (entry?.status !== undefined && !statuses.some(([id]) => id === entry.status)) statuses.push([entry.status, entry.status]);
  const status = field({
    id: `f-${key}-status`,
    label,
    read: () => entry?.status ?? "",
    rebuild: true,
    options: [["", t.notReported], ...statuses],
    write: (v) => {
      if (entry && v === "" && !entry.activities?.length && entry.remarks === undefined) current.entries.splice(index, 1);
      else if (entry) put(/** @type {Record<string, unknown>} */ (entry), "status", v);
      else if (v !== "" && measure) insertEntry({ measure, status: v });
    },
  });
  const row = el("div", { class: entry ? "measure reported" : "measure" }, [status]);
  if (!entry) return row;
  const e = /** @type {Record<string, unknown>} */ (entry);
  const add = el("button", { type: "button", class: "secondary small", id: `f-${key}-add` }, [t.addActivity]);
  add.addEventListener("click", () => {
    (entry.activities ??= []).push({});
    renderDraft(`f-${key}-a${entry.activities.length}-title`);
  });
  row.append(
    el("div", { class: "entry" }, [
      el("div", { class: "row" }, [
        field({ id: `f-${key}-remarks`, label: t.remarks, type: "textarea", wide: true, read: () => entry.remarks ?? "", write: (v) => put(e, "remarks", v) }),
        field({
          id: `f-${key}-nothingNewSince`,
          label: t.nothingNewSince,
          hint: t.nothingNewHint,
          type: "number",
          read: () => (entry.nothingNewSince === undefined ? "" : String(entry.nothingNewSince)),
          write: (v) => put(e, "nothingNewSince", yearOrText(v)),
        }),
        accessField(`f-${key}-access`, e),
      ]),
      ...(entry.activities ?? []).map((activity, i) => activityFieldset(entry, activity, i, key)),
      add,
    ]),
  );
  return row;
}

/** Adds an entry where the catalogue's order puts it, so that the report lists measures as the catalogue does. */
function insertEntry(/** @type {DraftEntry} */ entry) {
  if (!draft) return;
  /** @type {string[]} */
  const order = currentMeasures().map((m) => m.id);
  const rank = (/** @type {string | undefined} */ id) => {
    const at = order.indexOf(id ?? "");
    return at < 0 ? order.length : at;
  };
  const at = draft.entries.findIndex((e) => rank(e.measure) > rank(entry.measure));
  draft.entries.splice(at < 0 ? draft.entries.length : at, 0, entry);
}

/** Builds the form for the draft, then puts the focus back where it was (or on `focus`). */
function renderDraft(/** @type {string} */ focus = document.activeElement?.id ?? "") {
  const t = w();
  form.hidden = !draft;
  if (!draft) return;
  const current = draft;
  const d = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (current));
  byId("report-line").textContent = t.reportLine(stateName(current.reporter), current.year, current.catalogue);
  byId("report-fields").replaceChildren(
    field({ id: "f-id", label: t.id, read: () => current.id ?? "", write: (v) => put(d, "id", v) }),
    field({
      id: "f-access",
      label: t.access,
      read: () => current.access ?? "member-states",
      write: (v) => put(d, "access", v),
      options: /** @type {[string, string][]} */ (Object.entries(t.accessReport)),
    }),
    checkbox(
      "f-nil",
      t.nil,
      () => current.nil === true,
      (on) => put(d, "nil", on ? true : undefined),
    ),
  );
  // Each dimension of the catalogue, its measures under their group headings.
  const measures = currentMeasures();
  const shown = new Set();
  /** @type {Map<string, HTMLElement>} */
  const groups = new Map();
  for (const m of measures) {
    let group = groups.get(m.dimension.id);
    if (!group) {
      group = el("fieldset", { class: "dimension" }, [el("legend", {}, [m.dimension.label])]);
      groups.set(m.dimension.id, group);
    }
    if (m.heading && !group.querySelector(`[data-heading="${CSS.escape(m.heading.id)}"]`)) {
      group.append(el("p", { class: "heading", "data-heading": m.heading.id }, [`${m.heading.id} ${m.heading.label}`]));
    }
    const index = current.entries.findIndex((e) => e.measure === m.id);
    if (index >= 0) shown.add(index);
    group.append(measureRow(m.id, `${m.id} ${m.label}`, index, m.id));
  }
  // Entries the list does not show (a second entry on a measure, a measure of no catalogue) stay visible and editable.
  const others = current.entries.map((e, i) => (shown.has(i) ? undefined : measureRow(entryKey(i), `${e.measure ?? "?"}`, i))).filter((x) => x !== undefined);
  if (others.length) groups.set("", el("fieldset", { class: "dimension" }, [el("legend", {}, [t.otherEntries]), ...others]));
  byId("measures").replaceChildren(...groups.values());
  byId("finish-fields").replaceChildren(
    field({ id: "f-submittedOn", label: t.submittedOn, type: "date", read: () => submittedOn, write: (v) => (submittedOn = v) }),
    field({ id: "f-revision", label: t.revision, type: "number", read: () => String(revision), write: (v) => (revision = Number(v)) }),
  );
  for (const fieldset of form.querySelectorAll("fieldset"))
    fieldset.toggleAttribute("disabled", current.nil === true && fieldset.classList.contains("dimension"));
  document.getElementById(focus)?.focus();
  check();
}

/** @param {string} id @param {string} label @param {() => boolean} read @param {(on: boolean) => void} write */
function checkbox(id, label, read, write) {
  const box = /** @type {HTMLInputElement} */ (el("input", { id, type: "checkbox", "aria-describedby": `${id}-issues` }));
  box.checked = read();
  box.addEventListener("change", () => {
    write(box.checked);
    renderDraft();
  });
  return el("div", { class: "field check" }, [box, el("label", { for: id }, [label]), el("ul", { class: "field-issues", id: `${id}-issues` })]);
}

/** The control an issue's path points at: the field itself, or the nearest one that holds it. */
function controlFor(/** @type {readonly (string | number)[]} */ path) {
  const [head, index, ...rest] = path;
  if (head === "entries" && typeof index === "number") {
    const key = entryKey(index);
    const [part, at, name] = rest;
    if (part === "activities" && typeof at === "number") return `f-${key}-a${at + 1}-${name === undefined ? "title" : name}`;
    if (part === "activities") return `f-${key}-add`;
    return `f-${key}-${part === undefined || part === "measure" ? "status" : part}`;
  }
  if (head === "reporter" || head === "year" || head === "catalogue") return "new-draft";
  return `f-${head ?? ""}`;
}

/** Where an issue is, in the form's words: "2.1.4.a › Activity 1 › Partners". */
function placeOf(/** @type {readonly (string | number)[]} */ path, /** @type {string} */ id) {
  const t = w();
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent ?? "";
  if (path[0] !== "entries" || typeof path[1] !== "number") return path.length === 0 ? t.whole : label || String(path[0]);
  const [, , part, at] = path;
  return [
    draft?.entries[path[1]]?.measure ?? `#${path[1] + 1}`,
    ...(part === "activities" && typeof at === "number" ? [t.activity(at + 1)] : []),
    ...(id.endsWith("-status") ? [t.status] : label ? [label] : []),
  ].join(" › ");
}

/** What the draft is checked against: the embedded catalogues and registry, the day, the language. */
const context = () => ({ ...cica, today, lang: lang() });
const revisionOk = () => Number.isInteger(revision) && revision >= 1;

/**
 * What is wrong and what is still missing: the draft's (validateDraft), and those of the day of
 * submission, which only finalizeDraft checks (the revision is the page's own check).
 * @param {ReportDraft} current
 * @returns {{ issues: ReportIssue[], missing: readonly ReportIssue[] }}
 */
function review(current) {
  const { issues, missing } = validateDraft(current, context());
  const finishing = revisionOk() ? finalizeDraft(current, context(), { submittedOn, revision }).issues.filter((i) => i.path[0] === "submittedOn") : [];
  return { issues: [...issues, ...finishing], missing };
}

/** @type {ReturnType<typeof setTimeout> | undefined} */
let announce;
/** Validates the draft, puts each issue next to its field and in the list, and says the count. */
function check() {
  if (!draft) return;
  const t = w();
  const { issues, missing } = review(draft);
  const revisionField = document.getElementById("f-revision-issues");
  revisionField?.replaceChildren(...(revisionOk() ? [] : [el("li", { class: "error" }, [`${t.error}: ${t.revisionInvalid}`])]));
  for (const list of form.querySelectorAll(".field-issues")) if (list !== revisionField) list.replaceChildren();
  for (const control of form.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
  if (!revisionOk()) byId("f-revision").setAttribute("aria-invalid", "true");
  /** @type {[ReportIssue, "error" | "warning" | "missing"][]} */
  const all = [
    ...issues.map((i) => /** @type {[ReportIssue, "error" | "warning"]} */ ([i, i.severity])),
    ...missing.map((i) => /** @type {[ReportIssue, "missing"]} */ ([i, "missing"])),
  ];
  const items = all.map(([issue, kind]) => {
    const id = controlFor(issue.path);
    const control = document.getElementById(id);
    const word = kind === "error" ? t.error : kind === "warning" ? t.warning : t.missing;
    if (control && form.contains(control)) {
      document.getElementById(`${id}-issues`)?.append(el("li", { class: kind, "data-rule": issue.rule }, [`${word}: ${issue.message}`]));
      if (kind === "error") control.setAttribute("aria-invalid", "true");
    }
    const place = placeOf(issue.path, id);
    // Named with the place, so that a list of them read out of context still says which field each opens.
    const go = el("button", { type: "button", class: "link", "aria-label": `${t.goTo}: ${place}` }, [t.goTo]);
    go.addEventListener("click", () => (document.getElementById(id) ?? byId("check-heading")).focus());
    return el("li", { class: `issue ${kind}`, "data-rule": issue.rule }, [
      el("span", { class: "severity" }, [word]),
      el("span", { class: "where" }, [place]),
      el("span", { class: "message" }, [issue.message]),
      ...(control ? [go] : []),
    ]);
  });
  byId("issues").replaceChildren(...items);
  const errors = issues.filter((i) => i.severity === "error").length + (revisionOk() ? 0 : 1);
  const summary = t.summary(errors, issues.length - errors, missing.length);
  // Said once the typing pauses: the count, and first what concerns the field being filled.
  clearTimeout(announce);
  announce = setTimeout(() => {
    const here = document.activeElement?.id ? all.find(([issue]) => controlFor(issue.path) === document.activeElement?.id) : undefined;
    byId("summary").textContent = here ? `${t.here(here[0].message)} ${summary}` : summary;
  }, 300);
}

/** The draft as a report for printing, finished or not, with its issues in an annex. */
function printReport() {
  if (!draft) return;
  const finished = revisionOk() ? finalizeDraft(draft, context(), { submittedOn, revision }) : undefined;
  const { issues, missing } = review(draft);
  // A draft that is not finished yet is printed as it stands, each gap shown as "?" and listed in the annex.
  const gap = "?";
  const report = finished?.ok
    ? finished.report
    : /** @type {import("cica-cbm").NationalReport} */ (
        /** @type {unknown} */ ({
          ...draft,
          id: draft.id || gap,
          revision,
          submittedOn: submittedOn || gap,
          entries: draft.entries.map((e) => ({
            ...e,
            measure: e.measure || gap,
            status: e.status || gap,
            activities: e.activities?.map((a) => ({
              ...a,
              title: a.title || gap,
              kind: a.kind || gap,
              from: a.from || gap,
              evidence: a.evidence?.map((link) => ({ ...link, uri: link.uri || gap })),
            })),
          })),
        })
      );
  // renderReport escapes every text it writes and makes no script, style or event attribute, so its HTML can be set as markup.
  byId("rendered").innerHTML = renderReport(report, { format: "html", lang: lang(), context: cica, issues: [...issues, ...missing] });
  byId("preview").hidden = false;
  window.print();
}

/** Offers a text as a file to save. */
function offer(/** @type {string} */ name, /** @type {string} */ text) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = el("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** @param {HTMLInputElement} input @param {(text: string, name: string) => void} use */
function onFile(input, use) {
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    input.value = "";
    if (file) use(await file.text(), file.name);
  });
}
/** @param {string} text @param {string} name @returns {unknown} */
function parse(text, name) {
  try {
    return JSON.parse(text);
  } catch (error) {
    byId("start-status").textContent = w().notJson(name, error instanceof Error ? error.message : String(error));
    return undefined;
  }
}
/** Replaces the draft, asking first when the one being filled has entries. */
function replaceDraft(/** @type {ReportDraft} */ next, /** @type {string} */ said) {
  if (draft && draft.entries.length > 0 && !window.confirm(w().replace)) return;
  draft = next;
  revision = 1;
  byId("start-status").textContent = said;
  renderDraft("report-heading");
}

byId("new-draft").addEventListener("click", () => {
  const year = Number(yearInput.value);
  const catalogue = catalogueFor(year);
  if (!reporterSelect.value || !catalogue) return;
  replaceDraft(createDraft({ reporter: reporterSelect.value, year, catalogue: catalogue.ref }), w().started(stateName(reporterSelect.value), year));
});
onFile(/** @type {HTMLInputElement} */ (byId("last-year")), (text, name) => {
  const value = parse(text, name);
  if (value === undefined) return;
  const result = validateReport(value, { ...cica, today, lang: lang() });
  if (!result.ok) {
    byId("start-status").textContent = w().notReport(name, result.issues.find((i) => i.severity === "error")?.message ?? "");
    return;
  }
  const markNothingNew = /** @type {HTMLInputElement} */ (byId("mark-nothing-new")).checked;
  const { draft: next, unmapped } = carryForward(result.report, { markNothingNew });
  replaceDraft(next, w().carried(name, next.year, unmapped.length));
});
onFile(/** @type {HTMLInputElement} */ (byId("open-draft")), (text, name) => {
  const value = parse(text, name);
  if (value === undefined) return;
  // validateDraft takes any value: one that is not a draft gets a `draft.type` issue saying what it is.
  const notDraft = validateDraft(value, context()).issues.find((i) => i.rule === "draft.type");
  if (notDraft) {
    byId("start-status").textContent = w().notDraft(name, notDraft.message);
    return;
  }
  replaceDraft(/** @type {ReportDraft} */ (value), w().opened(name));
});
byId("save-draft").addEventListener("click", () => {
  if (!draft) return;
  const name = `${draft.id || draft.reporter}.draft.json`;
  offer(name, `${JSON.stringify(draft, null, 2)}\n`);
  byId("finish-status").textContent = w().saved(name);
});
byId("print").addEventListener("click", printReport);
byId("download").addEventListener("click", () => {
  if (!draft) return;
  const finished = revisionOk() ? finalizeDraft(draft, context(), { submittedOn, revision }) : undefined;
  if (!finished?.ok) {
    byId("finish-status").textContent = w().notReady;
    byId("check-heading").focus();
    return;
  }
  const name = `${finished.report.id}-r${finished.report.revision}.json`;
  offer(name, `${JSON.stringify(finished.report, null, 2)}\n`);
  byId("finish-status").textContent = w().downloaded(name);
});
form.addEventListener("submit", (event) => event.preventDefault());
yearInput.addEventListener("input", renderReporters);

function renderLanguage() {
  const t = w();
  document.documentElement.lang = lang();
  document.title = t.title;
  for (const node of document.querySelectorAll("[data-text]")) {
    const text = t[/** @type {keyof typeof t} */ (node.getAttribute("data-text"))];
    if (typeof text === "string") node.textContent = text;
  }
  /** @type {HTMLElement} */ (document.querySelector("[data-text='translation']")).hidden = lang() !== "ru";
  if (!draft) byId("start-status").textContent = t.noDraft;
  renderReporters();
  renderDraft();
  if (!byId("preview").hidden) byId("preview").hidden = true;
}
langSelect.addEventListener("change", renderLanguage);

byId("needs-server").remove();
yearInput.value = String(Number(today.slice(0, 4)) - 1);
renderLanguage();
reporterSelect.value = "KZ";
document.documentElement.dataset.ready = "true";
