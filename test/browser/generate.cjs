/**
 * Browser tests of 生成报告 in the built pane (Chromium + the fake Excel), run from test/browser/run.cjs with its
 * harness (server, fake script, context factory, test/assert):
 *
 * 1. Insert the tables and type the seed report's values (examples/seed-2021.json: 表二 规章 blank, so 3 强制).
 * 2. 生成报告 asks first (有 3 项强制问题未改正…); 仍要生成 shows the three outputs.
 * 3. 下载 Word 文档: a download named <机关><年度>年政府信息公开工作年度报告.docx, a zip whose word/document.xml holds
 *    the title and 未通过校验.
 * 4. 复制报告全文: the clipboard's text/html holds the title, 表三's note and three bordered tables.
 * 5. 写入新工作表: the fake workbook gains 报告正文 with the title in A1 and 一、总体情况 in column A.
 * Screenshots: test-output/browser/generate-1-confirm.png, generate-2-outputs.png, and the copied HTML shown alone
 * (generate-clipboard.html, generate-3-pasted-top.png, generate-4-pasted-table3.png).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const JSZip = require("jszip");
const { require: tsRequire } = require("tsx/cjs/api");

const ROOT = path.resolve(__dirname, "../..");
const TITLE = "三明市沙县区工信与科技局2021年政府信息公开工作年度报告";
const TABLE3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

/** The seed report's cell values and 报告信息 fields, keyed as the fake's typeCells/typeInfo take them. */
function seedInput() {
  const { reportFromJson } = tsRequire("../../src/report", __filename);
  const data = reportFromJson(JSON.parse(fs.readFileSync(path.join(ROOT, "examples/seed-2021.json"), "utf8")));
  const info = { agency: data.agency, year: data.year, publishDate: data.publishDate };
  for (const [k, v] of Object.entries(data.contact)) info[`contact.${k}`] = v;
  info["text.overviewIntro"] = data.text.overviewIntro;
  for (const [k, v] of Object.entries(data.text.overview)) info[`text.overview.${k}`] = v;
  info["text.problems"] = data.text.problems;
  info["text.otherMatters"] = data.text.otherMatters;
  info["processingFees.noticesIssued"] = data.processingFees.noticesIssued;
  info["processingFees.collectedYuan"] = data.processingFees.collectedYuan;
  const cells = Object.fromEntries(Object.entries(data.values).filter(([, v]) => v !== null));
  return { cells, info: Object.fromEntries(Object.entries(info).filter(([, v]) => v !== null && v !== "")) };
}

/**
 * @param h the harness of run.cjs: { base, fakeScript, openContext, test, assert, OUT }
 */
