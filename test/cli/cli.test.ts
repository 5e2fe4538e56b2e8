/**
 * The `nianbao` command, run through its main function with captured output, and once as real processes.
 * Expected figures are read by hand from the data files (see the comments).
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli, type CliRun } from "../support/cli";
import { displayWidth, shortenMiddle } from "../../src/cli/findings-table";
import { reportFromJson } from "../../src/report";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { REPORT_FIXTURES } from "../support/shared";

const ROOT = join(__dirname, "../..");
const FIXTURES = REPORT_FIXTURES;
const PINGTAN_2021 = join(FIXTURES, "pingtan-2021.data.json");
const SEED_XLSX = join(ROOT, "examples/seed-2021.xlsx");
const SEED_JSON = join(ROOT, "examples/seed-2021.json");

type Run = CliRun;
const run = runCli;

interface JsonFinding {
  id: string;
  rule: string;
  severity: "error" | "warning";
  message: string;
  cells: string[];
  left?: number;
  right?: number;
  difference?: number;
}
interface JsonFile {
  file: string;
  error?: string;
  findings?: JsonFinding[];
}

function parseJson(r: Run): JsonFile[] {
  return (JSON.parse(r.out) as { files: JsonFile[] }).files;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-cli-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function writeJson(name: string, json: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

/** 平潭 2020 (2019 format) made into 2021-format data: （六）其他处理 4 goes to other_3, table 2 all 0. */
function pingtan2020As2021(): unknown {
  const src = JSON.parse(readFileSync(join(FIXTURES, "pingtan-2020.data.json"), "utf8"));
  const { other, ...rows } = src.table3;
  const zero = [0, 0, 0, 0, 0, 0, 0];
  return {
    format: "2021",
    year: 2020,
    agency: src.agency,
    table2: {
      regulations: { issued: 0, repealed: 0, in_force: 0 },
      normative_documents: { issued: 0, repealed: 0, in_force: 0 },
      licensing: 0,
      penalty: 0,
      enforcement: 0,
      fees: 0,
    },
    table3: { ...rows, other_1: zero, other_2: zero, other_3: other },
    table4: src.table4,
  };
}

describe("check: exit status", () => {
  test("0 for a consistent report (平潭 2021 data)", async () => {
    const r = await run("check", PINGTAN_2021);
    expect(r.code).toBe(0);
    expect(r.out).toContain("0 项强制");
    expect(r.out).not.toMatch(/\bH[1-6]\b/);
  });

  test("1 when one total is changed (表三 一、本年新收·总计 70 → 71)", async () => {
    const json = JSON.parse(readFileSync(PINGTAN_2021, "utf8"));
    json.table3.new[6] = 71;
    const r = await run("check", writeJson("one-error.json", json), "--json");
    expect(r.code).toBe(1);
    const findings = parseJson(r)[0].findings!.filter((f) => f.severity === "error");
    // H1 on the row: 71 ≠ 64+0+0+2+0+4 = 70; H3 on the 总计 column: 71+0 ≠ 69+1
    expect(findings.map((f) => [f.id, f.left, f.right, f.difference])).toEqual([
      ["H1.new", 71, 70, 1],
      ["H3.total", 71, 70, 1],
    ]);
  });

  test("2 for a missing file, naming it in Chinese", async () => {
    const missing = join(dir, "没有这个文件.xlsx");
    const r = await run("check", missing);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`无法读取“${missing}”：文件不存在`);
  });

  test("2 for an .xlsx that is not a zip", async () => {
    const path = join(dir, "not-a-zip.xlsx");
    writeFileSync(path, "这不是工作簿");
    const r = await run("check", path, "--json");
    expect(r.code).toBe(2);
    expect(parseJson(r)).toEqual([{ number: 1, file: path, status: "unreadable", error: `无法读取“${path}”：文件不是 .xlsx 工作簿（文件内容不是 zip 压缩包）` }]);
  });

  test("2 for a zip that is not a workbook, invalid JSON, an unknown format value and an unknown file type", async () => {
    const zip = join(dir, "empty-zip.xlsx");
    // starts with the zip signature "PK\x03\x04" but is no archive
    writeFileSync(zip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)]));
    const badJson = join(dir, "bad.json");
    writeFileSync(badJson, "{ not json");
    const txt = join(dir, "report.odt");
    writeFileSync(txt, "x");
    const unknownFormat = writeJson("format-2023.json", { format: "2023", year: 2023 });
    const r = await run("check", zip, badJson, unknownFormat, txt, "--json");
    expect(r.code).toBe(2);
    const files = parseJson(r);
    expect(files.map((f) => f.error !== undefined)).toEqual([true, true, true, true]);
    expect(files[0].error).toBe(`无法读取“${zip}”：文件已损坏或不完整（不是完整的 .xlsx 压缩包）`);
    expect(files[1].error).toContain("不是有效的 JSON");
    expect(files[2].error).toBe(
      `无法读取“${unknownFormat}”：报告数据有误：报告数据的格式（format 字段）为 "2023"，不是已知的年报格式：应为 "2019"（国办公开办函〔2019〕60号）或"2021"（国办公开办函〔2021〕30号）`,
    );
    expect(files[3].error).toContain("不支持的文件类型");
  });

  test("1 when some files cannot be read and others can: each unreadable file is a row, every readable one is reported", async () => {
    const r = await run("check", SEED_JSON, join(dir, "missing.json"), "--json");
    expect(r.code).toBe(1);
    const [seed, missing] = parseJson(r);
    expect(seed.findings!.filter((f) => f.severity === "error").length).toBe(3);
    expect(missing.error).toContain("文件不存在");
  });
});

