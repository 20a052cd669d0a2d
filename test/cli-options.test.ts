/**
 * The command line's options, help and languages, end to end (the BUILT `dist/cli.js`, as in
 * test/cli.test.ts): each command lists the options of its own table, refuses any other with our
 * own message in the chosen language, and `--lang ru` leaves no English in what it prints.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { COMMANDS } from "../src/cli/main.js";
import { optionWord } from "../src/cli/options.js";
import { WORDS, type WordKey } from "../src/cli/words.js";

vi.setConfig({ testTimeout: 30_000 });

const repo = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(repo, "dist", "cli.js");
const REPORTS = "test/fixtures/cli/reports.ndjson";
const TODAY = ["--today", "2026-12-31"] as const;

function cli(args: readonly string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: "utf8", timeout: 20_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Exit 2, nothing on stdout, one line on stderr matching each of `says`, and no parser's raw text. */
function expectUsageError(run: ReturnType<typeof cli>, ...says: RegExp[]): void {
  expect(run.status, run.stderr).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/^cica-cbm: [^\n]+\n$/);
  expect(run.stderr).not.toMatch(/ERR_PARSE_ARGS|TypeError|argument is ambiguous|Unknown option/);
  for (const pattern of says) expect(run.stderr).toMatch(pattern);
}

/** The option names a help text lists, one a line (`  --year N   …`). */
const listed = (help: string) => [...help.matchAll(/^ {2}--([\w-]+)/gm)].map((match) => match[1]);

beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);
});

