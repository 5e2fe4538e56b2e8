#!/usr/bin/env node
/**
 * Benchmarks (`npm run bench`). Runs the TypeScript sources through tsx's CommonJS register API, as bin/nianbao.cjs.
 *
 * The script is a list of named sections (`SECTIONS`); each is an async function that returns its measurements as
 * `{ label, samples }` rows (samples in ms), and the runner prints the median and p90 of each row. Add a section by
 * appending `{ name, run }` to `SECTIONS`. Run a subset by naming sections: `node bin/bench.cjs 报告生成`.
 *
 * Sections:
 * - 报告生成: 平潭 2024 with every text field filled in — the report document (check included), the .docx, the HTML
 *   page and the filing JSON, 30 times after a warm-up; the total is the sum per round (target: median < 300 ms).
 * - 命令行启动: `node bin/nianbao.cjs --help` as a new process, 20 times after 3 warm-ups (target: median < 200 ms).
 * - 导入: importing a published report from its bytes (`importDocument`): 淮安 2024's six-page PDF (target: median
 *   < 300 ms), the .docx and the HTML page generated for 平潭 2024, and 平潭 2024's page text; 20 times each after 3
 *   warm-ups (the PDF library is loaded during the warm-up, as the CLI loads it once per run).
 * - 批量检查 (bin/bench-batch.cjs): `nianbao check` on 100 and 1,000 generated files (half workbooks, half data files,
 *   one in ten with an H1 error) and on 100 and 500 workbooks alone: reports per second (target ≥ 200 workbooks/s on 2 cores, on the 500)
 *   and peak memory (target: at 1,000 files within 10 % of 100).
 * - 任务窗格 (test/browser/bench-pane.cjs): Office syncs per insert and per edit, change → list time, start-up.
 * - WPS 表格 (test/browser/bench-wps.cjs): ET calls per insert and per edit, change → list time with 300 findings.
 * - 实时校验 (test/support/bench-live.ts): on a simulated clock, the worst stale time after an edit Excel raises no
 *   event for (target ≤ the 30 s timer period) and the reads per idle minute (target: none, or one cheap read per period).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { performance } = require("perf_hooks");
require("tsx/cjs/api").register();

const ROOT = path.resolve(__dirname, "..");
/** The real published reports, in `../shared` beside the repository. */
const FIXTURES = path.join(ROOT, "..", "shared", "fixtures", "reports");

/** Rounds measured after `WARMUP` rounds that are not. */
const ROUNDS = 30;
const WARMUP = 5;

/** The value at quantile q (0–1) of the samples, nearest rank. */
function quantile(samples, q) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

