/**
 * The Markdown exporter: the report as CommonMark/GFM text. Tables become GFM tables with flattened headers: the
 * labels of merged header cells above a column are joined with `·` (`申请人情况·法人或其他组织·商业企业`), and the
 * row labels of a row likewise (`三、本年度办理结果·（三）不予公开·1.属于国家秘密`). 表二's section captions
 * (`第二十条第（一）项`) head their own small tables.
 */
import type { FormatDef, LayoutCell, TableDef } from "../format";
import type { CellValue } from "../report";
import type { Block, ReportDocument, Run } from "../narrative";
import { bandsOf, columnHeaders, displayValue } from "./table-grid";

/** The separator of flattened merged headers. */
export const HEADER_JOIN = "·";

/** Escape the characters that have an inline meaning (emphasis, code, links, HTML, table pipes). */
function escapeInline(s: string): string {
  return s.replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`);
}

/**
 * Escape text so Markdown shows it literally: no emphasis, links, HTML, and no heading, list or quote from a line
 * that starts with `#`, `-`, `+`, `=` or `1.`.
 */
export function escapeMarkdown(s: string): string {
  return escapeInline(s)
    .replace(/^(\s*)([#+\-=])/gm, (_m, sp: string, mark: string) => `${sp}\\${mark}`)
    .replace(/^(\s*\d+)([.)])/gm, (_m, num: string, mark: string) => `${num}\\${mark}`);
}

/** Escape a table cell: inline escapes only, line breaks folded (a GFM cell is one line). */
function cellText(s: string): string {
  return escapeInline(s.replace(/\s*\r?\n\s*/g, " "));
}

/**
 * A gap in bold. The emphasis goes inside the 【】 brackets: CommonMark does not open `**` between a CJK character
 * and a punctuation mark, so `文**【…】**件` would print the asterisks.
 */
function gapMarkdown(t: string): string {
  const m = /^【([\s\S]*)】$/.exec(t);
  return m ? `【**${escapeInline(m[1])}**】` : `**${escapeInline(t)}**`;
}

function runsMarkdown(runs: Run[]): string {
  return runs.map((r) => (r.kind === "gap" ? gapMarkdown(r.text) : escapeMarkdown(r.text))).join("");
}

function joinLabels(cells: LayoutCell[]): string {
  const texts: string[] = [];
  for (const c of cells) if (c.text && !texts.includes(c.text)) texts.push(c.text);
  return texts.join(HEADER_JOIN);
}

function gfmTable(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => " --- ").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ];
}

/**
 * One statistics table as Markdown: a caption line, then one GFM table per band of its printed layout in the report's
 * format (`format.tables[…]`).
 */
export function tableMarkdown(def: TableDef, caption: string, values: Record<string, CellValue>): string {
  const lines = [`**${escapeMarkdown(caption)}**`, ""];
  for (const band of bandsOf(def)) {
    if (band.captions.length > 0) lines.push(escapeMarkdown(joinLabels(band.captions)), "");
    const hasLabels = band.labelColumns.length > 0;
    const header: string[] = [];
    if (hasLabels) {
      const labelHeads = band.headers.filter((h) => h.col + h.colSpan - 1 <= band.labelColumns[band.labelColumns.length - 1]);
      header.push(cellText(joinLabels(labelHeads)));
    }
    for (const col of band.inputColumns) header.push(cellText(joinLabels(columnHeaders(band, col).filter((h) => h.role === "header"))));
    const rows = band.dataRows.map((r) => {
      const row: string[] = [];
      if (hasLabels) {
        const labels = def.cells
          .filter((c) => c.role === "label" && r >= c.row && r < c.row + c.rowSpan)
          .sort((a, b) => a.col - b.col);
        row.push(cellText(joinLabels(labels)));
      }
      for (const col of band.inputColumns) {
        const input = def.cells.find((c) => c.role === "input" && c.row === r && c.col === col);
        row.push(input ? cellText(displayValue(values[input.key ?? ""])) : "");
      }
      return row;
    });
    lines.push(...gfmTable(header, rows), "");
  }
  return lines.join("\n").trimEnd();
}

function blockMarkdown(b: Block, format: FormatDef): string {
  switch (b.type) {
    case "title":
      return `# ${runsMarkdown(b.runs)}`;
    case "checkNotice":
      return `> **${runsMarkdown(b.runs)}**`;
    case "paragraph":
      return runsMarkdown(b.runs);
    case "heading":
      return `${b.level === 1 ? "##" : "###"} ${escapeMarkdown(b.text)}`;
    case "table":
      return tableMarkdown(format.tables[b.table], b.caption, b.values);
    case "signature":
      return [b.agency, b.date]
        .filter((x) => x !== "")
        .map(escapeMarkdown)
        .join("  \n");
  }
}

/**
 * The report as Markdown (GFM tables, in the document's format). When the document carries a check notice (强制 findings), it is printed at
 * the top as a quoted line `未通过校验…`.
 */
export function toMarkdown(doc: ReportDocument): string {
  return (
    doc.blocks
      .map((b) => blockMarkdown(b, doc.format))
      .filter((x) => x !== "")
      .join("\n\n") + "\n"
  );
}
