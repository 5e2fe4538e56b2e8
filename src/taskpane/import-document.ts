/**
 * 从文档导入本年数据, the part loaded only when used (its own chunk with the importer and, for a PDF, the PDF library):
 * read the chosen document and plan the cells and 报告信息 fields it would change.
 */
import { importDocument } from "../import";
import { planImportFill, type FillTarget, type ImportFillPlan } from "../import/fill-plan";
import type { ReadResult } from "../workbook/layout";

/** The plan from a document, or the Chinese reason it cannot be read. */
export type DocumentFill = { ok: true; plan: ImportFillPlan; kind: string } | { ok: false; reason: string };

/** Where a report set that was read can be written: its read tables' cells, its 报告信息 rows. */
export function fillTarget(read: ReadResult): FillTarget {
  return {
    cell: (key) => read.cells[key] !== undefined,
    field: (key) => read.infoCells[key] !== undefined,
    extraSlots: read.infoExtras.map((s) => ({ title: s.title ? s.text.title : null, body: s.body ? s.text.body : null })),
  };
}

/** Read `bytes` as a published report and plan filling the report set `read` from it (see `planImportFill`). */
export async function planDocumentFill(bytes: Uint8Array, read: ReadResult): Promise<DocumentFill> {
  const outcome = await importDocument(bytes);
  if (!outcome.ok) return { ok: false, reason: outcome.reason };
  return { ok: true, plan: planImportFill(read.data, outcome.report, fillTarget(read)), kind: outcome.kind };
}
