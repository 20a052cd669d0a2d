import { CYCLE, TOO_DEEP, TOO_LARGE, isPlainObject, own } from "../../internal/json.js";
import { REPORT_LIMITS as L } from "../limits.js";
import { codePoints } from "./codePoints.js";
import type { IssueCollector } from "./IssueCollector.js";

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Checks that `extensions` is JSON (no cycles, functions, NaN), within the depth and size limits. */
export function checkExtensions(extensions: Record<string, unknown>, collector: IssueCollector): void {
  let nodes = 0;
  let text = 0;
  const onPath = new Set<object>();
  // The path of the value visited, as a stack: the collector copies it for an issue, so no path is
  // made for a value without one.
  const path: (string | number)[] = ["extensions"];
  /** Counts a text; false (with the issue) once the texts pass their limit. */
  const count = (value: string): boolean => {
    text += codePoints(value);
    if (text <= L.extensionText) return true;
    collector.add("extensions.too-large", ["extensions"], { max: L.extensionText }, "extensions.too-large.text");
    return false;
  };
  const visit = (value: unknown, depth: number): boolean => {
    if (++nodes > L.extensionNodes) {
      collector.add("extensions.too-large", ["extensions"], { max: L.extensionNodes });
      return false;
    }
    if (typeof value === "string") return count(value);
    if (value === null || typeof value === "boolean") return true;
    if (typeof value === "number") {
      if (!Number.isFinite(value)) collector.add("extensions.not-json", path, { reason: String(value) });
      return true;
    }
    if (typeof value !== "object") {
      collector.add("extensions.not-json", path, { reason: typeof value === "function" ? "a function" : typeof value });
      return true;
    }
    if (depth > L.extensionDepth) {
      collector.add("extensions.too-deep", path, { max: L.extensionDepth });
      return true;
    }
    if (value === CYCLE || onPath.has(value)) {
      collector.add("extensions.not-json", path, { reason: "a cycle" });
      return true;
    }
    if (value === TOO_DEEP) {
      collector.add("extensions.too-deep", path, { max: L.extensionDepth });
      return true;
    }
    if (value === TOO_LARGE) {
      collector.add("extensions.too-large", ["extensions"], { max: L.extensionNodes });
      return false;
    }
    if (!Array.isArray(value) && !isPlainObject(value)) {
      collector.add("extensions.not-json", path, { reason: Object.prototype.toString.call(value).slice(8, -1) });
      return true;
    }
    onPath.add(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        if (!visit(value[index], depth + 1)) return false;
        path.pop();
      }
    } else {
      for (const key of Object.keys(value)) {
        path.push(key);
        if (UNSAFE_KEYS.has(key)) collector.add("extensions.unsafe-key", path, { key });
        if (!count(key) || !visit(own(value, key), depth + 1)) return false;
        path.pop();
      }
    }
    onPath.delete(value);
    return true;
  };
  visit(extensions, 0);
}
