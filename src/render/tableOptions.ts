import type { Lang } from "../common/types.js";
import type { Locale } from "../i18n/Locale.js";
import { textIn } from "../i18n/localize.js";
import { registryIndex } from "../participants/registryIndex.js";
import type { Registry } from "../participants/types.js";

/**
 * Options of the table builders: the language of headings and names, and the registry that names
 * the states (codes are shown alone without it). A language code other than `en` and `ru` throws a
 * {@link CbmError} (`invalid-argument`).
 *
 * @example
 * const options: TableOptions = { lang: "ru", registry: cica.registry };
 *
 * @category Rendering
 */
export interface TableOptions {
  /** Language of headings, names and words: `"en"` (default), `"ru"`, or a {@link Locale} value. */
  readonly lang?: Lang | Locale;
  /** The registry, to name states. */
  readonly registry?: Registry;
}

/** A participant's name in a language, or its code. */
export function nameIn(registry: Registry | undefined, code: string, locale: { readonly code: string }): string {
  const participant = registry ? registryIndex(registry).byCode.get(code) : undefined;
  if (!participant) return code;
  return textIn(participant.name, locale.code);
}
