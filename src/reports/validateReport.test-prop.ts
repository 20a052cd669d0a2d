import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anything, mutate, mutationOf } from "../../test/support/mutate.js";
import { cica } from "../data/cica/index.js";
import { EN, RU } from "../i18n/messages.js";
import { REPORT_RULES, type RuleId } from "./rules.js";
import type { ValidationContext, ValidationResult } from "./types.js";
import { validateReport } from "./validateReport.js";

const RUNS = { numRuns: 300 };

/** A valid report that uses every optional field, so that mutations reach every part of the format. */
const BASE = {
  schema: "cica-cbm/report@1",
  id: "KZ-2025",
  reporter: "KZ",
  catalogue: "cica@2021",
  year: 2025,
  revision: 1,
  submittedOn: "2026-03-01",
  nil: false,
  entries: [
    {
      measure: "2.1.2",
      status: "implemented",
      remarks: "Annual exchange",
      activities: [
        {
          title: "Defence college visit",
          kind: "visit",
          from: "2025-04-10",
          to: "2025-04-12",
          partners: ["TR", "osce"],
          venue: "Astana",
          evidence: [{ uri: "https://example.org/press/2025-04-10", title: "Press release" }],
        },
      ],
    },
    { measure: "HUM.4", status: "in-progress" },
  ],
  extensions: { source: "MFA", tags: ["cbm", 1, null, true] },
};

/** The base report after one to three random mutations with JSON values. */
const mutatedReport = fc.array(mutationOf(fc.jsonValue()), { minLength: 1, maxLength: 3 }).map((mutations) => mutations.reduce<unknown>(mutate, BASE));

/** An object with the report's keys, each holding anything. */
const reportLike = fc.record(
  Object.fromEntries(Object.keys(BASE).map((key) => [key, fc.oneof(fc.constant((BASE as Record<string, unknown>)[key]), anything)])),
  { requiredKeys: [] },
);

/** The base report as report@2, with every new field: access marks at each level and nothingNewSince. */
const BASE2 = {
  ...BASE,
  schema: "cica-cbm/report@2",
  access: "public",
  entries: [
    { ...BASE.entries[0]!, access: "public", activities: BASE.entries[0]!.activities!.map((a) => ({ ...a, access: "member-states" })) },
    { ...BASE.entries[1]!, access: "member-states", nothingNewSince: 2023 },
  ],
};

/** The report@2 base after one to three random mutations, the values of its new fields among them. */
const mutatedReport2 = fc
  .array(mutationOf(fc.oneof(fc.jsonValue(), fc.constantFrom<unknown>("public", "member-states", 2025, 2024, "cica-cbm/report@1"))), {
    minLength: 1,
    maxLength: 3,
  })
  .map((mutations) => mutations.reduce<unknown>(mutate, BASE2));

const anyInput = fc.oneof(fc.jsonValue(), anything, mutatedReport, reportLike, mutatedReport2);

const contexts: fc.Arbitrary<ValidationContext> = fc
  .record({ lang: fc.constantFrom("en" as const, "ru" as const), today: fc.constantFrom(undefined, "2026-03-01", "2025-06-30") })
  .map(({ lang, today }) => (today === undefined ? { ...cica, lang } : { ...cica, lang, today }));

const isJsonText = (value: unknown): value is string => typeof value === "string";

