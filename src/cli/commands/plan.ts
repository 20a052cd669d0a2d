// `cica-cbm plan validate|status|review FILE...`: the annual plan of implementation events.
// `validate` checks plans; `status` sets the plan (its first file) beside the reports of its year
// (the other files) and counts its events by state; `review` writes one dimension's review pack.
import { DIMENSIONS, type DimensionId } from "../../index.js";
import { BASE, defineCommand } from "../command.js";
import { UsageError } from "../errors.js";
import { READING, YEAR } from "../options.js";
import { chosen, dateOption, yearOption } from "../values.js";
import { planReview, planStatus } from "./planStatus.js";
import { planValidate } from "./planValidate.js";
import { readingOf } from "./reading.js";

const SUBCOMMANDS = ["validate", "status", "review"] as const;
const DIMENSION_IDS = DIMENSIONS.map((d) => d.id) as readonly DimensionId[];

/** `plan`: exit 1 when a plan or a report is not valid, 2 on a usage or I/O error. */
export const plan = defineCommand({
  name: "plan",
  usage: "plan validate PLAN... | plan status|review PLAN [REPORTS...] --year N [--dimension D]",
  description: "command.plan",
  reads: true,
  options: {
    ...BASE,
    ...READING,
    ...YEAR,
    "as-of": { type: "string", value: "YYYY-MM-DD", example: "2025-12-31" },
    dimension: { type: "string", value: DIMENSION_IDS.join("|"), example: "economic" },
  },
  async run(values, args, io) {
    const [subcommand, ...files] = args;
    if (subcommand === undefined || !(SUBCOMMANDS as readonly string[]).includes(subcommand))
      throw new UsageError(io.say("error.planSubcommand", { value: subcommand ?? "" }));
    const reading = readingOf(values, files, `plan ${subcommand}`, io);
    if (subcommand === "validate") return planValidate(files, reading.today, io);
    const run = {
      year: yearOption(values.year, "year", io.say),
      asOf: dateOption(values["as-of"], "as-of", io.say),
      dimension: values.dimension === undefined ? undefined : chosen(values.dimension, DIMENSION_IDS, "dimension", io.say),
      reading,
    };
    return subcommand === "status" ? planStatus(files, run, io) : planReview(files, run, io);
  },
});
