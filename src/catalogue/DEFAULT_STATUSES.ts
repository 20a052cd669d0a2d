import type { StatusDefinition } from "./types.js";

/**
 * The default status vocabulary, on an ordinal scale: `not-started` (0) < `planned` (1) <
 * `in-progress` (2) < `partially-implemented` (3) < `implemented` (4), plus `not-applicable`
 * outside the scale (score `null`). Russian labels are working translations.
 *
 * @example
 * DEFAULT_STATUSES.map((s) => s.id)
 * //=> ["not-started", "planned", "in-progress", "partially-implemented", "implemented", "not-applicable"]
 *
 * @category Catalogue
 */
export const DEFAULT_STATUSES: readonly [
  StatusDefinition<"not-started">,
  StatusDefinition<"planned">,
  StatusDefinition<"in-progress">,
  StatusDefinition<"partially-implemented">,
  StatusDefinition<"implemented">,
  StatusDefinition<"not-applicable">,
] = Object.freeze([
  Object.freeze({ id: "not-started", label: Object.freeze({ en: "Not started", ru: "Не начато" }), score: 0 }),
  Object.freeze({ id: "planned", label: Object.freeze({ en: "Planned", ru: "Запланировано" }), score: 1 }),
  Object.freeze({ id: "in-progress", label: Object.freeze({ en: "In progress", ru: "Выполняется" }), score: 2 }),
  Object.freeze({ id: "partially-implemented", label: Object.freeze({ en: "Partially implemented", ru: "Выполнено частично" }), score: 3 }),
  Object.freeze({ id: "implemented", label: Object.freeze({ en: "Implemented", ru: "Выполнено" }), score: 4 }),
  Object.freeze({ id: "not-applicable", label: Object.freeze({ en: "Not applicable", ru: "Неприменимо" }), score: null }),
] as const);

/**
 * The ids of {@link DEFAULT_STATUSES}.
 *
 * @example
 * const status: DefaultStatusId = "in-progress";
 *
 * @category Catalogue
 */
export type DefaultStatusId = (typeof DEFAULT_STATUSES)[number]["id"];
