#!/usr/bin/env node
/**
 * Browser tests of the built task pane (dist/), in Debian's Chromium through playwright-core, with a fake
 * Office/Excel installed before the app loads. Run by `npm run test:browser` (which builds first).
 *
 * 1. Insert: 插入统计表 puts 表二/表三/表四 on 统计表 (checked through the fake workbook).
 * 2. All pass: every input filled consistently → 校验 says all 442 checks pass.
 * 3. Break H1: typing 6 into 表三 一、本年新收·总计 (parts sum to 5) → 校验 lists the finding with the fix value 5.
 * 4. Existing sheets: 插入统计表 again asks first and writes nothing.
 * 5. Trident: an IE11 user agent gets the Chinese upgrade message and no React bundle.
 * Screenshots go to test-output/browser/. Prints "N passed, N failed" and exits non-zero on any failure.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const http = require("http");
const webpack = require("webpack");
const { chromium } = require("playwright-core");

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "test-output", "browser");
const SUPPORT = path.join(ROOT, "test-output", "browser-support");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const TRIDENT_UA = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";

/** Bundle test/browser/fake-office-entry.ts into one plain script for addInitScript. */
function buildFake() {
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: "development",
        devtool: false,
        target: "web",
        entry: path.join(__dirname, "fake-office-entry.ts"),
        output: { path: SUPPORT, filename: "fake-office.js" },
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
        resolve(path.join(SUPPORT, "fake-office.js"));
      },
    );
  });
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "application/javascript", ".png": "image/png", ".xml": "application/xml" };

