/**
 * Last year's report as kept in the workbook: the versioned text written and read back to the same report (a real
 * 2021 and a real 2019 report with its note), and every damaged or foreign form refused with a Chinese message.
 */
import { readFileSync } from "fs";
import { previousFromJson, type PreviousReport } from "../../src/import/previous";
import { decodeStoredPrevious, encodeStoredPrevious, readStoredPrevious } from "../../src/import/previous-store";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { fixturePath } from "../support/shared";

const report = (name: string, notes: string[] = []): PreviousReport => ({ ...previousFromJson(JSON.parse(readFileSync(fixturePath(name), "utf8")), name), notes });

test("平潭 2021 (2021 format) and 平潭 2020 (2019 format, with a note) come back as they were stored", () => {
  for (const r of [report("pingtan-2021"), report("pingtan-2020", ["表二不可比"])]) {
    const back = decodeStoredPrevious(encodeStoredPrevious({ report: r, source: "上年.pdf", importedAt: "2025-01-06 10:00" }));
    expect(back).toEqual({ ok: true, stored: { report: r, source: "上年.pdf", importedAt: "2025-01-06 10:00" } });
  }
  // The user's confirmation that another 机关名称 is this unit's is kept with it.
  const confirmed = { report: report("pingtan-2021"), source: "a.pdf", importedAt: "2025-01-06 10:00", sameUnit: true };
  expect(decodeStoredPrevious(encodeStoredPrevious(confirmed))).toEqual({ ok: true, stored: confirmed });
  const t3 = report("pingtan-2021").data.values;
  // 结转下年度 of 平潭 2021 as the data file gives it.
  expect([t3["table3.carried_forward[natural_person]"], t3["table3.carried_forward[total]"]]).toEqual([1, 1]);
});

describe("a damaged, hand-edited or foreign store is a message saying what to do", () => {
  const good = JSON.parse(encodeStoredPrevious({ report: report("pingtan-2021"), source: "a.pdf", importedAt: "2025-01-06 10:00" })) as Record<string, unknown>;
  const tail = "，跨年度检查未做；请在任务窗格中删除它后重新导入上年报告";
  test.each([
    ["not JSON", '{"nianbao_previous_report":1,', `工作簿中保存的上年报告已损坏（内容不是完整的 JSON）${tail}`],
    ["an array", "[]", `工作簿中保存的上年报告已损坏（内容不是一个对象）${tail}`],
    ["no mark", JSON.stringify({ ...good, nianbao_previous_report: undefined }), `工作簿中保存的上年报告已损坏（没有版本标记 nianbao_previous_report）${tail}`],
    ["source a number", JSON.stringify({ ...good, source: 3 }), `工作簿中保存的上年报告已损坏（来源文件名（source）不是文字）${tail}`],
    ["notes not texts", JSON.stringify({ ...good, notes: [1] }), `工作簿中保存的上年报告已损坏（说明（notes）不是文字列表）${tail}`],
    [
      "a 表三 row of 6 values",
      JSON.stringify({ ...good, report: { ...(good.report as Record<string, unknown>), table3: { ...((good.report as Record<string, Record<string, unknown>>).table3), new: [1, 2, 3, 4, 5, 6] } } }),
      /^工作簿中保存的上年报告已损坏（报告数据有误：表三 一、本年新收.*），跨年度检查未做；请在任务窗格中删除它后重新导入上年报告$/,
    ],
    ["same_unit not a boolean", JSON.stringify({ ...good, same_unit: "是" }), `工作簿中保存的上年报告已损坏（同一单位的确认（same_unit）不是 true 或 false）${tail}`],
    ["a newer version", JSON.stringify({ ...good, nianbao_previous_report: 2 }), "工作簿中保存的上年报告由更新版本的年报助手保存（保存格式版本 2，本版本只认识到 1），跨年度检查未做；请升级年报助手"],
  ])("%s", (_what, text, message) => {
    const r = decodeStoredPrevious(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message instanceof RegExp ? message : new RegExp(`^${message.replace(/[()（）.*+?[\]]/g, "\\$&")}$`));
  });

  test("through a port: nothing kept, kept, and pieces edited by hand", async () => {
    const port = new MemoryWorkbook();
    expect(await readStoredPrevious(port, "previous")).toEqual({ ok: true, stored: null });
    await port.apply([{ op: "store", key: "previous", text: JSON.stringify(good) }]);
    expect(await readStoredPrevious(port, "previous")).toMatchObject({ ok: true, stored: { source: "a.pdf" } });
    await port.apply([{ op: "values", range: { sheet: "_年报助手_上年报告", row: 0, col: 0, rows: 1, cols: 1 }, values: [["x"]] }]);
    expect(await readStoredPrevious(port, "previous")).toEqual({
      ok: false,
      error: "工作簿中保存的上年报告已损坏（隐藏工作表“_年报助手_上年报告”第 1 行的分段标记不对（共 1 行）），跨年度检查未做；请在任务窗格中删除它后重新导入上年报告",
    });
  });
});
