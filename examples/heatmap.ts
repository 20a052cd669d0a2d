// Renders the heat map of the illustrative data set (invented reports, not real ones) into
// docs/images, in English and Russian: `npx tsx examples/heatmap.ts`. A test checks the committed
// images are what this produces.
import { writeFileSync } from "node:fs";
import { cica, implementationMatrix, renderMatrixSvg } from "cica-cbm";
import { illustrativeReports } from "./illustrative.js";

export function illustrativeHeatmaps(): Record<string, string> {
  const matrix = implementationMatrix(illustrativeReports(2025), cica, { catalogue: "cica@2021", year: 2025, by: "dimension" });
  return {
    "docs/images/heatmap-illustrative.svg": renderMatrixSvg(matrix, {
      registry: cica.registry,
      title: "Implementation level of the 2021 Catalogue, 2025 (illustrative data, not real reports)",
    }),
    "docs/images/heatmap-illustrative.ru.svg": renderMatrixSvg(matrix, {
      registry: cica.registry,
      lang: "ru",
      title: "Уровень выполнения мер Каталога 2021 г., 2025 (иллюстративные данные, не реальные отчёты)",
    }),
  };
}

if (process.argv[1]?.endsWith("heatmap.ts")) {
  for (const [path, svg] of Object.entries(illustrativeHeatmaps())) {
    writeFileSync(path, svg);
    console.log(`wrote ${path}`);
  }
}
