/**
 * A web page (or Word's "save as web page") as a document: block elements are lines, table rows are lines of their
 * cells. Survives the markup Word exports: numbers split across `<span>`s, `&nbsp;` padding inside cells, `<br>` and
 * `<p>` inside a cell, a row-group label repeated part-way down a table (read as text, not as a row), styles, comments
 * and conditional comments.
 */
import { Parser } from "htmlparser2";
import type { ExtractedDocument } from "./document";

/** Elements whose content is not text of the page. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "head", "svg", "object", "iframe", "xml"]);
/** Elements that end a line of text. */
const BLOCKS = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "header", "footer", "nav",
  "blockquote", "pre", "address", "figure", "figcaption", "caption", "dt", "dd", "dl", "main", "aside", "hr", "form",
]);

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]/;

/**
 * The text of an element as a reader sees it: runs of white space are one space, except a run with a line break
 * between two Chinese characters or punctuation, which disappears (as a browser joins Chinese lines); ends trimmed.
 */
export function inlineText(raw: string): string {
  return raw
    .replace(/\u200b|\u200c|\u200d|\ufeff|\u00ad/g, "")
    .replace(/[\s\u00a0\u3000]+/g, (ws, at: number, all: string) => {
      const before = all[at - 1] ?? "";
      const after = all[at + ws.length] ?? "";
      if (/[\n\r]/.test(ws) && (CJK.test(before) || CJK.test(after))) return "";
      return " ";
    })
    .trim();
}

/** Whether a decoded text is an HTML page rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<(!doctype\s+html|html|body|table|p|div|span|meta|head)[\s>/]/i.test(text.slice(0, 8192));
}

interface TableState {
  row: string[] | null;
  cell: string | null;
}

/** Read an HTML page's text and tables. */
export function htmlDocument(html: string): ExtractedDocument {
  const lines: string[][] = [];
  const tables: TableState[] = [];
  let para = "";
  let skip = 0;
  let inTitle = false;
  let title = "";
  const flush = () => {
    const t = inlineText(para);
    if (t !== "") lines.push([t]);
    para = "";
  };
  const table = () => tables[tables.length - 1];
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skip++;
        if (name === "title") inTitle = true;
        if (skip > 0) return;
        const t = table();
        if (name === "table") {
          if (t?.cell !== null && t?.cell !== undefined) t.cell += "\n";
          else flush();
          tables.push({ row: null, cell: null });
        } else if (name === "tr" && t) {
          t.row = [];
        } else if ((name === "td" || name === "th") && t) {
          if (t.row === null) t.row = [];
          t.cell = "";
        } else if (name === "br" || BLOCKS.has(name)) {
          if (t && t.cell !== null) t.cell += "\n";
          else if (!t) flush();
        }
      },
      ontext(text) {
        if (inTitle) title += text;
        if (skip > 0) return;
        const t = table();
        if (t && t.cell !== null) t.cell += text;
        else if (!t) para += text;
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (SKIPPED.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip > 0) return;
        const t = table();
        if ((name === "td" || name === "th") && t && t.cell !== null) {
          t.row?.push(inlineText(t.cell));
          t.cell = null;
        } else if (name === "tr" && t && t.row) {
          if (t.row.some((c) => c !== "")) lines.push(t.row);
          t.row = null;
        } else if (name === "table" && t) {
          if (t.row && t.row.some((c) => c !== "")) lines.push(t.row);
          tables.pop();
        } else if (BLOCKS.has(name) && !t) flush();
        else if (BLOCKS.has(name) && t && t.cell !== null) t.cell += "\n";
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { kind: "html", lines, cellsReliable: true, ...(title.trim() ? { title: inlineText(title) } : {}) };
}
