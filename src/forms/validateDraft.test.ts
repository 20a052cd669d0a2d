import { describe, expect, it } from "vitest";
import { COMPLETE_DRAFT, draftCopy } from "../../test/support/drafts.js";
import { cica } from "../data/cica/index.js";
import { isCbmError } from "../errors/CbmError.js";
import { en } from "../i18n/en.js";
import type { Locale } from "../i18n/Locale.js";
import { ru } from "../i18n/ru.js";
import { REPORT_SCHEMA_ID } from "../reports/schema.js";
import { validateReport } from "../reports/validateReport.js";
import { createDraft } from "./createDraft.js";
import { finalizeDraft } from "./finalizeDraft.js";
import { validateDraft } from "./validateDraft.js";

const where = (items: readonly { rule: string; path: readonly (string | number)[] }[]) => items.map((item) => `${item.rule} ${item.path.join(".")}`);

/** The report a draft becomes, written out by hand, for comparison with validateReport. */
const asReport = (draft: object) => ({ ...draft, schema: REPORT_SCHEMA_ID, revision: 1, submittedOn: "2026-03-01" });

describe("validateDraft", () => {
  it("finds a complete, valid draft ok and complete, with nothing to say", () => {
    const result = validateDraft(COMPLETE_DRAFT, cica);
    expect(result).toEqual({ ok: true, complete: true, issues: [], missing: [] });
  });

  it("lists a new draft's want of entries as missing, not as an error", () => {
    const result = validateDraft(createDraft({ reporter: "KZ", year: 2025, catalogue: "cica@2021" }), cica);
    expect(result.ok).toBe(true);
    expect(result.complete).toBe(false);
    expect(result.issues).toEqual([]);
    expect(where(result.missing)).toEqual(["entries.empty entries"]);
  });

  it("finds a nil draft with no entries complete, and one with entries wrong", () => {
    expect(
      validateDraft(
        draftCopy((d) => Object.assign(d, { nil: true, entries: [] })),
        cica,
      ),
    ).toMatchObject({ ok: true, complete: true });
    const both = validateDraft(
      draftCopy((d) => Object.assign(d, { nil: true })),
      cica,
    );
    expect(where(both.issues)).toEqual(["nil.with-entries entries"]);
  });

  it("lists a required field left out, or cleared to an empty text, as missing at its path", () => {
    const draft = draftCopy((d) => {
      delete d.entries[0]!.status;
      d.entries[1]!.measure = "";
      delete d.entries[0]!.activities![0]!.from;
    });
    const result = validateDraft(draft, cica);
    expect(result.ok).toBe(true);
    expect(where(result.missing)).toEqual(["field.missing entries.0.status", "field.missing entries.0.activities.0.from", "field.missing entries.1.measure"]);
    expect(result.missing[0]?.message).toBe('The status of entry 1 ("entries[0].status") is missing. Add it.');
  });

  it("lists an empty item of a list as missing at its own index, so that the paths stay the draft's", () => {
    const result = validateDraft(
      draftCopy((d) => {
        d.entries[0]!.activities![0]!.partners = ["", "KZ"];
      }),
      cica,
    );
    expect(where(result.missing)).toEqual(["field.empty entries.0.activities.0.partners.0"]);
    expect(where(result.issues)).toEqual(["partner.is-reporter entries.0.activities.0.partners.1"]);
  });

  it("says nothing of an optional field left empty (remarks, venue, the end date)", () => {
    const result = validateDraft(
      draftCopy((d) => {
        d.entries[0]!.remarks = "";
        d.entries[0]!.activities![0]!.venue = "";
        d.entries[0]!.activities![0]!.to = "";
      }),
      cica,
    );
    expect(result).toEqual({ ok: true, complete: true, issues: [], missing: [] });
  });

  it("never lists the day of submission or the revision as missing: finalizeDraft gives them", () => {
    const paths = validateDraft(createDraft({ reporter: "KZ", year: 2025, catalogue: "cica@2021" }), cica).missing.map((item) => item.path[0]);
    expect(paths).not.toContain("submittedOn");
    expect(paths).not.toContain("revision");
  });

  it("gives what is filled wrong the issues validateReport gives the report, at the same paths and with the same messages", () => {
    const draft = draftCopy((d) => {
      d.reporter = "KAZ";
      d.entries[0]!.status = "implemnted";
      d.entries[0]!.activities![0]!.to = "2025-04-01";
      d.entries[1]!.measure = "2.1.2";
      Object.assign(d, { colour: "blue" });
    });
    const result = validateDraft(draft, cica);
    const expected = validateReport(asReport(draft), cica).issues;
    expect(expected.length).toBeGreaterThanOrEqual(5);
    expect(result.issues).toEqual(expected);
    expect(result.ok).toBe(false);
    expect(result.complete).toBe(true);
  });

  it("gives a part of the wrong shape (a list that is not one, an item that is not an object) the issue validateReport gives it, at the same path", () => {
    const shapes = [
      draftCopy((d) => Object.assign(d, { entries: "HUM.1" })),
      draftCopy((d) => Object.assign(d.entries, { 1: "HUM.4" })),
      draftCopy((d) => Object.assign(d.entries[0]!, { activities: "visit" })),
      draftCopy((d) => Object.assign(d.entries[0]!, { activities: ["visit"] })),
      draftCopy((d) => Object.assign(d.entries[0]!.activities![0]!, { evidence: "https://example.org" })),
      draftCopy((d) => Object.assign(d.entries[0]!.activities![0]!, { evidence: ["https://example.org"] })),
    ];
    for (const draft of shapes) {
      const result = validateDraft(draft, cica);
      expect(result.issues.length).toBeGreaterThan(0);
      expect(result.issues).toEqual(validateReport(asReport(draft), cica).issues);
    }
  });

  it("keeps warnings apart from errors: a draft with warnings only is ok", () => {
    const result = validateDraft(
      draftCopy((d) => {
        d.entries[0]!.activities![0]!.from = "2024-12-30";
        d.entries[0]!.activities![0]!.to = "2024-12-31";
      }),
      cica,
    );
    expect(where(result.issues)).toEqual(["activity.outside-year entries.0.activities.0.from"]);
    expect(result.ok).toBe(true);
  });

  it("checks the report@2 marks as validateReport does: 'nothing new since' the year before is fine, since the year itself is an error", () => {
    const since = (year: number) =>
      validateDraft(
        draftCopy((d) => {
          d.entries[1]!.nothingNewSince = year;
        }),
        cica,
      );
    expect(since(2024).issues).toEqual([]);
    expect(where(since(2025).issues)).toEqual(["entry.nothing-new-not-before-year entries.1.nothingNewSince"]);
    expect(since(2025).ok).toBe(false);
  });

  it("warns of a public entry in a draft for member states only, and says nothing when the draft is public", () => {
    const restricted = validateDraft(
      draftCopy((d) => {
        delete d.access;
      }),
      cica,
    );
    expect(where(restricted.issues)).toEqual(["access.public-inside-restricted entries.1.access"]);
    expect(restricted.ok).toBe(true);
    expect(validateDraft(COMPLETE_DRAFT, cica).issues).toEqual([]);
  });

  it("writes its messages in the context's language: Russian by code or by Locale", () => {
    const draft = draftCopy((d) => {
      delete d.entries[1]!.status;
      d.entries[0]!.measure = "HUM.99";
    });
    for (const lang of ["ru", ru] as const) {
      const result = validateDraft(draft, { ...cica, lang });
      expect(result.missing[0]?.message).toBe('Отсутствует поле «статус записи 2» ("entries[1].status"). Добавьте его.');
      const fromReport = validateReport(asReport(draft), { ...cica, lang: "ru" }).issues.find((issue) => issue.rule === "measure.unknown");
      expect(result.issues[0]?.message).toBe(fromReport?.message);
      expect(result.issues[0]?.message).toMatch(/HUM\.99/);
    }
  });

  describe("one entry alone (a form step)", () => {
    const draft = draftCopy((d) => {
      d.reporter = "KAZ";
      d.entries.push({ measure: "2.1.2" }, { measure: "HUM.1", status: "done" });
      delete d.entries[0]!.activities![0]!.title;
    });

    it("gives only that entry's issues and missing fields", () => {
      const step = validateDraft(draft, cica, { entry: 3 });
      expect(where(step.issues)).toEqual(["status.unknown entries.3.status"]);
      expect(step.missing).toEqual([]);
      const first = validateDraft(draft, cica, { entry: 0 });
      expect(first.issues).toEqual([]);
      expect(where(first.missing)).toEqual(["field.missing entries.0.activities.0.title"]);
    });

    it("gives a measure reported twice as an issue of the later entry, with its missing status", () => {
      const later = validateDraft(draft, cica, { entry: 2 });
      expect(where(later.issues)).toEqual(["measure.duplicate entries.2.measure"]);
      expect(where(later.missing)).toEqual(["field.missing entries.2.status"]);
      expect(later.ok).toBe(false);
    });

    it("leaves out what concerns the report as a whole (the reporter)", () => {
      const whole = validateDraft(draft, cica);
      expect(where(whole.issues)).toContain("reporter.unknown reporter");
      for (const entry of [0, 1, 2, 3]) expect(where(validateDraft(draft, cica, { entry }).issues)).not.toContain("reporter.unknown reporter");
    });

    it("says, when the index is not one, what an index is and what was given", () => {
      let message: string | undefined;
      try {
        validateDraft(draft, cica, { entry: -1 });
      } catch (error) {
        if (isCbmError(error)) message = error.message;
      }
      expect(message).toBe("validateDraft: options.entry must be an entry's index, a whole number from 0; it is -1.");
    });

    it("takes options given as null as no options: the whole draft is checked", () => {
      expect(validateDraft(draft, cica, null as never)).toEqual(validateDraft(draft, cica));
    });

    it("gives nothing for an index past the last entry, and refuses an index that is not one", () => {
      expect(validateDraft(draft, cica, { entry: 4 })).toEqual({ ok: true, complete: true, issues: [], missing: [] });
      for (const entry of [-1, 1.5, Number.NaN]) {
        let code: string | undefined;
        try {
          validateDraft(draft, cica, { entry });
        } catch (error) {
          if (isCbmError(error)) code = error.code;
        }
        expect(code).toBe("invalid-argument");
      }
    });
  });

  describe("a value that is not a draft", () => {
    it.each([
      ["null", null, "draft.type", []],
      ["a list", [COMPLETE_DRAFT], "draft.type", []],
      ["a text", "draft", "draft.type", []],
      ["a number", 42, "draft.type", []],
      ["a report", asReport(COMPLETE_DRAFT), "draft.type", ["schema"]],
      ["an object without a tag", { ...COMPLETE_DRAFT, schema: undefined }, "draft.type", ["schema"]],
    ])("gets one draft.type issue for %s, never an exception", (_, value, rule, path) => {
      const result = validateDraft(value, cica);
      expect(result.issues.map((issue) => [issue.rule, issue.path])).toEqual([[rule, path]]);
      expect(result).toMatchObject({ ok: false, complete: false, missing: [] });
    });

    it("tells a report apart, in the message, and names the draft format", () => {
      const [issue] = validateDraft(asReport(COMPLETE_DRAFT), cica).issues;
      expect(issue?.message).toContain(`"${REPORT_SCHEMA_ID}"`);
      expect(issue?.message).toContain('"cica-cbm/draft@1"');
    });

    it("quotes a text given for a draft, or for its format tag, and shows any other value as it is", () => {
      const message = (value: unknown) => validateDraft(value, cica).issues[0]?.message;
      expect(message("my draft")).toContain('this is "my draft".');
      expect(message(42)).toContain("this is 42.");
      expect(message({ schema: "my format" })).toContain('this one says "my format".');
      expect(message({ schema: 3 })).toContain("this one says 3.");
    });

    it("names, for an object whose fields cannot be read, what was thrown", () => {
      const throwing = (thrown: unknown) =>
        new Proxy(draftCopy(), {
          ownKeys() {
            throw thrown;
          },
        });
      expect(validateDraft(throwing(new TypeError("no")), cica).issues[0]?.message).toContain("an object that cannot be read (TypeError)");
      expect(validateDraft(throwing("no"), cica).issues[0]?.message).toContain("an object that cannot be read (error)");
    });

    it("gets a draft.type issue for an object whose fields cannot be read", () => {
      const hostile = new Proxy(draftCopy(), {
        ownKeys() {
          throw new Error("no");
        },
      });
      const result = validateDraft(hostile, cica, { entry: 0 });
      expect(where(result.issues)).toEqual(["draft.type "]);
    });
  });

  it("names itself when refusing, as misuse, a context without catalogues and registry", () => {
    expect(() => validateDraft(COMPLETE_DRAFT, {} as never)).toThrow(/^validateDraft: pass a context/);
  });

  it("never changes the draft", () => {
    const draft = draftCopy((d) => {
      d.entries[0]!.remarks = "";
      delete d.entries[1]!.status;
    });
    const before = JSON.stringify(draft);
    validateDraft(draft, cica);
    validateDraft(draft, cica, { entry: 1 });
    expect(JSON.stringify(draft)).toBe(before);
    expect(Object.isFrozen(draft)).toBe(false);
  });
});

