/**
 * 审核汇总's batch in the pane goes on past a defect of the program met on one file, as nianbao check does: that
 * file is a row 无法读取 with the CLI's reason and its stack kept in `internalError`. A unit whose table could not be read
 * gives no sum (its cells would be added as blank), as `nianbao aggregate` refuses it.
 */
import { readFileSync } from "fs";
import { fixturePath } from "../support/shared";
import { checkDesk, type DeskFile } from "../../src/taskpane/review-batch";
import { reportFromJson } from "../../src/report";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { insertReport, NB_TABLE3 } from "../../src/workbook/layout";

test("a defect met on one file is that file's row 无法读取 saying so, with its stack, and the batch goes on", async () => {
  const bytes = readFileSync(fixturePath("pingtan-2024"));
  const good: DeskFile = { name: "p.json", arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
  const broken: DeskFile = { name: "县审计局.xlsx", arrayBuffer: async () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1]).buffer };
  const result = await checkDesk([broken, good], {
    checkedAt: "2026-01-25 09:30",
    openXlsx: async () => {
      throw new TypeError("a defect");
    },
  });
  expect(result.summary.rows.map((r) => [r.status, r.error ?? ""])).toEqual([
    ["unreadable", "无法读取“县审计局.xlsx”：检查该文件时程序出现内部错误（不是文件的问题）；请把该文件报告给维护人员"],
    ["passed", ""],
  ]);
  expect(result.outcomes[0].internalError).toContain("TypeError: a defect");
});

test("a unit whose 表三 cannot be read (name deleted, its labels typed over) is not summed as blank: no sum, naming it and 表三", async () => {
  const data = reportFromJson(JSON.parse(readFileSync(fixturePath("pingtan-2024"), "utf8")));
  const wb = XlsxWorkbook.create();
  await insertReport(wb, data);
  const t3 = (await wb.readNamed([NB_TABLE3]))[NB_TABLE3]!.range;
  await wb.apply([{ op: "values", range: { ...t3, rows: 1, cols: 1 }, values: [["改过"]] }]);
  wb.workbook.definedNames.model = wb.workbook.definedNames.model.filter((n) => n.name !== NB_TABLE3);
  const xlsx = await wb.toBuffer();
  const other = Buffer.from(JSON.stringify({ ...JSON.parse(readFileSync(fixturePath("pingtan-2024"), "utf8")), agency: "平潭综合实验区某局" }));
  const file = (name: string, b: Buffer): DeskFile => ({ name, arrayBuffer: async () => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer });
  const result = await checkDesk([file("t3.xlsx", xlsx), file("k1.json", other)], { checkedAt: "2026-01-25 09:30" });
  expect(result.sum).toEqual({
    ok: false,
    reason: "无法汇总：平潭综合实验区管委会办公室（汇总平潭综合实验区）（t3.xlsx）的表三无法读取（表格结构有问题），不能当作未填写相加；请在 Excel 或 WPS 中用年报助手任务窗格的“修复表格”修好后再汇总",
  });
});
