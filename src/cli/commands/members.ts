// `cica-cbm members --on DATE`: the members and observers on a date, with the data version.
import { chairOn, cica, membersOn, observersOn, localize } from "../../index.js";
import { BASE, defineCommand } from "../command.js";
import { UsageError } from "../errors.js";
import { columns } from "../render.js";
import { dateOption } from "../values.js";

/** `members`: exit 0. */
export const members = defineCommand({
  name: "members",
  usage: "members --on DATE",
  description: "command.members",
  reads: false,
  options: { ...BASE, on: { type: "string", value: "YYYY-MM-DD", example: "2006-11-15" } },
  async run(values, _files, io) {
    const { format, out, say, lang, render } = io;
    const on = dateOption(values.on, "on", say);
    if (!on) throw new UsageError(say("error.required", { option: "--on", example: "2006-11-15" }));
    const name = (p: { name: { en: string; ru?: string } }) => localize(p.name, lang);
    const memberList = membersOn(cica.registry, on);
    const observers = observersOn(cica.registry, on);
    if (format === "json") {
      const doc = {
        on,
        dataVersion: cica.dataVersion,
        chair: chairOn(cica.registry, on)?.state ?? null,
        members: memberList.map((p) => p.code),
        observers: observers.map((p) => p.code),
      };
      out(`${JSON.stringify(doc, null, 2)}\n`);
      return 0;
    }
    // The status is a code of the registry (member, observer), the same in every language.
    const rows = [
      ...memberList.map((p) => ({ code: p.code, name: name(p), status: "member" })),
      ...observers.map((p) => ({ code: p.code, name: name(p), status: "observer" })),
    ];
    out(render({ columns: columns(["code", "name", "status"], say), rows }));
    if (format === "text") out(`${say("line.members", { on, members: memberList.length, observers: observers.length, version: cica.dataVersion })}\n`);
    return 0;
  },
});
