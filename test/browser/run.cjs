#!/usr/bin/env node
/**
 * Browser tests of the built task pane (dist/), in Debian's Chromium through playwright-core, with a fake
 * Office/Excel installed before the app loads. Run by `npm run test:browser` (which builds first).
 *
 * 1. Insert: 插入统计表 puts 表二/表三/表四 of last year's report (2021 format) and the check cells on 统计表 and checks at
 *    once (200 blank + no 机关名称 → 强制 201; 报告年度 is the year inserted).
 * 1b. (insert-year.cjs) 报告年度 2020: the pane says it inserts the 2019 format, inserts the 2019 table set (表三 23 rows
 *    with the single （六）其他处理, 表二 the 2019 columns) with 报告年度 2020 and the format recorded as 2019.
 * 2. Live: typing a consistent report → all 442 + 7 checks pass, with no button pressed. A sentence of 一（二） the
 *    tables deny gives an S3 card quoting it.
 * 3. Break H1 (6 where 3 + 2 = 5): the finding appears live with both sides and the fix 5, in one read sync;
 *    Enter on it selects J and D:I; typing 5 makes it disappear. axe-core finds nothing serious; 320 px wide.
 *    An edit that raises no event (a data-validation pick): still 全部通过 until the pane gets the focus, then H1.
 * 4. A 提示 kept with a 说明 survives a page reload (the fake workbook is saved to sessionStorage and reopened).
 * 5. 空白填 0 and 计算总计 list the changes first, write on confirm. Numbers pasted as text are one gathered row;
 *    转为数值 lists and converts them.
 * 6. A deleted row of 表三 is named precisely; the fill helpers wait; 修复表格 rebuilds it with a backup copy of the old
 *    sheet, brings back the other 24 rows by their labels and names the row to re-enter.
 * 7. Existing sheets: 插入统计表 again asks first (4 choices) and writes nothing on 取消.
 * 8. Trident: an IE11 user agent gets the Chinese upgrade message and no React bundle.
 * 9. The pane did all of this under its Content-Security-Policy (no violation), which blocks an injected inline script;
 *    every page carries the policy and none has an inline script.
 * Screenshots go to test-output/browser/. Prints "N passed, N failed" and exits non-zero on any failure.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const http = require("http");
const webpack = require("webpack");
const { CHROMIUM_ARGS, launchChromium, createRunner } = require("./harness.cjs");

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "test-output", "browser");
const SUPPORT = path.join(ROOT, "test-output", "browser-support");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The message after 插入统计表, whichever year and format: `已按 2021 年格式（…）插入 2025 年度统计表。请在…`. */
const INSERTED = /^已按 .+插入 \d{4} 年度统计表。/;
const TRIDENT_UA = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";

/** Bundle a fake host (test/browser/fake-office-entry.ts by default) into one plain script for addInitScript. */
function buildFake(entry = "fake-office-entry.ts", filename = "fake-office.js") {
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: "development",
        devtool: false,
        target: "web",
        entry: path.join(__dirname, entry),
        output: { path: SUPPORT, filename },
        resolve: { extensions: [".ts", ".tsx", ".js"] },
        module: {
          rules: [
            {
              test: /\.tsx?$/,
              exclude: /node_modules/,
              use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext" } } },
            },
          ],
        },
      },
      (err, stats) => {
        if (err) return reject(err);
        if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
        resolve(path.join(SUPPORT, filename));
      },
    );
  });
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "application/javascript", ".png": "image/png", ".xml": "application/xml" };

/** A tiny static server for a folder (dist/ by default) on 127.0.0.1 (random port). */
function serve(root = DIST) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ""));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** A fresh Chromium profile; office.js answers with an empty script and nothing else leaves 127.0.0.1. */
async function openContext(options = {}) {
  const { context, close } = await launchChromium({
    allow: (url) => url.startsWith("http://127.0.0.1:"),
    fulfil: (url) => (url === OFFICE_JS ? { status: 200, contentType: "application/javascript", body: "" } : undefined),
    options: { viewport: { width: 320, height: 900 }, ...options },
  });
  return { context, close };
}

const { test, assert, finish } = createRunner();

/**
 * A consistent 表三: 3 requests from natural persons and 2 from commercial enterprises, all granted; every other input 0.
 * H1 (rows), H2 (columns), H3 (勾稽) and H4 all hold.
 */
