import type { Access } from "../reports/schema.js";

/**
 * The format tag of a report draft: `"cica-cbm/draft@1"`. A draft is not a report: a validator of
 * reports rejects it, and {@link finalizeDraft} turns a complete one into a report.
 *
 * @example
 * DRAFT_SCHEMA_ID
 * //=> "cica-cbm/draft@1"
 *
 * @category Forms
 */
export const DRAFT_SCHEMA_ID = "cica-cbm/draft@1";

/**
 * A national report as a form fills it, step by step: a plain, mutable, JSON-serialisable object
 * for one state, one year and one catalogue version, which a form may save to a file
 * (`JSON.stringify`) and load again. What the form has not filled yet is left out (or is an empty
 * text `""`, as a cleared input gives): {@link validateDraft} lists it as missing, never as an
 * error. The day of submission and the revision are not part of it: {@link finalizeDraft} adds them.
 *
 * Made by {@link createDraft} or {@link carryForward}; the fields mirror those of a
 * {@link NationalReport}, which {@link finalizeDraft} makes of it.
 *
 * @example
 * const draft: ReportDraft = createDraft({ reporter: "KZ", year: 2025, catalogue: "cica@2021" });
 * draft.entries.push({ measure: "2.1.2" });
 * draft.entries[0]!.status = "implemented";
 * draft.entries.length
 * //=> 1
 *
 * @category Forms
 */
export interface ReportDraft {
  /** The format tag: `"cica-cbm/draft@1"`. */
  schema: typeof DRAFT_SCHEMA_ID;
  /** The report's id, the same in every revision (`createDraft` proposes `KZ-2025`). */
  id?: string;
  /** The reporting state: ISO 3166-1 alpha-2 code of a participant. */
  reporter: string;
  /** The catalogue version reported against, e.g. `"cica@2021"`. */
  catalogue: string;
  /** The calendar year reported on. */
  year: number;
  /** `true` for an explicit "nothing to report": a nil report has no entries. */
  nil?: boolean;
  /** Who may read the report once sent: `"member-states"` (the default when left out) or `"public"`. */
  access?: Access;
  /** One entry per measure reported on, in the order the form shows them. */
  entries: DraftEntry[];
  /** The reporter's own data, kept verbatim (JSON values only). */
  extensions?: Record<string, unknown>;
}

/**
 * One entry of a {@link ReportDraft}: a measure and its status, as far as the form has filled them.
 *
 * @example
 * const entry: DraftEntry = { measure: "HUM.4" };
 * entry.status = "in-progress";
 *
 * @category Forms
 */
export interface DraftEntry {
  /** The measure's id in the draft's catalogue version (see `reportableMeasures`). */
  measure?: string;
  /** Its status, from the catalogue's status vocabulary. */
  status?: string;
  /** "Nothing new to declare since" this year (before the draft's year); the status still stands. */
  nothingNewSince?: number;
  /** Who may read the entry: left out, it takes the report's access. */
  access?: Access;
  /** The activities carried out under it this year. */
  activities?: DraftActivity[];
  /** Free text. */
  remarks?: string;
}

/**
 * One activity of a {@link DraftEntry}, as far as the form has filled it.
 *
 * @example
 * const activity: DraftActivity = { kind: "visit" };
 * activity.title = "Defence college visit";
 * activity.from = "2025-04-10";
 *
 * @category Forms
 */
export interface DraftActivity {
  /** What it was. */
  title?: string;
  /** What kind of activity (see `DEFAULT_ACTIVITY_KINDS`). */
  kind?: string;
  /** Its first day, `YYYY-MM-DD`. */
  from?: string;
  /** Its last day, when it lasted more than one. */
  to?: string;
  /** The partner participants' codes (ISO alpha-2 for states). */
  partners?: string[];
  /** Where it took place. */
  venue?: string;
  /** Links to public evidence. */
  evidence?: DraftEvidence[];
  /** Who may read the activity: left out, it takes its entry's access. */
  access?: Access;
}

/**
 * A link to public evidence of a {@link DraftActivity}: an `http(s)` URL or a `urn:`.
 *
 * @example
 * const link: DraftEvidence = { uri: "https://example.org/press/2025-04-10" };
 * link.title = "Press release";
 *
 * @category Forms
 */
export interface DraftEvidence {
  /** The link. */
  uri?: string;
  /** What it is. */
  title?: string;
}
