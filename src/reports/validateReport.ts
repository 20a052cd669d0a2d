import type * as z from "zod/mini";
import { getMeasure } from "../catalogue/getMeasure.js";
import { hasMeasure } from "../catalogue/hasMeasure.js";
import { getImplementationStatus } from "../catalogue/getImplementationStatus.js";
import type { Catalogue } from "../catalogue/types.js";
import type { Lang } from "../common/types.js";
import { CbmError } from "../errors/CbmError.js";
import { renderMessage, type MessageParams } from "../i18n/messages.js";
import { isFullDate } from "../internal/dates.js";
import { nearest } from "../internal/editDistance.js";
import { CYCLE, TOO_DEEP, TOO_LARGE, describeValue, isPlainObject, own, pathText, shortText, snapshot, type CopyShape, type JsonPath } from "../internal/json.js";
import { registryIndex } from "../internal/registryIndex.js";
import { findParticipant } from "../participants/findParticipant.js";
import { statusInYear } from "../participants/statusInYear.js";
import type { Registry } from "../participants/types.js";
import { REPORT_LIMITS as L } from "./limits.js";
import { severityOf } from "../internal/severity.js";
import type { RuleId } from "./rules.js";
import { ActivitySchema, EntrySchema, EVIDENCE_URI_PATTERN, EVIDENCE_URI_UNSAFE, NationalReportSchema, ReportShape, type NationalReport } from "./schema.js";
import type { ReportIssue, ValidationContext, ValidationResult } from "./types.js";


/** The report's shape for its snapshot: its lists and their limits, and where data is free-form. */
const REPORT_SHAPE: CopyShape = (() => {
  const leaf: CopyShape = {};
  const keys = (names: readonly string[], more: readonly (readonly [string, CopyShape])[] = []) => ({ keys: new Map<string, CopyShape>([...names.map((name) => [name, leaf] as const), ...more]) });
  const list = (max: number, items: CopyShape): CopyShape => ({ list: { max, items } });
  const evidence = keys(["uri", "title"]);
  const activity = keys(["title", "kind", "from", "to", "venue"], [["partners", list(L.partners, leaf)], ["evidence", list(L.evidence, evidence)]]);
  const entry = keys(["measure", "status", "remarks"], [["activities", list(L.activities, activity)]]);
  return keys(["schema", "id", "reporter", "catalogue", "year", "revision", "submittedOn", "nil"], [["entries", list(L.entries, entry)], ["extensions", { own: L.extensionNodes }]]);
})();

/** Issues listed even past the limit: each ends its check, so a report has at most one. */
const ALWAYS_LISTED: ReadonlySet<RuleId> = new Set<RuleId>(["extensions.too-large"]);

/**
 * Collects issues, rendering each message in the context's language. It lists at most
 * `REPORT_LIMITS.issues`; past that it only counts, and {@link IssueCollector.finish} ends the list
 * with one `report.too-many-issues` error (or, when every issue found is a warning, one
 * `report.too-many-warnings` warning), so that a hostile input cannot fill memory with issues and
 * a report with many warnings is still accepted. An error found once the list is full takes the
 * place of the last warning listed, so that no error (a ledger conflict after 1,000 warnings) is
 * ever hidden behind warnings.
 */
export class IssueCollector {
  readonly issues: ReportIssue[] = [];
  /** Errors found, listed or not. */
  errors = 0;
  /** Issues found past the limit: counted, not listed. */
  dropped = 0;
  /** Warnings listed. */
  private warnings = 0;
  constructor(readonly lang: Lang) {}

  /** True once the list is at its limit. */
  get full(): boolean {
    return this.issues.length >= L.issues;
  }

  /** True once the list is full and an error was found: the input is rejected, a caller may stop looking. */
  get done(): boolean {
    return this.errors > 0 && this.full;
  }

  add(rule: RuleId, path: JsonPath, params: MessageParams = {}, messageKey: string = rule): void {
    const last = this.issues[this.issues.length - 1];
    if (last && last.rule === rule && last.messageKey === messageKey && last.path.length === path.length && last.path.every((key, i) => key === path[i])) return;
    const severity = severityOf(rule);
    if (severity === "error") this.errors++;
    if (this.full && !ALWAYS_LISTED.has(rule) && !(severity === "error" && this.warnings > 0)) {
      this.dropped++;
      return;
    }
    const full = { field: JSON.stringify(pathText(path)), ...params };
    this.list({ rule, severity, path: [...path], messageKey, params: full, message: renderMessage(messageKey, full, this.lang) }, ALWAYS_LISTED.has(rule));
  }

