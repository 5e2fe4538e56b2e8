/**
 * Writing into 报告信息 where its rows are now (从文档导入本年数据's confirm): a field's value cell and the rows of an
 * added sub-item of 总体情况, read back as written; a row that is not there is a Chinese error naming it.
 */
import { getFormat } from "../../src/format";
import { emptyReport } from "../../src/report";
import { insertReport, planWriteInfo, readReport } from "../../src/workbook/layout";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { WorkbookError } from "../../src/workbook/port";

test("fields and an added sub-item are written where their rows are, and read back as written", async () => {
  const wb = new MemoryWorkbook();
  const data = { ...emptyReport(getFormat("2021")), year: 2024 };
  await insertReport(wb, data);
  const read = await readReport(wb);
  // An inserted 报告信息 has three spare pairs of 补充小节 rows, each with both cells.
  expect(read.infoExtras).toHaveLength(3);
  expect(read.infoExtras.every((s) => s.title !== null && s.body !== null && s.text.title === "" && s.text.body === "")).toBe(true);
  await wb.apply(
    planWriteInfo(read, [
      { target: { field: "agency" }, value: "淮安市人民政府" },
      { target: { field: "year" }, value: 2023 },
      { target: { field: "text.problems" }, value: "第一段。\n第二段。" },
      { target: { extra: 1, part: "title" }, value: "（六）重点工作" },
      { target: { extra: 1, part: "body" }, value: "全面完成。" },
    ]),
  );
  const back = await readReport(wb);
  expect(back.data.agency).toBe("淮安市人民政府");
  expect(back.data.year).toBe(2023);
  expect(back.data.text.problems).toBe("第一段。\n第二段。");
  expect(back.data.text.overviewExtra).toEqual([{ title: "（六）重点工作", body: "全面完成。" }]);
  expect(back.infoExtras[1].text).toEqual({ title: "（六）重点工作", body: "全面完成。" });
  expect(back.problems).toEqual([]);
});

test("a row that is not in 报告信息 is refused, naming it", async () => {
  const wb = new MemoryWorkbook();
  await insertReport(wb, emptyReport(getFormat("2021")));
  const read = await readReport(wb);
  delete read.infoCells["contact.phone"];
  expect(() => planWriteInfo(read, [{ target: { field: "contact.phone" }, value: "0517-1" }])).toThrow(new WorkbookError("无法写入“电话”：“报告信息”中找不到这一行，请先恢复它的标签"));
  expect(() => planWriteInfo(read, [{ target: { extra: 5, part: "body" }, value: "x" }])).toThrow(/无法写入“补充小节正文（第 6 个）”/);
});
