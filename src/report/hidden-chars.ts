/**
 * Characters that change how text is shown without being seen: bidi controls (embeddings, overrides, isolates and
 * marks), which reorder what follows them — a right-to-left override in an agency name prints the title backwards —
 * and invisible characters (zero-width space and joiners, word joiner, invisible operators, soft hyphen, byte order
 * mark), which make `12` not a number and two equal names differ. In names and numbers they are findings naming the
 * field or cell (H5 `hidden`, I4).
 */

/** Bidi controls: LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM and the Arabic letter mark. */
export function isBidiControl(cp: number): boolean {
  return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f || cp === 0x061c;
}

/** Invisible characters: zero-width space, non-joiner and joiner, word joiner and invisible operators, soft hyphen, Mongolian vowel separator, byte order mark. */
export function isInvisibleChar(cp: number): boolean {
  return (cp >= 0x200b && cp <= 0x200d) || (cp >= 0x2060 && cp <= 0x2064) || cp === 0x00ad || cp === 0x180e || cp === 0xfeff;
}

/** A hidden character found in a text: its 1-based position in characters, its code point and what it is. */
export interface HiddenChar {
  position: number;
  /** `U+202E`. */
  codePoint: string;
  /** Chinese: `从右向左的方向控制符`, `零宽空格` … */
  name: string;
  bidi: boolean;
}

const NAMES: Record<number, string> = {
  0x200b: "零宽空格",
  0x200c: "零宽非连接符",
  0x200d: "零宽连接符",
  0x2060: "零宽不折行符",
  0x00ad: "软连字符",
  0xfeff: "零宽不折行空格（字节顺序标记）",
  0x202e: "从右向左的方向控制符",
  0x202d: "从左向右的方向控制符",
};

/**
 * The first bidi control or invisible character of a text, or `undefined`.
 * @param bidiOnly find only bidi controls (for long text, where a zero-width space copied from a web page is harmless
 *   but a direction control reverses the published sentence).
 */
export function firstHiddenChar(text: string, bidiOnly = false): HiddenChar | undefined {
  let position = 0;
  for (const ch of text) {
    position++;
    const cp = ch.codePointAt(0)!;
    const bidi = isBidiControl(cp);
    if (bidi || (!bidiOnly && isInvisibleChar(cp))) {
      const name = NAMES[cp] ?? (bidi ? "文字方向控制符" : "不可见字符");
      return { position, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`, name, bidi };
    }
  }
  return undefined;
}

/** A text without its bidi controls: what a title or signature prints, so that it can never be shown reversed. */
export function withoutBidiControls(text: string): string {
  return [...text].filter((ch) => !isBidiControl(ch.codePointAt(0)!)).join("");
}

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
 * Text with its control, bidi and invisible characters made visible, for the terminal and for the summary's CSV and
 * HTML: tabs become spaces and every character that `isNotPlain` is written as `[U+XXXX]` (`淮安市[U+202E]府政民人`),
 * so a value can neither act on a terminal nor show as other text than it is. Plain text is unchanged.
 */
export function visibleText(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += cp === 0x09 ? " " : isNotPlain(cp) ? `[${codePointName(ch)}]` : ch;
  }
  return out;
}
