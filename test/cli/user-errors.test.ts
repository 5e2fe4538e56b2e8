/**
 * The command's answers to inputs that broke earlier versions: output paths that are files, last year's report in the
 * 2019 format, English library messages, a folder to check, formulas without results. Every message is Chinese,
 * names the file, and the exit status is 0, 1 or 2.
 */
import { spawnSync } from "child_process";
import JSZip from "jszip";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli, type CliRun } from "../support/cli";
import { commanderErrorInChinese, wrapText } from "../../src/cli/help-text";
import { displayWidth } from "../../src/cli/findings-table";
import { internalErrorText, debugEnabled } from "../../src/cli/errors";
import { NB_TABLE3, SHEET_TABLES } from "../../src/workbook/layout";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { fixturePath } from "../support/shared";

const ROOT = join(__dirname, "../..");
const PINGTAN_2021 = fixturePath("pingtan-2021");
const PINGTAN_2020 = fixturePath("pingtan-2020");
const SEED_XLSX = join(ROOT, "examples/seed-2021.xlsx");

type Run = CliRun;
const run = runCli;

/** Words of commander, Node, exceljs and JSZip that must never reach the user. */
const ENGLISH = /error:|Usage:|Options:|Arguments:|Commands:|Did you mean|Unexpected|Corrupted|Cannot|EEXIST|ENOTDIR|EISDIR|ENOENT|\bat .*\.ts:\d+/;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-user-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("output paths", () => {
  test("report -o an existing file: exit 2, the file left alone", async () => {
    const file = join(dir, "ok.json");
    writeFileSync(file, "{}");
    const r = await run("report", PINGTAN_2021, "-o", file);
    expect([r.code, r.err, r.out]).toEqual([2, `输出位置“${file}”是一个文件，不是文件夹；请用 -o 给出一个文件夹（不存在时会新建），如 -o 输出\n`, ""]);
    expect(readFileSync(file, "utf8")).toBe("{}");
  });

  test("report -o a folder holding report files: refused naming them, nothing written; --force replaces them", async () => {
    // The tester's case: a second report run silently replaced the first one's files, while init/export refuse.
    const out = join(dir, "existing-report");
    mkdirSync(out);
    writeFileSync(join(out, "report.html"), "mine");
    writeFileSync(join(out, "report.csv"), "mine too");
    writeFileSync(join(out, "notes.txt"), "not ours");
    const r = await run("report", PINGTAN_2021, "-o", out);
    expect([r.code, r.out, r.err]).toEqual([1, "", `输出文件夹“${out}”中已有 report.html、report.csv，未作改动；如要覆盖，请加 --force，或用 -o 给出另一个文件夹\n`]);
    expect(readdirSync(out).sort()).toEqual(["notes.txt", "report.csv", "report.html"]);
    expect(readFileSync(join(out, "report.html"), "utf8")).toBe("mine");
    // A folder with only other files is used as it is.
    const other = join(dir, "other-files");
    mkdirSync(other);
    writeFileSync(join(other, "notes.txt"), "not ours");
    expect((await run("report", PINGTAN_2021, "-o", other)).code).toBe(0);
    expect(readdirSync(other).length).toBe(6);
    const forced = await run("report", PINGTAN_2021, "-o", out, "--force");
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, "report.html"), "utf8")).toContain("本年度共收到政府信息公开申请70件");
    expect(readFileSync(join(out, "notes.txt"), "utf8")).toBe("not ours");
  });

  test(".doc, .xls, .et, .wps given directly get the same 另存为 advice as in a folder", async () => {
    // The tester's case: given directly they got only 不支持的文件类型, in a folder the advice.
    const cases: [string, string][] = [
      ["old.doc", "这是旧版 Word 文件，请在 Word 中另存为 .docx 后再试"],
      ["old.xls", "这是旧版 Excel 97-2003 工作簿，请在 Excel 中另存为 .xlsx 后再试"],
      ["wps.et", "这是 WPS 表格文件，请在 WPS 中另存为 .xlsx 后再试"],
      ["wps.wps", "这是 WPS 文字文件，请在 WPS 中另存为 .docx 后再试"],
    ];
    const folder = join(dir, "old-types");
    mkdirSync(folder);
    for (const [name] of cases) writeFileSync(join(folder, name), "\xd0\xcf\x11\xe0 old office bytes");
    for (const [name, reason] of cases) {
      const file = join(folder, name);
      const direct = await run("check", file);
      expect([direct.code, direct.err.trim()]).toEqual([2, ""]);
      expect(direct.out).toContain(`无法读取“${file}”：${reason}\n`);
      const rep = await run("report", file, "-o", join(dir, "old-out"));
      expect([rep.code, rep.err]).toEqual([2, `无法读取“${file}”：${reason}\n`]);
      const imp = await run("import", file);
      expect([imp.code, imp.err.trim()]).toEqual([2, `无法导入“${file}”：${reason}`]);
    }
    const batch = await run("check", folder, "--json");
    const rows = JSON.parse(batch.out).files as { file: string; error: string }[];
    expect(rows.map((f) => f.error)).toEqual(["old.doc", "old.xls", "wps.et", "wps.wps"].map((n) => `无法读取“${join(folder, n)}”：${cases.find((c) => c[0] === n)![1]}`));
  });

  test("export -o ro/x.json and init ro/a.xlsx where ro is a file: exit 2 naming ro", async () => {
    const ro = join(dir, "ro");
    writeFileSync(ro, "a file");
    const e = await run("export", SEED_XLSX, "-o", join(ro, "x.json"));
    expect([e.code, e.err]).toEqual([2, `无法写入“${join(ro, "x.json")}”：“${ro}”不是文件夹\n`]);
    const i = await run("init", join(ro, "a.xlsx"));
    expect([i.code, i.err]).toEqual([2, `无法写入“${join(ro, "a.xlsx")}”：“${ro}”不是文件夹\n`]);
    const deeper = await run("report", PINGTAN_2021, "-o", join(ro, "sub", "out"));
    expect([deeper.code, deeper.err]).toEqual([2, `无法写入“${join(ro, "sub", "out")}”：“${ro}”不是文件夹\n`]);
    expect(readFileSync(ro, "utf8")).toBe("a file");
  });

  test("init --force onto a folder and export -o a folder: exit 2, the folder is named", async () => {
    const folder = join(dir, "folder.xlsx");
    mkdirSync(folder);
    expect(await run("init", folder, "--force")).toEqual({ code: 2, out: "", err: `无法写入“${folder}”：这是一个文件夹\n` });
    expect(await run("export", SEED_XLSX, "-o", dir)).toEqual({ code: 2, out: "", err: `无法写入“${dir}”：这是一个文件夹\n` });
  });

  test("export -o its own workbook, a non-.json name or an existing file: refused, the files left alone", async () => {
    const self = join(dir, "self.xlsx");
    writeFileSync(self, readFileSync(SEED_XLSX));
    const before = readFileSync(self);
    // The tester's case: the input workbook was replaced by JSON with "已导出 self.xlsx" and exit 0.
    const same = await run("export", self, "-o", self);
    expect([same.code, same.out, same.err]).toEqual([2, "", `输出文件“${self}”就是要导出的工作簿，不能覆盖它；请给出另一个 .json 文件名，如 -o report.json\n`]);
    // A link named .json to the workbook is the workbook too, even with --force.
    const alias = join(dir, "alias.json");
    symlinkSync(self, alias);
    expect((await run("export", self, "-o", alias, "--force")).code).toBe(2);
    expect(readFileSync(self).equals(before)).toBe(true);
    const csv = join(dir, "data.csv");
    expect(await run("export", self, "-o", csv)).toEqual({ code: 2, out: "", err: `输出文件“${csv}”应以 .json 结尾\n` });
    expect(existsSync(csv)).toBe(false);

    const existing = join(dir, "existing.json");
    writeFileSync(existing, "{}");
    expect(await run("export", self, "-o", existing)).toEqual({ code: 1, out: "", err: `文件“${existing}”已存在，未作改动；如要覆盖，请加 --force\n` });
    expect(readFileSync(existing, "utf8")).toBe("{}");
    const forced = await run("export", self, "-o", existing, "--force");
    expect([forced.code, forced.out]).toEqual([0, `已导出 ${existing}\n`]);
    expect(JSON.parse(readFileSync(existing, "utf8")).format).toBe("2021");
  });

  (existsSync("/proc/self") ? test : test.skip)("report -o /proc/x (where mkdir answers ENOENT): exit 2 at once, no endless loop", async () => {
    // The tester's case: the command spun at full CPU until killed.
    const r = await run("report", PINGTAN_2021, "-o", "/proc/nianbao-x");
    expect([r.code, r.out, r.err]).toEqual([2, "", "无法写入“/proc/nianbao-x”：这个位置不能新建文件夹或文件\n"]);
  });

  test("as a real process: exit 2 and one Chinese line, no stack trace", () => {
    const ro = join(dir, "ro-process");
    writeFileSync(ro, "");
    const r = spawnSync(process.execPath, ["bin/nianbao.cjs", "init", join(ro, "a.xlsx")], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`无法写入“${join(ro, "a.xlsx")}”：“${ro}”不是文件夹\n`);
    expect(r.stdout).toBe("");
  });
});