describe("check --json on 平潭 2020 data with its real H2 error", () => {
  test("H2 fails by −6 in the 自然人 and 总计 columns (20 vs 26, 21 vs 27); H1, H3, H4 hold", async () => {
    const r = await run("check", writeJson("pingtan-2020.json", pingtan2020As2021()), "--json");
    expect(r.code).toBe(1);
    const files = parseJson(r);
    expect(files.length).toBe(1);
    const errors = files[0].findings!.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.id)).toEqual(["H2.natural_person", "H2.total"]);
    const total = errors[1];
    expect(total).toMatchObject({ rule: "H2", severity: "error", left: 21, right: 27, difference: -6 });
    expect(total.cells[0]).toBe("table3.total[total]");
    expect(total.cells).toContain("table3.granted[total]");
    expect(total.cells).toContain("table3.other_3[total]");
    expect(total.message).toContain("相差 -6");
    expect(errors[0]).toMatchObject({ left: 20, right: 26, difference: -6 });
  });

  test("the text table shows 左, 右 and 差 aligned under their headings", async () => {
    const r = await run("check", writeJson("pingtan-2020b.json", pingtan2020As2021()));
    const lines = r.out.split("\n");
    const header = lines.find((l) => l.includes("规则") && l.includes("说明"))!;
    const row = lines.find((l) => l.includes("H2") && l.includes("表三（七）总计·总计"))!;
    const col = (line: string, i: number) => displayWidth(line.slice(0, i));
    expect(row).toMatch(/21\s+27\s+-6/);
    expect(col(row, row.indexOf("强制"))).toBe(col(header, header.indexOf("级别")));
    expect(col(row, row.indexOf("21"))).toBe(col(header, header.indexOf("左")));
    expect(col(row, row.indexOf("-6"))).toBe(col(header, header.indexOf("差")));
    const message = row.indexOf("-6") + row.slice(row.indexOf("-6")).search(/\s\S/) + 1;
    expect(row.slice(message)).toMatch(/^表三（七）总计·总计/);
    expect(col(row, message)).toBe(col(header, header.indexOf("说明")));
    expect(lines.some((l) => l.includes("共检查 1 个文件：2 项强制"))).toBe(true);
  });
});

