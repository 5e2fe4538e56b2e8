/**
 * Write → read round trips of the sheet layout on the in-memory and .xlsx ports, with real published data, and the
 * precise problems reported when the user changes a table's shape or labels.
 */
import { FORMAT_2021 } from "../../src/format";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { emptyReport, reportFromJson, type ReportData } from "../../src/report";
import {
  NB_META,
  NB_TABLE2,
  NB_TABLE3,
  NB_TABLE4,
  SHEET_META,
  SHEET_TABLES,
  cellRange,
  insertReport,
  planWriteExplanations,
  planWriteValues,
  readReport,
  readReportFromNamed,
} from "../../src/workbook/layout";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { REPORT_FIXTURES } from "../support/shared";

const FIXTURES = REPORT_FIXTURES;
const fixture = (name: string): ReportData => reportFromJson(JSON.parse(readFileSync(join(FIXTURES, `${name}.data.json`), "utf8")));

/** A report with every non-table field filled, to exercise 报告信息 and the metadata. */
function withFields(data: ReportData): ReportData {
  return {
    ...data,
    agency: data.agency || "平潭综合实验区管委会办公室",
    contact: {
      office: "平潭综合实验区党政办公室",
      address: "平潭综合实验区金井湾片区商务营运中心",
      postcode: "350400",
      phone: "0591-86169600",
      fax: "0591-86169601",
      email: "ptzwgk@163.com",
      website: "https://www.pingtan.gov.cn",
    },
    publishDate: "2022-02-08",
    processingFees: { noticesIssued: 0, collectedYuan: 12.5 },
    text: {
      overviewIntro: "根据《中华人民共和国政府信息公开条例》……\n本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
      overview: {
        proactive_disclosure: "全年主动公开政府信息 2.3 万条。",
        disclosure_on_request: "全年收到政府信息公开申请70件，办结69件，1件结转下年度。",
        information_management: "",
        platform: "“平潭政府网”为第一平台。",
        supervision: "将政府信息公开工作纳入绩效考核。",
      },
      overviewExtra: [{ title: "（六）2021年主要工作落实情况", body: "一是……；二是……。" }],
      problems: "存在问题：……。改进情况：上年度问题已整改。",
      otherMatters: "本年度未收取信息处理费。",
      wording: { disclosure_on_request: "user", information_management: "generated" },
    },
    explanations: [{ findingId: "S1.carried_over[total]", text: "2020 年结转的申请已在年内办结。", at: "2022-01-20T08:00:00.000Z" }],
    extra: { last_year: { carried_forward: [0, 0, 0, 0, 0, 0, 0] } },
  };
}

/** Odd cell contents that must come back exactly as typed. */
function withOddValues(data: ReportData): ReportData {
  return {
    ...data,
    values: {
      ...data.values,
      "table2.regulations.issued": "/",
      "table2.licensing": "12件",
      "table2.penalty": "１２",
      "table2.enforcement": null,
      "table3.new[natural_person]": -3,
      "table3.new[commercial]": 2.5,
      "table3.granted[total]": "12",
      "table4.reconsideration[upheld]": "—",
    },
  };
}

