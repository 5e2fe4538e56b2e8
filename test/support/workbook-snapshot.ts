/**
 * Everything a workbook holds, as plain data to compare between ports: per sheet in tab order its cells (value,
 * formula, style), merges, column widths (to 0.01 character: Office.js stores points), row heights, validations,
 * conditional formats, protection, visibility and print setup; and the workbook names.
 */
import type { MemoryWorkbook } from "../../src/workbook/memory";

/** `wb`'s contents; `""` values read as blank, since a host cannot hold an empty string. */
export async function workbookSnapshot(wb: MemoryWorkbook): Promise<unknown> {
  const sheets = [];
  for (const sheet of await wb.listSheets()) {
    const { rows, cols } = wb.usedSize(sheet);
    const cells: unknown[] = [];
    const widths: unknown[] = [];
    const heights: unknown[] = [];
    for (let c = 0; c < Math.max(cols, 30); c++) {
      const w = wb.getColumnWidth(sheet, c);
      if (w !== undefined) widths.push([c, Math.round(w * 100) / 100]);
    }
    for (let r = 0; r < Math.max(rows, 150); r++) {
      const h = wb.getRowHeight(sheet, r);
      if (h !== undefined) heights.push([r, h]);
      for (let c = 0; c < Math.max(cols, 30); c++) {
        const cell = wb.getCell(sheet, r, c);
        if (!cell) continue;
        const value = cell.value === "" ? null : cell.value;
        if (value === null && cell.formula === undefined && Object.keys(cell.style).length === 0) continue;
        cells.push([r, c, value, cell.formula ?? null, cell.style]);
      }
    }
    sheets.push({
      sheet,
      cells,
      widths,
      heights,
      merges: wb.getMerges(sheet),
      validations: wb.getValidations(sheet),
      conditionalFormats: wb.getConditionalFormats(sheet),
      protected: wb.isProtected(sheet),
      visibility: wb.getVisibility(sheet),
      pageSetup: wb.getPageSetup(sheet) ?? null,
    });
  }
  return { sheets, names: wb.getNames() };
}