describe("--previous with last year's report in the 2019 format (平潭 2020)", () => {
  test("the tester's command: exit 0, a note that 表二 is not compared, S1 compared (0 = 0)", async () => {
    const r = await run("check", PINGTAN_2021, "--previous", PINGTAN_2020);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      `注意：上年报告“${PINGTAN_2020}”为 2019 年格式（国办公开办函〔2019〕60号），本报告为 2021 年格式：只比较两种格式共有的内容；表二的栏目不同、不可比，不做 S2 检查；C1a、C1b、S1 照常检查\n`,
    );
    expect(r.out).toContain("共检查 1 个文件：0 项强制");
  });

  test("S1 runs against 2020's 结转下年度 (0) when 2021's 上年结转 says 3; S2 does not run on 2019's 表二", async () => {
    const json = JSON.parse(readFileSync(PINGTAN_2021, "utf8"));
    json.table3.carried_over = [3, 0, 0, 0, 0, 0, 3];
    const current = join(dir, "pingtan-2021-carried.json");
    writeFileSync(current, JSON.stringify(json));
    const r = await run("check", current, "--previous", PINGTAN_2020, "--json");
    const out = JSON.parse(r.out) as { files: { findings: { id: string; left?: number; right?: number }[]; previous_note?: string }[]; previous: unknown };
    const cross = out.files[0].findings.filter((f) => /^S(1|2)\./.test(f.id)).map((f) => [f.id, f.left, f.right]);
    expect(cross).toEqual([
      ["S1.natural_person", 3, 0],
      ["S1.total", 3, 0],
    ]);
    expect(out.previous).toEqual({
      file: PINGTAN_2020,
      format: "2019",
      year: 2020,
      notes: [],
    });
    expect(out.files[0].previous_note).toContain("不做 S2 检查");
  });

  test("an unreadable previous file: a warning, the main file still checked, its exit status; --json has the error", async () => {
    const empty = join(dir, "empty-2020.json");
    writeFileSync(empty, "");
    const r = await run("check", PINGTAN_2021, "--previous", empty, "--json");
    expect(r.code).toBe(0);
    expect(r.err).toBe(`注意：上年报告“${empty}”无法读取：文件是空的（0 字节），请确认选对了文件，或在原来的程序中重新保存后再试；本次不做跨年度检查\n`);
    const out = JSON.parse(r.out);
    expect(out.previous).toEqual({ file: empty, error: `上年报告“${empty}”无法读取：文件是空的（0 字节），请确认选对了文件，或在原来的程序中重新保存后再试` });
    expect(out.files.map((f: { file: string; summary: { errors: number } }) => [f.file, f.summary.errors])).toEqual([[PINGTAN_2021, 0]]);

    const withError = JSON.parse(readFileSync(PINGTAN_2021, "utf8"));
    withError.table3.new[6] = 71;
    const bad = join(dir, "bad-2021.json");
    writeFileSync(bad, JSON.stringify(withError));
    expect((await run("check", bad, "--previous", empty)).code).toBe(1);
  });

  test("--previous or --previous-dir that does not exist, or of the wrong kind: exit 2 naming the path (it was a note and exit 0)", async () => {
    const nonexist = join(dir, "nonexist.json");
    expect(await run("check", PINGTAN_2021, "--previous", nonexist)).toEqual({
      code: 2,
      out: "",
      err: `上年报告“${nonexist}”不存在：请检查 --previous 后面的路径，或不加 --previous 只检查本年报告\n`,
    });
    expect((await run("check", PINGTAN_2021, "--previous", dir)).err).toBe(`上年报告“${dir}”是文件夹：--previous 应给出一份上年报告文件；按单位为每份报告找上年报告请用 --previous-dir\n`);
    const nodir = join(dir, "nodir");
    expect(await run("check", PINGTAN_2021, "--previous-dir", nodir)).toEqual({
      code: 2,
      out: "",
      err: `上年报告文件夹“${nodir}”不存在：请检查 --previous-dir 后面的路径，或不加 --previous-dir 只检查本年报告\n`,
    });
    const r = await run("check", PINGTAN_2021, "--previous-dir", PINGTAN_2020);
    expect([r.code, r.err]).toEqual([2, `“${PINGTAN_2020}”是文件，不是文件夹：--previous-dir 应给出上年各单位报告所在的文件夹；只有一份上年报告时请用 --previous\n`]);
  });
});

