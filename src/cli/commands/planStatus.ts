// `cica-cbm plan status PLAN REPORTS... --year N` and `plan review PLAN REPORTS... --year N
// --dimension D`: the plan set beside the states' reports of its year.
import {
  cica,
  DIMENSIONS,
  dimensionReview,
  EVENT_STATES,
  localize,
  planExecution,
  renderDimensionReview,
  type CbmPlan,
  type DimensionId,
  type EventBreakdownRow,
  type NationalReport,
  type PlanExecution,
  type Table,
} from "../../index.js";
import type { Reading } from "../check.js";
import type { Io } from "../command.js";
import { UsageError } from "../errors.js";
import { printable } from "../printable.js";
import { columns } from "../render.js";
import { locatedLines } from "./planValidate.js";
import { readPlans } from "./planRead.js";
import { endYear, readYear, rejectedOfYear, type YearCounts } from "./reading.js";

/** What `status` and `review` are given besides the files. */
export interface PlanRun {
  readonly year: number;
  readonly asOf: string | undefined;
  readonly dimension: DimensionId | undefined;
  readonly reading: Reading;
}

/**
 * The valid plans of `file`, or `undefined` when any is invalid or malformed, or none is there
 * (each issue is then written on standard error where it is, and the run ends with exit 1).
 */
async function validPlans(file: string, run: PlanRun, io: Io): Promise<readonly CbmPlan[] | undefined> {
  const { plans, results, counts } = await readPlans(file, run.reading.today, io);
  const source = file === "-" ? "stdin" : file;
  if (counts.invalid + counts.malformed > 0) {
    io.run.err(`${results.map(locatedLines).join("")}cica-cbm: ${printable(io.say("error.planInvalid", { file: source }))}\n`);
    return undefined;
  }
  if (plans.length === 0) {
    io.run.err(`cica-cbm: ${printable(io.say("error.planNone", { file: source }))}\n`);
    return undefined;
  }
  // One plan a year: its revisions are read together; plans of several ids are not one plan.
  const ids = [...new Set(plans.filter((p) => p.year === run.year).map((p) => p.id))].sort();
  if (ids.length > 1) throw new UsageError(io.say("error.planSeveral", { file: source, year: run.year, ids: ids.join(", ") }));
  return plans;
}

/** Reads the plan (`files[0]`) and the reports of the year (the other files); `undefined` when the plan is not valid. */
async function readAll(files: readonly string[], run: PlanRun, io: Io) {
  const [planFile, ...reportFiles] = files;
  const plans = await validPlans(planFile!, run, io);
  if (!plans) return undefined;
  const reports: NationalReport[] = [];
  const counts = await readYear(reportFiles, run.reading, run.year, io, (report) => void reports.push(report));
  return { plans, reports, counts };
}

const dimensionName = (id: string, io: Io) => {
  const dimension = DIMENSIONS.find((d) => d.id === id);
  return dimension ? localize(dimension, io.lang) : id;
};

/** The totals, a row a dimension and a last row of all, in the words of the run (codes in CSV and JSON). */
function totalsTable(execution: PlanExecution, io: Io): Table {
  const words = io.format === "text" || io.format === "md";
  const row = (key: string, counts: EventBreakdownRow["counts"]) => ({ dimension: key, ...counts });
  return {
    columns: columns(["dimension", "events", ...EVENT_STATES], io.say),
    rows: [
      ...execution.byDimension.map((r) => row(words ? dimensionName(r.key, io) : r.key, r.counts)),
      row(words ? io.say("column.total") : "total", execution.totals),
    ],
  };
}

/** The events one a row: id, dimension, title, planned, state and the states whose reports confirm it. */
function eventsTable(execution: PlanExecution, io: Io): Table {
  const words = io.format === "text" || io.format === "md";
  return {
    columns: columns(["id", "dimension", "title", "planned", "state", "confirmedBy"], io.say),
    rows: execution.events.map((event) => ({
      id: event.id,
      dimension: words ? dimensionName(event.dimension, io) : event.dimension,
      title: localize(event.title, io.lang),
      planned: event.planned,
      state: words ? io.say(`column.${event.state}`) : event.state,
      confirmedBy: [...new Set(event.activities.map((a) => a.reporter))].join(", "),
    })),
  };
}

/** `plan status`: each event's state and the totals; exit 1 when the plan, any report, or a revision given twice is not valid. */
export async function planStatus(files: readonly string[], run: PlanRun, io: Io): Promise<number> {
  const read = await readAll(files, run, io);
  if (!read) return 1;
  const execution = planExecution(read.plans, read.reports, cica, {
    year: run.year,
    ...(run.asOf ? { asOf: run.asOf } : {}),
    ...(run.dimension ? { dimension: run.dimension } : {}),
  });
  writeStatus(execution, read.counts, run, io);
  // A revision given twice with different content is an error of the input, as in plan validate.
  return Math.max(endYear(read.counts, io), execution.conflicts.length > 0 ? 1 : 0);
}

function writeStatus(execution: PlanExecution, counts: YearCounts, run: PlanRun, io: Io) {
  const { format, out, say, render } = io;
  if (format === "json") {
    const { read, valid, invalid, malformed, rejected } = counts;
    out(`${JSON.stringify({ read, valid, invalid, malformed, rejected, execution }, null, 2)}\n`);
    return;
  }
  if (format === "csv") {
    out(render(eventsTable(execution, io)));
    return;
  }
  const head = execution.plan
    ? say("line.plan", { ...execution.plan, events: execution.totals.events, unplanned: execution.unplanned.length })
    : run.asOf === undefined
      ? say("line.noPlan", { year: run.year })
      : say("line.noPlanAsOf", { year: run.year, asOf: run.asOf });
  out(`${head}\n\n`);
  out(render(totalsTable(execution, io)));
  out("\n");
  out(render(eventsTable(execution, io)));
  for (const conflict of execution.conflicts) out(`\n${say("line.planConflict", { ...conflict, approvedOn: conflict.approvedOn.join(", ") })}\n`);
  if (execution.totals["no-information"] > 0) out(`\n${say("line.noInformation")}\n`);
}

/** `plan review`: the review pack of one dimension, as Markdown (or JSON); exit 1 when the plan, or any report, is not valid. */
export async function planReview(files: readonly string[], run: PlanRun, io: Io): Promise<number> {
  if (io.format === "csv") throw new UsageError(io.say("error.reviewFormat"));
  if (run.dimension === undefined) throw new UsageError(io.say("error.required", { option: "--dimension", example: "economic" }));
  const read = await readAll(files, run, io);
  if (!read) return 1;
  const review = dimensionReview(read.plans, read.reports, cica, {
    year: run.year,
    dimension: run.dimension,
    ...(run.asOf ? { asOf: run.asOf } : {}),
    // Received but rejected is not "no reply": the replies name the rules, as `summary` does.
    rejected: rejectedOfYear(read.counts.rejected, run.year),
  });
  if (io.format === "json") io.out(`${JSON.stringify(review, null, 2)}\n`);
  else io.out(renderDimensionReview(review, { lang: io.lang, registry: cica.registry }));
  return Math.max(endYear(read.counts, io), review.execution.conflicts.length > 0 ? 1 : 0);
}