describe("cica-cbm COMMAND --help", () => {
  it.each(COMMANDS.map((command) => [command.name, command] as const))(
    "%s --help lists every option of its table, each on a line with its words",
    (name, command) => {
      const run = cli([name, "--help"]);
      expect(run.status).toBe(0);
      expect(listed(run.stdout)).toEqual(Object.keys(command.options));
      for (const option of Object.keys(command.options)) {
        const line = run.stdout.split("\n").findIndex((l) => l.startsWith(`  --${option}`));
        // The description is on the option's line, or on the next when the option's values are long.
        const text = run.stdout
          .split("\n")
          .slice(line, line + 2)
          .join("\n");
        expect(text).toContain(WORDS.en[optionWord(option)]);
      }
    },
  );

  it("summary --help lists --deadline, --as-of, --catalogue, --out, --table, --measure and --expected-only besides the common options, and no other option of matrix", () => {
    const run = cli(["summary", "--help"]);
    expect(run.status).toBe(0);
    expect([...listed(run.stdout)].sort()).toEqual([
      "as-of",
      "bom",
      "catalogue",
      "deadline",
      "expected-only",
      "format",
      "help",
      "input",
      "lang",
      "locale",
      "measure",
      "out",
      "separator",
      "table",
      "today",
      "year",
    ]);
    expect(run.stdout).not.toMatch(/--by|--svg|--version|--on\b/);
  });

  it("--lang ru gives the help in Russian and says that it is a working translation", () => {
    const run = cli(["summary", "--help", "--lang", "ru"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^использование: cica-cbm summary /);
    expect(run.stdout).toContain(WORDS.ru["option.deadline"]);
    expect(run.stdout).toContain("рабочий перевод");
    expect(cli(["summary", "--help"]).stdout).not.toContain("рабочий перевод");
  });

  it("cica-cbm --help --lang ru lists every command with its Russian description", () => {
    const run = cli(["--help", "--lang", "ru"]);
    expect(run.status).toBe(0);
    for (const command of COMMANDS) {
      expect(run.stdout).toMatch(new RegExp(`^ {2}${command.name}\\b`, "m"));
      expect(run.stdout).toContain(WORDS.ru[command.description]);
    }
  });
});

describe("an option the command does not know", () => {
  it("names a misspelt option and suggests the nearest, in English", () => {
    expectUsageError(cli(["summary", REPORTS, "--yeer", "2025"]), /unknown option '--yeer'; did you mean --year\? Run cica-cbm summary --help/);
  });

  it("names a misspelt option and suggests the nearest, in Russian", () => {
    expectUsageError(cli(["summary", REPORTS, "--yeer", "2025", "--lang", "ru"]), /неизвестный параметр '--yeer'; возможно, имелся в виду --year\?/);
  });

  it("suggests nothing when no option is near", () => {
    const run = cli(["validate", REPORTS, "--frobnicate"]);
    expectUsageError(run, /unknown option '--frobnicate'\./);
    expect(run.stderr).not.toContain("did you mean");
  });

  it("says that an option of another command is not one of this command (summary --svg, validate --year)", () => {
    expectUsageError(cli(["summary", REPORTS, "--year", "2025", "--svg", "out.svg"]), /summary does not take --svg\./);
    expectUsageError(cli(["validate", REPORTS, "--year", "2025", "--lang", "ru"]), /команда validate не принимает --year\./);
  });

  it("says that an option needs a value when it is last, or followed by another option", () => {
    expectUsageError(cli(["summary", REPORTS, "--year"]), /--year needs a value, e\.g\. --year 2025\./);
    expectUsageError(
      cli(["summary", REPORTS, "--year", "--format", "json"]),
      /--year needs a value, e\.g\. --year 2025 \(to give a value that starts with -, write --year=VALUE\)/,
    );
    expectUsageError(cli(["members", "--lang", "ru", "--on"]), /для --on нужно значение, например --on 2006-11-15/);
  });

  it("says that a switch takes no value (--bom=yes)", () => {
    expectUsageError(cli(["template", "--bom=yes"]), /--bom takes no value \(got "yes"\)/);
  });

  it("gives the other usage errors in the chosen language", () => {
    expectUsageError(cli(["summary", REPORTS, "--year", "25", "--lang", "ru"]), /--year должен быть годом в виде ГГГГ \(получено "25"\)/);
    expectUsageError(cli(["summary", REPORTS, "--year", "2025", "--format", "xml", "--lang", "ru"]), /--format должен быть text, json, csv или md/);
    expectUsageError(cli(["validate", "--lang", "ru"]), /команде validate нужен хотя бы один файл/);
  });

  it("says in the chosen language that a file cannot be read or written, and the same in English as before", () => {
    expectUsageError(cli(["validate", "test/fixtures/cli/no-such-file.json", "--lang", "ru"]), /no-such-file\.json: не читается \(ENOENT\); проверьте путь\./);
    expectUsageError(cli(["validate", "README.md", "--lang", "ru"]), /README\.md: неизвестный тип файла/);
    expectUsageError(
      cli(["matrix", REPORTS, "--year", "2025", "--svg", REPORTS, "--lang", "ru"]),
      /--svg test\/fixtures\/cli\/reports\.ndjson: это входной файл/,
    );
    expectUsageError(
      cli(["matrix", REPORTS, "--year", "2025", "--svg", REPORTS]),
      /--svg test\/fixtures\/cli\/reports\.ndjson: is the input .*Give another file\./,
    );
  });
});

describe("--lang ru", () => {
  /** Lines a reader reads as words of the command line: the rate and counts lines, and tables' headers. */
  function headerLines(text: string): string[] {
    const lines = text.split("\n");
    return lines.filter((line, i) => (!line.startsWith("|") ? line.trim() !== "" : /^\|[ :-]+\|/.test(lines[i + 1] ?? "")));
  }

  it("leaves no English word in the summary's rate line, counts line and table headers", () => {
    const en = cli(["summary", REPORTS, "--year", "2025", ...TODAY]);
    const ru = cli(["summary", REPORTS, "--year", "2025", ...TODAY, "--lang", "ru"]);
    expect(ru.status).toBe(en.status);
    const lines = headerLines(ru.stdout + ru.stderr);
    // The rate line, three table headers' worth of lines at least (two tables) and the counts line.
    expect(lines.length).toBeGreaterThanOrEqual(4);
    // English has these lines in English, so the check below would catch them untranslated.
    expect(headerLines(en.stdout + en.stderr).join("\n")).toMatch(/Reporting rate|read \d+, valid/);
    const english = new Set(["line.rate", "line.counts"].flatMap((key) => WORDS.en[key as WordKey].match(/[A-Za-z]{3,}/g) ?? []));
    for (const line of lines) {
      expect(line).not.toMatch(/[A-Za-z]{2,}/);
      for (const word of english) expect(line).not.toContain(word);
    }
  });

  it("gives validate's counts line and column labels in Russian", () => {
    const text = cli(["validate", REPORTS, ...TODAY, "--lang", "ru"]);
    expect(text.stdout).toMatch(/^прочитано \d+, верных \d+, неверных 0, повреждённых 0\n$/);
    const md = cli(["validate", "test/fixtures/cli/invalid-date.json", ...TODAY, "--lang", "ru", "--format", "md"]);
    expect(md.stdout.split("\n")[0]).toBe(
      `| ${["file", "where", "rule", "severity", "path", "message"].map((key) => WORDS.ru[`column.${key}` as WordKey]).join(" | ")} |`,
    );
  });
});

describe("the word tables", () => {
  it("give every option of every command a line of help in each language", () => {
    for (const command of COMMANDS) {
      for (const option of Object.keys(command.options)) {
        for (const words of Object.values(WORDS)) expect(words[optionWord(option)], `${command.name} --${option}`).toMatch(/\S/);
      }
    }
  });

  it("translate every English text that has letters into a Russian one with none of its English words", () => {
    for (const [key, english] of Object.entries(WORDS.en) as [WordKey, string][]) {
      const russian = WORDS.ru[key];
      if (!/[A-Za-z]{3,}/.test(english.replace(/\{\w+\}|--[\w-]+|cica-cbm|`[^`]*`|YYYY|MM|DD|SVG|CSV|Excel|stdin|json|ndjson|csv|html|text|md/g, ""))) continue;
      expect(russian, key).toMatch(/[А-яЁё]/);
    }
  });
});
