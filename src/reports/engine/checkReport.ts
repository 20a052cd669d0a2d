import { isPlainObject, own, snapshot, type CopyShape, type Snapshot, type SnapshotLimits } from "../../internal/json.js";
import { REPORT_LIMITS as L } from "../limits.js";
import type { NationalReport } from "../schema.js";
import { checkContext } from "./contextRules.js";
import { checkExtensions } from "./extensions.js";
import type { IssueCollector } from "./IssueCollector.js";
import type { Prepared } from "./prepareContext.js";
import { keyFor, received } from "./received.js";
import { parseStructure } from "./structure.js";

/** The report's shape for its snapshot: its lists and their limits, and where data is free-form. */
const REPORT_SHAPE: CopyShape = (() => {
  const leaf: CopyShape = {};
  const keys = (names: readonly string[], more: readonly (readonly [string, CopyShape])[] = []) => ({
    keys: new Map<string, CopyShape>([...names.map((name) => [name, leaf] as const), ...more]),
  });
  const list = (max: number, items: CopyShape): CopyShape => ({ list: { max, items } });
  const evidence = keys(["uri", "title"]);
  const activity = keys(
    ["title", "kind", "from", "to", "venue", "access"],
    [
      ["partners", list(L.partners, leaf)],
      ["evidence", list(L.evidence, evidence)],
    ],
  );
  const entry = keys(["measure", "status", "remarks", "access", "nothingNewSince"], [["activities", list(L.activities, activity)]]);
  return keys(
    ["schema", "id", "reporter", "catalogue", "year", "revision", "submittedOn", "nil", "access"],
    [
      ["entries", list(L.entries, entry)],
      ["extensions", { own: L.extensionNodes }],
    ],
  );
})();

/**
 * How the value checked is made of the input: frozen, cut to the limits, and where it was cut.
 * `clean`: true when the reader found the structure sound, so that it is not checked again.
 */
export type ReadReport = (input: unknown, limits: SnapshotLimits) => Snapshot & { readonly clean?: boolean };

/** A snapshot of the report: a frozen copy, cut to the limits. */
const snapshotReport: ReadReport = (input, limits) => snapshot(input, REPORT_SHAPE, limits);

/**
 * Structural then contextual checks of a snapshot of the input, adding to the collector. Returns
 * the snapshot, frozen, when it has no error: the value checked is the value returned. Never throws
 * on data: a hostile object (a getter that throws, a revoked Proxy) becomes a `report.type` issue.
 *
 * `read` makes that value: {@link snapshot}, or for the caller's own fresh `JSON.parse` output
 * (validateReportText), which no one else holds and which can hold no getter, Proxy or cycle,
 * `claimReport`, which cuts and freezes it in place with the same cuts, and so the same issues, and
 * looks at its structure in the same walk. (Passed in, so that a bundle of validateReport alone
 * does not carry `claimReport`.)
 */
export function checkReport(input: unknown, context: Prepared, collector: IssueCollector, read: ReadReport = snapshotReport): NationalReport | undefined {
  try {
    // Frozen as it is copied, and cut to the limits: nothing below changes it, a report with
    // errors is dropped, and memory is bounded by the limits, not by the input.
    const limits = { values: L.values, free: L.extensionNodes };
    const copy = read(input, limits);
    for (const cut of copy.cuts) {
      if (cut.kind === "list") collector.add("field.too-many", cut.path, { length: cut.length, max: cut.max });
      // A cut in `extensions` (its own budget) is reported by checkExtensions as extensions.too-large.
      else if (!cut.own) collector.add("report.too-large", cut.path, { max: cut.max }, copy.spent ? "report.too-large" : "report.too-large.value");
    }
    const entriesCut = copy.cuts.find((cut) => cut.kind === "list" && cut.path.length === 1 && cut.path[0] === "entries");
    if (!copy.spent) checkSnapshot(copy.value, context, collector, entriesCut?.kind === "list" ? entriesCut.length : undefined, copy.clean === true);
    return collector.hasErrors ? undefined : (copy.value as NationalReport);
  } catch (error) {
    collector.clear();
    collector.add("report.type", [], { received: `an object that cannot be read (${error instanceof Error ? error.name : "error"})` });
    return undefined;
  }
}

function checkSnapshot(input: unknown, context: Prepared, collector: IssueCollector, entriesLength: number | undefined, clean: boolean): void {
  if (!isPlainObject(input)) {
    collector.add("report.type", [], { received: received(input) }, keyFor("report.type", input));
    return;
  }
  const extensions = own(input, "extensions");
  // zod is given a view without the extensions, which checkExtensions walks within their limits.
  const view = isPlainObject(extensions) ? { ...input, extensions: {} } : input;
  if (isPlainObject(extensions)) checkExtensions(extensions, collector);
  parseStructure(context.schema, view, collector, clean);
  checkContext(input, context, collector, entriesLength);
}
