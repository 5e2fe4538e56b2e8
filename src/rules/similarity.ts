/**
 * The measure of 内容雷同 (30号 二（四）): how much of two texts is the same apart from names and numbers. Used by
 * C1a/C1b against last year's report and by the reviewer's batch between units, so a pair reads the same wherever it
 * is found.
 *
 * A text is made comparable first: the names of the units (the reports' 机关名称, and their short form after the
 * place name) are removed, every number — Arabic or full-width digits, and Chinese numerals before a measure word —
 * becomes one mark (`NUMBER_MARK`), white space and punctuation are removed. The similarity is the Dice coefficient over the
 * character bigrams of the two comparable texts, counted with multiplicity: 2·|shared| / (|A| + |B|), 1 for the same
 * text (as far as names and numbers go), 0 for texts sharing no bigram.
 */

/** What every number becomes in a comparable text (a private-use character: never punctuation, never in a text). */
export const NUMBER_MARK = "\uE000";

/** Chinese numerals followed by a measure word (`三次`, `二〇二一年`, `两项`), made one mark like Arabic figures. */
const CHINESE_NUMBER = /[〇零一二三四五六七八九十百千万亿两]+(?=[次项个件名人家条期场批篇份余多年月日天万亿%％])/g;
/** Arabic and full-width figures, with a decimal part or thousands separators. */
const FIGURE = /[0-9０-９]+(?:[.,．，][0-9０-９]+)*/g;
/** White space and punctuation (Unicode P), and symbols (Unicode S, e.g. `％`, `＋`). */
const SPACE_AND_PUNCTUATION = /[\s\u3000\p{P}\p{S}]/gu;
/** Where a unit's short name starts: after the last place-name character of its full name. */
const PLACE_END = /^.*[省市县区州盟旗镇乡街道]/u;

/** The names to remove from texts: each full name and, when it is long enough to be specific, its short form. */
export function namesToRemove(names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const full = name.replace(SPACE_AND_PUNCTUATION, "");
    if (full.length >= 2) out.add(full);
    const short = full.replace(PLACE_END, "");
    if (short.length >= 3 && short !== full) out.add(short);
  }
  // Longest first, so a full name goes before the short name inside it.
  return [...out].sort((a, b) => b.length - a.length);
}

/** A text made comparable (see the module comment): names removed, numbers one mark, no spaces or punctuation. */
export function comparableText(text: string, names: string[] = []): string {
  return comparableTextWith(text, nameRemover(names));
}

/** `comparableText` with the names prepared once by `nameRemover` (for many texts against the same names). */
export function comparableTextWith(text: string, removeNames: (s: string) => string): string {
  return removeNames(text.normalize("NFKC").replace(CHINESE_NUMBER, NUMBER_MARK).replace(FIGURE, NUMBER_MARK).replace(SPACE_AND_PUNCTUATION, ""));
}

/**
 * Removes `namesToRemove(names)` from a text, longest first, as `comparableText` does. A name with a character the
 * text does not hold is passed over without searching: removing names only takes characters away, so it can never
 * occur there (this keeps a batch of a thousand units from searching every text for every name).
 */
export function nameRemover(names: string[]): (s: string) => string {
  const list = namesToRemove(names).map((n) => n.normalize("NFKC"));
  return (text: string) => {
    if (list.length === 0) return text;
    const present = new Set<number>();
    for (let i = 0; i < text.length; i++) present.add(text.charCodeAt(i));
    let s = text;
    for (const name of list) {
      let possible = true;
      for (let i = 0; i < name.length && possible; i++) possible = present.has(name.charCodeAt(i));
      if (possible) s = s.split(name).join("");
    }
    return s;
  };
}

/** The character bigrams of a comparable text, with how often each occurs. */
export function bigramCounts(comparable: string): Map<string, number> {
  const chars = [...comparable];
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice similarity of two bigram counts (see the module comment); two texts too short for a bigram are 1 when equal. */
export function diceOfCounts(a: Map<string, number>, b: Map<string, number>, aText?: string, bText?: string): number {
  let na = 0;
  let nb = 0;
  for (const n of a.values()) na += n;
  for (const n of b.values()) nb += n;
  if (na === 0 || nb === 0) return aText !== undefined && aText === bText ? 1 : 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [g, n] of small) shared += Math.min(n, large.get(g) ?? 0);
  return (2 * shared) / (na + nb);
}

/**
 * The 内容雷同 similarity of two texts, 0–1 (see the module comment).
 * @param names the units' names to disregard (both reports' 机关名称).
 */
export function copySimilarity(a: string, b: string, names: string[] = []): number {
  const ca = comparableText(a, names);
  const cb = comparableText(b, names);
  return diceOfCounts(bigramCounts(ca), bigramCounts(cb), ca, cb);
}

/** The longest quote `copyQuote` gives, in characters. */
export const QUOTE_MAX = 60;

/**
 * A passage of `a` that `b` has too (apart from names and numbers): the longest clause of `a` whose comparable form
 * occurs in `b`'s, as `a` wrote it, cut to `QUOTE_MAX` characters; when no whole clause is shared, `a`'s longest
 * clause. For showing a pair of copied texts.
 */
export function copyQuote(a: string, b: string, names: string[] = []): string {
  const cb = comparableText(b, names);
  const clauses = a
    .split(/[。；！？!?;\n]/)
    .map((c) => c.trim())
    .filter((c) => comparableText(c, names).length >= 4);
  const shared = clauses.filter((c) => cb.includes(comparableText(c, names)));
  const pick = (list: string[]) => list.reduce((x, y) => (comparableText(y, names).length > comparableText(x, names).length ? y : x));
  const quote = shared.length > 0 ? pick(shared) : clauses.length > 0 ? pick(clauses) : a.trim();
  const chars = [...quote];
  return chars.length <= QUOTE_MAX ? quote : `${chars.slice(0, QUOTE_MAX - 1).join("")}…`;
}
