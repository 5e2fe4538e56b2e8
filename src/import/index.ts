/**
 * Importing a published report from the file an agency holds: a PDF with a text layer, a Word .docx, a web page
 * (.html), Markdown or plain text. Core code: bytes in, report data and an account of the reading out; no file system, no host.
 *
 * `importDocument` never throws for a bad file: it returns `{ ok: false, reason }` with a Chinese reason (a scan
 * without text, an encrypted or damaged PDF, an old .doc renamed, a page without tables, a report of neither format,
 * two reports in one file, text in an unknown encoding). What it throws is a defect.
 */
import { DocxReadError, docxDocument } from "./docx-source";
import type { DocumentKind, ExtractedDocument } from "./document";
import { htmlDocument, looksLikeHtml } from "./html-source";
import { looksLikeMarkdown, markdownDocument } from "./markdown-source";
import { NotAReportError, readReportText, type ImportedReport } from "./read-report";
import { PdfReadError, pdfDocument } from "./pdf-source";
import { decodeText, TextDecodeError, textDocument } from "./text-source";

export type { ImportedReport, LabelDeviation, RecoveredRow, UndeterminedRow } from "./read-report";
export type { DocumentKind } from "./document";
export { usePdfJsLoader, type PdfJsLoader } from "./pdf-source";

/** The outcome of importing one file. */
export type ImportOutcome =
  | { ok: true; kind: DocumentKind; report: ImportedReport; /** For text and HTML, the encoding it was read in. */ encoding?: string }
  | {
      ok: false;
      kind?: DocumentKind;
      reason: string;
      /** Set when the file shows none of the statistics tables' row labels of any format: no report at all. */
      notAReport?: true;
    };

/** The largest file read (a report is a few MB at most). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The file types the importer reads, for messages and file pickers. */
export const IMPORT_EXTENSIONS = [".pdf", ".docx", ".html", ".htm", ".md", ".txt"] as const;

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

/** Whether the bytes begin like a PDF (`%PDF-` within the first kilobyte, as readers allow). */
function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}

/** Read bytes into a document's text by what they are (not by the file's name). */
async function extract(bytes: Uint8Array): Promise<{ doc: ExtractedDocument; encoding?: string }> {
  if (isPdf(bytes)) return { doc: await pdfDocument(bytes) };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { doc: docxDocument(bytes) };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new NotAReportError("这是旧版 Word（.doc）、Excel（.xls）或加密的 Office 文件，请在 Word 中打开并另存为 .docx 后再导入");
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) throw new NotAReportError("这是 RTF 文件，请在 Word 中另存为 .docx 后再导入");
  const { text, encoding } = decodeText(bytes);
  const doc = looksLikeHtml(text) ? htmlDocument(text) : looksLikeMarkdown(text) ? markdownDocument(text) : textDocument(text);
  return { doc, encoding };
}

/**
 * Import a report from a file's bytes.
 * @returns the report read (see `ImportedReport`: data, what was read, recovered, left blank, label deviations), or a
 *   Chinese reason the file cannot be read as a report.
 */
export async function importDocument(bytes: Uint8Array): Promise<ImportOutcome> {
  if (bytes.length === 0) return { ok: false, reason: "文件是空的" };
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, reason: `文件太大（超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB），不像是一份年度报告` };
  let kind: DocumentKind | undefined;
  try {
    const { doc, encoding } = await extract(bytes);
    kind = doc.kind;
    const report = readReportText(doc);
    return { ok: true, kind, report, ...(encoding && doc.kind !== "pdf" && doc.kind !== "docx" ? { encoding } : {}) };
  } catch (e) {
    if (e instanceof PdfReadError || e instanceof DocxReadError || e instanceof TextDecodeError || e instanceof NotAReportError) {
      return { ok: false, ...(kind ? { kind } : {}), reason: e.message, ...(e instanceof NotAReportError && e.noReportTables ? { notAReport: true as const } : {}) };
    }
    throw e;
  }
}
