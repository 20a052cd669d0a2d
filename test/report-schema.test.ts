/**
 * The JSON Schema shipped as `cica-cbm/report.schema.json` is generated from the zod schema. Here a
 * corpus of valid and invalid reports goes through both, zod and ajv on the JSON Schema, and they
 * must agree on every case; the shipped file must be exactly what the generator produces.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { reportJsonSchema } from "../scripts/report-schema.js";
import { NationalReportSchema, REPORT_LIMITS, REPORT_SCHEMA_IDS } from "../src/index.js";

const base = {
  schema: "cica-cbm/report@1",
  id: "KZ-2025",
  reporter: "KZ",
  catalogue: "cica@2021",
  year: 2025,
  revision: 1,
  submittedOn: "2026-03-01",
  entries: [
    {
      measure: "2.1.2",
      status: "implemented",
      remarks: "Observers invited",
      activities: [
        {
          title: "Observers at a command-staff exercise",
          kind: "exercise",
          from: "2025-05-01",
          to: "2025-05-03",
          partners: ["TR", "CN"],
          venue: "Almaty",
          evidence: [{ uri: "https://example.org/press/1", title: "Press release" }, { uri: "urn:isbn:978-0-00-000000-0" }],
        },
      ],
    },
  ],
  extensions: { "ministry.kz/form": { version: 3, sections: ["a", "b"] } },
};

/** The base report as report@2, and with every new field set. */
const v2 = { ...base, schema: "cica-cbm/report@2" };
const v2Full = {
  ...v2,
  access: "public",
  entries: [{ ...base.entries[0], access: "member-states", nothingNewSince: 2020, activities: [{ ...base.entries[0]!.activities[0], access: "public" }] }],
};

type Case = readonly [name: string, input: unknown, valid: boolean];
const activity = (change: Record<string, unknown>) => ({
  ...base,
  entries: [{ ...base.entries[0], activities: [{ ...base.entries[0]!.activities[0], ...change }] }],
});
const entry = (change: Record<string, unknown>) => ({ ...base, entries: [{ ...base.entries[0], ...change }] });
const without = (key: string) => Object.fromEntries(Object.entries(base).filter(([k]) => k !== key));

