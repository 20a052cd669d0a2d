// For the Secretariat's analyst: load a folder of report files (.json: one report or an array;
// .ndjson: one report a line), validate and record them, and produce the review: the reporting
// rate, the implementation matrix, the mirror checks and a CSV file of the table of replies.
//
//   npx tsx examples/secretariat-review.ts [FOLDER] [--year 2025] [--csv replies.csv]
//
// With no FOLDER, it first writes the ILLUSTRATIVE data set (invented reports, not real state
// reports; see examples/illustrative.ts) into a new temporary folder and reviews that.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  cica,
  createLedger,
  findDiscrepancies,
  implementationMatrix,
  matrixTable,
  recordReport,
  replyTable,
  reportIdentity,
  reportingRate,
  toCsv,
  toMarkdown,
  type ValidationOutcome,
} from "cica-cbm";
import { illustrativeReports } from "./illustrative.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { year: { type: "string", default: "2025" }, csv: { type: "string" } },
});
const year = Number(values.year);

let folder = positionals[0];
if (folder === undefined) {
  folder = mkdtempSync(path.join(os.tmpdir(), "cica-cbm-illustrative-"));
  const reports = illustrativeReports(year);
  // Half as one .ndjson file, the rest as one .json file per report, as a folder of mail would be.
  const half = Math.ceil(reports.length / 2);
  writeFileSync(
    path.join(folder, `illustrative-${year}.ndjson`),
    `${reports
      .slice(0, half)
      .map((r) => JSON.stringify(r))
      .join("\n")}\n`,
  );
  for (const report of reports.slice(half)) writeFileSync(path.join(folder, `${report.id}.json`), JSON.stringify(report, null, 2));
  console.log(`ILLUSTRATIVE DATA (invented reports, not real state reports) written to ${folder}`);
}

// 1. Read every file. A line or file that is not JSON is reported, and the others are still read.
const inputs: { where: string; value: unknown }[] = [];
for (const name of readdirSync(folder).sort()) {
  const file = path.join(folder, name);
  if (name.endsWith(".ndjson")) {
    readFileSync(file, "utf8")
      .split(/\r?\n/)
      .forEach((line, i) => {
        if (line.trim() === "") return;
        try {
          inputs.push({ where: `${name}:${i + 1}`, value: JSON.parse(line) });
        } catch {
          console.log(`${name}:${i + 1}: not JSON, skipped`);
        }
      });
  } else if (name.endsWith(".json")) {
    try {
      const value: unknown = JSON.parse(readFileSync(file, "utf8"));
      (Array.isArray(value) ? value : [value]).forEach((v, i) => {
        inputs.push({ where: Array.isArray(value) ? `${name}[${i}]` : name, value: v });
      });
    } catch {
      console.log(`${name}: not JSON, skipped`);
    }
  }
}

// 2. Validate and record every report; a rejected one is listed with its first issue, and kept
//    (its identity, file and issues) so that the table of replies can tell it from no reply.
let ledger = createLedger();
let recorded = 0;
const rejected: ValidationOutcome[] = [];
for (const { where, value } of inputs) {
  const result = recordReport(ledger, value, cica);
  ledger = result.ledger;
  if (result.outcome === "recorded") recorded++;
  if (result.outcome === "rejected") {
    console.log(`${where}: rejected: ${result.issues[0]?.message}`);
    rejected.push({ ok: false, identity: reportIdentity(value), origin: { file: where }, issues: result.issues });
  }
}
console.log(`read ${inputs.length} reports, recorded ${recorded}`);

// 3. The review.
const rate = reportingRate(ledger, cica, { year, deadline: `${year + 1}-04-15`, rejected });
console.log(
  `\nreporting rate ${year}: ${rate.replied} of ${rate.expected} expected states replied (${rate.nil} nil), ${rate.late} late, ${rate.rejected} sent only rejected reports, ${rate.missing} missing`,
);
console.log(
  `missing: ${
    rate.rows
      .filter((r) => r.reply === "missing")
      .map((r) => r.state)
      .join(", ") || "none"
  }`,
);

const matrix = implementationMatrix(ledger, cica, { catalogue: "cica@2021", year, by: "dimension" });
console.log(`\nimplementation by dimension (coverage), ${matrix.rows.length} reporting states:\n`);
console.log(toMarkdown(matrixTable(matrix, { registry: cica.registry })));

const mirror = findDiscrepancies(ledger, cica, { year });
console.log(`\nmirror checks: ${mirror.confirmed} confirmed, ${mirror.unconfirmed} not confirmed, ${mirror.noPartnerReport} without a partner report`);

// 4. The table of replies as CSV, safe to open in a spreadsheet.
const csv = toCsv(replyTable(rate, { registry: cica.registry }));
const target = values.csv ?? path.join(folder, `replies-${year}.csv`);
writeFileSync(target, csv);
console.log(`\nwrote ${target} (${csv.split("\r\n").length - 2} rows); first lines:`);
console.log(csv.split("\r\n").slice(0, 3).join("\n"));
