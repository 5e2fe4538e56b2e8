/**
 * The .xlsx port on files written and reopened with exceljs: what cells read as, names, and that every kind of write
 * survives a save.
 */
import JSZip from "jszip";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  INPUT_FILL,
  NB_TABLE2,
  NB_TABLE3,
  SHEET_INFO,
  SHEET_META,
  SHEET_TABLES,
  insertReport,
  readReport,
} from "../../src/workbook/layout";
import { WorkbookError, type RangeRef } from "../../src/workbook/port";
import { checkReport } from "../../src/rules";
import { XlsxReadError, XlsxWorkbook } from "../../src/workbook/xlsx";

const S = "表";
const block = (row: number, col: number, rows: number, cols: number, sheet = S): RangeRef => ({ sheet, row, col, rows, cols });

async function reopen(wb: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await wb.toBuffer());
}

test("cells read as Excel shows them: formula result, error text, rich text, date, hyperlink text, merged cells", async () => {
  const wb = XlsxWorkbook.create();
  await wb.apply([{ op: "addSheet", sheet: S }]);
  const ws = wb.worksheet(S);
  ws.getCell("A1").value = { formula: "B1+1", result: 5 };
  ws.getCell("B1").value = { error: "#REF!" } as never;
  ws.getCell("C1").value = { richText: [{ text: "12" }, { text: "件", font: { bold: true } }] };
  ws.getCell("D1").value = new Date(Date.UTC(2022, 1, 8));
  ws.getCell("E1").value = { text: "门户网站", hyperlink: "https://www.pingtan.gov.cn" };
  ws.getCell("F1").value = { formula: "1/0", result: { error: "#DIV/0!" } } as never;
  ws.getCell("A2").value = "合并";
  ws.mergeCells("A2:B3");
  const back = await reopen(wb);
  expect(await back.readRanges([block(0, 0, 3, 6)])).toEqual([
    [
      [5, "#REF!", "12件", "2022-02-08", "门户网站", "#DIV/0!"],
      ["合并", null, null, null, null, null],
      [null, null, null, null, null, null],
    ],
  ]);
  expect(await back.readRanges([block(0, 0, 1, 1, "无此表")])).toEqual([null]);
});

test("a #REF! in an input cell of a report file reads as the string \"#REF!\"", async () => {
  const wb = XlsxWorkbook.create();
  await insertReport(wb);
  const t3 = wb.resolveName(NB_TABLE3)!;
  // 一、本年新收·总计: table row 3, column 9
  wb.worksheet(SHEET_TABLES).getCell(t3.row + 3 + 1, t3.col + 9 + 1).value = { error: "#REF!" } as never;
  wb.worksheet(SHEET_TABLES).getCell(t3.row + 4 + 1, t3.col + 9 + 1).value = { formula: "SUM(D25:I25)", result: 7 };
  const result = await readReport(await reopen(wb));
  expect(result.problems).toEqual([]);
  expect(result.data.values["table3.new[total]"]).toBe("#REF!");
  expect(result.data.values["table3.carried_over[total]"]).toBe(7);
});

test("a formula without a cached result reads as its formula text (shared formulas translated); a cached 0 reads as 0", async () => {
  const wb = XlsxWorkbook.create();
  await wb.apply([{ op: "addSheet", sheet: S }]);
  const ws = wb.worksheet(S);
  // As a program that does not calculate saves them: <f> without <v>; A2 shares A1's formula.
  ws.getCell("A1").value = { formula: "SUM(B1:C1)", shareType: "shared", ref: "A1:A2" } as never;
  ws.getCell("A2").value = { sharedFormula: "A1" } as never;
  ws.getCell("A3").value = { formula: "SUM(B3:C3)", result: 4 };
  ws.getCell("A4").value = { formula: "SUM(B4:C4)", result: 0 };
  const buffer = await wb.toBuffer();
  const sheetXml = await (await JSZip.loadAsync(buffer)).file("xl/worksheets/sheet1.xml")!.async("string");
  expect(sheetXml).toContain('<c r="A1"><f t="shared" ref="A1:A2" si="0">SUM(B1:C1)</f></c>');
  // A cached 0 is a result, not a missing one (exceljs's cell.value drops it).
  expect(sheetXml).toContain("<f>SUM(B4:C4)</f><v>0</v>");
  const back = await XlsxWorkbook.fromBuffer(buffer);
  expect(await back.readRanges([block(0, 0, 4, 1)])).toEqual([[["=SUM(B1:C1)"], ["=SUM(B2:C2)"], [4], [0]]]);
});

