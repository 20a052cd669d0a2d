// Set up for mutation testing only (vitest.mutate.config.ts): a property that fails stops at its
// first counterexample instead of shrinking it. A mutant needs only to be noticed; shrinking can
// take longer than the time a mutant is given, and would turn a killed mutant into a timed-out one.
import fc from "fast-check";

fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true });
