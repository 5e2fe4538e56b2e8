/**
 * The bad-input catalogue (issue 9, item 8): every kind of bad input, through a report data file and through a
 * workbook made by this product (cells set with exceljs), with the outcome a user needs — accepted, a finding naming
 * the cell, or a clear Chinese error — decided by hand, not by what the code printed. Both go through the command's
 * own reading (`loadReport`, then the one check pipeline). The catalogue is also written as a table (kind | data file |
 * workbook) to test-output/bad-input-catalogue.md.
 *
 * The zip bomb and the huge workbook are in test/workbook/bounded-read.test.ts (with the peak memory); the property
 * test that any other Unicode reads back is in test/report/unwritable.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { encode as iconvEncode } from "iconv-lite";
import { tmpdir } from "os";
import { join } from "path";
import { findingsOf, loadReport } from "../../src/cli/load";
import type { CellKey } from "../../src/format";
import { readReport } from "../../src/workbook/layout";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/shared";

/** What a user gets: the file accepted (no finding on the cell), a finding naming the cell, or an error for the file. */
type Outcome = { ok: true } | { rule: string; state?: string; cell: CellKey } | { error: RegExp } | "n/a";

const ok: Outcome = { ok: true };
const h5 = (state: string, cell: CellKey = COUNT): Outcome => ({ rule: "H5", state, cell });
const h6 = (state: string, cell: CellKey = COUNT): Outcome => ({ rule: "H6", state, cell });
const err = (error: RegExp): Outcome => ({ error });

/** The cells the kinds are put in: a count (件) and the fee (万元). */
const COUNT: CellKey = "table2.licensing";
const FEE: CellKey = "table2.fees";
/** Two neighbouring cells of 表三 merged in the workbook case. */
const MERGED: [CellKey, CellKey] = ["table3.new[natural_person]", "table3.new[commercial]"];

/** A kind of bad input. `json` is the literal written into the data file's text for the cell (or the whole file). */
interface Kind {
  kind: string;
  cell?: CellKey;
  /** The JSON literal for the cell, e.g. `"１２"` or `1e400`; or a function giving the whole file's bytes. */
  json?: string | ((base: string) => Buffer);
  /** The exceljs value for the cell, or a function changing the workbook, or the whole file's bytes. */
  xlsx?: unknown;
  expect: [Outcome, Outcome];
}

const ZWSP = "\u200b";
const RLO = "\u202e";

