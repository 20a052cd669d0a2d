// Shared fixtures of the aggregate and render tests: a valid report and its variants, and the
// CbmError expectations. Moved here from the one aggregate test file when it was split by function.
import { expect } from "vitest";
import type { Catalogue } from "../../src/catalogue/types.js";
import { cica } from "../../src/data/cica/index.js";
import { CbmError } from "../../src/errors/CbmError.js";
import type { NationalReport, ReportActivity, ReportEntry } from "../../src/reports/schema.js";
export const registry = cica.registry;
export const c2021: Catalogue = cica.catalogues["cica@2021"];
export const c2004: Catalogue = cica.catalogues["cica@2004"];
export const STATUSES = ["not-started", "planned", "in-progress", "partially-implemented", "implemented", "not-applicable"];

export type ReportOverrides = Partial<Omit<NationalReport, "schema" | "reporter">>;

/** A valid report of `reporter`, by default on cica@2021 for 2025, revision 1, one entry. */
export function report(reporter: string, overrides: ReportOverrides = {}): NationalReport {
  const year = overrides.year ?? 2025;
  return {
    schema: "cica-cbm/report@1",
    id: `${reporter}-${year}`,
    reporter,
    catalogue: "cica@2021",
    year,
    revision: 1,
    submittedOn: `${year + 1}-03-01`,
    entries: [{ measure: "2.1.2", status: "implemented" }],
    ...overrides,
  };
}

export const nilReport = (reporter: string, overrides: ReportOverrides = {}): NationalReport => report(reporter, { nil: true, entries: [], ...overrides });

export const entry = (measure: string, status = "implemented"): ReportEntry => ({ measure, status });

export const activity = (partners: readonly string[], from: string, to?: string, title = "Joint activity", kind = "seminar"): ReportActivity =>
  to === undefined ? { title, kind, from, partners } : { title, kind, from, to, partners };

export const joint = (reporter: string, measure: string, activities: readonly ReportActivity[], overrides: ReportOverrides = {}): NationalReport =>
  report(reporter, { entries: [{ measure, status: "implemented", activities }], ...overrides });

export function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

export function expectCbmError(fn: () => unknown, code: CbmError["code"]): void {
  const error = catchError(fn);
  expect(error).toBeInstanceOf(CbmError);
  expect((error as CbmError).code).toBe(code);
}