describe("validateReport (properties)", () => {
  it("accepts its own base report", () => {
    const result = validateReport(BASE, cica);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("accepts its own base report@2, with every new field", () => {
    const result = validateReport(BASE2, cica);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("never throws on any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), contexts, (input, context) => {
        validateReport(input, context);
      }),
      RUNS,
    );
  });

  it("never throws on any JavaScript value: null prototypes, boxed values, Maps, Sets, typed and sparse arrays", () => {
    fc.assert(
      fc.property(fc.oneof(anything, reportLike), contexts, (input, context) => {
        validateReport(input, context);
      }),
      RUNS,
    );
  });

  it("never throws when a value of the base report is replaced by any JSON value or removed", () => {
    fc.assert(
      fc.property(mutatedReport, contexts, (input, context) => {
        validateReport(input, context);
      }),
      RUNS,
    );
  });

  it("never throws when a value of the base report is replaced by any JavaScript value", () => {
    fc.assert(
      fc.property(mutationOf(anything), contexts, (mutation, context) => {
        validateReport(mutate(BASE, mutation), context);
      }),
      RUNS,
    );
  });

  it("returns only issues of known rules, with the rule's severity, a path of keys and indices, and a filled message", () => {
    fc.assert(
      fc.property(anyInput, contexts, (input, context) => {
        for (const issue of validateReport(input, context).issues) {
          expect(Object.keys(REPORT_RULES)).toContain(issue.rule);
          expect(issue.rule.startsWith("ledger.")).toBe(false);
          expect(issue.rule.startsWith("migration.")).toBe(false);
          expect(issue.rule.startsWith("draft.")).toBe(false);
          expect(issue.severity).toBe(REPORT_RULES[issue.rule as RuleId].severity);
          expect(Array.isArray(issue.path)).toBe(true);
          for (const key of issue.path) expect(["string", "number"]).toContain(typeof key);
          expect(typeof issue.message).toBe("string");
          expect(issue.message.trim()).not.toBe("");
          expect(EN[issue.messageKey]).toBeTypeOf("string");
          expect(RU[issue.messageKey]).toBeTypeOf("string");
          for (const [, name] of (EN[issue.messageKey] ?? "").matchAll(/\{(\w+)\}/g))
            expect(issue.params[name!], `${issue.messageKey} {${name}}`).toBeDefined();
          if (context.lang === "ru") expect(issue.message).toMatch(/[А-Яа-яЁё]/u);
        }
      }),
      RUNS,
    );
  });

  it("is ok exactly when no issue is an error, and then returns a frozen copy equal to the input", () => {
    fc.assert(
      fc.property(anyInput, contexts, (input, context) => {
        const result: ValidationResult = validateReport(input, context);
        expect(result.ok).toBe(!result.issues.some((issue) => issue.severity === "error"));
        if (result.ok) {
          expect(result.report).not.toBe(input);
          expect(Object.isFrozen(result.report)).toBe(true);
          const text = JSON.stringify(result.report);
          expect(isJsonText(text)).toBe(true);
          expect(text).toBe(JSON.stringify(input));
        } else {
          expect(result.report).toBeUndefined();
        }
      }),
      RUNS,
    );
  });

  it("reaches ok on many mutations of the base report, so the property above is not vacuous", () => {
    let ok = 0;
    fc.assert(
      fc.property(mutatedReport, (input) => {
        if (validateReport(input, cica).ok) ok++;
      }),
      RUNS,
    );
    expect(ok).toBeGreaterThan(0);
  });

  it("gives the same result when run twice on the same input", () => {
    fc.assert(
      fc.property(anyInput, contexts, (input, context) => {
        expect(validateReport(input, context)).toEqual(validateReport(input, context));
      }),
      RUNS,
    );
  });

  it("never changes a JSON input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutatedReport), contexts, (input, context) => {
        const before = structuredClone(input);
        validateReport(input, context);
        expect(input).toEqual(before);
      }),
      RUNS,
    );
  });
});

describe("validateReport: suggestions for a measure id typed by hand (property)", () => {
  const ids = cica.catalogues["cica@2021"].measures.filter((measure) => measure.kind !== "measure-group").map((measure) => measure.id);
  /** A measure id with its letters' case changed, spaces around it and in it, and digits possibly full-width. */
  const variant = fc
    .record({
      id: fc.constantFrom(...ids),
      upper: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
      spaces: fc.array(fc.constantFrom("", " ", "\t", "\u3000"), { minLength: 13, maxLength: 13 }),
      wide: fc.boolean(),
    })
    .map(({ id, upper, spaces, wide }) => {
      const chars = [...id].map((c, i) => {
        const cased = upper[i % upper.length] ? c.toUpperCase() : c.toLowerCase();
        return wide && /[0-9A-Za-z.]/.test(cased) ? String.fromCharCode(cased.charCodeAt(0) + 0xfee0) : cased;
      });
      return { id, written: chars.map((c, i) => spaces[i % spaces.length] + c).join("") + spaces[12] };
    });

  it("suggests exactly the measure meant for any variant of case, spacing and full-width forms, and nothing for the id itself", () => {
    fc.assert(
      fc.property(variant, ({ id, written }) => {
        const result = validateReport({ ...BASE, entries: [{ measure: written, status: "implemented" }] }, cica);
        if (written === id) expect(result.issues).toEqual([]);
        else {
          expect(result.issues.map((issue) => [issue.rule, issue.messageKey, issue.params.suggestion])).toEqual([
            ["measure.unknown", "measure.unknown.suggest", id],
          ]);
        }
      }),
      RUNS,
    );
  });
});