const CATALOGUE: Kind[] = [
  { kind: "空白", json: "null", xlsx: null, expect: [h6("blank"), h6("blank")] },
  { kind: "前后有空格（\" 12 \"）", json: '" 12 "', xlsx: " 12 ", expect: [h5("numeric_text"), h5("numeric_text")] },
  { kind: "全角数字（“１２”）", json: '"１２"', xlsx: "１２", expect: [h5("fullwidth"), h5("fullwidth")] },
  { kind: "全角小数（“３.５”，件数）", json: '"３.５"', xlsx: "３.５", expect: [h5("fraction"), h5("fraction")] },
  { kind: "带单位（“12件”）", json: '"12件"', xlsx: "12件", expect: [h5("with_unit"), h5("with_unit")] },
  { kind: "单位不符（万元栏“500元”）", cell: FEE, json: '"500元"', xlsx: "500元", expect: [h5("foreign_unit", FEE), h5("foreign_unit", FEE)] },
  { kind: "负数", json: "-3", xlsx: -3, expect: [h5("negative"), h5("negative")] },
  { kind: "负数写成文字（“-3”）", json: '"-3"', xlsx: "-3", expect: [h5("negative"), h5("negative")] },
  { kind: "件数有小数", json: "2.5", xlsx: 2.5, expect: [h5("fraction"), h5("fraction")] },
  { kind: "4 位小数的万元写成文字（“18.8710”）", cell: FEE, json: '"18.8710"', xlsx: "18.8710", expect: [ok, ok] },
  { kind: "1e3（数值）", json: "1e3", xlsx: 1e3, expect: [ok, ok] },
  { kind: "1e3（文字）", json: '"1e3"', xlsx: "1e3", expect: [h5("text"), h5("text")] },
  { kind: "0x10", json: "0x10", xlsx: "0x10", expect: [err(/不是有效的 JSON：第 \d+ 行第 \d+ 列附近有误/), h5("text")] },
  { kind: "Infinity", json: '"Infinity"', xlsx: "Infinity", expect: [h5("text"), h5("text")] },
  { kind: "NaN", json: '"NaN"', xlsx: "NaN", expect: [h5("text"), h5("text")] },
  { kind: "1e400", json: "1e400", xlsx: "1e400", expect: [h5("inexact"), h5("inexact")] },
  { kind: "占位符“/”", json: '"/"', xlsx: "/", expect: [h6("placeholder"), h6("placeholder")] },
  { kind: "占位符“-”", json: '"-"', xlsx: "-", expect: [h6("placeholder"), h6("placeholder")] },
  { kind: "占位符“无”", json: '"无"', xlsx: "无", expect: [h6("placeholder"), h6("placeholder")] },
  { kind: "超过 2^53（9007199254740993）", json: "9007199254740993", xlsx: 9007199254740993, expect: [h5("inexact"), h5("inexact")] },
  { kind: "超过 15 位有效数字（1234567890123456）", json: "1234567890123456", xlsx: "1234567890123456", expect: [h5("inexact"), h5("inexact")] },
  { kind: "错误值 #REF!", json: '"#REF!"', xlsx: { error: "#REF!" }, expect: [h5("error_value"), h5("error_value")] },
  { kind: "公式，有计算结果", json: "n/a", xlsx: { formula: "1+1", result: 2 }, expect: ["n/a", ok] },
  { kind: "公式，没有计算结果", json: '"=SUM(D5:I5)"', xlsx: { formula: "SUM(D5:I5)" }, expect: [h5("formula"), h5("formula")] },
  { kind: "日期", json: '"2021-03-01"', xlsx: new Date(Date.UTC(2021, 2, 1)), expect: [h5("text"), h5("text")] },
  { kind: "布尔值", json: "true", xlsx: true, expect: [err(/表二 行政许可·本年处理决定数量（table2\.licensing）应为数字、null 或文字，现为true/), h5("text")] },
  { kind: "富文本（“1”“2”两段）", json: "n/a", xlsx: { richText: [{ text: "1" }, { text: "2", font: { bold: true } }] }, expect: ["n/a", h5("numeric_text")] },
  { kind: "超链接（文字 12）", json: "n/a", xlsx: { text: "12", hyperlink: "https://example.com/" }, expect: ["n/a", h5("numeric_text")] },
  // Excel saves a control character as `_x0007_` in the file's XML (exceljs would drop it): written here as Excel does.
  { kind: "控制字符（“12\\u0007”）", json: '"12\\u0007"', xlsx: "12_x0007_", expect: [h5("text"), h5("text")] },
  // The covered cell of a merge reads as Excel shows it, empty: H6 names it. (A finding saying the cells are merged would
  // be clearer; the ports do not report merges yet.)
  { kind: "块内合并单元格（表三 新收·自然人与商业企业）", cell: MERGED[1], json: "n/a", xlsx: "merge", expect: ["n/a", h6("blank", MERGED[1])] },
  { kind: "方向控制符（U+202E）", json: `"${RLO}12"`, xlsx: `${RLO}12`, expect: [h5("hidden"), h5("hidden")] },
  { kind: "零宽空格（U+200B）", json: `"12${ZWSP}"`, xlsx: `12${ZWSP}`, expect: [h5("hidden"), h5("hidden")] },
  { kind: "超长文字（40000 字）", json: `"${"字".repeat(40_000)}"`, xlsx: "字".repeat(40_000), expect: [err(/（table2\.licensing）有 40000 个字符，超过 Excel 一个单元格最多 32767 个字符/), h5("text")] },
  { kind: "机关名称含方向控制符", json: (base) => Buffer.from(base.replace('"agency": "', `"agency": "${RLO}`)), expect: [{ rule: "I4", cell: COUNT }, "n/a"] },
  { kind: "类型不符（联系电话为数字）", json: (base) => Buffer.from(base.replace('"agency":', '"contact": {"phone": 59112345678}, "agency":')), expect: [err(/报告信息·电话（contact\.phone）应为文字（用英文双引号括起来），现为数字 59112345678/), "n/a"] },
  { kind: "拼错的键（“new_”）", json: (base) => Buffer.from(base.replace('"new":', '"new_":')), expect: [err(/table3 中的“new_”（是否应为“new”？）不是表三的行，未读取/), "n/a"] },
  { kind: "重复的键", json: (base) => Buffer.from(base.replace('"agency":', '"year": 2020,\n  "agency":')), expect: [err(/“year”写了两次（第 \d+ 行和第 \d+ 行），无法确定用哪一个/), "n/a"] },
  { kind: "UTF-8 BOM", json: (base) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(base)]), expect: [ok, "n/a"] },
  { kind: "UTF-16（有 BOM）", json: (base) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(base, "utf16le")]), expect: [ok, "n/a"] },
  { kind: "GBK 编码", json: (base) => iconvEncode(base, "gbk"), expect: [err(/不是 UTF-8 编码（看来是 GBK\/GB18030 编码/), "n/a"] },
  { kind: "空文件", json: () => Buffer.alloc(0), xlsx: Buffer.alloc(0), expect: [err(/文件是空的（0 字节），请确认选对了文件/), err(/文件是空的（0 字节），请确认选对了文件/)] },
  { kind: "文件不完整（截断）", json: (base) => Buffer.from(base.slice(0, base.length / 2)), xlsx: "truncate", expect: [err(/内容在第 \d+ 行提前结束/), err(/已损坏或不完整/)] },
  { kind: ".xls 改名为 .xlsx / 设置了打开密码", json: "n/a", xlsx: "ole", expect: ["n/a", err(/设置了打开密码，或是旧版 Excel 97-2003（\.xls）文件/)] },
];

