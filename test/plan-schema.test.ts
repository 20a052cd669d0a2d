/**
 * The JSON Schema shipped as `cica-cbm/plan.schema.json` is generated from the zod schema of the
 * annual plan. A corpus of valid and invalid plans goes through both, zod and ajv on the JSON
 * Schema, and they must agree on every case; the shipped file must be what the generator produces.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { planJsonSchema } from "../scripts/plan-schema.js";
import { CbmPlanSchema, PLAN_LIMITS } from "../src/index.js";

const event = {
  id: "E01",
  title: { en: "Seminar on food security", ru: "Семинар по продовольственной безопасности" },
  dimension: "economic",
  priorityArea: "eco-agriculture",
  measure: "4.2.1",
  proposers: ["AZ"],
  hosts: ["KZ"],
  planned: "2025-Q2",
  venue: "Astana",
  format: "hybrid",
  outcome: { status: "held", from: "2025-05-14", to: "2025-05-15" },
};
const base = {
  schema: "cica-cbm/plan@1",
  id: "CICA-PLAN-2025",
  year: 2025,
  catalogue: "cica@2021",
  revision: 1,
  approvedOn: "2024-12-04",
  events: [event],
  extensions: { "secretariat/plan-tool": { version: 2 } },
};

type Case = readonly [name: string, input: unknown, valid: boolean];
const withEvent = (change: Record<string, unknown>) => ({ ...base, events: [{ ...event, ...change }] });
const without = (key: string) => Object.fromEntries(Object.entries(base).filter(([k]) => k !== key));
const eventWithout = (key: string) => ({ ...base, events: [Object.fromEntries(Object.entries(event).filter(([k]) => k !== key))] });

const corpus: Case[] = [
  ["a full valid plan", base, true],
  ["a plan with no events", { ...base, events: [] }, true],
  ...(["2025-05-14", "2025-05", "2025-Q1", "2025-Q4", "2024-02-29"] as const).map((planned): Case => [`planned ${planned}`, withEvent({ planned }), true]),
  ...(["2025-Q0", "2025-Q5", "2025-13", "2025-5", "2025", "2023-02-29", "0000-Q1", "2025-q2", "Q2 2025"] as const).map(
    (planned): Case => [`planned ${planned}`, withEvent({ planned }), false],
  ),
  ["an event postponed to a quarter", withEvent({ outcome: { status: "postponed", to: "2025-Q4" } }), true],
  ["an event postponed, date unknown", withEvent({ outcome: { status: "postponed" } }), true],
  ["an event postponed to a thirteenth month", withEvent({ outcome: { status: "postponed", to: "2025-13" } }), false],
  ["a cancelled event", withEvent({ outcome: { status: "cancelled" } }), true],
  ["a merged event", withEvent({ outcome: { status: "merged", into: "E07" } }), true],
  ["a merged event without its target", withEvent({ outcome: { status: "merged" } }), false],
  ["a held event without dates", withEvent({ outcome: { status: "held" } }), false],
  ["a held event on a month", withEvent({ outcome: { status: "held", from: "2025-05" } }), false],
  ["a cancelled event with dates", withEvent({ outcome: { status: "cancelled", from: "2025-05-14" } }), false],
  ["an outcome of another status", withEvent({ outcome: { status: "done" } }), false],
  ["an outcome without a status", withEvent({ outcome: {} }), false],
  ["an unknown dimension", withEvent({ dimension: "cyber" }), false],
  ...(["offline", "online", "hybrid"] as const).map((format): Case => [`format ${format}`, withEvent({ format }), true]),
  ["another format", withEvent({ format: "in-person" }), false],
  ["a title without English", withEvent({ title: { ru: "Семинар" } }), false],
  ["a title with a third language", withEvent({ title: { en: "Seminar", kk: "Семинар" } }), false],
  ["an empty title", withEvent({ title: { en: "" } }), false],
  ["a title at its limit in emoji", withEvent({ title: { en: "😀".repeat(PLAN_LIMITS.title) } }), true],
  ["a title one emoji over its limit", withEvent({ title: { en: "😀".repeat(PLAN_LIMITS.title + 1) } }), false],
  ["no proposers listed", withEvent({ proposers: [] }), true],
  ["proposers as text", withEvent({ proposers: "AZ" }), false],
  ["too many hosts", withEvent({ hosts: Array.from({ length: PLAN_LIMITS.states + 1 }, () => "KZ") }), false],
  ["events at their limit", { ...base, events: Array.from({ length: PLAN_LIMITS.events }, (_, i) => ({ ...event, id: `E${i}` })) }, true],
  ["too many events", { ...base, events: Array.from({ length: PLAN_LIMITS.events + 1 }, (_, i) => ({ ...event, id: `E${i}` })) }, false],
  ...(["schema", "id", "year", "catalogue", "revision", "approvedOn", "events"] as const).map((key): Case => [`no ${key}`, without(key), false]),
  ...(["id", "title", "dimension", "proposers", "planned"] as const).map((key): Case => [`an event without ${key}`, eventWithout(key), false]),
  ...(["priorityArea", "measure", "hosts", "venue", "format", "outcome"] as const).map((key): Case => [`an event without ${key}`, eventWithout(key), true]),
  ["the report's format tag", { ...base, schema: "cica-cbm/report@1" }, false],
  ["an unknown top-level key", { ...base, notes: "x" }, false],
  ["an unknown event key", withEvent({ budget: 10 }), false],
  ["a __proto__ key from JSON", JSON.parse(`{"__proto__": {"a": 1}, ${JSON.stringify(base).slice(1)}`), false],
  ["year as text", { ...base, year: "2025" }, false],
  ["revision 0", { ...base, revision: 0 }, false],
  ["a fractional revision", { ...base, revision: 1.5 }, false],
  ["approvedOn on 30 February", { ...base, approvedOn: "2024-02-30" }, false],
  ["approvedOn as a month", { ...base, approvedOn: "2024-12" }, false],
  ["extensions as a list", { ...base, extensions: [1] }, false],
  ["null", null, false],
  ["a list", [base], false],
];

describe("plan.schema.json", () => {
  const schema = planJsonSchema();
  // ajv's default `unicode: true` counts lengths in code points, as zod does.
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const validate = ajv.compile(schema);

  it.each(corpus)("agrees with the zod schema on %s", (_name, input, valid) => {
    const byZod = CbmPlanSchema.safeParse(input).success;
    const byJsonSchema = validate(input);
    expect({ zod: byZod, jsonSchema: byJsonSchema }).toEqual({ zod: valid, jsonSchema: valid });
  });

  it("is the file the build ships", () => {
    const shipped = fileURLToPath(new URL("../plan.schema.json", import.meta.url));
    if (!existsSync(shipped)) throw new Error("plan.schema.json is missing: run `npm run build` first.");
    expect(JSON.parse(readFileSync(shipped, "utf8"))).toEqual(schema);
  });

  it("is exported as cica-cbm/plan.schema.json and shipped in the package", () => {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL("../package.json", import.meta.url)), "utf8"));
    expect(pkg.exports["./plan.schema.json"]).toBe("./plan.schema.json");
    expect(pkg.files).toContain("plan.schema.json");
  });

  it("forbids unknown keys and requires the plan's fields", () => {
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["schema", "id", "year", "catalogue", "revision", "approvedOn", "events"]);
  });
});
