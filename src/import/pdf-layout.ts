/**
 * Rebuilding a PDF page's lines, paragraphs and table rows from positioned text (what a PDF's text layer gives: each
 * piece of text with its position and size, in no reliable order).
 *
 * - Pieces on one baseline form a line; a line falls into segments where the gap is wide (table columns).
 * - Text segments stacked closely under each other, no wider and not indented, form a block: a paragraph, or a table
 *   cell whose text wraps (`（二）部分公开（区分处理的，只计这一情` / `形，不计其他情形）`), or a header written one
 *   character per line (`三` `、` `本` `年` …).
 * - Segments that are only a number are values. Values on one baseline form a table row; the blocks beside them
 *   (overlapping the row's height) are the row's labels, placed before its values, left to right. Right-aligned or
 *   centred numbers need nothing special: rows are found by height, not by x.
 * - Page numbers (`-4-`, `第 4 页`) are dropped, so a table broken across pages reads on.
 *
 * Pure geometry over plain objects: the PDF library is used in `pdf-source.ts`.
 */

/** A piece of text on a page: its text, the left end of its baseline (top-down, in points) and its size. */
export interface PositionedText {
  text: string;
  x: number;
  /** Baseline, measured from the top of the page. */
  y: number;
  width: number;
  /** Font size (height of the text), in points. */
  size: number;
}

interface Segment {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  numeric: boolean;
}

interface TextBlock {
  lines: Segment[];
  x: number;
  right: number;
  top: number;
  bottom: number;
}

