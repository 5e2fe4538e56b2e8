/**
 * The HTML exporter: one self-contained page (inline CSS, no scripts, no external resources) for a government portal.
 *
 * Accessibility: `lang="zh-CN"`, one `<h1>` (the title), `<h2>` per section and `<h3>` per sub-item; tables are real
 * `<table>`s with a `<caption>`, the official multi-level headers with the spans of the format's layout, `<th scope>`
 * on every header and label cell, and a `headers` attribute on every value cell listing its column and row headers.
 * Each table sits in a labelled, keyboard-focusable region that scrolls sideways on a narrow screen or at 200 % zoom,
 * so the text around it reflows and never needs horizontal scrolling; no width is fixed. Colours meet WCAG AA
 * contrast. Every text that comes from the data is HTML-escaped. Each value cell also carries its cell key
 * (`data-key="table3.new[total]"`) for machines that read the page.
 */
import type { FormatDef, LayoutCell, TableDef, TableKey } from "../format";
import type { CellValue } from "../report";
import type { Block, ReportDocument, Run } from "../narrative";
import { bandOfRow, bandsOf, cellsStartingIn, columnHeaders, displayValue, rowHeaders } from "./table-grid";

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const CSS = `
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
  color: #1a1a1a; background: #fff; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.8; font-size: 1rem;
  overflow-wrap: anywhere; }
h1 { font-size: 1.5rem; text-align: center; line-height: 1.5; margin: 1rem 0 1.5rem; }
h2 { font-size: 1.2rem; margin: 1.6rem 0 0.6rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
p { margin: 0.4rem 0; text-indent: 2em; }
.check-failed { text-indent: 0; border: 2px solid #a4262c; background: #fde7e9; color: #a4262c; padding: 0.6rem 1rem; font-weight: bold; }
mark.gap { background: #fff4ce; color: #8a3700; border: 1px dashed #8a6d00; padding: 0 0.2em; }
.table-scroll { overflow-x: auto; max-width: 100%; margin: 0.8rem 0 1.2rem; }
.table-scroll:focus { outline: 3px solid #0f6cbd; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; line-height: 1.4; overflow-wrap: normal; }
caption { font-weight: bold; padding: 0.4rem; caption-side: top; text-align: center; }
th, td { border: 1px solid #444; padding: 0.3rem 0.4rem; vertical-align: middle; }
th { background: #f2f2f2; font-weight: normal; }
th.caption { text-align: left; font-weight: bold; }
td.note { background: #f2f2f2; font-size: 0.85rem; }
td.value { text-align: center; min-width: 2.5em; }
td.blank { background: #fff4ce; }
.signature { text-align: right; text-indent: 0; margin-top: 2rem; }
@media (max-width: 40rem) { body { margin: 1rem auto; } p { text-indent: 0; } }
@media print { body { margin: 0; max-width: none; } .check-failed { border-color: #000; } .table-scroll { overflow: visible; } }
`.trim();

function runsHtml(runs: Run[]): string {
  return runs
    .map((r) => (r.kind === "gap" ? `<mark class="gap">${escapeHtml(r.text)}</mark>` : escapeHtml(r.text)))
    .join("");
}

function spanAttrs(c: LayoutCell): string {
  return `${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ""}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ""}`;
}

function cellId(table: TableKey, c: LayoutCell): string {
  return `${table}-r${c.row}c${c.col}`;
}

/** One statistics table as HTML, laid out from its printed layout in the report's format (`format.tables[…]`). */
export function tableHtml(def: TableDef, caption: string, values: Record<string, CellValue>): string {
  const table = def.key;
  const bands = bandsOf(def);
  // A single band without section captions has a real header block (表三, 表四): put it in <thead>.
  const headRows = bands.length === 1 && bands[0].captions.length === 0 ? bands[0].headerRows : [];
  const rowHtml = (r: number): string => {
    const band = bandOfRow(bands, r);
    const cells = cellsStartingIn(def, r).map((c) => {
      const span = spanAttrs(c);
      const id = cellId(table, c);
      const txt = escapeHtml(c.text ?? "");
      switch (c.role) {
        case "caption":
          return `<th id="${id}" class="caption" scope="colgroup"${span}>${txt}</th>`;
        case "header":
          return `<th id="${id}" scope="${c.colSpan > 1 ? "colgroup" : "col"}"${span}>${txt}</th>`;
        case "label":
          return `<th id="${id}" scope="${c.rowSpan > 1 ? "rowgroup" : "row"}"${span}>${txt}</th>`;
        case "note":
          return `<td id="${id}" class="note"${span}>${txt}</td>`;
        case "input": {
          const heads = [...(band ? columnHeaders(band, c.col) : []), ...rowHeaders(def, c.row, c.col)];
          const headers = heads.map((h) => cellId(table, h)).join(" ");
          const shown = displayValue(values[c.key ?? ""]);
          const cls = shown.trim() === "" ? "value blank" : "value";
          return `<td class="${cls}" headers="${headers}" data-key="${escapeHtml(c.key ?? "")}"${span}>${escapeHtml(shown)}</td>`;
        }
      }
    });
    return `<tr>${cells.join("")}</tr>`;
  };
  // The region is named by the caption and focusable, so keyboard users can scroll a wide table (WCAG 2.1.1, 1.4.10).
  const lines = [
    `<div class="table-scroll" role="region" aria-labelledby="${table}-caption" tabindex="0">`,
    `<table id="${table}">`,
    `<caption id="${table}-caption">${escapeHtml(caption)}</caption>`,
  ];
  if (headRows.length > 0) lines.push("<thead>", ...headRows.map(rowHtml), "</thead>");
  lines.push("<tbody>");
  for (let r = 0; r < def.rows; r++) if (!headRows.includes(r)) lines.push(rowHtml(r));
  lines.push("</tbody>", "</table>", "</div>");
  return lines.join("\n");
}

function blockHtml(b: Block, format: FormatDef): string {
  switch (b.type) {
    case "title":
      return `<h1>${runsHtml(b.runs)}</h1>`;
    case "checkNotice":
      return `<p class="check-failed" role="alert">${runsHtml(b.runs)}</p>`;
    case "paragraph":
      return `<p>${runsHtml(b.runs)}</p>`;
    case "heading":
      return b.level === 1 ? `<h2>${escapeHtml(b.text)}</h2>` : `<h3>${escapeHtml(b.text)}</h3>`;
    case "table":
      return tableHtml(format.tables[b.table], b.caption, b.values);
    case "signature": {
      const lines = [b.agency, b.date].filter((x) => x !== "").map(escapeHtml);
      return lines.length > 0 ? `<p class="signature">${lines.join("<br>")}</p>` : "";
    }
  }
}

/**
 * The report as one self-contained HTML page (UTF-8, `lang="zh-CN"`, inline CSS, no script).
 * Tables are laid out in the document's format (`doc.format`). When the document carries a check notice (强制 findings), it is printed at the top as `未通过校验…`.
 */
export function toHtml(doc: ReportDocument): string {
  const body = doc.blocks.map((b) => blockHtml(b, doc.format)).filter((x) => x !== "").join("\n");
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    "</head>",
    "<body>",
    "<main>",
    body,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
