// Errors of a run that end it with exit code 2: a wrong call (a usage error, its message already
// in the chosen language) or a file that cannot be read or written (`InputError`, from inputs.ts).
export { InputError } from "./inputs.js";

/** A wrong call of the command line: an unknown option, a missing or wrong value. Exit code 2. */
export class UsageError extends Error {}
