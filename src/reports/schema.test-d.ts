import { describe, expectTypeOf, it } from "vitest";
import type { WritableDeep } from "type-fest";
import type * as z from "zod/mini";
import type { NationalReport, ReportShape } from "./schema.js";

describe("NationalReport", () => {
  it("is, made writable, exactly the type the zod schema infers", () => {
    type Inferred = z.infer<typeof ReportShape>;
    expectTypeOf<Inferred>().toMatchTypeOf<NationalReport>();
    expectTypeOf<WritableDeep<NationalReport>>().toEqualTypeOf<Inferred>();
  });

  it("rejects a report without its required fields at compile time", () => {
    // @ts-expect-error reporter, catalogue, year, revision, submittedOn and entries are required
    const partial: NationalReport = { schema: "cica-cbm/report@1", id: "x" };
    void partial;
  });
});