/** A tiny static server for dist/ on 127.0.0.1 (random port). */
function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const file = path.join(DIST, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ""));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nb-chromium-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 320, height: 900 },
    locale: "zh-CN",
    ...options,
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "application/javascript", body: "" });
    if (url.startsWith("http://127.0.0.1:")) return route.continue();
    return route.abort();
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const results = [];
async function test(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}\n     ${String((e && e.stack) || e).split("\n").slice(0, 6).join("\n     ")}`);
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

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
    const page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    await page.goto(`${base}/taskpane.html`);

    await test("插入统计表 puts 表二、表三、表四 on 统计表", async () => {
      await page.getByRole("button", { name: "插入统计表" }).click();
      await page.getByText("已插入统计表").waitFor({ timeout: 15000 });
      const sheets = await page.evaluate(() => window.__nbTest.sheets());
      assert(["统计表", "报告信息", "_年报助手"].every((s) => sheets.includes(s)), `sheets: ${sheets}`);
      // 表三 as printed: 3 header rows + 25 data rows, 3 label columns + 7 value columns; the 勾稽 note top-left.
      const t3 = await page.evaluate(() => window.__nbTest.name("NB_TABLE3"));
      assert(t3 && t3.sheet === "统计表" && t3.rows === 28 && t3.cols === 10, `NB_TABLE3: ${JSON.stringify(t3)}`);
      const v3 = await page.evaluate(() => window.__nbTest.namedValues("NB_TABLE3"));
      assert(v3[0][0] === "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", `note: ${v3[0][0]}`);
      assert(v3[3][0] === "一、本年新收政府信息公开申请数量", `row 一: ${v3[3][0]}`);
      // 表四: 3 header rows, one data row of 15 values.
      const t4 = await page.evaluate(() => window.__nbTest.name("NB_TABLE4"));
      assert(t4 && t4.rows === 4 && t4.cols === 15, `NB_TABLE4: ${JSON.stringify(t4)}`);
      const t2 = await page.evaluate(() => window.__nbTest.name("NB_TABLE2"));
      assert(t2 && t2.sheet === "统计表" && t2.row < t3.row && t3.row < t4.row, "tables stacked 二, 三, 四");
      const keys = await page.evaluate(() => window.__nbTest.inputKeys());
      assert(keys.length === 200, `input cells: ${keys.length}`);
      await page.screenshot({ path: path.join(OUT, "1-inserted.png"), fullPage: true });
    });

    await test("校验 on a consistent report says all 442 checks pass", async () => {
      const keys = await page.evaluate(() => window.__nbTest.inputKeys());
      await page.evaluate((v) => window.__nbTest.typeCells(v), consistentValues(keys));
      // The text the soft rules (提示) look for: 五 with 上年度整改, the 信息处理费 position.
      await page.evaluate(() =>
        window.__nbTest.typeInfo({
          "text.problems":
            "（一）存在问题：政策解读形式较单一，依申请公开答复的说理还不够充分。（二）改进情况：上年度报告所列“栏目更新不及时”问题已完成整改，本年度将增加图解、视频等解读形式，并加强答复文书的审核。",
          "processingFees.noticesIssued": 0,
          "processingFees.collectedYuan": 0,
        }),
      );
      await page.getByRole("button", { name: "校验", exact: true }).click();
      // 200 cells × (H6 + H5) + 25 (H1) + 7 (H2) + 7 (H3) + 3 (H4) = 442.
      await page.getByText("全部 442 项检查通过").waitFor({ timeout: 15000 });
      await page.screenshot({ path: path.join(OUT, "2-all-pass.png"), fullPage: true });
    });

    await test("typing 6 into 表三 一、本年新收·总计 (parts 3 + 2 = 5) lists H1 with the fix value 5", async () => {
      await page.evaluate(() => window.__nbTest.typeCells({ "table3.new[total]": 6 }));
      await page.getByRole("button", { name: "校验", exact: true }).click();
      const list = page.getByRole("region", { name: "校验结果" });
      await list.waitFor({ timeout: 15000 });
      await list.getByText("应为 5，现为 6").waitFor({ timeout: 15000 });
      const text = await list.innerText();
      assert(text.includes("表三行合计不符"), "H1 title");
      assert(text.includes("相差 +1"), "difference +1");
      assert(text.includes("建议值：5"), "fix value 5");
      // The same 6 breaks the 勾稽 of the 总计 column: 6 + 0 ≠ 5 + 0.
      assert(text.includes("表三勾稽关系不符"), "H3 title");
      const counts = await list.getByLabel("强制 2 项，提示 0 项").count();
      assert(counts === 1, "counts 强制 2 / 提示 0");
      await page.screenshot({ path: path.join(OUT, "3-finding-H1.png"), fullPage: true });
      // 定位 selects the cells of the finding on 统计表.
      await list.getByRole("button", { name: "定位：在工作表中选中“表三行合计不符”涉及的单元格" }).click();
      await page.waitForFunction(() => window.__nbTest.state.selection !== null, null, { timeout: 5000 });
      const sel = await page.evaluate(() => window.__nbTest.state.selection);
      assert(sel.sheet === "统计表" && sel.address.split(",").length === 7, `selection ${JSON.stringify(sel)}`);
    });

    await test("the findings view has no serious accessibility violations (axe-core)", async () => {
      await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ["violations"] });
        return r.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      assert(violations.length === 0, violations.join("\n"));
    });

    await test("插入统计表 on a workbook that has the tables asks first and writes nothing", async () => {
      const before = await page.evaluate(() => JSON.stringify(window.__nbTest.namedValues("NB_TABLE3")));
      await page.getByRole("button", { name: "插入统计表" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByText("工作簿中已有年报助手的表格").waitFor({ timeout: 15000 });
      await page.waitForTimeout(500); // let the dialog finish its opening animation
      await page.screenshot({ path: path.join(OUT, "4-ask-existing.png"), fullPage: true });
      await dialog.getByRole("button", { name: "取消" }).click();
      await dialog.waitFor({ state: "detached", timeout: 5000 });
      const after = await page.evaluate(() => JSON.stringify(window.__nbTest.namedValues("NB_TABLE3")));
      assert(before === after, "table 3 unchanged");
    });

    await test("no script errors in the page", async () => {
      assert(pageErrors.length === 0, pageErrors.join("\n"));
    });
  } finally {
    await close();
  }

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
      await page.screenshot({ path: path.join(OUT, "5-trident.png"), fullPage: true });
    });
  } finally {
    await trident.close();
    server.close();
  }

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  console.log(`0 passed, 1 failed`);
  process.exit(1);
});
