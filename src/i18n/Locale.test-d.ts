import { describe, expectTypeOf, it } from "vitest";
import { en } from "./en.js";
import type { Locale, MessageKey } from "./Locale.js";

describe("Locale", () => {
  it("does not compile with a message missing", () => {
    const { "field.missing": _missing, ...rest } = en.messages;
    // @ts-expect-error: "field.missing" is not translated
    const incomplete: Locale = { ...en, messages: rest };
    expectTypeOf(incomplete).toEqualTypeOf<Locale>();
  });

  it("does not compile with a field's words missing", () => {
    const { submittedOn: _missing, ...rest } = en.fields.names;
    // @ts-expect-error: submittedOn has no words
    const incomplete: Locale = { ...en, fields: { ...en.fields, names: rest } };
    expectTypeOf(incomplete).toEqualTypeOf<Locale>();
  });

  it("knows the message keys of every layer", () => {
    expectTypeOf<"ledger.conflict">().toMatchTypeOf<MessageKey>();
    expectTypeOf<"csv.contradiction">().toMatchTypeOf<MessageKey>();
    // @ts-expect-error: not a message key
    expectTypeOf<"no.such-key">().toMatchTypeOf<MessageKey>();
  });
});
