import { describe, expect, it } from "vitest";
import { catchError, report } from "../../test/support/aggregateFixtures.js";
import { plan } from "../../test/support/planFixtures.js";
import { findDiscrepancies } from "../aggregate/findDiscrepancies.js";
import { implementationMatrix } from "../aggregate/implementationMatrix.js";
import { reportingRate } from "../aggregate/reportingRate.js";
import { cica } from "../data/cica/index.js";
import { CbmError } from "../errors/CbmError.js";
import { dimensionReview } from "../plans/dimensionReview.js";
import { discrepancyTable } from "./discrepancyTable.js";
import { matrixLegend } from "./matrixLegend.js";
import { matrixTable } from "./matrixTable.js";
import { rateTable } from "./rateTable.js";
import { renderDimensionReview } from "./renderDimensionReview.js";
import { renderMatrixSvg } from "./renderMatrixSvg.js";
import { renderReport } from "./renderReport.js";
import { replyTable } from "./replyTable.js";

// Built inside each test that reads them (docs/testing.md: fixtures belong inside the tests).
const matrix = () => implementationMatrix([], cica, { year: 2025, catalogue: "cica@2021" });
const rate = () => reportingRate([], cica, { year: 2025 });
const found = () => findDiscrepancies([], cica, { year: 2025 });
const review = () => dimensionReview(plan([]), [], cica, { year: 2025, dimension: "human", catalogue: "cica@2021" });
const kk = "kk" as never;

const renderers: readonly (readonly [string, () => unknown])[] = [
  ["discrepancyTable", () => discrepancyTable(found(), { lang: kk })],
  ["matrixLegend", () => matrixLegend(matrix(), { lang: kk })],
  ["matrixTable", () => matrixTable(matrix(), { lang: kk })],
  ["rateTable", () => rateTable(rate(), { lang: kk })],
  ["renderDimensionReview", () => renderDimensionReview(review(), { lang: kk })],
  ["renderMatrixSvg", () => renderMatrixSvg(matrix(), { lang: kk })],
  ["renderReport", () => renderReport(report("KZ"), { lang: kk })],
  ["replyTable", () => replyTable(rate(), { lang: kk })],
];

describe("a language that is not one", () => {
  it.each(renderers)("makes %s throw invalid-argument, naming itself, its option and the language it got", (name, render) => {
    const error = catchError(render);
    expect(error).toBeInstanceOf(CbmError);
    expect((error as CbmError).code).toBe("invalid-argument");
    expect((error as CbmError).message.startsWith(`${name}: options.lang `)).toBe(true);
    expect((error as CbmError).message).toContain('"kk"');
  });
});
