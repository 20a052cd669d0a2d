import type { Catalogue } from "../catalogue/types.js";
import type { Access } from "../reports/schema.js";
import { CbmError } from "../errors/CbmError.js";
import { DRAFT_SCHEMA_ID, type ReportDraft } from "./ReportDraft.js";

/**
 * What {@link createDraft} takes: the state, the year and the catalogue version the report is for.
 *
 * @example
 * const options: CreateDraftOptions = { reporter: "KZ", year: 2025, catalogue: cica.catalogues["cica@2021"] };
 *
 * @category Forms
 */
export interface CreateDraftOptions {
  /** The reporting state's ISO alpha-2 code (checked against the registry by {@link validateDraft}). */
  readonly reporter: string;
  /** The calendar year reported on. */
  readonly year: number;
  /** The catalogue version: its reference (`"cica@2021"`) or the catalogue itself. */
  readonly catalogue: string | Catalogue;
  /** The report's id; `REPORTER-YEAR` (`"KZ-2025"`) when left out. */
  readonly id?: string;
  /** Who may read the report once sent; left out, it is for member states only. */
  readonly access?: Access;
}

/**
 * A new, empty draft of a national report for one state, year and catalogue version: the object
 * a form fills step by step (add entries, set their statuses, add activities), then checks with
 * {@link validateDraft} and turns into a report with {@link finalizeDraft}. It is a plain mutable
 * object: change it in place or copy it, save it with `JSON.stringify` and load it with
 * `JSON.parse`. Nothing is checked against the registry or the catalogue here: the draft is
 * validated when the form asks.
 *
 * @param options - The state, the year, the catalogue, and optionally the id and the access.
 * @returns A new draft with no entries.
 * @throws {@link CbmError} `invalid-argument` when the reporter or the catalogue is not a text, or
 *   the year is not a whole number (misuse: a form picks them from lists).
 *
 * @example
 * const draft = createDraft({ reporter: "KZ", year: 2025, catalogue: "cica@2021" });
 * draft
 * //=> {"schema": "cica-cbm/draft@1", "id": "KZ-2025", "reporter": "KZ", "catalogue": "cica@2021", "year": 2025, "entries": []}
 *
 * @category Forms
 */
export function createDraft(options: CreateDraftOptions): ReportDraft {
  if (typeof options !== "object" || options === null) {
    throw new CbmError(
      "invalid-argument",
      'createDraft: pass { reporter, year, catalogue }, e.g. createDraft({ reporter: "KZ", year: 2025, catalogue: "cica@2021" }).',
    );
  }
  const { reporter, year, id, access } = options;
  const catalogue = typeof options.catalogue === "object" && options.catalogue !== null ? options.catalogue.ref : options.catalogue;
  if (typeof reporter !== "string" || reporter === "") throw new CbmError("invalid-argument", 'createDraft: reporter must be a state\'s code, e.g. "KZ".');
  if (!Number.isInteger(year)) throw new CbmError("invalid-argument", `createDraft: year must be a whole number, e.g. 2025; it is ${String(year)}.`);
  if (typeof catalogue !== "string" || catalogue === "") {
    throw new CbmError("invalid-argument", 'createDraft: catalogue must be a catalogue version\'s reference, e.g. "cica@2021", or the catalogue itself.');
  }
  if (id !== undefined && typeof id !== "string") throw new CbmError("invalid-argument", "createDraft: id must be a text when it is given.");
  if (access !== undefined && access !== "public" && access !== "member-states") {
    throw new CbmError("invalid-argument", 'createDraft: access must be "public" or "member-states" when it is given.');
  }
  return {
    schema: DRAFT_SCHEMA_ID,
    id: id ?? `${reporter}-${year}`,
    reporter,
    catalogue,
    year,
    ...(access !== undefined ? { access } : {}),
    entries: [],
  };
}
