// `cica-cbm plan validate FILE...`: checks every plan of every file and lists each issue where it
// is, in the words and formats of `validate` (and its JSON document, `cica-cbm/validate-result@1`).
import { checkPlanRevisions, formatPath, type CbmPlan } from "../../index.js";
import type { Located } from "../check.js";
import type { Io } from "../command.js";
import { validateDocument } from "../output.js";
import { printable } from "../printable.js";
import { columns } from "../render.js";
import { checkPlanFile, readPlans } from "./planRead.js";

const COLUMNS = ["file", "where", "rule", "severity", "path", "message"];

/** The text lines of one item read: `FILE WHERE: SEVERITY RULE at PATH: MESSAGE`, as `validate` writes them. */
export function locatedLines(r: Located): string {
  const lines = [
    ...(r.malformed ? [`${r.source} ${r.where}: error malformed: ${r.malformed}`] : []),
    ...r.issues.map((issue) => `${r.source} ${r.where}: ${issue.severity} ${issue.rule} at ${formatPath(issue.path) || "(plan)"}: ${issue.message}`),
  ];
  return lines.map((line) => `${printable(line)}\n`).join("");
}

/** `plan validate`: exit 1 when any plan is invalid or malformed, 2 when a file cannot be read. */
export async function planValidate(files: readonly string[], today: string | undefined, io: Io): Promise<number> {
  const { format, out, say, render, run } = io;
  // Every file is checked before any is read, so a wrong path stops the run before any output.
  for (const file of files) await checkPlanFile(file);
  const table = columns(COLUMNS, say);
  const document = validateDocument((text) => run.out(text) ?? undefined);
  if (format === "csv" || format === "md") out(render({ columns: table, rows: [] }));
  const write = (r: Located) => {
    if (format === "json") return document.result(r);
    if (format === "text") return out(locatedLines(r));
    const rows = r.malformed
      ? [{ file: r.source, where: r.where, rule: "malformed", severity: "error", path: "", message: r.malformed }]
      : r.issues.map((i) => ({ file: r.source, where: r.where, rule: i.rule, severity: i.severity, path: formatPath(i.path), message: i.message }));
    if (rows.length === 0) return undefined;
    // The rows alone: the table rendered without its header lines (one in CSV, two in Markdown).
    const eol = format === "csv" ? "\r\n" : "\n";
    return out(
      render({ columns: table, rows })
        .split(eol)
        .slice(format === "csv" ? 1 : 2)
        .join(eol),
    );
  };
  const total = { read: 0, valid: 0, invalid: 0, malformed: 0 };
  const plans: CbmPlan[] = [];
  const places: { source: string; where: string }[] = [];
  for (const file of files) {
    const read = await readPlans(file, today, io, write);
    plans.push(...read.plans);
    places.push(...read.places);
    total.read += read.counts.read;
    total.valid += read.counts.valid;
    total.invalid += read.counts.invalid;
    total.malformed += read.counts.malformed;
  }
  // The revisions of one plan, across every file given: a revision number given twice with
  // different content is an error of the later one, located where that one is.
  for (const issue of checkPlanRevisions(plans, { lang: io.lang })) {
    const place = places[issue.path[0] as number]!;
    total.valid--;
    total.invalid++;
    const waiting = write({ ...place, ok: false, issues: [{ ...issue, path: issue.path.slice(1) }] });
    if (waiting) await waiting;
  }
  const code = total.invalid + total.malformed > 0 ? 1 : 0;
  if (format === "json") {
    const waiting = document.end(total, code);
    if (waiting) await waiting;
  } else if (format === "text") {
    const waiting = out(`${say("line.counts", total)}\n`);
    if (waiting) await waiting;
  }
  return code;
}
