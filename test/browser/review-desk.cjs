#!/usr/bin/env node
/**
 * Browser test of 审核汇总 in the built pane (dist/), in Chromium with the fake Excel of run.cjs:
 *
 * 1. 审核汇总… opens the view; eight files are chosen at once — the county's workbooks and data files
 *    (test/support/region.ts: a good workbook, one with an H1 error, a data file, a truncated workbook, a workbook that
 *    is not a report, two units whose 五 is copied) and 淮安 2024's published PDF — with the roster. The progress says
 *    "正在读取 n/8：file" for every file; the table shows each row (the PDF read in the pane: 淮安市人民政府 2024,
 *    0 强制 6 提示), the unreadable files with their reason, the copied pair, the unit that sent nothing; it sorts by
 *    keyboard. axe-core finds nothing serious.
 * 2. 写入工作表…: the preview (its opening animation finished before the screenshot) names 审核汇总 and says why the
 *    sum is not written (2 files cannot be read: the words of `nianbao aggregate`); cancelled, nothing is written.
 * 3. The same without the PDF: still 2 files that cannot be read, so 写入 adds 审核汇总 only; then the 5 readable 2021
 *    reports: the preview lists 审核汇总 (2) and 汇总统计表 with their rows and `nianbao aggregate`'s warning on
 *    县民政局's 2 强制 findings; on 写入 both sheets are added, the warning on 汇总统计表, the summed 表三 一、本年新收
 *    (64 × 5 = 320 自然人, 70 × 4 + 71 = 351 总计) and nothing else touched.
 * Screenshots (looked at): test-output/browser/review-1-table.png, review-2-preview.png, review-3-written.png,
 * review-4-summary-sheet.png, review-5-sum-sheet.png. Prints "N passed, N failed"; exits non-zero on any failure.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const { createRunner } = require("./harness.cjs");
const { buildFake, openContext, serve } = require("./run.cjs");

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-output", "browser");
const HUAIAN = path.join(ROOT, "..", "shared", "fixtures", "reports", "huaian-2024.pdf");
const { test, assert, finish } = createRunner();

/** The county's folder, written by test/support/region.ts in Node. */
function makeRegion(dir) {
  const script = `require("./test/support/region").makeRegion(${JSON.stringify(dir)}).then((r) => process.stdout.write(JSON.stringify(r)))`;
  return JSON.parse(execFileSync(process.execPath, [require.resolve("tsx/cli"), "-e", script], { cwd: ROOT, encoding: "utf8" }));
}