describe("library and commander messages in Chinese", () => {
  test("a truncated .xlsx and one with overlapping merges", async () => {
    const seed = readFileSync(SEED_XLSX);
    const truncated = join(dir, "truncated.xlsx");
    writeFileSync(truncated, seed.subarray(0, seed.length >> 1));
    const zip = await JSZip.loadAsync(seed);
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    const xml = await zip.file(sheets[0])!.async("string");
    expect(xml).toMatch(/<mergeCells count="\d+">/);
    zip.file(sheets[0], xml.replace(/<mergeCells count="(\d+)">/, (_m, n) => `<mergeCells count="${Number(n) + 2}"><mergeCell ref="D30:E31"/><mergeCell ref="E31:F32"/>`));
    const merged = join(dir, "merged.xlsx");
    writeFileSync(merged, await zip.generateAsync({ type: "nodebuffer" }));

    const r = await run("check", truncated, merged, "--json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).files).toEqual([
      { number: 1, file: truncated, status: "unreadable", error: `无法读取“${truncated}”：文件已损坏或不完整（不是完整的 .xlsx 压缩包）` },
      { number: 2, file: merged, status: "unreadable", error: `无法读取“${merged}”：文件中有相互重叠的合并单元格，无法读取；请用 Excel 打开（按提示修复）并另存后再试` },
    ]);
  });

  test("an empty .json and one with a syntax error on line 3", async () => {
    const empty = join(dir, "a.json");
    writeFileSync(empty, "");
    const broken = join(dir, "b.json");
    writeFileSync(broken, '{\n  "format": "2021",\n  "year": 2021,,\n}\n');
    const r = await run("check", empty, broken);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`  无法读取“${empty}”：文件是空的（0 字节），请确认选对了文件，或在原来的程序中重新保存后再试\n`);
    // line 3 `  "year": 2021,,`: the second comma is column 16, quoted from 12 characters before it
    expect(r.out).toContain(`  “${broken}”不是有效的 JSON：第 3 行第 16 列附近有误：多了一个逗号（…year": 2021,,）\n`);
    expect(r.out).not.toMatch(ENGLISH);
  });

  test("an .xlsx renamed .pdf is called a workbook, not a Word document; empty files of every type get one wording", async () => {
    const renamed = join(dir, "renamed.pdf");
    writeFileSync(renamed, readFileSync(SEED_XLSX));
    const r = await run("check", renamed);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`  无法读取“${renamed}”：这是 Excel 工作簿，不是 PDF 文件；如果它是年报工作簿，请把扩展名改为 .xlsx 后再试\n`);
    // These said 文件为空（0 字节）, 是空文件 and 文件是空的.
    for (const name of ["empty.xlsx", "empty.json", "empty.pdf"]) {
      const file = join(dir, name);
      writeFileSync(file, "");
      expect((await run("check", file)).out).toContain(`  无法读取“${file}”：文件是空的（0 字节），请确认选对了文件，或在原来的程序中重新保存后再试\n`);
    }
  });

  test("commander's errors: exit 2 with a Chinese line and the hint", async () => {
    const cases: [string[], string][] = [
      [["report", PINGTAN_2021], "缺少必需的选项 -o, --out <输出文件夹>"],
      [["check"], "缺少参数 <文件或文件夹>"],
      [["check", "--jsn", PINGTAN_2021], "不认识的选项“--jsn”（是否想输入 --json？）"],
      [["check", PINGTAN_2021, "--previous"], "选项 --previous 后面缺少取值（--previous <上年报告>）"],
      [["report", "a.json", "b.json", "-o", "out"], "参数过多：report 只接受 1 个参数，实际给了 2 个"],
      [["chek"], "不认识的命令“chek”（是否想输入 check？）"],
      // These gave the general help with exit 0, and "选项 -o, 后面缺少取值".
      [["help", "foo"], "不认识的命令“foo”"],
      [["export", "a.xlsx", "-o"], "选项 -o 后面缺少取值（-o, --out <报告数据.json>）"],
    ];
    for (const [argv, message] of cases) {
      const r = await run(...argv);
      expect([argv, r.code, r.err]).toEqual([argv, 2, `${message}\n（运行 nianbao --help 查看用法）\n`]);
    }
  });

  test("--version and -V print package.json's version, exit 0 (it was 不认识的选项)", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(await run("--version")).toEqual({ code: 0, out: `${version}\n`, err: "" });
    expect(await run("-V")).toEqual({ code: 0, out: `${version}\n`, err: "" });
  });

  test("--help in Chinese with the exit statuses; no English heading in any command's help", async () => {
    const r = await run("--help");
    expect(r.code).toBe(0);
    expect(r.out.startsWith("用法： nianbao <命令> [选项]\n")).toBe(true);
    expect(r.out).toContain("\n命令：\n");
    expect(r.out).toContain(
      "退出码：\n  0  完成；check 时所有报告都通过（没有强制问题）\n  1  check 有报告未通过（有强制问题）、有文件无法读取或名单上有单位没有报告；import 有单元格无法确定（已留空；原文本来空白的单元格不算）；或 init、import、export、report 的输出文件已存在而未覆盖（加 --force 覆盖）；aggregate 有合计因下属单位填的不是数字而留空\n  2  文件无法读取（check 时是所有文件都无法读取；report 时也包括工作簿的表格结构有问题、有统计表无法读取）或无法写入，或命令行参数有误（会说明原因）\n",
    );
    for (const command of ["init", "check", "report", "export", "import"]) {
      const h = await run(command, "--help");
      expect(h.code).toBe(0);
      expect(h.out).toContain(`用法： nianbao ${command} [选项]`);
      expect(h.out).toContain("\n选项：\n");
      expect(h.out).not.toMatch(/Usage|Options|Arguments|Commands|display help|\[options\]/);
    }
    expect((await run("check", "--help")).out).toContain("可给文件夹，检查其中（含子文件夹）所\n有报告");
  });

  test("commander messages this version does not know keep a Chinese lead", () => {
    expect(commanderErrorInChinese("error: something new\n")).toBe("命令行有误：something new");
    expect(commanderErrorInChinese("error: unknown command 'x'\n(Did you mean one of init, check?)\n")).toBe("不认识的命令“x”（是否想输入 init 或 check？）");
  });

  test("help text wraps between Chinese characters, not inside .xlsx or before a closing mark", () => {
    // widths: 检查工作簿 10 + （.xlsx） 9 = 19, 或 would make 21; （.json）： 11 goes with 表格勾稽 8 = 19; …
    const lines = wrapText("检查工作簿（.xlsx）或报告数据（.json）：表格勾稽关系和文字提示；可给文件夹", 20).split("\n");
    expect(lines).toEqual(["检查工作簿（.xlsx）", "或报告数据", "（.json）：表格勾稽", "关系和文字提示；可给", "文件夹"]);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(20);
    expect(wrapText("short line\n\nnext", 20)).toBe("short line\n\nnext");
  });

  test("an internal error: a Chinese line; its stack only with NIANBAO_DEBUG=1", () => {
    const e = new Error("boom");
    const plain = internalErrorText(e, false);
    expect(plain).toContain("nianbao 内部错误");
    expect(plain).toContain("NIANBAO_DEBUG=1");
    expect(plain).not.toContain("boom");
    expect(internalErrorText(e, true)).toContain(e.stack!);
    expect([debugEnabled({}), debugEnabled({ NIANBAO_DEBUG: "0" }), debugEnabled({ NIANBAO_DEBUG: "1" })]).toEqual([false, false, true]);
  });
});