/** Time one call of an async function, in ms. */
async function time(fn) {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

// ───────────────────────────── 报告生成 ─────────────────────────────

/**
 * 平潭 2024 (the published figures) with every text field filled in with the report's own published wording, as
 * the filer would type it: the lead, the five sub-items, 五 and 六 are cut from pingtan-2024.source.txt.
 */
function pingtan2024WithText() {
  const { reportFromJson } = require(path.join(ROOT, "src/report/index.ts"));
  const data = reportFromJson(JSON.parse(fs.readFileSync(path.join(FIXTURES, "pingtan-2024.data.json"), "utf8")));
  const source = fs.readFileSync(path.join(FIXTURES, "pingtan-2024.source.txt"), "utf8").replace(/\s+/g, " ");
  const between = (from, to) => {
    const start = source.indexOf(from);
    const end = source.indexOf(to, start + from.length);
    if (start < 0 || end < 0) throw new Error(`pingtan-2024.source.txt: no text between “${from}” and “${to}”`);
    return source.slice(start + from.length, end).trim();
  };
  data.text.overviewIntro = between("一、总体情况", "（一）主动公开方面。");
  data.text.overview.proactive_disclosure = between("（一）主动公开方面。", "（二）依申请公开方面。");
  data.text.overview.disclosure_on_request = between("（二）依申请公开方面。", "（三）政府信息管理方面。");
  data.text.overview.information_management = between("（三）政府信息管理方面。", "（四）信息公开平台建设方面。");
  data.text.overview.platform = between("（四）信息公开平台建设方面。", "（五）监督保障方面。");
  data.text.overview.supervision = between("（五）监督保障方面。", "二、主动公开政府信息情况");
  data.text.overviewExtra = [
    // An extra sub-item as many agencies add one (illustrative wording, not from the published report).
    {
      title: "（六）人大代表建议和政协提案办理结果公开情况",
      body: "全年承办人大代表建议和政协提案的办理复文，除涉及国家秘密、商业秘密和个人隐私的以外，均在门户网站“建议提案办理”专栏全文公开，并同步公开办理总体情况。",
    },
  ];
  data.text.problems = between("五、存在的主要问题及改进情况", "六、其他需要报告的事项").replace(/。(?=\d{4}年)/, "。\n");
  data.text.otherMatters = source.slice(source.indexOf("六、其他需要报告的事项") + "六、其他需要报告的事项".length).trim();
  data.contact = {
    office: "平潭综合实验区政府信息公开工作领导小组办公室",
    address: "平潭综合实验区金井湾片区商务营运中心",
    postcode: "350400",
    phone: "0591-86169000",
    fax: "0591-86169001",
    email: "zwgk@pingtan.gov.cn",
    website: "平潭综合实验区门户网站",
  };
  data.processingFees = { noticesIssued: 0, collectedYuan: 0 };
  data.publishDate = "2025-01-20";
  data.explanations = [{ findingId: "S9b", text: "上年度报告所列问题已在本年度逐项整改，整改情况见第五部分。", at: "2025-01-15T09:00:00Z" }];
  return data;
}

/** 报告生成: document, .docx, HTML and filing JSON for 平潭 2024, ROUNDS times after WARMUP. */
async function reportGeneration() {
  const { checkReport } = require(path.join(ROOT, "src/rules/index.ts"));
  const { buildReportDocument } = require(path.join(ROOT, "src/narrative/index.ts"));
  const { toHtml, toReportJson } = require(path.join(ROOT, "src/export/index.ts"));
  const { toDocx } = require(path.join(ROOT, "src/export/docx.ts"));
  const data = pingtan2024WithText();
  const rows = { document: [], docx: [], html: [], json: [], total: [] };
  let sizes;
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const doc = await time(() => {
      const findings = checkReport(data);
      return { findings, doc: buildReportDocument(data, findings) };
    });
    const docx = await time(() => toDocx(doc.value.doc));
    const html = await time(() => toHtml(doc.value.doc));
    const json = await time(() => JSON.stringify(toReportJson(data, doc.value.findings), null, 2));
    if (round < WARMUP) continue;
    rows.document.push(doc.ms);
    rows.docx.push(docx.ms);
    rows.html.push(html.ms);
    rows.json.push(json.ms);
    rows.total.push(doc.ms + docx.ms + html.ms + json.ms);
    sizes = { docx: docx.value.length, html: Buffer.byteLength(html.value), json: Buffer.byteLength(json.value) };
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  return {
    note: `平潭 2024，正文各项齐全；预热 ${WARMUP} 次，测 ${ROUNDS} 次`,
    rows: [
      { label: "文档（含校验）", samples: rows.document },
      { label: ".docx", samples: rows.docx, detail: kb(sizes.docx) },
      { label: "HTML", samples: rows.html, detail: kb(sizes.html) },
      { label: "JSON", samples: rows.json, detail: kb(sizes.json) },
      { label: "合计", samples: rows.total, target: 300 },
    ],
  };
}

// ───────────────────────────── 命令行启动 ─────────────────────────────

/** 命令行启动: wall time of `node bin/nianbao.cjs --help` (build checked, bundle loaded, help printed). */
async function cliStart() {
  const { spawnSync } = require("child_process");
  const bin = path.join(ROOT, "bin", "nianbao.cjs");
  const once = () => {
    const start = performance.now();
    const r = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`nianbao --help 退出码 ${r.status}：${r.stderr}`);
    return performance.now() - start;
  };
  for (let i = 0; i < 3; i++) once();
  const samples = Array.from({ length: 20 }, once);
  const bare = Array.from({ length: 10 }, () => {
    const start = performance.now();
    spawnSync(process.execPath, ["-e", "0"]);
    return performance.now() - start;
  });
  return {
    note: `新进程，预热 3 次，测 20 次；测时 1 分钟平均负载 ${require("os").loadavg()[0].toFixed(1)}（${require("os").cpus().length} 核）`,
    rows: [
      { label: "nianbao --help", samples, target: 200 },
      { label: "node -e 0（对照）", samples: bare },
    ],
  };
}

// ───────────────────────────── 导入 ─────────────────────────────

