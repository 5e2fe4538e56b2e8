/**
 * Tolerant reading of workbooks (issue 7, item 4), each through MemoryWorkbook and through an .xlsx saved and opened
 * again: labels printed with typos are S8 variants and the table is still read; a 2021 workbook whose 表三 prints the
 * 2019 single （六）其他处理 row is read in that layout with one problem saying what to do; a 2022 report in the 2019
 * layout is read in the layout it has (S7) — and in each case the one check pipeline still finds the arithmetic
 * errors. Real data: 平潭 2021 and 平潭 2020 (its two H2 errors, report-format.md §4 and the fixtures).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { getFormat, table3Key } from "../../src/format";
import { readReportJson, type ReportData } from "../../src/report";
import { checkReport } from "../../src/rules";
import { NB_TABLE3, SHEET_INFO, SHEET_TABLES, insertReport, planRepair, readReport, type ReadResult } from "../../src/workbook/layout";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { RangeRef, WorkbookPort, WriteOp } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { fixturePath } from "../support/shared";

const fixture = (name: string): ReportData => readReportJson(JSON.parse(fs.readFileSync(fixturePath(name), "utf8"))).data;

/** Apply ops to a workbook, then read it: on MemoryWorkbook directly, on .xlsx after saving and opening it again. */
type Port = "memory" | "xlsx";
type Build = (wb: WorkbookPort, nameOf: (name: string) => RangeRef) => Promise<void>;
async function readAfter(port: Port, build: Build): Promise<ReadResult> {
  if (port === "memory") {
    const wb = new MemoryWorkbook();
    await build(wb, (n) => wb.getName(n)!);
    return readReport(wb);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nb-tolerant-"));
  try {
    const wb = XlsxWorkbook.create();
    await build(wb, (n) => wb.resolveName(n)!);
    await wb.save(path.join(dir, "r.xlsx"));
    return readReport(await XlsxWorkbook.open(path.join(dir, "r.xlsx")));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A value written over one cell of the tables sheet, as a user would type it (the sheet unprotected first). */
const typed = (sheet: string, row: number, col: number, value: string | number): WriteOp[] => [
  { op: "unprotect", sheet },
  { op: "values", range: { sheet, row, col, rows: 1, cols: 1 }, values: [[value]] },
];

/** The findings of the one check pipeline on a read, as `id severity` lines, with the two sides where compared. */
const findingsOf = (read: ReadResult): string[] =>
  checkReport(read).map((f) => `${f.id} ${f.severity}${f.left !== undefined ? ` ${f.left}/${f.right}` : ""}`);

/** 平潭 2020's real errors (report-format.md §4 fixture): 表三（七）总计 short by 6 in 自然人 and 总计. */
const PINGTAN_2020_H2 = ["H2.natural_person error 20/26", "H2.total error 21/27"];

describe.each<Port>(["memory", "xlsx"])("label typos on %s", (port) => {
  test("内容 for 内部, 1、 for 1., 其它 for 其他, a full-width digit: three S8 variants, 表三 read, its H2 errors still found", async () => {
    const data = fixture("pingtan-2020");
    const read = await readAfter(port, async (wb, nameOf) => {
      await insertReport(wb, data);
      const t3 = nameOf(NB_TABLE3);
      await wb.apply([
        ...typed(SHEET_TABLES, t3.row + 11, t3.col + 2, "5.属于三类内容事务信息"),
        ...typed(SHEET_TABLES, t3.row + 7, t3.col + 2, "1、属于国家秘密"),
        ...typed(SHEET_TABLES, t3.row + 2, t3.col + 8, "其它"),
        ...typed(SHEET_TABLES, t3.row + 8, t3.col + 2, "２.其他法律行政法规禁止公开"),
      ]);
    });
    expect(read.problems.map((p) => [p.kind, p.table, p.expected, p.actual])).toEqual([
      ["label_variant", "table3", "其他", "其它"],
      ["label_variant", "table3", "1.属于国家秘密", "1、属于国家秘密"],
      ["label_variant", "table3", "5.属于三类内部事务信息", "5.属于三类内容事务信息"],
    ]);
    // A row label heads its row's seven cells; a column header its column's 23.
    expect(read.problems[2].cells).toEqual(
      ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"].map((c) => table3Key("denied_5", c)),
    );
    expect(read.problems[0].cells).toHaveLength(23);
    expect(read.tablesRead).toEqual({ table2: true, table3: true, table4: true });
    expect(read.data.values).toEqual(data.values);
    const findings = findingsOf(read);
    expect(findings.filter((f) => f.startsWith("S8") || f.startsWith("H"))).toEqual([
      "S8.label_variant.table3 warning",
      "S8.label_variant.table3.2 warning",
      "S8.label_variant.table3.3 warning",
      ...PINGTAN_2020_H2,
    ]);
    const s8 = checkReport(read).find((f) => f.id === "S8.label_variant.table3.3")!;
    expect(s8.sides).toEqual({ left: "5.属于三类内容事务信息", right: "5.属于三类内部事务信息" });
  });

  test("a label replaced by another row's label is not a typo: 表三 is not read from its positions", async () => {
    const read = await readAfter(port, async (wb, nameOf) => {
      await insertReport(wb, fixture("pingtan-2021"));
      const t3 = nameOf(NB_TABLE3);
      await wb.apply(typed(SHEET_TABLES, t3.row + 5, t3.col + 1, "（二）部分公开"));
    });
    expect(read.problems.map((p) => p.kind)).toEqual(["label_changed"]);
    expect(read.tablesRead.table3).toBe(false);
  });
});

describe.each<Port>(["memory", "xlsx"])("a 2021 workbook whose 表三 prints the 2019 single （六） row, on %s", (port) => {
  /** 平潭 2021 with its three （六） rows summed into the single row, as a report printing the 2019 row gives them. */
  const single = (): ReportData => {
    const d = fixture("pingtan-2021");
    const values = { ...d.values };
    for (const c of ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"]) {
      values[table3Key("other", c)] = [1, 2, 3].reduce((n, i) => n + Number(d.values[table3Key(`other_${i}`, c)]), 0);
      for (const i of [1, 2, 3]) delete values[table3Key(`other_${i}`, c)];
    }
    return { ...d, formatVariant: "single_other_row", values };
  };

  test("read in that layout with one single_other_row problem (S7); every value read and the other rules run", async () => {
    const data = single();
    // One total typed wrong (表三 一、本年新收·总计 70 → 71): H1 and H3 on that row and column must still be found.
    data.values[table3Key("new", "total")] = 71;
    const read = await readAfter(port, (wb) => insertReport(wb, data));
    expect(read.problems).toEqual([expect.objectContaining({ kind: "single_other_row", table: "table3" })]);
    expect(read.problems[0].message).toContain("修复表格");
    expect([read.format.id, read.format.variant, read.data.format, read.data.formatVariant]).toEqual(["2021", "single_other_row", "2021", "single_other_row"]);
    expect(read.tablesRead).toEqual({ table2: true, table3: true, table4: true });
    expect(read.data.values).toEqual(data.values);
    const findings = findingsOf(read);
    expect(findings.filter((f) => /^(S7|H)/.test(f))).toEqual(["S7.single_other_row.table3 warning", "H1.new error 71/70", "H3.total error 71/70"]);
  });

  if (port === "memory")
    test("made by deleting two （六） rows of the 2021 table and relabelling: the same; 修复表格 brings back three rows to re-enter", async () => {
      const data = single();
      const wb = new MemoryWorkbook();
      await insertReport(wb, fixture("pingtan-2021"));
      const t3 = wb.getName(NB_TABLE3)!;
      const other1 = t3.row + 23; // （六）1.
      wb.deleteRows(SHEET_TABLES, other1 + 1, 2);
      await wb.apply([{ op: "unprotect", sheet: SHEET_TABLES }]);
      wb.unmerge({ sheet: SHEET_TABLES, row: other1, col: t3.col + 1, rows: 1, cols: 1 });
      wb.setCell(SHEET_TABLES, other1, t3.col + 2, null);
      await wb.apply([{ op: "merge", range: { sheet: SHEET_TABLES, row: other1, col: t3.col + 1, rows: 1, cols: 2 } }]);
      ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"].forEach((c, i) =>
        wb.setCell(SHEET_TABLES, other1, t3.col + 3 + i, data.values[table3Key("other", c)] as number),
      );
      const read = await readReport(wb);
      expect(read.problems.map((p) => p.kind)).toEqual(["single_other_row"]);
      expect(read.data.values).toEqual(data.values);

      const plan = await planRepair(wb);
      expect(plan.recovered.map((r) => [r.table, r.rows, r.lostRows.map((x) => x.cells[0])])).toEqual([
        ["table3", 22, [1, 2, 3].map((i) => table3Key(`other_${i}`, "natural_person"))],
      ]);
      await wb.apply(plan.ops);
      const after = await readReport(wb);
      expect(after.problems).toEqual([]);
      expect(after.format).toBe(getFormat("2021"));
      expect(after.data.values[table3Key("granted", "total")]).toBe(data.values[table3Key("granted", "total")]);
      expect(after.data.values[table3Key("other_1", "total")]).toBeNull();
    });
});

describe.each<Port>(["memory", "xlsx"])("a 2022 report in the 2019 layout, on %s", (port) => {
  test("read in the layout it has (2019), with the year as typed", async () => {
    const data = fixture("pingtan-2020");
    const read = await readAfter(port, async (wb) => {
      await insertReport(wb, data);
      const year = (await readReport(wb)).infoCells.year!;
      expect(year.sheet).toBe(SHEET_INFO);
      await wb.apply([{ op: "values", range: year, values: [[2022]] }]);
    });
    expect(read.problems).toEqual([]);
    expect([read.format.id, read.data.format, read.data.year]).toEqual(["2019", "2019", 2022]);
    expect(read.data.values).toEqual(data.values);
    // S7 says the year wants the 2021 format; the 2019 rules still find the two H2 errors.
    const findings = findingsOf(read);
    expect(findings.filter((f) => /^(S7|H)/.test(f))).toEqual([...PINGTAN_2020_H2, "S7 warning"]);
    expect(checkReport(read).find((f) => f.id === "S7")!.message).toContain("应使用 2021 年格式");
  });
});
