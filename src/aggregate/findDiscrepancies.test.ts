import { describe, expect, it } from "vitest";
import type { CbmError } from "../errors/CbmError.js";
import { findDiscrepancies } from "./findDiscrepancies.js";
import type { ReportActivity } from "../reports/schema.js";
import { registry, report, nilReport, entry, activity, joint, expectCbmError, catchError, c2021 } from "../../test/support/aggregateFixtures.js";

describe("findDiscrepancies", () => {
  const kz = joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-01", "2025-09-30", "Student exchange", "exchange")]);
  const uz = joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-15", undefined, "Exchange of students", "exchange")]);

  it("confirms a pair reported by both partners under the same measure on overlapping dates, in one row", () => {
    for (const input of [
      [kz, uz],
      [uz, kz],
    ]) {
      const found = findDiscrepancies(input, {}, { year: 2025 });
      expect(found).toMatchObject({ year: 2025, confirmed: 1, unconfirmed: 0, noPartnerReport: 0 });
      expect(found.rows).toEqual([
        {
          catalogue: "cica@2021",
          measure: "HUM.4",
          reporter: "KZ",
          partner: "UZ",
          status: "confirmed",
          activity: { title: "Student exchange", kind: "exchange", from: "2025-09-01", to: "2025-09-30" },
          partnerActivity: { title: "Exchange of students", kind: "exchange", from: "2025-09-15", to: "2025-09-15" },
        },
      ]);
    }
  });

  it("counts activities that touch on a single shared day as overlapping, from either side and in either input order", () => {
    const early = (reporter: string, partner: string) => joint(reporter, "HUM.4", [activity([partner], "2025-03-01", "2025-03-05")]);
    const late = (reporter: string, partner: string, from: string) => joint(reporter, "HUM.4", [activity([partner], from, "2025-03-09")]);
    for (const [a, b] of [
      [early("KZ", "UZ"), late("UZ", "KZ", "2025-03-05")],
      [late("KZ", "UZ", "2025-03-05"), early("UZ", "KZ")],
    ] as const) {
      expect(findDiscrepancies([a, b], {}, { year: 2025 }).confirmed).toBe(1);
      expect(findDiscrepancies([b, a], {}, { year: 2025 }).confirmed).toBe(1);
    }
    // The day after is not a shared day.
    const apart = findDiscrepancies([early("KZ", "UZ"), late("UZ", "KZ", "2025-03-06")], {}, { year: 2025 });
    expect(apart).toMatchObject({ confirmed: 0, unconfirmed: 2 });
  });

  it("pairs optimally: two accounts on each side that can all be paired give two confirmed pairs, not one and two unconfirmed", () => {
    // Pairing the earliest first would take Week–Opening and leave Day and Closing apart.
    const kzTwo = joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-01", "2025-09-10", "Week"), activity(["UZ"], "2025-09-02", "2025-09-02", "Day")]);
    const uzTwo = joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-02", "2025-09-02", "Opening"), activity(["KZ"], "2025-09-08", "2025-09-08", "Closing")]);
    for (const input of [
      [kzTwo, uzTwo],
      [uzTwo, kzTwo],
    ]) {
      const found = findDiscrepancies(input, {}, { year: 2025 });
      expect(found).toMatchObject({ confirmed: 2, unconfirmed: 0, noPartnerReport: 0 });
      expect(found.rows.map((r) => [r.status, r.activity.title, r.partnerActivity?.title])).toEqual([
        ["confirmed", "Week", "Closing"],
        ["confirmed", "Day", "Opening"],
      ]);
    }
  });

  it("among the most pairs, chooses the least total date distance (|start − start| + |end − end| in days)", () => {
    // Each pairing confirms both; Long–Long and Short–Short are 0 days apart, the crossed pairing 6.
    const kzTwo = joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-01", "2025-09-04", "Long"), activity(["UZ"], "2025-09-03", "2025-09-03", "Short")]);
    const uzTwo = joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-03", "2025-09-03", "Short"), activity(["KZ"], "2025-09-01", "2025-09-04", "Long")]);
    const found = findDiscrepancies([kzTwo, uzTwo], {}, { year: 2025 });
    expect(found.rows.map((r) => [r.activity.title, r.partnerActivity?.title])).toEqual([
      ["Long", "Long"],
      ["Short", "Short"],
    ]);
    // One account, two candidates: the nearer (1 day) wins over the earlier (4 days).
    const one = joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-05", "2025-09-05", "Visit")]);
    const candidates = joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-01", "2025-09-05", "Earlier"), activity(["KZ"], "2025-09-05", "2025-09-06", "Nearer")]);
    for (const input of [
      [one, candidates],
      [candidates, one],
    ]) {
      const rows = findDiscrepancies(input, {}, { year: 2025 }).rows;
      expect(rows.map((r) => [r.reporter, r.status, r.activity.title, r.partnerActivity?.title])).toEqual([
        ["KZ", "confirmed", "Visit", "Nearer"],
        ["UZ", "unconfirmed", "Earlier", undefined],
      ]);
    }
  });

  it("breaks a tie in date distance by the earlier start date, then by title", () => {
    const one = joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-05", "2025-09-05", "Visit")]);
    // Both 1 day away: the one that starts earlier is paired.
    const byStart = joint("UZ", "HUM.4", [
      activity(["KZ"], "2025-09-05", "2025-09-06", "A later start"),
      activity(["KZ"], "2025-09-04", "2025-09-05", "B earlier start"),
    ]);
    // Same dates: the title first in order is paired.
    const byTitle = joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-05", "2025-09-05", "Beta"), activity(["KZ"], "2025-09-05", "2025-09-05", "Alpha")]);
    for (const [partner, expected] of [
      [byStart, "B earlier start"],
      [byTitle, "Alpha"],
    ] as const) {
      for (const input of [
        [one, partner],
        [partner, one],
      ]) {
        const found = findDiscrepancies(input, {}, { year: 2025 });
        expect(found.rows.find((r) => r.status === "confirmed")?.partnerActivity?.title).toBe(expected);
      }
    }
    // Two against two on the same dates: the first titles pair with each other, from either side.
    const kzTwo = joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-05", "2025-09-05", "Two"), activity(["UZ"], "2025-09-05", "2025-09-05", "One")]);
    for (const input of [
      [kzTwo, byTitle],
      [byTitle, kzTwo],
    ]) {
      expect(findDiscrepancies(input, {}, { year: 2025 }).rows.map((r) => [r.activity.title, r.partnerActivity?.title])).toEqual([
        ["One", "Alpha"],
        ["Two", "Beta"],
      ]);
    }
  });

  it("counts the date distance in calendar days across the end of a month: February's 28 days, not another month's", () => {
    // Visit to Near: its end is 13 days after Near's (25 February to 10 March); to Far: its start is 14 days after Far's.
    const kzOne = joint("KZ", "HUM.4", [activity(["UZ"], "2025-02-20", "2025-03-10", "Visit")]);
    const uzTwo = joint("UZ", "HUM.4", [activity(["KZ"], "2025-02-20", "2025-02-25", "Near"), activity(["KZ"], "2025-02-06", "2025-03-10", "Far")]);
    for (const input of [
      [kzOne, uzTwo],
      [uzTwo, kzOne],
    ]) {
      const found = findDiscrepancies(input, {}, { year: 2025 });
      expect(found.rows.find((r) => r.reporter === "KZ")?.partnerActivity?.title).toBe("Near");
    }
  });

  it("counts date distances exactly in the last year of the calendar, so a tie there is still broken by the earlier start", () => {
    // Both 4 days from the visit: Earlier by its start, Later by its end.
    const on = { year: 9999, submittedOn: "9999-12-31" };
    const kzOne = joint("KZ", "HUM.4", [activity(["UZ"], "9999-09-16", "9999-09-16", "Visit")], on);
    const uzTwo = joint("UZ", "HUM.4", [activity(["KZ"], "9999-09-15", "9999-09-19", "Later"), activity(["KZ"], "9999-09-12", "9999-09-16", "Earlier")], on);
    for (const input of [
      [kzOne, uzTwo],
      [uzTwo, kzOne],
    ]) {
      const found = findDiscrepancies(input, {}, { year: 9999 });
      expect(found.rows.find((r) => r.reporter === "KZ")?.partnerActivity?.title).toBe("Earlier");
    }
  });

  it("confirms, of two accounts of the lower code that tie for one partner account, the first in order (start, end, title)", () => {
    const kzTwo = joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-05", "2025-09-05", "Beta"), activity(["UZ"], "2025-09-05", "2025-09-05", "Alpha")]);
    const uzOne = joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-05", "2025-09-05", "Visit")]);
    for (const input of [
      [kzTwo, uzOne],
      [uzOne, kzTwo],
    ]) {
      const rows = findDiscrepancies(input, {}, { year: 2025 }).rows;
      expect(rows.map((r) => [r.reporter, r.status, r.activity.title, r.partnerActivity?.title])).toEqual([
        ["KZ", "confirmed", "Alpha", "Visit"],
        ["KZ", "unconfirmed", "Beta", undefined],
      ]);
    }
  });

  it("finds as many pairs, and as little total date distance, as an exhaustive search of every pairing, whatever the input order", () => {
    // A fixed pseudo-random sequence (no hidden randomness): 500 small groups of up to 5 accounts a side.
    let seed = 15;
    const next = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const day = (d: number) => `2025-09-${String(d).padStart(2, "0")}`;
    const days = (date: string) => Number(date.slice(8, 10));
    const accounts = (partner: string, count: number) =>
      Array.from({ length: count }, (_, k) => {
        const from = 1 + next(8);
        return activity([partner], day(from), day(from + next(4)), `T${next(3)}-${k}`);
      });
    const best = (left: readonly ReportActivity[], right: readonly ReportActivity[], used: ReadonlySet<number> = new Set()): [number, number] => {
      if (left.length === 0) return [0, 0];
      const [a, ...rest] = left as [ReportActivity, ...ReportActivity[]];
      let result = best(rest, right, used);
      right.forEach((b, j) => {
        if (used.has(j) || a.from > (b.to ?? b.from) || b.from > (a.to ?? a.from)) return;
        const [pairs, distance] = best(rest, right, new Set([...used, j]));
        const d = distance + Math.abs(days(a.from) - days(b.from)) + Math.abs(days(a.to ?? a.from) - days(b.to ?? b.from));
        if (pairs + 1 > result[0] || (pairs + 1 === result[0] && d < result[1])) result = [pairs + 1, d];
      });
      return result;
    };
    for (let run = 0; run < 500; run++) {
      const left = accounts("UZ", next(6));
      const right = accounts("KZ", next(6));
      const a = joint("KZ", "HUM.4", left);
      const b = joint("UZ", "HUM.4", right);
      const found = findDiscrepancies([a, b], {}, { year: 2025 });
      const distance = found.rows
        .filter((r) => r.partnerActivity)
        .reduce(
          (sum, r) => sum + Math.abs(days(r.activity.from) - days(r.partnerActivity!.from)) + Math.abs(days(r.activity.to) - days(r.partnerActivity!.to)),
          0,
        );
      expect([found.confirmed, distance]).toEqual(best(left, right));
      const reversed = findDiscrepancies([joint("UZ", "HUM.4", [...right].reverse()), joint("KZ", "HUM.4", [...left].reverse())], {}, { year: 2025 });
      expect(reversed).toEqual(found);
    }
  });

  it("says what a partner that reported under another catalogue version sent, instead of 'no report'", () => {
    const old = joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-15")], { catalogue: "cica@2004" });
    const found = findDiscrepancies([kz, old], {}, { year: 2025 });
    expect(found).toMatchObject({ confirmed: 0, unconfirmed: 0, partnerOtherCatalogue: 2, noPartnerReport: 0 });
    expect(found.rows.map((r) => [r.catalogue, r.reporter, r.status, r.partnerCatalogues])).toEqual([
      ["cica@2004", "UZ", "partner-other-catalogue", ["cica@2021"]],
      ["cica@2021", "KZ", "partner-other-catalogue", ["cica@2004"]],
    ]);
    // Kept to one version, the partner's report under the other is still named.
    const kept = findDiscrepancies([kz, old], {}, { year: 2025, catalogue: "cica@2021" });
    expect(kept.rows.map((r) => [r.reporter, r.status, r.partnerCatalogues])).toEqual([["KZ", "partner-other-catalogue", ["cica@2004"]]]);
    // A report under the same version as well: compared as usual, nothing said of the other.
    const both = findDiscrepancies([kz, old, nilReport("UZ")], {}, { year: 2025, catalogue: "cica@2021" });
    expect(both.rows).toEqual([expect.objectContaining({ reporter: "KZ", status: "unconfirmed", partnerNil: true })]);
    expect(both.rows[0]).not.toHaveProperty("partnerCatalogues");
    // Another version in another year is no report for this one.
    const lastYear = joint("UZ", "HUM.4", [activity(["KZ"], "2024-09-15")], { year: 2024, catalogue: "cica@2004" });
    expect(findDiscrepancies([kz, lastYear], {}, { year: 2025 }).rows.map((r) => r.status)).toEqual(["no-partner-report"]);
  });

  it("leaves accounts unconfirmed when the partner reports the activity under another measure", () => {
    const other = joint("UZ", "HUM.3", [activity(["KZ"], "2025-09-15")]);
    const found = findDiscrepancies([kz, other], {}, { year: 2025 });
    expect(found).toMatchObject({ confirmed: 0, unconfirmed: 2, noPartnerReport: 0 });
    expect(found.rows.map((r) => [r.measure, r.reporter, r.partner, r.status])).toEqual([
      ["HUM.3", "UZ", "KZ", "unconfirmed"],
      ["HUM.4", "KZ", "UZ", "unconfirmed"],
    ]);
    expect(found.rows.every((r) => r.partnerActivity === undefined && r.partnerNil === undefined)).toBe(true);
  });

  it("leaves accounts unconfirmed when the partner's dates do not overlap", () => {
    const later = joint("UZ", "HUM.4", [activity(["KZ"], "2025-10-01", "2025-10-02")]);
    const found = findDiscrepancies([kz, later], {}, { year: 2025 });
    expect(found).toMatchObject({ confirmed: 0, unconfirmed: 2, noPartnerReport: 0 });
    expect(found.rows.map((r) => [r.reporter, r.partner, r.activity.from])).toEqual([
      ["KZ", "UZ", "2025-09-01"],
      ["UZ", "KZ", "2025-10-01"],
    ]);
  });

  it("leaves an account unconfirmed when the partner names someone else", () => {
    const elsewhere = joint("UZ", "HUM.4", [activity(["TJ"], "2025-09-15")]);
    const found = findDiscrepancies([kz, elsewhere], {}, { year: 2025 });
    expect(found.rows.find((r) => r.reporter === "KZ")).toMatchObject({ partner: "UZ", status: "unconfirmed" });
    expect(found.rows.find((r) => r.reporter === "UZ")).toMatchObject({ partner: "TJ", status: "no-partner-report" });
  });

  it("marks partnerNil when the partner sent a nil report", () => {
    const found = findDiscrepancies([kz, nilReport("UZ")], {}, { year: 2025 });
    expect(found).toMatchObject({ confirmed: 0, unconfirmed: 1, noPartnerReport: 0 });
    expect(found.rows[0]).toMatchObject({ reporter: "KZ", partner: "UZ", status: "unconfirmed", partnerNil: true });
  });

  it("says no-partner-report when the partner sent nothing for the year", () => {
    const lastYear = joint("UZ", "HUM.4", [activity(["KZ"], "2024-09-15")], { year: 2024 });
    const found = findDiscrepancies([kz, lastYear], {}, { year: 2025 });
    expect(found).toMatchObject({ confirmed: 0, unconfirmed: 0, noPartnerReport: 1 });
    expect(found.rows[0]).toMatchObject({ reporter: "KZ", partner: "UZ", status: "no-partner-report" });
    expect(found.rows[0]).not.toHaveProperty("partnerNil");
  });

  it("matches accounts one to one: two claims against one mirror give one confirmed and one unconfirmed", () => {
    const two = joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-20", "2025-09-20", "Second"), activity(["UZ"], "2025-09-10", "2025-09-30", "First")]);
    const found = findDiscrepancies([two, uz], {}, { year: 2025 });
    expect(found).toMatchObject({ confirmed: 1, unconfirmed: 1, noPartnerReport: 0 });
    expect(found.rows.map((r) => [r.status, r.activity.title, r.partnerActivity?.title])).toEqual([
      ["confirmed", "First", "Exchange of students"],
      ["unconfirmed", "Second", undefined],
    ]);
  });

  it("leaves organisation partners out when a registry is given", () => {
    const withUn = joint("KZ", "HUM.4", [activity(["UZ", "un"], "2025-09-01", "2025-09-30")]);
    const named = findDiscrepancies([withUn, uz], { registry }, { year: 2025 });
    expect(named.rows.map((r) => r.partner)).toEqual(["UZ"]);
    expect(named).toMatchObject({ confirmed: 1, unconfirmed: 0, noPartnerReport: 0 });
    const unnamed = findDiscrepancies([withUn, uz], {}, { year: 2025 });
    expect(unnamed.rows.map((r) => [r.partner, r.status])).toEqual([
      ["UZ", "confirmed"],
      ["un", "no-partner-report"],
    ]);
  });

  it("counts only the current revision of each report", () => {
    const retracted = report("KZ", { revision: 2, submittedOn: "2026-04-01", entries: [entry("HUM.4")] });
    for (const input of [
      [kz, retracted, uz],
      [retracted, uz, kz],
    ]) {
      const found = findDiscrepancies(input, {}, { year: 2025 });
      expect(found.rows).toEqual([expect.objectContaining({ reporter: "UZ", partner: "KZ", status: "unconfirmed" })]);
    }
  });

  it("keeps to the year and, when given, the catalogue", () => {
    const old = joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-15")], { catalogue: "cica@2004" });
    expect(findDiscrepancies([kz, old], {}, { year: 2025, catalogue: "cica@2021" }).rows.map((r) => [r.catalogue, r.reporter])).toEqual([["cica@2021", "KZ"]]);
    expect(findDiscrepancies([kz, uz], {}, { year: 2024 }).rows).toEqual([]);
  });

  it("throws a CbmError on an invalid year", () => {
    expectCbmError(() => findDiscrepancies([], {}, { year: 2025.5 }), "invalid-argument");
  });

  it("orders the rows the same whatever the order of the input, even for accounts that share a start day and title", () => {
    const two = joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-01", "2025-09-01", "Seminar"), activity(["UZ"], "2025-09-01", "2025-09-05", "Seminar")]);
    const one = joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-03")]);
    const forward = findDiscrepancies([two, one], {}, { year: 2025 });
    const backward = findDiscrepancies([one, two], {}, { year: 2025 });
    expect(forward.rows.map((r) => [r.status, r.activity.to])).toEqual(backward.rows.map((r) => [r.status, r.activity.to]));
  });
});