describe("check <folder>", () => {
  test("checks the .xlsx and .json files in it and its sub-folders, by path, not Excel lock files or other types", async () => {
    const folder = join(dir, "reports");
    mkdirSync(join(folder, "sub"), { recursive: true });
    writeFileSync(join(folder, "b.json"), readFileSync(PINGTAN_2021));
    writeFileSync(join(folder, "a.xlsx"), readFileSync(SEED_XLSX));
    writeFileSync(join(folder, "~$a.xlsx"), "lock");
    writeFileSync(join(folder, "notes.txt"), "x");
    writeFileSync(join(folder, "sub", "c.json"), readFileSync(PINGTAN_2021));
    const r = await run("check", folder, "--json");
    // the seed workbook has 3 强制 findings (its blank 规章 row), 平潭 2021 none
    expect(r.code).toBe(1);
    const files = JSON.parse(r.out).files as { file: string; summary: { errors: number } }[];
    expect(files.map((f) => [f.file, f.summary.errors])).toEqual([
      [join(folder, "a.xlsx"), 3],
      [join(folder, "b.json"), 0],
      [join(folder, "sub", "c.json"), 0],
    ]);
    const text = await run("check", folder);
    expect(text.out.startsWith(`文件夹“${folder}”：检查其中（含子文件夹）3 个文件\n`)).toBe(true);
    expect(text.out).toContain("共检查 3 个文件：3 项强制");
  });

  test("a folder without such files: exit 2 saying so", async () => {
    const empty = join(dir, "empty-folder");
    mkdirSync(empty);
    const r = await run("check", empty);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`无法读取“${empty}”：这是文件夹，其中（含子文件夹）没有 .xlsx、.json、.pdf、.docx 或 .html 文件`);
  });
});

test("a formula without a cached result in an input cell is reported as a formula (H5) naming the cell, not as blank", async () => {
  const xlsx = join(dir, "formula.xlsx");
  expect((await run("init", xlsx, "--data", PINGTAN_2021)).code).toBe(0);
  const wb = await XlsxWorkbook.open(xlsx);
  const t3 = wb.resolveName(NB_TABLE3)!;
  // 一、本年新收·总计: table row 3, column 9; a program that does not calculate saves <f> without <v>
  wb.worksheet(SHEET_TABLES).getCell(t3.row + 3 + 1, t3.col + 9 + 1).value = { formula: "SUM(D5:I5)" } as never;
  await wb.save(xlsx);
  const r = await run("check", xlsx, "--json");
  expect(r.code).toBe(1);
  const findings = JSON.parse(r.out).files[0].findings as { rule: string; cells: string[]; message: string }[];
  const onCell = findings.filter((f) => f.cells[0] === "table3.new[total]" && (f.rule === "H5" || f.rule === "H6"));
  expect(onCell.map((f) => f.rule)).toEqual(["H5"]);
  expect(onCell[0].message).toMatch(/^表三 一、本年新收·总计是公式“=SUM\(D5:I5\)”，但文件中没有它的计算结果/);
});
