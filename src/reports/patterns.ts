// The patterns of a report's dates and evidence links: plain regular expressions, apart from the
// zod schemas (schema.ts), so that the structure check of validateReport reads them without zod.

/**
 * A real calendar date `YYYY-MM-DD`, years 0001–9999, leap years included; the same pattern goes
 * into the JSON Schema, so that tools in other languages reject `2023-02-29` too.
 * @internal
 */
export const DATE_PATTERN =
  /^(?!0000)(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))$/;

/**
 * The characters an evidence link must not hold, besides white space: control characters (C0,
 * DEL, C1), the bidirectional marks, embeddings, overrides and isolates that reorder what a reader
 * sees, and the invisible ones (soft hyphen, zero-width space, non-joiner and joiner, word joiner
 * and the invisible operators, the Mongolian vowel separator, the interlinear annotation marks).
 * Written as `\u` ranges of the Basic Multilingual Plane so that the JSON Schema's pattern reads
 * the same in every regular-expression dialect. @internal
 */
export const EVIDENCE_URI_UNSAFE =
  "\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb";

/** An evidence link: http, https or urn, in any case, with no white space and no {@link EVIDENCE_URI_UNSAFE} character. @internal */
export const EVIDENCE_URI_PATTERN = new RegExp(`^(?:[hH][tT][tT][pP][sS]?:\\/\\/[^\\s${EVIDENCE_URI_UNSAFE}]+|[uU][rR][nN]:[^\\s${EVIDENCE_URI_UNSAFE}]+)$`);
