/**
 * The report in the three forms the 生成报告 panel hands out besides the .docx: rich HTML for the clipboard (every
 * style Word and WPS need written inline), plain text, and a new worksheet as one batch of `WriteOp`s. Everything is
 * laid out from the `ReportDocument` (words) and the format's `tables[…].cells` (the printed tables, through the
 * sheet layout's table-block writer), never retyped.
 *
 * Uses the DOM (`DOMParser`) for the clipboard HTML only; the sheet plan and the text are plain data.
 */
import type { TableDef } from "../format";
import type { CellValue } from "../report";
import { runsText, type Block, type ReportDocument } from "../narrative";
import { toHtml } from "../export/html";
import { displayValue } from "../export/table-grid";
import { TABLE_COLUMN, printedGrid, tableBlockOps, tableSheetWidths, textWidth } from "../workbook/layout";
import type { CellStyle, RangeRef, WriteOp } from "../workbook/port";

/** MIME type of a .docx package. */
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Characters Windows and macOS do not allow in a file name (control characters are dropped separately). */
const BAD_FILE_CHARS = /[\\/:*?"<>|]/g;

/** Drop control characters (U+0000–U+001F) from a file name. */
function withoutControlChars(name: string): string {
  return [...name].filter((ch) => ch.charCodeAt(0) > 0x1f).join("");
}

/**
 * The .docx file name: `<机关><年度>年政府信息公开工作年度报告.docx`, e.g.
 * `三明市沙县区工信与科技局2021年政府信息公开工作年度报告.docx`. A missing agency or year is left out (never a
 * placeholder); characters a file name cannot hold (`\ / : * ? " < > |`) are dropped.
 */
export function reportFileName(doc: Pick<ReportDocument, "agency" | "year">): string {
  const year = doc.year === null ? "" : `${doc.year}年`;
  return withoutControlChars(`${doc.agency.trim()}${year}政府信息公开工作年度报告.docx`.replace(BAD_FILE_CHARS, ""));
}

/** The sheet the report text is written to when the workbook has none of that name. */
export const REPORT_TEXT_SHEET = "报告正文";

/**
 * A sheet name for the report text that no existing sheet has: `报告正文`, else `报告正文 (2)`, `报告正文 (3)`…
 * Compared case-insensitively, as Excel does.
 */
export function reportSheetName(existing: readonly string[]): string {
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  if (!taken.has(REPORT_TEXT_SHEET.toLowerCase())) return REPORT_TEXT_SHEET;
  for (let n = 2; ; n++) {
    const name = `${REPORT_TEXT_SHEET} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * A statistics table as a grid of cell contents, `rows × cols` of its printed layout in the report's format
 * (`format.tables[…]`): each layout cell's official text (or, for an input, its value as typed: number, text, or
 * `null` when blank) at its top-left position, `null` in the rest of a merged area.
 */
export function tableGrid(def: TableDef, values: Record<string, CellValue>): CellValue[][] {
  return printedGrid(def, values);
}

// ───────────────────────────── plain text ─────────────────────────────

/**
 * The report as plain text (the clipboard's `text/plain`): one line per title, heading and paragraph, a blank line
 * between blocks, each table as its caption then tab-separated rows (so it also pastes into a sheet), the signature
 * right after the last section. Tables are laid out in the document's format (`doc.format`).
 */
export function reportPlainText(doc: ReportDocument): string {
  const parts: string[] = [];
  for (const b of doc.blocks) {
    switch (b.type) {
      case "title":
      case "checkNotice":
      case "paragraph":
        parts.push(runsText(b.runs));
        break;
      case "heading":
        parts.push(b.text);
        break;
      case "table":
        parts.push([b.caption, ...tableGrid(doc.format.tables[b.table], b.values).map((row) => row.map((v) => displayValue(v)).join("\t"))].join("\n"));
        break;
      case "signature": {
        const lines = [b.agency, b.date].filter((x) => x !== "");
        if (lines.length > 0) parts.push(lines.join("\n"));
        break;
      }
    }
  }
  return parts.join("\n\n") + "\n";
}

// ───────────────────────────── clipboard HTML ─────────────────────────────

/**
 * Inline styles by element, for pasting: Word and WPS drop many `<style>` rules on paste, so the essentials
 * (borders, alignment, fonts, the 未通过校验 frame, the gap highlight) go on each element.
 */
const INLINE = {
  root: 'font-family:"仿宋_GB2312","仿宋",FangSong,"STFangsong",serif;font-size:16pt;line-height:1.5;color:#000',
  h1: 'font-family:"方正小标宋简体","宋体",SimSun,serif;font-size:22pt;font-weight:normal;text-align:center;margin:12pt 0',
  h2: 'font-family:"黑体",SimHei,sans-serif;font-size:16pt;font-weight:normal;margin:6pt 0',
  h3: 'font-family:"楷体_GB2312","楷体",KaiTi,serif;font-size:16pt;font-weight:normal;margin:6pt 0',
  p: "margin:0;text-indent:2em",
  checkFailed: "margin:6pt 0;text-indent:0;border:2px solid #A4262C;background:#FDE7E9;color:#A4262C;font-weight:bold;padding:4pt",
  signature: "margin:12pt 0 0;text-indent:0;text-align:right",
  gap: "background:#FFF4CE;color:#8A3700;font-weight:bold",
  caption: 'margin:12pt 0 4pt;text-indent:0;text-align:center;font-family:"黑体",SimHei,sans-serif;font-size:12pt',
  table: 'border-collapse:collapse;width:100%;border:1px solid #000;font-family:"宋体",SimSun,serif;font-size:10.5pt;line-height:1.3',
  cell: "border:1px solid #000;padding:2pt 4pt;vertical-align:middle;text-align:center;font-weight:normal",
  cellLeft: "text-align:left",
  cellCaption: "text-align:left;font-weight:bold",
  cellNote: "font-size:9pt",
  cellBlank: "background:#FFF4CE",
} as const;

/** Attributes that serve the portal page (ids, ARIA, keys) and mean nothing in a pasted document. */
const DROPPED_ATTRIBUTES = ["id", "class", "headers", "data-key", "role", "tabindex", "aria-labelledby", "scope"];

/**
 * The report as an HTML fragment for the clipboard (`text/html`): the same content as the portal page (`toHtml`:
 * title, the 未通过校验 notice, sections, the three tables with the format's merged headers, signature), with every
 * essential style inline, borders on every table cell (`border="1"` as well), table captions as centred paragraphs,
 * gaps as highlighted spans and no page chrome (no `<style>`, scroll regions, ids or ARIA attributes).
 */
export function clipboardHtml(doc: ReportDocument): string {
  const page = new DOMParser().parseFromString(toHtml(doc), "text/html");
  const main = page.querySelector("main");
  if (!main) throw new Error("toHtml produced no <main>");
  const style = (el: Element, css: string) => el.setAttribute("style", [el.getAttribute("style"), css].filter(Boolean).join(";"));

  for (const mark of Array.from(main.querySelectorAll("mark"))) {
    const span = page.createElement("span");
    span.textContent = mark.textContent;
    style(span, INLINE.gap);
    mark.replaceWith(span);
  }
  for (const wrap of Array.from(main.querySelectorAll("div.table-scroll"))) {
    const table = wrap.querySelector("table");
    const caption = table?.querySelector("caption");
    const nodes: Node[] = [];
    if (caption) {
      const p = page.createElement("p");
      p.textContent = caption.textContent;
      style(p, INLINE.caption);
      caption.remove();
      nodes.push(p);
    }
    if (table) nodes.push(table);
    wrap.replaceWith(...nodes);
  }
  for (const el of Array.from(main.querySelectorAll("h1"))) style(el, INLINE.h1);
  for (const el of Array.from(main.querySelectorAll("h2"))) style(el, INLINE.h2);
  for (const el of Array.from(main.querySelectorAll("h3"))) style(el, INLINE.h3);
  for (const el of Array.from(main.querySelectorAll("p:not([style])"))) {
    if (el.classList.contains("check-failed")) style(el, INLINE.checkFailed);
    else if (el.classList.contains("signature")) style(el, INLINE.signature);
    else style(el, INLINE.p);
  }
  for (const table of Array.from(main.querySelectorAll("table"))) {
    table.setAttribute("border", "1");
    table.setAttribute("cellspacing", "0");
    table.setAttribute("cellpadding", "4");
    style(table, INLINE.table);
  }
  for (const cell of Array.from(main.querySelectorAll("th, td"))) {
    const extra: string[] = [];
    const scope = cell.getAttribute("scope");
    if (cell.classList.contains("caption")) extra.push(INLINE.cellCaption);
    else if (scope === "row") extra.push(INLINE.cellLeft);
    if (cell.classList.contains("note")) extra.push(INLINE.cellNote);
    if (cell.classList.contains("blank")) extra.push(INLINE.cellBlank);
    style(cell, [INLINE.cell, ...extra].join(";"));
  }
  for (const el of Array.from(main.querySelectorAll("*"))) for (const a of DROPPED_ATTRIBUTES) el.removeAttribute(a);
  return `<div style='${INLINE.root.replace(/'/g, "&#39;")}'>\n${main.innerHTML.trim()}\n</div>`;
}

