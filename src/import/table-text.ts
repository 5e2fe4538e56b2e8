/**
 * Finding a table's rows in a document's text by their labels, in printed order, and cutting out each row's value
 * text (what lies between its label and the next row's). Never by position alone: a row whose label cannot be found
 * is reported as not found, and its cells are not guessed from the neighbours.
 */
import type { Chunk } from "./readings";
import { labelKey, nearestSubstring, project, sameLabel, splitNumbering, toleratedDifferences } from "./labels";
import type { RowSpec, TableSpec } from "./table-spec";

/** Where a row's label was found in the flat text. */
export interface LabelMatch {
  /** Start (including the item number, when printed) and end in the flat text. */
  start: number;
  end: number;
  /** The label as printed, spaces collapsed. */
  actual: string;
  /** False when the printed label differs from the official one beyond width and spaces (an S8 deviation). */
  exact: boolean;
}

/** A row of a table as found in the text. */
export interface FoundRow {
  spec: RowSpec;
  label?: LabelMatch;
  /** The text holding the row's values. */
  valueText: string;
  /** The row's cells when the source's cells are reliable and the row has exactly one cell per input. */
  cells?: string[];
  chunks: Chunk[];
  /**
   * Why the row's values cannot be placed with certainty from real cells (its label shares a cell with the next
   * row's, or several lines of values follow it): its cells are then left blank, never taken from a neighbour.
   */
  ambiguous?: string;
}

/** Item numbers are matched in the text as printed: the separator may be `.`, `、`, `．` or missing after spaces. */
function numberingBefore(flat: string, coreStart: number, number: number | undefined, floor: number): number {
  if (number === undefined) return coreStart;
  let i = coreStart;
  while (i > floor && /[\s\u3000]/.test(flat[i - 1])) i--;
  let sepEnd = i;
  if (i > floor && /[.．、。]/.test(flat[i - 1])) i--;
  else sepEnd = -1;
  while (i > floor && /[\s\u3000]/.test(flat[i - 1])) i--;
  const digits = String(number);
  const fullDigits = digits.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  for (const form of [digits, fullDigits]) {
    if (i - form.length >= floor && flat.slice(i - form.length, i) === form) {
      // Without a separator the number must stand apart, or it cannot be told from a value before it.
      if (sepEnd < 0 && i - form.length > floor && /[0-9０-９]/.test(flat[i - form.length - 1])) return coreStart;
      return i - form.length;
    }
  }
  return coreStart;
}

/** Collapse runs of spaces for quoting a printed text in a message. */
export function quoted(text: string): string {
  return text.replace(/[\s\u3000]+/g, " ").trim();
}

/** A real cell's text that is a value: a number (with a unit, thousands separators or a sign), or a placeholder. */
const VALUE_CELL = /^([-−]?[0-9０-９][0-9０-９,，.．]*\s*(万元|元|件|个|条|项|次|份)?|[/／—–－\-~～×]+|无)$/;

/**
 * Split a value text into chunks. From extracted text: runs of digits (one or more values each) and placeholders;
 * other text (labels of groups, headers) is dropped. From real cells (`wholeCells`): each cell that holds a value is
 * one value as printed, never cut.
 */
export function chunksOf(text: string, wholeCells = false): Chunk[] {
  if (wholeCells) {
    return text
      .split(/[\t\n]/)
      .map((c) => c.replace(/[\s\u3000\u00a0]+/g, " ").trim())
      .filter((c) => VALUE_CELL.test(c))
      .map((c) => ({ text: c, kind: "single" as const }));
  }
  const chunks: Chunk[] = [];
  const half = text.replace(/[０-９．－]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  for (const piece of half.split(/[\s\u3000]+/)) {
    const re = /-?\d[\d.]*|[/／—–－\-~～×]+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(piece))) {
      const t = m[0].replace(/\.+$/, "");
      if (/\d/.test(t)) chunks.push({ text: t, kind: "digits" });
      else {
        // A placeholder stands apart; a slash inside a header (本年增/减) is text.
        const before = piece[m.index - 1] ?? "";
        const after = piece[m.index + m[0].length] ?? "";
        if (!/[^\d\s]/.test(before) && !/[^\d\s]/.test(after)) chunks.push({ text: t, kind: "single" });
      }
    }
  }
  return chunks;
}

/**
 * The cells of a row's line of values: the rest of the label's line without the separator right after the label, or,
 * when the label ends its line (or the row has no label: 表四 after its headers), the next line, all its cells.
 */
function firstLineCells(valueText: string): string[] {
  const lines = valueText.split("\n");
  if (lines[0].trim() === "" && lines.length > 1) return lines[1].split("\t").map((c) => c.trim());
  const cells = lines[0].split("\t");
  if (cells.length > 0 && cells[0].trim() === "") cells.shift();
  return cells.map((c) => c.trim());
}

/**
 * A typed row's tab-separated cells when the tabs place every value: one cell per input, each blank or a value (a
 * number, `/`, `—`), the first and last not blank. A blank at either end may be the padding of a merged label cell or
 * a dropped value (the seed's extraction prints 二、上年结转 as a blank and six values), so such a row is left to the
 * readings of its digits.
 */
function typedCells(valueText: string, count: number): string[] | undefined {
  const cells = firstLineCells(valueText);
  if (cells.length !== count || count < 2) return undefined;
  if (cells[0] === "" || cells[count - 1] === "") return undefined;
  if (!cells.every((c) => c === "" || VALUE_CELL.test(c))) return undefined;
  return cells;
}

