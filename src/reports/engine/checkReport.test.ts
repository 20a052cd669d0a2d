import { describe, expect, it } from "vitest";
import { BASE_ACTIVITY, BASE_REPORT } from "../../../test/support/reports.js";
import { cica } from "../../data/cica/index.js";
import { REPORT_LIMITS } from "../limits.js";
import { validateReport } from "../validateReport.js";

const issueOf = (input: unknown, rule: string) => validateReport(input, cica).issues.find((issue) => issue.rule === rule);

describe("checkReport", () => {
  it("counts a nil report's entries as given when a list inside an entry is cut but the entries are not", () => {
    const activities = Array.from({ length: REPORT_LIMITS.activities + 1 }, () => BASE_ACTIVITY);
    const entries = [
      { measure: "2.1.2", status: "implemented", activities },
      { measure: "HUM.4", status: "planned" },
      { measure: "2.1.4", status: "planned" },
    ];
    const input = { ...BASE_REPORT, nil: true, entries };
    expect(issueOf(input, "field.too-many")?.path).toEqual(["entries", 0, "activities"]);
    expect(issueOf(input, "nil.with-entries")?.params).toMatchObject({ count: 3 });
  });

  it("counts a nil report's entries before the cut when there are more than the limit", () => {
    const entries = Array.from({ length: REPORT_LIMITS.entries + 1 }, () => ({ measure: "2.1.2", status: "planned" }));
    const input = { ...BASE_REPORT, nil: true, entries };
    expect(issueOf(input, "nil.with-entries")?.params).toMatchObject({ count: REPORT_LIMITS.entries + 1 });
  });

  it("names what a report that cannot be read threw: the error's name, or `error` for a value thrown that is not one", () => {
    const throwing = (thrown: unknown) =>
      Object.defineProperty({ ...BASE_REPORT }, "id", {
        enumerable: true,
        get() {
          throw thrown;
        },
      });
    const [typeError, ...rest] = validateReport(throwing(new TypeError("no")), cica).issues;
    expect(rest).toEqual([]);
    expect(typeError).toMatchObject({ rule: "report.type", path: [], params: { received: "an object that cannot be read (TypeError)" } });
    expect(issueOf(throwing("no"), "report.type")?.params).toMatchObject({ received: "an object that cannot be read (error)" });
  });
});