// ───────────────────────────── the new worksheet ─────────────────────────────

/** Points per line of 11-point text, and Excel's largest row height. */
const LINE_POINTS = 15;
const MAX_ROW_POINTS = 409;

/** A row height (points) that shows `text` wrapped in `width` characters at `fontSize` points. */
function wrappedHeight(text: string, width: number, fontSize = 11): number {
  const lines = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / Math.max(1, width - 2))), 0);
  return Math.min(MAX_ROW_POINTS, Math.ceil((lines * LINE_POINTS * fontSize) / 11) + 4);
}

/** What `planReportSheet` returns: the new sheet's name and the whole batch. */
export interface ReportSheetPlan {
  sheet: string;
  ops: WriteOp[];
}

/**
 * Every operation that writes the report into a new sheet, for one `port.apply`: `addSheet` first (so on a name
 * taken meanwhile the batch fails before anything is written), column widths as on 统计表, then, top to bottom,
 * the title, the 未通过校验 notice (red), the introduction, each section's heading and paragraphs — each in a
 * wrapped text band merged across A–J with a row height that shows it — and each table as a cell block with the
 * format's merged headers and borders, its caption above it, values as typed (a number as stored, text such as "/"
 * as typed and formatted as text, blank as blank). A paragraph with a gap is shaded yellow. Every operation is on the
 * new sheet; no other sheet is touched.
 *
 * @param doc the report document.
 * @param existing the workbook's sheet names, to pick a free name (`reportSheetName`).
 * The tables are laid out in the document's format (`doc.format`).
 */