/** The end of the last printed header or caption of a table in a region (where a row without a label begins). */
function lastHeaderEnd(flat: string, from: number, to: number, table: TableSpec): number {
  const p = project(flat, from, to);
  let end = from;
  for (const t of table.otherTexts) {
    const k = labelKey(t);
    if (k.length < 2) continue;
    let at = p.text.lastIndexOf(k);
    if (at >= 0) end = Math.max(end, p.at[at + k.length - 1] + 1);
    at = -1;
  }
  return end;
}

/**
 * Find the rows of a table between `from` and `to` of the flat text.
 * @param reliable whether a row's cells are the table's real cells (see `ExtractedDocument.cellsReliable`).
 * @returns one entry per row of the table, in printed order; a row whose label is not found has no `label`.
 */
export function locateRows(flat: string, from: number, to: number, table: TableSpec, reliable: boolean): FoundRow[] {
  const p = project(flat, from, to);
  const found: (LabelMatch | undefined)[] = table.rows.map(() => undefined);
  const cores = table.rows.map((r) => (r.label === undefined ? undefined : splitNumbering(r.label)));
  const keys = cores.map((c) => (c ? labelKey(c.core) : undefined));
  const coreRange: ([number, number] | undefined)[] = table.rows.map(() => undefined);

  // Exact matches, in order. A label that also begins a longer text (3.其他 in a typed row `（六）其他处理⇥3.其他⇥…`,
  // where the group label is repeated) is taken where it ends its cell, when it does so before the next row's label.
  const endsCell = (at: number, k: string) => {
    const after = flat[p.at[at + k.length - 1] + 1] ?? "";
    return !/[一-鿿（(]/.test(after);
  };
  let cursor = 0;
  keys.forEach((k, i) => {
    if (k === undefined || k === "") return;
    let at = p.text.indexOf(k, cursor);
    if (at < 0) return;
    const nextKey = keys.slice(i + 1).find((x) => x !== undefined && x !== "");
    const limit = nextKey ? p.text.indexOf(nextKey, at + k.length) : -1;
    for (let alt = at; alt >= 0 && !endsCell(at, k); alt = p.text.indexOf(k, alt + 1)) {
      if (limit >= 0 && alt >= limit) break;
      if (endsCell(alt, k)) at = alt;
    }
    coreRange[i] = [at, at + k.length];
    cursor = at + k.length;
  });
  // Near matches (typos such as 内容 for 内部) between the neighbours found exactly.
  keys.forEach((k, i) => {
    if (k === undefined || coreRange[i]) return;
    const max = toleratedDifferences(k.length);
    if (max === 0) return;
    const prev = coreRange.slice(0, i).reverse().find((r) => r !== undefined);
    const next = coreRange.slice(i + 1).find((r) => r !== undefined);
    const lo = prev ? prev[1] : 0;
    const hi = next ? next[0] : p.text.length;
    const near = nearestSubstring(k, p.text.slice(lo, hi), max);
    if (near) coreRange[i] = [lo + near.start, lo + near.end];
  });
  table.rows.forEach((row, i) => {
    const r = coreRange[i];
    if (!r) return;
    const coreStart = p.at[r[0]];
    const end = p.at[r[1] - 1] + 1;
    const prevEnd = found.slice(0, i).reverse().find((f) => f !== undefined)?.end ?? from;
    const start = numberingBefore(flat, coreStart, cores[i]!.number, prevEnd);
    const actual = quoted(flat.slice(start, end));
    found[i] = { start, end, actual, exact: [row.label!, ...row.variants].some((l) => sameLabel(actual, l)) };
  });

  // From real cells, a row's values are the line of cells after its label. Two labels in one cell, or several lines
  // of values before the next label, mean the rows were not told apart: which values are whose is not certain.
  const shared = table.rows.map(() => false);
  if (reliable) {
    found.forEach((f, i) => {
      const j = found.findIndex((g, k) => k > i && g !== undefined);
      if (!f || j < 0) return;
      if (!/[\t\n]/.test(flat.slice(f.end, found[j]!.start))) shared[i] = shared[j] = true;
    });
  }

  return table.rows.map((spec, i) => {
    const label = found[i];
    let valueFrom: number;
    if (spec.label === undefined) valueFrom = lastHeaderEnd(flat, from, to, table);
    else if (label) valueFrom = label.end;
    else return { spec, valueText: "", chunks: [] };
    const next = found.slice(i + 1).find((f) => f !== undefined);
    const valueText = flat.slice(valueFrom, next ? next.start : to);
    const row: FoundRow = { spec, ...(label ? { label } : {}), valueText, chunks: chunksOf(valueText, reliable) };
    if (reliable) {
      const valueLines = valueText.split("\n").filter((l) => {
        const cells = l.split("\t").map((c) => c.trim()).filter((c) => c !== "");
        return cells.length > 0 && cells.every((c) => VALUE_CELL.test(c));
      });
      if (shared[i]) row.ambiguous = "本行标签与相邻一行的标签连在一格里，分不清哪些数属于本行";
      else if (label && valueLines.length > 1) row.ambiguous = `本行标签后有 ${valueLines.length} 行数字，分不清哪一行属于本行`;
      const cells = firstLineCells(valueText);
      if (!row.ambiguous && cells.length === spec.keys.length) row.cells = cells;
    } else if (/\t/.test(valueText)) {
      // Typed text (cells at tabs): the tabs place each cell, blanks and `/` included; only digits run together need
      // the readings.
      const cells = typedCells(valueText, spec.keys.length);
      if (cells) row.cells = cells;
    }
    return row;
  });
}
