/**
 * 一、总体情况 split into its lead and its sub-items （一）（二）…: each printed heading is matched to the format's
 * sub-item by its meaning (the sub-item's heading words), whatever its wording; a heading that matches none is the
 * agency's own added sub-item.
 */
import type { FormatDef, OverviewItemDef, OverviewItemKey } from "../format";
import { labelKey } from "./labels";
import { paragraphs } from "./sections";

/** 一、总体情况 read into its lead, its official sub-items and any further sub-items. */
export interface OverviewText {
  intro: string[];
  items: Partial<Record<OverviewItemKey, string[]>>;
  /** The agency's own sub-items in printed order, titles numbered on from the format's sub-items (`（六）…`). */
  extra: { title: string; body: string[] }[];
}

const SUB_MARKER = /(^|[\n。！；])[ \t\u3000]*([（(]([一二三四五六七八九十]+)[）)])/g;
const NUMERALS = "一二三四五六七八九十";

/** The longest heading looked for before its end mark (real headings are 4–30 characters). */
const HEADING_MAX = 40;
/** The longest clause of a heading run into its body (`强化组织协调，着力规范公开工作`: 6 and 8 characters). */
const CLAUSE_MAX = 10;
/** The longest end of a heading wrapped onto a line of its own (`建设`, `平台建设方面`): no body line is so short and bare. */
const WRAP_MAX = 8;
/** Words real sub-item headings end in (`…方面`, `…情况`, `扎实推进主动公开`, `着力规范公开工作`). */
const HEADING_END_WORDS = ["方面", "情况", "工作", "公开", "建设", "管理", "保障"];

/** The format's sub-item a heading names: the one sub-item whose heading words it contains, else undefined. */
export function overviewItemOf(heading: string, items: OverviewItemDef[]): OverviewItemDef | undefined {
  const key = labelKey(heading);
  const named = items.filter((item) => item.headingWords.some((w) => key.includes(labelKey(w))));
  return named.length === 1 ? named[0] : undefined;
}

/** Where a sub-item heading that starts at `at` (after its numeral) ends, and where its body starts. */
function headingEnd(text: string, at: number, items: OverviewItemDef[]): { title: string; bodyAt: number } {
  const rest = text.slice(at, at + 200);
  const mark = /[。：:\n\t！；]/.exec(rest.slice(0, HEADING_MAX + 1));
  if (mark) {
    const line = rest.slice(0, mark.index);
    if (mark[0] === "\n") {
      // A heading wrapped onto the next line: `（四）政府信息公开平台` / `建设`, or a line ending in `，`.
      const nextEnd = rest.indexOf("\n", mark.index + 1);
      const next = rest.slice(mark.index + 1, nextEnd < 0 ? rest.length : nextEnd).trim();
      const completes = !/[。，、；：:！？]$/.test(line.trim()) && next.length <= WRAP_MAX && !/[。，、；：:！？,.]/.test(next);
      if (next !== "" && (/[，、]$/.test(line.trim()) || completes) && nextEnd >= 0)
        return { title: (line.trim() + next).trim(), bodyAt: at + nextEnd };
      return { title: line.trim(), bodyAt: at + mark.index };
    }
    return { title: line.trim(), bodyAt: at + mark.index + (mark[0] === "\t" ? 0 : 1) };
  }
  // A heading run into its body with nothing between (a page text that lost the heading's line break): it has at most
  // two clauses, and ends after the last heading word of its last clause, within CLAUSE_MAX characters.
  const stop = /[、；。“”《]/.exec(rest);
  const window = rest.slice(0, stop ? stop.index : rest.length);
  const comma = window.search(/[，,]/);
  const clauseAt = comma >= 0 ? comma + 1 : 0;
  const clause = window.slice(clauseAt, clauseAt + CLAUSE_MAX).split(/[，,]/)[0];
  const words = [...HEADING_END_WORDS, ...items.flatMap((i) => i.headingWords)];
  let end = -1;
  for (const w of words) {
    for (let i = clause.indexOf(w); i >= 0; i = clause.indexOf(w, i + 1)) end = Math.max(end, i + w.length);
  }
  if (end < 0 || (comma >= 0 && comma > CLAUSE_MAX)) return { title: "", bodyAt: at };
  return { title: rest.slice(0, clauseAt + end), bodyAt: at + clauseAt + end };
}

/** A Chinese numeral 1–10, as sub-items are numbered. */
function numeral(n: number): string | undefined {
  return n >= 1 && n <= NUMERALS.length ? NUMERALS[n - 1] : undefined;
}

/**
 * Split 一、总体情况 at its sub-item headings `（一）`, `（二）`, … (at a line start or after a full stop, numbered in
 * order). A heading ends at the first `。`/`：`, a tab or the line end (joined with the next line when it wraps), or,
 * run into the body, after its last heading word. A heading naming one of the format's sub-items (`平台载体建设方面` is
 * 政府信息公开平台建设) gives that sub-item its body, once (a heading of two clauses, the agency's own words, stays as the
 * body's first line); any other heading is kept with its body as the agency's own
 * sub-item, in printed order, numbered on after the format's (`（一）强化组织协调…` in a report whose five official
 * sub-items are otherwise absent becomes `（六）强化组织协调…`).
 */
export function splitOverview(flat: string, from: number, to: number, format: FormatDef): OverviewText {
  const text = flat.slice(from, to);
  const marks: { at: number; bodyAt: number; title: string }[] = [];
  let expected = 1;
  SUB_MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SUB_MARKER.exec(text))) {
    const n = NUMERALS.indexOf(m[3]) + 1;
    if (m[3].length !== 1 || n !== expected) continue;
    const at = m.index + m[0].length - m[2].length;
    const { title, bodyAt } = headingEnd(text, at + m[2].length, format.overviewItems);
    marks.push({ at, bodyAt, title });
    expected++;
  }
  const out: OverviewText = { intro: paragraphs(text, 0, marks.length > 0 ? marks[0].at : text.length), items: {}, extra: [] };
  const taken = new Set<OverviewItemKey>();
  marks.forEach((mark, i) => {
    const end = i + 1 < marks.length ? marks[i + 1].at : text.length;
    const body = paragraphs(text, mark.bodyAt, end);
    const item = mark.title === "" ? undefined : overviewItemOf(mark.title, format.overviewItems);
    if (item && !taken.has(item.key)) {
      taken.add(item.key);
      // A heading of the agency's own words (`围绕工作重点，扎实推进主动公开`) is kept as the body's first line, not lost
      // under the format's title; a heading that only names the sub-item (`平台载体建设方面`) is the format's title.
      out.items[item.key] = /[，,]/.test(mark.title) ? [mark.title, ...body] : body;
      return;
    }
    const number = numeral(format.overviewItems.length + out.extra.length + 1);
    out.extra.push({ title: number ? `（${number}）${mark.title}` : mark.title, body });
  });
  return out;
}
