import { describe, expect, it } from "vitest";
import { cica } from "../data/cica/index.js";
import { formatIssue } from "./formatIssue.js";
import { formatPath } from "./formatPath.js";
import { validateReport } from "./validateReport.js";
import { BASE_REPORT } from "../../test/support/reports.js";

/** The report fields of the shared base report (test/support), without its entries. */
const { entries: _baseEntries, ...REPORT_HEADER } = BASE_REPORT;

describe("formatPath", () => {
  it("writes keys with dots and indices in brackets", () => {
    expect(formatPath(["entries", 12, "activities", 0, "partners", 3])).toBe("entries[12].activities[0].partners[3]");
  });

  it("brackets and quotes a key that is not a plain name, and names the report itself", () => {
    expect(formatPath(["extensions", "a b", "x-y"])).toBe('extensions["a b"]["x-y"]');
    expect(formatPath([])).toBe("(the report)");
  });

  it("is the notation of every issue's field param and of its message, in both languages", () => {
    const result = validateReport(
      {
        ...REPORT_HEADER,
        entries: [
          { measure: "2.1.2", status: 3 },
          { measure: "2.1.3", status: "implemented", activities: [{ title: "x", from: "2025-02-30" }] },
        ],
      },
      cica,
    );
    const fields = result.issues.map((issue) => issue.params.field);
    expect(fields).toEqual(["entries[0].status", "entries[1].activities[0].kind", "entries[1].activities[0].from"]);
    for (const issue of result.issues) {
      expect(issue.params.field).toBe(formatPath(issue.path));
      expect(issue.message).toContain(`"${formatPath(issue.path)}"`);
      expect(formatIssue(issue, "ru")).toContain(`"${formatPath(issue.path)}"`);
    }
  });
});
