/**
 * Copied text across units (内容雷同): every pair of a batch's reports whose section is near-identical apart from
 * names and numbers, by the measure and the threshold of the 内容雷同 rules C1a/C1b (`copySimilarity`; the rules
 * give the sections compared, the threshold and the shortest text compared), with the similarity and a quote.
 *
 * Exact and fast for hundreds of reports: every pair at or above the threshold is found, without comparing every
 * pair. A text is its multiset of character bigrams (each occurrence a token). Two texts with Dice ≥ t share at least
 * t/(2−t) of the tokens of either, so — tokens ordered from the rarest in the batch — they share a token among the
 * first |A| − ⌈t|A|/(2−t)⌉ + 1 of each (prefix filtering, Bayardo et al., "Scaling up all pairs similarity search",
 * 2007). Only pairs sharing a prefix token and of compatible lengths are measured. Texts are read back one at a time
 * (`load`), so memory holds only the prefixes.
 *
 * The names removed from every text are all the units' names of the batch (a text naming another unit is compared as
 * if it did not), so each text has one comparable form whoever it is compared with.
 */
import { sectionTitle, type FormatDef, type TextField } from "../format";
import { bigramCounts, charCount, comparableTextWith, copyQuote, diceOfCounts, nameRemover, namesToRemove, softRuleSpecs } from "../rules";

/** A section compared across units, as a 内容雷同 rule of the catalogue defines it. */
export interface CopySection {
  /** The rule: `C1a` (五), `C1b` (一). */
  rule: string;
  field: TextField;
  /** The section's title: `五、存在的主要问题及改进情况`. */
  section: string;
  /** Similarity at or above which two texts are copies. */
  threshold: number;
  /** Texts with fewer characters are not compared. */
  minChars: number;
}

/** The sections compared, from the format's 内容雷同 rules. */
export function copySections(format: FormatDef): CopySection[] {
  const out: CopySection[] = [];
  for (const r of softRuleSpecs(format)) {
    if (r.kind !== "similar_to_last_year") continue;
    const section = format.textSections.find((t) => t.field === r.field)!.section;
    out.push({ rule: r.id, field: r.field, section: sectionTitle(format, section), threshold: r.threshold, minChars: r.minChars });
  }
  return out;
}

/** A report as the copy search reads it: its batch index, unit and texts. */
export interface CopyDoc {
  index: number;
  unit: string;
  texts: Partial<Record<TextField, string>>;
}

/** Two reports whose section is a copy. */
export interface CopyPair {
  rule: string;
  field: TextField;
  section: string;
  /** Batch indexes, `a < b`. */
  a: number;
  b: number;
  /** The 内容雷同 similarity, 0–1. */
  similarity: number;
  /** A passage of `a`'s text that `b`'s has too. */
  quote: string;
}

/** A text in the prefix index: its batch index and its number of tokens. */
interface Prefix {
  index: number;
  size: number;
}

/**
 * The sections compared across a batch whose reports are in these formats: each format's 内容雷同 sections, a section
 * (by its field) once, in the order the formats are given.
 */
export function batchCopySections(formats: readonly FormatDef[]): CopySection[] {
  const out: CopySection[] = [];
  for (const f of formats) for (const s of copySections(f)) if (!out.some((x) => x.field === s.field)) out.push(s);
  return out;
}

/**
 * Every pair of the batch's reports whose sections are copies.
 * @param indexes the batch indexes of the readable reports.
 * @param units every unit's name in the batch (removed from every text).
 * @param load reads one report's text back (from disk); called a few times per report.
 * @param sections the sections compared (`copySections(format)`).
 * @param unitKeys the unit of each report by batch index (`sameUnitKeys`): two reports of one unit are never a pair
 *   (several reports of one unit are listed apart, not as units copying each other).
 * @returns the pairs, most similar first (then by section and indexes).
 */
