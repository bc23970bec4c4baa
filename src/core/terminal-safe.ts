/**
 * Text from users or from the knowledge files on its way to a terminal, a log or a file: characters that
 * could act on a screen instead of being read (control characters, which start ANSI escape sequences that
 * retitle or clear a terminal, and the bidi controls that reorder what is displayed) are either removed or
 * shown as visible escapes.
 */

/** C0 controls but tab and newline, DEL, C1 controls; bidi embeddings, overrides, isolates and marks; line/paragraph separators. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every unsafe character shown as a visible `\u{…}` escape (for terminals). */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** `text` with every unsafe character removed (for text that is stored or echoed back). */
export function stripUnsafeText(text: string): string {
  return text.replace(UNSAFE, '');
}

/** True when `text` holds a character that could act on a screen. */
export function hasUnsafeText(text: string): boolean {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text);
}
