import { writeFileSync } from "node:fs";
import { reportJsonSchema } from "./report-schema.js";

// At the package root, not in dist/: a consumer on node10-style resolution (no "exports" map)
// finds `cica-cbm/report.schema.json` only as a file at that path.
writeFileSync("report.schema.json", `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log("wrote report.schema.json");
