/**
 * Text from files printed on a terminal without letting it act on the terminal. A cell holding `ESC[2J` would clear
 * the reviewer's screen, a line break followed by `未发现问题` would print a fake summary, and a right-to-left override
 * would reverse what follows it. So every character that is not plain visible text is shown as its code point in
 * brackets, e.g. `[U+001B]`, `[U+000A]`, `[U+202E]`; a tab becomes a space.
 */

import { visibleText } from "../report/hidden-chars";

export { codePointName, isNotPlain } from "../report/hidden-chars";

/**
 * A string safe to print on a terminal as part of one line: `visibleText` — tabs become spaces and every character
 * that `isNotPlain` is written as `[U+XXXX]`. Plain text (Chinese, digits, punctuation, emoji) is unchanged.
 */
export function terminalSafe(text: string): string {
  return visibleText(text);
}

/** One line for the terminal: `terminalSafe(text)` and a line break. */
export function terminalLine(text: string): string {
  return `${terminalSafe(text)}\n`;
}
