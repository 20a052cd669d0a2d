import { assertContext, cataloguesOf } from "../aggregate/context.js";
import { settledReports } from "../aggregate/revisionSlots.js";
import { isSummary } from "../aggregate/toReportSummary.js";
import type { AggregateContext } from "../aggregate/types.js";
import type { Catalogue } from "../catalogue/types.js";
import type { Lang } from "../common/types.js";
import { assertOptionalDate, assertQueryYear } from "../dates/guards.js";
import { CbmError } from "../errors/CbmError.js";
import type { Locale } from "../i18n/Locale.js";
import { labelsOf } from "../i18n/messageSource.js";
import { deepFreeze } from "../internal/freeze.js";
import type { Ledger } from "../ledger/store.js";
import type { Table, TableCell } from "../render/table.js";
import { nameIn } from "../render/tableOptions.js";
import { accessOf } from "../reports/access.js";
import type { Access, NationalReport, ReportActivity, ReportEntry, ReportEvidence } from "../reports/schema.js";
import { DICTIONARY_HEADINGS, PUBLICATION_COLUMNS, PUBLICATION_TABLES, type PublicationColumn, type PublicationTableName } from "./publicationColumns.js";

export type { PublicationColumn, PublicationColumnType, PublicationTableName } from "./publicationColumns.js";

/**
 * Options of {@link publish}.
 *
 * @example
 * const options: PublishOptions = { year: 2025, context: cica, lang: "ru" };
 *
 * @category Forms
 */
export interface PublishOptions {
  /** The year to publish. */
  readonly year: number;
  /**
   * The catalogues and the registry (`cica`, or your own): the entries' dimensions come from the
   * catalogues and the states' names from the registry. Without them those cells are empty.
   */
  readonly context?: AggregateContext;
  /**
   * The language of the tables' headings, the states' names and the dictionary's headings: `"en"`
   * (default), `"ru"` or a {@link Locale} (headings exist in English and Russian: a Locale of
   * another language gets English headings and its own names of states where the registry has them).
   * The dictionary gives every meaning in both languages whatever this says.
   */
  readonly lang?: Lang | Locale;
  /** Publish the revisions as they stood on this day (`YYYY-MM-DD`), as the aggregates' `asOf` does. */
  readonly asOf?: string;
}

/**
 * What was withheld of one report of the year, as the ATT's declaration that sensitive data was
 * withheld says it: counts, never the text withheld. A report for member states only
 * (`reportWithheld`) says nothing else: not its id, not how many entries it has.
 *
 * @example
 * const declaration: WithheldDeclaration | undefined = publish([], { year: 2025 }).withheld[0];
 *
 * @category Forms
 */
export interface WithheldDeclaration {
  /** The reporting state. */
  readonly reporter: string;
  /** The catalogue version. */
  readonly catalogue: string;
  /** The year reported on. */
  readonly year: number;
  /** The report's id; `undefined` when the whole report is withheld. */
  readonly id: string | undefined;
  /** `true` when the whole report is for member states only (not marked `access: "public"`). */
  readonly reportWithheld: boolean;
  /** How many entries are for member states only; `undefined` when the whole report is withheld. */
  readonly entriesWithheld: number | undefined;
  /**
   * How many activities of the published entries are for member states only (those of a withheld
   * entry go with it and are not counted apart); `undefined` when the whole report is withheld.
   */
  readonly activitiesWithheld: number | undefined;
  /** Whether the report carries `extensions` (never published); `undefined` when the whole report is withheld. */
  readonly extensionsWithheld: boolean | undefined;
  /** The measure ids of the entries withheld, in report order (a measure id is not withheld); empty when the whole report is. */
  readonly withheldMeasures: readonly string[];
}

/**
 * One report of the year in a {@link Publication}: that the state replied, and what of its reply
 * is public.
 *
 * @example
 * const reply: PublishedReply | undefined = publish([], { year: 2025 }).replies[0];
 *
 * @category Forms
 */
export interface PublishedReply {
  /** The reporting state. */
  readonly reporter: string;
  /** The catalogue version. */
  readonly catalogue: string;
  /** The year reported on. */
  readonly year: number;
  /** The report's access mark (`"member-states"` when it has none). */
  readonly access: Access;
  /** The public report, when there is one to publish (see {@link publish}). */
  readonly report: NationalReport | undefined;
}

