// `cica-cbm diff OLD NEW`: the field-level changes between two revisions of a report.
import { diffReports, type NationalReport } from "../../index.js";
import { BASE, defineCommand } from "../command.js";
import { check, type Located } from "../check.js";
import { UsageError } from "../errors.js";
import { printable } from "../printable.js";
import { columns } from "../render.js";
import { READING } from "../options.js";
import { readingOf } from "./reading.js";

/** `diff`: exit 1 when either file does not hold exactly one valid report. */
export const diff = defineCommand({
  name: "diff",
  usage: "diff OLD NEW",
  description: "command.diff",
  reads: true,
  // Both files are read as JSON (one report each), so --input does not apply.
  options: { ...BASE, today: READING.today },
  async run(values, files, io) {
    const { format, out, say, render, run } = io;
    const reading = readingOf(values, files, "diff", io);
    if (files.length !== 2) throw new UsageError(say("error.diffTwo"));
    const reports: NationalReport[] = [];
    for (const file of files) {
      const results: Located[] = [];
      const result = await check([file], reading, run, { report: (report) => reports.push(report), result: (r) => void results.push(r) });
      if (result.read !== 1 || result.valid !== 1) {
        for (const r of results) {
          if (r.malformed) run.err(`${printable(`${file} ${r.where}: error malformed: ${r.malformed}`)}\n`);
          for (const issue of r.issues) run.err(`${printable(`${file}: ${issue.severity} ${issue.rule}: ${issue.message}`)}\n`);
        }
        run.err(`${printable(say("error.diffInvalid", { file }))}\n`);
        return 1;
      }
    }
    const changes = diffReports(reports[0]!, reports[1]!);
    if (format === "json") out(`${JSON.stringify({ changes }, null, 2)}\n`);
    else {
      const rows = changes.map((c) => ({
        path: c.path.join("/"),
        kind: c.kind,
        before: c.before === undefined ? "" : JSON.stringify(c.before),
        after: c.after === undefined ? "" : JSON.stringify(c.after),
      }));
      out(render({ columns: columns(["path", "kind", "before", "after"], say), rows }));
    }
    return 0;
  },
});
