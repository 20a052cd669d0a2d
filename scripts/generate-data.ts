// `npm run data` writes the embedded data modules; `--check` only compares them with what is
// committed and fails, naming the files, when they differ.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { renderDataModules } from "./cica-data.js";

const read = (path: string) => JSON.parse(readFileSync(path, "utf8"));
const modules = renderDataModules({
  reference: read("src/data/cica/reference/cica-data.json"),
  ru: read("src/data/cica/reference/ru.json"),
});
const check = process.argv.includes("--check");
let stale = 0;
for (const [path, text] of Object.entries(modules)) {
  if (check) {
    if (!existsSync(path) || readFileSync(path, "utf8") !== text) {
      console.error(`${path} differs from what scripts/cica-data.ts generates: run \`npm run data\` and commit.`);
      stale++;
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path} (${text.length} characters)`);
  }
}
process.exit(stale > 0 ? 1 : 0);
