/**
 * 从文档导入本年数据: the cells a report read from a document would change in the report being filled, as a preview
 * (each cell from → to), with the filled cells it would overwrite counted so the user is told before anything is
 * written, and the cells it leaves alone with the reason. Pure: nothing is written here.
 */
import { formatOf, getFormat, type CellKey } from "../format";
import { getValue, type ReportData } from "../report";
import type { CellChange, SkippedTotal } from "../rules";
import type { ImportedReport } from "./read-report";

/** The preview of an import into the current report. */
export interface ImportFillPlan {
  /** Every cell whose value changes, in the format's order. */
  changes: CellChange[];
  /** How many of `changes` overwrite a filled cell (not blank). */
  overwrites: number;
  /** Cells left as they are, with the reason in Chinese (not read from the document, not in this workbook). */
  skipped: SkippedTotal[];
}

/**
 * Plan filling `current` from an imported report.
 * @param placeable whether a cell can be written in the workbook (its table was found).
 * @returns the plan, or a Chinese reason when the document's format differs from the workbook's (the tables differ:
 *   the user inserts the tables of that year first).
 */
export function planImportFill(current: ReportData, imported: ImportedReport, placeable: (key: CellKey) => boolean): ImportFillPlan | { error: string } {
  const format = formatOf(current);
  if (imported.format !== format.id) {
    const theirs = getFormat(imported.format);
    return { error: `文档是${theirs.name}（${theirs.source}）的报告，本工作簿的统计表是${format.name}，表格栏目不同；请先按该报告年度插入统计表再导入` };
  }
  const unread = new Set(imported.undetermined.flatMap((u) => u.cells));
  const changes: CellChange[] = [];
  const skipped: SkippedTotal[] = [];
  let overwrites = 0;
  for (const cell of format.inputCells) {
    const to = getValue(imported.data, cell.key);
    const from = getValue(current, cell.key);
    if (unread.has(cell.key)) {
      skipped.push({ cell: cell.key, reason: `${cell.displayName}：文档中无法确定，未改动` });
      continue;
    }
    if (typeof to !== "number" || to === from) continue;
    if (!placeable(cell.key)) {
      skipped.push({ cell: cell.key, reason: `${cell.displayName}：工作簿中找不到该单元格，未改动` });
      continue;
    }
    if (from !== null && from !== "") overwrites++;
    changes.push({ cell: cell.key, name: cell.displayName, from, to });
  }
  return { changes, overwrites, skipped };
}
