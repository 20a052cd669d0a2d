/**
 * The packed tarball works for real consumers.
 *
 * `npm pack` the repo (its `dist/` must already be built: `npm test` builds before vitest), install
 * the tarball into fresh ESM and CommonJS projects in a temp dir, and run and type-check code there
 * exactly as a user would: through the package name, the exports map and the published `.d.ts` /
 * `.d.cts` files, never through `src/`.
 */
import { execFile, execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
// The repo's own TypeScript (the version the package is built with) rather than a fresh install.
const tscBin = path.join(repoRoot, "node_modules", "typescript", "bin", "tsc");

const isWindows = process.platform === "win32";
const npmCmd = isWindows ? "npm.cmd" : "npm";

const SETUP_TIMEOUT = 240_000;
const TEST_TIMEOUT = 120_000;

/**
 * The environment for child processes, minus what `npm run` / `npx` export about *this* project
 * (`npm_package_*`, `npm_lifecycle_*`, `npm_config_local_prefix`, ...), which would otherwise leak
 * into the consumers' `npm install`. Settings on where and how to fetch are kept.
 */
const KEPT_NPM_CONFIG = /^npm_config_(cache|cafile|ca|userconfig|globalconfig|registry|.*:registry|proxy|https?_proxy|noproxy|strict_ssl)$/i;
const childEnv: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || KEPT_NPM_CONFIG.test(key)));

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string): Result {
  const result = spawnSync(command, args, {
    cwd,
    env: childEnv,
    encoding: "utf8",
    shell: isWindows && command === npmCmd,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function explain(command: string, args: string[], cwd: string, result: Result): string {
  return [
    `\`${[command, ...args].join(" ")}\` in ${cwd} exited with ${result.status}`,
    `--- stdout ---\n${result.stdout}`,
    `--- stderr ---\n${result.stderr}`,
  ].join("\n");
}

/** Runs a script with `node` in a consumer project and parses the JSON it prints. */
function runNode(cwd: string, file: string): unknown {
  const result = run(process.execPath, [file], cwd);
  if (result.status !== 0) throw new Error(explain("node", [file], cwd, result));
  return JSON.parse(result.stdout);
}

/** Type-checks files in a consumer project with the given compiler flags; never throws. */
function tsc(cwd: string, flags: string[], files: string[]): Result & { explain: string } {
  const args = [tscBin, "--strict", "--noEmit", "--pretty", "false", ...flags, ...files];
  const result = run(process.execPath, args, cwd);
  return { ...result, explain: explain("tsc", args.slice(1), cwd, result) };
}

const execFileAsync = promisify(execFile);

async function createConsumer(dir: string, type: "module" | "commonjs", tarball: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "package.json"), `${JSON.stringify({ name: `consumer-${type}`, version: "0.0.0", private: true, type }, null, 2)}\n`);
  const args = ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", tarball];
  try {
    await execFileAsync(npmCmd, args, { cwd: dir, env: childEnv, shell: isWindows });
  } catch (error) {
    const { stdout = "", stderr = "", code } = error as { stdout?: string; stderr?: string; code?: number };
    throw new Error(explain(npmCmd, args, dir, { status: code ?? null, stdout, stderr }));
  }
}

// The members on 2006-11-15 (after Thailand's accession, before Jordan's in 2008).
const MEMBER_DATE = "2006-11-15";

/** What both runtime consumers print: the same query through `import` and through `require`. */
interface MembersOutput {
  members: string[];
  dimensions: number;
}

function expectMembersOutput(output: MembersOutput): void {
  expect(output.members).toHaveLength(18);
  expect(output.members).toContain("TH");
  expect(output.members).toContain("KR");
  expect(output.members).not.toContain("JO");
  expect(output.dimensions).toBe(5);
}

// A consumer's typed use of the API. A misspelt literal measure id must be a compile error, so the
// `@ts-expect-error` line is itself the assertion: were the error missing, tsc would report the
// directive as unused and fail.
const TYPED_CONSUMER = `import { cica, getMeasure, membersOn } from "cica-cbm";

const ids: string[] = membersOn(cica.registry, "2022-12-31").map((p) => p.code);
const measure = getMeasure(cica.catalogues["cica@2021"], "2.1.4.a");
const title: string | undefined = measure?.title.en;

// @ts-expect-error "2.1.9" is not a measure of cica@2021
getMeasure(cica.catalogues["cica@2021"], "2.1.9");

export { ids, title };
`;

// The same misspelling without the directive: tsc must reject it, and for the right reason.
const MISSPELT_CONSUMER = `import { cica, getMeasure } from "cica-cbm";

export const measure = getMeasure(cica.catalogues["cica@2021"], "2.1.9");
`;

/**
 * One tsc run over both files: `consumer.ts` must be clean (which includes its `@ts-expect-error`
 * being used), and the only error must be the misspelt id in `misspelt.ts`.
 */
function expectOnlyTheMisspellingRejected(result: ReturnType<typeof tsc>): void {
  const errors = result.stdout.split(/\r?\n/).filter((line) => / error TS\d+:/.test(line));
  expect(result.status, result.explain).not.toBe(0);
  expect(errors, result.explain).toHaveLength(1);
  expect(errors[0], result.explain).toMatch(/^misspelt\.ts\(3,\d+\): error TS2345: .*"2\.1\.9"/);
}

let tmpRoot = "";
let esmDir = "";
let cjsDir = "";

beforeAll(async () => {
  tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "cica-cbm-package-"));
  if (!fs.existsSync(path.join(repoRoot, "dist", "index.js"))) {
    throw new Error(`${path.join(repoRoot, "dist")} is not built: run \`npx tsup\` (or \`npm test\`) first`);
  }

  const packed = execFileSync(npmCmd, ["pack", "--json", "--pack-destination", tmpRoot], {
    cwd: repoRoot,
    env: childEnv,
    encoding: "utf8",
    shell: isWindows,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const [pack] = JSON.parse(packed) as { filename: string }[];
  if (!pack) throw new Error(`npm pack printed no package:\n${packed}`);
  const tarball = path.join(tmpRoot, pack.filename);
  expect(fs.existsSync(tarball), `${tarball} exists`).toBe(true);

  esmDir = path.join(tmpRoot, "esm");
  cjsDir = path.join(tmpRoot, "cjs");
  await Promise.all([createConsumer(esmDir, "module", tarball), createConsumer(cjsDir, "commonjs", tarball)]);
}, SETUP_TIMEOUT);

afterAll(() => {
  if (tmpRoot) fs.rmSync(tmpRoot, { recursive: true, force: true });
});

describe("the packed tarball in a fresh ESM project", () => {
  it(
    "lists the members on a date from a fresh ESM project",
    () => {
      fs.writeFileSync(
        path.join(esmDir, "index.js"),
        `import { cica, membersOn, DIMENSIONS } from "cica-cbm";

console.log(JSON.stringify({
  members: membersOn(cica.registry, ${JSON.stringify(MEMBER_DATE)}).map((p) => p.code),
  dimensions: DIMENSIONS.length,
}));
`,
      );
      expectMembersOutput(runNode(esmDir, "index.js") as MembersOutput);
    },
    TEST_TIMEOUT,
  );

  it(
    "recognises a CbmError across the ESM and CommonJS copies loaded in one process",
    () => {
      fs.writeFileSync(
        path.join(esmDir, "dual.js"),
        `import { createRequire } from "node:module";
import { CbmError, cica, isCbmError, membersOn } from "cica-cbm";

const cjs = createRequire(import.meta.url)("cica-cbm");

function thrown(fn) {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

const fromEsm = thrown(() => membersOn(cica.registry, "2006-02-30"));
const fromCjs = thrown(() => cjs.membersOn(cjs.cica.registry, "2006-02-30"));

console.log(JSON.stringify({
  twoCopies: cjs.CbmError !== CbmError,
  cjsRecognisesEsm: cjs.isCbmError(new CbmError("invalid-date", "x")),
  esmRecognisesCjs: isCbmError(new cjs.CbmError("invalid-date", "x")),
  esmInstanceofCjs: new CbmError("invalid-date", "x") instanceof cjs.CbmError,
  plainErrorIsNot: cjs.isCbmError(new Error("x")),
  fromEsm: fromEsm && {
    code: fromEsm.code, name: fromEsm.name, recognisedByCjs: cjs.isCbmError(fromEsm),
  },
  fromCjs: fromCjs && {
    code: fromCjs.code, name: fromCjs.name, recognisedByEsm: fromCjs instanceof CbmError,
  },
}));
`,
      );
      expect(runNode(esmDir, "dual.js")).toEqual({
        // Without two distinct copies the cross-copy checks below would prove nothing.
        twoCopies: true,
        cjsRecognisesEsm: true,
        esmRecognisesCjs: true,
        esmInstanceofCjs: true,
        plainErrorIsNot: false,
        fromEsm: { code: "invalid-date", name: "CbmError", recognisedByCjs: true },
        fromCjs: { code: "invalid-date", name: "CbmError", recognisedByEsm: true },
      });
    },
    TEST_TIMEOUT,
  );

  it(
    "type-checks typed use and rejects a misspelt measure id under nodenext resolution",
    () => {
      fs.writeFileSync(path.join(esmDir, "consumer.ts"), TYPED_CONSUMER);
      fs.writeFileSync(path.join(esmDir, "misspelt.ts"), MISSPELT_CONSUMER);
      const flags = ["--module", "nodenext", "--moduleResolution", "nodenext"];
      expectOnlyTheMisspellingRejected(tsc(esmDir, flags, ["consumer.ts", "misspelt.ts"]));
    },
    TEST_TIMEOUT,
  );
});

describe("the packed tarball in a fresh CommonJS project", () => {
  it(
    "lists the members on a date from a fresh CommonJS project",
    () => {
      fs.writeFileSync(
        path.join(cjsDir, "index.js"),
        `const { cica, membersOn, DIMENSIONS } = require("cica-cbm");

console.log(JSON.stringify({
  members: membersOn(cica.registry, ${JSON.stringify(MEMBER_DATE)}).map((p) => p.code),
  dimensions: DIMENSIONS.length,
}));
`,
      );
      expectMembersOutput(runNode(cjsDir, "index.js") as MembersOutput);
    },
    TEST_TIMEOUT,
  );

  it(
    "throws a CbmError with code invalid-date for an impossible date from a fresh CommonJS project",
    () => {
      fs.writeFileSync(
        path.join(cjsDir, "invalid-date.js"),
        `const { cica, membersOn, isCbmError, CbmError } = require("cica-cbm");

try {
  membersOn(cica.registry, "2006-02-30");
  console.log(JSON.stringify({ threw: false }));
} catch (error) {
  console.log(JSON.stringify({
    threw: true,
    code: error.code,
    isCbmError: isCbmError(error),
    isInstance: error instanceof CbmError && error instanceof Error,
  }));
}
`,
      );
      expect(runNode(cjsDir, "invalid-date.js")).toEqual({
        threw: true,
        code: "invalid-date",
        isCbmError: true,
        isInstance: true,
      });
    },
    TEST_TIMEOUT,
  );

  it(
    "type-checks typed use and rejects a misspelt measure id under node16 CommonJS resolution",
    () => {
      fs.writeFileSync(path.join(cjsDir, "consumer.ts"), TYPED_CONSUMER);
      fs.writeFileSync(path.join(cjsDir, "misspelt.ts"), MISSPELT_CONSUMER);
      const flags = ["--module", "node16"];
      expectOnlyTheMisspellingRejected(tsc(cjsDir, flags, ["consumer.ts", "misspelt.ts"]));
    },
    TEST_TIMEOUT,
  );
});

describe("what the tarball ships beside the code", () => {
  it(
    "ships every docs page and image that the README links to, so its links work inside node_modules",
    () => {
      const installed = path.join(esmDir, "node_modules", "cica-cbm");
      const readme = fs.readFileSync(path.join(installed, "README.md"), "utf8");
      const links = [...readme.matchAll(/\]\((docs\/[^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!);
      expect(links.length).toBeGreaterThan(5);
      const missing = [...new Set(links)].filter((link) => !fs.existsSync(path.join(installed, link)));
      expect(missing).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    "resolves the JSON Schema subpaths (report and plan) from a CommonJS project without the exports map (node10 resolution)",
    () => {
      fs.writeFileSync(
        path.join(cjsDir, "schema.js"),
        `// Resolved as a plain file path, as node10-era tools (and require.resolve with paths) do.
const path = require("node:path");
const out = ["report", "plan"].map((name) => {
  const file = path.join(path.dirname(require.resolve("cica-cbm/package.json")), name + ".schema.json");
  const schema = require(file);
  const viaExports = require("cica-cbm/" + name + ".schema.json");
  // The report's schema holds one schema per version (if report@1 then … else …), each closed.
  const closed = (schema.then ? [schema.then, schema.else] : [schema]).every((one) => one.additionalProperties === false);
  return { id: schema.$id, same: JSON.stringify(schema) === JSON.stringify(viaExports), closed };
});
console.log(JSON.stringify(out));
`,
      );
      expect(runNode(cjsDir, "schema.js")).toEqual([
        { id: "urn:cica-cbm:report", same: true, closed: true },
        { id: "urn:cica-cbm:plan@1", same: true, closed: true },
      ]);
    },
    TEST_TIMEOUT,
  );
});