  /** Adds an issue made elsewhere (by another collector), within the same limit. */
  push(issue: ReportIssue): void {
    if (issue.severity === "error") this.errors++;
    this.list(issue, false);
  }

  /** Lists an issue: past the limit, an error displaces the last warning listed; others are counted. */
  private list(issue: ReportIssue, always: boolean): void {
    if (this.full && !always) {
      this.dropped++;
      if (issue.severity !== "error" || this.warnings === 0) return;
      let at = this.issues.length - 1;
      while (this.issues[at]!.severity !== "warning") at--;
      this.issues.splice(at, 1);
      this.warnings--;
    }
    if (issue.severity === "warning") this.warnings++;
    this.issues.push(issue);
  }

  /** Forgets every issue (the input could not be read at all). */
  clear(): void {
    this.issues.length = 0;
    this.errors = 0;
    this.dropped = 0;
    this.warnings = 0;
  }

  /** Ends the list: one issue that counts the issues not listed, if any. Call it once. */
  finish(): void {
    if (this.dropped === 0) return;
    const rule: RuleId = this.errors > 0 ? "report.too-many-issues" : "report.too-many-warnings";
    const full = { field: JSON.stringify(pathText([])), max: L.issues, more: this.dropped };
    this.dropped = 0;
    if (rule === "report.too-many-issues") this.errors++;
    this.issues.push({ rule, severity: severityOf(rule), path: [], messageKey: rule, params: full, message: renderMessage(rule, full, this.lang) });
  }

  get hasErrors(): boolean {
    return this.errors > 0;
  }
}

interface Prepared {
  readonly schema: typeof NationalReportSchema;
  readonly catalogues: ReadonlyMap<string, Catalogue>;
  readonly registry: Registry;
  readonly today: string | undefined;
  readonly lang: Lang;
}

/** Frozen registries and catalogues already found readable (a frozen one cannot change). */
const checked = new WeakSet<object>();

/**
 * True for a registry whose participants the rules can read (as defineRegistry makes them): a
 * malformed one must fail the call, once, and not fail every report as "cannot be read".
 */
function isRegistry(registry: unknown): registry is Registry {
  if (typeof registry !== "object" || registry === null) return false;
  if (checked.has(registry)) return true;
  const participants = (registry as { participants?: unknown }).participants;
  const ok = Array.isArray(participants) && participants.every((participant: unknown) => {
    const p = participant as Partial<Registry["participants"][number]> | null;
    return typeof p === "object" && p !== null && typeof p.code === "string" && typeof p.kind === "string"
      && typeof p.name?.en === "string" && Array.isArray(p.history) && Array.isArray(p.aliases)
      && p.history.every((change) => typeof change?.from === "string" && typeof change.status === "string");
  });
  if (ok && Object.isFrozen(registry)) checked.add(registry);
  return ok;
}

/** True for a catalogue whose measures and statuses the rules can read (as defineCatalogue makes them). */
function isCatalogue(catalogue: unknown): catalogue is Catalogue {
  if (typeof catalogue !== "object" || catalogue === null) return false;
  if (checked.has(catalogue)) return true;
  const { ref, measures, statuses } = catalogue as Partial<Catalogue>;
  const ok = typeof ref === "string" && [measures, statuses].every((items) => Array.isArray(items) && items.every((item: unknown) => typeof (item as { id?: unknown } | null)?.id === "string"));
  if (ok && Object.isFrozen(catalogue)) checked.add(catalogue);
  return ok;
}

