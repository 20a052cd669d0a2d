// Random edits of a valid document (a report, a plan) for the property tests: one value replaced
// or removed at a time, anywhere in the document.
import fc from "fast-check";

type Key = string | number;
type Container = Record<string, unknown> | unknown[];

/** Every path to a value inside `value` (the root excluded). */
export function pathsOf(value: unknown, prefix: Key[] = []): Key[][] {
  const out: Key[][] = [];
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      out.push([...prefix, index], ...pathsOf(item, [...prefix, index]));
    });
  } else if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) out.push([...prefix, key], ...pathsOf(Object.getOwnPropertyDescriptor(value, key)?.value, [...prefix, key]));
  }
  return out;
}

/** One edit: the value at the `at`-th path (modulo their number) removed or replaced. */
export interface Mutation {
  readonly at: number;
  readonly action: { readonly kind: "delete" } | { readonly kind: "replace"; readonly value: unknown };
}

/** A copy of `root` with one value replaced or removed (an array item is spliced out). */
export function mutate(root: unknown, { at, action }: Mutation): unknown {
  const paths = pathsOf(root);
  if (paths.length === 0) return root;
  const copy = structuredClone(root);
  const path = paths[at % paths.length]!;
  let parent = copy as Container;
  for (const key of path.slice(0, -1)) parent = Object.getOwnPropertyDescriptor(parent, key)!.value as Container;
  const last = path[path.length - 1]!;
  if (action.kind === "delete") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    Object.defineProperty(parent, last, { value: action.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** An edit whose new value comes from `values`. */
export const mutationOf = (values: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> =>
  fc.record({
    at: fc.nat(),
    action: fc.oneof(
      fc.constant({ kind: "delete" as const }),
      values.map((value) => ({ kind: "replace" as const, value })),
    ),
  });

/** Any JavaScript value: null prototypes, boxed values, Maps, Sets, typed and sparse arrays, BigInts, Dates. */
export const anything = fc.anything({
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
