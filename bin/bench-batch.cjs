/**
 * `npm run bench` section 批量检查: `nianbao check` (the built command, a new process) over generated folders of
 * reports — half .xlsx workbooks, half .json data files, one in ten with an H1 error, every unit with its own name and
 * text (so that no copied text is found) — printing reports per second and the process's peak memory (worker
 * threads included) for 100 files, 1,000 files, 100 workbooks alone (start-up included) and the 500 workbooks of the
 * 1,000 files alone. Targets (issue 12): ≥ 200 workbooks per second on this 2-core machine, measured on the 500;
 * peak memory at 1,000 files within 10 % of that at 100.
 *
 * Workbooks are made once from two templates written by the product (`insertReport`), their placeholders replaced in
 * the shared strings, so generating 500 takes a few seconds. The folders are removed afterwards. The machine may be
 * shared: beside the wall-clock rate the CPU time per report (all threads) is printed, which depends much less on the
 * load; the rate an idle machine gives is about the number of cores times the rate per core.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { performance } = require("perf_hooks");

const ROOT = path.resolve(__dirname, "..");
const FIXTURES = path.join(ROOT, "..", "shared", "fixtures", "reports");
const WORKBOOKS = 500;
const DATA_FILES = 500;

/** A small deterministic generator (mulberry32), so every run checks the same files. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A text of `n` characters: common words of the reports between characters drawn from the whole CJK block, so that
 * two units' texts share the words but are never near-identical (no copied-text pair in the batch).
 */
const WORDS = ["政府信息公开", "依申请公开", "主动公开", "规范性文件", "行政复议", "整改落实", "工作人员", "业务培训"];
function text(next, n) {
  let s = "";
  while (s.length < n) {
    s += next() < 0.3 ? WORDS[Math.floor(next() * WORDS.length)] : String.fromCharCode(0x4e00 + Math.floor(next() * 0x51a6));
    if (next() < 0.04) s += "。";
  }
  return s;
}

/** 平潭 2021's figures (consistent), with placeholders or a unit's own name and texts; `h1` puts 71 for 70. */
function report(unit, texts, h1) {
  const json = JSON.parse(fs.readFileSync(path.join(FIXTURES, "pingtan-2021.data.json"), "utf8"));
  if (h1) json.table3.new[6] = 71;
  return { ...json, agency: unit, year: 2021, text: { overview_intro: texts.overview, overview: {}, problems: texts.problems, other_matters: "本年度未收取信息处理费。" } };
}

/** Generate the folders: `xlsx/` (WORKBOOKS), `json/` (DATA_FILES), `mixed100/` (50 of each), `xlsx100/` (100 workbooks). */
async function generate(dir) {
  require("tsx/cjs/api").register();
  const { reportFromJson } = require(path.join(ROOT, "src/report/index.ts"));
  const { XlsxWorkbook } = require(path.join(ROOT, "src/workbook/xlsx.ts"));
  const { insertReport } = require(path.join(ROOT, "src/workbook/layout/index.ts"));
  const { unzipSync, zipSync, strToU8, strFromU8 } = require("fflate");
  const placeholders = { overview: "@@OVERVIEW@@", problems: "@@PROBLEMS@@" };
  const templates = [];
  for (const h1 of [false, true]) {
    const port = XlsxWorkbook.create();
    await insertReport(port, reportFromJson(report("@@UNIT@@", placeholders, h1)));
    templates.push(unzipSync(new Uint8Array(await port.toBuffer())));
  }
  for (const sub of ["xlsx", "json", "mixed100", "xlsx100"]) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  const next = random(2026);
  const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  for (let i = 0; i < WORKBOOKS + DATA_FILES; i++) {
    const unit = `县第${i + 1}单位`;
    const texts = { overview: text(next, 120), problems: text(next, 150) };
    const h1 = i % 10 === 9;
    const workbook = i < WORKBOOKS;
    const name = `${String(i + 1).padStart(4, "0")}${unit}.${workbook ? "xlsx" : "json"}`;
    const file = path.join(dir, workbook ? "xlsx" : "json", name);
    if (workbook) {
      const entries = { ...templates[h1 ? 1 : 0] };
      const strings = strFromU8(entries["xl/sharedStrings.xml"])
        .replace(/@@UNIT@@/g, unit)
        .replace("@@OVERVIEW@@", escape(texts.overview))
        .replace("@@PROBLEMS@@", escape(texts.problems));
      entries["xl/sharedStrings.xml"] = strToU8(strings);
      fs.writeFileSync(file, zipSync(entries, { level: 6 }));
    } else fs.writeFileSync(file, JSON.stringify(report(unit, texts, h1)));
    if (i % WORKBOOKS < 50) fs.copyFileSync(file, path.join(dir, "mixed100", name));
    if (i < 100) fs.copyFileSync(file, path.join(dir, "xlsx100", name));
  }
}

