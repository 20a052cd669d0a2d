/**
 * Run in a fresh `node` process by global-state.test.ts: snapshots what a library could change
 * globally (the keys of globalThis, the built-in prototypes, zod's global config and registry),
 * imports the BUILT library (ESM, then CJS), validates, records, stores, loads, aggregates and
 * renders, snapshots again, and prints both snapshots as JSON. Then, as a control that the probe
 * can see a change, it changes zod's config itself and prints that snapshot too.
 */
import { createRequire } from "node:module";
import * as z from "zod/mini";

const require = createRequire(import.meta.url);
const BUILT_INS = { Object, Array, String, Number, Boolean, Function, RegExp, Date, Promise, Map, Set, Error, Symbol, JSON, Math, Reflect, Intl };

function describeKeys(target) {
  return Reflect.ownKeys(target)
    .map((key) => {
      const d = Object.getOwnPropertyDescriptor(target, key);
      const kind = "value" in d ? typeof d.value : "accessor";
      return `${String(key)}:${kind}:${d.writable ?? "-"}${d.enumerable}${d.configurable}`;
    })
    .sort();
}

function snapshot() {
  const prototypes = {};
  for (const [name, value] of Object.entries(BUILT_INS)) {
    prototypes[name] = describeKeys(value);
    if (value.prototype) prototypes[`${name}.prototype`] = describeKeys(value.prototype);
  }
  return {
    globalThis: describeKeys(globalThis),
    prototypes,
    extensible: Object.entries(BUILT_INS).map(([name, value]) => `${name}:${Object.isExtensible(value)}:${Object.isExtensible(value.prototype ?? {})}`),
    zodConfig: JSON.stringify(Object.entries(z.config()).map(([key, value]) => [key, typeof value === "function" ? `function ${value.name}` : value])),
    zodRegistry: { ids: z.globalRegistry._idmap.size, keys: describeKeys(z.globalRegistry) },
    errorStackTraceLimit: Error.stackTraceLimit,
    polluted: [{}.polluted, {}.isAdmin, [].polluted],
  };
}

async function round(lib) {
  const {
    cica,
    validateReport,
    recordReport,
    createLedger,
    ledgerToJSON,
    ledgerFromJSON,
    reportingRate,
    implementationMatrix,
    countEntries,
    trend,
    findDiscrepancies,
    toCsv,
    toMarkdown,
    matrixTable,
    replyTable,
    renderMatrixSvg,
    compileReportSchema,
    formatIssue,
    groupIssues,
    diffReports,
    toReportSummary,
  } = lib;
  const report = {
    schema: "cica-cbm/report@1",
    id: "KZ-2025",
    reporter: "KZ",
    catalogue: "cica@2021",
    year: 2025,
    revision: 1,
    submittedOn: "2026-03-01",
    entries: [{ measure: "2.1.2", status: "implemented", activities: [{ title: "Observers", kind: "exercise", from: "2025-05-01", partners: ["TR"] }] }],
    extensions: JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"isAdmin": true}}}'),
  };
  const bad = JSON.parse(
    '{"__proto__": {"polluted": true}, "schema": "cica-cbm/report@1", "reporter": "KAZ", "year": "2025", "entries": [{"measure": "9.9", "status": "done"}]}',
  );
  for (const context of [cica, { ...cica, lang: "ru", today: "2026-12-31" }, { ...cica, schema: compileReportSchema() }]) {
    validateReport(report, context);
    for (const issue of validateReport(bad, context).issues) formatIssue(issue, "ru");
    groupIssues(validateReport(bad, context).issues);
  }
  const recorded = recordReport(createLedger(), report, cica);
  const second = recordReport(recorded.ledger, { ...report, revision: 2, entries: [{ measure: "2.1.2", status: "planned" }] }, cica);
  const text = JSON.stringify(ledgerToJSON(second.ledger));
  const loaded = ledgerFromJSON(text, cica);
  ledgerFromJSON("\ufeff{not json", cica);
  const rate = reportingRate(loaded.ledger, cica, { year: 2025 });
  const matrix = implementationMatrix(loaded.ledger, cica, { year: 2025, catalogue: "cica@2021" });
  countEntries(loaded.ledger, cica, { by: ["reporter", "dimension"] });
  trend(loaded.ledger, cica, { from: 2024, to: 2025 });
  toReportSummary(loaded.ledger);
  findDiscrepancies(loaded.ledger, cica, { year: 2025 });
  diffReports(recorded.report, second.report);
  toCsv(matrixTable(matrix));
  toMarkdown(replyTable(rate));
  renderMatrixSvg(matrix, { lang: "ru" });
  if (second.outcome !== "recorded" || !loaded.ok) throw new Error("the round did not record and load as expected");
}

const before = snapshot();
await round(await import(new URL("../../dist/index.js", import.meta.url).href));
const afterEsm = snapshot();
await round(require("../../dist/index.cjs"));
const afterCjs = snapshot();
// The control: a change of zod's global config must show in the snapshot.
z.config({ jitless: true });
const control = snapshot();
process.stdout.write(JSON.stringify({ before, afterEsm, afterCjs, control }));
