/**
 * What the 生成报告 panel loads when its button is pressed (a separate chunk: the narrative, the exporters and the
 * docx library never enter the pane's start-up bundle). Builds the report document once and every output from it.
 */
import type { ReportData } from "../report";
import type { Finding } from "../rules";
import { buildReportDocument, type ReportDocument } from "../narrative";
import { toDocx } from "../export/docx";
import { clipboardHtml, reportFileName, reportPlainText } from "./generate-output";

export { planReportSheet, DOCX_MIME } from "./generate-output";
export { copyRichText, downloadBytes, DownloadUnsupportedError, CopyFailedError } from "./generate-actions";

/** The generated report and its outputs, ready for the panel's three buttons. */
export interface PreparedReport {
  doc: ReportDocument;
  /** `<机关><年度>年政府信息公开工作年度报告.docx`. */
  fileName: string;
  /** The clipboard's `text/html` (inline styles) and `text/plain`. */
  html: string;
  text: string;
  /** The .docx bytes, or why they could not be made (the other outputs stay usable). */
  docx: { ok: true; bytes: Uint8Array } | { ok: false; detail: string };
}

/**
 * Build the report document from the data and findings of one read (`buildReportDocument(data, findings)`: a
 * 未通过校验 notice when a finding is 强制), then the clipboard HTML and text, then the .docx.
 *
 * @param onDocx called before the .docx is made (the slow step), so the panel can say so.
 * @returns every output; a failure of the .docx is returned in `docx`, not thrown.
 */
export async function prepareReport(data: ReportData, findings: Finding[], onDocx?: () => void): Promise<PreparedReport> {
  const doc = buildReportDocument(data, findings);
  const html = clipboardHtml(doc);
  const text = reportPlainText(doc);
  onDocx?.();
  let docx: PreparedReport["docx"];
  try {
    docx = { ok: true, bytes: await toDocx(doc) };
  } catch (e) {
    // Kept as data: the panel shows it on the Word button and the clipboard and sheet outputs still work.
    docx = { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
  return { doc, fileName: reportFileName(doc), html, text, docx };
}
