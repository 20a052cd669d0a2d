import { EN_FIELDS } from "./fields.js";
import { EN_LABELS } from "./labels.js";
import type { Locale } from "./Locale.js";
import { EN_CSV, EN_LEDGER, EN_DRAFT, EN_MIGRATION, EN_PLAN, EN_REPORT } from "./messages.js";

/**
 * English: the library's first language, and the one every other falls back to.
 *
 * @example
 * en.labels.table.state
 * //=> "State"
 *
 * @category Languages
 */
export const en: Locale = {
  code: "en",
  messages: /* @__PURE__ */ Object.assign({}, EN_REPORT, EN_LEDGER, EN_MIGRATION, EN_DRAFT, EN_CSV, EN_PLAN),
  fields: EN_FIELDS,
  labels: EN_LABELS,
};