/** The data files and workbooks are written here. */
let dir: string;
let baseJson: string;
let baseXlsx: Buffer;
const rows: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-catalogue-"));
  baseJson = JSON.stringify(JSON.parse(readFileSync(fixturePath("pingtan-2021"), "utf8")), null, 2);
  const xlsx = join(dir, "base.xlsx");
  expect((await runCli("init", xlsx, "--data", fixturePath("pingtan-2021"))).code).toBe(0);
  baseXlsx = readFileSync(xlsx);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(__dirname, "../../test-output"), { recursive: true });
  const elsewhere = [
    "| 压缩炸弹（声明 2 GB / 谎报大小） | — | 错误：按声明的大小解压后将超过 1024 MB… / 解压后的大小与声明不符…（test/workbook/bounded-read.test.ts，批量检查继续，进程峰值 < 500 MB） |",
    "| 超大工作簿（26 MB，表外数百万单元格） | — | 只读取年报各表，结果与原表相同（test/workbook/bounded-read.test.ts，进程峰值 < 500 MB） |",
  ];
  const table = ["| 输入 | 报告数据文件（.json） | 工作簿（.xlsx） |", "|---|---|---|", ...rows, ...elsewhere].join("\n");
  writeFileSync(join(__dirname, "../../test-output/bad-input-catalogue.md"), `${table}\n`);
});

/** The data file's text with the cell's value replaced by a JSON literal. */
function jsonWith(cell: CellKey, literal: string): string {
  const json = JSON.parse(baseJson);
  const [, row] = cell.split(".");
  json.table2[row] = "@@VALUE@@";
  return JSON.stringify(json, null, 2).replace('"@@VALUE@@"', () => literal);
}

