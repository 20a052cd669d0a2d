import { describe, expectTypeOf, it } from "vitest";
import type { WritableDeep } from "type-fest";
import type * as z from "zod/mini";
import type { NationalReport, ReportSchemaId, ReportShape, ReportShapeV1, ReportShapeV2 } from "./schema.js";

describe("NationalReport", () => {
  it("is, made writable, exactly the report@2 type the zod schema infers, with either version's tag", () => {
    type V2 = z.infer<typeof ReportShapeV2>;
    expectTypeOf<z.infer<typeof ReportShape>>().toMatchTypeOf<NationalReport>();
    expectTypeOf<Omit<WritableDeep<NationalReport>, "schema">>().toEqualTypeOf<Omit<V2, "schema">>();
    expectTypeOf<NationalReport["schema"]>().toEqualTypeOf<z.infer<typeof ReportShape>["schema"]>();
    expectTypeOf<ReportSchemaId>().toEqualTypeOf<"cica-cbm/report@1" | "cica-cbm/report@2">();
  });

  it("holds a report@1 as the zod schema infers it, which has none of the report@2 fields", () => {
    type V1 = z.infer<typeof ReportShapeV1>;
    type Report2Only = "access" | "nothingNewSince";
    type WithoutNew<T> = T extends readonly (infer I)[] ? WithoutNew<I>[] : T extends object ? { [K in Exclude<keyof T, Report2Only>]: WithoutNew<T[K]> } : T;
    expectTypeOf<V1>().toMatchTypeOf<NationalReport>();
    expectTypeOf<WithoutNew<Omit<WritableDeep<NationalReport>, "schema">>>().toEqualTypeOf<WithoutNew<Omit<V1, "schema">>>();
    expectTypeOf<V1>().not.toHaveProperty("access");
    expectTypeOf<V1["entries"][number]>().not.toHaveProperty("nothingNewSince");
  });

  it("rejects a report without its required fields at compile time", () => {
    // @ts-expect-error reporter, catalogue, year, revision, submittedOn and entries are required
    const partial: NationalReport = { schema: "cica-cbm/report@1", id: "x" };
    void partial;
  });

  it("rejects an access mark outside the two levels at compile time", () => {
    const entry: NationalReport["entries"][number] = {
      measure: "2.1.2",
      status: "implemented",
      // @ts-expect-error access is "public" or "member-states"
      access: "secret",
    };
    void entry;
  });
});
