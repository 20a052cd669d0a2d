import { CbmError } from "../errors/CbmError.js";
import { prepareContext } from "../reports/engine/prepareContext.js";
import type { ReportIssue, ValidationContext } from "../reports/types.js";
import { readDraft } from "./draftReport.js";

/**
 * What {@link validateDraft} takes besides the draft and the context.
 *
 * @example
 * const options: ValidateDraftOptions = { entry: 0 };
 *
 * @category Forms
 */
export interface ValidateDraftOptions {
  /**
   * The index of one entry to check alone, as a form step does: only that entry's issues and
   * missing fields are given (a measure reported twice is an issue of the later entry).
   * Left out, the whole draft is checked.
   */
  readonly entry?: number;
}

/**
 * What {@link validateDraft} gives: what is wrong in what is filled (`issues`), and what must still
 * be filled before the draft can become a report (`missing`).
 *
 * @example
 * const result: DraftValidation = validateDraft(createDraft({ reporter: "KZ", year: 2025, catalogue: "cica@2021" }), cica);
 * [result.ok, result.complete]
 * //=> [true, false]
 *
 * @category Forms
 */
export interface DraftValidation {
  /** No issue is an error: what is filled is right (something may still be missing). */
  readonly ok: boolean;
  /** The value is a draft and nothing is missing (`missing` is empty). A draft that is `ok` and `complete` can be finalized. */
  readonly complete: boolean;
  /**
   * The errors and warnings of what is filled: the issues {@link validateReport} gives the report
   * the draft would become, at the same paths, with the same rules and messages. A value that is
   * not a draft gets one `draft.type` error.
   */
  readonly issues: readonly ReportIssue[];
  /**
   * What is not filled yet, each located at its path with a message: a required field left out or
   * cleared (`field.missing`), an item of a list left empty (`field.empty`, such as a partner's
   * code), or no entries in a draft that is not nil (`entries.empty`). The day of submission and
   * the revision are never missing: {@link finalizeDraft} gives them.
   */
  readonly missing: readonly ReportIssue[];
}

/**
 * Checks a draft as a form fills it, without failing on what is not filled yet: what is filled
 * gets the issues {@link validateReport} would give the report (same rules, paths and messages, in
 * the context's language: `"en"`, `"ru"` or a `Locale`), and what is not filled is listed in
 * `missing`. A field is not filled when it is left out or is an empty text `""` (a cleared input).
 * Pass `{ entry: n }` to check one entry as a form step does.
 *
 * Any value is accepted, such as a file a user loads: a value that is not a draft (not an object,
 * or not tagged `cica-cbm/draft@1`) gets one `draft.type` issue, never an exception. The draft is
 * never changed.
 *
 * @param draft - The draft (any value: a loaded file is checked too).
 * @param context - The catalogues and the registry (`cica`), and optionally `today` and `lang`, as
 *   for {@link validateReport}.
 * @param options - `entry`: the index of one entry to check alone.
 * @returns `{ ok, complete, issues, missing }`.
 * @throws {@link CbmError} only on misuse: a context {@link validateReport} would refuse, or an
 *   `entry` that is not a whole number from 0.
 *
 * @example
 * const draft = createDraft({ reporter: "KZ", year: 2025, catalogue: "cica@2021" });
 * draft.entries.push({ measure: "2.1.2" }, { measure: "HUM.9", status: "implemented" });
 * const all = validateDraft(draft, cica);
 * all.issues.map((issue) => [issue.rule, issue.path.join(".")])
 * //=> [["measure.unknown", "entries.1.measure"]]
 * all.missing.map((item) => item.path.join("."))
 * //=> ["entries.0.status"]
 * const step = validateDraft(draft, { ...cica, lang: "ru" }, { entry: 0 });
 * [step.issues.length, step.missing[0]?.message]
 * //=> [0, "Отсутствует поле «статус записи 1» (\"entries[0].status\"). Добавьте его."]
 *
 * @category Forms
 */
export function validateDraft(draft: unknown, context: ValidationContext, options: ValidateDraftOptions = {}): DraftValidation {
  const prepared = prepareContext(context, "validateDraft");
  const entry = options?.entry;
  if (entry !== undefined && !(Number.isInteger(entry) && entry >= 0)) {
    throw new CbmError("invalid-argument", `validateDraft: options.entry must be an entry's index, a whole number from 0; it is ${String(entry)}.`);
  }
  const { issues, missing } = readDraft(draft, prepared, undefined, entry === undefined ? undefined : ["entries", entry]);
  const notDraft = issues.some((issue) => issue.rule === "draft.type");
  return { ok: !issues.some((issue) => issue.severity === "error"), complete: !notDraft && missing.length === 0, issues, missing };
}
