import { pathText } from "../internal/json.js";
import type { IssuePath } from "./types.js";

/**
 * Writes an issue's path as text, in the one notation the messages, the command line and
 * {@link formatIssue} use: keys joined by dots, indices in brackets (`entries[0].status`); a key
 * that is not a plain name in brackets and quotes (`extensions["a b"]`); a key over 64 characters
 * cut to its first 60 and "…"; the report itself as `(the report)`.
 *
 * @param path - An issue's `path`.
 * @returns The path as text.
 *
 * @example
 * formatPath(["entries", 0, "activities", 1, "from"])
 * //=> "entries[0].activities[1].from"
 *
 * @category Reports
 */
export function formatPath(path: IssuePath): string {
  return pathText(path);
}