module.exports = async function generateTests({ base, fakeScript, openContext, test, assert, OUT }) {
  const { context, close } = await openContext();
  const pageErrors = [];
  try {
    await context.addInitScript({ path: fakeScript });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
    const page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    const requested = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto(`${base}/taskpane.html`);

    await test("生成报告 on the seed report asks first: 有 3 项强制问题未改正", async () => {
      await page.getByRole("button", { name: "插入统计表" }).click();
      await page.getByText(/^已按 .+插入 \d{4} 年度统计表。/).waitFor({ timeout: 15000 });
      const { cells, info } = seedInput();
      await page.evaluate((v) => window.__nbTest.typeCells(v), cells);
      await page.evaluate((v) => window.__nbTest.typeInfo(v), info);
      const before = requested.length;
      await page.getByRole("button", { name: "生成报告", exact: true }).click();
      const dialog = page.getByRole("alertdialog");
      await dialog.getByText("有 3 项强制问题未改正，生成的报告将标注“未通过校验”。仍要生成吗？").waitFor({ timeout: 15000 });
      // The generator came as a chunk of its own, requested only on the click.
      const fetched = requested.slice(before).filter((u) => u.endsWith(".js"));
      assert(fetched.length >= 1, "no chunk requested on 生成报告");
      await page.waitForTimeout(500); // the dialog's opening animation
      await page.screenshot({ path: path.join(OUT, "generate-1-confirm.png"), fullPage: true });
      await dialog.getByRole("button", { name: "仍要生成" }).click();
      await page.getByRole("group", { name: "报告已生成（标注“未通过校验”）" }).waitFor({ timeout: 30000 });
    });

    await test("下载 Word 文档 saves <机关><年度>年政府信息公开工作年度报告.docx, a zip whose document.xml holds the title", async () => {
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 15000 }),
        page.getByRole("button", { name: "下载 Word 文档" }).click(),
      ]);
      assert(download.suggestedFilename() === `${TITLE}.docx`, `file name ${download.suggestedFilename()}`);
      const file = path.join(OUT, "generate.docx");
      await download.saveAs(file);
      const bytes = fs.readFileSync(file);
      assert(bytes[0] === 0x50 && bytes[1] === 0x4b, "a zip (PK)");
      const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml").async("string");
      assert(xml.includes(TITLE), "title in word/document.xml");
      assert(xml.includes("未通过校验"), "未通过校验 in word/document.xml");
      await page.getByText(/已开始下载/).waitFor({ timeout: 5000 });
    });

    await test("复制报告全文 puts the report on the clipboard as text/html with 表三's note and three bordered tables", async () => {
      await page.bringToFront();
      await page.getByRole("button", { name: "复制报告全文" }).click();
      await page.getByText(/已复制报告全文/).waitFor({ timeout: 10000 });
      const clip = await page.evaluate(async () => {
        const items = await navigator.clipboard.read();
        const item = items[0];
        return {
          types: item.types,
          html: await (await item.getType("text/html")).text(),
          text: await (await item.getType("text/plain")).text(),
        };
      });
      assert(clip.types.includes("text/html") && clip.types.includes("text/plain"), `types ${clip.types}`);
      assert(clip.html.includes(TITLE), "title in text/html");
      assert(clip.html.includes(TABLE3_NOTE), "表三's note in text/html");
      assert((clip.html.match(/<table[^>]*border="1"/g) || []).length === 3, "three bordered tables");
      assert(clip.text.startsWith(TITLE), "text/plain starts with the title");
      // What a paste shows: the fragment alone in a page (no pane CSS), saved and photographed.
      const pasted = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${TITLE}</title></head><body>${clip.html}</body></html>`;
      fs.writeFileSync(path.join(OUT, "generate-clipboard.html"), pasted);
      const view = await context.newPage();
      await view.setViewportSize({ width: 900, height: 1200 });
      await view.setContent(pasted);
      const top = await view.evaluate(() => document.querySelectorAll("table")[1].getBoundingClientRect().top + window.scrollY);
      await view.screenshot({ path: path.join(OUT, "generate-3-pasted-top.png") });
      await view.screenshot({ path: path.join(OUT, "generate-4-pasted-table3.png"), fullPage: true, clip: { x: 0, y: Math.max(0, top - 80), width: 900, height: 1100 } });
      await view.close();
    });

    await test("写入新工作表 adds 报告正文 with the title and 一、总体情况, leaving 统计表 as it was", async () => {
      const before = await page.evaluate(() => JSON.stringify(window.__nbTest.namedValues("NB_TABLE3")));
      const sheetsBefore = await page.evaluate(() => window.__nbTest.sheets());
      await page.getByRole("button", { name: "写入新工作表" }).click();
      await page.getByText("已写入新工作表“报告正文”，其他工作表没有改动。").waitFor({ timeout: 15000 });
      const sheets = await page.evaluate(() => window.__nbTest.sheets());
      assert(JSON.stringify(sheets) === JSON.stringify([...sheetsBefore, "报告正文"]), `sheets ${sheets}`);
      const colA = await page.evaluate(() => window.__nbTest.state.values("报告正文", "A1:A200").map((r) => r[0]));
      assert(colA[0] === TITLE, `A1 ${colA[0]}`);
      assert(colA.includes("一、总体情况"), "一、总体情况 in column A");
      assert(colA.includes(TABLE3_NOTE), "表三's note in column A");
      const after = await page.evaluate(() => JSON.stringify(window.__nbTest.namedValues("NB_TABLE3")));
      assert(before === after, "表三 unchanged");
      await page.screenshot({ path: path.join(OUT, "generate-2-outputs.png"), fullPage: true });
    });

    await test("the 生成报告 panel with its outputs has no serious accessibility violations (axe-core) and fits 320 px", async () => {
      // Evaluated through the browser's debugging protocol: the page's Content-Security-Policy rightly refuses an
      // inline <script>.
      await page.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
      // Scoped to the panel (its section, the outputs and their messages); the rest of the pane has its own test.
      const violations = await page.evaluate(async () => {
        const panel = document.querySelector('section[aria-label="生成报告"]');
        const r = await window.axe.run(panel, { resultTypes: ["violations"] });
        return r.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      assert(violations.length === 0, violations.join("\n"));
      const wide = await page.evaluate(() =>
        Array.from(document.querySelectorAll('section[aria-label="生成报告"], section[aria-label="生成报告"] *'))
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .slice(0, 5)
          .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
      );
      assert(wide.length === 0, `the panel is wider than the 320 px pane: ${wide.join(" | ")}`);
    });

    await test("no script errors while generating", async () => {
      assert(pageErrors.length === 0, pageErrors.join("\n"));
    });
  } finally {
    await close();
  }
};
