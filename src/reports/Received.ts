/**
 * A value found in the input, as an issue's `received` param: a text as the text itself (cut to its
 * first 60 characters), a number as the number, anything else by what it is (`"null"`, `"true"`,
 * `"a list"`, `"an object"`, `"nothing"`). Which one it is shows in the message key: a key ending
 * in `.text` received a text.
 *
 * @example
 * const received: Received = 2025;
 *
 * @category Reports
 */
export type Received = string | number;
