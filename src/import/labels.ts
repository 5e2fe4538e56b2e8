/**
 * Finding printed labels in extracted text: normalisation (full/half width, spaces, brackets, quotes, `1.` / `1、` /
 * `1．`, 其它/其他), exact and near matches, and the deviations worth reporting (S8: the label is not reproduced
 * exactly once width and spaces are set aside).
 */

/** Characters that separate nothing in a label: spaces of every width, tabs, line breaks, zero-width spaces. */
const SPACE = /[\s\u00a0\u3000\u200b\ufeff]/;

/** One character as compared: full-width ASCII made half-width, brackets and commas made full-width, quotes unified. */
function foldWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  let c = ch;
  if (code >= 0xff01 && code <= 0xff5e) c = String.fromCharCode(code - 0xfee0);
  switch (c) {
    case "(":
      return "（";
    case ")":
      return "）";
    case ",":
      return "，";
    case ":":
      return "：";
    case ";":
      return "；";
    case '"':
    case "“":
    case "”":
    case "「":
    case "」":
      return "“";
    case "'":
    case "‘":
    case "’":
      return "‘";
    default:
      return c;
  }
}

/** Characters the format treats as variants of each other when matching (reported as S8 when they differ). */
function foldVariant(ch: string): string {
  if (ch === "它") return "他";
  if (ch === "、" || ch === "．" || ch === "。") return ".";
  return ch;
}

/** A text reduced for comparison, with the index in the original text of each kept character. */
export interface Projection {
  text: string;
  /** `at[i]` is the index in the source of `text[i]`. */
  at: number[];
}

/** Texts at least this long (a document, not a label) have their whole projection kept for the next call. */
const KEPT_PROJECTION_CHARS = 512;

/** The last long text projected, per `variants`: finding sections and rows projects the same document many times. */
const kept = new Map<boolean, { source: string; whole: Projection }>();

function projectRange(source: string, from: number, to: number, variants: boolean): Projection {
  let text = "";
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = source[i];
    if (SPACE.test(ch)) continue;
    const c = variants ? foldVariant(foldWidth(ch)) : foldWidth(ch);
    text += c;
    at.push(i);
  }
  return { text, at };
}

/** The first index in the ascending `at` whose value is at least `value`. */
function firstAtLeast(at: number[], value: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Project a text for label matching: spaces dropped, width folded, and (with `variants`) 其它→其他 and the numbering
 * separators `、`/`．`/`。` made `.`. Each character is projected on its own, so a range of a long text is cut from the
 * text's whole projection, which is kept for the next call on the same text.
 */
export function project(source: string, from = 0, to = source.length, variants = true): Projection {
  if (source.length < KEPT_PROJECTION_CHARS) return projectRange(source, from, to, variants);
  let entry = kept.get(variants);
  if (entry?.source !== source) {
    entry = { source, whole: projectRange(source, 0, source.length, variants) };
    kept.set(variants, entry);
  }
  const { whole } = entry;
  if (from <= 0 && to >= source.length) return { text: whole.text, at: whole.at.slice() };
  const lo = firstAtLeast(whole.at, from);
  const hi = firstAtLeast(whole.at, to);
  return { text: whole.text.slice(lo, hi), at: whole.at.slice(lo, hi) };
}

/** A label reduced as `project` reduces text. */
export function labelKey(label: string, variants = true): string {
  return project(label, 0, label.length, variants).text;
}

/** Two texts equal once spaces and width are set aside (the S8 sense of "reproduced exactly"). */
export function sameLabel(a: string, b: string): boolean {
  return labelKey(a, false) === labelKey(b, false);
}

/** A label's item number (`1.属于国家秘密` → 1) and the rest; labels without one give `number: undefined`. */
export function splitNumbering(label: string): { number?: number; core: string } {
  const m = /^\s*([0-9０-９]+)\s*[.．、。]\s*/.exec(label);
  if (!m) return { core: label };
  return { number: Number(m[1].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))), core: label.slice(m[0].length) };
}

/**
 * The smallest edit distance between `pattern` and any substring of `text` (Sellers' algorithm), with the end of the
 * best substring; only distances ≤ `max` are of interest, larger ones are reported as `max + 1`.
 */
export function nearestSubstring(pattern: string, text: string, max: number): { distance: number; start: number; end: number } | undefined {
  const m = pattern.length;
  if (m === 0) return undefined;
  let prev = new Array<number>(m + 1);
  let prevStart = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) {
    prev[i] = i;
    prevStart[i] = 0;
  }
  let best: { distance: number; start: number; end: number } | undefined;
  for (let j = 1; j <= text.length; j++) {
    const cur = new Array<number>(m + 1);
    const curStart = new Array<number>(m + 1);
    cur[0] = 0;
    curStart[0] = j;
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      const del = prev[i] + 1;
      const ins = cur[i - 1] + 1;
      if (sub <= del && sub <= ins) {
        cur[i] = sub;
        curStart[i] = prevStart[i - 1];
      } else if (del <= ins) {
        cur[i] = del;
        curStart[i] = prevStart[i];
      } else {
        cur[i] = ins;
        curStart[i] = curStart[i - 1];
      }
    }
    if (cur[m] <= max && (!best || cur[m] < best.distance)) best = { distance: cur[m], start: curStart[m], end: j };
    prev = cur;
    prevStart = curStart;
  }
  return best;
}

/** How many differences a label of this many characters may have and still be recognised (none below 6). */
export function toleratedDifferences(length: number): number {
  return length < 6 ? 0 : Math.max(1, Math.floor(length / 7));
}