describe("findDiscrepancies: partners, catalogue versions and the order of rows", () => {
  const year = { year: 2025 };
  const rowsOf = (input: Parameters<typeof findDiscrepancies>[0], options: Parameters<typeof findDiscrepancies>[2] = year) =>
    findDiscrepancies(input, {}, options).rows.map((r) => [r.catalogue, r.reporter, r.partner, r.status, r.activity.title]);

  it("names itself in the message of a CbmError for a context that is not an object and for a catalogue the context lacks", () => {
    for (const call of [
      () => findDiscrepancies([], null as never, year),
      () => findDiscrepancies([], { catalogues: [c2021] }, { year: 2025, catalogue: "cica@2004" }),
    ]) {
      expectCbmError(call, "invalid-argument");
      expect((catchError(call) as CbmError).message).toMatch(/^findDiscrepancies: /);
    }
  });

  it("gives no row for an activity without partners, nor for a state that names itself as a partner", () => {
    const alone = joint("KZ", "HUM.4", [{ title: "Open day", kind: "seminar", from: "2025-09-01" }]);
    const self = joint("UZ", "HUM.4", [activity(["UZ"], "2025-09-01", "2025-09-02", "Own forum")]);
    expect(rowsOf([alone, self])).toEqual([]);
    // A partner named twice in one activity is one account; the state itself next to a partner is skipped.
    const twice = joint("KZ", "HUM.4", [activity(["UZ", "KZ", "UZ"], "2025-09-01", "2025-09-02", "Talks")]);
    expect(rowsOf([twice])).toEqual([["cica@2021", "KZ", "UZ", "no-partner-report", "Talks"]]);
  });

  it("keeps the revision conflicts and back-dated revisions to the catalogue version asked for", () => {
    const clean = joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-01")]);
    // UZ on cica@2004: revision 1 sent twice with different content, and a revision 3 dated before revision 2.
    const old = (revision: number, submittedOn: string) =>
      joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-01")], { catalogue: "cica@2004", revision, submittedOn });
    const input = [clean, old(1, "2026-03-01"), old(1, "2026-03-02"), old(2, "2026-04-01"), old(3, "2026-03-15")];
    const notes = (catalogue?: string) => {
      const found = findDiscrepancies(input, {}, catalogue === undefined ? year : { year: 2025, catalogue });
      return [found.conflicts.map((c) => [c.reporter, c.catalogue, c.revision]), found.backdated.map((b) => [b.reporter, b.catalogue, b.revision])];
    };
    const uz = [[["UZ", "cica@2004", 1]], [["UZ", "cica@2004", 3]]];
    expect(notes()).toEqual(uz);
    expect(notes("cica@2004")).toEqual(uz);
    expect(notes("cica@2021")).toEqual([[], []]);
  });

  it("orders rows by catalogue version even when the state with the lower code reported on the older version", () => {
    // KZ on cica@2004 and UZ on cica@2021: each partner reported, but under the other version.
    const kzOld = joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-01", "2025-09-01", "Old")], { catalogue: "cica@2004" });
    const uzNew = joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-01", "2025-09-01", "New")]);
    for (const input of [
      [kzOld, uzNew],
      [uzNew, kzOld],
    ]) {
      expect(rowsOf(input)).toEqual([
        ["cica@2004", "KZ", "UZ", "partner-other-catalogue", "Old"],
        ["cica@2021", "UZ", "KZ", "partner-other-catalogue", "New"],
      ]);
    }
  });

  it("orders rows by reporter, then partner, whatever the pairs they came from", () => {
    // UZ's accounts do not overlap CN's or KZ's: every account is a row of its own reporter.
    const cn = joint("CN", "HUM.4", [activity(["UZ"], "2025-09-01", "2025-09-01", "CN with UZ")]);
    const kz = joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-01", "2025-09-01", "KZ with UZ"), activity(["CN"], "2025-10-01", "2025-10-01", "KZ with CN")]);
    const uz = joint("UZ", "HUM.4", [activity(["KZ"], "2025-11-01", "2025-11-01", "UZ with KZ"), activity(["CN"], "2025-11-01", "2025-11-01", "UZ with CN")]);
    for (const input of [
      [cn, kz, uz],
      [uz, kz, cn],
    ]) {
      expect(rowsOf(input).map(([, reporter, partner]) => `${reporter}-${partner}`)).toEqual(["CN-UZ", "KZ-CN", "KZ-UZ", "UZ-CN", "UZ-KZ"]);
    }
  });

  it("puts a confirmed account before an unconfirmed one of the same reporter, partner and start day", () => {
    // Two accounts from 1 September: the one ending that day finds no mirror, the longer one does.
    const two = joint("KZ", "HUM.4", [activity(["UZ"], "2025-09-01", "2025-09-01", "Seminar"), activity(["UZ"], "2025-09-01", "2025-09-05", "Seminar")]);
    const one = joint("UZ", "HUM.4", [activity(["KZ"], "2025-09-03")]);
    expect(findDiscrepancies([two, one], {}, year).rows.map((r) => [r.status, r.activity.to])).toEqual([
      ["confirmed", "2025-09-05"],
      ["unconfirmed", "2025-09-01"],
    ]);
  });
});