/** Checks the context (programmer input) and indexes its catalogues. */
export function prepareContext(context: ValidationContext, fn: string): Prepared {
  if (typeof context !== "object" || context === null || typeof context.registry !== "object" || context.registry === null) {
    throw new CbmError("invalid-argument", `${fn}: pass a context with catalogues and a registry, e.g. ${fn}(input, cica).`);
  }
  if (!isRegistry(context.registry)) {
    throw new CbmError("invalid-argument", `${fn}: context.registry must be a registry made by defineRegistry (such as cica.registry), with its participants.`);
  }
  const list = Array.isArray(context.catalogues) ? context.catalogues : Object.values(context.catalogues ?? {});
  const catalogues = new Map<string, Catalogue>();
  for (const catalogue of list as readonly Catalogue[]) {
    if (!isCatalogue(catalogue)) {
      throw new CbmError("invalid-argument", `${fn}: context.catalogues must hold catalogues made by defineCatalogue.`);
    }
    catalogues.set(catalogue.ref, catalogue);
  }
  if (context.today !== undefined && !isFullDate(context.today)) {
    throw new CbmError("invalid-date", `${fn}: context.today ${JSON.stringify(context.today)} is not a real calendar date written YYYY-MM-DD.`);
  }
  const lang = context.lang ?? "en";
  if (lang !== "en" && lang !== "ru") throw new CbmError("invalid-argument", `${fn}: context.lang must be "en" or "ru".`);
  const schema = context.schema ?? NationalReportSchema;
  if (typeof schema !== "object" || schema === null || typeof (schema as { safeParse?: unknown }).safeParse !== "function") {
    throw new CbmError("invalid-argument", `${fn}: context.schema must be a zod schema such as NationalReportSchema or compileReportSchema(); leave it out for the default.`);
  }
  return { schema, catalogues, registry: context.registry, today: context.today, lang };
}

/**
 * Validates a national report: first its structure (the zod {@link NationalReportSchema}), then the
 * rules that need the catalogue and the registry (see {@link REPORT_RULES}). Every problem is
 * returned as a located, translatable {@link ReportIssue}; the function never throws on any input
 * (`null`, arrays, cyclic or huge objects, `__proto__` keys) and never changes it.
 *
 * Contextual rules run even when the structure has errors, wherever the fields they need are
 * readable, so that a form can show every problem at once.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @param context - The catalogues and registry (`cica` for the embedded data), and optionally
 *   `today` and `lang`.
 * @returns `{ ok, report?, issues }`: `report` (a frozen copy of the input) when no issue is an error.
 * @throws {@link CbmError} only on misuse: a context without a registry (or with a malformed one, or
 *   malformed catalogues or schema), or an invalid `today`.
 *
 * @example
 * const result = validateReport(
 *   {
 *     schema: "cica-cbm/report@1", id: "KZ-2025", reporter: "KAZ", catalogue: "cica@2021",
 *     year: 2025, revision: 1, submittedOn: "2026-03-01",
 *     entries: [{ measure: "2.1.2", status: "implemented" }],
 *   },
 *   { ...cica, lang: "en" },
 * );
 * result.ok
 * //=> false
 * result.issues.map((issue) => issue.rule)
 * //=> ["reporter.unknown"]
 * result.issues[0]?.message
 * //=> "Reporter \"KAZ\" is not a code of the registry; did you mean \"KZ\" (Kazakhstan)? Use the ISO alpha-2 code."
 *
 * @category Reports
 */
export function validateReport(input: unknown, context: ValidationContext): ValidationResult {
  const prepared = prepareContext(context, "validateReport");
  const collector = new IssueCollector(prepared.lang);
  const report = checkReport(input, prepared, collector);
  collector.finish();
  if (collector.hasErrors || report === undefined) return { ok: false, issues: collector.issues };
  return { ok: true, report, issues: collector.issues };
}

/**
 * Structural then contextual checks of a snapshot of the input, adding to the collector. Returns
 * the snapshot, frozen, when it has no error: the value checked is the value returned. Never throws
 * on data: a hostile object (a getter that throws, a revoked Proxy) becomes a `report.type` issue.
 */
export function checkReport(input: unknown, context: Prepared, collector: IssueCollector): NationalReport | undefined {
  try {
    // Frozen as it is copied, and cut to the limits: nothing below changes it, a report with
    // errors is dropped, and memory is bounded by the limits, not by the input.
    const copy = snapshot(input, REPORT_SHAPE, { values: L.values, free: L.extensionNodes });
    for (const cut of copy.cuts) {
      if (cut.kind === "list") collector.add("field.too-many", cut.path, { length: cut.length, max: cut.max });
      // A cut in `extensions` (its own budget) is reported by checkExtensions as extensions.too-large.
      else if (!cut.own) collector.add("report.too-large", cut.path, { max: cut.max }, copy.spent ? "report.too-large" : "report.too-large.value");
    }
    const entriesCut = copy.cuts.find((cut) => cut.kind === "list" && cut.path.length === 1 && cut.path[0] === "entries");
    if (!copy.spent) checkSnapshot(copy.value, context, collector, entriesCut?.kind === "list" ? entriesCut.length : undefined);
    return collector.hasErrors ? undefined : (copy.value as NationalReport);
  } catch (error) {
    collector.clear();
    collector.add("report.type", [], { received: `an object that cannot be read (${error instanceof Error ? error.name : "error"})` });
    return undefined;
  }
}

