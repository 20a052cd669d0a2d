/**
 * The shared reliability properties of the public API, in one place: `properties.test.ts` runs
 * them with a small count in `npm test`, and `scripts/fuzz.ts` (`npm run fuzz -- --runs N`) with a
 * large one. Each property checks its invariant with node:assert, so that it runs the same under
 * vitest and under plain tsx, and counts what it saw in {@link FuzzStats}:
 *
 * - `validateReport` and `ledgerFromJSON` never throw on arbitrary JSON, arbitrary JavaScript
 *   values, text, or mutated valid reports and ledgers (hostile strings, keys and numbers too);
 * - no input report is lost: every valid report recorded is in the ledger, and still there after
 *   a JSON round trip, which is byte-lossless;
 * - recording is idempotent; aggregates do not depend on the input order, nor on how the input is
 *   split, accumulated and merged; no function changes its (deep-frozen) input; output order is
 *   stable; nothing leaks onto `Object.prototype`.
 *
 * The module-level stats object is test code; the library itself keeps no state.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  accumulate,
  cica,
  createAccumulator,
  createLedger,
  currentReports,
  diffReports,
  findDiscrepancies,
  finishAccumulator,
  implementationMatrix,
  ledgerFromJSON,
  ledgerToJSON,
  matrixTable,
  membersOn,
  mergeAccumulators,
  recordReport,
  REPORT_LIMITS,
  REPORT_RULES,
  replyTable,
  reportHistory,
  reportingRate,
  countEntries,
  toReportSummary,
  toCsv,
  validateReport,
  type Accumulator,
  type Ledger,
  type NationalReport,
  type ReportIssue,
  type ValidationContext,
} from "../../src/index.js";

/** What the properties saw, over every run: read by the fuzz script. */
export interface FuzzStats {
  /** Inputs given to a library function. */
  inputs: number;
  /** Calls of a library function that threw. */
  throws: number;
  /** Valid reports given to recordReport or ledgerFromJSON. */
  validReports: number;
  /** Of those, the ones missing from the ledger or changed in it. */
  lost: number;
}

/** One property, made fresh for a run. `cost` > 1 runs it `1/cost` as often (the heavy aggregates). */
export interface PropertyDefinition {
  readonly name: string;
  readonly cost: number;
  readonly make: (stats: FuzzStats) => fc.IProperty<never> | fc.IProperty<any>;
}

export const newStats = (): FuzzStats => ({ inputs: 0, throws: 0, validReports: 0, lost: 0 });

// ---------------------------------------------------------------------------------------------
// Helpers

