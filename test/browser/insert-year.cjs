/**
 * Browser test of 插入统计表 for a report year in the built pane (Chromium + the fake Excel), run from
 * test/browser/run.cjs with its harness:
 *
 * 1. The pane proposes last year's report and says which format it will insert (2021 format, 国办公开办函〔2021〕30号).
 * 2. 报告年度 2020: it says 将按 2019 年格式（国办公开办函〔2019〕60号）插入 2020 年度统计表, inserts the 2019 table set
 *    — 表三 3 header rows + 23 rows with the single （六）其他处理 followed by （七）总计, 表二 the five 2019 blocks with
 *    本年新制作数量 … 采购总金额 — with 报告年度 2020 and the format recorded as 2019 (no read problem, no S7), checks
 *    at once (198 blank + no 机关名称 → 强制 199) and says what it inserted.
 * Screenshots: test-output/browser/insert-2019-before.png, insert-2019-after.png, and insert-2019-sheet.png (the fake
 * workbook's 统计表 drawn as a plain table, to look at the 2019 tables themselves).
 */
"use strict";
const path = require("path");

/** The 2019 表二's header labels (report-format.md §4), each of which must be printed. */
const TABLE2_2019_HEADERS = ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "处理决定数量", "采购项目数量", "采购总金额"];
const TABLE2_2019_ROWS = ["规章", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购"];

/**
 * @param h the harness of run.cjs: { base, fakeScript, openContext, test, assert, OUT }
 */
module.exports = async function insertYearTests({ base, fakeScript, openContext, test, assert, OUT }) {
  const { context, close } = await openContext();
  const pageErrors = [];
  try {
    await context.addInitScript({ path: fakeScript });
    const page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    await page.goto(`${base}/taskpane.html`);

    await test("报告年度 proposes last year's report and says the format it inserts; 2020 switches to the 2019 format", async () => {
      await page.getByRole("button", { name: "插入统计表" }).waitFor({ timeout: 15000 });
      const year = page.getByLabel("报告年度");
      const last = await page.evaluate(() => new Date().getFullYear() - 1);
      assert((await year.inputValue()) === String(last), `proposed ${await year.inputValue()}, expected ${last}`);
      await page.getByText(`将按 2021 年格式（国办公开办函〔2021〕30号）插入 ${last} 年度统计表。`).waitFor({ timeout: 5000 });
      await year.fill("2020");
      await page.getByText("将按 2019 年格式（国办公开办函〔2019〕60号）插入 2020 年度统计表。").waitFor({ timeout: 5000 });
      await page.screenshot({ path: path.join(OUT, "insert-2019-before.png"), fullPage: true });
    });

    await test("插入统计表 for 2020 inserts the 2019 table set: 表三 23 rows with the single （六）, 表二 the 2019 columns", async () => {
      await page.getByRole("button", { name: "插入统计表" }).click();
      await page.getByText(/^已按 2019 年格式（国办公开办函〔2019〕60号）插入 2020 年度统计表。请在“统计表”工作表中填写/).waitFor({ timeout: 15000 });
      const t3 = await page.evaluate(() => window.__nbTest.name("NB_TABLE3"));
      assert(t3 && t3.rows === 3 + 23 && t3.cols === 10, `NB_TABLE3: ${JSON.stringify(t3)}`);
      const v3 = await page.evaluate(() => window.__nbTest.namedValues("NB_TABLE3"));
      const six = v3.flatMap((row, i) => row.filter((v) => typeof v === "string" && v.startsWith("（六）")).map((v) => `${i}:${v}`));
      // 一、二、 then （一）1 +（二）1 +（三）8 +（四）3 +（五）5 rows: （六） is row 3 + 2 + 18; （七）总计 right below it.
      assert(JSON.stringify(six) === JSON.stringify([`${3 + 2 + 18}:（六）其他处理`]), `（六）: ${six}`);
      assert(v3[3 + 2 + 19].includes("（七）总计"), `row after （六）: ${v3[3 + 2 + 19]}`);
      assert(!v3.flat().some((v) => typeof v === "string" && v.startsWith("1.申请人无正当理由")), "no 2021 （六）1.");
      const v2 = await page.evaluate(() => window.__nbTest.namedValues("NB_TABLE2"));
      const t2text = v2.flat().filter((v) => typeof v === "string");
      for (const label of [...TABLE2_2019_HEADERS, ...TABLE2_2019_ROWS]) assert(t2text.includes(label), `表二 lacks ${label}`);
      assert(!t2text.includes("行政规范性文件") && !t2text.includes("现行有效件数"), "no 2021 表二 label");
      const keys = await page.evaluate(() => window.__nbTest.inputKeys());
      const count = (prefix) => keys.filter((k) => k.startsWith(prefix)).length;
      assert(keys.length === 198 && count("table2.") === 22 && count("table3.") === 161 && count("table4.") === 15, `input cells: ${keys.length}`);
      // The 报告年度 inserted and the format recorded agree; the tables are read in that format with no problem.
      const back = await page.evaluate(() => window.__nbTest.readBack());
      assert(JSON.stringify(back) === JSON.stringify({ year: 2020, recordedFormat: "2019", format: "2019", problems: [] }), `read back: ${JSON.stringify(back)}`);
      // Checked at once: 198 blank cells and no 机关名称 (强制); no contact, 五 empty (提示); no fee statement before 2021; no S7.
      const list = page.getByRole("region", { name: "校验结果" });
      await list.getByLabel("强制 199 项，提示 2 项，已说明 0 项").waitFor({ timeout: 15000 });
      assert((await list.getByText(/格式/).count()) === 0, "a finding about the format");
      await page.getByText("当前表格：2019 年格式（国办公开办函〔2019〕60号），2020 年度").waitFor({ timeout: 5000 });
      await page.screenshot({ path: path.join(OUT, "insert-2019-after.png"), fullPage: true });
    });

    await test("the inserted 统计表, drawn as a table: 表二 in the 2019 blocks, 表三 with one （六）其他处理 row", async () => {
      const t4 = await page.evaluate(() => window.__nbTest.name("NB_TABLE4"));
      const grid = await page.evaluate((rows) => window.__nbTest.values("统计表", `A1:P${rows}`), t4.row + t4.rows);
      const sheet = await context.newPage();
      const cell = (v) => String(v ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;");
      await sheet.setContent(
        `<html><body style="font:12px sans-serif"><table border="1" style="border-collapse:collapse">${grid
          .map((row, i) => `<tr><th>${i + 1}</th>${row.map((v) => `<td>${cell(v)}</td>`).join("")}</tr>`)
          .join("")}</table></body></html>`,
      );
      await sheet.setViewportSize({ width: 1400, height: 900 });
      await sheet.screenshot({ path: path.join(OUT, "insert-2019-sheet.png"), fullPage: true });
      await sheet.close();
      assert(pageErrors.length === 0, `page errors: ${pageErrors.join("; ")}`);
    });
  } finally {
    await close();
  }
};
