/**
 * A Word .docx as a document: the body's paragraphs are lines, its tables' rows are lines of their cells (`w:tbl`,
 * `w:tr`, `w:tc`). A cell continuing a vertical merge (`w:vMerge` without `restart`) is not a cell of its own, as a
 * row-spanning cell is written once in HTML; horizontal spans (`w:gridSpan`) need nothing. Deleted text of tracked
 * changes and field codes are not text. Reads an agency's own Word file and this product's output alike.
 */
import { unzipSync } from "fflate";
import { Parser } from "htmlparser2";
import type { ExtractedDocument } from "./document";

/** A .docx that cannot be read; the message is Chinese. */
export class DocxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DocxReadError";
  }
}

/** The largest document part read, uncompressed (a guard against zip bombs). */
const MAX_PART_BYTES = 64 * 1024 * 1024;

/** The main document part of a .docx. */
function documentXml(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  const names: string[] = [];
  let tooLarge = false;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        if (f.name !== "word/document.xml") return false;
        if (f.originalSize > MAX_PART_BYTES) {
          tooLarge = true;
          return false;
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof Error) throw new DocxReadError("文件已损坏或不完整（不是完整的 .docx 压缩包）");
    throw e;
  }
  if (tooLarge) throw new DocxReadError("Word 文档内容过大（解压后超过 64 MB），无法读取");
  const xml = files["word/document.xml"];
  if (!xml) {
    if (names.includes("xl/workbook.xml")) throw new DocxReadError("这是 Excel 工作簿，不是 Word 文档");
    throw new DocxReadError("压缩包中没有 Word 文档内容（word/document.xml），不是 .docx 文件");
  }
  return new TextDecoder("utf-8").decode(xml);
}

interface CellState {
  text: string;
  /** True for a cell that continues a vertical merge. */
  continued: boolean;
}

/**
 * Read a .docx's text and tables.
 * @throws DocxReadError for a damaged archive, a zip that is not a Word document, or an oversized document part.
 */
export function docxDocument(bytes: Uint8Array): ExtractedDocument {
  const xml = documentXml(bytes);
  const lines: string[][] = [];
  const tables: { row: string[] | null; cell: CellState | null }[] = [];
  let para = "";
  let skip = 0;
  let inText = false;
  const table = () => tables[tables.length - 1];
  const add = (text: string) => {
    const t = table();
    if (t?.cell) t.cell.text += text;
    else para += text;
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "w:deltext" || name === "w:instrtext" || name === "w:fldchar") {
          if (name !== "w:fldchar") skip++;
          return;
        }
        if (name === "w:t") inText = true;
        else if (name === "w:tab") add("\t");
        else if (name === "w:br" || name === "w:cr") add("\n");
        else if (name === "w:tbl") {
          tables.push({ row: null, cell: null });
        } else if (name === "w:tr" && table()) table().row = [];
        else if (name === "w:tc" && table()) table().cell = { text: "", continued: false };
        else if (name === "w:vmerge" && table()?.cell) {
          const val = attrs["w:val"];
          if (val === undefined || val === "continue") table().cell!.continued = true;
        }
      },
      ontext(text) {
        if (inText && skip === 0) add(text);
      },
      onclosetag(name) {
        if (name === "w:deltext" || name === "w:instrtext") {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (name === "w:t") inText = false;
        else if (name === "w:p") {
          const t = table();
          if (t?.cell) t.cell.text += "\n";
          else {
            const line = para.replace(/[\t ]+/g, " ").trim();
            if (line !== "") lines.push([line]);
            para = "";
          }
        } else if (name === "w:tc" && table()?.cell) {
          const t = table();
          const c = t.cell!;
          if (!c.continued) t.row?.push(c.text.replace(/\s*\n\s*/g, "").replace(/[\t ]+/g, " ").trim());
          t.cell = null;
        } else if (name === "w:tr" && table()?.row) {
          const t = table();
          if (t.row!.some((c) => c !== "")) lines.push(t.row!);
          t.row = null;
        } else if (name === "w:tbl" && table()) tables.pop();
      },
    },
    { xmlMode: true, decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(xml);
  parser.end();
  return { kind: "docx", lines, cellsReliable: true };
}
