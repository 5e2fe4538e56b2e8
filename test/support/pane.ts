/**
 * What the task pane tests share: jsdom stubs Fluent UI needs, a consistent report typed into a workbook, and the
 * check of what the pane shows against what the sheet holds now.
 */
import { screen } from "@testing-library/react";
import { readReport } from "../../src/workbook/layout";
import type { MemoryWorkbook } from "../../src/workbook/memory";
import { checkReport, summarize } from "../../src/rules";
import { STRINGS } from "../../src/taskpane/strings";

/** jsdom lacks these; Fluent UI's positioning and motion ask for them. */
export function stubBrowserApis(): void {
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  window.matchMedia =
    window.matchMedia ||
    ((query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }) as unknown as MediaQueryList);
}

/**
 * Every input 0 except 表三 一、本年新收 and 予以公开 and （七）总计: 3 自然人 + 2 商业企业 = 5. 报告信息 filled, 五
 * written, fees 0: every check passes.
 */
export async function fillConsistent(wb: MemoryWorkbook): Promise<void> {
  const read = await readReport(wb);
  for (const r of Object.values(read.cells)) wb.setCell(r.sheet, r.row, r.col, 0);
  for (const row of ["new", "granted", "total"]) {
    const at = (col: string, v: number) => {
      const r = read.cells[`table3.${row}[${col}]`];
      wb.setCell(r.sheet, r.row, r.col, v);
    };
    at("natural_person", 3);
    at("commercial", 2);
    at("total", 5);
  }
  // 报告信息 the info rules need (I1 机关名称, I2 报告年度, I3 联系方式).
  for (const [k, v] of [["agency", "某县市场监督管理局"], ["year", 2026], ["contact.phone", "0591-12345678"]] as const) {
    const r = read.infoCells[k]!;
    wb.setCell(r.sheet, r.row, r.col, v);
  }
  const p = read.infoCells["text.problems"]!;
  wb.setCell(p.sheet, p.row, p.col, "（一）存在问题：政策解读形式较单一，依申请公开答复说理不够充分。（二）改进情况：上年度报告所列栏目更新不及时的问题已整改到位，今后将增加图解解读并加强答复审核。");
  for (const k of ["processingFees.noticesIssued", "processingFees.collectedYuan"] as const) {
    const r = read.infoCells[k]!;
    wb.setCell(r.sheet, r.row, r.col, 0);
  }
}

/** What the pane must show for the workbook as it is now: 全部通过, or the counts of every rule's findings. */
export async function expectedSummary(wb: MemoryWorkbook): Promise<RegExp | string> {
  const read = await readReport(wb);
  const c = summarize(checkReport(read));
  const errors = c.errors;
  return errors + c.warnings + c.explained === 0 ? /^全部通过/ : STRINGS.countsLabel(errors, c.warnings, c.explained);
}

/** Wait until the pane shows the findings of the workbook as it is now (5 s at most). */
export async function findingsMatchSheet(wb: MemoryWorkbook): Promise<void> {
  const want = await expectedSummary(wb);
  if (typeof want === "string") await screen.findByLabelText(want);
  else await screen.findByText(want);
}