/** A workbook made by the product with one cell set through exceljs, or a whole file's bytes. */
async function xlsxWith(cell: CellKey, value: unknown): Promise<Buffer> {
  if (Buffer.isBuffer(value)) return value;
  if (value === "truncate") return baseXlsx.subarray(0, Math.floor(baseXlsx.length / 2));
  if (value === "ole") return Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]);
  const wb = await XlsxWorkbook.fromBuffer(baseXlsx);
  const cells = (await readReport(wb)).cells;
  if (value === "merge") {
    const [a, b] = [cells[MERGED[0]]!, cells[MERGED[1]]!];
    wb.worksheet(a.sheet).mergeCells(a.row + 1, a.col + 1, b.row + 1, b.col + 1);
    return wb.toBuffer();
  }
  const at = cells[cell]!;
  const target = wb.worksheet(at.sheet).getCell(at.row + 1, at.col + 1);
  target.value = value as never;
  // Excel gives a cell a date format when a date is typed into it.
  if (value instanceof Date) target.numFmt = "yyyy-mm-dd";
  return Buffer.from(await wb.toBuffer());
}

/** What the command makes of a file, as an outcome on the cell (or the file). */
async function outcomeOf(file: string, cell: CellKey): Promise<{ outcome: Outcome; text: string }> {
  const loaded = await loadReport(file);
  if (!loaded.ok) return { outcome: { error: /./ }, text: loaded.error.replace(/^无法读取“[^”]+”：/, "") };
  const findings = findingsOf(loaded);
  const i4 = findings.find((f) => f.rule === "I4");
  if (i4) return { outcome: { rule: "I4", cell }, text: i4.message };
  const layout = findings.find((f) => f.rule === "layout" && f.severity === "error");
  if (layout) return { outcome: { rule: "layout", cell }, text: layout.message };
  const on = findings.find((f) => f.cells.includes(cell) && (f.rule === "H5" || f.rule === "H6"));
  if (!on) return { outcome: ok, text: "接受" };
  return { outcome: { rule: on.rule, state: on.cellState, cell }, text: on.message };
}

/** The outcome as the table shows it: 接受 / 问题 H5（状态）：消息 / 错误：消息. */
function shown(o: Outcome, text: string): string {
  if (o === "n/a") return "—";
  const short = (t: string) => (t.length > 90 ? `${t.slice(0, 90)}…` : t).replace(/\|/g, "\\|").replace(/[\u0000-\u001f\u200b\u202e]/g, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}]`);
  if ("ok" in o) return "接受";
  if ("error" in o) return `错误：${short(text)}`;
  return `问题 ${o.rule}${o.state ? `（${o.state}）` : ""}：${short(text)}`;
}

function expectOutcome(actual: { outcome: Outcome; text: string }, expected: Outcome): void {
  if (expected === "n/a") return;
  if ("error" in expected) {
    const isError = actual.outcome !== "n/a" && "error" in actual.outcome;
    expect(isError ? actual.text : `no error: ${actual.text}`).toMatch(expected.error);
    return;
  }
  expect(actual.outcome).toEqual(expected);
}

describe("the bad-input catalogue: through a data file and through a workbook", () => {
  test.each(CATALOGUE.map((k) => [k.kind, k] as const))("%s", async (_name, k) => {
    const cell = k.cell ?? COUNT;
    const results: string[] = [];
    // The data file.
    if (k.json === undefined || k.json === "n/a") results.push("—");
    else {
      const file = join(dir, "in.json");
      writeFileSync(file, typeof k.json === "function" ? k.json(baseJson) : jsonWith(cell, k.json));
      const actual = await outcomeOf(file, cell);
      expectOutcome(actual, k.expect[0]);
      results.push(shown(k.expect[0], actual.text));
    }
    // The workbook.
    if (k.xlsx === undefined || k.expect[1] === "n/a") results.push("—");
    else {
      const file = join(dir, "in.xlsx");
      writeFileSync(file, await xlsxWith(cell, k.xlsx));
      const actual = await outcomeOf(file, cell);
      expectOutcome(actual, k.expect[1]);
      results.push(shown(k.expect[1], actual.text));
    }
    rows.push(`| ${k.kind} | ${results.join(" | ")} |`);
  });
});
