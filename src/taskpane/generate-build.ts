/**
 * What the 生成报告 panel loads when its button is pressed (a separate chunk: the narrative, the exporters and the
 * docx library never enter the pane's start-up bundle). Builds the report document once and every output from it.
 */
import { unwritableFields, unwritableMessage, type ReportData } from "../report";
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
  /**
   * Why no output may be made, as the command line says it (`unwritableMessage`): the report holds a character no
   * file can hold. Then `html` and `text` are empty and no .docx is made.
   */
  refused?: string;
}

/**
 * Build the report document from the data and findings of one read (`buildReportDocument(data, findings)`: a
 * 未通过校验 notice when a finding is 强制), then the clipboard HTML and text, then the .docx.
 *
 * @param onDocx called before the .docx is made (the slow step), so the panel can say so.
 * @returns every output; a failure of the .docx is returned in `docx`, not thrown; a report holding a character no file
 *   can hold (`unwritableFields`) gives no output and `refused`, as the command line refuses it.
 */
export async function prepareReport(data: ReportData, findings: Finding[], onDocx?: () => void): Promise<PreparedReport> {
  const doc = buildReportDocument(data, findings);
  const unwritable = unwritableFields(data);
  if (unwritable.length > 0) {
    const refused = unwritableMessage(unwritable);
    return { doc, fileName: reportFileName(doc), html: "", text: "", docx: { ok: false, detail: refused }, refused };
  }
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
