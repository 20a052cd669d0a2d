import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { defineRegistry } from "./defineRegistry.js";
import { membersOn } from "./membersOn.js";
import { observersOn } from "./observersOn.js";
import { statusDuring } from "./registryIndex.js";
import { statusInYear } from "./statusInYear.js";
import { statusOn } from "./statusOn.js";
import type { ParticipantStatus } from "./types.js";

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const dayNumber = fc.integer({ min: 0, max: 365 * 40 });
const toDate = (n: number) => {
  const d = new Date(Date.UTC(1995, 0, 1) + n * 86_400_000);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
};
const anyDate = dayNumber.map(toDate);

describe("registry queries (properties)", () => {
  it("puts every participant in exactly one of members, observers or neither on any date", () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const members = new Set(membersOn(cica.registry, date).map((p) => p.code));
        const observers = new Set(observersOn(cica.registry, date).map((p) => p.code));
        for (const participant of cica.registry.participants) {
          const status = statusOn(cica.registry, participant.code, date);
          expect(members.has(participant.code)).toBe(status === "member");
          expect(observers.has(participant.code)).toBe(status === "observer");
        }
      }),
    );
  });

  it("never lets the CICA membership shrink, as no member has left", () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const before = membersOn(cica.registry, early).map((p) => p.code);
        const after = new Set(membersOn(cica.registry, late).map((p) => p.code));
        expect(before.every((code) => after.has(code))).toBe(true);
      }),
    );
  });

  it("answers statusOn as the latest change on or before the date, for any history", () => {
    const statuses: ParticipantStatus[] = ["member", "observer", "none"];
    const history = fc
      .uniqueArray(dayNumber, { minLength: 0, maxLength: 6 })
      .chain((days) =>
        fc.tuple(fc.constant([...days].sort((x, y) => x - y)), fc.array(fc.constantFrom(...statuses), { minLength: days.length, maxLength: days.length })),
      );
    fc.assert(
      fc.property(history, anyDate, ([days, chosen], date) => {
        const changes = days.map((day, i) => ({ status: chosen[i] as ParticipantStatus, since: toDate(day) }));
        const registry = defineRegistry({ participants: [{ code: "AA", kind: "state", name: { en: "Avalon" }, history: changes }] });
        const expected = [...changes].reverse().find((change) => change.since <= date)?.status ?? "none";
        expect(statusOn(registry, "AA", date)).toBe(expected);
      }),
    );
  });

  it("gives a participant's status during a year (statusDuring, read by the report rules) as statusOn reads it day by day", () => {
    const statuses: ParticipantStatus[] = ["member", "observer", "none"];
    const history = fc
      .uniqueArray(dayNumber, { minLength: 0, maxLength: 6 })
      .chain((days) =>
        fc.tuple(fc.constant([...days].sort((x, y) => x - y)), fc.array(fc.constantFrom(...statuses), { minLength: days.length, maxLength: days.length })),
      );
    fc.assert(
      fc.property(history, fc.integer({ min: 1994, max: 2036 }), ([days, chosen], year) => {
        const changes = days.map((day, i) => ({ status: chosen[i] as ParticipantStatus, since: toDate(day) }));
        const registry = defineRegistry({ participants: [{ code: "AA", kind: "state", name: { en: "Avalon" }, history: changes }] });
        // Day by day: the year's first day, and each day a change takes effect in the year.
        const seen = new Set([statusOn(registry, "AA", `${year}-01-01`) ?? "none"]);
        for (const change of changes) if (change.since.startsWith(`${year}-`)) seen.add(statusOn(registry, "AA", change.since) ?? "none");
        const expected = seen.has("member") ? "member" : seen.has("observer") ? "observer" : "none";
        expect(statusDuring(registry.participants[0]!, `${year}-01-01`, `${year}-12-31`)).toBe(expected);
        expect(statusInYear(registry, "AA", year)).toBe(expected);
      }),
    );
  });
});
