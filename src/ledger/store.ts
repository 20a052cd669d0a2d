import { CbmError } from "../errors/CbmError.js";
import type { NationalReport } from "../reports/schema.js";
import { reportKey } from "./reportKey.js";

// Kept here too for the bench script, which reads the built store module.
export { reportKey };

const STORE = Symbol.for("cica-cbm.ledger.store");

/** The shared, append-only storage behind ledgers. A ledger sees its first `size` records only. */
export interface LedgerStore {
  readonly records: NationalReport[];
  readonly byKey: Map<string, number[]>;
}

/**
 * An append-only record of national report revisions: every revision recorded is kept, none is
 * ever overwritten. A ledger is an immutable value: {@link recordReport} returns a new ledger and
 * leaves the one it was given exactly as it was. Read it with {@link currentReports} and
 * {@link reportHistory}; store it with {@link ledgerToJSON} and load it with {@link ledgerFromJSON}.
 *
 * @example
 * const ledger: Ledger = createLedger();
 * ledger.size
 * //=> 0
 *
 * @category Ledger
 */
export interface Ledger {
  /** Always `"cica-cbm/ledger"`. */
  readonly kind: "cica-cbm/ledger";
  /** How many revisions it holds. */
  readonly size: number;
}

interface LedgerInternals extends Ledger {
  readonly [STORE]: LedgerStore;
}

/** Makes a ledger value over a store, seeing its first `size` records. */
export function makeLedger(store: LedgerStore, size: number): Ledger {
  const ledger = { kind: "cica-cbm/ledger", size } as const;
  Object.defineProperty(ledger, STORE, { value: store, enumerable: false });
  return Object.freeze(ledger);
}

/** The store behind a ledger; throws a CbmError when given something else. */
export function storeOf(ledger: Ledger, fn: string): LedgerStore {
  const store = typeof ledger === "object" && ledger !== null ? (ledger as LedgerInternals)[STORE] : undefined;
  if (!store || ledger.kind !== "cica-cbm/ledger") {
    throw new CbmError("invalid-argument", `${fn}: pass a ledger made by createLedger, recordReport or ledgerFromJSON (to store one, use ledgerToJSON).`);
  }
  return store;
}

/** The visible record indices of a key, oldest first. */
export function indicesOf(ledger: Ledger, store: LedgerStore, key: string): number[] {
  const all = store.byKey.get(key);
  if (!all) return [];
  return all[all.length - 1]! < ledger.size ? all : all.filter((index) => index < ledger.size);
}

/**
 * A ledger with one more record. Appends in place when this ledger is the newest view of its store
 * (older ledgers never see past their own size), and copies otherwise, or when the store is frozen.
 * `key`: the report's {@link reportKey}, when the caller has made it already.
 */
export function appendRecord(ledger: Ledger, store: LedgerStore, report: NationalReport, key: string = reportKey(report)): Ledger {
  let target = store;
  if (store.records.length !== ledger.size || Object.isFrozen(store.records) || Object.isFrozen(store.byKey)) {
    const records = store.records.slice(0, ledger.size);
    const byKey = new Map<string, number[]>();
    records.forEach((record, index) => {
      const key = reportKey(record);
      const list = byKey.get(key);
      if (list) list.push(index);
      else byKey.set(key, [index]);
    });
    target = { records, byKey };
  }
  const index = target.records.length;
  target.records.push(report);
  const list = target.byKey.get(key);
  if (list && !Object.isFrozen(list)) list.push(index);
  else target.byKey.set(key, [...(list ?? []), index]);
  return makeLedger(target, index + 1);
}

/** A new, empty store. */
export function emptyStore(): LedgerStore {
  return { records: [], byKey: new Map() };
}
