import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { planJsonSchema } from "./plan-schema.js";
import { reportJsonSchema } from "./report-schema.js";

// At the package root by default, not in dist/: a consumer on node10-style resolution (no
// "exports" map) finds `cica-cbm/report.schema.json` only as a file at that path. The build-twice
// test passes a temp folder as the first argument.
const outDir = process.argv[2] ?? ".";
mkdirSync(outDir, { recursive: true });
for (const [name, schema] of [
  ["report.schema.json", reportJsonSchema()],
  ["plan.schema.json", planJsonSchema()],
] as const) {
  const file = path.join(outDir, name);
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
