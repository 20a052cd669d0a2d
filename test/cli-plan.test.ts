/**
 * The annual plan from the command line: `plan validate` (located issues in every format and
 * language), `plan status` (each event's state against the reports, totals adding up to the events)
 * and `plan review` (one dimension's pack as Markdown or JSON). Runs the BUILT `dist/cli.js`, as
 * test/cli.test.ts does.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, describe, expect, it, vi } from "vitest";
import { DIMENSIONS, EVENT_STATES, type CbmPlan } from "cica-cbm";

vi.setConfig({ testTimeout: 30_000 });

const repo = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(repo, "dist", "cli.js");
const TODAY = ["--today", "2026-12-31"] as const;
const PLAN = "examples/illustrative-plan-2025.json";
const plan = JSON.parse(fs.readFileSync(path.join(repo, PLAN), "utf8")) as CbmPlan;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cica-cbm-plan-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(args: readonly string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: "utf8", timeout: 20_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const write = (name: string, value: unknown) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
};

/** A plan with three mistakes: a misspelt dimension, an id given twice, a date of another year. */
const BAD = write("bad-plan.json", {
  schema: "cica-cbm/plan@1",
  id: "P-2025",
  year: 2025,
  catalogue: "cica@2021",
  revision: 1,
  approvedOn: "2024-12-04",
  events: [
    { id: "E1", title: { en: "Trade forum" }, dimension: "Economic", proposers: ["KZ"], planned: "2025-05" },
    { id: "E1", title: { en: "Youth forum" }, dimension: "human", proposers: ["KZ"], planned: "2026-05" },
  ],
});

/** The event that no outcome records: KZ's expert meeting on defence budgets, planned for March. */
const OPEN = plan.events.find((e) => e.outcome === undefined && e.measure !== undefined && e.proposers.includes("KZ") && /^\d{4}-\d{2}$/.test(e.planned))!;
/** KZ's report of an activity under that event's measure, in its month: it confirms the event. */
const REPORT = write("kz-2025.json", {
  schema: "cica-cbm/report@1",
  id: "KZ-2025",
  reporter: "KZ",
  catalogue: "cica@2021",
  year: 2025,
  revision: 1,
  submittedOn: "2026-02-01",
  entries: [{ measure: OPEN.measure, status: "implemented", activities: [{ title: "Expert meeting", kind: "meeting", from: `${OPEN.planned}-12` }] }],
});

interface ValidateJson {
  schema: string;
  results: { source: string; ok: boolean; issues: { rule: string; path: (string | number)[]; message: string }[] }[];
  invalid: number;
  exitCode: number;
}
interface EventJson {
  id: string;
  state: string;
  dimension: string;
  activities: { reporter: string }[];
}
type Counts = Record<string, number>;
interface StatusJson {
  valid: number;
  execution: { events: EventJson[]; totals: Counts; byDimension: { key: string; counts: Counts }[] };
}