export function planReportSheet(doc: ReportDocument, existing: readonly string[]): ReportSheetPlan {
  const format = doc.format;
  const sheet = reportSheetName(existing);
  const ops: WriteOp[] = [{ op: "addSheet", sheet }];
  const widths = tableSheetWidths(format);
  // The text band spans 表三's width (A–J), the widest table on portrait terms.
  const textCols = format.tables.table3.cols;
  const bandWidth = widths.slice(0, textCols).reduce((a, b) => a + b, 0);
  widths.forEach((width, col) => ops.push({ op: "columnWidth", sheet, col, width }));
  const at = (row: number, col: number, rows = 1, cols = 1): RangeRef => ({ sheet, row, col, rows, cols });
  let row = 0;

  /** One line of text in the band: written as text (`@`, so nothing typed is read as a formula or a date). */
  const textRow = (text: string, style: CellStyle, fontSize = 11, height?: number) => {
    const band = at(row, 0, 1, textCols);
    ops.push(
      { op: "style", range: at(row, 0), style: { numberFormat: "@" } },
      { op: "values", range: at(row, 0), values: [[text]] },
      { op: "merge", range: band },
      { op: "style", range: band, style: { wrap: true, vertical: "top", horizontal: "left", fontSize, ...style } },
      { op: "rowHeight", sheet, row, height: height ?? wrappedHeight(text, bandWidth, fontSize) },
    );
    row++;
  };

  const tableRows = (b: Extract<Block, { type: "table" }>) => {
    const def = format.tables[b.table];
    const col = TABLE_COLUMN[b.table];
    textRow(b.caption, { bold: true, horizontal: "center" }, 11, 20);
    const range = at(row, col, def.rows, def.cols);
    const grid = tableGrid(def, b.values);
    for (const c of def.cells)
      if (c.role === "input" && typeof grid[c.row][c.col] === "string")
        ops.push({ op: "style", range: at(row + c.row, col + c.col), style: { numberFormat: "@" } });
    ops.push(...tableBlockOps(def, range, grid, { widths }));
    row += def.rows + 1;
  };

  for (const b of doc.blocks) {
    switch (b.type) {
      case "title":
        textRow(runsText(b.runs), { bold: true, horizontal: "center", vertical: "center" }, 16, 32);
        break;
      case "checkNotice":
        textRow(runsText(b.runs), { bold: true, fontColor: "#A4262C", fill: "#FDE7E9" });
        break;
      case "heading":
        textRow(b.text, { bold: true }, b.level === 1 ? 12 : 11, b.level === 1 ? 22 : 19);
        break;
      case "paragraph":
        textRow(runsText(b.runs), b.runs.some((r) => r.kind === "gap") ? { fill: "#FFF4CE" } : {});
        break;
      case "table":
        tableRows(b);
        break;
      case "signature":
        for (const line of [b.agency, b.date].filter((x) => x !== "")) textRow(line, { horizontal: "right" }, 11, 19);
        break;
    }
  }
  return { sheet, ops };
}
