/**
 * Bad input about the format, through the command: a data file or workbook whose format cannot be told (no `format`,
 * a format its tables contradict, a year that does not fit its layout) is read as the layout it has, with a finding,
 * and its arithmetic is still checked; an unknown format value is a Chinese error naming the field, exit 2, with
 * nothing written. The reports are the real 平潭 2020 (2019 format, two H2 errors of −6) and 2021 reports.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { reportFromJson } from "../../src/report";
import { insertReport, SHEET_META } from "../../src/workbook/layout";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/shared";

const json = (name: string) => JSON.parse(readFileSync(fixturePath(name), "utf8")) as Record<string, unknown>;
const KNOWN = `应为 "2019"（国办公开办函〔2019〕60号）或"2021"（国办公开办函〔2021〕30号）`;
/** 平潭 2020's real H2 error: （七）总计 20 and 21 against result rows adding up to 26 and 27. */
const H2 = [
  ["H2.natural_person", 20, 26],
  ["H2.total", 21, 27],
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nb-format-input-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeJson(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

interface FileOut {
  format?: string;
  error?: string;
  findings?: { id: string; rule: string; severity: string; message: string; left?: number; right?: number }[];
}

async function check(file: string): Promise<{ code: number; err: string; file: FileOut }> {
  const r = await runCli("check", file, "--json");
  return { code: r.code, err: r.err, file: (JSON.parse(r.out) as { files: FileOut[] }).files[0] };
}

const h2 = (f: FileOut) => f.findings!.filter((x) => x.rule === "H2").map((x) => [x.id, x.left, x.right]);
const s7 = (f: FileOut) => f.findings!.filter((x) => x.rule === "S7").map((x) => [x.id, x.severity, x.message]);

/** A workbook made from a report's data, then changed by `edit`, saved as `name`. */
async function workbook(name: string, data: Record<string, unknown>, edit?: (wb: XlsxWorkbook) => Promise<void>): Promise<string> {
  const wb = XlsxWorkbook.create();
  await insertReport(wb, reportFromJson(data));
  if (edit) await edit(wb);
  const file = join(dir, name);
  await wb.save(file);
  return file;
}

/** Write the format recorded in the workbook's metadata (row 2, column B of the hidden sheet). */
const recordFormat = (text: string) => (wb: XlsxWorkbook) =>
  wb.apply([{ op: "values", range: { sheet: SHEET_META, row: 1, col: 1, rows: 1, cols: 1 }, values: [[text]] }]);

describe("a data file whose format cannot be told is read as the layout it has, with a finding", () => {
  test("平潭 2020 without `format`: read as the 2019 format by its tables (S7 提示); its two H2 errors stay; exit 1", async () => {
    const { format: _f, ...rest } = json("pingtan-2020");
    const r = await check(writeJson("no-format-2020.json", rest));
    expect(r.code).toBe(1);
    expect(r.file.format).toBe("2019");
    expect(s7(r.file)).toEqual([
      ["S7.format_unstated", "warning", `报告数据没有写明格式（format 字段），已按其表格读为2019 年格式（国办公开办函〔2019〕60号）；请在文件中写明 "format": "2019"`],
    ]);
    expect(h2(r.file)).toEqual(H2);
  });

  test("平潭 2021 without `format`: read as the 2021 format; only 提示, exit 0", async () => {
    const { format: _f, ...rest } = json("pingtan-2021");
    const r = await check(writeJson("no-format-2021.json", rest));
    expect(r.code).toBe(0);
    expect(r.file.format).toBe("2021");
    expect(s7(r.file).map((x) => x[0])).toEqual(["S7.format_unstated"]);
    expect(r.file.findings!.filter((x) => x.severity === "error")).toEqual([]);
  });

  test("平潭 2021 stating `format` 2019: its 表二 is the 2021 one, so it is read as 2021, with S7 saying so", async () => {
    const r = await check(writeJson("contradicted-2021.json", { ...json("pingtan-2021"), format: "2019" }));
    expect(r.code).toBe(0);
    expect(r.file.format).toBe("2021");
    expect(s7(r.file)).toEqual([
      ["S7.format_contradicted.table2", "warning", `报告数据的 format 为 "2019"，但表二是2021 年格式（国办公开办函〔2021〕30号）的版式，已按2021 年格式读取；请核对 format 字段和报告年度`],
    ]);
  });

  test("平潭 2020's tables as a 2022 report: checked in the 2019 layout it has (H2 stays), S7 names the year and both formats", async () => {
    const r = await check(writeJson("year-2022.json", { ...json("pingtan-2020"), year: 2022 }));
    expect(r.code).toBe(1);
    expect(r.file.format).toBe("2019");
    expect(s7(r.file).map((x) => x[2])).toEqual([expect.stringContaining("报告年度为 2022 年，应使用 2021 年格式（国办公开办函〔2021〕30号）")]);
    expect(h2(r.file)).toEqual(H2);
  });
});

describe("a workbook whose format cannot be told is read as the layout it has, with a finding", () => {
  test("no format recorded (平潭 2020): read as its 2019 tables, a 提示 saying so, H2 stays", async () => {
    const r = await check(await workbook("unrecorded.xlsx", json("pingtan-2020"), recordFormat("")));
    expect(r.code).toBe(1);
    expect(r.file.format).toBe("2019");
    const layout = r.file.findings!.filter((x) => x.rule === "layout");
    expect(layout.map((x) => [x.severity, x.message])).toEqual([["warning", `元数据（工作表“${SHEET_META}”）中没有记录格式年份，按统计表的版式读取。`]]);
    expect(h2(r.file)).toEqual(H2);
  });

  test("recorded as 2021 but the tables are 2019's (平潭 2020): read as 2019, S7 says so, H2 stays", async () => {
    const r = await check(await workbook("contradicted.xlsx", json("pingtan-2020"), recordFormat("2021")));
    expect(r.code).toBe(1);
    expect(r.file.format).toBe("2019");
    expect(s7(r.file)).toEqual([["S7.format_contradicted", "warning", expect.stringContaining("已按2019 年格式读取和核对")]]);
    expect(h2(r.file)).toEqual(H2);
  });

  test("a 2022 report in the 2019 layout: S7 on the year, checked as the 2019 tables it has", async () => {
    const r = await check(await workbook("year-2022.xlsx", { ...json("pingtan-2020"), year: 2022 }));
    expect(r.file.format).toBe("2019");
    expect(s7(r.file).map((x) => x[2])).toEqual([expect.stringContaining("报告年度为 2022 年，应使用 2021 年格式")]);
    expect(h2(r.file)).toEqual(H2);
  });
});

describe("an unknown format value is a Chinese error naming the field, exit 2, nothing written", () => {
  const unknown = () => writeJson("format-2023.json", { ...json("pingtan-2021"), format: "2023" });
  const reason = (file: string) => `无法读取“${file}”：报告数据有误：报告数据的格式（format 字段）为 "2023"，不是已知的年报格式：${KNOWN}`;

  test("check", async () => {
    const file = unknown();
    const r = await runCli("check", file);
    expect(r.code).toBe(2);
    expect(r.out + r.err).toContain(reason(file));
  });

  test("report writes nothing", async () => {
    const file = unknown();
    const out = join(dir, "report-out");
    const rep = await runCli("report", file, "-o", out);
    expect(rep.code).toBe(2);
    expect(rep.err).toContain(`报告数据的格式（format 字段）为 "2023"，不是已知的年报格式：${KNOWN}`);
    expect(existsSync(out)).toBe(false);
  });

  test("init --data writes no workbook", async () => {
    const target = join(dir, "init-2023.xlsx");
    const r = await runCli("init", target, "--data", unknown());
    expect(r.code).toBe(2);
    expect(r.err).toContain(`format 字段）为 "2023"，不是已知的年报格式`);
    expect(existsSync(target)).toBe(false);
  });

  test("a workbook recording an unknown format: the same refusal, naming the metadata's format field", async () => {
    const file = await workbook("format-2030.xlsx", json("pingtan-2021"), recordFormat("2030"));
    const r = await check(file);
    expect(r.code).toBe(2);
    const why = `工作簿元数据（隐藏工作表“${SHEET_META}”）的 format 字段为 "2030"，不是已知的年报格式：${KNOWN}；请用新版本的年报助手打开`;
    expect(r.file.error).toBe(`无法读取“${file}”：${why}`);
    // export (from workbooks only) and report refuse it the same way, writing nothing.
    const exported = join(dir, "exported-2030.json");
    const exp = await runCli("export", file, "-o", exported);
    expect([exp.code, exp.err]).toEqual([2, expect.stringContaining(why)]);
    expect(existsSync(exported)).toBe(false);
    const out = join(dir, "report-2030");
    const rep = await runCli("report", file, "-o", out);
    expect([rep.code, rep.err]).toEqual([2, expect.stringContaining(why)]);
    expect(existsSync(out)).toBe(false);
  });
});
