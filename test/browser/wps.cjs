#!/usr/bin/env node
/**
 * Browser tests of the WPS build (dist-wps/, made by `npm run build:wps`), in Debian's Chromium through playwright-core,
 * with the strict fake ET object model installed as `window.Application` before the pages load. Run by
 * `npm run test:browser`.
 *
 * 1. The main page (index.html + main.js): the ribbon's 年报助手 button creates the task pane once
 *    (CreateTaskPane(<folder>/taskpane.html, "年报助手"), Visible) and shows the same pane again on the next click.
 * 2. The pane finds WPS at start (no office.js is requested) and says 实时校验（WPS 表格 …）.
 * 3. 插入统计表 inserts the tables through ET; typing a wrong total makes H1 appear live with both sides; Enter on it
 *    selects J and D:I in WPS; the edit → findings cycle costs no write.
 * 4. A 提示 kept with a 说明 is still 已说明 after the page is reloaded over the saved workbook.
 * 5. The offline folder works from file:// under the pages' Content-Security-Policy.
 * Screenshots go to test-output/browser-wps/. Prints "N passed, N failed".
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");
const { launchChromium, createRunner } = require("./harness.cjs");
const { buildFake, serve, consistentValues, INSERTED } = require("./run.cjs");

const ROOT = path.resolve(__dirname, "../..");
const ADDIN = path.join(ROOT, "dist-wps", "online", "nianbao");
const OFFLINE = path.join(ROOT, "dist-wps", "offline");
const OUT = path.join(ROOT, "test-output", "browser-wps");

const { test, assert, run } = createRunner();

async function main() {
  if (!fs.existsSync(path.join(ADDIN, "taskpane.html"))) throw new Error("dist-wps/ is missing: run npm run build:wps first");
  fs.mkdirSync(OUT, { recursive: true });
  const fakeScript = await buildFake("fake-wps-entry.ts", "fake-et.js");
  const server = await serve(ADDIN);
  const base = `http://127.0.0.1:${server.address().port}`;
  const requests = [];
  const { context, close } = await launchChromium({
    allow: (url) => {
      requests.push(url);
      return url.startsWith(base) || url.startsWith("file://");
    },
    options: { viewport: { width: 320, height: 900 } },
  });
  const pageErrors = [];
  const consoleErrors = [];
  try {
    await context.addInitScript({ path: fakeScript });

    await test("the ribbon's 年报助手 button creates the task pane once, then shows the same pane", async () => {
      const page = await context.newPage();
      page.on("pageerror", (e) => pageErrors.push(String(e)));
      await page.goto(`${base}/index.html`);
      const ribbon = fs.readFileSync(path.join(ADDIN, "ribbon.xml"), "utf8");
      for (const callback of [...ribbon.matchAll(/"ribbon\.(\w+)"/g)].map((m) => m[1]))
        assert(await page.evaluate((name) => typeof window.ribbon[name] === "function", callback), `ribbon.${callback} defined by main.js`);
      assert((await page.evaluate(() => window.ribbon.GetImage({ Id: "nianbaoOpen" }))) === "assets/icon-32.png", "icon");
      assert(fs.existsSync(path.join(ADDIN, "assets", "icon-32.png")), "icon file shipped");
      await page.evaluate(() => window.ribbon.OnAction({ Id: "nianbaoOpen" }));
      let panes = await page.evaluate(() => window.__nbTest.state.taskPanes);
      assert(panes.length === 1 && panes[0].url === `${base}/taskpane.html` && panes[0].title === "年报助手" && panes[0].Visible, JSON.stringify(panes));
      await page.evaluate(() => {
        window.__nbTest.state.taskPanes[0].Visible = false;
        window.ribbon.OnAction({ Id: "nianbaoOpen" });
      });
      panes = await page.evaluate(() => window.__nbTest.state.taskPanes);
      assert(panes.length === 1 && panes[0].Visible, `the same pane shown again: ${JSON.stringify(panes)}`);
      await page.close();
    });

    const page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));

    await test("the pane finds WPS at start: no office.js requested, 实时校验（WPS 表格 12.1.0.16388）", async () => {
      requests.length = 0;
      await page.goto(`${base}/taskpane.html`);
      await page.getByRole("button", { name: "插入统计表" }).waitFor({ timeout: 15000 });
      await page.getByText("校验方式：实时校验（WPS 表格 12.1.0.16388）").waitFor({ timeout: 5000 });
      assert(!requests.some((u) => /office\.js/.test(u)), `requests: ${requests.join(", ")}`);
      assert(requests.some((u) => /\/wps\.[0-9a-f]+\.js$/.test(u)), "the WPS adapter chunk loaded");
    });

    await test("插入统计表 through ET: 统计表, 报告信息 and _年报助手 with 表三 as printed; checked at once", async () => {
      await page.getByRole("button", { name: "插入统计表" }).click();
      await page.getByText(INSERTED).waitFor({ timeout: 15000 });
      const sheets = await page.evaluate(() => window.__nbTest.sheets());
      assert(JSON.stringify(sheets) === JSON.stringify(["Sheet1", "统计表", "报告信息", "_年报助手"]), `sheets: ${sheets}`);
      const t3 = await page.evaluate(() => window.__nbTest.name("NB_TABLE3"));
      assert(t3.rows === 28 && t3.cols === 10, `NB_TABLE3 ${JSON.stringify(t3)}`);
      const v3 = await page.evaluate(() => window.__nbTest.namedValues("NB_TABLE3"));
      assert(v3[3][0] === "一、本年新收政府信息公开申请数量", `row 一: ${v3[3][0]}`);
      const state = await page.evaluate(() => ({ writes: window.__nbTest.state.writesWhileScreenUpdating, screen: window.__nbTest.state.screenUpdating }));
      assert(state.writes === 0 && state.screen === true, `ScreenUpdating: ${JSON.stringify(state)}`);
      await page.getByRole("region", { name: "校验结果" }).getByLabel("强制 201 项，提示 3 项，已说明 0 项").waitFor({ timeout: 15000 });
      await page.screenshot({ path: path.join(OUT, "1-wps-inserted.png") });
    });

    await test("typing a wrong total (6 where 3 + 2 = 5): H1 appears live with both sides, the cycle writes nothing", async () => {
      const keys = await page.evaluate(() => window.__nbTest.inputKeys());
      // A person types later than the moment after the insert in which a late event of the insert counts as its own.
      await page.waitForTimeout(400);
      await page.evaluate((v) => window.__nbTest.typeCells(v), consistentValues(keys));
      await page.evaluate(() => window.__nbTest.typeInfo({ agency: "某县市场监督管理局", year: 2026 }));
      const list = page.getByRole("region", { name: "校验结果" });
      await list.getByLabel(/^强制 0 项/).waitFor({ timeout: 15000 });
      const writesBefore = await page.evaluate(() => window.__nbTest.state.writesWhileScreenUpdating);
      await page.evaluate(() => window.__nbTest.typeCells({ "table3.new[total]": 6 }));
      const h1 = list.getByRole("button", { name: /表三行合计不符/ });
      await h1.waitFor({ timeout: 15000 });
      const text = await h1.innerText();
      assert(text.includes("总计 6 ↔ 各申请人之和 5") && text.includes("相差 +1，应填 5"), `finding: ${text}`);
      assert((await page.evaluate(() => window.__nbTest.state.writesWhileScreenUpdating)) === writesBefore, "no write by the check");
      await page.screenshot({ path: path.join(OUT, "2-wps-finding.png"), fullPage: true });
    });

    await test("Enter on the finding selects both sides in WPS: J (总计) and D:I (the applicants) on 统计表", async () => {
      const t3 = await page.evaluate(() => window.__nbTest.name("NB_TABLE3"));
      const row = t3.row + 3 + 1;
      await page.evaluate(() => window.__nbTest.state.activeSheet = "Sheet1");
      const h1 = page.getByRole("region", { name: "校验结果" }).getByRole("button", { name: /表三行合计不符/ });
      await h1.focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction((r) => JSON.stringify(window.__nbTest.state.selection) === JSON.stringify({ sheet: "统计表", address: `J${r},D${r}:I${r}` }), row, { timeout: 5000 });
      assert((await page.evaluate(() => window.__nbTest.state.activeSheet)) === "统计表", "统计表 shown");
    });

    await test("a 提示 kept with a 说明 is stored in _年报助手 and still 已说明 after reloading the pane", async () => {
      await page.evaluate(() => window.__nbTest.typeInfo({ "text.problems": "无" }));
      const list = page.getByRole("region", { name: "校验结果" });
      await list.getByRole("button", { name: "保留并说明：存在问题写得过少" }).click();
      await list.getByRole("textbox", { name: /说明/ }).fill("本年度确无新发现的问题，已在正文中说明。");
      await list.getByRole("button", { name: "保存说明" }).click();
      await list.getByText(/^已说明：本年度确无新发现的问题，已在正文中说明。/).waitFor({ timeout: 15000 });
      const meta = await page.evaluate(() => window.__nbTest.namedValues("NB_META"));
      assert(meta.some((r) => r[0] === "explanation" && r[1] === "S9a"), "stored in _年报助手");
      await page.evaluate(() => window.__nbTest.persist());
      await page.reload();
      const again = page.getByRole("region", { name: "校验结果" });
      await again.getByText(/^已说明：本年度确无新发现的问题，已在正文中说明。/).waitFor({ timeout: 15000 });
      await again.getByLabel(/已说明 1 项/).waitFor({ timeout: 5000 });
      await page.screenshot({ path: path.join(OUT, "3-wps-explained-after-reload.png"), fullPage: true });
    });

    await test("the offline folder works from file:// under its Content-Security-Policy", async () => {
      const offline = await context.newPage();
      const errors = [];
      offline.on("pageerror", (e) => errors.push(String(e)));
      offline.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      const folder = fs.readdirSync(OFFLINE).find((f) => f.startsWith("nianbao_"));
      await offline.goto(pathToFileURL(path.join(OFFLINE, folder, "taskpane.html")).href);
      await offline.getByRole("button", { name: "插入统计表" }).waitFor({ timeout: 15000 });
      await offline.getByRole("button", { name: "插入统计表" }).click();
      await offline.getByText(INSERTED).waitFor({ timeout: 15000 });
      const csp = await offline.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
      assert(csp.includes("script-src 'self'") && !csp.includes("unsafe-eval"), csp);
      assert(errors.length === 0, errors.join("\n"));
      await offline.screenshot({ path: path.join(OUT, "4-wps-offline-file.png") });
      await offline.close();
    });

    await test("every page of both layouts carries the build's Content-Security-Policy, filled in", async () => {
      const { CSP } = require("../../webpack.wps.config.js");
      const pages = [];
      const walk = (dir) => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
          const p = path.join(dir, e.name);
          if (e.isDirectory()) walk(p);
          else if (e.name.endsWith(".html")) pages.push(p);
        }
      };
      walk(path.join(ROOT, "dist-wps"));
      assert(pages.length >= 6, `pages: ${pages.join(", ")}`);
      for (const page of pages) {
        const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(fs.readFileSync(page, "utf8"));
        assert(m && m[1] === CSP, `${path.relative(ROOT, page)}: ${m ? m[1] : "no policy"}`);
      }
    });

    await test("no script errors and no Content-Security-Policy violation", async () => {
      assert(pageErrors.length === 0, pageErrors.join("\n"));
      assert(consoleErrors.length === 0, consoleErrors.join("\n"));
    });
  } finally {
    await close();
    server.close();
  }
}

run(main);
