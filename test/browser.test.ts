// The browser example (examples/browser/), the ministry's report form, end to end: the page is
// served from this repository on 127.0.0.1 and opened in headless Chromium (Debian's `chromium`,
// driven by playwright-core). A person fills a report by clicking and typing, meets an issue next to
// the field it concerns, fixes it, marks an activity for member states only, prints, downloads the
// report, and the built command line (`cica-cbm validate`) accepts the file. axe-core checks the page
// for accessibility; screenshots in both languages (docs/images/ with CICA_SCREENSHOTS=1).
//
// Without a Chromium binary the browser part is skipped with a message saying how to install one,
// except on CI (CI=true), where a missing Chromium fails the run.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type BrowserContext, chromium, type Download, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../examples/browser/serve.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const page = (file: string) => readFileSync(path.join(root, "examples/browser", file), "utf8");
const INSTALL = "Install it with `sudo apt-get install -y chromium` (Debian; `chromium-browser` on Ubuntu), or set CHROMIUM=/path/to/chromium.";

/** The Chromium binary: $CHROMIUM, or the first of chromium / chromium-browser on the PATH. */
function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (const name of ["chromium", "chromium-browser"]) {
    const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
    const file = found.stdout.trim();
    if (found.status === 0 && file) return file;
  }
  return undefined;
}

const executablePath = findChromium();
const onCi = process.env.CI === "true";
if (!executablePath && !onCi) {
  console.warn(`\n[browser test skipped] No Chromium found, so examples/browser/ was not tested in a browser. ${INSTALL}\n`);
}

describe("examples/browser: the page's files", () => {
  it("type-checks the page's scripts (checkJs, with the DOM) against the library", () => {
    const tsc = spawnSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "examples/browser/tsconfig.json"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  }, 120_000);

  it("allows exactly its import map in the Content Security Policy, and no network connection", () => {
    const html = page("index.html");
    const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(importMap).toBeDefined();
    const hash = createHash("sha256").update(importMap!).digest("base64");
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain(`'sha256-${hash}'`);
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toContain("unsafe");
  });

  it("maps the bare imports to files of the ESM build and of node_modules, relative to the page", () => {
    const { imports } = JSON.parse(/<script type="importmap">([\s\S]*?)<\/script>/.exec(page("index.html"))![1]!) as { imports: Record<string, string> };
    expect(Object.keys(imports).sort()).toEqual(["cica-cbm", "zod/mini"]);
    for (const target of Object.values(imports)) {
      expect(target.startsWith("../../")).toBe(true);
      expect(existsSync(path.join(root, "examples/browser", target)), `${target} (run npm run build)`).toBe(true);
    }
  });
});

describe.runIf(!executablePath && onCi)("examples/browser in Chromium (CI)", () => {
  it("finds a Chromium binary: on CI a missing browser is a failure, not a skip", () => {
    expect.fail(`CI=true and no Chromium was found. ${INSTALL} (.ci/run installs it.)`);
  });
});

