/**
 * Markdown (our own `report.md`, or any GFM text of a report) as a document: headings and paragraphs are lines of one
 * cell, with their emphasis and escapes undone; a GFM table row is a line of its cells (the separator row dropped).
 * Table cells are real cells here, so the document's cells are reliable.
 */
import type { ExtractedDocument } from "./document";

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const SEPARATOR_ROW = /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/;

/** Whether a decoded text is Markdown with GFM tables: an ATX heading and a table with its separator row. */
export function looksLikeMarkdown(text: string): boolean {
  const lines = text.slice(0, 200_000).split(/\r?\n/);
  const heading = lines.some((l) => /^#{1,6} \S/.test(l));
  return heading && lines.some((l, i) => TABLE_ROW.test(l) && SEPARATOR_ROW.test(lines[i + 1] ?? ""));
}

/** Inline Markdown as plain text: strong emphasis markers removed, backslash escapes undone. */
export function markdownInline(s: string): string {
  return s
    .replace(/(?<!\\)\*\*/g, "")
    .replace(/\\([\\`*_[\]<>|~#+\-=.)!])/g, "$1")
    .trim();
}

/**
 * The cells of a GFM table row: split at pipes that are not escaped. A label cell that joins the labels of merged
 * cells with `·` (`三、本年度办理结果·（三）不予公开·1.属于国家秘密`, as our Markdown flattens them) becomes those cells
 * as the printed table has them: a label merged over several rows only on the first of them (`previous` holds the
 * labels of the row before).
 */
function rowCells(line: string, previous: string[]): { cells: string[]; labels: string[] } {
  const inner = line.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  const cells = inner.split(/(?<!\\)\|/).map(markdownInline);
  const labels = cells[0].includes("·") ? cells[0].split("·") : [cells[0]];
  let same = 0;
  while (same < labels.length - 1 && labels[same] === previous[same]) same++;
  return { cells: [...labels.slice(same), ...cells.slice(1)], labels };
}

/** A Markdown text as a document. */
export function markdownDocument(text: string): ExtractedDocument {
  const lines: string[][] = [];
  let previous: string[] = [];
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (raw.trim() === "" || SEPARATOR_ROW.test(raw)) continue;
    if (TABLE_ROW.test(raw)) {
      const row = rowCells(raw, previous);
      lines.push(row.cells);
      previous = row.labels;
      continue;
    }
    previous = [];
    const line = raw.replace(/^#{1,6}\s+/, "").replace(/^>\s?/, "").replace(/ {2,}$/, "");
    lines.push([markdownInline(line)]);
  }
  return { kind: "markdown", lines, cellsReliable: true };
}