export function findCopies(
  indexes: number[],
  units: string[],
  load: (index: number) => CopyDoc,
  sections: CopySection[],
  unitKeys: ReadonlyMap<number, string> = new Map(),
): CopyPair[] {
  const sameUnit = (a: number, b: number) => unitKeys.get(a) !== undefined && unitKeys.get(a) === unitKeys.get(b);
  const names = namesToRemove(units);
  const removeNames = nameRemover(names);
  const comparable = (doc: CopyDoc, s: CopySection): string | undefined => {
    const text = doc.texts[s.field] ?? "";
    return charCount(text) < s.minChars ? undefined : comparableTextWith(text, removeNames);
  };
  const pairs: CopyPair[] = [];
  for (const s of sections) {
    const alpha = s.threshold / (2 - s.threshold);
    // Pass 1: how many texts hold each token (a bigram's k-th occurrence).
    const ids = new Map<string, number>();
    const df: number[] = [];
    const tokensOf = (c: string): number[] => {
      const seen = new Map<string, number>();
      const chars = [...c];
      const out: number[] = [];
      for (let i = 0; i + 1 < chars.length; i++) {
        const g = chars[i] + chars[i + 1];
        const k = (seen.get(g) ?? 0) + 1;
        seen.set(g, k);
        const key = `${g}\u0000${k}`;
        let id = ids.get(key);
        if (id === undefined) {
          id = df.length;
          ids.set(key, id);
          df.push(0);
        }
        out.push(id);
      }
      return out;
    };
    const compared: number[] = [];
    for (const index of indexes) {
      const c = comparable(load(index), s);
      if (c === undefined) continue;
      compared.push(index);
      for (const id of new Set(tokensOf(c))) df[id]++;
    }
    // Pass 2: prefixes of the rarest tokens; pairs sharing one are candidates.
    const postings = new Map<number, Prefix[]>();
    const candidates = new Map<number, Set<number>>();
    for (const index of compared) {
      const tokens = tokensOf(comparable(load(index), s)!).sort((x, y) => df[x] - df[y] || x - y);
      const size = tokens.length;
      const prefix: Prefix = { index, size };
      const mine = new Set<number>();
      for (const t of tokens.slice(0, size - Math.ceil(alpha * size) + 1)) {
        // A token no other text holds can make no pair: not indexed (most of a batch's tokens, in distinct texts).
        if (df[t] < 2) continue;
        for (const other of postings.get(t) ?? []) {
          if (other.size >= alpha * size && size >= alpha * other.size && !sameUnit(index, other.index)) mine.add(other.index);
        }
        let list = postings.get(t);
        if (!list) postings.set(t, (list = []));
        list.push(prefix);
      }
      if (mine.size > 0) candidates.set(index, mine);
    }
    // Pass 3: measure the candidates.
    const cache = new Map<number, { text: string; comparable: string; counts: Map<string, number> }>();
    const read = (index: number) => {
      let d = cache.get(index);
      if (!d) {
        if (cache.size >= 256) cache.delete(cache.keys().next().value!);
        const doc = load(index);
        const c = comparable(doc, s)!;
        d = { text: doc.texts[s.field] ?? "", comparable: c, counts: bigramCounts(c) };
        cache.set(index, d);
      }
      return d;
    };
    for (const [b, others] of candidates) {
      const db = read(b);
      for (const a of others) {
        const da = read(a);
        const similarity = diceOfCounts(da.counts, db.counts, da.comparable, db.comparable);
        if (similarity < s.threshold) continue;
        const [x, y] = a < b ? [a, b] : [b, a];
        const [tx, ty] = a < b ? [da.text, db.text] : [db.text, da.text];
        pairs.push({ rule: s.rule, field: s.field, section: s.section, a: x, b: y, similarity, quote: copyQuote(tx, ty, names) });
      }
    }
  }
  return pairs.sort((p, q) => q.similarity - p.similarity || p.rule.localeCompare(q.rule) || p.a - q.a || p.b - q.b);
}

/** Reports whose section are copies of each other, joined through pairs (A~B and B~C make one group of three). */
export interface CopyGroup {
  rule: string;
  section: string;
  /** Batch indexes, ascending. */
  members: number[];
  /** The group's pairs, most similar first. */
  pairs: CopyPair[];
}

/** A group shown as one cluster when it has more members than this (its pairs are listed otherwise). */
export const PAIRS_SHOWN_UP_TO = 2;

/**
 * How a group of copies reads as one cluster: whether every two of its members are copies (`complete`; else some are
 * joined only through others), the lowest and highest similarity of its pairs, and the quote of its most similar pair.
 */
export function clusterOf(g: CopyGroup): { complete: boolean; min: number; max: number; quote: string } {
  const n = g.members.length;
  const sims = g.pairs.map((p) => p.similarity);
  return { complete: g.pairs.length === (n * (n - 1)) / 2, min: Math.min(...sims), max: Math.max(...sims), quote: g.pairs[0].quote };
}

/** Join pairs of the same section into groups (connected components), largest group first. */
export function copyGroups(pairs: CopyPair[]): CopyGroup[] {
  const groups: CopyGroup[] = [];
  const bySection = new Map<string, CopyPair[]>();
  for (const p of pairs) {
    let list = bySection.get(p.rule);
    if (!list) bySection.set(p.rule, (list = []));
    list.push(p);
  }
  for (const list of bySection.values()) {
    const parent = new Map<number, number>();
    const find = (x: number): number => {
      let r = x;
      while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
      parent.set(x, r);
      return r;
    };
    for (const p of list) {
      if (!parent.has(p.a)) parent.set(p.a, p.a);
      if (!parent.has(p.b)) parent.set(p.b, p.b);
      const ra = find(p.a);
      const rb = find(p.b);
      if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
    }
    const byRoot = new Map<number, CopyGroup>();
    for (const p of list) {
      const root = find(p.a);
      let g = byRoot.get(root);
      if (!g) byRoot.set(root, (g = { rule: p.rule, section: p.section, members: [], pairs: [] }));
      g.pairs.push(p);
      for (const m of [p.a, p.b]) if (!g.members.includes(m)) g.members.push(m);
    }
    for (const g of byRoot.values()) {
      g.members.sort((x, y) => x - y);
      groups.push(g);
    }
  }
  return groups.sort((x, y) => y.members.length - x.members.length || x.rule.localeCompare(y.rule) || x.members[0] - y.members[0]);
}
