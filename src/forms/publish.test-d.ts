import { describe, expectTypeOf, it } from "vitest";
import { cica } from "../data/cica/index.js";
import type { Table } from "../render/table.js";
import type { NationalReport } from "../reports/schema.js";
import { type Publication, publish, type WithheldDeclaration } from "./publish.js";

describe("publish types", () => {
  it("gives reports, tables the renderers take, and declarations whose counts may be unknown", () => {
    const publication = publish([], { year: 2025, context: cica });
    expectTypeOf(publication).toEqualTypeOf<Publication>();
    expectTypeOf(publication.reports).toEqualTypeOf<readonly NationalReport[]>();
    expectTypeOf(publication.tables.entries).toEqualTypeOf<Table>();
    expectTypeOf<WithheldDeclaration["entriesWithheld"]>().toEqualTypeOf<number | undefined>();
  });

  it("returns a publication that cannot be changed, and takes only a language the library knows", () => {
    const publication = publish([], { year: 2025 });
    // @ts-expect-error the published reports are read-only
    publication.reports.push(publication.reports[0]!);
    // @ts-expect-error "kk" is not a built-in language: pass a Locale for another one
    publish([], { year: 2025, lang: "kk" });
  });
});