/**
 * The open-data view of a year made by {@link publish}: the public reports, the tables, the data
 * dictionary and, for each report, what was withheld.
 *
 * @example
 * const publication: Publication = publish([], { year: 2025 });
 * publication.reports.length
 * //=> 0
 *
 * @category Forms
 */
export interface Publication {
  /** The year published. */
  readonly year: number;
  /** Every report of the year, by reporter and catalogue version: that the state replied, and its access. */
  readonly replies: readonly PublishedReply[];
  /**
   * The public reports, each a valid report with only its public parts and without `extensions`,
   * by reporter and catalogue version: what `reports.ndjson` holds, one a line.
   */
  readonly reports: readonly NationalReport[];
  /** For each report of the year, in the order of `replies`, what was withheld. */
  readonly withheld: readonly WithheldDeclaration[];
  /** The tables, for {@link toCsv} or {@link toMarkdown}; headings in the language asked for. */
  readonly tables: Readonly<Record<PublicationTableName | "dictionary", Table>>;
  /** Every column of the four data tables: its name, type, and meaning in English and Russian. */
  readonly dictionary: readonly PublicationColumn[];
}

/** The fields of each part that may be published: an allow list, so a field not named here is never published. */
const REPORT_FIELDS = new Set(["schema", "id", "reporter", "catalogue", "year", "revision", "submittedOn", "nil", "access", "entries"]);
const ENTRY_FIELDS = new Set(["measure", "status", "access", "nothingNewSince", "activities", "remarks"]);
const ACTIVITY_FIELDS = new Set(["title", "kind", "from", "to", "partners", "venue", "evidence", "access"]);
const EVIDENCE_FIELDS = new Set(["uri", "title"]);

/**
 * The allowed fields of `part`, in its own order, each through `map` (which may drop it by
 * returning `undefined`).
 */
function allowed<TPart extends object>(part: TPart, fields: ReadonlySet<string>, map: (key: string, value: unknown) => unknown = (_, value) => value): TPart {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(part)) {
    if (!fields.has(key) || value === undefined) continue;
    const kept = map(key, value);
    if (kept !== undefined) out[key] = kept;
  }
  return out as TPart;
}

const publicEvidence = (evidence: ReportEvidence): ReportEvidence => allowed(evidence, EVIDENCE_FIELDS);
const publicActivity = (activity: ReportActivity): ReportActivity =>
  allowed(activity, ACTIVITY_FIELDS, (key, value) =>
    key === "partners" ? [...(value as readonly string[])] : key === "evidence" ? (value as readonly ReportEvidence[]).map(publicEvidence) : value,
  );

/** A public report's public parts, and what was withheld of it. */
function publicReport(report: NationalReport): { readonly report: NationalReport; readonly declaration: WithheldDeclaration } {
  const entries: ReportEntry[] = [];
  const withheldMeasures: string[] = [];
  let activitiesWithheld = 0;
  report.entries.forEach((entry, e) => {
    if (accessOf(report, e) !== "public") {
      withheldMeasures.push(entry.measure);
      return;
    }
    entries.push(
      allowed(entry, ENTRY_FIELDS, (key, value) => {
        if (key !== "activities") return value;
        const all = value as readonly ReportActivity[];
        const kept: ReportActivity[] = [];
        all.forEach((activity, a) => {
          if (accessOf(report, e, a) === "public") kept.push(publicActivity(activity));
          else activitiesWithheld++;
        });
        // A list emptied by withholding is left out, as if the entry listed none.
        return kept.length === 0 && all.length > 0 ? undefined : kept;
      }),
    );
  });
  const published = allowed(report, REPORT_FIELDS, (key, value) => (key === "entries" ? entries : value));
  const declaration: WithheldDeclaration = {
    reporter: report.reporter,
    catalogue: report.catalogue,
    year: report.year,
    id: report.id,
    reportWithheld: false,
    entriesWithheld: withheldMeasures.length,
    activitiesWithheld,
    extensionsWithheld: report.extensions !== undefined,
    withheldMeasures,
  };
  return { report: published, declaration };
}

