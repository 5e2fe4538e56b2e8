#!/usr/bin/env node
/**
 * Browser test of 导入上年报告 in the built pane (dist/), in Chromium with the fake Excel, under the pane's
 * Content-Security-Policy. Last year's report is 淮安 2024's published PDF, read in the pane (the importer's chunk
 * and the PDF library's), for a 2025 workbook.
 *
 * By hand from huaian-2024.data.json: 新收 3119, 上年结转 34, （七）总计 3050, 结转下年度 103 (自然人 103, others 0,
 * 总计 103; 3119 + 34 = 3050 + 103), 表四 行政复议 351, 直接起诉 26, 复议后起诉 20, 现行有效 规章 11 / 规范性文件 66.
 * This year's 上年结转 is typed as 自然人 34, 商业企业 0, the rest blank: 填写上年结转 must list 6 cells — 自然人
 * 现为 34，将改为 103, four blanks → 0, 总计 blank → 103 — name the one filled cell it overwrites, leave 商业企业 (0 = 0)
 * alone, and write in one sync; S1 (自然人 34 ≠ 103) shows live after keeping the report and goes after filling.
 * Screenshots: test-output/browser/previous-1-read.png (the report read), previous-2-carry.png (the preview),
 * previous-3-kept.png (the pane with the report kept and 上年结转 filled), previous-4-other-year.png (a 2021 workbook
 * offered as the 2024 report: said, and kept only after confirming).
 */
"use strict";
const path = require("path");
const { createRunner } = require("./harness.cjs");
const { buildFake, openContext, serve } = require("./run.cjs");

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-output", "browser");
const PDF = path.join(ROOT, "..", "shared", "fixtures", "reports", "huaian-2024.pdf");

const { test, assert, run } = createRunner();