test("an uncalculated formula in an input cell is checked as a formula (H5 names the cell), not as a blank (H6)", async () => {
  const wb = XlsxWorkbook.create();
  await insertReport(wb);
  const t3 = wb.resolveName(NB_TABLE3)!;
  // 一、本年新收·总计: table row 3, column 9 (column J of the sheet, row 5 of the block's sheet rows)
  const cell = wb.worksheet(SHEET_TABLES).getCell(t3.row + 3 + 1, t3.col + 9 + 1);
  cell.value = { formula: "SUM(D5:I5)" } as never;
  const { data } = await readReport(await reopen(wb));
  expect(data.values["table3.new[total]"]).toBe("=SUM(D5:I5)");
  const onCell = checkReport(data).filter((f) => f.cells.includes("table3.new[total]") && (f.rule === "H5" || f.rule === "H6"));
  expect(onCell.map((f) => f.rule)).toEqual(["H5"]);
  expect(onCell[0].message).toMatch(/^表三 一、本年新收·总计是公式“=SUM\(D5:I5\)”，但文件中没有它的计算结果/);
});

test("names resolve to their block; #REF! names and names on missing sheets read as null", async () => {
  const wb = XlsxWorkbook.create();
  await wb.apply([
    { op: "addSheet", sheet: S },
    { op: "values", range: block(2, 1, 1, 2), values: [[1, "a"]] },
    { op: "name", name: "GOOD", range: block(2, 1, 1, 2) },
    { op: "name", name: "BROKEN", range: block(0, 0, 2, 2) },
    { op: "name", name: "GONE", range: block(0, 0, 1, 1) },
  ]);
  // Make BROKEN point to #REF! and GONE to a sheet that does not exist, as Excel writes them after deletions.
  const zip = await JSZip.loadAsync(await wb.toBuffer());
  const path = "xl/workbook.xml";
  const xml = (await zip.file(path)!.async("string"))
    .replace(/(<definedName name="BROKEN"[^>]*>)[^<]*/, (_, open: string) => `${open}'表'!#REF!`)
    .replace(/(<definedName name="GONE"[^>]*>)[^<]*/, (_, open: string) => `${open}'已删除'!$A$1`);
  expect(xml).toContain("#REF!");
  expect(xml).toContain("已删除");
  zip.file(path, xml);
  const back = await XlsxWorkbook.fromBuffer(await zip.generateAsync({ type: "nodebuffer" }));
  expect(await back.readNamed(["GOOD", "good", "BROKEN", "GONE", "NONE"])).toEqual({
    GOOD: { range: block(2, 1, 1, 2), values: [[1, "a"]] },
    good: { range: block(2, 1, 1, 2), values: [[1, "a"]] },
    BROKEN: null,
    GONE: null,
    NONE: null,
  });
  expect(back.stats.syncs).toBe(1);
});