/** A table of `table`'s columns, headed in `code`'s language. */
function tableOf(table: PublicationTableName, code: string, rows: readonly Readonly<Record<string, TableCell>>[]): Table {
  const columns = PUBLICATION_COLUMNS.filter((column) => column.table === table).map((column) => ({
    key: column.name,
    label: code === "ru" ? column.heading.ru : column.heading.en,
  }));
  return { columns, rows };
}

/**
 * The open-data view of a year: the public parts of the current revisions, as reports, as tables
 * of replies, entries and activities, with a data dictionary and, for each report, a declaration of
 * what was withheld (as the ATT's public reports declare that sensitive data was withheld).
 *
 * The current revision of each report is the one every aggregate counts: a revision submitted
 * twice with different content is not counted, the highest clean revision is (by `asOf`, when
 * given). What is published of it:
 *
 * - **The safe default.** A report not marked `access: "public"` is withheld whole: only the fact
 *   that the state replied for the year is published (reporter, catalogue version, year, and that
 *   it is withheld): not its id, its dates, its entries or how many there are.
 * - Inside a public report, an entry or activity marked `"member-states"` is withheld (an unmarked
 *   one takes the access of what holds it; see {@link accessOf}). A withheld entry's measure id is
 *   not a secret and is listed in the declaration; its status, remarks and activities are withheld.
 *   A withheld activity is withheld whole.
 * - `extensions` are never published, whatever the marks; the declaration says whether there were any.
 * - Text a state repeats in a public part (a withheld activity's title quoted in a public remark)
 *   is the state's own choice and is published as written.
 * - A public report whose every entry is withheld is not among `reports` (a report with no entries
 *   is not a valid report unless it is a nil report); its reply and declaration are published.
 *
 * Every published report is a valid report (the source's reports are taken to be valid, as the
 * aggregates take them), built field by field from the fields the report format defines, so a
 * field unknown to this version of the library is never published. Pure: the source is not changed
 * and the result, frozen, is the same whatever the order of the source.
 *
 * @param source - The reports: a ledger or an iterable of revisions (not a summary: it holds no
 *   text to publish).
 * @param options - The year; the catalogues and registry; the language of the headings; `asOf`.
 * @returns The publication.
 * @throws {@link CbmError} `invalid-argument` for a year that is not an integer from 1 to 9999, an
 *   `asOf` that is not a date, a summary or another kind of source, or a language that is not one.
 *
 * @example
 * const base = { schema: "cica-cbm/report@2", catalogue: "cica@2021", year: 2025, revision: 1, submittedOn: "2026-03-01" } as const;
 * const kz = { ...base, id: "KZ-2025", reporter: "KZ", access: "public", entries: [
 *   { measure: "HUM.4", status: "implemented", remarks: "Student exchanges" },
 *   { measure: "2.1.2", status: "planned", access: "member-states", remarks: "Not for the public" },
 * ] } as const;
 * const uz = { ...base, id: "UZ-2025", reporter: "UZ", entries: [{ measure: "HUM.4", status: "implemented" }] } as const;
 * const publication = publish([kz, uz], { year: 2025, context: cica });
 * publication.reports.map((r) => r.entries.map((e) => e.measure))
 * //=> [["HUM.4"]]
 * publication.withheld.map((w) => [w.reporter, w.reportWithheld, w.withheldMeasures])
 * //=> [["KZ", false, ["2.1.2"]], ["UZ", true, []]]
 *
 * @category Forms
 */
