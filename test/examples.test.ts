// Every example under examples/ runs as a user would run it (`npx tsx examples/NAME.ts`), and
// prints what it promises. They are type-checked with the tests (tsconfig.test.json includes
// examples/).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { illustrativeReports } from "../examples/illustrative.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = (file: string, ...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", `examples/${file}`, ...args], { cwd: root, encoding: "utf8" });

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "cica-cbm-examples-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("examples/", () => {
  it("has a test for every runnable example", () => {
    const runnable = readdirSync(path.join(root, "examples"))
      .filter((f) => f.endsWith(".ts"))
      .sort();
    expect(runnable).toEqual([
      "custom-catalogue.ts",
      "data-sources.ts",
      "demo.ts",
      "heatmap.ts",
      "illustrative.ts",
      "ministry-report.ts",
      "secretariat-review.ts",
    ]);
  });
});

describe("examples/ministry-report.ts", () => {
  let result: ReturnType<typeof run>;
  beforeAll(() => {
    result = run("ministry-report.ts");
  }, 60_000);

  it("finds the impossible date and the misspelt status, and shows them in Russian and English", () => {
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("valid: false");
    expect(result.stdout).toContain("[error] submittedOn (field.date)");
    expect(result.stdout).toContain('ru: Поле «дата представления» ("submittedOn") должно быть реальной календарной датой');
    expect(result.stdout).toContain('en: Status "implemnted" is not in the vocabulary of cica@2021');
    expect(result.stdout).toContain("after correction, valid: true (0 issues)");
  });

  it("records two revisions, refuses a changed revision 1, and shows what revision 2 changed", () => {
    expect(result.stdout).toContain("revision 1: recorded\nrevision 2: recorded");
    expect(result.stdout).toMatch(/revision 1 again, changed: rejected: Редакция 1 отчёта KZ .* Направьте исправление как редакцию 3\./);
    expect(result.stdout).toContain("current revision: 2\nkept revisions: 1, 2");
    expect(result.stdout).toContain('changed entries/ENV.1/status: "planned" → "in-progress"');
    expect(result.stdout).toContain('added   entries/ENV.1/remarks: — → "Work started in March (example)"');
  });
});

describe("examples/secretariat-review.ts", () => {
  it("reviews a folder of .json and .ndjson files, lists what it could not read, and writes the CSV", () => {
    const folder = path.join(tmp, "reports");
    const reports = illustrativeReports(2025);
    const [first, ...rest] = reports;
    mkdirSync(folder);
    writeFileSync(path.join(folder, "a.ndjson"), `${JSON.stringify(first)}\n{not json\n\n`);
    writeFileSync(path.join(folder, "b.json"), JSON.stringify(rest));
    writeFileSync(path.join(folder, "c.json"), JSON.stringify({ ...first, reporter: "XX", id: "ILLUSTRATIVE-XX" }));
    const csv = path.join(tmp, "replies.csv");
    const result = run("secretariat-review.ts", folder, "--csv", csv);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("a.ndjson:2: not JSON, skipped");
    expect(result.stdout).toMatch(/c\.json: rejected: .*XX/);
    expect(result.stdout).toContain(`read ${reports.length + 1} reports, recorded ${reports.length}`);
    expect(result.stdout).toContain("reporting rate 2025: 23 of 28 expected states replied (1 nil), 7 late, 0 sent only rejected reports, 5 missing");
    expect(result.stdout).toMatch(/mirror checks: \d+ confirmed, \d+ not confirmed, \d+ without a partner report/);
    const written = readFileSync(csv, "utf8");
    expect(written.split("\r\n")[0]).toBe("Code,State,Status,Reply,Late,Revision,First submitted,Entries,Rejected submissions (rules)");
    // The 28 expected states, then XX's rejected report, received and named with its rule.
    expect(written.split("\r\n").filter((l) => l !== "")).toHaveLength(1 + 28 + 1);
    expect(written).toContain('\r\nXX,XX,voluntary (none),"received, rejected",no,,,0,ILLUSTRATIVE-XX r1 (c.json): reporter.unknown\r\n');
  }, 60_000);

  it("with no folder, writes the illustrative data set to a temporary folder, says so, and reviews it", () => {
    const result = run("secretariat-review.ts");
    expect(result.status).toBe(0);
    const folder = /^ILLUSTRATIVE DATA \(invented reports, not real state reports\) written to (.+)$/m.exec(result.stdout)?.[1];
    expect(folder).toBeDefined();
    try {
      expect(result.stdout).toContain("read 23 reports, recorded 23");
      expect(existsSync(path.join(folder!, "replies-2025.csv"))).toBe(true);
    } finally {
      rmSync(folder!, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("examples/custom-catalogue.ts", () => {
  it("defines a catalogue and a registry and validates and aggregates reports on them", () => {
    const result = run("custom-catalogue.ts");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("avalon-plan@2026: 4 measures, 2 military-political");
    expect(result.stdout).toContain("members on 2021-01-01: AA\n");
    expect(result.stdout).toContain("MP-3: undefined");
    expect(result.stdout).toContain("AA-2025: valid");
    expect(result.stdout).toContain(
      'BB-2025: status.unknown: Status "implemented" is not in the vocabulary of avalon-plan@2026; use one of: not-yet, under-way, done.',
    );
    expect(result.stdout).toContain("reporting rate 2025: 1 of 2");
    expect(result.stdout).toContain("| AA | Avalon | 75% | 100% | no measures known | no measures known | – | 0% | 100% | 100% |");
  }, 60_000);
});