function checkSnapshot(input: unknown, context: Prepared, collector: IssueCollector, entriesLength: number | undefined): void {
  if (!isPlainObject(input)) {
    collector.add("report.type", [], { received: describeValue(input) });
    return;
  }
  const extensions = own(input, "extensions");
  // zod is given a view without the extensions, which checkExtensions walks within their limits.
  const view = isPlainObject(extensions) ? { ...input, extensions: {} } : input;
  if (isPlainObject(extensions)) checkExtensions(extensions, collector);
  parseStructure(context.schema, view, collector);
  checkContext(input, context, collector, entriesLength);
}

/** Above this many list items (entries, activities, partners, evidence links), the structure is checked in parts. */
const ONE_PASS_ITEMS = 50_000;

/** The list items of a view: entries, their activities, and the activities' partners and evidence. */
function itemsOf(view: Record<string, unknown>): number {
  const entries = own(view, "entries");
  if (!Array.isArray(entries)) return 0;
  let items = entries.length;
  for (const entry of entries) {
    const activities = own(entry, "activities");
    if (!Array.isArray(activities)) continue;
    items += activities.length;
    for (const activity of activities) {
      const partners = own(activity, "partners");
      const evidence = own(activity, "evidence");
      items += (Array.isArray(partners) ? partners.length : 0) + (Array.isArray(evidence) ? evidence.length : 0);
    }
  }
  return items;
}

/**
 * Runs the schema on the view. zod gathers the issues of a subtree with `push(...issues)`, which
 * overflows the stack past some 100,000 issues, and a report at its list limits can hold millions
 * of items. So a big report (more than 50,000 list items), or one whose single pass still overflows,
 * is checked in parts with the format's own schemas (not `context.schema`): the report, each entry,
 * each activity, stopping once the collector is full and holds an error. The parts give the same issues as one pass,
 * the report's own fields first.
 */
function parseStructure(schema: Prepared["schema"], view: Record<string, unknown>, collector: IssueCollector): void {
  if (itemsOf(view) > ONE_PASS_ITEMS) return parseInParts(view, collector);
  let parsed: ReturnType<Prepared["schema"]["safeParse"]>;
  try {
    parsed = schema.safeParse(view);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    parseInParts(view, collector);
    return;
  }
  if (!parsed.success) for (const issue of parsed.error.issues) mapZodIssue(issue, view, collector);
}

function parseInParts(view: Record<string, unknown>, collector: IssueCollector): void {
  const part = (schema: z.ZodMiniType, value: unknown, prefix: JsonPath): void => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) mapZodIssue({ ...issue, path: [...prefix, ...issue.path] }, view, collector);
  };
  const entries = own(view, "entries");
  if (!Array.isArray(entries)) return part(ReportShape, view, []);
  part(ReportShape, { ...view, entries: [] }, []);
  for (let index = 0; index < entries.length && !collector.done; index++) {
    const entry: unknown = entries[index];
    const activities = own(entry, "activities");
    if (!isPlainObject(entry) || !Array.isArray(activities)) {
      part(EntrySchema, entry, ["entries", index]);
      continue;
    }
    part(EntrySchema, { ...entry, activities: [] }, ["entries", index]);
    for (let at = 0; at < activities.length && !collector.done; at++) part(ActivitySchema, activities[at], ["entries", index, "activities", at]);
  }
}

// ---------------------------------------------------------------------------------------------
// Structure

const WHERE = ["the report", "an entry", "an activity", "an evidence link"];

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) value = own(value, typeof key === "number" ? String(key) : (key as string));
  return value;
}

function expectedOf(path: readonly PropertyKey[], expected: string): string {
  const last = path[path.length - 1];
  if (last === "year" || last === "revision" || expected === "int") return "an integer";
  return (
    { string: "a text", number: "a number", boolean: "true or false", array: "a list", object: "an object", record: "an object" } as Record<string, string>
  )[expected] ?? expected;
}

