/**
 * A cell of a {@link Table}: text, a number, a yes/no, or empty (`null` / `undefined`).
 *
 * @example
 * const cell: TableCell = 0.75;
 *
 * @category Rendering
 */
export type TableCell = string | number | boolean | null | undefined;

/**
 * A column of a {@link Table}.
 *
 * @example
 * const column: TableColumn = { key: "state", label: "State" };
 *
 * @category Rendering
 */
export interface TableColumn {
  /** The key of the column's values in each row. */
  readonly key: string;
  /** The heading. */
  readonly label: string;
}

/**
 * A table to render with {@link toCsv} or {@link toMarkdown}: columns (a key and a heading each)
 * and rows (objects keyed by column key).
 *
 * @example
 * const table: Table = { columns: [{ key: "state", label: "State" }], rows: [{ state: "KZ" }] };
 *
 * @category Rendering
 */
export interface Table {
  /** The columns, in order. */
  readonly columns: readonly TableColumn[];
  /** The rows, in order. */
  readonly rows: readonly Readonly<Record<string, TableCell>>[];
}

/** A cell as text: numbers as they are, booleans as yes/no words, empty as "". */
export function cellText(value: TableCell, yes = "yes", no = "no"): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? yes : no;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return value;
}