async function xlsxRoundTrip(data: ReportData): Promise<ReturnType<typeof readReport>> {
  const dir = mkdtempSync(join(tmpdir(), "nb-layout-"));
  try {
    const wb = XlsxWorkbook.create();
    await insertReport(wb, data);
    const file = join(dir, "report.xlsx");
    await wb.save(file);
    const reopened = await XlsxWorkbook.open(file);
    return readReport(reopened);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(["pingtan-2021", "pingtan-2024"])("round trip of %s", (name) => {
  const data = withFields(fixture(name));

  test("on MemoryWorkbook: same ReportData, no problems, one apply and one read sync", async () => {
    const wb = new MemoryWorkbook();
    await insertReport(wb, data);
    expect(wb.stats.syncs).toBe(1);
    wb.stats = { reads: 0, writes: 0, syncs: 0 };
    const result = await readReport(wb);
    expect(wb.stats.syncs).toBe(1);
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual(data);
  });

  test("on XlsxWorkbook saved to a file and reopened: same ReportData", async () => {
    const result = await xlsxRoundTrip(data);
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual(data);
  });
});

test("an insert without data reads back as an empty report with every input blank and no problems", async () => {
  const wb = new MemoryWorkbook();
  await insertReport(wb);
  const result = await readReport(wb);
  expect(result.problems).toEqual([]);
  expect(result.data).toEqual(emptyReport(FORMAT_2021));
  expect(Object.keys(result.cells)).toHaveLength(200);
});

test("the fees survive unrounded: 24252.311082 and 18651.06 万元", async () => {
  const r21 = await xlsxRoundTrip(fixture("pingtan-2021"));
  const r24 = await xlsxRoundTrip(fixture("pingtan-2024"));
  expect(r21.data.values["table2.fees"]).toBe(24252.311082);
  expect(r24.data.values["table2.fees"]).toBe(18651.06);
});

test("odd values come back exactly as typed on both ports", async () => {
  const data = withOddValues(fixture("pingtan-2021"));
  const mem = new MemoryWorkbook();
  await insertReport(mem, data);
  const fromMemory = await readReport(mem);
  const fromFile = await xlsxRoundTrip(data);
  for (const result of [fromMemory, fromFile]) {
    const v = result.data.values;
    expect(v["table2.regulations.issued"]).toBe("/");
    expect(v["table2.licensing"]).toBe("12件");
    expect(v["table2.penalty"]).toBe("１２");
    expect(v["table2.enforcement"]).toBeNull();
    expect(v["table3.new[natural_person]"]).toBe(-3);
    expect(v["table3.new[commercial]"]).toBe(2.5);
    expect(v["table3.granted[total]"]).toBe("12");
    expect(v["table4.reconsideration[upheld]"]).toBe("—");
    expect(result.data).toEqual(data);
  }
});

describe("rows inserted above a table (the name moves)", () => {
  const data = withFields(fixture("pingtan-2024"));

  test("above all tables", async () => {
    const wb = new MemoryWorkbook();
    await insertReport(wb, data);
    const before = wb.getName(NB_TABLE3)!;
    wb.insertRows(SHEET_TABLES, 0, 3);
    const result = await readReport(wb);
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual(data);
    expect(result.tables.table3).toEqual({ ...before, row: before.row + 3 });
    // the cell of 一、本年新收·总计 is where it now is, and holds 218
    const at = cellRange(result, "table3.new[total]")!;
    expect(at).toEqual({ sheet: SHEET_TABLES, row: before.row + 3 + 3, col: before.col + 9, rows: 1, cols: 1 });
    expect(wb.getValue(SHEET_TABLES, at.row, at.col)).toBe(218);
  });

  test("between 表二 and 表三, and at 表四's first row", async () => {
    const wb = new MemoryWorkbook();
    await insertReport(wb, data);
    const t2 = wb.getName(NB_TABLE2)!;
    wb.insertRows(SHEET_TABLES, t2.row + t2.rows, 2);
    wb.insertRows(SHEET_TABLES, wb.getName(NB_TABLE4)!.row, 1);
    const result = await readReport(wb);
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual(data);
    expect(result.tables.table2).toEqual(t2);
  });
});

describe("changed tables are reported precisely and not mis-read", () => {
  const data = fixture("pingtan-2021");

  test("a row deleted inside 表三: shape_changed naming the row; 表三 blank, 表二 and 表四 still read", async () => {
    const wb = new MemoryWorkbook();
    await insertReport(wb, data);
    const t3 = wb.getName(NB_TABLE3)!;
    wb.deleteRows(SHEET_TABLES, t3.row + 10, 1); // the row of （三）4.保护第三方合法权益
    const result = await readReport(wb);
    expect(result.problems).toEqual([
      {
        kind: "shape_changed",
        table: "table3",
        message: expect.stringContaining("表三应有 28 行，现为 27 行：缺少“三、本年度办理结果·（三）不予公开·4.保护第三方合法权益”一行"),
      },
    ]);
    expect(result.tablesRead).toEqual({ table2: true, table3: false, table4: true });
    const t3Keys = Object.keys(result.data.values).filter((k) => k.startsWith("table3."));
    expect(t3Keys).toHaveLength(175);
    expect(t3Keys.every((k) => result.data.values[k] === null)).toBe(true);
    expect(cellRange(result, "table3.new[total]")).toBeNull();
    expect(result.data.values["table2.fees"]).toBe(24252.311082);
    expect(result.data.values["table4.litigation_direct[total]"]).toBe(12);
  });

  test("a row inserted inside 表三: shape_changed naming the extra row", async () => {
    const wb = new MemoryWorkbook();
    await insertReport(wb, data);
    const t3 = wb.getName(NB_TABLE3)!;
    wb.insertRows(SHEET_TABLES, t3.row + 5, 1); // between 二、上年结转 and （一）予以公开
    const result = await readReport(wb);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ kind: "shape_changed", table: "table3" });
    expect(result.problems[0].message).toContain("表三应有 28 行，现为 29 行");
    expect(result.problems[0].message).toContain(`多出第 ${t3.row + 5 + 1} 行`);
    expect(result.data.values["table3.granted[total]"]).toBeNull();
  });

  test("a label that says something else: label_changed with the cell, expected and found; the table is not read", async () => {
    const wb = new MemoryWorkbook();
    await insertReport(wb, data);
    const t3 = wb.getName(NB_TABLE3)!;
    await wb.apply([{ op: "unprotect", sheet: SHEET_TABLES }]);
    wb.setCell(SHEET_TABLES, t3.row + 10, t3.col + 2, "4.其他原因");
    const result = await readReport(wb);
    expect(result.problems).toEqual([
      {
        kind: "label_changed",
        table: "table3",
        message: expect.stringContaining(`单元格 C${t3.row + 10 + 1} 应为“4.保护第三方合法权益”，现为“4.其他原因”`),
      },
    ]);
    expect(result.data.values["table3.new[total]"]).toBeNull();
    expect(result.data.values["table4.reconsideration[total]"]).toBe(3);
  });

  test("a label with a one-character typo is a label_variant (S8) with expected and actual; the table is still read", async () => {
    const wb = new MemoryWorkbook();
    await insertReport(wb, data);
    const t3 = wb.getName(NB_TABLE3)!;
    await wb.apply([{ op: "unprotect", sheet: SHEET_TABLES }]);
    wb.setCell(SHEET_TABLES, t3.row + 10, t3.col + 2, "4.保护第三人合法权益");
    const result = await readReport(wb);
    expect(result.problems).toEqual([
      expect.objectContaining({ kind: "label_variant", table: "table3", expected: "4.保护第三方合法权益", actual: "4.保护第三人合法权益" }),
    ]);
    expect(result.problems[0].message).toContain(`单元格 C${t3.row + 10 + 1} 应为“4.保护第三方合法权益”，现为“4.保护第三人合法权益”`);
    expect(result.problems[0].cells).toHaveLength(7);
    expect(result.tablesRead.table3).toBe(true);
    expect(result.data.values["table3.new[total]"]).toBe(data.values["table3.new[total]"]);
  });

  test("half-width brackets and spaces in a label are accepted (normalised)", async () => {
    const wb = new MemoryWorkbook();
    await insertReport(wb, data);
    const t3 = wb.getName(NB_TABLE3)!;
    await wb.apply([{ op: "unprotect", sheet: SHEET_TABLES }]);
    wb.setCell(SHEET_TABLES, t3.row + 5, t3.col + 1, "(一) 予以公开");
    const result = await readReport(wb);
    expect(result.problems).toEqual([]);
    expect(result.data.values["table3.granted[total]"]).toBe(30);
  });

  test("a renamed sheet: sheet_renamed (提示) naming the new name; values still read through the names", async () => {
    const wb = new MemoryWorkbook();
    await insertReport(wb, data);
    wb.renameSheet(SHEET_TABLES, "2021年统计");
    const result = await readReport(wb);
    expect(result.problems).toEqual([
      { kind: "sheet_renamed", message: expect.stringContaining("统计表现在位于工作表“2021年统计”") },
    ]);
    expect(result.data.values).toEqual(data.values);
    expect(cellRange(result, "table2.fees")!.sheet).toBe("2021年统计");
  });

  test("all rows of 表四 deleted: its name is #REF!, reported as missing_name", async () => {
    const wb = new MemoryWorkbook();
    await insertReport(wb, data);
    const t4 = wb.getName(NB_TABLE4)!;
    wb.deleteRows(SHEET_TABLES, t4.row, t4.rows);
    const result = await readReport(wb);
    expect(result.problems).toEqual([{ kind: "missing_name", table: "table4", message: expect.stringContaining("找不到表四：名称 NB_TABLE4") }]);
    expect(result.tables.table4).toBeNull();
    expect(result.data.values["table4.litigation_direct[total]"]).toBeNull();
  });

  test("an empty workbook: one missing_sheet, plus missing 报告信息 and metadata", () => {
    const result = readReportFromNamed({});
    expect(result.problems.map((p) => p.kind)).toEqual(["missing_sheet", "missing_name", "meta_missing"]);
  });

  test("a workbook recorded as the 2019 format whose tables are 2021's is read as 2021, with format_contradicted (S7)", async () => {
    const wb = new MemoryWorkbook();
    await insertReport(wb, data);
    await wb.apply([{ op: "values", range: { sheet: SHEET_META, row: 1, col: 1, rows: 1, cols: 1 }, values: [["2019"]] }]);
    const result = await readReport(wb);
    expect(result.problems).toEqual([{ kind: "format_contradicted", message: expect.stringContaining("2021 年格式") }]);
    expect(result.format.id).toBe("2021");
    expect(result.data.format).toBe("2021");
    expect(result.data.values["table3.new[total]"]).toBe(data.values["table3.new[total]"]);
  });

  test("a workbook recorded with an unknown format is wrong_format, read as its tables are", async () => {
    const wb = new MemoryWorkbook();
    await insertReport(wb, data);
    await wb.apply([{ op: "values", range: { sheet: SHEET_META, row: 1, col: 1, rows: 1, cols: 1 }, values: [["2030"]] }]);
    const result = await readReport(wb);
    expect(result.problems).toEqual([{ kind: "wrong_format", message: expect.stringContaining("“2030”") }]);
    expect(result.data.format).toBe("2021");
    expect(result.tablesRead).toEqual({ table2: true, table3: true, table4: true });
  });
});