/**
 * Run `nianbao check <folders> --json` once: wall time, peak RSS (MB), CPU time (ms, all threads), the summary's
 * counts, and the machine's 1-minute load average right after (the wall time depends on it).
 */
function check(folders) {
  const args = ["-r", path.join(ROOT, "bin/bench-usage.cjs"), path.join(ROOT, "bin/nianbao.cjs"), "check", ...folders, "--json"];
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`nianbao check 退出码 ${r.status}：${r.stderr.slice(-2000)}`);
  const summary = JSON.parse(r.stdout).summary;
  const usage = /usage maxRSS=(\d+) cpu=(\d+)/.exec(r.stderr);
  return { ms, rss: Number(usage[1]) / 1024, cpu: Number(usage[2]) / 1000, summary, load: os.loadavg()[0] };
}

/** The 批量检查 section. */
async function run() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-bench-batch-"));
  try {
    const made = performance.now();
    await generate(dir);
    const generation = performance.now() - made;
    // Build the command once outside the measurements.
    spawnSync(process.execPath, [path.join(ROOT, "bin/nianbao.cjs"), "--help"]);
    const small = check([path.join(dir, "mixed100")]);
    const large = check([path.join(dir, "xlsx"), path.join(dir, "json")]);
    const workbooks = check([path.join(dir, "xlsx100")]);
    const manyWorkbooks = check([path.join(dir, "xlsx")]);
    const rate = (n, ms) => (n / (ms / 1000)).toFixed(0);
    const row = (label, n, m, extra = "") => ({
      label,
      samples: [m.ms],
      detail: `${rate(n, m.ms)} 份/秒（CPU 时间每份 ${(m.cpu / n).toFixed(1)} ms，即每核 ${rate(n, m.cpu)} 份/秒），内存峰值 ${m.rss.toFixed(0)} MB（测时负载 ${m.load.toFixed(1)}）；通过 ${m.summary.passed}，未通过 ${m.summary.failed}，无法读取 ${m.summary.unreadable}，内容雷同 ${m.summary.copies} 对${extra}`,
    });
    const growth = (large.rss - small.rss) / small.rss;
    // The rate is the batch's: on the 500 workbooks of the 1,000 files. 100 workbooks show what a small batch costs,
    // start-up (the process and its two checking threads, about 0.3 s) included.
    const wbRate = WORKBOOKS / (manyWorkbooks.ms / 1000);
    return {
      note: `新进程 nianbao check --json，各测 1 次；生成 ${WORKBOOKS} 个工作簿和 ${DATA_FILES} 个数据文件用时 ${(generation / 1000).toFixed(1)} s；${os.cpus().length} 核，1 分钟平均负载 ${os.loadavg()[0].toFixed(1)}`,
      rows: [
        row("100 个文件", 100, small),
        row("1000 个文件", WORKBOOKS + DATA_FILES, large, `；内存比 100 个时 ${growth >= 0 ? "多" : "少"} ${Math.abs(growth * 100).toFixed(1)}%（目标 ≤ 10%：${growth <= 0.1 ? "达标" : "未达标"}）`),
        row("100 个工作簿", 100, workbooks, "（含启动）"),
        row(`${WORKBOOKS} 个工作簿`, WORKBOOKS, manyWorkbooks, `（目标 ≥ 200 份/秒：${wbRate >= 200 ? "达标" : "未达标"}）`),
      ],
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { run, generate };
