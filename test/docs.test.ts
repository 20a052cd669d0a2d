import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { REPORT_RULES, type RuleId } from "../src/index.js";

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");

describe("docs/reports.md and docs/plans.md", () => {
  it("list every validation rule with its severity: the plan's in plans.md, the others in reports.md", () => {
    for (const [rule, info] of Object.entries(REPORT_RULES) as [RuleId, { severity: string }][]) {
      const doc = read(rule.startsWith("plan.") ? "docs/plans.md" : "docs/reports.md");
      expect(doc, rule).toMatch(new RegExp(`\\| \`${rule.replace(/\./g, "\\.")}\` \\| ${info.severity} \\|`));
    }
  });
});

describe("README", () => {
  it("shows the two commands of the quick start", () => {
    const readme = read("README.md");
    expect(readme).toContain("npm ci && npm run demo");
    expect(readme).toContain("npm ci && npm test");
  });
});

describe("docs/images", () => {
  it("holds the heat maps the illustrative data renders today", async () => {
    const { illustrativeHeatmaps } = await import("../examples/heatmap.js");
    for (const [path, svg] of Object.entries(illustrativeHeatmaps())) expect(read(path), path).toBe(svg);
  });
});

describe("docs/data.md", () => {
  it("holds the tables of sources and confidence the embedded data gives today", async () => {
    const { dataSourcesMarkdown, withTables } = await import("../examples/data-sources.js");
    const doc = read("docs/data.md");
    expect(doc).toBe(withTables(doc, dataSourcesMarkdown()));
  });
});

/** The run-time imports between the layers (folders) of src/: "from -> to", tests and type-only imports aside. */
function layerImports(): Set<string> {
  const src = fileURLToPath(new URL("../src", import.meta.url));
  const layerOf = (file: string) => {
    const parts = path.relative(src, file).split(path.sep);
    return parts.length === 1 ? "index" : parts[0]!;
  };
  const edges = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".ts") && !/\.test(-d|-prop)?\.ts$/.test(entry.name)) {
        const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
        for (const statement of sf.statements) {
          if (
            !(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) ||
            !statement.moduleSpecifier ||
            !ts.isStringLiteral(statement.moduleSpecifier)
          )
            continue;
          if (!statement.moduleSpecifier.text.startsWith(".")) continue;
          // Type-only imports count too: a type read from a layer above is an arrow running up.
          const from = layerOf(file);
          const to = layerOf(path.resolve(path.dirname(file), statement.moduleSpecifier.text));
          if (from !== to) edges.add(`${from} -> ${to}`);
        }
      }
    }
  };
  walk(src);
  return edges;
}

/** The "may import" column of the table of layers in docs/architecture.md. */
function allowedImports(): Map<string, Set<string>> {
  const allowed = new Map<string, Set<string>>();
  const layers: string[] = [];
  for (const line of read("docs/architecture.md").split("\n")) {
    const row = /^\| `([a-z0-9]+)` \| ([^|]+) \|/.exec(line);
    if (!row) continue;
    layers.push(row[1]!);
    allowed.set(row[1]!, new Set([...row[2]!.matchAll(/`([a-z0-9]+)`/g)].map((m) => m[1]!)));
  }
  const every = allowed.get("index");
  if (every && /every layer but `cli`/.test(read("docs/architecture.md")))
    for (const layer of layers) if (layer !== "cli" && layer !== "index") every.add(layer);
  return allowed;
}

