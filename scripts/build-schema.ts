import { mkdirSync, writeFileSync } from "node:fs";
import { reportJsonSchema } from "./report-schema.js";

mkdirSync("dist", { recursive: true });
writeFileSync("dist/report.schema.json", `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log("wrote dist/report.schema.json");