export function publish(source: Ledger | Iterable<NationalReport>, options: PublishOptions): Publication {
  if (typeof options !== "object" || options === null) {
    throw new CbmError("invalid-argument", "publish: pass options with the year to publish, e.g. publish(reports, { year: 2025, context: cica }).");
  }
  const { year, asOf, context } = options;
  assertQueryYear(year, "publish");
  assertOptionalDate(asOf, "publish", "asOf");
  if (context !== undefined) assertContext(context, "publish", { place: "as options.context", call: "publish(reports, { year: 2025, context: cica })" });
  if (isSummary(source)) {
    throw new CbmError("invalid-argument", "publish: pass the reports (a ledger or a list), not a summary: a summary holds none of the text to publish.");
  }
  const locale = labelsOf(options.lang, "publish", "options.lang");
  const catalogues = context === undefined ? [] : cataloguesOf(context);
  const registry = context?.registry;
  // Each catalogue's measures by id, made once per catalogue version met.
  const dimensions = new Map<string, ReadonlyMap<string, string>>();
  const dimensionOf = (ref: string, measure: string) => {
    let byId = dimensions.get(ref);
    if (byId === undefined) {
      const catalogue: Catalogue | undefined = catalogues.find((c) => c.ref === ref);
      byId = new Map((catalogue?.measures ?? []).map((m) => [m.id, m.dimension]));
      dimensions.set(ref, byId);
    }
    return byId.get(measure);
  };

  const replies: PublishedReply[] = [];
  const reports: NationalReport[] = [];
  const withheld: WithheldDeclaration[] = [];
  const replyRows: Record<string, TableCell>[] = [];
  const entryRows: Record<string, TableCell>[] = [];
  const activityRows: Record<string, TableCell>[] = [];
  const withheldRows: Record<string, TableCell>[] = [];

  for (const { reporter, catalogue, settled } of settledReports(source, year, asOf)) {
    const current = settled.counted?.value;
    if (current === undefined) continue;
    const key = { reporter, catalogue, year };
    const access = accessOf(current);
    const state = nameIn(registry, reporter, locale);
    if (access !== "public") {
      const declaration: WithheldDeclaration = {
        ...key,
        id: undefined,
        reportWithheld: true,
        entriesWithheld: undefined,
        activitiesWithheld: undefined,
        extensionsWithheld: undefined,
        withheldMeasures: [],
      };
      replies.push({ ...key, access, report: undefined });
      withheld.push(declaration);
      replyRows.push({ ...key, state, access, published: false });
      withheldRows.push({ ...key, reportWithheld: true });
      continue;
    }
    const { report, declaration } = publicReport(current);
    const shown = report.nil === true || report.entries.length > 0 ? report : undefined;
    replies.push({ ...key, access, report: shown });
    if (shown) reports.push(shown);
    withheld.push(declaration);
    replyRows.push({
      ...key,
      state,
      access,
      published: shown !== undefined,
      id: report.id,
      revision: report.revision,
      submittedOn: report.submittedOn,
      nil: report.nil === true,
      entries: report.entries.length,
    });
    withheldRows.push({
      ...key,
      id: declaration.id,
      reportWithheld: false,
      entriesWithheld: declaration.entriesWithheld,
      activitiesWithheld: declaration.activitiesWithheld,
      extensionsWithheld: declaration.extensionsWithheld,
      withheldMeasures: declaration.withheldMeasures.join(" "),
    });
    for (const entry of report.entries) {
      entryRows.push({
        ...key,
        measure: entry.measure,
        dimension: dimensionOf(catalogue, entry.measure),
        status: entry.status,
        nothingNewSince: entry.nothingNewSince,
        remarks: entry.remarks,
        activities: entry.activities?.length ?? 0,
      });
      for (const activity of entry.activities ?? []) {
        activityRows.push({
          ...key,
          measure: entry.measure,
          title: activity.title,
          kind: activity.kind,
          from: activity.from,
          to: activity.to,
          partners: activity.partners?.join(" "),
          venue: activity.venue,
          evidence: activity.evidence?.map((e) => e.uri).join(" "),
        });
      }
    }
  }

  const code = locale.code;
  const dictionary = PUBLICATION_COLUMNS;
  const dictionaryTable: Table = {
    columns: DICTIONARY_HEADINGS.map(([key, en, ru]) => ({ key, label: code === "ru" ? ru : en })),
    rows: PUBLICATION_TABLES.flatMap((table) =>
      dictionary
        .filter((column) => column.table === table)
        .map((column) => ({
          table,
          column: column.name,
          heading: code === "ru" ? column.heading.ru : column.heading.en,
          type: column.type,
          meaningEn: column.meaning.en,
          meaningRu: column.meaning.ru,
        })),
    ),
  };
  return deepFreeze({
    year,
    replies,
    reports,
    withheld,
    tables: {
      replies: tableOf("replies", code, replyRows),
      entries: tableOf("entries", code, entryRows),
      activities: tableOf("activities", code, activityRows),
      withheld: tableOf("withheld", code, withheldRows),
      dictionary: dictionaryTable,
    },
    dictionary: dictionary.map((column) => ({ ...column })),
  });
}