/** 导入: `importDocument` per file, median of 20 after 3 warm-ups, each file read to the same report every time. */
async function importing() {
  const { importDocument, usePdfJsLoader } = require(path.join(ROOT, "src/import/index.ts"));
  // Node's own module loader for the PDF library, as the built CLI uses (tsx would recompile its 2 MB modules).
  usePdfJsLoader(require(path.join(ROOT, "src/cli/pdfjs-node.cjs")));
  const { buildReportDocument } = require(path.join(ROOT, "src/narrative/index.ts"));
  const { toHtml } = require(path.join(ROOT, "src/export/index.ts"));
  const { toDocx } = require(path.join(ROOT, "src/export/docx.ts"));
  const doc = buildReportDocument(pingtan2024WithText());
  const files = [
    { label: "淮安 2024 PDF", bytes: new Uint8Array(fs.readFileSync(path.join(FIXTURES, "huaian-2024.pdf"))), target: 300 },
    { label: "平潭 2024 .docx", bytes: await toDocx(doc) },
    { label: "平潭 2024 HTML", bytes: new TextEncoder().encode(toHtml(doc)) },
    { label: "平潭 2024 文本", bytes: new Uint8Array(fs.readFileSync(path.join(FIXTURES, "pingtan-2024.source.txt"))) },
  ];
  const rows = [];
  for (const f of files) {
    const samples = [];
    const cpu = [];
    let cells;
    for (let round = 0; round < 3 + 20; round++) {
      const before = process.cpuUsage();
      const t = await time(() => importDocument(f.bytes));
      const used = process.cpuUsage(before);
      if (!t.value.ok) throw new Error(`${f.label}：${t.value.reason}`);
      cells = t.value.report.readCells + t.value.report.recovered.reduce((n, r) => n + r.cells.length, 0);
      if (round >= 3) {
        samples.push(t.ms);
        cpu.push((used.user + used.system) / 1000);
      }
    }
    const detail = `${(f.bytes.length / 1024).toFixed(1)} KB，读出 ${cells} 格，CPU 时间中位数 ${quantile(cpu, 0.5).toFixed(1)} ms`;
    rows.push({ label: f.label, samples, detail, ...(f.target ? { target: f.target } : {}) });
  }
  // The machine is shared: the wall time depends on the load, the CPU time (this process's) much less.
  const load = require("os").loadavg()[0].toFixed(1);
  return { note: `importDocument，预热 3 次，测 20 次；测时 1 分钟平均负载 ${load}（${require("os").cpus().length} 核）`, rows };
}

// ───────────────────────────── runner ─────────────────────────────

/**
 * The benchmark sections, in the order they run. Each `run` resolves to `{ note?, rows: [{ label, samples, detail?,
 * target? }] }` with samples in ms; `target` (ms) is compared with the median.
 */
const SECTIONS = [
  { name: "报告生成", run: reportGeneration },
  { name: "命令行启动", run: cliStart },
  { name: "导入", run: importing },
  // 批量检查 (bin/bench-batch.cjs): nianbao check on 100 and 1,000 generated files, reports per second, peak memory.
  { name: "批量检查", run: () => require(path.join(ROOT, "bin/bench-batch.cjs")).run() },
  // 任务窗格: syncs per edit and per insert, change → list time with 300 findings, initial JS, first button visible.
  { name: "任务窗格", run: () => require(path.join(ROOT, "test/browser/bench-pane.cjs")).run() },
  // WPS 表格: ET calls per insert and per edit, change → list time with 300 findings, beside the Office figures.
  { name: "WPS 表格", run: () => require(path.join(ROOT, "test/browser/bench-wps.cjs")).run() },
  // 实时校验: stale time after an edit without an event, reads per idle minute (simulated clock).
  { name: "实时校验", run: () => require(path.join(ROOT, "test/support/bench-live.ts")).run() },
];

function pad(s, width) {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return s + " ".repeat(Math.max(0, width - w));
}

/** Print one section's rows: median and p90 in ms, and the target when there is one. */
function printSection(name, result, out) {
  out(`${name}${result.note ? `（${result.note}）` : ""}\n`);
  for (const row of result.rows) {
    const median = quantile(row.samples, 0.5);
    const p90 = quantile(row.samples, 0.9);
    let line = `  ${pad(row.label, 16)}中位数 ${median.toFixed(1).padStart(7)} ms   p90 ${p90.toFixed(1).padStart(7)} ms`;
    if (row.detail) line += `   ${row.detail}`;
    if (row.target !== undefined) line += `   目标 < ${row.target} ms：${median < row.target ? "达标" : "未达标"}`;
    out(`${line}\n`);
  }
}

/**
 * Run the sections named in `names` (all when empty) and print each.
 * @returns 0, or 2 when a name matches no section.
 */
async function main(names = process.argv.slice(2), out = (t) => process.stdout.write(t)) {
  const unknown = names.filter((n) => !SECTIONS.some((s) => s.name === n));
  if (unknown.length > 0) {
    process.stderr.write(`没有这个测试部分：${unknown.join("、")}（可选：${SECTIONS.map((s) => s.name).join("、")}）\n`);
    return 2;
  }
  for (const section of SECTIONS.filter((s) => names.length === 0 || names.includes(s.name))) {
    printSection(section.name, await section.run(), out);
  }
  return 0;
}

module.exports = { SECTIONS, main, quantile, time };

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
