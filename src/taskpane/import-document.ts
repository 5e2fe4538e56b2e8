/**
 * 从文档导入本年数据, the part loaded only when used (its own chunk with the importer and, for a PDF, the PDF library):
 * read the chosen document and plan the cells it would change.
 */
import { importDocument } from "../import";
import { planImportFill, type ImportFillPlan } from "../import/fill-plan";
import type { CellKey } from "../format";
import type { ReportData } from "../report";

/** The plan from a document, or the Chinese reason it cannot be read or used. */
export type DocumentFill = { ok: true; plan: ImportFillPlan; kind: string } | { ok: false; reason: string };

/** Read `bytes` as a published report and plan filling `current` from it (see `planImportFill`). */
export async function planDocumentFill(bytes: Uint8Array, current: ReportData, placeable: (key: CellKey) => boolean): Promise<DocumentFill> {
  const outcome = await importDocument(bytes);
  if (!outcome.ok) return { ok: false, reason: outcome.reason };
  const plan = planImportFill(current, outcome.report, placeable);
  if ("error" in plan) return { ok: false, reason: plan.error };
  return { ok: true, plan, kind: outcome.kind };
}
