// The structure check as it was before the format's own check (checkStructure.ts) replaced zod on
// the default path: NationalReportSchema run by zod, and a report whose tag names no version read
// as the current version (ReportShapeV2). Given as `context.schema`, it is a schema of the caller's
// own, so validateReport runs it through zod and maps its issues: the reference the hand check is
// held to, run through the whole of validateReport.
import { NationalReportSchema, type ValidationContext } from "../../src/index.js";
import { ReportShapeV2 } from "../../src/reports/schema.js";

type Schema = NonNullable<ValidationContext["schema"]>;

/** zod's structure check, with the unknown-version rule, as a schema of the caller's own. */
export const zodReference: Schema = {
  safeParse(value: unknown) {
    const parsed = NationalReportSchema.safeParse(value);
    const unknownVersion =
      !parsed.success &&
      parsed.error.issues.some(
        (issue) => issue.code === "invalid_union" && (issue as { discriminator?: unknown }).discriminator === "schema" && issue.path.length === 1,
      );
    return unknownVersion ? ReportShapeV2.safeParse(value) : parsed;
  },
} as unknown as Schema;
