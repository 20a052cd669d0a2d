import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { reportJsonSchema } from "./report-schema.js";

// Into `dist/`, or into the folder given as the first argument (the build-twice test builds into
// temp folders).
const outDir = process.argv[2] ?? "dist";
const file = path.join(outDir, "report.schema.json");
mkdirSync(outDir, { recursive: true });
writeFileSync(file, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