async function main() {
  require("fs").mkdirSync(OUT, { recursive: true });
  const fakeScript = await buildFake();
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const { context, close } = await openContext();
  const pageErrors = [];
  try {
    await context.addInitScript({ path: fakeScript });
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    await page.setViewportSize({ width: 420, height: 900 });
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && pageErrors.push(m.text()));
    await page.goto(`${base}/taskpane.html`);
    const results = page.getByRole("region", { name: "校验结果" });

    await test("a 2025 workbook with 上年结转 partly typed (自然人 34, 商业企业 0)", async () => {
      await page.getByLabel("报告年度").fill("2025");
      await page.getByRole("button", { name: "插入统计表" }).click();
      await page.getByText(/^已按 2021 年格式（国办公开办函〔2021〕30号）插入 2025 年度统计表。/).waitFor({ timeout: 20000 });
      await page.evaluate(() => window.__nbTest.typeCells({ "table3.carried_over[natural_person]": 34, "table3.carried_over[commercial]": 0 }));
      await page.getByRole("button", { name: "导入上年报告…" }).waitFor({ timeout: 10000 });
      assert((await results.getByText("上年结转与上年报告不符").count()) === 0, "no S1 before");
    });

    await test("导入上年报告 reads 淮安 2024's PDF in the pane: agency, year, format and the key figures", async () => {
      await page.getByTestId("import-previous-file").setInputFiles(PDF);
      const dialog = page.getByRole("dialog", { name: "导入上年报告：huaian-2024.pdf" });
      await dialog.waitFor({ timeout: 30000 });
      const text = (await dialog.innerText()).replace(/\s+/g, "");
      for (const [name, value] of [
        ["机关", "淮安市人民政府"],
        ["年度", "2024年度"],
        ["格式", "2021年格式（国办公开办函〔2021〕30号）"],
        ["表三一、本年新收", "3119"],
        ["表三二、上年结转", "34"],
        ["表三（七）总计", "3050"],
        ["表三四、结转下年度", "103"],
        ["表四行政复议", "351"],
        ["表四行政诉讼·未经复议直接起诉", "26"],
        ["表四行政诉讼·复议后起诉", "20"],
        ["表二规章·现行有效件数", "11"],
        ["表二行政规范性文件·现行有效件数", "66"],
      ])
        assert(text.includes(`${name}${value}`), `${name} ${value} in: ${text.slice(0, 400)}`);
      assert(!text.includes("请核对是否选对了文件"), "no mismatch for the year before and a blank agency");
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(OUT, "previous-1-read.png"), fullPage: true });
      await dialog.getByRole("button", { name: "保存到工作簿" }).click();
    });

    await test("kept in the workbook (a veryHidden sheet); S1 live; 填写上年结转 lists the 6 cells, the filled one named", async () => {
      const carry = page.getByRole("dialog", { name: "用上年报告填写本年上年结转" });
      await carry.waitFor({ timeout: 15000 });
      const items = await carry.getByRole("listitem").allInnerTexts();
      const expected = [
        "表三 二、上年结转·自然人：现为 34，将改为 103",
        "表三 二、上年结转·科研机构：空白，将填 0",
        "表三 二、上年结转·社会公益组织：空白，将填 0",
        "表三 二、上年结转·法律服务机构：空白，将填 0",
        "表三 二、上年结转·其他组织：空白，将填 0",
        "表三 二、上年结转·总计：空白，将填 103",
      ];
      assert(JSON.stringify(items) === JSON.stringify(expected), `items: ${items.join(" | ")}`);
      const body = await carry.innerText();
      assert(body.includes("注意：其中 1 个单元格已经填写，且与上年报告不同"), "overwrite said");
      assert(body.includes("另有 1 个单元格已与上年报告一致，不改动。"), "agreeing cell said");
      const sheets = await page.evaluate(() => window.__nbTest.sheets());
      assert(sheets.includes("_年报助手_上年报告"), `sheets: ${sheets}`);
      const visibility = await page.evaluate(() => window.__nbTest.state.grid.getVisibility("_年报助手_上年报告"));
      assert(visibility === "veryHidden", `visibility ${visibility}`);
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(OUT, "previous-2-carry.png"), fullPage: true });
      // S1 behind the dialog (the modal hides the rest of the pane from role queries): 自然人 34 ≠ 103.
      await page.getByText("表三 二、上年结转·自然人").first().waitFor({ state: "attached", timeout: 15000 });
      await page.getByText("上年结转与上年报告不符").first().waitFor({ state: "attached", timeout: 15000 });
      const syncs = await page.evaluate(() => window.__nbTest.syncs());
      await carry.getByRole("button", { name: "确认填写 6 个单元格" }).click();
      await page.getByText("已填写上年结转 6 个单元格。").waitFor({ timeout: 15000 });
      await page.waitForFunction(() => document.querySelector("main")?.getAttribute("aria-busy") === "false");
      // One write sync (the six cells) and one read sync (the check after it).
      const used = (await page.evaluate(() => window.__nbTest.syncs())) - syncs;
      assert(used === 2, `syncs: ${used}`);
      const values = await page.evaluate(async () => {
        const cols = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"];
        return Promise.all(cols.map((c) => window.__nbTest.cellValue(`table3.carried_over[${c}]`)));
      });
      assert(JSON.stringify(values) === "[103,0,0,0,0,0,103]", `上年结转 ${values}`);
      await page.waitForFunction(() => !document.querySelector('[aria-label="校验结果"]')?.textContent?.includes("上年结转与上年报告不符"), null, { timeout: 15000 });
    });

    await test("the pane says which report is kept (agency, year, file, date) with 填写上年结转…, 替换… and 删除", async () => {
      const section = page.getByRole("region", { name: "上年报告" });
      const shown = await section.innerText();
      assert(/淮安市人民政府，2024 年度（来自“huaian-2024\.pdf”，\d{4}-\d{2}-\d{2} \d{2}:\d{2} 导入）/.test(shown), `section: ${shown}`);
      for (const name of ["填写上年结转…", "替换…", "删除"]) await section.getByRole("button", { name }).waitFor({ timeout: 5000 });
      await page.screenshot({ path: path.join(OUT, "previous-3-kept.png"), fullPage: true });
    });

    await test("删除 asks first; confirmed, the sheet is gone and the section with it", async () => {
      await page.getByRole("region", { name: "上年报告" }).getByRole("button", { name: "删除" }).click();
      const ask = page.getByRole("alertdialog", { name: "删除保存的上年报告？" });
      await ask.waitFor({ timeout: 5000 });
      assert((await page.evaluate(() => window.__nbTest.sheets())).includes("_年报助手_上年报告"), "still kept while asking");
      await ask.getByRole("button", { name: "删除" }).click();
      await page.getByText("已删除工作簿中保存的上年报告。").waitFor({ timeout: 15000 });
      assert(!(await page.evaluate(() => window.__nbTest.sheets())).includes("_年报助手_上年报告"), "sheet removed");
      await page.getByRole("region", { name: "上年报告" }).waitFor({ state: "detached", timeout: 5000 });
    });

    await test("a workbook of another year (examples/seed-2021.xlsx, read with exceljs in the pane) is named as such; 保存 waits for the confirmation", async () => {
      await page.getByTestId("import-previous-file").setInputFiles(path.join(ROOT, "examples", "seed-2021.xlsx"));
      const dialog = page.getByRole("dialog", { name: "导入上年报告：seed-2021.xlsx" });
      await dialog.waitFor({ timeout: 30000 });
      const text = await dialog.innerText();
      assert(text.includes("这份报告是 2021 年度的，本工作簿是 2025 年度，不是上一年度（2024 年度）的报告；仍要保存时，跨年度检查不会运行"), `text: ${text.slice(0, 300)}`);
      const keep = dialog.getByRole("button", { name: "保存到工作簿" });
      assert(await keep.isDisabled(), "保存 disabled before confirming");
      await dialog.getByRole("checkbox", { name: "我已核对，仍使用这份报告" }).check();
      assert(await keep.isEnabled(), "保存 enabled after confirming");
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(OUT, "previous-4-other-year.png"), fullPage: true });
      await dialog.getByRole("button", { name: "取消" }).click();
      await dialog.waitFor({ state: "detached", timeout: 5000 });
      assert(!(await page.evaluate(() => window.__nbTest.sheets())).includes("_年报助手_上年报告"), "nothing kept on 取消");
    });

    await test("no script errors and no Content-Security-Policy violation", async () => {
      assert(pageErrors.length === 0, pageErrors.join("\n"));
      const violations = await page.evaluate(() => window.__cspViolations);
      assert(violations.length === 0, violations.join("\n"));
    });
  } finally {
    await close();
    server.close();
  }
}

run(main);