describe("init, check, export and report on workbooks", () => {
  test("init from 平潭 2021 data, then check: no 强制 finding; export gives the same values back", async () => {
    const xlsx = join(dir, "pingtan-2021.xlsx");
    expect((await run("init", xlsx, "--data", PINGTAN_2021)).code).toBe(0);
    const checked = await run("check", xlsx, "--json");
    expect(checked.code).toBe(0);
    const fromJson = parseJson(await run("check", PINGTAN_2021, "--json"))[0].findings!.map((f) => f.id);
    expect(parseJson(checked)[0].findings!.map((f) => f.id)).toEqual(fromJson);

    const out = join(dir, "exported", "pingtan.json");
    expect((await run("export", xlsx, "-o", out)).code).toBe(0);
    const original = reportFromJson(JSON.parse(readFileSync(PINGTAN_2021, "utf8")));
    const back = reportFromJson(JSON.parse(readFileSync(out, "utf8")));
    expect(back.values).toEqual(original.values);
    expect(back.values["table2.fees"]).toBe(24252.311082);
    expect(back.agency).toBe(original.agency);
  });

  test("init refuses to overwrite without --force and leaves the file alone", async () => {
    const xlsx = join(dir, "exists.xlsx");
    writeFileSync(xlsx, "keep me");
    const r = await run("init", xlsx);
    expect(r.code).toBe(1);
    expect(r.err).toContain("已存在");
    expect(readFileSync(xlsx, "utf8")).toBe("keep me");
    expect((await run("init", xlsx, "--force")).code).toBe(0);
    expect(statSync(xlsx).size).toBeGreaterThan(1000);
  });

  test("a blank workbook from init has all 200 input cells missing (H6)", async () => {
    const xlsx = join(dir, "blank.xlsx");
    expect((await run("init", xlsx)).code).toBe(0);
    const r = await run("check", xlsx, "--json");
    expect(r.code).toBe(1);
    const h6 = parseJson(r)[0].findings!.filter((f) => f.rule === "H6");
    expect(h6.length).toBe(200);
  });

  test("a workbook with nothing of a report in it cannot be read, saying it is not a report", async () => {
    const xlsx = join(dir, "plain.xlsx");
    const wb = XlsxWorkbook.create();
    await wb.apply([
      { op: "addSheet", sheet: "Sheet1" },
      { op: "values", range: { sheet: "Sheet1", row: 0, col: 0, rows: 1, cols: 1 }, values: [[1]] },
    ]);
    await wb.save(xlsx);
    const r = await run("check", xlsx, "--json");
    expect(r.code).toBe(2);
    expect(parseJson(r)[0].error).toBe(`无法读取“${xlsx}”：不是年报工作簿：其中没有年报助手的统计表和“报告信息”（可能选错了文件；如是年报，请用年报助手插入报表后填写）`);
  });

  test("a report workbook whose 表三 name is gone: 表三 is found by its labels with one layout 提示 naming NB_TABLE3, and read whole", async () => {
    const xlsx = join(dir, "no-table3.xlsx");
    expect((await run("init", xlsx, "--data", PINGTAN_2021)).code).toBe(0);
    const wb = await XlsxWorkbook.open(xlsx);
    wb.workbook.definedNames.model = wb.workbook.definedNames.model.filter((d) => d.name !== "NB_TABLE3");
    await wb.save(xlsx);
    const r = await run("check", xlsx, "--json");
    const findings = parseJson(r)[0].findings!;
    const layout = findings.filter((f) => f.rule === "layout");
    expect(layout.map((f) => f.severity)).toEqual(["warning"]);
    expect(layout[0].message).toContain("NB_TABLE3");
    // Nothing of 表三 is lost: no H6 on it, and apart from the layout 提示 the findings are those of the data file it was made from.
    expect(findings.filter((f) => /^H[1-6]$/.test(f.rule) && f.cells.some((c) => c.startsWith("table3.")))).toEqual([]);
    const fromData = parseJson(await run("check", PINGTAN_2021, "--json"))[0].findings!;
    expect(findings.filter((f) => f.rule !== "layout").map((f) => f.id)).toEqual(fromData.map((f) => f.id));
  });

  test("report writes the five files into a new folder and prints each path", async () => {
    const out = join(dir, "a", "b");
    const r = await run("report", PINGTAN_2021, "-o", out);
    expect(r.code).toBe(0);
    const names = ["report.docx", "report.html", "report.md", "report.json", "report.csv"];
    expect(r.out.split("\n").filter((l) => l.startsWith("已生成 "))).toEqual(names.map((n) => `已生成 ${join(out, n)}`));
    const html = readFileSync(join(out, "report.html"), "utf8");
    const md = readFileSync(join(out, "report.md"), "utf8");
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("本年度共收到政府信息公开申请70件");
    expect(md).toContain("本年度共收到政府信息公开申请70件");
    expect(html).not.toContain("未通过校验");
    const docx = readFileSync(join(out, "report.docx"));
    expect([...docx.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const json = JSON.parse(readFileSync(join(out, "report.json"), "utf8"));
    expect(json.table3.new[6]).toBe(70);
    // pingtan-2021: no 强制; 提示 I3 (no contact details in the data file), S9a (五 empty) and S9c (no 信息处理费 statement)
    expect([json.check.passed, json.check.errors, json.check.warnings]).toEqual([true, 0, 3]);
    const csv = readFileSync(join(out, "report.csv"), "utf8");
    expect(csv.startsWith("\uFEFF单元格,栏目,数值\r\n")).toBe(true);
    expect(csv).toContain("\r\ntable3.new[total],一、本年新收政府信息公开申请数量 / 申请人情况 / 总计,70\r\n");
  });

  test("report on an unreadable file: exit 2, nothing written", async () => {
    const out = join(dir, "never");
    const r = await run("report", join(dir, "missing.xlsx"), "-o", out);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe("--previous: last year's report for S1, S2 and C1", () => {
  const PROBLEMS = "一是政府信息公开工作机制有待完善，二是政策解读形式较为单一，三是平台功能仍需优化。下一步将加强培训，丰富解读形式，优化平台功能。";

  /** 平潭 2020 as last year's report: 结转下年度 2 (自然人), 表二 all 0, and the same 五 as this year. */
  function previousJson(): Record<string, unknown> {
    const prev = pingtan2020As2021() as Record<string, Record<string, unknown>>;
    prev.table3 = { ...prev.table3, carried_forward: [2, 0, 0, 0, 0, 0, 2] };
    return { ...prev, text: { problems: PROBLEMS } };
  }

  function current(): string {
    const json = JSON.parse(readFileSync(PINGTAN_2021, "utf8"));
    return writeJson("current-2021.json", { ...json, text: { problems: PROBLEMS } });
  }

  const crossYear = (findings: JsonFinding[]) =>
    findings.filter((f) => ["S1", "S2", "C1a", "C1b"].includes(f.rule)).map((f) => [f.id, f.left ?? null, f.right ?? null]);

  test("without --previous no cross-year rule runs", async () => {
    const r = await run("check", current(), "--json");
    expect(crossYear(parseJson(r)[0].findings!)).toEqual([]);
  });

  test("a .json of last year: S1 (上年结转 0 ≠ 2 in 自然人 and 总计), S2 (665 ≠ 0 + 69 − 3 = 66), C1a (五 the same)", async () => {
    const r = await run("check", current(), "--json", "--previous", writeJson("prev-2020.json", previousJson()));
    expect(r.code).toBe(0); // 提示 only
    expect(crossYear(parseJson(r)[0].findings!)).toEqual([
      ["C1a", null, null],
      ["S1.natural_person", 0, 2],
      ["S1.total", 0, 2],
      ["S2.normative_documents", 665, 66],
    ]);
  });

  test("a workbook of last year made with init gives the same findings; report carries them into report.json", async () => {
    const prevXlsx = join(dir, "prev-2020.xlsx");
    expect((await run("init", prevXlsx, "--data", writeJson("prev-2020b.json", previousJson()))).code).toBe(0);
    const out = join(dir, "with-previous");
    const r = await run("report", current(), "-o", out, "--previous", prevXlsx);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(join(out, "report.json"), "utf8"));
    const ids = (json.check.findings as JsonFinding[]).map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(["C1a", "S1.natural_person", "S1.total", "S2.normative_documents"]));
  });

  test("a missing --previous: exit 2 naming it, nothing written (it was a note and exit 0)", async () => {
    const out = join(dir, "missing-previous");
    const missing = join(dir, "missing-2020.json");
    const r = await run("report", current(), "-o", out, "--previous", missing);
    expect([r.code, r.out, r.err]).toEqual([2, "", `上年报告“${missing}”不存在：请检查 --previous 后面的路径，或不加 --previous 只检查本年报告\n`]);
    expect(existsSync(out)).toBe(false);
  });

  test("an unreadable --previous: a warning naming it, the report still written without cross-year checks", async () => {
    const out = join(dir, "unreadable-previous");
    const unreadable = join(dir, "empty-2020.json");
    writeFileSync(unreadable, "");
    const r = await run("report", current(), "-o", out, "--previous", unreadable);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`注意：上年报告“${unreadable}”无法读取：文件是空的（0 字节），请确认选对了文件，或在原来的程序中重新保存后再试；本次不做跨年度检查\n`);
    const ids = (JSON.parse(readFileSync(join(out, "report.json"), "utf8")).check.findings as JsonFinding[]).map((f) => f.id);
    expect(ids.filter((id) => /^S(1|2|10)/.test(id))).toEqual([]);
  });

  test("a previous report of another year: a note, and no cross-year rule runs (not even C1a on the same 五)", async () => {
    const wrongYear = writeJson("prev-2019.json", { ...previousJson(), year: 2019 });
    const c = await run("check", current(), "--previous", wrongYear, "--json");
    expect(c.code).toBe(0);
    expect(c.err).toContain(`注意：上年报告“${wrongYear}”为 2019 年度，本报告为 2021 年度，不是上一年度，不做跨年度检查`);
    const [file] = parseJson(c);
    expect(crossYear(file.findings!)).toEqual([]);
    expect((file as unknown as { previous_note: string }).previous_note).toContain("不是上一年度");
  });
});

describe("the demo: the seed workbook", () => {
  test("check finds exactly the three blank 规章 cells as 强制 (H6), and report marks 未通过校验 3", async () => {
    const r = await run("check", SEED_XLSX, "--json");
    expect(r.code).toBe(1);
    const errors = parseJson(r)[0].findings!.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.rule, f.cells])).toEqual([
      ["H6", ["table2.regulations.issued"]],
      ["H6", ["table2.regulations.repealed"]],
      ["H6", ["table2.regulations.in_force"]],
    ]);
    const out = join(dir, "seed-out");
    expect((await run("report", SEED_XLSX, "-o", out)).code).toBe(0);
    const md = readFileSync(join(out, "report.md"), "utf8");
    expect(md).toContain("未通过校验：有 3 项强制问题未改正");
    expect(md).toContain("作出行政处罚决定1件");
  });

  test("as real processes: `node bin/nianbao.cjs check` exits 1 with the table; `npm run demo` exits 0 and writes out/", () => {
    const check = spawnSync(process.execPath, ["bin/nianbao.cjs", "check", "examples/seed-2021.xlsx"], { cwd: ROOT, encoding: "utf8" });
    expect(check.status).toBe(1);
    const h6 = check.stdout.split("\n").filter((l) => /^\s*H6\s+强制\s+表二 规章·/.test(l));
    expect(h6.length).toBe(3);

    const demo = spawnSync("npm", ["run", "--silent", "demo"], { cwd: ROOT, encoding: "utf8" });
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain("3 项强制");
    expect(demo.stdout).toContain("已生成 out/report.html");
    for (const name of ["report.docx", "report.html", "report.md", "report.json", "report.csv"]) {
      expect(demo.stdout).toContain(`已生成 ${join("out", name)}`);
      expect(existsSync(join(ROOT, "out", name))).toBe(true);
    }
  });

  test("long cell names are shortened in the middle, keeping the column", () => {
    const name = "表三（六）其他处理2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请·自然人";
    const short = shortenMiddle(name, 44);
    expect(displayWidth(short)).toBeLessThanOrEqual(44);
    expect(short.startsWith("表三（六）其他处理2.申请人")).toBe(true);
    expect(short.endsWith("…·自然人")).toBe(true);
    expect(shortenMiddle("表二 规章·本年制发件数", 44)).toBe("表二 规章·本年制发件数");
  });

  test("usage: --help exits 0, an unknown command exits 2", async () => {
    expect((await run("--help")).code).toBe(0);
    expect((await run("frobnicate")).code).toBe(2);
  });
});