test("every kind of write survives a save: merges, styles, widths, validation, conditional formats, protection, visibility", async () => {
  const wb = XlsxWorkbook.create();
  await insertReport(wb);
  const back = await reopen(wb);
  const ws = back.worksheet(SHEET_TABLES);
  const t2 = back.resolveName(NB_TABLE2)!;
  const cell = (r: number, c: number) => ws.getCell(t2.row + r + 1, t2.col + c + 1);
  // caption merged across the table, bold, bordered, locked
  expect(cell(0, 3).isMerged).toBe(true);
  expect(cell(0, 3).master.address).toBe(cell(0, 0).address);
  expect(cell(0, 0).font?.bold).toBe(true);
  expect(cell(0, 0).border?.top?.style).toBe("thin");
  // 规章·本年制发件数: input fill, unlocked, format 0, whole-number validation with a Chinese prompt
  const input = cell(2, 1);
  expect(input.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: `FF${INPUT_FILL.slice(1)}` } });
  expect(input.protection?.locked).toBe(false);
  expect(input.numFmt).toBe("0");
  expect(input.dataValidation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", showErrorMessage: true, promptTitle: "填写件数" });
  expect(input.dataValidation.prompt).toContain("整数");
  // the fee: decimal validation, format keeping decimals
  const fee = cell(13, 1);
  expect(fee.dataValidation).toMatchObject({ type: "decimal" });
  expect(fee.numFmt).toBe("0.00####");
  // widths, protection, conditional formats with expressions
  expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(30);
  expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
  const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[] }).conditionalFormattings;
  expect(cfs.length).toBeGreaterThan(40);
  expect(cfs.every((cf) => cf.rules[0].type === "expression")).toBe(true);
  // sheets and visibility
  expect(await back.listSheets()).toEqual([SHEET_TABLES, SHEET_INFO, SHEET_META]);
  expect(back.worksheet(SHEET_META).state).toBe("veryHidden");
  expect(back.worksheet(SHEET_INFO).state).toBe("visible");
});

test("open and fromBuffer give a Chinese error for a missing or broken file; the library's message is kept apart", async () => {
  const dir = mkdtempSync(join(tmpdir(), "nb-xlsx-"));
  try {
    const missing = join(dir, "无.xlsx");
    await expect(XlsxWorkbook.open(missing)).rejects.toThrow(new WorkbookError(`文件“${missing}”不存在`));
    await expect(XlsxWorkbook.open(dir)).rejects.toThrow(`文件“${dir}”是文件夹`);
    const reason = async (bytes: Uint8Array) => {
      try {
        await XlsxWorkbook.fromBuffer(bytes);
      } catch (e) {
        if (e instanceof XlsxReadError) return [e.message, e.detail];
        throw e;
      }
      return ["read"];
    };
    expect(await reason(Buffer.from("not a zip"))).toEqual(["文件不是 .xlsx 工作簿（文件内容不是 zip 压缩包）", ""]);
    expect(await reason(Buffer.alloc(0))).toEqual(["文件为空（0 字节）", ""]);
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await reason(ole))[0]).toMatch(/^文件设置了打开密码，或是旧版 Excel 97-2003（\.xls）文件/);

    const wb = XlsxWorkbook.create();
    await wb.apply([{ op: "addSheet", sheet: S }, { op: "merge", range: block(0, 0, 2, 2) }]);
    const good = await wb.toBuffer();
    // Cut short, as by an interrupted download or a full disk.
    expect(await reason(good.subarray(0, good.length >> 1))).toEqual([
      "文件已损坏或不完整（不是完整的 .xlsx 压缩包）",
      "Corrupted zip: can't find end of central directory",
    ]);
    // Two merged blocks overlapping (A1:B2 and B2:C3), which exceljs refuses.
    const zip = await JSZip.loadAsync(good);
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const merges = '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>';
    expect(xml).toContain(merges);
    zip.file("xl/worksheets/sheet1.xml", xml.replace(merges, '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>'));
    expect(await reason(await zip.generateAsync({ type: "nodebuffer" }))).toEqual([
      "文件中有相互重叠的合并单元格，无法读取；请用 Excel 打开（按提示修复）并另存后再试",
      "Cannot merge already merged cells",
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("writes to a missing sheet are refused", async () => {
  const wb = XlsxWorkbook.create();
  await expect(wb.apply([{ op: "values", range: block(0, 0, 1, 1, "无"), values: [[1]] }])).rejects.toThrow("找不到工作表“无”");
});