/** A value, or a run of values separated by spaces, as printed in a table cell (an amount may carry its unit). */
const NUMBER = /^[-−]?[0-9０-９][0-9０-９,，.．]*(\s+[-−]?[0-9０-９][0-9０-９,，.．]*)*(\s*(万元|元))?$/;
/** Page numbers in a header or footer. */
const PAGE_NUMBER = /^([-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

/** An item number opening a table row's label: `2.`, `（三）`, `四、`. */
const ITEM_NUMBER = /^([0-9０-９]{1,2}\s*[.．、](?![0-9０-９])|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;

/** Pieces on one baseline, left to right, cut into segments at wide gaps (and around numbers). */
function segmentsOf(items: PositionedText[]): Segment[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PositionedText[][] = [];
  // A space is kept as a character between two pieces it separates, never as a width: a wide space pads a column.
  for (const it of sorted) {
    if (it.text.trim() === "" && !lines.some((l) => Math.abs(l[0].y - it.y) <= 0.35 * Math.max(l[0].size, it.size))) continue;
    const line = lines.find((l) => Math.abs(l[0].y - it.y) <= 0.35 * Math.max(l[0].size, it.size));
    if (line) line.push(it);
    else lines.push([it]);
  }
  const segments: Segment[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    let cur: Segment | undefined;
    let space = false;
    for (const it of line) {
      if (it.text.trim() === "") {
        space = true;
        continue;
      }
      const size = it.size;
      const isNum = NUMBER.test(it.text.trim());
      const gap = cur ? it.x - cur.right : Infinity;
      const joins = cur !== undefined && (gap <= 1.2 * size || (gap <= 2.2 * size && !isNum && !cur.numeric)) && !(isNum !== cur.numeric && gap > 0.6 * size);
      if (cur && joins) {
        cur.text += space || /^\s/.test(it.text) ? ` ${it.text.trimStart()}` : it.text;
        cur.right = Math.max(cur.right, it.x + it.width);
        cur.numeric = NUMBER.test(cur.text.trim());
      } else {
        if (cur) segments.push(cur);
        cur = { text: it.text, x: it.x, right: it.x + it.width, y: it.y, size, numeric: isNum };
      }
      space = false;
    }
    if (cur) segments.push(cur);
  }
  return segments
    // An amount's unit is printed apart from its digits (`73802895.90 元`); it is one value, written as entered.
    .map((s) => ({ ...s, text: s.numeric ? s.text.trim().replace(/(\d)\s+(万元|元)$/, "$1$2") : s.text.trim() }))
    .filter((s) => s.text !== "");
}

/** Whether text segment `s` continues block `b` (the next line of the same paragraph or cell). */
function continues(b: TextBlock, s: Segment): boolean {
  const last = b.lines[b.lines.length - 1];
  const size = Math.max(last.size, s.size);
  const below = s.y - last.y;
  if (below <= 0.35 * size || below > 2.3 * size) return false;
  if (s.right > b.right + 1.5 * size) return false; // wider: not the same cell or paragraph
  if (s.x < b.x - 2.5 * size || s.x > b.x + 1.0 * size) return false; // indented: a new paragraph
  return s.right > b.x && s.x < b.right; // overlapping
}

/** One page read: its lines of cells, and whether its text runs on from the page before or to the page after. */
export interface PageRead {
  lines: string[][];
  /** The last line is a paragraph's line filled to the text's right edge, without sentence-final punctuation. */
  endsMidSentence: boolean;
  /** The first line is a paragraph's line starting at the text's left edge (not indented as a new paragraph). */
  startsFlush: boolean;
}

/** Punctuation that ends a sentence, a list's lead-in or a quotation. */
const SENTENCE_END = /[。！？；：!?;:…）)」』]$/;

/**
 * The pages' lines in order, a sentence cut by a page break joined again: a page whose text ends mid-sentence on a
 * full line runs on into the next page's first line when that line is not indented (`建设‘四最’一流` / `营商环境…`).
 */
export function joinPages(pages: PageRead[]): string[][] {
  const out: string[][] = [];
  pages.forEach((page, i) => {
    const lines = page.lines.map((l) => [...l]);
    const before = pages[i - 1];
    const last = out[out.length - 1];
    if (before?.endsMidSentence && page.startsFlush && last?.length === 1 && lines[0]?.length === 1) {
      last[0] += lines.shift()![0];
    }
    out.push(...lines);
  });
  return out;
}

/**
 * One page's lines of cells, in reading order.
 * @param items the page's text pieces.
 * @param height the page's height, in points (page numbers are looked for in its top and bottom tenth).
 */
export function pageLines(items: PositionedText[], height: number): string[][] {
  return readPage(items, height).lines;
}

/** One page's lines of cells (see `pageLines`) and how its text meets the pages beside it (see `joinPages`). */
export function readPage(items: PositionedText[], height: number): PageRead {
  const segments = segmentsOf(items).filter(
    (s) => !(PAGE_NUMBER.test(s.text.replace(/\s+/g, " ")) && (s.y > height * 0.88 || s.y < height * 0.1)),
  );
  segments.sort((a, b) => a.y - b.y || a.x - b.x);
  // Table rows: numbers on one baseline.
  const rows: { y: number; size: number; numbers: Segment[]; labels: TextBlock[] }[] = [];
  for (const n of segments.filter((s) => s.numeric)) {
    const row = rows.find((r) => Math.abs(r.y - n.y) <= 0.5 * Math.max(r.size, n.size));
    if (row) row.numbers.push(n);
    else rows.push({ y: n.y, size: n.size, numbers: [n], labels: [] });
  }
  // The row whose values stand on a text segment's own baseline, to its right (a row label printed level with them).
  const levelRow = (s: Segment) =>
    rows.find((r) => Math.abs(r.y - s.y) <= 0.2 * Math.max(r.size, s.size) && r.numbers.some((n) => n.x > s.right));
  const blocks: TextBlock[] = [];
  for (const s of segments) {
    if (s.numeric) continue;
    // Labels of two rows stacked in one column are two cells, however close: a block never runs from one row's
    // baseline to another's (LibreOffice prints `行政处罚` / `行政强制` as closely as the lines of one paragraph).
    // Nor does a row's item number (`2.申请人…`) beside a table's values continue the label above it.
    const level = levelRow(s);
    const numbered = ITEM_NUMBER.test(s.text) && rows.some((r) => Math.abs(r.y - s.y) <= 1.2 * Math.max(r.size, s.size) && r.numbers.some((n) => n.x > s.right));
    const open = blocks.filter((b) => {
      if (numbered || !continues(b, s)) return false;
      const before = levelRow(b.lines[b.lines.length - 1]);
      return !(level && before && level !== before);
    });
    const b = open.sort((p, q) => q.bottom - p.bottom)[0];
    if (b) {
      b.lines.push(s);
      b.x = Math.min(b.x, s.x);
      b.right = Math.max(b.right, s.right);
      b.bottom = s.y;
    } else blocks.push({ lines: [s], x: s.x, right: s.right, top: s.y - s.size, bottom: s.y });
  }
  // Each block beside a row (overlapping its height) is a label of the nearest such row.
  const alone: TextBlock[] = [];
  for (const b of blocks) {
    const centre = (b.top + b.bottom) / 2;
    const beside = rows.filter((r) => b.top <= r.y + 0.3 * r.size && b.bottom >= r.y - 1.2 * r.size && b.x < Math.min(...r.numbers.map((n) => n.x)));
    // A label level with a row's values belongs to that row, however far below it wraps.
    const level = levelRow(b.lines[0]);
    const row = level && beside.includes(level) ? level : beside.sort((p, q) => Math.abs(p.y - centre) - Math.abs(q.y - centre))[0];
    if (row) row.labels.push(b);
    else alone.push(b);
  }
  const out: { y: number; x: number; cells: string[]; block?: TextBlock }[] = [];
  const blockText = (b: TextBlock) => b.lines.map((l) => l.text).join("");
  for (const b of alone) out.push({ y: b.top, x: b.x, cells: [blockText(b)], block: b });
  for (const r of rows) {
    const labels = r.labels.sort((a, b) => a.x - b.x).map(blockText);
    const values = r.numbers.sort((a, b) => a.x - b.x).map((n) => n.text);
    // Ordered by the values' height: a group label spanning several rows must not move its row up.
    out.push({ y: r.y - r.size, x: 0, cells: [...labels, ...values] });
  }
  out.sort((a, b) => a.y - b.y || a.x - b.x);
  // The text column's edges, from the paragraphs' lines.
  const textLines = alone.flatMap((b) => b.lines);
  const left = Math.min(...textLines.map((l) => l.x));
  const right = Math.max(...textLines.map((l) => l.right));
  const first = out[0]?.block;
  const last = out[out.length - 1]?.block;
  const lastLine = last?.lines[last.lines.length - 1];
  return {
    lines: out.map((o) => o.cells),
    endsMidSentence: lastLine !== undefined && lastLine.right >= right - 2 * lastLine.size && !SENTENCE_END.test(lastLine.text),
    startsFlush: first !== undefined && first.lines[0].x <= left + 0.5 * first.lines[0].size,
  };
}
