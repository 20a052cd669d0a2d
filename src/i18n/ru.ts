import { RU_FIELDS } from "./fields.js";
import { RU_LABELS } from "./labels.js";
import type { Locale } from "./Locale.js";
import { RU_CSV, RU_LEDGER, RU_DRAFT, RU_MIGRATION, RU_PLAN, RU_REPORT, RU_TERMS } from "./messages.js";

/**
 * Russian, CICA's other working language. Its texts are working translations made for this
 * library, not official CICA texts.
 *
 * @example
 * ru.labels.table.state
 * //=> "Государство"
 *
 * @category Languages
 */
export const ru: Locale = {
  code: "ru",
  messages: /* @__PURE__ */ Object.assign({}, RU_REPORT, RU_LEDGER, RU_MIGRATION, RU_DRAFT, RU_CSV, RU_PLAN),
  fields: RU_FIELDS,
  terms: RU_TERMS,
  labels: RU_LABELS,
};
