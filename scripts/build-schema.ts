import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { reportJsonSchema } from "./report-schema.js";

// At the package root by default, not in dist/: a consumer on node10-style resolution (no
// "exports" map) finds `cica-cbm/report.schema.json` only as a file at that path. The build-twice
// test passes a temp folder as the first argument.
const outDir = process.argv[2] ?? ".";
const file = path.join(outDir, "report.schema.json");
mkdirSync(outDir, { recursive: true });
writeFileSync(file, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
