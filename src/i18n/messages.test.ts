import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { formatIssue } from "../reports/formatIssue.js";
import { validateReport } from "../reports/validateReport.js";
import { en } from "./en.js";
import { fieldInWords, renderMessage } from "./messages.js";
import { ru } from "./ru.js";
import { BASE_REPORT } from "../../test/support/reports.js";

/** The report fields of the shared base report (test/support), without its entries. */
const { entries: _baseEntries, ...REPORT_HEADER } = BASE_REPORT;

const REPORT = {
  ...REPORT_HEADER,
  entries: [
    { measure: "2.1.2", status: "implemented" },
    {
      measure: "2.1.3",
      status: "implemented",
      activities: [
        { title: "Visit", kind: "visit", from: "2025-04-10" },
        { title: "Exercise", kind: "exercise", from: "2025-02-30" },
      ],
    },
  ],
};

describe("a message names the field in words, then its path", () => {
  it("in English, with the entry and the activity counted from 1 as a reader counts", () => {
    const [issue] = validateReport(REPORT, { ...cica, lang: "en" }).issues;
    expect(issue!.path).toEqual(["entries", 1, "activities", 1, "from"]);
    expect(issue!.message).toBe(
      'The start date of activity 2 of entry 2 ("entries[1].activities[1].from") must be a real calendar date written YYYY-MM-DD (for example 2025-03-01); it is "2025-02-30".',
    );
  });

  it("in Russian, in the words of the Russian table", () => {
    const [issue] = validateReport(REPORT, { ...cica, lang: "ru" }).issues;
    expect(issue!.message).toBe(
      'Поле «дата начала мероприятия 2 записи 2» ("entries[1].activities[1].from") должно быть реальной календарной датой в формате ГГГГ-ММ-ДД (например, 2025-03-01); получено: "2025-02-30".',
    );
  });

  it("for the report's own fields, capitalised only at the start of a sentence", () => {
    const issue = { messageKey: "field.missing", params: { field: '"submittedOn"' } };
    expect(formatIssue(issue, "en")).toBe('The submission date ("submittedOn") is missing. Add it.');
    expect(formatIssue(issue, "ru")).toBe('Отсутствует поле «дата представления» ("submittedOn"). Добавьте его.');
    expect(formatIssue({ messageKey: "report.too-large", params: { field: '"entries[0].status"', max: 5 } }, "en")).toContain(
      'read up to the status of entry 1 ("entries[0].status") only',
    );
  });

  it("whether the template quotes the placeholder or the param comes quoted", () => {
    const source = { code: "en", messages: { t: '"{field}" is wrong.', u: "{field} is wrong." }, fields: en.fields };
    expect(renderMessage("t", { field: "entries[0].measure" }, source)).toBe('The measure of entry 1 ("entries[0].measure") is wrong.');
    expect(renderMessage("u", { field: '"entries[0].measure"' }, source)).toBe('The measure of entry 1 ("entries[0].measure") is wrong.');
  });

  it("keeps a path the table does not know as it was: extension data, keys in brackets", () => {
    const source = { code: "en", messages: { t: '"{field}" is wrong.', u: "{field} is wrong." }, fields: en.fields };
    expect(renderMessage("t", { field: "extensions.x" }, source)).toBe('"extensions.x" is wrong.');
    expect(renderMessage("u", { field: '"extensions.x"' }, source)).toBe('"extensions.x" is wrong.');
    expect(fieldInWords('"entries[0][\\"a b\\"]"', en.fields)).toBeUndefined();
    expect(fieldInWords('"', en.fields)).toBeUndefined();
    expect(fieldInWords('"(the report)"', ru.fields)).toBeUndefined();
    expect(fieldInWords('"constructor"', ru.fields)).toBeUndefined();
  });

  it("reads the dotted notation of a path too", () => {
    expect(fieldInWords("entries.2.activities.0.evidence.1.uri", en.fields)).toBe(
      'the address of evidence link 2 of activity 1 of entry 3 ("entries.2.activities.0.evidence.1.uri")',
    );
  });

  it("has words for the same fields in both languages, and a number in every item", () => {
    for (const part of ["names", "items", "owners"] as const) expect(Object.keys(ru.fields[part]).sort()).toEqual(Object.keys(en.fields[part]).sort());
    for (const locale of [en, ru])
      for (const words of [...Object.values(locale.fields.items), ...Object.values(locale.fields.owners)]) expect(words).toContain("{n}");
  });

  it("says every item of every list, and stops at a path that leaves the format", () => {
    expect(fieldInWords("entries[0].activities[0].partners[2]", en.fields)).toBe('partner 3 of activity 1 of entry 1 ("entries[0].activities[0].partners[2]")');
    expect(fieldInWords("entries[4]", ru.fields)).toBe('«запись 5» ("entries[4]")');
    expect(fieldInWords("entries[0].activities", ru.fields)).toBe('«мероприятия записи 1» ("entries[0].activities")');
    expect(fieldInWords("entries[0].year", en.fields)).toBeUndefined();
    expect(fieldInWords("submittedOn.x", en.fields)).toBeUndefined();
    expect(fieldInWords("entries[0].activities[0].partners[0].x", en.fields)).toBeUndefined();
    expect(fieldInWords("extensions.a.b", en.fields)).toBeUndefined();
  });
});