/** Calls a library function, counting the input and any exception (which fails the property). */
function call<TResult>(stats: FuzzStats, what: string, fn: () => TResult): TResult {
  stats.inputs++;
  try {
    return fn();
  } catch (error) {
    stats.throws++;
    throw new Error(`${what} threw on data: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
}

export function deepFreeze<TValue>(value: TValue): TValue {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== "object" || item === null || Object.isFrozen(item)) continue;
    Object.freeze(item);
    for (const key of Object.keys(item)) stack.push(Object.getOwnPropertyDescriptor(item, key)?.value);
  }
  return value;
}

/** Nothing was added to Object.prototype (a `__proto__` key must never become a prototype). */
function assertNoPollution(): void {
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), PROTOTYPE_KEYS);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
}
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

const KNOWN_RULES = new Set(Object.keys(REPORT_RULES));

/** The shape every validation result must have, whatever the input. */
function assertWellFormedIssues(issues: readonly ReportIssue[]): void {
  assert.ok(issues.length <= REPORT_LIMITS.issues + 1, `${issues.length} issues`);
  for (const issue of issues) {
    assert.ok(KNOWN_RULES.has(issue.rule), issue.rule);
    assert.equal(issue.severity, REPORT_RULES[issue.rule].severity);
    assert.ok(issue.path.every((key) => typeof key === "string" || (Number.isInteger(key) && key >= 0)));
    assert.equal(typeof issue.message, "string");
    // Every {placeholder} is filled: what braces remain come from the data (a key named "{0}").
    let rest = issue.message;
    for (const value of Object.values(issue.params).flat()) if (value !== undefined) rest = rest.split(String(value)).join("");
    assert.ok(issue.message.length > 0 && !/\{\w+\}/.test(rest), issue.message);
  }
}

/**
 * validateReport turns an exception met while reading its input into a `report.type` issue "an
 * object that cannot be read" (for a getter that throws, or a revoked Proxy). No generated input
 * has either, so such an issue here is an exception of the library in disguise: counted as a throw.
 */
function assertNoHiddenThrow(stats: FuzzStats, issues: readonly ReportIssue[]): void {
  const hidden = issues.find((issue) => issue.rule === "report.type" && String(issue.params.received).includes("cannot be read"));
  if (hidden) {
    stats.throws++;
    assert.fail(`the library threw inside validation: ${hidden.message}`);
  }
}

const hasError = (issues: readonly ReportIssue[]) => issues.some((issue) => issue.severity === "error");

/** A JSON text, or a note when the value is not JSON (a cycle, a BigInt). */
const jsonOf = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? "undefined";
  } catch {
    return "not JSON";
  }
};

// ---------------------------------------------------------------------------------------------
// Arbitraries

const CATALOGUE = cica.catalogues["cica@2021"];
const MEASURES = CATALOGUE.measures.map((measure) => measure.id);
const STATUSES = CATALOGUE.statuses.map((status) => status.id);
/** States that were members throughout 2023–2025. */
const MEMBERS = membersOn(cica.registry, "2023-01-01").map((participant) => participant.code);
/** A few of them report most often, so that reports of one state and year meet (revisions, mirrors). */
const FREQUENT = MEMBERS.filter((code) => ["CN", "IN", "KZ", "RU", "TR"].includes(code));
const reporterArb = fc.oneof({ weight: 7, arbitrary: fc.constantFrom(...FREQUENT) }, { weight: 3, arbitrary: fc.constantFrom(...MEMBERS) });
const YEARS = [2023, 2024, 2025] as const;

const dateIn = (year: number): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: 364 }).map((day) => new Date(Date.UTC(year, 0, 1) + day * 86_400_000).toISOString().slice(0, 10));

/** Texts of every kind of character: Cyrillic, emoji, marks, controls (never empty). */
const text = (max: number) => fc.string({ unit: "grapheme", minLength: 1, maxLength: max });

const activityArb = (reporter: string, year: number) =>
  fc.record(
    {
      title: text(20),
      kind: fc.constantFrom("visit", "seminar", "exercise", "exchange of information"),
      from: dateIn(year),
      partners: fc.uniqueArray(
        fc.oneof(fc.constantFrom(...FREQUENT.filter((code) => code !== reporter)), fc.constantFrom(...MEMBERS.filter((code) => code !== reporter))),
        { minLength: 1, maxLength: 3 },
      ),
      venue: text(12),
      evidence: fc.array(fc.record({ uri: fc.webUrl(), title: text(10) }, { requiredKeys: ["uri"] }), { maxLength: 2 }),
    },
    { requiredKeys: ["title", "kind", "from"] },
  );

const entryArb = (reporter: string, year: number, measure: string) =>
  fc.record(
    {
      measure: fc.constant(measure),
      status: fc.constantFrom(...STATUSES),
      activities: fc.array(activityArb(reporter, year), { minLength: 1, maxLength: 2 }),
      remarks: text(30),
    },
    { requiredKeys: ["measure", "status"] },
  );

/** Extension data: any JSON, keys of any text (including `__proto__`, which is kept verbatim). */
const extensionsArb = fc.dictionary(
  fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor", "prototype")),
  fc.jsonValue({ maxDepth: 3 }),
  { maxKeys: 4 },
);

export interface ReportKey {
  readonly reporter: string;
  readonly year: number;
  readonly revision: number;
}

const keyArb: fc.Arbitrary<ReportKey> = fc.record({ reporter: reporterArb, year: fc.constantFrom(...YEARS), revision: fc.integer({ min: 1, max: 4 }) });

/** A valid report for a key: a member's, on cica@2021, with entries (or nil) and maybe extensions. */
const reportFor = ({ reporter, year, revision }: ReportKey): fc.Arbitrary<NationalReport> =>
  fc
    .record(
      {
        submittedOn: dateIn(year + 1),
        body: fc.oneof(
          {
            weight: 6,
            arbitrary: fc
              .uniqueArray(fc.constantFrom(...MEASURES), { minLength: 1, maxLength: 4 })
              .chain((measures) => fc.tuple(...measures.map((measure) => entryArb(reporter, year, measure)))),
          },
          { weight: 1, arbitrary: fc.constant("nil" as const) },
        ),
        extensions: extensionsArb,
      },
      { requiredKeys: ["submittedOn", "body"] },
    )
    .map(({ submittedOn, body, extensions }) => ({
      schema: "cica-cbm/report@1" as const,
      id: `${reporter}-${year}`,
      reporter,
      catalogue: "cica@2021",
      year,
      revision,
      submittedOn,
      ...(body === "nil" ? { nil: true, entries: [] } : { entries: body }),
      ...(extensions === undefined ? {} : { extensions }),
    }));

export const validReportArb: fc.Arbitrary<NationalReport> = keyArb.chain(reportFor);

/** Valid reports with distinct reporter, year and revision: none can conflict with another. */
export const distinctReportsArb = (maxLength: number): fc.Arbitrary<NationalReport[]> =>
  fc
    .uniqueArray(keyArb, { minLength: 1, maxLength, selector: (key) => `${key.reporter}/${key.year}/${key.revision}` })
    .chain((keys) => fc.tuple(...keys.map(reportFor)));

function nestedText(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}

/** Values that hostile or careless input carries: each a known trap. */
const hostileValues: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  JSON.parse('{"prototype": {"polluted": true}}'),
  "x".repeat(REPORT_LIMITS.remarks + 1),
  "😀".repeat(REPORT_LIMITS.id + 1),
  JSON.parse("1e309"),
  -0,
  Number.MAX_SAFE_INTEGER + 2,
  1e-320,
  "NaN",
  "Infinity",
  "\uD800",
  "K\uDC00Z",
  "\u200FKZ",
  "KZ\u200E",
  "\u202Eimplemented",
  "КZ", // Cyrillic К
  "ΚΖ", // Greek Kappa, Zeta
  "2.1.2\u00A0",
  "2023-02-29",
  "0000-01-01",
  "2025-13-01",
  "+002025-01-01",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  '=HYPERLINK("https://example.org")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)",
  "\uFEFF",
  "a\r\nb",
  "\u0000",
  JSON.parse(nestedText(200)),
  Array.from({ length: 1500 }, (_, i) => i),
  {},
  [],
  "",
);

const hostileOrJson = fc.oneof({ weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) }, { weight: 2, arbitrary: hostileValues });

const anything = fc.anything({
  withObjectString: true,
  withNullPrototype: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withBigInt: true,
  withDate: true,
});

type Key = string | number;
type Container = Record<string, unknown> | unknown[];

function pathsOf(value: unknown, prefix: Key[] = [], out: Key[][] = []): Key[][] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      out.push([...prefix, index]);
      pathsOf(item, [...prefix, index], out);
    });
  } else if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) {
      out.push([...prefix, key]);
      pathsOf(Object.getOwnPropertyDescriptor(value, key)?.value, [...prefix, key], out);
    }
  }
  return out;
}

type Mutation =
  | { readonly at: number; readonly kind: "delete" }
  | { readonly at: number; readonly kind: "replace"; readonly value: unknown }
  | { readonly at: number; readonly kind: "add"; readonly key: string; readonly value: unknown };

const mutationArb = (values: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({ at: fc.nat(), kind: fc.constant("delete" as const) }),
    fc.record({ at: fc.nat(), kind: fc.constant("replace" as const), value: values }),
    fc.record({
      at: fc.nat(),
      kind: fc.constant("add" as const),
      key: fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "extra", "measure", "nil"), fc.string({ maxLength: 6 })),
      value: values,
    }),
  );

/** A copy of `root` (JSON data) with one value removed, replaced, or one key added at any level. */
export function mutate(root: unknown, mutation: Mutation): unknown {
  const copy = structuredClone(root) as unknown;
  const paths = [[], ...pathsOf(copy)] as Key[][];
  const path = paths[mutation.at % paths.length]!;
  if (mutation.kind === "add") {
    let target = copy as Container;
    for (const key of path) target = Object.getOwnPropertyDescriptor(target, key)!.value as Container;
    if (typeof target !== "object" || target === null) return copy;
    Object.defineProperty(target, Array.isArray(target) ? target.length : mutation.key, {
      value: mutation.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return copy;
  }
  if (path.length === 0) return mutation.kind === "replace" ? mutation.value : copy;
  let parent = copy as Container;
  for (const key of path.slice(0, -1)) parent = Object.getOwnPropertyDescriptor(parent, key)!.value as Container;
  const last = path[path.length - 1]!;
  if (mutation.kind === "delete") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    Object.defineProperty(parent, last, { value: mutation.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** A valid report after one to three mutations with JSON or hostile values. */
export const mutatedReportArb: fc.Arbitrary<unknown> = fc
  .tuple(validReportArb, fc.array(mutationArb(hostileOrJson), { minLength: 1, maxLength: 3 }))
  .map(([report, mutations]) => mutations.reduce<unknown>(mutate, report));

/** Anything a form or a file may hand over. */
export const anyInputArb: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue(), anything, hostileValues, mutatedReportArb, validReportArb);

/** The options of a context (a counterexample shows these, not the whole embedded data). */
interface ContextOptions {
  readonly lang: "en" | "ru";
  readonly today: string | undefined;
}

const contextArb: fc.Arbitrary<ContextOptions> = fc.record({
  lang: fc.constantFrom("en" as const, "ru" as const),
  today: fc.constantFrom(undefined, "2026-12-31", "2025-06-30"),
});

const contextOf = ({ lang, today }: ContextOptions): ValidationContext => (today === undefined ? { ...cica, lang } : { ...cica, lang, today });

/** Text given to ledgerFromJSON: broken JSON, JSON of anything, a ledger with mutated reports. */
const ledgerTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.json(),
  fc.jsonValue().map((value) => JSON.stringify({ schema: "cica-cbm/ledger@1", reports: value })),
  fc.array(fc.oneof(validReportArb, mutatedReportArb), { maxLength: 4 }).map((reports) => JSON.stringify({ schema: "cica-cbm/ledger@1", reports })),
  fc
    .tuple(fc.array(validReportArb, { minLength: 1, maxLength: 3 }), fc.nat(), fc.constantFrom("", "\uFEFF", "}", "\u0000", ",", "\r\n", "[", '"'))
    .map(([reports, at, junk]) => {
      const textOf = JSON.stringify({ schema: "cica-cbm/ledger@1", reports });
      const cut = at % (textOf.length + 1);
      return textOf.slice(0, cut) + junk + textOf.slice(cut);
    }),
);

/** Records every input in order, asserting nothing threw. */
function recordAll(stats: FuzzStats, inputs: readonly unknown[], ledger: Ledger = createLedger()): Ledger {
  let current = ledger;
  for (const input of inputs) current = call(stats, "recordReport", () => recordReport(current, input, cica)).ledger;
  return current;
}

/** A permutation of a list from random sort keys (stable for ties). */
const shuffledArb = <TItem>(items: readonly TItem[]): fc.Arbitrary<TItem[]> =>
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: items.length, maxLength: items.length }).map((keys) =>
    items
      .map((item, index) => ({ item, key: keys[index]!, index }))
      .sort((a, b) => a.key - b.key || a.index - b.index)
      .map((x) => x.item),
  );

/** Everything the aggregates say about a source: reporting rates, matrices, summaries, mirrors, and a CSV. */
function aggregates(stats: FuzzStats, source: Ledger | readonly NationalReport[]) {
  return call(stats, "aggregates", () => {
    const out = {
      rates: YEARS.map((year) => reportingRate(source, cica, { year, deadline: `${year + 1}-03-31` })),
      matrices: YEARS.flatMap((year) =>
        (["dimension", "measure"] as const).map((by) => implementationMatrix(source, { catalogues: [CATALOGUE] }, { year, by })),
      ),
      summary: countEntries(source, cica, { by: ["reporter", "status"] }),
      discrepancies: YEARS.map((year) => findDiscrepancies(source, cica, { year })),
    };
    return { ...out, csv: toCsv(matrixTable(out.matrices[0]!)) + toCsv(replyTable(out.rates[0]!)) };
  });
}

const sortedStrictly = (list: readonly string[]) => list.every((item, index) => index === 0 || list[index - 1]! < item);

// ---------------------------------------------------------------------------------------------
// The properties

export const PROPERTIES: readonly PropertyDefinition[] = [
  {
    name: "validateReport never throws on anything (JSON, JavaScript values, hostile values, mutated reports) and returns well-formed issues",
    cost: 1,
    make: (stats) =>
      fc.property(anyInputArb, contextArb, (input, context) => {
        const result = call(stats, "validateReport", () => validateReport(input, contextOf(context)));
        assertWellFormedIssues(result.issues);
        assertNoHiddenThrow(stats, result.issues);
        assert.equal(result.ok, !hasError(result.issues));
        assert.equal(result.ok, result.report !== undefined);
        assertNoPollution();
      }),
  },
  {
    name: "validateReport accepts every generated valid report and returns it unchanged, byte for byte",
    cost: 1,
    make: (stats) =>
      fc.property(validReportArb, (report) => {
        const result = call(stats, "validateReport", () => validateReport(report, cica));
        assert.equal(hasError(result.issues), false, jsonOf(result.issues));
        assert.equal(jsonOf(result.report), jsonOf(report));
        assert.ok(Object.isFrozen(result.report));
      }),
  },
  {
    name: "validateReport on a mutated report: ok exactly when no error, the report returned equals the input, and a second run gives the same issues in the same order",
    cost: 1,
    make: (stats) =>
      fc.property(mutatedReportArb, contextArb, (input, context) => {
        const first = call(stats, "validateReport", () => validateReport(input, contextOf(context)));
        const second = call(stats, "validateReport", () => validateReport(structuredClone(input), contextOf(context)));
        assertWellFormedIssues(first.issues);
        assertNoHiddenThrow(stats, first.issues);
        assert.equal(jsonOf(second), jsonOf(first));
        if (first.ok) assert.equal(jsonOf(first.report), jsonOf(input));
        assertNoPollution();
      }),
  },
  {
    name: "ledgerFromJSON never throws on any text or value, and loads a document only when it has no error",
    cost: 1,
    make: (stats) =>
      fc.property(fc.oneof(ledgerTextArb, anyInputArb), contextArb, (input, context) => {
        const loaded = call(stats, "ledgerFromJSON", () => ledgerFromJSON(input, contextOf(context)));
        assertWellFormedIssues(loaded.issues);
        assertNoHiddenThrow(stats, loaded.issues);
        assert.equal(loaded.ok, !hasError(loaded.issues));
        assert.equal(loaded.ok, loaded.ledger !== undefined);
        if (loaded.ok) call(stats, "ledgerToJSON", () => ledgerToJSON(loaded.ledger));
        assertNoPollution();
      }),
  },
  {
    name: "loses no report: every valid report recorded among hostile inputs is in the ledger, unchanged, and still there after a byte-lossless JSON round trip",
    cost: 1,
    make: (stats) =>
      fc.property(
        distinctReportsArb(6).chain((valid) =>
          fc.tuple(
            fc.constant(valid),
            shuffledArb([...valid, ...valid.slice(0, 2)]),
            fc.array(fc.oneof(mutatedReportArb, anyInputArb), { maxLength: 4 }),
            fc.array(fc.nat(), { maxLength: 4 }),
          ),
        ),
        ([valid, ordered, junk, at]) => {
          // Hostile inputs are spliced in among the valid ones (and resubmissions of some of them).
          // Only invalid junk: a valid one might be a legitimate conflict with a report of the list.
          const inputs: unknown[] = [...ordered];
          junk
            .filter((item) => !call(stats, "validateReport", () => validateReport(item, cica)).ok)
            .forEach((item, index) => {
              inputs.splice((at[index] ?? 0) % (inputs.length + 1), 0, item);
            });
          const ledger = recordAll(stats, inputs);
          stats.validReports += valid.length;
          const history = reportHistory(ledger);
          const text = JSON.stringify(ledgerToJSON(ledger));
          const loaded = call(stats, "ledgerFromJSON", () => ledgerFromJSON(text, cica));
          assert.ok(loaded.ok, jsonOf(loaded.issues));
          const reloaded = JSON.stringify(ledgerToJSON(loaded.ledger));
          const held = new Set(history.map(jsonOf));
          const heldAfter = new Set(reportHistory(loaded.ledger).map(jsonOf));
          const lost = valid.filter((report) => !held.has(jsonOf(report)) || !heldAfter.has(jsonOf(report))).length;
          stats.lost += lost;
          assert.equal(lost, 0, "a valid report was lost or changed");
          assert.equal(reloaded, text, "the JSON round trip is not byte-lossless");
        },
      ),
  },
  {
    name: "recording is idempotent: a report recorded again is unchanged, the same ledger is returned, and recording a list twice gives the document of recording it once",
    cost: 1,
    make: (stats) =>
      fc.property(distinctReportsArb(5), (reports) => {
        const once = recordAll(stats, reports);
        for (const report of reports) {
          const again = call(stats, "recordReport", () => recordReport(once, structuredClone(report), cica));
          assert.equal(again.outcome, "unchanged");
          assert.equal(again.ledger, once);
        }
        const twice = recordAll(stats, reports, once);
        assert.equal(twice.size, once.size);
        assert.equal(JSON.stringify(ledgerToJSON(twice)), JSON.stringify(ledgerToJSON(once)));
      }),
  },
  {
    name: "no function changes its input: deep-frozen reports, ledger documents and contexts give the same results as thawed copies",
    cost: 4,
    make: (stats) =>
      fc.property(distinctReportsArb(5), mutatedReportArb, (reports, mutated) => {
        const thawed = structuredClone(reports);
        const frozen = deepFreeze(structuredClone(reports));
        const frozenMutated = deepFreeze(structuredClone(mutated));
        const context = deepFreeze({ ...cica, lang: "ru" as const, today: "2026-12-31" });
        assert.equal(
          jsonOf(call(stats, "validateReport", () => validateReport(frozenMutated, context))),
          jsonOf(validateReport(structuredClone(mutated), { ...cica, lang: "ru", today: "2026-12-31" })),
        );
        const ledger = recordAll(stats, frozen);
        const doc = deepFreeze(JSON.parse(JSON.stringify(ledgerToJSON(ledger))) as unknown);
        const loaded = call(stats, "ledgerFromJSON", () => ledgerFromJSON(doc, context));
        assert.ok(loaded.ok);
        assert.equal(jsonOf(aggregates(stats, frozen)), jsonOf(aggregates(stats, thawed)));
        assert.equal(jsonOf(aggregates(stats, ledger)), jsonOf(aggregates(stats, recordAll(stats, thawed))));
        if (frozen.length > 1) call(stats, "diffReports", () => diffReports(frozen[0]!, frozen[1]!));
        let acc = createAccumulator();
        for (const report of frozen) acc = call(stats, "accumulate", () => accumulate(acc, report));
        finishAccumulator(acc);
        assert.equal(jsonOf(frozen), jsonOf(thawed));
        assert.equal(jsonOf(frozenMutated), jsonOf(mutated));
      }),
  },
  {
    name: "aggregates do not depend on the order of the input, nor on the order reports were recorded in a ledger, and their rows come out sorted",
    cost: 4,
    make: (stats) =>
      fc.property(
        distinctReportsArb(8).chain((reports) => fc.tuple(fc.constant(reports), shuffledArb(reports))),
        ([reports, shuffled]) => {
          const direct = aggregates(stats, reports);
          assert.equal(jsonOf(aggregates(stats, shuffled)), jsonOf(direct));
          const ledgerA = recordAll(stats, reports);
          const ledgerB = recordAll(stats, shuffled);
          assert.equal(jsonOf(aggregates(stats, ledgerB)), jsonOf(aggregates(stats, ledgerA)));
          assert.equal(jsonOf(currentReports(ledgerB)), jsonOf(currentReports(ledgerA)));
          assert.equal(JSON.stringify(ledgerToJSON(ledgerB)), JSON.stringify(ledgerToJSON(ledgerA)));
          for (const rate of direct.rates) assert.ok(sortedStrictly(rate.rows.map((row) => row.state)));
          for (const matrix of direct.matrices) assert.ok(sortedStrictly(matrix.rows.map((row) => row.state)));
        },
      ),
  },
  {
    name: "aggregates do not depend on how the input is split, accumulated and merged",
    cost: 4,
    make: (stats) =>
      fc.property(
        distinctReportsArb(8).chain((reports) =>
          fc
            .integer({ min: 1, max: 4 })
            .chain((parts) =>
              fc.tuple(
                fc.constant(reports),
                fc.constant(parts),
                fc.array(fc.nat({ max: parts - 1 }), { minLength: reports.length, maxLength: reports.length }),
                fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: parts, maxLength: parts }),
              ),
            ),
        ),
        ([reports, parts, assignment, merges]) => {
          let pool: Accumulator[] = Array.from({ length: parts }, () => createAccumulator());
          reports.forEach((report, index) => {
            const part = assignment[index]!;
            pool[part] = call(stats, "accumulate", () => accumulate(pool[part]!, report));
          });
          for (let step = 0; pool.length > 1; step++) {
            const [x, y, flip] = merges[step % merges.length]!;
            const i = x % pool.length;
            const j = (i + 1 + (y % (pool.length - 1))) % pool.length;
            const merged = call(stats, "mergeAccumulators", () => (flip ? mergeAccumulators(pool[j]!, pool[i]!) : mergeAccumulators(pool[i]!, pool[j]!)));
            pool = [...pool.filter((_, n) => n !== i && n !== j), merged];
          }
          const summary = finishAccumulator(pool[0]!);
          assert.equal(jsonOf(summary), jsonOf(toReportSummary(reports)));
          for (const year of YEARS) {
            assert.equal(jsonOf(reportingRate(summary, cica, { year })), jsonOf(reportingRate(reports, cica, { year })));
            assert.equal(
              jsonOf(implementationMatrix(summary, { catalogues: [CATALOGUE] }, { year, by: "dimension" })),
              jsonOf(implementationMatrix(reports, { catalogues: [CATALOGUE] }, { year, by: "dimension" })),
            );
          }
        },
      ),
  },
];