describe("docs/architecture.md", () => {
  const edges = layerImports();
  const allowed = allowedImports();

  it("lists every layer of src/ in its table", () => {
    const folders = readdirSync(new URL("../src", import.meta.url), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect([...allowed.keys()].sort()).toEqual([...folders, "index"].sort());
  });

  it("allows every import between layers that src/ makes, type-only ones included (the arrows point one way)", () => {
    const refused = [...edges].filter((edge) => {
      const [from, to] = edge.split(" -> ") as [string, string];
      return !allowed.get(from)?.has(to);
    });
    expect(refused).toEqual([]);
    expect(edges.size).toBeGreaterThan(10);
  });

  it("has no cycle between layers, and no layer imports the command line", () => {
    expect([...edges].filter((e) => e.endsWith(" -> cli"))).toEqual([]);
    const next = new Map<string, string[]>();
    for (const edge of edges) {
      const [from, to] = edge.split(" -> ") as [string, string];
      next.set(from, [...(next.get(from) ?? []), to]);
    }
    const visiting = new Set<string>();
    const done = new Set<string>();
    const cycles: string[] = [];
    const visit = (layer: string, trail: string[]): void => {
      if (done.has(layer)) return;
      if (visiting.has(layer)) {
        cycles.push([...trail, layer].join(" -> "));
        return;
      }
      visiting.add(layer);
      for (const to of next.get(layer) ?? []) visit(to, [...trail, layer]);
      visiting.delete(layer);
      done.add(layer);
    };
    for (const layer of next.keys()) visit(layer, []);
    expect(cycles).toEqual([]);
  });
});

describe("the reporting guides", () => {
  /** The quoted fragments of the "you see" column: "…" stands for any text between them. */
  const quoted = (doc: string, open: string, close: string) =>
    doc
      .split("\n")
      .filter((line) => line.startsWith("| ") && !line.startsWith("| ---"))
      .map((line) => line.split(" | ")[0]!.slice(2))
      .flatMap((cell) => [...cell.matchAll(new RegExp(`${open}([^${close}]+)${close}`, "g"))].map((m) => m[1]!))
      .filter((text) => /[a-zа-я]/.test(text) && !text.includes("`"));
  const asPattern = (fragment: string) =>
    new RegExp(
      fragment
        .split("…")
        .map((part) => part.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*"),
    );

  it("quote, in English, only what the English messages say", async () => {
    const { EN } = await import("../src/i18n/messages.js");
    const fragments = quoted(read("docs/reporting-guide.md"), '"', '"');
    expect(fragments.length).toBeGreaterThan(8);
    const messages = Object.values(EN);
    expect(fragments.filter((f) => !messages.some((m) => asPattern(f).test(m)))).toEqual([]);
  });

  it("quote, in Russian, only what the Russian messages say", async () => {
    const { RU } = await import("../src/i18n/messages.js");
    const fragments = quoted(read("docs/reporting-guide.ru.md"), "«", "»");
    expect(fragments.length).toBeGreaterThan(8);
    const messages = Object.values(RU);
    expect(fragments.filter((f) => !messages.some((m) => asPattern(f).test(m)))).toEqual([]);
  });

  it("mark the Russian guide as a working translation", () => {
    expect(read("docs/reporting-guide.ru.md")).toMatch(/Рабочий перевод/);
  });
});

describe("README: measure ids", () => {
  it("names as official exactly the cica@2021 ids the data marks official, and the rest as the library's keys", async () => {
    const { cica } = await import("../src/index.js");
    const readme = read("README.md");
    const block = readme.slice(readme.indexOf("<!-- measure-ids:start"), readme.indexOf("<!-- measure-ids:end -->"));
    const [official, own] = block.split("**The library's own keys**") as [string, string];
    // "`NCTG.1`–`NCTG.4`" is a range: expand it to every id between.
    const ids = (text: string) =>
      [...text.matchAll(/`([A-Z]+)\.(\d+)`–`\1\.(\d+)`|`([0-9A-Za-z.]+)`/g)].flatMap((m) =>
        m[4] !== undefined ? [m[4]] : Array.from({ length: Number(m[3]) - Number(m[2]) + 1 }, (_, i) => `${m[1]}.${Number(m[2]) + i}`),
      );
    const measures = cica.catalogues["cica@2021"].measures;
    expect(ids(official).sort()).toEqual(
      measures
        .filter((m) => m.numberIsOfficial)
        .map((m) => m.id)
        .sort(),
    );
    expect(ids(own).sort()).toEqual(
      measures
        .filter((m) => !m.numberIsOfficial)
        .map((m) => m.id)
        .sort(),
    );
    expect(/No measure of the economic dimension/.test(own)).toBe(!measures.some((m) => m.dimension === "economic"));
  });
});
