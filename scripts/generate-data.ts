import { readFileSync, writeFileSync } from "node:fs";
import { renderDataModules } from "./cica-data.js";

const read = (path: string) => JSON.parse(readFileSync(path, "utf8"));
const modules = renderDataModules({
  reference: read("data/reference/cica-data.json"),
  ru: read("data/translations/ru.json"),
});
for (const [path, text] of Object.entries(modules)) {
  writeFileSync(path, text);
  console.log(`wrote ${path} (${text.length} characters)`);
}