describe("cica-cbm plan validate", () => {
  it("accepts the illustrative plan and says so in the chosen language", () => {
    const en = cli(["plan", "validate", PLAN, ...TODAY]);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain("read 1, valid 1, invalid 0");
    const ru = cli(["plan", "validate", PLAN, ...TODAY, "--lang", "ru"]);
    expect(ru.status).toBe(0);
    expect(ru.stdout).toContain("прочитано 1, верных 1, неверных 0");
  });

  it("locates each mistake of a bad plan (file, path, rule, message) and exits 1", () => {
    const { status, stdout } = cli(["plan", "validate", BAD, ...TODAY]);
    expect(status).toBe(1);
    expect(stdout).toContain(`${BAD} file: error plan.dimension-unknown at events[0].dimension:`);
    expect(stdout).toContain(`${BAD} file: error plan.event-duplicate at events[1].id:`);
    expect(stdout).toContain(`${BAD} file: error plan.planned-outside-year at events[1].planned:`);
    expect(stdout).toContain('did you mean "economic"');
    expect(stdout).toContain("invalid 1");
  });

  it("writes the messages of a bad plan in Russian with --lang ru, rule ids unchanged", () => {
    const { status, stdout } = cli(["plan", "validate", BAD, ...TODAY, "--lang", "ru"]);
    expect(status).toBe(1);
    const line = stdout.split("\n").find((l) => l.includes("plan.event-duplicate"))!;
    expect(line).toMatch(/[а-яё]/i);
    expect(line).not.toContain("is given twice");
  });

  it("writes one JSON document whose results and exit code a program can read", () => {
    const { status, stdout } = cli(["plan", "validate", BAD, PLAN, ...TODAY, "--format", "json"]);
    expect(status).toBe(1);
    const document = JSON.parse(stdout) as ValidateJson;
    expect(document.schema).toBe("cica-cbm/validate-result@1");
    expect(document.exitCode).toBe(1);
    expect(document.invalid).toBe(1);
    const bad = document.results.find((r) => r.source === BAD)!;
    expect(bad.ok).toBe(false);
    expect(bad.issues.map((i) => i.rule).sort()).toEqual(["plan.dimension-unknown", "plan.event-duplicate", "plan.planned-outside-year"]);
    expect(bad.issues.find((i) => i.rule === "plan.event-duplicate")?.path).toEqual(["events", 1, "id"]);
  });

  it("writes the issues as CSV rows under headers in the chosen language", () => {
    const { stdout } = cli(["plan", "validate", BAD, ...TODAY, "--format", "csv", "--lang", "ru"]);
    const rows = parseCsv(stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(["файл", "где", "правило", "серьёзность", "путь", "сообщение"]);
    expect(rows.map((r) => r.путь)).toEqual(["events[0].dimension", "events[1].id", "events[1].planned"]);
  });

  it("stops with exit 2 and a message in the chosen language for a missing file, before any output", () => {
    for (const [lang, words] of [
      ["en", "cannot be read"],
      ["ru", "не читается"],
    ] as const) {
      const { status, stdout, stderr } = cli(["plan", "validate", PLAN, "missing-plan.json", "--lang", lang]);
      expect(status).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain("missing-plan.json");
      expect(stderr).toContain(words);
    }
  });

  it("refuses a CSV file as a plan, saying how a plan is written", () => {
    const { status, stderr } = cli(["plan", "validate", write("plan.csv", "id\nE1\n")]);
    expect(status).toBe(2);
    expect(stderr).toContain("a plan is read from .json");
  });

  it("asks for a subcommand it knows, with exit 2", () => {
    for (const args of [["plan"], ["plan", "check", PLAN]]) {
      const { status, stderr } = cli(args);
      expect(status).toBe(2);
      expect(stderr).toContain("validate, status or review");
    }
  });
});

describe("cica-cbm plan: the revisions of one plan", () => {
  const amended = { ...plan, revision: 3, approvedOn: "2025-12-20" };
  const FIRST = write("plan-r3.json", amended);
  const OTHER = write("plan-r3-other.json", { ...amended, approvedOn: "2025-12-21", events: amended.events.slice(1) });

  it("finds a revision number given twice with different content across files, on the later one, and exits 1", () => {
    const { status, stdout } = cli(["plan", "validate", FIRST, OTHER, ...TODAY]);
    expect(status).toBe(1);
    expect(stdout).toContain(`${OTHER} file: error plan.revision-conflict at revision:`);
    expect(stdout).not.toContain(`${FIRST} file: error`);
    expect(stdout).toContain("read 2, valid 1, invalid 1");
  });

  it("accepts the same revision given twice with the same content", () => {
    const { status } = cli(["plan", "validate", FIRST, write("plan-r3-again.json", amended), ...TODAY]);
    expect(status).toBe(0);
  });

  it("counts the revision before a conflicting one in status, says so, and exits 1", () => {
    const both = write("plan-revisions.json", [plan, amended, { ...amended, approvedOn: "2025-12-21", events: amended.events.slice(1) }]);
    const { status, stdout } = cli(["plan", "status", both, "--year", "2025"]);
    expect(status).toBe(1);
    expect(stdout).toContain(`${plan.id}, revision ${plan.revision},`);
    expect(stdout).toContain(`revision 3 of ${plan.id} is given twice with different content`);
  });

  it("refuses a file of plans of several ids for the year with exit 2, naming them", () => {
    const { status, stderr } = cli(["plan", "status", write("two-plans.json", [plan, { ...plan, id: "OTHER-PLAN-2025" }]), "--year", "2025"]);
    expect(status).toBe(2);
    expect(stderr).toContain(`several ids for 2025 (${plan.id}, OTHER-PLAN-2025)`);
  });
});

describe("cica-cbm plan status", () => {
  it("confirms an event without an outcome by a matching report, and leaves it 'no information' without one", () => {
    const alone = JSON.parse(cli(["plan", "status", PLAN, "--year", "2025", "--format", "json"]).stdout) as StatusJson;
    expect(alone.execution.events.find((e) => e.id === OPEN.id)?.state).toBe("no-information");
    const withReport = cli(["plan", "status", PLAN, REPORT, "--year", "2025", "--format", "json", ...TODAY]);
    expect(withReport.status).toBe(0);
    const status = JSON.parse(withReport.stdout) as StatusJson;
    expect(status.valid).toBe(1);
    const event = status.execution.events.find((e) => e.id === OPEN.id)!;
    expect(event.state).toBe("held-by-reports");
    expect(event.activities.map((a) => a.reporter)).toEqual(["KZ"]);
    expect(status.execution.totals["held-by-reports"]).toBe(alone.execution.totals["held-by-reports"]! + 1);
    expect(status.execution.totals["no-information"]).toBe(alone.execution.totals["no-information"]! - 1);
  });

  it("gives totals that add up to the plan's events, overall and in each dimension", () => {
    const { execution } = JSON.parse(cli(["plan", "status", PLAN, REPORT, "--year", "2025", "--format", "json", ...TODAY]).stdout) as StatusJson;
    const sum = (counts: Counts) => EVENT_STATES.reduce((total, state) => total + counts[state]!, 0);
    expect(execution.totals.events).toBe(plan.events.length);
    expect(sum(execution.totals)).toBe(plan.events.length);
    for (const row of execution.byDimension) {
      expect(sum(row.counts)).toBe(plan.events.filter((e) => e.dimension === row.key).length);
    }
    for (const state of EVENT_STATES) expect(execution.totals[state]).toBe(execution.events.filter((e) => e.state === state).length);
  });

  it("prints the plan line, the totals by dimension and each event in words, with 'no information' explained", () => {
    const en = cli(["plan", "status", PLAN, REPORT, "--year", "2025", ...TODAY]);
    expect(en.stdout).toContain(`${plan.id}, revision ${plan.revision}, approved on ${plan.approvedOn}: ${plan.events.length} events`);
    expect(en.stdout).toContain("| Economic dimension |");
    expect(en.stdout).toMatch(new RegExp(`\\| ${OPEN.id} \\|.*\\| held \\(by reports\\) \\| KZ \\|`));
    expect(en.stdout).toContain("it does not mean it was not held");
    expect(en.stderr).toContain("read 1, valid 1");
    const ru = cli(["plan", "status", PLAN, REPORT, "--year", "2025", ...TODAY, "--lang", "ru"]);
    expect(ru.stdout).toContain(`${plan.id}, редакция ${plan.revision}, утверждена ${plan.approvedOn}: мероприятий ${plan.events.length}`);
    expect(ru.stdout).toContain("| Экономическое измерение |");
    expect(ru.stdout).toMatch(new RegExp(`\\| ${OPEN.id} \\|.*\\| проведено \\(по отчётам\\) \\| KZ \\|`));
    expect(ru.stdout).toContain("не значит, что оно не проведено");
  });

  it("lists only one dimension's events with --dimension", () => {
    const { execution } = JSON.parse(cli(["plan", "status", PLAN, "--year", "2025", "--dimension", "human", "--format", "json"]).stdout) as StatusJson;
    expect(execution.events.length).toBe(plan.events.filter((e) => e.dimension === "human").length);
    expect(new Set(execution.events.map((e) => e.dimension))).toEqual(new Set(["human"]));
  });

  it("writes the events as CSV with state codes, one row an event", () => {
    const { stdout } = cli(["plan", "status", PLAN, REPORT, "--year", "2025", "--format", "csv", ...TODAY]);
    const rows = parseCsv(stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(plan.events.map((e) => e.id));
    expect(rows.find((r) => r.id === OPEN.id)?.state).toBe("held-by-reports");
  });

  it("counts nothing from a bad plan: its issues located on stderr, nothing on stdout, exit 1", () => {
    for (const lang of ["en", "ru"]) {
      const { status, stdout, stderr } = cli(["plan", "status", BAD, REPORT, "--year", "2025", "--lang", lang, ...TODAY]);
      expect(status).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toContain(`${BAD} file: error plan.event-duplicate at events[1].id:`);
      expect(stderr).toContain(lang === "en" ? "the plan is not valid" : "план неверен");
    }
  });

  it("exits 1 when a report is invalid, and still counts the plan", () => {
    const broken = write("broken.json", { schema: "cica-cbm/report@1", id: "X", reporter: "KZ", year: 2025 });
    const { status, stdout } = cli(["plan", "status", PLAN, broken, "--year", "2025", ...TODAY]);
    expect(status).toBe(1);
    expect(stdout).toContain(`${plan.events.length} events`);
  });

  it("says when no revision of the plan is in force for the year or by --as-of, and counts no event", () => {
    const other = cli(["plan", "status", PLAN, "--year", "2024", "--format", "json"]);
    expect((JSON.parse(other.stdout) as StatusJson).execution.totals.events).toBe(0);
    expect(cli(["plan", "status", PLAN, "--year", "2024"]).stdout).toContain("no plan for 2024 is in the file");
    const before = cli(["plan", "status", PLAN, "--year", "2025", "--as-of", "2025-12-09", "--lang", "ru"]);
    expect(before.status).toBe(0);
    expect(before.stdout).toContain("ни одна редакция плана на 2025 год не утверждена к 2025-12-09");
    expect(cli(["plan", "status", PLAN, "--year", "2025", "--as-of", plan.approvedOn]).stdout).toContain(`${plan.events.length} events`);
  });

  it("needs --year, and a report file that exists", () => {
    expect(cli(["plan", "status", PLAN]).stderr).toContain("--year is required");
    const missing = cli(["plan", "status", PLAN, "missing.ndjson", "--year", "2025"]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe("");
  });
});

describe("cica-cbm plan review", () => {
  const economic = DIMENSIONS.find((d) => d.id === "economic")!;

  it("writes one dimension's review pack as Markdown, in English and in Russian", () => {
    const en = cli(["plan", "review", PLAN, REPORT, "--year", "2025", "--dimension", "economic", "--format", "md", ...TODAY]);
    expect(en.status).toBe(0);
    expect(en.stdout.split("\n")[0]).toBe(`# ${economic.en}: review of implementation, 2025`);
    const ru = cli(["plan", "review", PLAN, REPORT, "--year", "2025", "--dimension", "economic", "--lang", "ru", ...TODAY]);
    expect(ru.status).toBe(0);
    expect(ru.stdout.split("\n")[0]).toBe(`# ${economic.ru}: обзор выполнения мер, 2025 год`);
  });

  it("writes the review as JSON for the dimension's events only", () => {
    const { stdout } = cli(["plan", "review", PLAN, REPORT, "--year", "2025", "--dimension", "economic", "--format", "json", ...TODAY]);
    const review = JSON.parse(stdout) as { dimension: string; execution: { totals: Counts } };
    expect(review.dimension).toBe("economic");
    expect(review.execution.totals.events).toBe(plan.events.filter((e) => e.dimension === "economic").length);
  });

  it("needs a known --dimension and a format that holds a document", () => {
    expect(cli(["plan", "review", PLAN, "--year", "2025"]).stderr).toContain("--dimension is required");
    const unknown = cli(["plan", "review", PLAN, "--year", "2025", "--dimension", "Economic"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("--dimension must be");
    const csv = cli(["plan", "review", PLAN, "--year", "2025", "--dimension", "economic", "--format", "csv"]);
    expect(csv.status).toBe(2);
    expect(csv.stderr).toContain("--format text, md or json");
  });
});
