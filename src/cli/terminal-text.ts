/**
 * Text from files printed on a terminal without letting it act on the terminal. A cell holding `ESC[2J` would clear
 * the reviewer's screen, a line break followed by `未发现问题` would print a fake summary, and a right-to-left override
 * would reverse what follows it. So every character that is not plain visible text is shown as its code point in
 * brackets, e.g. `[U+001B]`, `[U+000A]`, `[U+202E]`; a tab becomes a space.
 */

import { isBidiControl, isInvisibleChar } from "../report/hidden-chars";

/** The line and paragraph separators and the noncharacters U+FFFE/U+FFFF (see `isNotPlain`). */
const OTHER = new Set([0x2028, 0x2029, 0xfffe, 0xffff]);

/**
 * Whether a code point (or lone surrogate) is shown by its number: C0 and C1 controls and DEL (escape sequences,
 * line breaks, backspace, bell), the line and paragraph separators, bidi controls (embeddings, overrides, isolates,
 * marks), invisible characters (zero-width space and joiners, word joiner, invisible operators, byte order mark, soft
 * hyphen), the noncharacters U+FFFE/U+FFFF and lone surrogates. A tab is not: it is turned into a space.
 */
export function isNotPlain(cp: number): boolean {
  return (
    (cp < 0x20 && cp !== 0x09) ||
    (cp >= 0x7f && cp <= 0x9f) ||
    isBidiControl(cp) ||
    isInvisibleChar(cp) ||
    (cp >= 0xd800 && cp <= 0xdfff) ||
    OTHER.has(cp)
  );
}

/** A code point as `U+001B`. */
export function codePointName(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * A string safe to print on a terminal as part of one line: tabs become spaces and every character that `isNotPlain`
 * (`isNotPlain`) is written as `[U+XXXX]`. Plain text (Chinese, digits, punctuation, emoji) is unchanged.
 */
export function terminalSafe(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += cp === 0x09 ? " " : isNotPlain(cp) ? `[${codePointName(ch)}]` : ch;
  }
  return out;
}

/** One line for the terminal: `terminalSafe(text)` and a line break. */
export function terminalLine(text: string): string {
  return `${terminalSafe(text)}\n`;
}