const corpus: Case[] = [
  ["a full valid report", base, true],
  ["a nil report", { ...without("extensions"), nil: true, entries: [] }, true],
  ["nil false", { ...base, nil: false }, true],
  ["an upper-case https link", activity({ evidence: [{ uri: "HTTPS://example.org" }] }), true],
  ["a leap day", { ...base, submittedOn: "2024-02-29" }, true],
  ["a 2000 leap day", activity({ from: "2000-02-29" }), true],
  ["texts at their limits", { ...base, id: "x".repeat(REPORT_LIMITS.id) }, true],
  ["entries at their limit", { ...base, entries: Array.from({ length: REPORT_LIMITS.entries }, (_, i) => ({ measure: `m${i}`, status: "planned" })) }, true],
  ["Cyrillic and emoji text", entry({ remarks: "Мероприятие 🎉" }), true],
  ["an id of emoji at its limit in code points (twice as many UTF-16 units)", { ...base, id: "😀".repeat(REPORT_LIMITS.id) }, true],
  ["an id of emoji one code point over its limit", { ...base, id: "😀".repeat(REPORT_LIMITS.id + 1) }, false],
  ["empty extensions", { ...base, extensions: {} }, true],
  ...(["schema", "id", "reporter", "catalogue", "year", "revision", "submittedOn", "entries"] as const).map((key): Case => [`no ${key}`, without(key), false]),
  ["a schema version that does not exist", { ...base, schema: "cica-cbm/report@3" }, false],
  ["a schema tag of another format", { ...base, schema: "cica-cbm/plan@1" }, false],
  ["an unknown top-level key", { ...base, notes: "x" }, false],
  ["a __proto__ key from JSON", JSON.parse(`{"__proto__": {"a": 1}, ${JSON.stringify(base).slice(1)}`), false],
  ["an unknown entry key", entry({ score: 3 }), false],
  ["an unknown activity key", activity({ budget: 10 }), false],
  ["year as text", { ...base, year: "2025" }, false],
  ["a fractional year", { ...base, year: 2025.5 }, false],
  ["a three-digit year", { ...base, year: 999 }, false],
  ["a five-digit year", { ...base, year: 10000 }, false],
  ["revision 0", { ...base, revision: 0 }, false],
  ["revision -1", { ...base, revision: -1 }, false],
  ["a fractional revision", { ...base, revision: 1.5 }, false],
  ["nil as text", { ...base, nil: "yes" }, false],
  ["an empty id", { ...base, id: "" }, false],
  ["an id over its limit", { ...base, id: "x".repeat(REPORT_LIMITS.id + 1) }, false],
  ["remarks over their limit", entry({ remarks: "x".repeat(REPORT_LIMITS.remarks + 1) }), false],
  ["too many entries", { ...base, entries: Array.from({ length: REPORT_LIMITS.entries + 1 }, (_, i) => ({ measure: `m${i}`, status: "planned" })) }, false],
  ["too many partners", activity({ partners: Array.from({ length: REPORT_LIMITS.partners + 1 }, () => "TR") }), false],
  ["entries not a list", { ...base, entries: {} }, false],
  ["an entry that is text", { ...base, entries: ["2.1.2"] }, false],
  ["30 February", { ...base, submittedOn: "2006-02-30" }, false],
  ["29 February in a common year", { ...base, submittedOn: "2023-02-29" }, false],
  ["29 February 1900", activity({ from: "1900-02-29" }), false],
  ["year 0000", { ...base, submittedOn: "0000-01-01" }, false],
  ["month 13", activity({ to: "2025-13-01" }), false],
  ["a date without leading zeros", activity({ from: "2025-5-1" }), false],
  ["a date-time", { ...base, submittedOn: "2026-03-01T10:00:00Z" }, false],
  ["a javascript: link", activity({ evidence: [{ uri: "javascript:alert(1)" }] }), false],
  ["a file: link", activity({ evidence: [{ uri: "file:///etc/passwd" }] }), false],
  ["a link with a space", activity({ evidence: [{ uri: "https://exa mple.org" }] }), false],
  ["a link with a right-to-left override", activity({ evidence: [{ uri: "https://example.org/report\u202Efdp.exe" }] }), false],
  ["a link with a zero-width space", activity({ evidence: [{ uri: "https://exam\u200Bple.org" }] }), false],
  ["a link with a C1 control", activity({ evidence: [{ uri: "https://example.org/\u009B31m" }] }), false],
  ["a link with a word joiner", activity({ evidence: [{ uri: "urn:isbn:\u20600451450523" }] }), false],
  ["a link in Cyrillic", activity({ evidence: [{ uri: "https://пример.рф/отчёт" }] }), true],
  ["partners as text", activity({ partners: "TR" }), false],
  ["extensions as a list", { ...base, extensions: [1, 2] }, false],
  ["extensions as text", { ...base, extensions: "x" }, false],
  ["null", null, false],
  ["a list", [base], false],
  ["a number", 42, false],
  ["a string", "report", false],
  // report@2: the same report with the new fields, and those fields in a report@1.
  ["a report@2 without the new fields", v2, true],
  ["a report@2 with every new field", v2Full, true],
  ["a report@2 marked for member states", { ...v2, access: "member-states" }, true],
  ["a report@2 entry with nothing new since the first year of the format", { ...v2, entries: [{ ...v2.entries[0], nothingNewSince: 1000 }] }, true],
  ["a report@2 entry with nothing new since a three-digit year", { ...v2, entries: [{ ...v2.entries[0], nothingNewSince: 999 }] }, false],
  ["a report@2 entry with nothing new since a five-digit year", { ...v2, entries: [{ ...v2.entries[0], nothingNewSince: 10000 }] }, false],
  ["a report@2 entry with nothing new since a fractional year", { ...v2, entries: [{ ...v2.entries[0], nothingNewSince: 2020.5 }] }, false],
  ["a report@2 entry with nothing new since a year as text", { ...v2, entries: [{ ...v2.entries[0], nothingNewSince: "2020" }] }, false],
  ["a report@2 access outside the two levels", { ...v2, access: "secret" }, false],
  ["a report@2 access in another case", { ...v2, access: "Public" }, false],
  ["a report@2 entry access as true", { ...v2, entries: [{ ...v2.entries[0], access: true }] }, false],
  [
    "a report@2 activity access outside the two levels",
    { ...v2Full, entries: [{ ...v2Full.entries[0], activities: [{ ...v2Full.entries[0]!.activities[0], access: "restricted" }] }] },
    false,
  ],
  ["a report@2 with nothingNewSince on the report", { ...v2, nothingNewSince: 2020 }, false],
  [
    "a report@2 with nothingNewSince on an activity",
    { ...v2Full, entries: [{ ...v2Full.entries[0], activities: [{ ...v2Full.entries[0]!.activities[0], nothingNewSince: 2020 }] }] },
    false,
  ],
  ["a report@2 with an unknown top-level key", { ...v2, notes: "x" }, false],
  [
    "a report@2 with access on an evidence link",
    { ...activity({ evidence: [{ uri: "https://example.org", access: "public" }] }), schema: "cica-cbm/report@2" },
    false,
  ],
  ["a report@1 with the report's access", { ...base, access: "public" }, false],
  ["a report@1 with an entry's access", entry({ access: "public" }), false],
  ["a report@1 with an entry's nothingNewSince", entry({ nothingNewSince: 2020 }), false],
  ["a report@1 with an activity's access", activity({ access: "member-states" }), false],
  ["a report@2 with every new field tagged report@1", { ...v2Full, schema: "cica-cbm/report@1" }, false],
];

