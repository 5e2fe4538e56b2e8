/**
 * Published reports on the command line: `nianbao import` prints per file what was read, recovered (each row with its
 * note and cells), left blank (无法确定, naming the row) and printed differently from the format (S8), and writes
 * report data or a workbook; `check`, `report` and `--previous` read .pdf, .docx, .html and .txt directly, folders
 * recursively. Bad input is a Chinese reason and exit 2, with nothing written.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import * as iconv from "iconv-lite";
import { strToU8, zipSync } from "fflate";
import { FORMAT_2021 } from "../../src/format";
import { getValue, reportFromJson, type ReportData } from "../../src/report";
import { runCli } from "../support/cli";
import { encryptedPdf, pdfWithoutText } from "../support/pdf-bytes";
import { REPORT_FIXTURES, SHARED_DIR } from "../support/shared";

const ROOT = join(__dirname, "../..");
const HUAIAN_PDF = join(REPORT_FIXTURES, "huaian-2024.pdf");
const SEED_TXT = join(SHARED_DIR, "seeds/000_d71ea51a89262727.txt");
const P2020 = join(REPORT_FIXTURES, "pingtan-2020.source.txt");
const P2021 = join(REPORT_FIXTURES, "pingtan-2021.source.txt");

const dataFile = (p: string): ReportData => reportFromJson(JSON.parse(readFileSync(p, "utf8")));
/** The 2021 cells whose values differ between two reports. */
const differences = (a: ReportData, b: ReportData) =>
  FORMAT_2021.inputCells.filter((c) => getValue(a, c.key) !== getValue(b, c.key)).map((c) => c.key);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-import-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("nianbao import", () => {
  test("pingtan-2024: 表四's digits read one way are listed per group (行政复议, 未经复议直接起诉, 复议后起诉)", async () => {
    const r = await runCli("import", join(REPORT_FIXTURES, "pingtan-2024.source.txt"), "-o", join(dir, "out-p2024"));
    expect(r.out).toContain(
      "      行政复议：结果维持 2，结果纠正 1，其他结果 3，尚未审结 1，总计 7；未经复议直接起诉：尚未审结 0，总计 0；" +
        "复议后起诉：结果维持 13，结果纠正 2，其他结果 4，尚未审结 0，总计 19\n",
    );
  });

  test("our own report.docx with 17 cells left blank: 读出 181 个单元格，17 个空白; blank as printed is no 无法确定, exit 0", async () => {
    // 平潭 2020 (2019 format, 198 cells) with 表三 一、二 (14 cells) and 3 cells of （一）予以公开 blank.
    const json = JSON.parse(readFileSync(join(REPORT_FIXTURES, "pingtan-2020.data.json"), "utf8"));
    json.table3.new = Array(7).fill(null);
    json.table3.carried_over = Array(7).fill(null);
    json.table3.granted = [null, null, null, 0, 0, 1, 7];
    const data = join(dir, "blanks-2020.json");
    writeFileSync(data, JSON.stringify(json));
    const out = join(dir, "blanks-report");
    expect((await runCli("report", data, "-o", out)).code).toBe(0);
    const r = await runCli("import", join(out, "report.docx"), "-o", join(dir, "blanks-import"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("（Word 文档，2019 年格式）");
    expect(r.out).toContain("\n  读出 181 个单元格，17 个空白\n");
    expect(r.out).not.toContain("无法确定");
    const back = dataFile(join(dir, "blanks-import", "report.json"));
    expect(getValue(back, "table3.new[total]")).toBeNull();
    expect(getValue(back, "table3.granted[research]")).toBeNull();
    expect(getValue(back, "table3.granted[total]")).toBe(7);
  });

  test("huaian-2024.pdf → a folder: all 200 cells read as printed, the three “1、” labels as S8, exit 0", async () => {
    const out = join(dir, "out-huaian");
    const r = await runCli("import", HUAIAN_PDF, "-o", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${HUAIAN_PDF}（PDF，2021 年格式）：淮安市人民政府 2024 年度\n  读出 200 个单元格\n  标签与格式不同（S8）3 处：\n`);
    expect(r.out).toContain("    表三：应为“3.其他”，原文为“3、其他”\n");
    expect(r.out).not.toContain("推算");
    expect(r.out).not.toContain("无法确定");
    expect(r.out).toContain(`  已写入 ${join(out, "huaian-2024.json")}`);
    const written = dataFile(join(out, "huaian-2024.json"));
    expect(differences(written, dataFile(join(REPORT_FIXTURES, "huaian-2024.data.json")))).toEqual([]);
    expect(written.agency).toBe("淮安市人民政府");
  });

  test("the seed's text: 32 cells read, 168 recovered, each of the 24 rows with its note and its cells, exit 0", async () => {
    const r = await runCli("import", SEED_TXT);
    expect(r.code).toBe(0);
    // 32 cells printed: 29 numbers and the blank 规章 row's 3 cells.
    expect(r.out).toContain("  读出 29 个单元格，3 个空白\n  推算 168 个单元格（原文缺数或数字连写，按勾稽关系只有一种读法）：\n");
    expect(r.out).toContain(
      "    表三 二、上年结转：原文只有 6 个数（缺 1 个，位置看不出），按勾稽关系各种读法都是 0、0、0、0、0、0、0\n" +
        "      自然人 0，商业企业 0，科研机构 0，社会公益组织 0，法律服务机构 0，其他组织 0，总计 0\n",
    );
    expect(r.out.match(/按勾稽关系各种读法都是/g)).toHaveLength(24);
    expect(r.out).toContain("（未写出文件：");
  });

  test("pingtan-2021 → .xlsx: the 行政规范性文件 row is left blank and named, exit 1; the workbook holds the rest", async () => {
    const out = join(dir, "p2021.xlsx");
    const r = await runCli("import", P2021, "-o", out);
    expect(r.code).toBe(1);
    expect(r.out).toContain("  无法确定 3 个单元格，已留空（请对照原文填写）：\n    表二 行政规范性文件：数字连写或缺格，有多种读法且勾稽关系不能确定（原文“693665”）\n");
    expect(r.out).toContain("  结果不完整：3 个单元格无法确定，已留空，请对照原文补填\n");
    const exported = await runCli("export", out);
    expect(exported.code).toBe(0);
    const fromWorkbook = reportFromJson(JSON.parse(exported.out));
    const expected = dataFile(join(REPORT_FIXTURES, "pingtan-2021.data.json"));
    expect(differences(fromWorkbook, expected)).toEqual([
      "table2.normative_documents.issued",
      "table2.normative_documents.repealed",
      "table2.normative_documents.in_force",
    ]);
    expect(getValue(fromWorkbook, "table2.normative_documents.issued")).toBeNull();
  });

  test("pingtan-2020 (2019 format) keeps its real H2 error: （七）总计 20 and 21 as printed", async () => {
    const out = join(dir, "p2020.json");
    const r = await runCli("import", P2020, "-o", out, "--json");
    expect(r.code).toBe(1);
    const [file] = (JSON.parse(r.out) as { files: Record<string, unknown>[] }).files;
    expect(file.format).toBe("2019");
    expect((file.undetermined as { row: string }[]).map((u) => u.row)).toEqual([
      "表二 规范性文件",
      "表二 行政许可",
      "表二 其他对外管理服务事项",
      "表二 行政处罚",
      "表二 行政强制",
      "表二 政府集中采购",
    ]);
    const data = dataFile(out);
    expect([getValue(data, "table3.total[natural_person]"), getValue(data, "table3.total[total]")]).toEqual([20, 21]);
  });

  test("several files need a folder, an existing output is not replaced without --force", async () => {
    const several = await runCli("import", SEED_TXT, P2021, "-o", join(dir, "x.json"));
    expect(several.code).toBe(2);
    expect(several.err).toContain("-o 应为文件夹");
    const out = join(dir, "exists.json");
    writeFileSync(out, "{}");
    const refused = await runCli("import", SEED_TXT, "-o", out);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`文件“${out}”已存在，未作改动；如要覆盖，请加 --force`);
    expect(readFileSync(out, "utf8")).toBe("{}");
    expect((await runCli("import", SEED_TXT, "-o", out, "--force")).code).toBe(0);
    expect(dataFile(out).agency).toBe("三明市沙县区工信与科技局");
  });
});

describe("check and report read published reports directly", () => {
  test("check huaian-2024.pdf: passes, with the three S8 findings and no arithmetic finding", async () => {
    const r = await runCli("check", HUAIAN_PDF, "--json");
    expect(r.code).toBe(0);
    const [file] = (JSON.parse(r.out) as { files: { findings: { rule: string }[] }[] }).files;
    expect(file.findings.filter((f) => f.rule === "S8")).toHaveLength(3);
    expect(file.findings.filter((f) => /^H/.test(f.rule))).toEqual([]);
  });

  test("check pingtan-2020's text: the two H2 errors of −6 and a 无法确定 per unreadable 表二 row", async () => {
    const r = await runCli("check", P2020, "--json");
    expect(r.code).toBe(1);
    const [file] = (JSON.parse(r.out) as { files: { findings: { id: string; rule: string; difference?: number }[] }[] }).files;
    expect(file.findings.filter((f) => f.rule === "H2").map((f) => [f.id, f.difference])).toEqual([
      ["H2.natural_person", -6],
      ["H2.total", -6],
    ]);
    expect(file.findings.filter((f) => f.rule === "import")).toHaveLength(6);
  });

  test("report from a .txt with --previous as text: the five files, the import summary and last year's notes", async () => {
    const out = join(dir, "report-2021");
    const r = await runCli("report", P2021, "-o", out, "--previous", P2020);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["report.csv", "report.docx", "report.html", "report.json", "report.md"]);
    expect(r.err).toContain(`已从“${P2021}”导入（文本，2021 年格式）：读出 160 个单元格，按勾稽关系推算 37 个，无法确定、已留空 3 个`);
    expect(r.err).toContain(`上年报告“${P2020}”中表二 规范性文件、`);
    // 上年结转 (S1) is compared with last year's 结转下年度, read from the 2020 page: no S1 finding (they agree).
    const json = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as { findings?: { rule: string }[] };
    expect((json.findings ?? []).filter((f) => f.rule === "S1")).toEqual([]);
  });

  test("a folder with our own .docx and .html in a sub-folder and a PDF: every document is checked; a .txt note is skipped", async () => {
    const made = join(dir, "made");
    expect((await runCli("report", join(ROOT, "examples/seed-2021.json"), "-o", made)).code).toBe(0);
    const folder = join(dir, "received");
    mkdirSync(join(folder, "sub"), { recursive: true });
    copyFileSync(join(made, "report.docx"), join(folder, "sub", "沙县工信局.docx"));
    copyFileSync(join(made, "report.html"), join(folder, "sub", "沙县工信局.html"));
    copyFileSync(HUAIAN_PDF, join(folder, "淮安.pdf"));
    writeFileSync(join(folder, "说明.txt"), "收到的报告");
    const r = await runCli("check", folder, "--json");
    const files = (JSON.parse(r.out) as { files: { file: string; status: string; unit?: string }[] }).files;
    expect(files.map((f) => [f.file, f.status])).toEqual([
      [join(folder, "sub", "沙县工信局.docx"), "failed"],
      [join(folder, "sub", "沙县工信局.html"), "failed"],
      [join(folder, "淮安.pdf"), "passed"],
    ]);
  });
});

describe("bad input: a Chinese reason and exit 2, nothing written", () => {
  const seedText = readFileSync(SEED_TXT, "utf8");
  const cases: [string, string, () => Uint8Array, string][] = [
    ["a truncated PDF", "截断.pdf", () => new Uint8Array(readFileSync(HUAIAN_PDF)).slice(0, 5000), "PDF 文件已损坏或不完整，无法读取"],
    ["an encrypted PDF", "加密.pdf", encryptedPdf, "PDF 已加密（需要密码才能打开）"],
    ["an image-only PDF (a scan)", "扫描件.pdf", pdfWithoutText, "PDF 没有文字层（可能是扫描件或图片）"],
    ["an old .doc renamed .docx", "旧版.docx", () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), "另存为 .docx"],
    ["a zip that is not a Word document", "压缩包.docx", () => zipSync({ "a.txt": strToU8("x") }), "不是 .docx"],
    ["a web page with no tables", "通知.html", () => strToU8("<html><body><p>关于开展政务公开工作的通知</p></body></html>"), "没有找到政府信息公开工作年度报告的统计表"],
    ["a text of neither format", "纪要.txt", () => strToU8("会议纪要\n一、会议内容\n二、下一步工作"), "没有找到政府信息公开工作年度报告的统计表"],
    ["two reports in one file", "两份.txt", () => strToU8(`${seedText}\n${seedText}`), "文件中有不止一份报告"],
    ["text in no known encoding", "乱码.txt", () => Uint8Array.from([0xff, 0xfe - 1, 0xff, 0x41, 0xff, 0xff, 0x80, 0x80]), "文字编码无法识别"],
  ];
  test.each(cases)("%s", async (_name, fileName, bytes, reason) => {
    const file = join(dir, fileName);
    writeFileSync(file, bytes());
    const out = join(dir, `bad-${fileName}.json`);
    const imported = await runCli("import", file, "-o", out);
    expect(imported.code).toBe(2);
    expect(imported.err).toContain(`无法导入“${file}”：`);
    expect(imported.err).toContain(reason);
    expect(existsSync(out)).toBe(false);
    const checked = await runCli("check", file);
    expect(checked.code).toBe(2);
    expect(checked.out).toContain(`无法读取“${file}”：`);
    expect(checked.out).toContain(reason);
    const reported = await runCli("report", file, "-o", join(dir, `bad-${fileName}-out`));
    expect(reported.code).toBe(2);
    expect(reported.err).toContain(reason);
    expect(existsSync(join(dir, `bad-${fileName}-out`))).toBe(false);
  });

  test("one unreadable file among readable ones: the others are imported, exit 2", async () => {
    const bad = join(dir, "坏.pdf");
    writeFileSync(bad, pdfWithoutText());
    const out = join(dir, "mixed-out");
    const r = await runCli("import", bad, HUAIAN_PDF, "-o", out);
    expect(r.code).toBe(2);
    expect(readdirSync(out)).toEqual(["huaian-2024.json"]);
  });
});

describe("text in GBK (older pages) is read, not refused", () => {
  test("the seed's text saved as GBK imports to the same cells, saying which encoding it was read in", async () => {
    const file = join(dir, "seed-gbk.txt");
    writeFileSync(file, iconv.encode(readFileSync(SEED_TXT, "utf8"), "gbk"));
    const out = join(dir, "seed-gbk.json");
    const r = await runCli("import", file, "-o", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${file}（文本（GBK/GB18030 编码），2021 年格式）：三明市沙县区工信与科技局 2021 年度`);
    const utf8 = join(dir, "seed-utf8.json");
    expect((await runCli("import", SEED_TXT, "-o", utf8)).code).toBe(0);
    expect(dataFile(out)).toEqual(dataFile(utf8));
  });

  test("a GBK web page (charset gb2312) is checked like its UTF-8 original", async () => {
    const made = join(dir, "made-gbk");
    expect((await runCli("report", join(ROOT, "examples/seed-2021.json"), "-o", made)).code).toBe(0);
    const html = readFileSync(join(made, "report.html"), "utf8").replace(/<meta charset="utf-8"\s*\/?>/i, '<meta charset="gb2312">');
    const file = join(dir, "gbk.html");
    writeFileSync(file, iconv.encode(html, "gbk"));
    const gbk = await runCli("check", file, "--json");
    const original = await runCli("check", join(made, "report.html"), "--json");
    const findings = (r: { out: string }) => (JSON.parse(r.out) as { files: { findings: unknown[] }[] }).files[0].findings;
    expect(gbk.code).toBe(original.code);
    expect(findings(gbk)).toEqual(findings(original));
  });
});