function consistentValues(keys) {
  const values = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const row of ["new", "granted", "total"]) {
    values[`table3.${row}[natural_person]`] = 3;
    values[`table3.${row}[commercial]`] = 2;
    values[`table3.${row}[total]`] = 5;
  }
  return values;
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const fakeScript = await buildFake();
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const pageErrors = [];

  const { context, close } = await openContext();
  try {
    await context.addInitScript({ path: fakeScript });
    // Every Content-Security-Policy violation of the page, from the first script on.
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    await page.goto(`${base}/taskpane.html`);

    await test("插入统计表 puts 表二、表三、表四 on 统计表 with the check cells, and checks at once", async () => {
      await page.getByRole("button", { name: "插入统计表" }).waitFor({ timeout: 15000 });
      assert((await page.getByText("实时校验（ExcelApi 1.14）").count()) === 1, "mode shown");
      await page.getByRole("button", { name: "插入统计表" }).click();
      await page.getByText(INSERTED).waitFor({ timeout: 15000 });
      const sheets = await page.evaluate(() => window.__nbTest.sheets());
      assert(["统计表", "报告信息", "_年报助手"].every((s) => sheets.includes(s)), `sheets: ${sheets}`);
      // 表三 as printed: 3 header rows + 25 data rows, 3 label columns + 7 value columns; the 勾稽 note top-left.
      const t3 = await page.evaluate(() => window.__nbTest.name("NB_TABLE3"));
      assert(t3 && t3.sheet === "统计表" && t3.rows === 28 && t3.cols === 10, `NB_TABLE3: ${JSON.stringify(t3)}`);
      const v3 = await page.evaluate(() => window.__nbTest.namedValues("NB_TABLE3"));
      assert(v3[0][0] === "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", `note: ${v3[0][0]}`);
      assert(v3[3][0] === "一、本年新收政府信息公开申请数量", `row 一: ${v3[3][0]}`);
      // The check cell right of 一、本年新收 (column K): ✗ and the sum of D:I when J differs.
      const r = t3.row + 4;
      const k = await page.evaluate((row) => window.__nbTest.formula("统计表", row - 1, 10), r);
      assert(k === `=IF(J${r}=SUM($D$${r}:$I$${r}),"","✗ 应为 "&SUM($D$${r}:$I$${r})&" ")`, `K${r}: ${k}`);
      const t4 = await page.evaluate(() => window.__nbTest.name("NB_TABLE4"));
      assert(t4 && t4.rows === 4 && t4.cols === 15, `NB_TABLE4: ${JSON.stringify(t4)}`);
      const keys = await page.evaluate(() => window.__nbTest.inputKeys());
      assert(keys.length === 200, `input cells: ${keys.length}`);
      // Checked right after inserting: 200 blank cells, no 机关名称 (强制); no contact, 五 empty, no fee (提示).
      const list = page.getByRole("region", { name: "校验结果" });
      await list.getByLabel("强制 201 项，提示 3 项，已说明 0 项").waitFor({ timeout: 15000 });
      await page.screenshot({ path: path.join(OUT, "1-inserted.png") });
    });

    await test("typing a consistent report: the list updates live to all 442 + 7 checks passing", async () => {
      const keys = await page.evaluate(() => window.__nbTest.inputKeys());
      await page.evaluate((v) => window.__nbTest.typeCells(v), consistentValues(keys));
      // The text the soft rules (提示) look for: 五 with 上年度整改, the 信息处理费 position.
      await page.evaluate(() =>
        window.__nbTest.typeInfo({
          "text.problems":
            "（一）存在问题：政策解读形式较单一，依申请公开答复的说理还不够充分。（二）改进情况：上年度报告所列“栏目更新不及时”问题已完成整改，本年度将增加图解、视频等解读形式，并加强答复文书的审核。",
          "processingFees.noticesIssued": 0,
          "processingFees.collectedYuan": 0,
          agency: "某县市场监督管理局",
          year: 2026,
          "contact.phone": "0591-12345678",
        }),
      );
      // 200 cells × (H6 + H5) + 25 (H1) + 7 (H2) + 7 (H3) + 3 (H4) = 442; 5 报告信息 + 7 text checks without last year's report.
      await page.getByText("全部通过：442 项表格检查和 15 项报告信息与正文检查均未发现问题。").waitFor({ timeout: 15000 });
      // The counts changed since the insert: its message is gone.
      assert((await page.getByText(INSERTED).count()) === 0, "已插入统计表 cleared");
      await page.screenshot({ path: path.join(OUT, "2-all-pass.png"), fullPage: true });
    });

    await test("a sentence of 一（二） the tables deny: its S3 card quotes the sentence, as the CLI does", async () => {
      const sentence = "本年度共收到政府信息公开申请5件，其中自然人4件。";
      await page.evaluate((t) => window.__nbTest.typeInfo({ "text.overview.disclosure_on_request": t }), sentence);
      const list = page.getByRole("region", { name: "校验结果" });
      const card = list.getByRole("button", { name: /正文数字与表格不一致/ }).first();
      await card.waitFor({ timeout: 15000 });
      const text = await card.innerText();
      assert(text.includes(`原文：“${sentence}”`), `quote: ${text}`);
      assert(text.includes("正文 4 ↔ 表三 一、本年新收·自然人 3"), `sides: ${text}`);
      await page.screenshot({ path: path.join(OUT, "2b-text-finding-quote.png"), fullPage: true });
      await page.evaluate(() => window.__nbTest.typeInfo({ "text.overview.disclosure_on_request": "" }));
      await page.getByText("全部通过：442 项表格检查和 15 项报告信息与正文检查均未发现问题。").waitFor({ timeout: 15000 });
    });

    await test("typing 6 into 表三 一、本年新收·总计 (parts 3 + 2 = 5): H1 appears live with both sides and the fix 5", async () => {
      const syncs = await page.evaluate(() => window.__nbTest.syncs());
      await page.evaluate(() => window.__nbTest.typeCells({ "table3.new[total]": 6 }));
      const list = page.getByRole("region", { name: "校验结果" });
      const h1 = list.getByRole("button", { name: /表三行合计不符/ });
      await h1.waitFor({ timeout: 15000 });
      const text = await h1.innerText();
      assert(text.includes("总计 6 ↔ 各申请人之和 5"), `sides: ${text}`);
      assert(text.includes("相差 +1，应填 5"), `difference and fix: ${text}`);
      assert(text.includes("强制"), "severity in words");
      // The same 6 breaks the 勾稽 of the 总计 column: 6 + 0 ≠ 5 + 0.
      await list.getByRole("button", { name: /表三勾稽关系不符/ }).waitFor({ timeout: 5000 });
      assert((await list.getByLabel("强制 2 项，提示 0 项").count()) === 1, "counts 强制 2 / 提示 0");
      // No button was pressed: the edit cost one read sync (a debounced check) and no write.
      assert((await page.evaluate(() => window.__nbTest.syncs())) - syncs === 1, "one read sync");
      const status = await page.getByRole("status", { name: "校验状态" }).innerText();
      assert(status.includes("校验完成：强制 2 项，提示 0 项，已说明 0 项。"), `announced: ${status}`);
      await page.screenshot({ path: path.join(OUT, "3-finding-H1.png"), fullPage: true });
    });

    await test("Enter on the finding selects both sides in the sheet: J (总计) and D:I (the applicants)", async () => {
      const t3 = await page.evaluate(() => window.__nbTest.name("NB_TABLE3"));
      const row = t3.row + 3 + 1; // 一、本年新收 is 表三's 4th row; 1-based
      const h1 = page.getByRole("region", { name: "校验结果" }).getByRole("button", { name: /表三行合计不符/ });
      await h1.focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => window.__nbTest.state.selection !== null, null, { timeout: 5000 });
      const sel = await page.evaluate(() => window.__nbTest.state.selection);
      assert(sel.sheet === "统计表" && sel.address === `J${row},D${row}:I${row}`, `selection ${JSON.stringify(sel)}`);
      const outline = await h1.evaluate((el) => getComputedStyle(el).outlineStyle);
      assert(outline !== "none", "visible focus");
    });

    await test("fixing the total (5) makes the findings disappear live", async () => {
      await page.evaluate(() => window.__nbTest.typeCells({ "table3.new[total]": 5 }));
      await page.getByText("全部通过：442 项表格检查和 15 项报告信息与正文检查均未发现问题。").waitFor({ timeout: 15000 });
    });

    await test("the findings view has no serious accessibility violations (axe-core) and fits 320 px", async () => {
      await page.evaluate(() => window.__nbTest.typeCells({ "table3.new[total]": 6 }));
      await page.getByRole("region", { name: "校验结果" }).waitFor({ timeout: 15000 });
      // Evaluated through the browser's debugging protocol: the page's Content-Security-Policy rightly refuses an
      // inline <script>.
      await page.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
      const violations = await page.evaluate(async () => {
        // Fluent's focus-trap sentinels (tabster dummies) are aria-hidden by design.
        const r = await window.axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
        return r.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      assert(violations.length === 0, violations.join("\n"));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(width <= 320, `page is ${width} px wide`);
      await page.evaluate(() => window.__nbTest.typeCells({ "table3.new[total]": 5 }));
      await page.getByText(/全部通过：/).waitFor({ timeout: 15000 });
    });

    await test("an edit Excel raises no event for (a data-validation pick): still 全部通过 until the user is back in the pane, then H1", async () => {
      const list = page.getByRole("region", { name: "校验结果" });
      // The user leaves the pane for the sheet and picks 6 from a dropdown: the cell changes, no onChanged fires.
      await page.evaluate(() => window.dispatchEvent(new Event("blur")));
      const syncs = await page.evaluate(() => window.__nbTest.syncs());
      await page.evaluate(() => window.__nbTest.silentCells({ "table3.new[total]": 6 }));
      await page.waitForTimeout(1500);
      assert((await page.getByText("全部通过：442 项表格检查和 15 项报告信息与正文检查均未发现问题。").count()) === 1, "stale before the focus: the bug is reproduced");
      assert((await page.evaluate(() => window.__nbTest.syncs())) === syncs, "no read without a trigger");
      // Back in the pane: the focus starts a check, which finds the broken total.
      await page.evaluate(() => window.dispatchEvent(new Event("focus")));
      await list.getByRole("button", { name: /表三行合计不符/ }).waitFor({ timeout: 15000 });
      assert((await list.getByText("总计 6 ↔ 各申请人之和 5").count()) === 1, "the finding shows the picked value");
      assert((await page.evaluate(() => window.__nbTest.syncs())) - syncs === 1, "one read sync");
      await page.screenshot({ path: path.join(OUT, "3b-silent-edit-after-focus.png"), fullPage: true });
      await page.evaluate(() => window.__nbTest.typeCells({ "table3.new[total]": 5 }));
      await page.getByText(/全部通过：/).waitFor({ timeout: 15000 });
    });

    await test("a 提示 kept with a 说明 is 已说明, stored in the workbook, and still 已说明 after reloading the page", async () => {
      await page.evaluate(() => window.__nbTest.typeInfo({ "text.problems": "无" }));
      const list = page.getByRole("region", { name: "校验结果" });
      await list.getByRole("button", { name: "保留并说明：存在问题写得过少" }).click();
      await list.getByRole("textbox", { name: /说明/ }).fill("本年度确无新发现的问题，已在正文中说明。");
      await list.getByRole("button", { name: "保存说明" }).click();
      await list.getByText(/^已说明：本年度确无新发现的问题，已在正文中说明。（\d{4}-\d\d-\d\d \d\d:\d\d）$/).waitFor({ timeout: 15000 });
      await list.getByLabel(/已说明 1 项/).waitFor({ timeout: 5000 });
      await page.screenshot({ path: path.join(OUT, "4-explained.png"), fullPage: true });
      const meta = await page.evaluate(() => window.__nbTest.namedValues("NB_META"));
      assert(meta.some((r) => r[0] === "explanation" && r[1] === "S9a" && r[2] === "本年度确无新发现的问题，已在正文中说明。"), "stored in _年报助手");
      await page.evaluate(() => window.__nbTest.persist());
      await page.reload();
      const again = page.getByRole("region", { name: "校验结果" });
      await again.getByText(/^已说明：本年度确无新发现的问题，已在正文中说明。/).waitFor({ timeout: 15000 });
      await again.getByLabel(/已说明 1 项/).waitFor({ timeout: 5000 });
      await page.screenshot({ path: path.join(OUT, "5-explained-after-reload.png"), fullPage: true });
    });

    await test("空白填 0 and 计算总计 list the cells (from → to) first and write only on confirm", async () => {
      await page.evaluate(() => window.__nbTest.typeCells({ "table2.licensing": null, "table4.litigation_direct[upheld]": null }));
      await page.getByRole("region", { name: "校验结果" }).getByLabel(/^强制 2 项/).waitFor({ timeout: 15000 });
      await page.getByRole("button", { name: "空白填 0", exact: true }).click();
      let dialog = page.getByRole("dialog", { name: "把空白单元格填 0" });
      await dialog.getByText("将修改以下 2 个单元格（原值 → 新值）。确认之前不会写入。").waitFor({ timeout: 15000 });
      const items = await dialog.getByRole("listitem").allInnerTexts();
      assert(items.length === 2 && items.every((t) => t.endsWith("：空白 → 0")), `items: ${items}`);
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(OUT, "6-fill-blanks.png"), fullPage: true });
      await dialog.getByRole("button", { name: "确认修改 2 个单元格" }).click();
      await page.getByText("已修改 2 个单元格。").waitFor({ timeout: 15000 });
      const filled = await page.evaluate(async () => [await window.__nbTest.cellValue("table2.licensing"), await window.__nbTest.cellValue("table4.litigation_direct[upheld]")]);
      assert(filled[0] === 0 && filled[1] === 0, `filled: ${filled}`);
      // 计算总计: 表三 一、本年新收·总计 typed as 9; its parts are 3 + 2.
      await page.evaluate(() => window.__nbTest.typeCells({ "table3.new[total]": 9 }));
      await page.getByRole("region", { name: "校验结果" }).getByRole("button", { name: /表三行合计不符/ }).waitFor({ timeout: 15000 });
      await page.getByRole("button", { name: "计算总计", exact: true }).click();
      dialog = page.getByRole("dialog", { name: "由各项计算总计" });
      await dialog.getByText("表三 一、本年新收·总计：9 → 5").waitFor({ timeout: 15000 });
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(OUT, "7-compute-totals.png"), fullPage: true });
      await dialog.getByRole("button", { name: "确认修改 1 个单元格" }).click();
      await page.getByText("已修改 1 个单元格。").waitFor({ timeout: 15000 });
      const t3 = await page.evaluate(() => window.__nbTest.namedValues("NB_TABLE3"));
      assert(t3[3][9] === 5, `总计 now ${t3[3][9]}`);
    });

    await test("四、结转下年度 pasted as text: one gathered row; 转为数值 lists the 7 cells and converts them", async () => {
      const columns = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"];
      await page.evaluate((cols) => window.__nbTest.typeCells(Object.fromEntries(cols.map((c) => [`table3.carried_forward[${c}]`, "0"]))), columns);
      const list = page.getByRole("region", { name: "校验结果" });
      const row = list.getByRole("button", { name: /表三有 7 个单元格是以文本形式存储的数字/ });
      await row.waitFor({ timeout: 15000 });
      // One row for the 7 cells, not 7 rows.
      assert((await list.getByRole("button", { name: /以文本形式存储/ }).count()) === 1, "one gathered row");
      await list.getByLabel(/^强制 7 项/).waitFor({ timeout: 5000 });
      await page.screenshot({ path: path.join(OUT, "7b-pasted-text.png"), fullPage: true });
      await page.getByRole("button", { name: "转为数值", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "把文本形式的数字转为数值" });
      await dialog.getByText("将修改以下 7 个单元格（原值 → 新值）。确认之前不会写入。").waitFor({ timeout: 15000 });
      const items = await dialog.getByRole("listitem").allInnerTexts();
      assert(items.length === 7 && items[0] === "表三 四、结转下年度·自然人：“0” → 0", `items: ${items}`);
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(OUT, "7c-convert.png"), fullPage: true });
      await dialog.getByRole("button", { name: "确认修改 7 个单元格" }).click();
      await page.getByText("已修改 7 个单元格。").waitFor({ timeout: 15000 });
      await list.getByLabel(/^强制 0 项/).waitFor({ timeout: 15000 });
      assert((await list.getByRole("button", { name: /以文本形式存储/ }).count()) === 0, "the gathered row is gone");
      const v = await page.evaluate(() => window.__nbTest.cellValue("table3.carried_forward[total]"));
      assert(v === 0 && typeof v === "number", `converted to the number 0: ${JSON.stringify(v)}`);
    });

    await test("a row of 表三 deleted: the pane names it, the fill helpers wait; 修复表格 brings back the other 24 rows and names the lost one", async () => {
      const t3 = await page.evaluate(() => window.__nbTest.name("NB_TABLE3"));
      // Row 7 of 表三 is （二）部分公开.
      await page.evaluate((at) => window.__nbTest.deleteRows("统计表", at, 1), t3.row + 6);
      const list = page.getByRole("region", { name: "校验结果" });
      await list.getByText(/表三应有 28 行，现为 27 行：缺少“.*部分公开.*”一行/).waitFor({ timeout: 15000 });
      for (const name of ["空白填 0", "计算总计", "转为数值"])
        assert(await page.getByRole("button", { name, exact: true }).isDisabled(), `${name} disabled while the layout is broken`);
      await page.getByText(/^请先修复表格/).waitFor({ timeout: 5000 });
      await page.screenshot({ path: path.join(OUT, "8-damaged.png"), fullPage: true });
      await list.getByRole("button", { name: "修复表格" }).click();
      const dialog = page.getByRole("dialog", { name: "修复表格" });
      await dialog.getByText(/表三的行已改变：已按行标签找回 24 行的数字/).waitFor({ timeout: 15000 });
      await dialog.getByText("以下行需重新填写：（二）部分公开").waitFor({ timeout: 5000 });
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(OUT, "9-repair-dialog.png"), fullPage: true });
      await dialog.getByRole("button", { name: "修复并保留旧表副本" }).click();
      await page.getByText(/旧表的内容保存在工作表“统计表 备份”中。以下行未能找回，需重新填写：表三（二）部分公开。/).waitFor({ timeout: 15000 });
      const kept = await page.evaluate(async () => [await window.__nbTest.cellValue("table3.granted[natural_person]"), await window.__nbTest.cellValue("table3.total[total]"), await window.__nbTest.cellValue("table3.partial[natural_person]")]);
      assert(kept[0] === 3 && kept[1] === 5 && kept[2] === null, `values after repair: ${kept}`);
      await list.getByRole("button", { name: /表三有 7 个单元格属于修复表格时未能找回的行/ }).waitFor({ timeout: 15000 });
      assert(!(await page.getByRole("button", { name: "空白填 0", exact: true }).isDisabled()), "fill helpers back after the repair");
      const sheets = await page.evaluate(() => window.__nbTest.sheets());
      assert(sheets.includes("统计表 备份"), `sheets: ${sheets}`);
      const fixed = await page.evaluate(() => window.__nbTest.name("NB_TABLE3"));
      assert(fixed.rows === 28, "表三 has 28 rows again");
      // 表二 and 表四 kept their values; the 说明 too.
      await list.getByLabel(/已说明 1 项/).waitFor({ timeout: 15000 });
      assert((await list.getByText(/表格结构/).count()) === 0, "no layout problem left");
      await page.screenshot({ path: path.join(OUT, "10-repaired.png") }); // the top: the rows to re-enter, then the list
    });

    await test("插入统计表 on a workbook that has the tables asks first (4 choices) and 取消 writes nothing", async () => {
      const before = await page.evaluate(() => JSON.stringify(window.__nbTest.namedValues("NB_TABLE3")));
      await page.getByRole("button", { name: "插入统计表" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByText("工作簿中已有年报助手的表格").waitFor({ timeout: 15000 });
      for (const name of ["使用现有表格", "替换（保留已填数据）", "新增一份", "取消"])
        assert((await dialog.getByRole("button", { name }).count()) === 1, `choice ${name}`);
      await page.waitForTimeout(500); // let the dialog finish its opening animation
      await page.screenshot({ path: path.join(OUT, "11-ask-existing.png"), fullPage: true });
      await dialog.getByRole("button", { name: "取消" }).click();
      await dialog.waitFor({ state: "detached", timeout: 5000 });
      const after = await page.evaluate(() => JSON.stringify(window.__nbTest.namedValues("NB_TABLE3")));
      assert(before === after, "table 3 unchanged");
    });

    await test("从文档导入本年数据 (淮安 2024's PDF, read in the pane): every changed cell and 报告信息 field listed, long text shortened with its length, the filled ones it overwrites named, written on confirm", async () => {
      await page.getByTestId("import-document-file").setInputFiles(path.join(ROOT, "..", "shared", "fixtures", "reports", "huaian-2024.pdf"));
      const dialog = page.getByRole("dialog", { name: "从“huaian-2024.pdf”导入本年数据" });
      await dialog.waitFor({ timeout: 30000 });
      const cells = await dialog.getByRole("list", { name: /^将修改以下 \d+ 个单元格/ }).getByRole("listitem").allInnerTexts();
      assert(cells.some((t) => /^表三 一、本年新收·总计：.* → 3119(（覆盖）)?$/.test(t)), `cells: ${cells.slice(0, 5)}`);
      assert(cells.some((t) => /^表二 行政许可·本年处理决定数量：.* → 447228/.test(t)), "表二 行政许可 → 447228");
      // 报告信息 as typed earlier: 机关名称, 报告年度 2026, 电话, 五 "无"; the PDF gives all of them and the contact office.
      const fields = await dialog.getByRole("list", { name: /^“报告信息”中将修改以下 \d+ 项/ }).getByRole("listitem").allInnerTexts();
      const expected = [
        "机关名称：“某县市场监督管理局” → “淮安市人民政府”（覆盖）",
        "报告年度：2026 → 2024（覆盖）",
        "联系机构：空白 → “淮安市人民政府办公室”",
        "电话：“0591-12345678” → “0517-83605210”（覆盖）",
        "总体情况导语：空白 → “2024 年，我市坚持以习近平新时代中国…”（共 121 字）",
        "六、其他需要报告的事项：空白 → “2024 年，市政府严格落实《政府信息公…”（共 55 字）",
      ];
      for (const e of expected) assert(fields.includes(e), `field ${e} in: ${fields.join(" | ")}`);
      assert(fields.some((t) => /^五、存在的主要问题及改进情况：“无” → “对照上级新要求和公众新期待，还有一些需要…”（共 \d+ 字）（覆盖）$/.test(t)), "五 shortened, overwriting 无");
      assert(fields.length === 15, `15 fields: ${fields.join(" | ")}`);
      // The document is another year's and another unit's: said first, before the overwrite warning.
      const alerts = await dialog.getByRole("alert").allInnerTexts();
      assert(
        alerts[0] === "文档是 2024 年度的报告，本工作簿是 2026 年度：导入会把 2024 年度的数字和文字填入本工作簿。请确认选对了文件。" &&
          alerts[1] === "文档的机关名称是“淮安市人民政府”，本工作簿是“某县市场监督管理局”：请确认这是本单位的报告。",
        `warnings: ${alerts.join(" | ")}`,
      );
      const warning = alerts[2];
      assert(/^注意：其中 \d+ 项已经填写，确认后原值将被覆盖：机关名称、报告年度、电话、五、存在的主要问题及改进情况、表/.test(warning), `warning: ${warning}`);
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(OUT, "13-import-document.png"), fullPage: true });
      // Another year's and another unit's report: 确认 waits until the user ticks that they have checked.
      const confirm = dialog.getByRole("button", { name: `确认修改 ${cells.length} 个单元格和 15 项报告信息` });
      assert(await confirm.isDisabled(), "确认 waits for the tick");
      await dialog.getByRole("checkbox", { name: "我已核对，仍导入这份文档" }).check();
      await confirm.click();
      await page.getByText(`已修改 ${cells.length} 个单元格和 15 项报告信息。`).waitFor({ timeout: 15000 });
      const v = await page.evaluate(async () => [await window.__nbTest.cellValue("table3.new[total]"), await window.__nbTest.cellValue("table2.fees")]);
      assert(v[0] === 3119 && v[1] === 96171.6, `written: ${v}`);
      const info = Object.fromEntries((await page.evaluate(() => window.__nbTest.namedValues("NB_INFO"))).map((r) => [r[0], r[1]]));
      assert(info["机关名称"] === "淮安市人民政府" && info["报告年度"] === 2024 && info["电话"] === "0517-83605210", `info: ${JSON.stringify(info).slice(0, 300)}`);
      const problems = info["五、存在的主要问题及改进情况"];
      assert(typeof problems === "string" && problems.startsWith("对照上级新要求") && problems.endsWith("增强队伍凝聚力。") && problems.length >= 289, "五 written whole");
      // 淮安's tables hold: no arithmetic finding left.
      await page.getByRole("region", { name: "校验结果" }).getByLabel(/^强制 \d+ 项/).waitFor({ timeout: 15000 });
      assert((await page.getByRole("region", { name: "校验结果" }).getByRole("button", { name: /合计不符|勾稽/ }).count()) === 0, "no arithmetic finding");
    });

    await test("从文档导入本年数据 of a 2019-format report (平潭 2020's page text) into this 2021 workbook: the dialog says 表二 and 表三 are not imported, lists 表四 and the text, leaves 报告年度; 取消 writes nothing", async () => {
      const before = await page.evaluate(() => JSON.stringify([window.__nbTest.namedValues("NB_TABLE3"), window.__nbTest.namedValues("NB_INFO")]));
      await page.getByTestId("import-document-file").setInputFiles(path.join(ROOT, "..", "shared", "fixtures", "reports", "pingtan-2020.source.txt"));
      const dialog = page.getByRole("dialog", { name: "从“pingtan-2020.source.txt”导入本年数据" });
      await dialog.waitFor({ timeout: 30000 });
      await dialog
        .getByText("文档是2019 年格式（国办公开办函〔2019〕60号）的报告，本工作簿的统计表是2021 年格式（国办公开办函〔2021〕30号）：表二、表三的行或栏目不同，不导入（要导入这些表，请按该报告的年度另外插入统计表）；表四相同，照常导入。")
        .waitFor({ timeout: 5000 });
      const cells = await dialog.getByRole("list", { name: /^将修改以下 \d+ 个单元格/ }).getByRole("listitem").allInnerTexts();
      assert(cells.length > 0 && cells.every((t) => t.startsWith("表四 ")), `only 表四: ${cells.slice(0, 3)}`);
      const fields = await dialog.getByRole("listitem").allInnerTexts();
      assert(fields.includes("机关名称：“淮安市人民政府” → “平潭综合实验区”（覆盖）"), `agency: ${fields.slice(0, 3)}`);
      assert(fields.includes("报告年度：文档是 2020 年度的报告（2019 年格式），与本工作簿的统计表格式不同，未改动"), "year left, saying why");
      assert(fields.some((t) => /^补充小节标题（第 1 个）：空白 → /.test(t)), "its sub-items into the spare rows");
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(OUT, "14-import-other-format.png"), fullPage: true });
      await dialog.getByRole("button", { name: "取消" }).click();
      await dialog.waitFor({ state: "detached", timeout: 5000 });
      const after = await page.evaluate(() => JSON.stringify([window.__nbTest.namedValues("NB_TABLE3"), window.__nbTest.namedValues("NB_INFO")]));
      assert(before === after, "nothing written on 取消");
    });

    await test("no script errors in the page", async () => {
      assert(pageErrors.length === 0, pageErrors.join("\n"));
    });

    await test("the pane did all of the above under its Content-Security-Policy, which blocks an injected inline script", async () => {
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      const directive = (name) => (csp.split(";").map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) || "").slice(name.length + 1);
      assert(directive("script-src") === "'self' https://appsforoffice.microsoft.com", `script-src: ${csp}`);
      assert(directive("default-src") === "'self'" && directive("object-src") === "'none'", `default/object: ${csp}`);
      assert(directive("connect-src") === "'self' https://appsforoffice.microsoft.com", `connect-src: ${csp}`);
      const violations = await page.evaluate(() => window.__cspViolations.slice());
      assert(violations.length === 0, `violations while working: ${violations.join(", ")}`);
      // The policy is enforced: an inline script added to the page does not run and is reported.
      const ran = await page.evaluate(async () => {
        const s = document.createElement("script");
        s.textContent = "window.__inlineRan = true;";
        document.body.appendChild(s);
        await new Promise((r) => setTimeout(r, 50));
        return window.__inlineRan === true;
      });
      assert(!ran, "an inline script ran");
      const after = await page.evaluate(() => window.__cspViolations.slice());
      assert(after.length === 1 && after[0].startsWith("script-src"), `reported: ${after}`);
      // Every page of the add-in carries the same policy; taskpane.html has no inline script left.
      for (const file of ["taskpane.html", "commands.html", "help.html"]) {
        const html = fs.readFileSync(path.join(DIST, file), "utf8");
        const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)">/.exec(html);
        assert(meta && meta[1] === csp, `${file} has the policy`);
        assert(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), `${file} has an inline script`);
      }
    });
  } finally {
    await close();
  }

  await require("./insert-year.cjs")({ base, fakeScript, openContext, test, assert, OUT });
  await require("./generate.cjs")({ base, fakeScript, openContext, test, assert, OUT });

  const trident = await openContext({ userAgent: TRIDENT_UA });
  try {
    await test("a Trident webview shows the Chinese upgrade message and loads no bundle", async () => {
      const page = await trident.context.newPage();
      const scripts = [];
      page.on("request", (r) => r.url().endsWith(".js") && scripts.push(r.url()));
      await page.goto(`${base}/taskpane.html`);
      const message = page.locator("#unsupported");
      await message.waitFor({ state: "visible", timeout: 5000 });
      const text = await message.innerText();
      assert(text.includes("Office 2021、Office 2024、Microsoft 365"), "supported versions");
      assert(text.includes("Office 2016/2019 批量许可版不支持"), "VL not supported");
      assert(!(await page.locator("#container").isVisible()), "loading text hidden");
      const bundles = scripts.filter((u) => u.startsWith(base));
      assert(bundles.length === 0, `bundles loaded: ${bundles}`);
      await page.screenshot({ path: path.join(OUT, "12-trident.png"), fullPage: true });
    });
  } finally {
    await trident.close();
    server.close();
  }

  finish();
}

module.exports = { buildFake, openContext, serve, consistentValues, TYPES, CHROMIUM_ARGS, INSERTED };

if (require.main === module)
  main().catch((e) => {
    console.error(e);
    console.log(`0 passed, 1 failed`);
    process.exit(1);
  });