function mapZodIssue(issue: z.core.$ZodIssue, view: unknown, collector: IssueCollector): void {
  const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)) as (string | number)[];
  const value = valueAt(view, issue.path);
  const received = describeValue(value);
  const last = path[path.length - 1];
  switch (issue.code) {
    case "unrecognized_keys": {
      const depth = path.filter((key) => typeof key === "string").length;
      for (const key of issue.keys) {
        collector.add("field.unknown", [...path, key], { key: shortText(key), where: WHERE[Math.min(depth, 3)] }, path.length === 0 ? "field.unknown.top" : "field.unknown");
      }
      return;
    }
    case "invalid_value":
      if (value === undefined) collector.add("field.missing", path);
      else collector.add("schema.unsupported", path, { received });
      return;
    case "invalid_type":
      if (value === undefined) collector.add("field.missing", path);
      else collector.add("field.type", path, { expected: expectedOf(issue.path, issue.expected), received });
      return;
    case "too_small":
      if (issue.origin === "string") collector.add("field.empty", path);
      else if (last === "revision") collector.add("revision.below-one", path, { received });
      else collector.add("field.value", path, { min: 1000, max: 9999, received });
      return;
    case "too_big":
      if (issue.origin === "string") collector.add("field.too-long", path, { length: typeof value === "string" ? codePoints(value) : 0, max: Number(issue.maximum) });
      else if (issue.origin === "array") collector.add("field.too-many", path, { length: Array.isArray(value) ? value.length : 0, max: Number(issue.maximum) });
      else if (last === "revision") collector.add("field.value", path, { min: 1, max: Number.MAX_SAFE_INTEGER, received });
      else collector.add("field.value", path, { min: 1000, max: 9999, received });
      return;
    case "invalid_format":
      if (last === "uri") checkEvidenceUri(typeof value === "string" ? value : "", path, collector);
      else collector.add("field.date", path, { received });
      return;
    default:
      collector.add("field.type", path, { expected: "a valid value", received });
  }
}

const UNSAFE_URI_CHARACTERS = new RegExp(`[${EVIDENCE_URI_UNSAFE}]`, "g");
const hex = (c: string) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");

/**
 * Says why an evidence link failed its pattern: an unsafe character (control, bidirectional or
 * invisible), named by code point and place, never echoed; and, once such characters are set
 * aside, a scheme other than http(s) or urn. The link is quoted with those characters written as
 * `\u` escapes, so that no message carries one to a screen.
 */
function checkEvidenceUri(uri: string, path: JsonPath, collector: IssueCollector): void {
  const first = UNSAFE_URI_CHARACTERS.exec(uri);
  UNSAFE_URI_CHARACTERS.lastIndex = 0;
  if (first) collector.add("evidence.unsafe-character", path, { char: `U+${hex(first[0])}`, position: [...uri.slice(0, first.index)].length + 1 });
  const rest = uri.replace(UNSAFE_URI_CHARACTERS, "");
  if (!first || !EVIDENCE_URI_PATTERN.test(rest)) {
    collector.add("evidence.scheme", path, { received: describeValue(uri).replace(UNSAFE_URI_CHARACTERS, (c) => `\\u${hex(c).toLowerCase()}`) });
  }
}

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Checks that `extensions` is JSON (no cycles, functions, NaN), within the depth and size limits. */
function checkExtensions(extensions: Record<string, unknown>, collector: IssueCollector): void {
  let nodes = 0;
  let text = 0;
  const onPath = new Set<object>();
  /** Counts a text; false (with the issue) once the texts pass their limit. */
  const count = (value: string): boolean => {
    text += codePoints(value);
    if (text <= L.extensionText) return true;
    collector.add("extensions.too-large", ["extensions"], { max: L.extensionText }, "extensions.too-large.text");
    return false;
  };
  const visit = (value: unknown, path: JsonPath, depth: number): boolean => {
    if (++nodes > L.extensionNodes) {
      collector.add("extensions.too-large", ["extensions"], { max: L.extensionNodes });
      return false;
    }
    if (typeof value === "string") return count(value);
    if (value === null || typeof value === "boolean") return true;
    if (typeof value === "number") {
      if (!Number.isFinite(value)) collector.add("extensions.not-json", path, { reason: String(value) });
      return true;
    }
    if (typeof value !== "object") {
      collector.add("extensions.not-json", path, { reason: typeof value === "function" ? "a function" : typeof value });
      return true;
    }
    if (depth > L.extensionDepth) {
      collector.add("extensions.too-deep", path, { max: L.extensionDepth });
      return true;
    }
    if (value === CYCLE || onPath.has(value)) {
      collector.add("extensions.not-json", path, { reason: "a cycle" });
      return true;
    }
    if (value === TOO_DEEP) {
      collector.add("extensions.too-deep", path, { max: L.extensionDepth });
      return true;
    }
    if (value === TOO_LARGE) {
      collector.add("extensions.too-large", ["extensions"], { max: L.extensionNodes });
      return false;
    }
    if (!Array.isArray(value) && !isPlainObject(value)) {
      collector.add("extensions.not-json", path, { reason: Object.prototype.toString.call(value).slice(8, -1) });
      return true;
    }
    onPath.add(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) if (!visit(value[index], [...path, index], depth + 1)) return false;
    } else {
      for (const key of Object.keys(value)) {
        if (UNSAFE_KEYS.has(key)) collector.add("extensions.unsafe-key", [...path, key], { key });
        if (!count(key) || !visit(own(value, key), [...path, key], depth + 1)) return false;
      }
    }
    onPath.delete(value);
    return true;
  };
  visit(extensions, ["extensions"], 0);
}

