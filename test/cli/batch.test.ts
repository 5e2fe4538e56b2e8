/**
 * `nianbao check` over a county's folder of reports (test/support/region.ts): one row per file in path order, the
 * right status and counts on each, unreadable files as rows with their reason, sub-folders walked, the same outcomes
 * from worker threads as from the command's own thread, progress lines for a long batch.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../support/cli";
import { makeRegion, unitReport, type Region } from "../support/region";
import { localPool, runOrdered, workerPool } from "../../src/cli/batch/pool";
import type { CheckTask } from "../../src/cli/batch/checker";
import type { ReportOutcome } from "../../src/review/outcome";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { builder } = require("../../bin/cli-build.cjs") as { builder(): { ensureBuilt(note?: (t: string) => void): string; bundlePath(name: string): string } };

interface JsonRow {
  file: string;
  status: string;
  unit?: string;
  error?: string;
  summary?: { errors: number; warnings: number; explained: number };
  findings?: { id: string }[];
}

let dir: string;
let region: Region;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-batch-"));
  region = await makeRegion(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rowsOf = (out: string) => (JSON.parse(out) as { files: JsonRow[] }).files;

describe("check <the region's folder>", () => {
  test("one row per file in path order (sub-folder included), with status and counts computed by hand", async () => {
    const r = await runCli("check", region.folder, "--json");
    expect(r.code).toBe(1);
    const rows = rowsOf(r.out);
    expect(rows.map((f) => [f.file, f.status, f.summary?.errors ?? null, f.summary?.warnings ?? null])).toEqual([
      [region.dataFile, "passed", 0, 0],
      [region.truncated, "unreadable", null, null],
      [region.good, "passed", 0, 0],
      [region.copyB, "passed", 0, 0],
      // 表三 一、本年新收·总计 71: H1 on the row (71 ≠ 64+0+0+2+0+4) and H3 on the 总计 column (71 + 0 ≠ 69 + 1)
      [region.h1, "failed", 2, 0],
      [region.copyA, "passed", 0, 0],
      [region.notReport, "unreadable", null, null],
    ]);
    expect(rows[4].findings!.map((f) => f.id)).toEqual(["H1.new", "H3.total"]);
    expect(rows[1].error).toBe(`无法读取“${region.truncated}”：文件已损坏或不完整（不是完整的 .xlsx 压缩包）`);
    expect(rows[6].error).toContain("不是年报工作簿");
    expect(rows.map((f) => f.unit ?? null)).toEqual(["城关镇", null, "县人力资源和社会保障局", "县林业局", "县民政局", "县水利局", null]);
    const summary = (JSON.parse(r.out) as { summary: Record<string, unknown> }).summary;
    expect(summary).toMatchObject({ files: 7, passed: 4, failed: 1, unreadable: 2, errors: 2, warnings: 0, explained: 0, copies: 1 });
    expect(summary.rules).toEqual([
      { rule: "H1", title: "表三行合计不符", severity: "error", reports: 1, findings: 1 },
      { rule: "H3", title: "表三勾稽关系不符", severity: "error", reports: 1, findings: 1 },
    ]);
  });

  test("--json is one document: its name and version, when and what was checked, then the files numbered in order", async () => {
    const r = await runCli("check", region.folder, "--json");
    const doc = JSON.parse(r.out) as Record<string, unknown> & { files: { number: number }[] };
    expect(Object.keys(doc)).toEqual(["document", "version", "checked_at", "inputs", "files", "summary", "copies"]);
    expect([doc.document, doc.version, doc.inputs]).toEqual(["nianbao-check", 2, [region.folder]]);
    expect(doc.checked_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(doc.files.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // the help documents every member
    const help = await runCli("check", "--help");
    for (const key of Object.keys(doc).concat(["roster", "not_on_roster", "missing"])) expect(help.out).toContain(key);
  });

  test("text: a block per file, then the summary table and the count line", async () => {
    const r = await runCli("check", region.folder);
    expect(r.code).toBe(1);
    expect(r.out.startsWith(`文件夹“${region.folder}”：检查其中（含子文件夹）7 个文件\n`)).toBe(true);
    const lines = r.out.split("\n");
    const table = lines.slice(lines.indexOf("汇总") + 1, lines.indexOf("汇总") + 9).map((l) => l.trim().split(/\s+/));
    expect(table[0]).toEqual(["结果", "强制", "提示", "已说明", "年度", "格式", "单位", "文件"]);
    expect(table[5]).toEqual(["未通过", "2", "0", "0", "2021", "2021", "县民政局", region.h1]);
    expect(table[2]).toEqual(["无法读取", region.truncated]);
    expect(lines).toContain("共检查 7 个文件：2 项强制，0 项提示，2 个文件无法读取；通过 4 个，未通过 1 个");
  });

  test("files of report types that cannot be read are rows saying why; lock files, hidden files and notes (.txt) are skipped", async () => {
    const folder = join(dir, "mixed");
    mkdirSync(join(folder, "a"), { recursive: true });
    copyFileSync(region.dataFile, join(folder, "a", "城关镇.json"));
    writeFileSync(join(folder, "县审计局年报.pdf"), "%PDF-1.4");
    writeFileSync(join(folder, "~$县民政局.xlsx"), "lock");
    writeFileSync(join(folder, ".DS_Store"), "x");
    writeFileSync(join(folder, "说明.txt"), "x");
    const r = await runCli("check", folder, "--json");
    expect(r.code).toBe(1);
    expect(rowsOf(r.out).map((f) => [f.file, f.status])).toEqual([
      [join(folder, "a", "城关镇.json"), "passed"],
      [join(folder, "县审计局年报.pdf"), "unreadable"],
    ]);
    expect(rowsOf(r.out)[1].error).toBe(`无法读取“${join(folder, "县审计局年报.pdf")}”：PDF 文件已损坏或不完整，无法读取`);
  });

  test("a file given twice, or given and inside a folder given, is checked once", async () => {
    const r = await runCli("check", region.good, region.folder, region.good, "--json");
    const files = rowsOf(r.out).map((f) => f.file);
    expect(files.length).toBe(7);
    expect(files[0]).toBe(region.good);
  });
});

describe("copied text", () => {
  test("the two units whose 五 is the same apart from names and figures: one pair, 100 %, with a quote", async () => {
    const r = await runCli("check", region.folder, "--json");
    const copies = (JSON.parse(r.out) as { copies: Record<string, unknown>[] }).copies;
    expect(copies).toEqual([
      {
        rule: "C1a",
        field: "text.problems",
        section: "五、存在的主要问题及改进情况",
        similarity: 1,
        quote: "下一步，县林业局将加强业务培训，丰富解读形式，规范办理流程，不断提升政府信息公开工作水平",
        a: { number: 4, file: region.copyB, unit: "县林业局" },
        b: { number: 6, file: region.copyA, unit: "县水利局" },
      },
    ]);
    const text = await runCli("check", region.folder);
    expect(text.out).toContain(`内容雷同（单位之间，除名称和数字外几乎相同）：1 组\n  五、存在的主要问题及改进情况（C1a）：2 份报告\n    100%  县林业局（${region.copyB}） 与 县水利局（${region.copyA}）\n`);
  });

  test("--previous-dir: each unit against its own last year's report, found by its name; the others say they have none", async () => {
    const last = join(dir, "上年");
    mkdirSync(last);
    const copyA = unitReport("县水利局") as { year: number; table2: { normative_documents: { in_force: number } }; table3: Record<string, number[]> };
    copyA.year = 2020;
    // S1 and S2 hold: this year's 上年结转 is 0 in every column, and 665 现行有效 = 599 + 69 制发 − 3 废止
    copyA.table3.carried_forward = [0, 0, 0, 0, 0, 0, 0];
    copyA.table2.normative_documents.in_force = 599;
    writeFileSync(join(last, "2020年县水利局年报.json"), JSON.stringify(copyA));
    const r = await runCli("check", region.folder, "--previous-dir", last, "--json");
    const rows = rowsOf(r.out) as (JsonRow & { previous?: { file: string }; previous_copies?: { rule: string; similarity: number }[] })[];
    const water = rows.find((f) => f.file === region.copyA)!;
    expect(water.previous!.file).toBe(join(last, "2020年县水利局年报.json"));
    // Last year's 五 and 一 are this year's word for word: C1a and C1b, 100 %; 上年结转 (0) agrees with last year's 结转 (0)
    expect(water.previous_copies!.map((c) => [c.rule, c.similarity])).toEqual([
      ["C1a", 1],
      ["C1b", 1],
    ]);
    expect(water.findings!.map((f) => f.id)).toEqual(["C1a", "C1b"]);
    expect(rows.filter((f) => f.previous).length).toBe(1);
    expect(r.err).toContain("注意：上年报告文件夹中没有“县民政局” 2020 年度的报告，不做跨年度检查");
  });
});

describe("--html and --csv", () => {
  test("write the page and the table, say so, and are not taken as inputs when written inside the folder checked", async () => {
    const html = join(region.folder, "汇总.html");
    const csv = join(region.folder, "汇总.csv");
    const first = await runCli("check", region.folder, "--html", html, "--csv", csv);
    expect(first.code).toBe(1);
    expect(first.out.endsWith(`已生成 ${html}\n已生成 ${csv}\n`)).toBe(true);
    const page = readFileSync(html, "utf8");
    expect(page).toContain("<h1>政府信息公开工作年度报告审核汇总</h1>");
    // links are relative to the page: the page sits in the folder it lists
    expect(page).toContain('<a href="%E5%8E%BF%E6%B0%91%E6%94%BF%E5%B1%80.xlsx">县民政局.xlsx</a>');
    expect(readFileSync(csv, "utf8").split("\r\n").length).toBe(1 + 7 + 1);
    const again = await runCli("check", region.folder, "--json", "--csv", csv);
    expect(rowsOf(again.out).length).toBe(7);
    expect(again.err).toContain(`已生成 ${csv}\n`);
    rmSync(html);
    rmSync(csv);
  });

  test("an output path that is a folder: exit 2 before anything is checked", async () => {
    const r = await runCli("check", region.folder, "--html", region.folder);
    expect([r.code, r.err, r.out]).toEqual([2, `无法写入“${region.folder}”：这是一个文件夹\n`, ""]);
  });
});

describe("a long batch", () => {
  test("plain progress lines on stderr at every tenth when stderr is not a terminal", async () => {
    const folder = join(dir, "thirty");
    mkdirSync(folder);
    for (let i = 0; i < 30; i++) copyFileSync(region.dataFile, join(folder, `u${String(i).padStart(2, "0")}.json`));
    const r = await runCli("check", folder, "--json");
    expect(r.code).toBe(0);
    expect(r.err.split("\n").filter((l) => l !== "")).toEqual([3, 6, 9, 12, 15, 18, 21, 24, 27, 30].map((n) => `检查进度：${n}/30（${Math.floor((n * 100) / 30)}%）`));
  });

  test("worker threads give the same outcomes, in the same order, as the command's own thread", async () => {
    const files = [region.good, region.h1, region.dataFile, region.truncated, region.notReport, region.copyA, region.copyB];
    const tasks: CheckTask[] = Array.from({ length: 9 }, (_, index) => ({ kind: "check", index, file: files[index % files.length] }));
    const collect = async (threads: boolean) => {
      const out: ReportOutcome[] = [];
      builder().ensureBuilt(() => undefined);
      const pool = threads ? workerPool(builder().bundlePath("check-worker"), {}, 2) : localPool({});
      expect(pool.threads).toBe(threads);
      await runOrdered(pool, tasks, (o) => out.push(o));
      await pool.close();
      return out;
    };
    const local = await collect(false);
    const threaded = await collect(true);
    expect(threaded.map((o) => o.index)).toEqual(tasks.map((t) => t.index));
    expect(threaded).toEqual(local);
    expect(local.map((o) => o.status).slice(0, 7)).toEqual(["passed", "failed", "passed", "unreadable", "unreadable", "passed", "passed"]);
  });
});
