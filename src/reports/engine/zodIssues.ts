import { own, shortText, type JsonPath } from "../../internal/json.js";
import { EVIDENCE_URI_PATTERN, EVIDENCE_URI_UNSAFE } from "../patterns.js";
import { REPORT_SCHEMA_ID, REPORT_SCHEMA_V1 } from "../schemaIds.js";
import { codePoints } from "./codePoints.js";
import { keyFor, received as receivedOf } from "./received.js";
import type { IssueCollector } from "./IssueCollector.js";

/** Where an unknown key sits, by how many keys deep its object is. */
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
    ({ string: "a text", number: "a number", boolean: "true or false", array: "a list", object: "an object", record: "an object" } as Record<string, string>)[
      expected
    ] ?? expected
  );
}

/** What an access mark must be (the only value list of the format besides `schema`). */
const ACCESS_EXPECTED = '"public" or "member-states"';

/** The fields report@2 added, by depth: the report's, an entry's, an activity's. */
const REPORT2_FIELDS: readonly (readonly string[])[] = [["access"], ["access", "nothingNewSince"], ["access"]];

/** Whether a key unknown in a report@1 is a field of report@2 at that depth. */
function isReport2Field(key: string, depth: number): boolean {
  return REPORT2_FIELDS[depth]?.includes(key) ?? false;
}

/**
 * One problem of a report's structure as zod words it (a zod issue is one), and as the format's
 * own structure check (checkStructure.ts) makes it, so that both pass through the same mapping.
 */
export interface StructureIssue {
  /** zod's issue code: `invalid_type`, `invalid_value`, `too_small`, `too_big`, `invalid_format`, `unrecognized_keys`… */
  readonly code: string;
  /** Where, from the report. */
  readonly path: readonly PropertyKey[];
  /** `invalid_type`: the type expected (`string`, `number`, `int`, `boolean`, `array`, `object`, `record`). */
  readonly expected?: string | undefined;
  /** `too_small`, `too_big`: what was measured (`string`, `array`, `number`, `int`). */
  readonly origin?: string | undefined;
  /** `too_big`: the limit. */
  readonly maximum?: number | bigint | undefined;
  /** `unrecognized_keys`: the keys, in the object's order. */
  readonly keys?: readonly string[] | undefined;
}

/** Turns one issue of the structure (a zod issue, or one of checkStructure's) into the report issue a reader can act on. */
export function mapZodIssue(issue: StructureIssue, view: unknown, collector: IssueCollector): void {
  const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)) as (string | number)[];
  const value = valueAt(view, issue.path);
  const received = receivedOf(value);
  const last = path[path.length - 1];
  switch (issue.code) {
    case "unrecognized_keys": {
      const depth = path.filter((key) => typeof key === "string").length;
      const v1 = own(view, "schema") === REPORT_SCHEMA_V1;
      for (const key of issue.keys ?? []) {
        if (v1 && isReport2Field(key, depth)) {
          collector.add("field.unknown", [...path, key], { key, where: WHERE[depth]!, schema: REPORT_SCHEMA_ID }, "field.unknown.version");
          continue;
        }
        collector.add(
          "field.unknown",
          [...path, key],
          { key: shortText(key), where: WHERE[Math.min(depth, 3)]! },
          path.length === 0 ? "field.unknown.top" : "field.unknown",
        );
      }
      return;
    }
    case "invalid_value":
      if (value === undefined) collector.add("field.missing", path);
      else if (last !== "schema") collector.add("field.type", path, { expected: ACCESS_EXPECTED, received }, keyFor("field.type", value));
      else collector.add("schema.unsupported", path, { received }, keyFor("schema.unsupported", value));
      return;
    case "invalid_type":
      if (value === undefined) collector.add("field.missing", path);
      else collector.add("field.type", path, { expected: expectedOf(issue.path, issue.expected ?? ""), received }, keyFor("field.type", value));
      return;
    case "too_small":
      if (issue.origin === "string") collector.add("field.empty", path);
      else if (last === "revision") collector.add("revision.below-one", path, { received });
      else collector.add("field.value", path, { min: 1000, max: 9999, received });
      return;
    case "too_big":
      if (issue.origin === "string")
        collector.add("field.too-long", path, { length: typeof value === "string" ? codePoints(value) : 0, max: Number(issue.maximum) });
      else if (issue.origin === "array") collector.add("field.too-many", path, { length: Array.isArray(value) ? value.length : 0, max: Number(issue.maximum) });
      else if (last === "revision") collector.add("field.value", path, { min: 1, max: Number.MAX_SAFE_INTEGER, received });
      else collector.add("field.value", path, { min: 1000, max: 9999, received });
      return;
    case "invalid_format":
      if (last === "uri") checkEvidenceUri(typeof value === "string" ? value : "", path, collector);
      else collector.add("field.date", path, { received: String(received) });
      return;
    default:
      collector.add("field.type", path, { expected: "a valid value", received }, keyFor("field.type", value));
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
    collector.add("evidence.scheme", path, { received: String(receivedOf(uri)).replace(UNSAFE_URI_CHARACTERS, (c) => `\\u${hex(c).toLowerCase()}`) });
  }
}