/** The length of a text in Unicode code points (a surrogate pair is one), without copying it. */
function codePoints(value: string): number {
  let length = value.length;
  for (let index = 0; index < value.length - 1; index++) {
    const unit = value.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        index++;
      }
    }
  }
  return length;
}

// ---------------------------------------------------------------------------------------------
// Context

/** `entriesLength`: the length of the entries before the snapshot cut them, if it did. */
function checkContext(input: Record<string, unknown>, context: Prepared, collector: IssueCollector, entriesLength: number | undefined): void {
  const byCode = registryIndex(context.registry).byCode;
  const reporter = own(input, "reporter");
  const yearValue = own(input, "year");
  const year = Number.isInteger(yearValue) && (yearValue as number) >= 1000 && (yearValue as number) <= 9999 ? (yearValue as number) : undefined;
  const ref = own(input, "catalogue");
  const catalogue = typeof ref === "string" ? context.catalogues.get(ref) : undefined;
  const entries = own(input, "entries");
  
  const nameOf = (code: string): MessageParams => {
    const participant = byCode.get(code);
    return { "name.en": participant?.name.en ?? code, "name.ru": participant?.name.ru ?? participant?.name.en ?? code };
  };
  // An over-long code (a field.too-long error already) gets no suggestion: the look-up normalises
  // its text (NFKC), which would cost memory in proportion to it.
  const suggest = (value: string) => {
    if (value.length > L.code) return undefined;
    const found = findParticipant(context.registry, value);
    return found && found.kind === "state" ? found : undefined;
  };

  if (typeof reporter === "string" && reporter !== "") {
    const participant = byCode.get(reporter);
    if (!participant) {
      const guess = suggest(reporter);
      if (guess) collector.add("reporter.unknown", ["reporter"], { received: describeValue(reporter), suggestion: guess.code, ...nameOf(guess.code) }, "reporter.unknown.suggest");
      else collector.add("reporter.unknown", ["reporter"], { received: describeValue(reporter) });
    } else if (participant.kind !== "state") {
      collector.add("reporter.not-state", ["reporter"], { code: reporter, ...nameOf(reporter) });
    } else if (year !== undefined) {
      const status = statusInYear(context.registry, reporter, year);
      if (status === "none") collector.add("reporter.not-participant", ["reporter"], { code: reporter, ...nameOf(reporter), year });
      else if (status === "observer") collector.add("reporter.observer", ["reporter"], { code: reporter, ...nameOf(reporter), year });
    }
  }

  if (typeof ref === "string" && ref !== "" && !catalogue) {
    collector.add("catalogue.unknown", ["catalogue"], { received: shortText(ref), known: [...context.catalogues.keys()] });
  }

  const submittedOn = own(input, "submittedOn");
  if (isFullDate(submittedOn)) {
    if (year !== undefined && submittedOn < `${String(year).padStart(4, "0")}-01-01`) {
      collector.add("submitted.before-year", ["submittedOn"], { submittedOn, year });
    }
    if (context.today !== undefined && submittedOn > context.today) {
      collector.add("submitted.in-future", ["submittedOn"], { submittedOn, today: context.today });
    }
  }

  if (!Array.isArray(entries)) return;
  const nil = own(input, "nil");
  if (nil === true && entries.length > 0) collector.add("nil.with-entries", ["entries"], { count: entriesLength ?? entries.length });
  if (nil !== true && entries.length === 0) collector.add("entries.empty", ["entries"]);

  const seen = new Map<string, number>();
  const limit = Math.min(entries.length, L.entries);
  for (let index = 0; index < limit; index++) {
    const entry = entries[index];
    if (!isPlainObject(entry)) continue;
    const measure = own(entry, "measure");
    if (typeof measure === "string" && measure !== "") {
      const first = seen.get(measure);
      if (first !== undefined) collector.add("measure.duplicate", ["entries", index, "measure"], { measure: shortText(measure), first });
      else seen.set(measure, index);
      if (catalogue && !hasMeasure(catalogue, measure)) {
        const elsewhere = [...context.catalogues.values()].filter((other) => other !== catalogue && getMeasure(other, measure)).map((other) => other.ref);
        if (elsewhere.length > 0) collector.add("measure.unknown", ["entries", index, "measure"], { measure: shortText(measure), catalogue: catalogue.ref, elsewhere }, "measure.unknown.elsewhere");
        else collector.add("measure.unknown", ["entries", index, "measure"], { measure: shortText(measure), catalogue: catalogue.ref });
      }
    }
    const status = own(entry, "status");
    if (catalogue && typeof status === "string" && status !== "" && !getImplementationStatus(catalogue, status)) {
      // A variant of case or spacing, else one status within two typing slips (a third of its
      // length); an over-long status (a field.too-long error already) is not even lower-cased.
      const ids = catalogue.statuses.map((s) => s.id);
      const normal = status.length <= L.code ? status.trim().toLowerCase().replace(/[\s_]+/g, "-") : undefined;
      const suggestion = normal === undefined ? undefined : catalogue.statuses.find((s) => s.id.toLowerCase() === normal)?.id
        ?? (normal.length >= 4 ? nearest(normal, ids, Math.min(2, Math.floor(normal.length / 3))) : undefined);
      if (suggestion !== undefined) collector.add("status.unknown", ["entries", index, "status"], { received: shortText(status), catalogue: catalogue.ref, suggestion }, "status.unknown.suggest");
      else collector.add("status.unknown", ["entries", index, "status"], { received: shortText(status), catalogue: catalogue.ref, known: ids });
    }
    const activities = own(entry, "activities");
    if (Array.isArray(activities)) checkActivities(activities, index, reporter, year, context, collector, suggest, nameOf);
  }
}

