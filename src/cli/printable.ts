// Text written to a terminal by the command line: every value that came from outside (a report's
// field, a file name, an option typed by the user) is escaped before it is shown.

/** C0 and C1 controls, DEL, and the marks and overrides that reorder bidirectional text. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A line of the text report as a terminal shows it safely: control characters, line breaks and the
 * bidirectional overrides that could reorder what is shown are written as escapes (`\u001b`),
 * so an input can neither break a line of the report nor drive the terminal.
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Several lines of text made safe as {@link printable} makes one: the line breaks the command line
 * wrote are kept, everything else unsafe is escaped. Escaping twice changes nothing, since an
 * escape is made of printable characters.
 */
export function printableLines(text: string): string {
  return text.split("\n").map(printable).join("\n");
}
