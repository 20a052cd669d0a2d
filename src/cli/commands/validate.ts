import { formatPath } from "../../index.js";
// `cica-cbm validate FILE...`: checks every report and lists each issue as it is found.
import { BASE, defineCommand } from "../command.js";
import { check, type Located } from "../check.js";
import { READING } from "../options.js";
import { validateDocument } from "../output.js";
import { printable } from "../printable.js";
import { columns } from "../render.js";
import { readingOf } from "./reading.js";

const COLUMNS = ["file", "where", "rule", "severity", "path", "message"];

/** `validate`: exit 1 when any report is invalid or malformed, 2 when an input cannot be read. */
export const validate = defineCommand({
  name: "validate",
  usage: "validate FILE...",
  description: "command.validate",
  reads: true,
  options: { ...BASE, ...READING },
  async run(values, files, io) {
    const { format, out, say, render, run } = io;
    const reading = readingOf(values, files, "validate", io);
    // Every result is written as it is found (nothing is held), and the run waits for a slow
    // reader, so that a file of a million invalid reports is reported in the memory of one.
    // Headers are written at the first result, or at the end, so that a usage error before
    // any is read leaves stdout empty. An input that cannot be read is recorded and the others
    // are still checked; the JSON document stays complete and says so.
    const table = columns(COLUMNS, say);
    const document = validateDocument((text) => run.out(text) ?? undefined);
    let failed = 0;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      if (format === "csv" || format === "md") out(render({ columns: table, rows: [] }));
    };
    const write = (r: Located) => {
      if (format === "json") return document.result(r);
      start();
      if (format === "csv" || format === "md") {
        const rows = r.malformed
          ? [{ file: r.source, where: r.where, rule: "malformed", severity: "error", path: "", message: r.malformed }]
          : r.issues.map((i) => ({
              file: r.source,
              where: i.location ?? r.where,
              rule: i.rule,
              severity: i.severity,
              path: formatPath(i.path),
              message: i.message,
            }));
        // The rows alone: the table rendered without its header lines (one in CSV, two in Markdown).
        const body = render({ columns: table, rows })
          .split(format === "csv" ? "\r\n" : "\n")
          .slice(format === "csv" ? 1 : 2)
          .join(format === "csv" ? "\r\n" : "\n");
        return out(body);
      }
      const lines = [
        ...(r.malformed ? [`${r.source} ${r.where}: error malformed: ${r.malformed}`] : []),
        ...r.issues.map(
          (issue) => `${r.source} ${issue.location ?? r.where}: ${issue.severity} ${issue.rule} at ${formatPath(issue.path) || "(report)"}: ${issue.message}`,
        ),
      ];
      return out(lines.map((line) => `${printable(line)}\n`).join(""));
    };
    const result = await check(files, reading, run, {
      result: write,
      failure: (failure) => {
        failed++;
        if (format === "json") document.failure(failure);
        run.err(`cica-cbm: ${printable(failure.error)}\n`);
      },
    });
    const code = failed > 0 ? 2 : result.invalid + result.malformed > 0 ? 1 : 0;
    if (format === "json") {
      const waiting = document.end(result, code);
      if (waiting) await waiting;
      return code;
    }
    start();
    if (format === "text") {
      const unread = failed > 0 ? say("line.unreadable", { count: failed }) : "";
      const waiting = out(`${say("line.counts", result)}${unread}\n`);
      if (waiting) await waiting;
    }
    return code;
  },
});