/** A sheet of the fake workbook drawn as a plain table, to look at. */
async function drawSheet(context, grid, file) {
  const page = await context.newPage();
  const cell = (v) => String(v ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;");
  await page.setContent(
    `<html><body style="font:12px sans-serif"><table border="1" style="border-collapse:collapse">${grid
      .map((row, i) => `<tr><th>${i + 1}</th>${row.map((v) => `<td>${cell(v)}</td>`).join("")}</tr>`)
      .join("")}</table></body></html>`,
  );
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.screenshot({ path: path.join(OUT, file), fullPage: true });
  await page.close();
}

/** Wait until the page's finite animations (a dialog opening) have finished. */
async function settled(page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nb-review-desk-"));
  const region = makeRegion(dir);
  const fakeScript = await buildFake();
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const { context, close } = await openContext({ viewport: { width: 360, height: 900 } });
  const pageErrors = [];
  try {
    await context.addInitScript({ path: fakeScript });
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
      // Every progress line the pane shows, however briefly.
      window.__progress = [];
      new MutationObserver(() => {
        const t = document.body && document.body.innerText.match(/正在读取 \d+\/\d+：[^\n]*/);
        if (t && window.__progress[window.__progress.length - 1] !== t[0]) window.__progress.push(t[0]);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && console.log(`     console: ${m.text()}`));
    await page.goto(`${base}/taskpane.html`);
    const files = [region.good, region.h1, region.dataFile, region.truncated, region.notReport, region.copyA, region.copyB];

    await test("eight files and the roster: progress per file, every row (the PDF read in the pane), reasons, copied pair, roster; keyboard sort; axe", async () => {
      await page.getByRole("button", { name: "审核汇总…" }).click({ timeout: 15000 });
      await page.getByRole("heading", { name: "审核汇总" }).waitFor();
      await page.getByTestId("review-files").setInputFiles([...files, HUAIAN]);
      await page.getByTestId("review-roster").setInputFiles(region.roster);
      await page.getByText("已选择 8 个文件").waitFor();
      await page.getByRole("button", { name: "开始检查" }).click();
      const table = page.getByRole("table", { name: "各报告检查结果" });
      await table.waitFor({ timeout: 60000 }).catch(async (e) => {
        await page.screenshot({ path: path.join(OUT, "review-0-failed.png"), fullPage: true });
        throw new Error(`${e.message}\n${pageErrors.join("\n")}`);
      });
      const progress = await page.evaluate(() => window.__progress);
      const names = [...files, HUAIAN].map((f) => path.basename(f));
      for (const [i, n] of names.entries()) assert(progress.includes(`正在读取 ${i + 1}/8：${n}`), `progress for ${n}: ${JSON.stringify(progress)}`);
      const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c, i) => (i === 7 ? c.querySelector("span").textContent : c.textContent))));
      const expected = [
        ["1", "县人力资源和社会保障局", "2021", "2021", "0", "0", "0", "通过"],
        ["2", "县民政局", "2021", "2021", "2", "0", "0", "未通过"],
        ["3", "城关镇", "2021", "2021", "0", "0", "0", "通过"],
        ["4", "县交通运输局.xlsx", "", "", "", "", "", "无法读取"],
        ["5", "联系人名单.xlsx", "", "", "", "", "", "无法读取"],
        ["6", "县水利局", "2021", "2021", "0", "0", "0", "通过"],
        ["7", "县林业局", "2021", "2021", "0", "0", "0", "通过"],
        ["8", "淮安市人民政府", "2024", "2021", "0", "6", "0", "通过"],
      ];
      assert(JSON.stringify(rows) === JSON.stringify(expected), `rows: ${JSON.stringify(rows)}`);
      await page.getByText("共 8 个文件：通过 5 份，未通过 1 份，无法读取 2 个；强制 2 项，提示 6 项，已说明 0 项").waitFor();
      await page.getByText("五、存在的主要问题及改进情况（C1a）：县水利局 与 县林业局，相似度 100%").waitFor();
      await page.getByRole("list", { name: "没有报告的单位（1 个）" }).getByText("县审计局（某县人民政府）").waitFor();
      // 淮安's report is not on the county's roster
      await page.getByRole("list", { name: "不在名单上的报告（1 份）" }).getByText(/^淮安市人民政府（huaian-2024\.pdf）/).waitFor();
      // the reason of the non-report workbook, and 县民政局's findings in the CLI's words
      await table.locator("tbody tr").nth(4).getByRole("button", { name: "原因" }).click();
      await page.getByText(/^不是年报工作簿：其中没有年报助手的统计表/).waitFor();
      await table.locator("tbody tr").nth(1).getByRole("button", { name: "问题 2 项" }).click();
      await page.getByRole("list", { name: "县民政局的问题" }).getByText(/^H1 强制 表三 一、本年新收·总计/).waitFor();
      // sort by 强制 with the keyboard: twice Enter → most first
      const sortErrors = page.getByRole("button", { name: "强制", exact: true });
      await sortErrors.focus();
      await page.keyboard.press("Enter");
      await page.keyboard.press("Enter");
      const order = await table.locator("tbody tr[data-testid=review-row] td:first-child").allTextContents();
      assert(order[0] === "2" && order.slice(-2).join() === "4,5", `sorted: ${order}`);
      assert((await page.getByRole("columnheader", { name: /强制/ }).getAttribute("aria-sort")) === "descending", "aria-sort");
      await page.screenshot({ path: path.join(OUT, "review-1-table.png"), fullPage: true });
      await page.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
      const serious = await page.evaluate(async () => {
        const r = await window.axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
        return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`);
      });
      assert(serious.length === 0, `axe: ${serious.join("; ")}`);
    });

    await test("写入工作表… with 2 unreadable files and a 2024 report: the preview names 审核汇总 and says why there is no sum; 取消 writes nothing", async () => {
      const before = await page.evaluate(() => window.__nbTest.sheets());
      await page.getByRole("button", { name: "写入工作表…" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      const items = await dialog.getByRole("list", { name: "将添加以下工作表" }).getByRole("listitem").allTextContents();
      assert(items.length === 1 && /^“审核汇总”：\d+ 行/.test(items[0]), `preview: ${items}`);
      await dialog.getByText(/^不写入统计表之和：无法汇总：2 个下属单位的文件无法读取（汇总须包括每个单位）：无法读取“县交通运输局\.xlsx”：/).waitFor();
      await settled(page);
      await page.screenshot({ path: path.join(OUT, "review-2-preview.png"), fullPage: true });
      await dialog.getByRole("button", { name: "取消" }).click();
      await dialog.waitFor({ state: "hidden" });
      const after = await page.evaluate(() => window.__nbTest.sheets());
      assert(JSON.stringify(after) === JSON.stringify(before), `sheets: ${after}`);
    });

    await test("the 2021 reports with 2 unreadable files: 审核汇总 only, as nianbao aggregate refuses the sum", async () => {
      await page.getByTestId("review-files").setInputFiles(files);
      await page.getByRole("button", { name: "开始检查" }).click();
      await page.getByText("共 7 个文件：通过 4 份，未通过 1 份，无法读取 2 个；强制 2 项，提示 0 项，已说明 0 项").waitFor({ timeout: 60000 });
      await page.getByRole("button", { name: "写入工作表…" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByText(/^不写入统计表之和：无法汇总：2 个下属单位的文件无法读取/).waitFor();
      const items = await dialog.getByRole("list", { name: "将添加以下工作表" }).getByRole("listitem").allTextContents();
      assert(items.length === 1 && /^“审核汇总”：\d+ 行/.test(items[0]), `preview: ${items}`);
      await dialog.getByRole("button", { name: "写入" }).click();
      await page.getByText("已添加工作表“审核汇总”。").waitFor({ timeout: 15000 });
      await dialog.waitFor({ state: "hidden" });
      const sheets = await page.evaluate(() => window.__nbTest.sheets());
      assert(JSON.stringify(sheets) === JSON.stringify(["Sheet1", "审核汇总"]), `sheets: ${sheets}`);
    });

    await test("the 5 readable 2021 reports: 审核汇总 (2) and 汇总统计表 with the CLI's warning, the sums by hand, nothing else touched", async () => {
      const readable = files.filter((f) => f !== region.truncated && f !== region.notReport);
      await page.getByTestId("review-files").setInputFiles(readable);
      await page.getByRole("button", { name: "开始检查" }).click();
      await page.getByText("共 5 个文件：通过 4 份，未通过 1 份，无法读取 0 个；强制 2 项，提示 0 项，已说明 0 项").waitFor({ timeout: 60000 });
      await page.getByRole("button", { name: "写入工作表…" }).click();
      const dialog = page.getByRole("dialog");
      const items = await dialog.getByRole("list", { name: "将添加以下工作表" }).getByRole("listitem").allTextContents();
      assert(items.length === 2 && /^“审核汇总 \(2\)”：\d+ 行/.test(items[0]) && /^“汇总统计表”：\d+ 行：5 个单位的表二、表三、表四之和$/.test(items[1]), `preview: ${items}`);
      const warning = "注意：县民政局（县民政局.xlsx）本身有 2 项强制问题，其数字可能有误，汇总前请先核对（nianbao check 县民政局.xlsx）";
      await dialog.getByText(warning).waitFor();
      await dialog.getByRole("button", { name: "写入" }).click();
      await page.getByText("已添加工作表“审核汇总 (2)”、“汇总统计表”。").waitFor({ timeout: 15000 });
      await dialog.waitFor({ state: "hidden" });
      await page.screenshot({ path: path.join(OUT, "review-3-written.png"), fullPage: true });
      const sheets = await page.evaluate(() => window.__nbTest.sheets());
      assert(JSON.stringify(sheets) === JSON.stringify(["Sheet1", "审核汇总", "审核汇总 (2)", "汇总统计表"]), `sheets: ${sheets}`);
      const summary = await page.evaluate(() => window.__nbTest.values("审核汇总 (2)", "A1:L40"));
      const header = summary.findIndex((r) => r[0] === "序号");
      assert(summary[header + 2][1] === "县民政局" && summary[header + 2][8] === "未通过", `row 2: ${summary[header + 2]}`);
      await drawSheet(context, summary, "review-4-summary-sheet.png");
      const sum = await page.evaluate(() => window.__nbTest.values("汇总统计表", "A1:R90"));
      assert(sum[1][0] === warning, `汇总统计表 row 2: ${sum[1][0]}`);
      // 5 units of 平潭 2021's figures (县民政局 with 一、本年新收·总计 71): 自然人 64 × 5 = 320, 总计 70 × 4 + 71 = 351
      const newRow = sum.find((r) => r.includes("一、本年新收政府信息公开申请数量"));
      const values = newRow.filter((v) => typeof v === "number");
      assert(JSON.stringify(values) === JSON.stringify([320, 0, 0, 10, 0, 20, 351]), `一、本年新收: ${values}`);
      await drawSheet(context, sum, "review-5-sum-sheet.png");
      assert(pageErrors.length === 0, `page errors: ${pageErrors.join("; ")}`);
      const csp = await page.evaluate(() => window.__cspViolations);
      assert(csp.length === 0, `CSP violations: ${csp.join("; ")}`);
    });
  } finally {
    await close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  finish();
}

main().catch((e) => {
  console.error(e);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