function checkActivities(
  activities: readonly unknown[],
  entryIndex: number,
  reporter: unknown,
  year: number | undefined,
  context: Prepared,
  collector: IssueCollector,
  suggest: (value: string) => { code: string } | undefined,
  nameOf: (code: string) => MessageParams,
): void {
  const byCode = registryIndex(context.registry).byCode;
  const limit = Math.min(activities.length, L.activities);
  // Paths are built only for an issue: most activities have none.
  const at = (index: number, ...rest: (string | number)[]) => ["entries", entryIndex, "activities", index, ...rest];
  for (let index = 0; index < limit; index++) {
    const activity = activities[index];
    if (!isPlainObject(activity)) continue;
    const from = own(activity, "from");
    const to = own(activity, "to");
    if (isFullDate(from)) {
      const end = isFullDate(to) ? to : from;
      if (isFullDate(to) && to < from) collector.add("activity.ends-before-start", at(index, "to"), { from, to });
      else if (year !== undefined) {
        const y = String(year).padStart(4, "0");
        if (end < `${y}-01-01` || from > `${y}-12-31`) collector.add("activity.outside-year", at(index, "from"), { from, to: end, year });
      }
    }
    const partners = own(activity, "partners");
    if (!Array.isArray(partners)) continue;
    const partnerLimit = Math.min(partners.length, L.partners);
    for (let p = 0; p < partnerLimit; p++) {
      const partner = partners[p];
      if (typeof partner !== "string" || partner === "") continue;
      const guess = byCode.has(partner) ? undefined : suggest(partner);
      if (partner === reporter || (guess !== undefined && guess.code === reporter)) collector.add("partner.is-reporter", at(index, "partners", p), { code: shortText(partner) });
      else if (!byCode.has(partner)) {
        if (guess) collector.add("partner.unknown", at(index, "partners", p), { received: describeValue(partner), suggestion: guess.code, ...nameOf(guess.code) }, "partner.unknown.suggest");
        else collector.add("partner.unknown", at(index, "partners", p), { received: describeValue(partner) });
      }
    }
  }
}