describe("a language of one's own without the draft messages", () => {
  const messages = Object.fromEntries(Object.entries(en.messages).filter(([key]) => !key.startsWith("draft.")));
  const lang = { ...en, code: "xx", messages } as unknown as Locale;

  it("is named by validateDraft as context.lang when it has to say that a value is not a draft", () => {
    expect(() => validateDraft("not a draft", { ...cica, lang })).toThrowError(/^validateDraft: context\.lang .*messages\["draft\.type/);
    expect(() => validateDraft({ schema: "other" }, { ...cica, lang })).toThrowError(/^validateDraft: context\.lang .*messages\["draft\.type/);
  });

  it("is named by finalizeDraft as context.lang, also for a value that cannot be read", () => {
    const unreadable = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("no");
        },
        get: () => {
          throw new Error("no");
        },
        getOwnPropertyDescriptor: () => {
          throw new Error("no");
        },
      },
    );
    expect(() => finalizeDraft(42, { ...cica, lang }, { submittedOn: "2026-03-01" })).toThrowError(/^finalizeDraft: context\.lang .*messages\["draft\.type/);
    expect(() => finalizeDraft(unreadable, { ...cica, lang }, { submittedOn: "2026-03-01" })).toThrowError(
      /^finalizeDraft: context\.lang .*messages\["draft\.type/,
    );
  });
});