describe("report.schema.json", () => {
  const schema = reportJsonSchema();
  // ajv's default `unicode: true` counts lengths in code points, as zod does.
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const validate = ajv.compile(schema);

  it.each(corpus)("agrees with the zod schema on %s", (_name, input, valid) => {
    const byZod = NationalReportSchema.safeParse(input).success;
    const byJsonSchema = validate(input);
    expect({ zod: byZod, jsonSchema: byJsonSchema }).toEqual({ zod: valid, jsonSchema: valid });
  });

  it("is the file the build ships", () => {
    const shipped = fileURLToPath(new URL("../report.schema.json", import.meta.url));
    if (!existsSync(shipped)) throw new Error("report.schema.json is missing: run `npm run build` first.");
    expect(JSON.parse(readFileSync(shipped, "utf8"))).toEqual(schema);
  });

  it("is exported as cica-cbm/report.schema.json", () => {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL("../package.json", import.meta.url)), "utf8"));
    expect(pkg.exports["./report.schema.json"]).toBe("./report.schema.json");
  });

  it("has one schema per version, each forbidding unknown keys and requiring the report's fields", () => {
    // Chosen by `schema`: report@1 checked as one, anything else as the current version.
    expect(schema.if).toEqual({ type: "object", properties: { schema: { const: "cica-cbm/report@1" } }, required: ["schema"] });
    const versions = [schema.then, schema.else] as Record<string, unknown>[];
    expect(versions.map((version) => (version.properties as { schema: { const: string } }).schema.const)).toEqual([...REPORT_SCHEMA_IDS]);
    for (const version of versions) {
      expect(version.additionalProperties).toBe(false);
      expect(version.required).toEqual(["schema", "id", "reporter", "catalogue", "year", "revision", "submittedOn", "entries"]);
    }
  });
});
