import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CbmPlan, DIMENSIONS } from "../src/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const plan = JSON.parse(readFileSync(path.join(root, "examples", "illustrative-plan-2025.json"), "utf8")) as CbmPlan;
const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "examples/demo.ts", ...args], { cwd: root, encoding: "utf8" });

let tmp: string;
let en: ReturnType<typeof run>;
let ru: ReturnType<typeof run>;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "cica-cbm-demo-"));
  en = run("--out", path.join(tmp, "en"));
  ru = run("--lang", "ru", "--out", path.join(tmp, "ru"));
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("npm run demo: the Secretariat's review on the illustrative data", () => {
  it("says at the start and at the end that the data is illustrative, not real state reports", () => {
    expect(en.status).toBe(0);
    const lines = en.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/ILLUSTRATIVE DATA.*not real state reports/);
    expect(lines.at(-1)).toMatch(/ILLUSTRATIVE DATA.*not real state reports/);
  });

  it("shows the deliberately wrong submissions as a validation report grouped by rule", () => {
    expect(en.stdout).toContain("Submissions received: 27 (23 valid, 4 invalid)");
    for (const rule of [
      "field.date",
      "measure.unknown",
      "status.unknown",
      "nil.with-entries",
      "field.unknown",
      "activity.ends-before-start",
      "partner.is-reporter",
    ]) {
      expect(en.stdout).toMatch(new RegExp(`error +${rule.replace(/\./g, "\\.")} +×1`));
    }
  });

  it("names the state, report and place in the batch of the submission each rule hit", () => {
    const grouped = en.stdout.slice(en.stdout.indexOf("errors grouped by rule"), en.stdout.indexOf("Ledger of revisions"));
    const named = grouped.match(/in submissions: [A-Z]{2} ILLUSTRATIVE-([A-Z]{2})-2025(?:-B)? r1 \(#\d+\)$/gm) ?? [];
    expect(named).toHaveLength(7);
    // The state named first is the reporter written in the report it names.
    for (const line of named) expect(line.slice("in submissions: ".length, "in submissions: ".length + 2)).toBe(line.match(/ILLUSTRATIVE-([A-Z]{2})/)?.[1]);
    expect(ru.stdout).toMatch(/в отчётах: [A-Z]{2} ILLUSTRATIVE-/);
  });

  it("records the revisions: a correction, a revision 2 with its changes, a resubmission, a rejected conflict", () => {
    expect(en.stdout).toContain("Ledger of revisions: 25 recorded, 1 unchanged (an identical resubmission), 5 rejected");
    expect(en.stdout).toMatch(/Send the correction as revision 3\./);
    expect(en.stdout).toMatch(/entries\/2\.1\.1\.b\/status: "in-progress" → "implemented"/);
  });

  it("prints the reporting rate, the matrix by dimension and the mirror checks", () => {
    expect(en.stdout).toContain(
      "Reporting rate 2025: 86% (expected 28, replied 24, nil reports 1, late 7, rejected only 1, missing 3; illustrative deadline 2026-04-15)",
    );
    expect(en.stdout).toContain("| Code | State | Military-political dimension: level | Military-political dimension: coverage |");
    expect(en.stdout).toMatch(/Mirror checks of joint activities: \d+ confirmed by both sides, \d+ not confirmed by the partner, \d+ partner sent no report/);
  });

  it("follows every count of rejected submissions with as many reasons: the submission and the rules that rejected it", () => {
    for (const [out, header] of [
      [en.stdout, /^Submissions received: 27 \(23 valid, (\d+) invalid\)$/m],
      [en.stdout, /^Ledger of revisions: .*, (\d+) rejected$/m],
      [ru.stdout, /^Поступило отчётов: 27 \(23 корректных, (\d+) с ошибками\)$/m],
      [ru.stdout, /^Журнал редакций: .*, (\d+) отклонено$/m],
    ] as const) {
      const found = header.exec(out);
      expect(found).not.toBeNull();
      const count = Number(found![1]);
      const after = out
        .slice(found!.index + found![0].length + 1)
        .split("\n")
        .slice(0, count);
      expect(after).toHaveLength(count);
      for (const line of after) expect(line).toMatch(/^ {2}#\d+ [A-Z]{2} ILLUSTRATIVE-[A-Z]{2}-2025(-B)? r\d+: [a-z-]+\.[a-z-]+(, [a-z-]+\.[a-z-]+)*$/);
    }
    expect(en.stdout).toMatch(/Ledger of revisions: .*, 5 rejected\n( {2}#.*\n){4} {2}#31 AE ILLUSTRATIVE-AE-2025 r1: ledger\.conflict\n/);
  });

  it("shows in the table of replies a state whose every submission was rejected as rejected, with the rules, apart from missing", () => {
    const review = readFileSync(path.join(tmp, "en", "review.md"), "utf8");
    const kr = review.split("\n").find((line) => line.startsWith("| KR |"));
    expect(kr).toMatch(/\| received, rejected \|/);
    expect(kr).toContain("ILLUSTRATIVE-KR-2025 r1 (row 26): nil.with-entries");
    expect(review.split("\n").filter((line) => / \| expected \(member\) \| missing \| /.test(line))).toHaveLength(3);
    const reviewRu = readFileSync(path.join(tmp, "ru", "review.ru.md"), "utf8");
    expect(reviewRu.split("\n").find((line) => line.startsWith("| KR |"))).toMatch(/\| получен, отклонён \|.*\(строка 26\): nil\.with-entries/);
    expect(ru.stdout).toContain("только отклонённые 1, не ответили 3;");
  });

  it("writes a Markdown review and an SVG heat map, both labelled illustrative", () => {
    expect(readdirSync(path.join(tmp, "en")).sort()).toEqual(["heatmap.svg", "review-human.md", "review.md"]);
    const review = readFileSync(path.join(tmp, "en", "review.md"), "utf8");
    const svg = readFileSync(path.join(tmp, "en", "heatmap.svg"), "utf8");
    expect(review).toMatch(/^# The Secretariat's review of 2025 \(illustrative data\)/);
    expect(review).toContain("not real state reports");
    expect(review).toContain("![Implementation level of the 2021 Catalogue, 2025 (illustrative data, not real reports)](heatmap.svg)");
    expect(svg).toMatch(/^<svg[^>]*>/);
    expect(svg).toContain(">Implementation level of the 2021 Catalogue, 2025 (illustrative data, not real reports)</title>");
  });

  it("gives the same review on every run (the data is generated from a seed)", () => {
    const again = run("--out", path.join(tmp, "again"));
    const withoutPaths = (out: string) => out.replace(/^Wrote .*$/m, "");
    expect(withoutPaths(again.stdout)).toBe(withoutPaths(en.stdout));
    expect(readFileSync(path.join(tmp, "again", "review.md"), "utf8")).toBe(readFileSync(path.join(tmp, "en", "review.md"), "utf8"));
    expect(readFileSync(path.join(tmp, "again", "review-human.md"), "utf8")).toBe(readFileSync(path.join(tmp, "en", "review-human.md"), "utf8"));
  }, 60_000);

  it("speaks Russian when asked, marked as a working translation", () => {
    expect(ru.status).toBe(0);
    expect(ru.stdout).toContain("ИЛЛЮСТРАТИВНЫЕ ДАННЫЕ");
    expect(ru.stdout).toContain("Поступило отчётов: 27 (23 корректных, 4 с ошибками)");
    expect(ru.stdout).toContain("Русские тексты — рабочие переводы.");
    expect(readdirSync(path.join(tmp, "ru")).sort()).toEqual(["heatmap.ru.svg", "review-human.ru.md", "review.ru.md"]);
  });

  it("validates the illustrative plan and counts its events by state, the counts adding up to its events, 'no information' apart", () => {
    for (const [out, line, states] of [
      [
        en.stdout,
        /^ILLUSTRATIVE-PLAN-2025, revision 2, approved on 2025-12-10: (\d+) events \(the plan is valid, warnings: 0\)$/m,
        /^ {2}held (\d+), held \(by reports\) (\d+), postponed (\d+), cancelled (\d+), merged (\d+), no information (\d+)$/m,
      ],
      [
        ru.stdout,
        /^ILLUSTRATIVE-PLAN-2025, редакция 2, утверждена 2025-12-10: мероприятий (\d+) \(план корректен, предупреждений: 0\)$/m,
        /^ {2}проведено (\d+), проведено \(по отчётам\) (\d+), перенесено (\d+), отменено (\d+), объединено (\d+), нет сведений (\d+)$/m,
      ],
    ] as const) {
      const events = Number(line.exec(out)?.[1]);
      expect(events).toBe(plan.events.length);
      const counts = states.exec(out)!.slice(1).map(Number);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(events);
      // The reports confirm some events the plan records no outcome for; others stay without information.
      expect(counts[1]).toBeGreaterThan(0);
      expect(counts[5]).toBeGreaterThan(0);
      expect(counts[5]).toBeLessThan(plan.events.filter((e) => e.outcome === undefined).length);
    }
    expect(en.stdout).toContain("“no information” is not “not held”");
    expect(ru.stdout).toContain("«нет сведений» не значит «не проведено»");
  });

  it("breaks the plan's events down by dimension, each row adding up to the dimension's events", () => {
    const table = en.stdout.slice(en.stdout.indexOf("| Dimension | Events |"), en.stdout.indexOf("Activities reported outside the plan"));
    const rows = table.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Dimension") && !l.startsWith("| ---"));
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      const [name, events, ...states] = row
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim());
      const id = DIMENSIONS.find((d) => d.en === name)?.id;
      expect(Number(events)).toBe(plan.events.filter((e) => e.dimension === id).length);
      expect(states.map(Number).reduce((a, b) => a + b, 0)).toBe(Number(events));
    }
    expect(en.stdout).toMatch(/^Activities reported outside the plan: \d+$/m);
  });

  it("writes the review pack of the human dimension in English and Russian, labelled illustrative, with every event of it", () => {
    const human = plan.events.filter((e) => e.dimension === "human").map((e) => e.id);
    for (const [file, title, banner] of [
      [path.join(tmp, "en", "review-human.md"), "# Human dimension: review of implementation, 2025", "ILLUSTRATIVE DATA: an invented plan of events"],
      [path.join(tmp, "ru", "review-human.ru.md"), "# Человеческое измерение: обзор выполнения мер, 2025 год", "ИЛЛЮСТРАТИВНЫЕ ДАННЫЕ: вымышленный план"],
    ] as const) {
      const pack = readFileSync(file, "utf8");
      const lines = pack.split("\n");
      expect(lines[0]).toContain(banner);
      expect(lines).toContain(title);
      const rows = lines.filter((l) => /^\| E\d\d \|/.test(l)).map((l) => l.slice(2, 5));
      expect(rows).toEqual(human);
    }
    expect(readFileSync(path.join(tmp, "ru", "review-human.ru.md"), "utf8").trimEnd()).toMatch(/_Русские тексты — рабочие переводы\._$/);
    expect(readFileSync(path.join(tmp, "en", "review-human.md"), "utf8")).not.toContain("рабочие переводы");
  });

  it("refuses an unknown language with exit code 2", () => {
    const result = run("--lang", "de");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--lang must be en or ru");
  }, 60_000);
});
