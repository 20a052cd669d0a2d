import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
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
    expect(readdirSync(path.join(tmp, "en")).sort()).toEqual(["heatmap.svg", "review.md"]);
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
  }, 60_000);

  it("speaks Russian when asked, marked as a working translation", () => {
    expect(ru.status).toBe(0);
    expect(ru.stdout).toContain("ИЛЛЮСТРАТИВНЫЕ ДАННЫЕ");
    expect(ru.stdout).toContain("Поступило отчётов: 27 (23 корректных, 4 с ошибками)");
    expect(ru.stdout).toContain("Русские тексты — рабочие переводы.");
    expect(readdirSync(path.join(tmp, "ru")).sort()).toEqual(["heatmap.ru.svg", "review.ru.md"]);
  });

  it("refuses an unknown language with exit code 2", () => {
    const result = run("--lang", "de");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--lang must be en or ru");
  }, 60_000);
});
