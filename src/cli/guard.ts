/// <reference types="node" />
// The one guard of every file the command line writes (today `matrix --svg`, later any folder of
// outputs): checked before any input is read and before anything is written, so a wrong path
// can neither fail half-way nor overwrite a file of reports.
import { realpath, stat } from "node:fs/promises";
import { basename, dirname, join, sep } from "node:path";
import { InputError } from "./inputs.js";

/** A path the command line is asked to write: one file, or a folder that it writes files into. */
export interface OutputTarget {
  /** The path as the user typed it. */
  readonly path: string;
  readonly kind: "file" | "folder";
  /** The option that named it, for the message (`--svg`). */
  readonly option: string;
}

/** The real path of `path`, or of its folder joined with its name when it does not exist yet. */
async function realTarget(path: string): Promise<string | undefined> {
  const whole = await realpath(path).catch(() => undefined);
  if (whole !== undefined) return whole;
  const folder = await realpath(dirname(path)).catch(() => undefined);
  return folder === undefined ? undefined : join(folder, basename(path));
}

/** The device and inode of a path, so that two names of one file (a hard link) are one. */
async function identity(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info ? `${info.dev}:${info.ino}` : undefined;
}

/**
 * Checks every output before anything is read or written: a file's folder must exist (a folder
 * output must be a folder or not yet exist), and no output may be one of the inputs, compared by
 * real path (symbolic links followed) and by file identity (hard links); for a folder output, an
 * input inside the folder counts as the folder's. Throws an {@link InputError} (exit code 2) that
 * says which output and which input.
 */
export async function guardOutputs(outputs: readonly OutputTarget[], inputs: readonly string[]): Promise<void> {
  if (outputs.length === 0) return;
  const files = inputs.filter((input) => input !== "-");
  const real = await Promise.all(files.map(async (file) => ({ file, real: await realpath(file).catch(() => undefined), id: await identity(file) })));
  for (const output of outputs) {
    const folder = output.kind === "file" ? dirname(output.path) : output.path;
    const folderInfo = await stat(folder).catch(() => undefined);
    if (output.kind === "file" && !folderInfo?.isDirectory()) {
      throw new InputError("io.noFolder", { option: output.option, path: output.path, folder });
    }
    if (output.kind === "folder" && folderInfo !== undefined && !folderInfo.isDirectory()) {
      throw new InputError("io.notFolder", { option: output.option, path: output.path });
    }
    const target = await realTarget(output.path);
    const targetId = output.kind === "file" ? await identity(output.path) : undefined;
    for (const input of real) {
      const same = (target !== undefined && input.real === target) || (targetId !== undefined && input.id === targetId);
      const inside = output.kind === "folder" && target !== undefined && input.real?.startsWith(target.endsWith(sep) ? target : target + sep);
      if (same || inside) {
        // A file output can only be an input; a folder output (a folder, checked above) can only hold one.
        throw new InputError(output.kind === "file" ? "io.isInput" : "io.holdsInput", { option: output.option, path: output.path, input: input.file });
      }
    }
  }
}