describe.runIf(executablePath !== undefined)("examples/browser in Chromium", { timeout: 30_000 }, () => {
  let server: Server;
  let base: string;
  let profile: string;
  let context: BrowserContext;
  let tab: Page;
  const outside: string[] = [];
  const errors: string[] = [];
  const files = mkdtempSync(path.join(os.tmpdir(), "cica-cbm-form-"));
  // The screenshots go to a temporary folder, so that a test run leaves the tree as it found it;
  // CICA_SCREENSHOTS=1 writes them to docs/images/ (to refresh the ones the docs show).
  const images = process.env.CICA_SCREENSHOTS === "1" ? path.join(root, "docs", "images") : path.join(files, "images");
  const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  // The first activity of measure 2.1.4.a, as the page names its controls.
  const activity = (name: string) => tab.locator(`[id="f-2.1.4.a-a1-${name}"]`);
  const issuesOf = (name: string) => tab.locator(`[id="f-2.1.4.a-a1-${name}-issues"] li`);

  const focused = () => tab.evaluate<string>("document.activeElement.id");

  /** Runs axe-core in the page (WCAG 2.1 A and AA) and gives its violations, one line each. */
  async function accessibilityViolations(): Promise<string[]> {
    // Evaluated through the DevTools protocol, so the page's Content Security Policy does not block it.
    await tab.evaluate(axeSource);
    // The test's TypeScript has no DOM types: what runs in the page is written as page script.
    return tab.evaluate<string[]>(`axe
      .run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } })
      .then((result) => result.violations.map((v) => v.id + ": " + v.nodes.map((n) => JSON.stringify(n.target)).join(", ")))`);
  }

  /** Clicks a button that offers a file and saves what the page gives. */
  async function downloadBy(selector: string): Promise<{ file: string; name: string }> {
    const [download]: [Download, unknown] = await Promise.all([tab.waitForEvent("download"), tab.click(selector)]);
    const file = path.join(files, download.suggestedFilename());
    await download.saveAs(file);
    return { file, name: download.suggestedFilename() };
  }

  beforeAll(async () => {
    ({ server, url: base } = await startServer(root));
    profile = mkdtempSync(path.join(os.tmpdir(), "cica-cbm-chromium-"));
    mkdirSync(images, { recursive: true });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: executablePath!,
      headless: true,
      acceptDownloads: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1100, height: 900 },
      locale: "en-GB",
    });
    tab = context.pages()[0] ?? (await context.newPage());
    tab.on("request", (request) => {
      if (!/^(data|blob):/.test(request.url()) && !request.url().startsWith(`${base}/`)) outside.push(request.url());
    });
    tab.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    tab.on("pageerror", (error) => errors.push(error.message));
    tab.on("response", (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    await tab.goto(`${base}/examples/browser/?today=2026-03-01`);
    await tab.waitForSelector("html[data-ready='true']", { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (profile) rmSync(profile, { recursive: true, force: true });
    rmSync(files, { recursive: true, force: true });
  }, 60_000);

  it("opens on the choice of state and year, with the form hidden until a draft exists", async () => {
    expect(await tab.textContent("#start-status")).toBe("Pick the state and the year and start a new draft, or carry last year's report forward.");
    expect(await tab.isVisible("#form")).toBe(false);
    expect(await tab.inputValue("#year")).toBe("2025");
    // Only the states that may report on the year are offered: Kuwait joined in 2022.
    await tab.getByLabel("Year reported on").fill("2021");
    expect(await tab.locator("#reporter option[value='KW']").count()).toBe(0);
    await tab.getByLabel("Year reported on").fill("2025");
    expect(await tab.locator("#reporter option[value='KW']").count()).toBe(1);
  });

  it("starts a draft for the state and year, listing the measures of each dimension with statuses in words", async () => {
    await tab.getByLabel("Reporting state").selectOption("KZ");
    await tab.getByRole("button", { name: "Start a new draft" }).click();
    expect(await tab.textContent("#start-status")).toBe("New draft for Kazakhstan, 2025.");
    expect(await tab.textContent("#report-line")).toBe("Kazakhstan, 2025, catalogue cica@2021.");
    expect(await tab.locator("fieldset.dimension > legend").allTextContents()).toEqual([
      "Military-political dimension",
      "Fight against new challenges and threats",
      "Environmental dimension",
      "Human dimension",
    ]);
    // Group headings are shown as headings, never offered a status.
    expect(await tab.locator("[id='f-2.1.4-status']").count()).toBe(0);
    expect(await tab.textContent("#measures")).toContain("2.1.4 Developing forms of cooperation between armed forces");
    const status = tab.getByLabel("2.1.4.a Mutual visits by military authorities");
    expect(await status.locator("option").allTextContents()).toEqual([
      "— not reported —",
      "Not started",
      "Planned",
      "In progress",
      "Partially implemented",
      "Implemented",
      "Not applicable",
    ]);
    // An empty draft is not yet a report: what is missing is listed, not called wrong.
    expect(await tab.locator("#issues li.error").count()).toBe(0);
    expect(await tab.locator("#issues li.missing").count()).toBeGreaterThan(0);
  });

  it("fills an entry and an activity by clicking and typing, and meets an issue next to the field it concerns", async () => {
    await tab.getByLabel("2.1.4.a Mutual visits by military authorities").selectOption("implemented");
    await tab.locator("[id='f-2.1.4.a-remarks']").fill("Visits of defence college staff in both directions.");
    await tab.getByRole("button", { name: "Add an activity" }).click();
    // The new activity's title has the focus: the person types straight away.
    expect(await focused()).toBe("f-2.1.4.a-a1-title");
    await tab.keyboard.type("Defence college visit");
    await activity("kind").selectOption({ label: "Visit" });
    await activity("from").fill("2025-04-10");
    await activity("to").fill("2025-04-12");
    await activity("venue").fill("Astana");
    await activity("partners").click();
    await tab.keyboard.type("KZ");
    // The reporting state cannot be its own partner: said beside the partners, and on the control.
    await expect.poll(() => issuesOf("partners").allTextContents()).toEqual([expect.stringContaining("Error:")]);
    expect(await issuesOf("partners").getAttribute("data-rule")).toBe("partner.is-reporter");
    expect(await activity("partners").getAttribute("aria-invalid")).toBe("true");
    expect((await activity("partners").getAttribute("aria-describedby"))?.split(" ")).toContain("f-2.1.4.a-a1-partners-issues");
    // The live region says it, starting with the field being filled.
    await expect.poll(() => tab.textContent("#summary")).toMatch(/^This field: .*1 error, 0 warnings/);
    const listed = tab.locator("#issues li[data-rule='partner.is-reporter']");
    expect(await listed.locator(".where").textContent()).toBe("2.1.4.a › Activity 1 › Partners");
    await tab.screenshot({ path: path.join(images, "form-en.png") });
  });

  it("shows the same issue in Russian, beside the same field, when Russian is chosen", async () => {
    await tab.getByLabel("Language").selectOption("ru");
    expect(await tab.getAttribute("html", "lang")).toBe("ru");
    expect(await tab.textContent("#check-heading")).toBe("4. Что исправить");
    expect(await issuesOf("partners").first().textContent()).toMatch(/^Ошибка: .*KZ/);
    expect(await activity("partners").inputValue()).toBe("KZ");
    expect(await tab.getByLabel("2.1.4.a Взаимные визиты", { exact: false }).inputValue()).toBe("implemented");
    expect(await tab.isVisible("[data-text='translation']")).toBe(true);
    await activity("partners").scrollIntoViewIfNeeded();
    await tab.screenshot({ path: path.join(images, "form-ru.png") });
    await tab.getByLabel("Язык").selectOption("en");
  });

  it("goes from the list of issues to the field, and clears the issue once it is fixed", async () => {
    await tab.getByRole("button", { name: "Go to the field: 2.1.4.a › Activity 1 › Partners" }).click();
    expect(await focused()).toBe("f-2.1.4.a-a1-partners");
    await tab.keyboard.press("Control+A");
    await tab.keyboard.type("TR");
    await expect.poll(() => issuesOf("partners").count()).toBe(0);
    expect(await activity("partners").getAttribute("aria-invalid")).toBeNull();
  });

  it("marks the report public and the activity for member states only", async () => {
    await tab.locator("#f-access").selectOption("public");
    await activity("access").selectOption({ label: "Member states only" });
    await tab.getByLabel("HUM.4 Promoting people-to-people contacts", { exact: false }).selectOption("in-progress");
    // "Nothing new since" the year reported on itself is an error, said beside the mark.
    await tab.locator("[id='f-HUM.4-nothingNewSince']").fill("2025");
    await expect.poll(() => tab.locator("[id='f-HUM.4-nothingNewSince-issues'] li").getAttribute("data-rule")).toBe("entry.nothing-new-not-before-year");
    await tab.locator("[id='f-HUM.4-nothingNewSince']").fill("2023");
    await expect.poll(() => tab.textContent("#summary")).toBe("Nothing to correct: the report can be downloaded.");
    expect(await tab.locator("#issues li").count()).toBe(0);
  });

  it("passes an automated accessibility check (axe-core, WCAG 2.1 A and AA) in both languages", async () => {
    expect(await accessibilityViolations()).toEqual([]);
    await tab.getByLabel("Language").selectOption("ru");
    expect(await accessibilityViolations()).toEqual([]);
    await tab.getByLabel("Язык").selectOption("en");
  });

  it("has an accessibility check that fails on a control without a label", async () => {
    await tab.evaluate(`document.querySelector("label[for='f-id']").remove()`);
    expect((await accessibilityViolations()).join("\n")).toMatch(/^label: \["#f-id"\]$/m);
    await tab.getByLabel("Language").selectOption("en"); // the page is drawn again, label included
    expect(await accessibilityViolations()).toEqual([]);
  });

  it("reaches every control of the form with the Tab key, in the order shown", async () => {
    const controls = await tab.evaluate<string[]>(`[...document.querySelectorAll("main select, main input, main textarea, main button")]
      .filter((e) => e.offsetParent !== null || (e.closest(".file") !== null && !e.closest("[hidden]")))
      .map((e) => e.id || e.textContent)`);
    await tab.locator("#lang").focus();
    // Tab until the last button of the form (a date input takes one Tab per part of the date).
    const reached: string[] = [];
    while (reached.at(-1) !== "download" && reached.length < controls.length * 4) {
      await tab.keyboard.press("Tab");
      reached.push(await tab.evaluate<string>(`document.activeElement.id || document.activeElement.textContent`));
    }
    expect(controls.length).toBeGreaterThan(40);
    for (const control of controls) expect(reached, control).toContain(control);
    // In the order shown: each control reached after the one before it.
    const firsts = controls.map((c) => reached.indexOf(c));
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });

  it("prints the report as renderReport writes it", async () => {
    await tab.evaluate("window.printed = 0; window.print = () => window.printed++;");
    await tab.getByRole("button", { name: "Print for clearance" }).click();
    expect(await tab.evaluate("window.printed")).toBe(1);
    const printed = tab.locator("#rendered article");
    expect(await printed.locator("h1").textContent()).toBe("Kazakhstan: national report on the implementation of confidence building measures, 2025");
    expect(await printed.textContent()).toContain("Defence college visit");
    expect(await printed.textContent()).toContain("Türkiye (TR)");
    // The marks as set: the withheld activity and the entry with nothing new.
    expect(await printed.textContent()).toContain("member states only");
    expect(await printed.textContent()).toContain("Nothing new to declare since 2023.");
    // A finished report has nothing to correct: the annex says so.
    expect(await printed.textContent()).toContain("No issues.");
  });

  it("downloads a report that the command line accepts, with the marks as set", async () => {
    const { file, name } = await downloadBy("#download");
    expect(name).toBe("KZ-2025-r1.json");
    expect(await tab.textContent("#finish-status")).toBe("Report downloaded as KZ-2025-r1.json. Send this file.");
    const cli = spawnSync(process.execPath, [path.join(root, "dist/cli.js"), "validate", file, "--today", "2026-03-01", "--format", "json"], {
      encoding: "utf8",
    });
    expect(cli.stderr).toBe("");
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject({ valid: 1, invalid: 0, exitCode: 0 });
    const report = JSON.parse(readFileSync(file, "utf8"));
    expect(report).toMatchObject({ reporter: "KZ", year: 2025, revision: 1, submittedOn: "2026-03-01", access: "public" });
    expect(report.entries.map((e: { measure: string; status: string }) => `${e.measure} ${e.status}`)).toEqual(["2.1.4.a implemented", "HUM.4 in-progress"]);
    expect(report.entries[1]).toEqual({ measure: "HUM.4", status: "in-progress", nothingNewSince: 2023 });
    expect(report.entries[0].activities).toEqual([
      { title: "Defence college visit", kind: "visit", from: "2025-04-10", to: "2025-04-12", venue: "Astana", partners: ["TR"], access: "member-states" },
    ]);
  });

  it("refuses to download while something is wrong or missing, and says why", async () => {
    await activity("from").fill("");
    await tab.click("#download");
    expect(await tab.textContent("#finish-status")).toBe("The report cannot be downloaded yet: correct the errors and fill what is missing (listed under 4).");
    expect(await focused()).toBe("check-heading");
    await activity("from").fill("2025-04-10");
    // The revision is the page's own field: 0 is said to be wrong beside it, and blocks the download too.
    await tab.getByLabel("Revision").fill("0");
    await expect.poll(() => tab.locator("#f-revision-issues li").textContent()).toContain("The revision is a whole number from 1");
    expect(await tab.getAttribute("#f-revision", "aria-invalid")).toBe("true");
    await tab.evaluate(`document.getElementById("finish-status").textContent = ""`);
    await tab.click("#download");
    expect(await tab.textContent("#finish-status")).toContain("The report cannot be downloaded yet");
    await tab.getByLabel("Revision").fill("1");
    await expect.poll(() => tab.locator("#f-revision-issues li").count()).toBe(0);
  });

  it("saves the draft as a file and opens it again with nothing lost", async () => {
    const { file, name } = await downloadBy("#save-draft");
    expect(name).toBe("KZ-2025.draft.json");
    const saved = JSON.parse(readFileSync(file, "utf8"));
    expect(saved.schema).toBe("cica-cbm/draft@1");
    await tab.reload();
    await tab.waitForSelector("html[data-ready='true']");
    await tab.setInputFiles("#open-draft", file);
    await expect.poll(() => tab.textContent("#start-status")).toBe("Draft opened from KZ-2025.draft.json.");
    expect(await activity("title").inputValue()).toBe("Defence college visit");
    expect(await activity("partners").inputValue()).toBe("TR");
    expect(await activity("access").inputValue()).toBe("member-states");
    expect(await tab.locator("#f-access").inputValue()).toBe("public");
  });

  it("carries last year's report forward: statuses and remarks kept, activities left out", async () => {
    const { file } = await downloadBy("#download");
    await tab.reload();
    await tab.waitForSelector("html[data-ready='true']");
    await tab.getByLabel('and mark each measure "nothing new since" last year').check();
    await tab.setInputFiles("#last-year", file);
    await expect.poll(() => tab.textContent("#start-status")).toContain("a draft for 2026 with last year's statuses and remarks");
    // Marked since last year, except where an earlier mark stands.
    expect(await tab.locator("[id='f-2.1.4.a-nothingNewSince']").inputValue()).toBe("2025");
    expect(await tab.locator("[id='f-HUM.4-nothingNewSince']").inputValue()).toBe("2023");
    expect(await tab.textContent("#report-line")).toBe("Kazakhstan, 2026, catalogue cica@2021.");
    expect(await tab.locator("[id='f-2.1.4.a-status']").inputValue()).toBe("implemented");
    expect(await tab.locator("[id='f-2.1.4.a-remarks']").inputValue()).toBe("Visits of defence college staff in both directions.");
    expect(await activity("title").count()).toBe(0);
  });

  it("does not open a file that is not a draft, and says why", async () => {
    await tab.setInputFiles("#open-draft", path.join(root, "examples/browser/samples/valid-report.json"));
    await expect.poll(() => tab.textContent("#start-status")).toMatch(/^valid-report\.json is not a draft, so it was not opened: .*cica-cbm\/draft@1/);
    expect(await tab.textContent("#report-line")).toBe("Kazakhstan, 2026, catalogue cica@2021.");
  });

  it("does not carry forward a file that is not a valid report, and says why", async () => {
    await tab.setInputFiles("#last-year", path.join(root, "examples/browser/samples/invalid-report.json"));
    await expect.poll(() => tab.textContent("#start-status")).toMatch(/^invalid-report\.json is not a valid report, so it was not carried forward: /);
    expect(await tab.textContent("#report-line")).toBe("Kazakhstan, 2026, catalogue cica@2021.");
  });

  it("says, when opened from a file rather than a server, that it needs to be served", async () => {
    const fromFile = await context.newPage();
    await fromFile.goto(pathToFileURL(path.join(root, "examples/browser/index.html")).href);
    expect(await fromFile.textContent("#needs-server")).toContain("Serve this folder with a static web server");
    await fromFile.close();
    // Served, the page removes the note once its script runs.
    expect(await tab.locator("#needs-server").count()).toBe(0);
  });

  it("wrote the screenshots in both languages", () => {
    for (const name of ["form-en.png", "form-ru.png"]) {
      const png = readFileSync(path.join(images, name));
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(png.length).toBeGreaterThan(10_000);
    }
  });

  it("made no request outside the page's own server and logged no error", () => {
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