describe("writing values and 说明 where the cells are now", () => {
  test("planWriteValues writes after rows were inserted above; an unknown key is refused", async () => {
    const wb = new MemoryWorkbook();
    await insertReport(wb);
    wb.insertRows(SHEET_TABLES, 0, 4);
    const result = await readReport(wb);
    await wb.apply(planWriteValues(result, { "table3.carried_over[total]": 5, "table2.fees": 1.25 }));
    const again = await readReport(wb);
    expect(again.data.values["table3.carried_over[total]"]).toBe(5);
    expect(again.data.values["table2.fees"]).toBe(1.25);
    expect(() => planWriteValues(result, { "table9.x": 1 })).toThrow("不是统计表的单元格");
  });

  test("planWriteValues refuses a table that could not be read, naming the cell", async () => {
    const wb = new MemoryWorkbook();
    await insertReport(wb);
    wb.deleteRows(SHEET_TABLES, wb.getName(NB_TABLE3)!.row + 4, 1);
    const result = await readReport(wb);
    expect(() => planWriteValues(result, { "table3.new[total]": 1 })).toThrow(/无法写入“表三 ?一、本年新收·总计”：表三的布局有问题/);
  });

  test("planWriteExplanations replaces the list and moves NB_META to cover it", async () => {
    const wb = new MemoryWorkbook();
    await insertReport(wb, withFields(fixture("pingtan-2021")));
    const result = await readReport(wb);
    const list = [
      { findingId: "S1.carried_over[total]", text: "说明一", at: "2022-01-01T00:00:00.000Z" },
      { findingId: "S2.regulations", text: "说明二", at: "2022-01-02T00:00:00.000Z" },
    ];
    await wb.apply(planWriteExplanations(result, list));
    expect((await readReport(wb)).data.explanations).toEqual(list);
    await wb.apply(planWriteExplanations(await readReport(wb), []));
    const after = await readReport(wb);
    expect(after.data.explanations).toEqual([]);
    expect(after.problems).toEqual([]);
    expect(wb.getName(NB_META)!.rows).toBe(6);
  });
});
