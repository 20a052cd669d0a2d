// The browser example (examples/browser/) end to end: the page is served from this repository on
// 127.0.0.1, opened in headless Chromium (Debian's `chromium`, driven by playwright-core), given a
// valid report as a file and an invalid one as pasted text, and checked for what a person sees:
// the issues in English and in Russian, and the heat map. Screenshots go to .tmp/browser/.
//
// Without a Chromium binary the browser part is skipped with a message saying how to install one,
// except on CI (CI=true), where a missing Chromium fails the run.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
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
  it("type-checks the page's script (checkJs, with the DOM) against the library", () => {
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

describe.runIf(executablePath !== undefined)("examples/browser in Chromium", () => {
  let server: Server;
  let base: string;
  let profile: string;
  let context: BrowserContext;
  let tab: Page;
  const outside: string[] = [];
  const errors: string[] = [];
  const shots = path.join(root, ".tmp", "browser");

  beforeAll(async () => {
    ({ server, url: base } = await startServer(root));
    profile = mkdtempSync(path.join(os.tmpdir(), "cica-cbm-chromium-"));
    mkdirSync(shots, { recursive: true });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: executablePath!,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1100, height: 900 },
      locale: "en-GB",
    });
    tab = context.pages()[0] ?? (await context.newPage());
    tab.on("request", (request) => {
      if (!request.url().startsWith(`${base}/`) && !request.url().startsWith("data:")) outside.push(request.url());
    });
    tab.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    tab.on("pageerror", (error) => errors.push(error.message));
    tab.on("response", (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    await tab.goto(`${base}/examples/browser/?today=2026-12-31`);
    await tab.waitForSelector("html[data-ready='true']", { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (profile) rmSync(profile, { recursive: true, force: true });
  }, 60_000);

  it("opens with nothing loaded and an empty heat map", async () => {
    expect(await tab.textContent("#status")).toBe("No report loaded yet.");
    expect(await tab.textContent("#heatmap")).toContain("The heat map appears when a valid report is loaded.");
  });

  it("shows a valid report opened as a file as valid, and draws it in the heat map", async () => {
    await tab.setInputFiles("#report-files", path.join(root, "examples/browser/samples/valid-report.json"));
    const card = tab.locator("article.report[data-valid='true']");
    await card.waitFor();
    expect(await card.textContent()).toContain("Kazakhstan · 2025 · revision 1");
    expect(await card.textContent()).toContain("No problem found. The report can be sent.");
    expect(await card.locator("li.issue").count()).toBe(0);
    const svg = tab.locator("#heatmap svg");
    await svg.waitFor();
    expect(await svg.getAttribute("role")).toBe("img");
    expect(await tab.textContent("#heatmap title")).toBe("Implementation level of cica@2021, 2025");
    expect(await svg.textContent()).toContain("Kazakhstan");
    expect(await tab.textContent("#heatmap figcaption")).toBe(
      "The valid reports loaded in this page, each counted once, in its current revision: 1 report from 1 valid revision loaded.",
    );
  });

  it("lists every issue of a pasted invalid report, located, in English", async () => {
    await tab.fill("#report-text", page("samples/invalid-report.json"));
    await tab.click("#check");
    const card = tab.locator("article.report[data-valid='false']");
    await card.waitFor();
    expect(await tab.textContent("#status")).toBe("2 reports loaded: 1 valid, 1 to correct. Dates are checked against today: 2026-12-31.");
    expect(await card.locator("li.issue").evaluateAll((items) => items.map((li) => li.getAttribute("data-rule")))).toEqual([
      "field.date",
      "field.unknown",
      "measure.unknown",
      "status.unknown",
      "activity.ends-before-start",
      "partner.is-reporter",
    ]);
    const text = await card.textContent();
    expect(text).toContain("Türkiye · 2025 · revision 1");
    expect(text).toContain("6 errors");
    expect(text).toContain('The submission date ("submittedOn") must be a real calendar date written YYYY-MM-DD');
    expect(await card.locator("li.issue .where").evaluateAll((items) => items.map((li) => li.textContent))).toEqual([
      "submittedOn",
      "comment",
      "entry 1 (2.1.9) › measure",
      "entry 2 (ENV.1) › status",
      "entry 3 (HUM.1) › activity 1 › to",
      "entry 3 (HUM.1) › activity 1 › partner 1",
    ]);
    // The report to correct comes first; the heat map still shows only the valid one.
    expect(await tab.locator("article.report").first().getAttribute("data-valid")).toBe("false");
    expect(await tab.textContent("#heatmap figcaption")).toContain("1 report from 1 valid revision loaded.");
    await tab.screenshot({ path: path.join(shots, "page-en.png"), fullPage: true });
  });

  it("shows the same issues and the heat map in Russian when Russian is chosen", async () => {
    await tab.selectOption("#lang", "ru");
    expect(await tab.getAttribute("html", "lang")).toBe("ru");
    expect(await tab.textContent("#issues-heading")).toBe("2. Что исправить");
    const card = tab.locator("article.report[data-valid='false']");
    const text = await card.textContent();
    expect(text).toContain('Поле «дата представления» ("submittedOn") должно быть реальной календарной датой в формате ГГГГ-ММ-ДД');
    expect(text).toContain("ошибок: 6");
    expect(await card.locator("li.issue .severity").first().textContent()).toBe("ошибка");
    expect(await card.locator("li.issue .where").nth(2).textContent()).toBe("запись 1 (2.1.9) › measure");
    expect(await tab.locator("#heatmap svg").textContent()).toContain("Казахстан");
    expect(await tab.isVisible("[data-text='translation']")).toBe(true);
    await tab.screenshot({ path: path.join(shots, "page-ru.png"), fullPage: true });
  });

  it("says which pasted lines are not JSON, and clears everything on request", async () => {
    await tab.selectOption("#lang", "en");
    await tab.fill("#report-text", "{ this is not JSON");
    await tab.click("#check");
    expect(await tab.textContent("article.unreadable")).toContain("Not JSON, so not read:");
    await tab.click("#clear");
    expect(await tab.textContent("#status")).toBe("No report loaded yet.");
    expect(await tab.locator("article.report").count()).toBe(0);
    expect(await tab.locator("#heatmap svg").count()).toBe(0);
  });

  it("wrote the screenshots", () => {
    for (const name of ["page-en.png", "page-ru.png"]) {
      const png = readFileSync(path.join(shots, name));
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(png.length).toBeGreaterThan(10_000);
    }
  });

  it("made no request outside the page's own server and logged no error", () => {
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
