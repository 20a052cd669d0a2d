import type * as z from "zod/mini";
import { own, shortText, type JsonPath } from "../internal/json.js";
import type { IssueCollector } from "../reports/engine/index.js";
import { keyFor, received as receivedOf } from "../reports/engine/received.js";
import { mapZodIssue } from "../reports/engine/zodIssues.js";
import { DIMENSIONS } from "../dimensions/DIMENSIONS.js";
import { PlanShape } from "./schema.js";

/** What holds an unknown key, by the key that leads to it. */
const WHERE: Readonly<Record<string, string>> = { title: "an event's title", outcome: "an event's outcome" };
const FORMATS = ["offline", "online", "hybrid"];
const STATUSES = ["held", "postponed", "cancelled", "merged"];
const DIMENSION_IDS = DIMENSIONS.map((dimension) => dimension.id);

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) value = own(value, String(key));
  return value;
}

/**
 * Runs the plan's zod schema on a view of the plan and turns each zod issue into the issue a
 * reader can act on: the report's engine (`mapZodIssue`) for what plans and reports share, and
 * the plan's own words for its fields (the format tag, an unknown key, a planned date, a format or
 * an outcome outside its vocabulary, an outcome held without dates, a dimension that is not a
 * text). An unknown dimension is left to the contextual rules, which suggest the one meant.
 */
export function parsePlanStructure(view: Record<string, unknown>, collector: IssueCollector): void {
  const parsed = PlanShape.safeParse(view);
  if (!parsed.success) for (const issue of parsed.error.issues) mapPlanIssue(issue, view, collector);
}

function mapPlanIssue(issue: z.core.$ZodIssue, view: unknown, collector: IssueCollector): void {
  const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)) as (string | number)[];
  const value = valueAt(view, path);
  const last = path[path.length - 1];
  // The names read below are each at one place of the schema: `schema` and `revision` are the
  // plan's, `format`, `dimension`, `planned` and `outcome` an event's (events.N.…).
  const outcome = path[2] === "outcome" ? own(valueAt(view, path.slice(0, 3)), "status") : undefined;
  const received = receivedOf(value);
  switch (issue.code) {
    case "unrecognized_keys":
      for (const key of issue.keys) {
        const at: JsonPath = [...path, key];
        if (path.length === 0) collector.add("field.unknown", at, { key: shortText(key), where: "the plan" }, "field.unknown.plan");
        else collector.add("field.unknown", at, { key: shortText(key), where: WHERE[String(last)] ?? "an event" });
      }
      return;
    case "invalid_value":
      if (value === undefined) collector.add("field.missing", path);
      else if (last === "schema") collector.add("schema.unsupported", path, { received }, keyFor("schema.unsupported.plan", value));
      else if (last === "format") collector.add("plan.value-unknown", path, { received, known: FORMATS }, keyFor("plan.value-unknown", value));
      // The other vocabulary is an event's dimension. An unknown one is the contextual rule
      // plan.dimension-unknown, with a suggestion; one that is not a text is named here.
      else if (typeof value !== "string") collector.add("plan.dimension-unknown", path, { received: String(received), known: DIMENSION_IDS });
      return;
    case "invalid_union":
      if (value === undefined) collector.add("field.missing", path);
      else collector.add("plan.value-unknown", path, { received, known: STATUSES }, keyFor("plan.value-unknown", value));
      return;
    case "invalid_type":
      if (outcome === "held" && last === "from" && value === undefined) collector.add("plan.held-without-dates", path.slice(0, -1));
      else mapZodIssue(issue, view, collector);
      return;
    case "invalid_format":
      if (last === "planned" || (outcome === "postponed" && last === "to")) collector.add("plan.planned-date", path, { received: String(received) });
      else mapZodIssue(issue, view, collector);
      return;
    case "too_small":
      if (last === "revision") collector.add("revision.below-one", path, { received }, "revision.below-one.plan");
      else mapZodIssue(issue, view, collector);
      return;
    default:
      mapZodIssue(issue, view, collector);
  }
}
