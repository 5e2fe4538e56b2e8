/**
 * The importer on real published reports: the seed's extracted text (cells dropped by the extraction), the three
 * 平潭 page texts (digits of a row run together), and 淮安 2024's published PDF (tables broken across pages, header
 * words split per character, "1、" for "1." in （六）). Expected values are the transcribed data files.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { FORMAT_2021, type CellKey } from "../../src/format";
import { getValue, reportFromJson, type ReportData } from "../../src/report";
import { importDocument, type ImportedReport } from "../../src/import";
import { checkReport } from "../../src/rules";
import { REPORT_FIXTURES, SHARED_DIR } from "../support/shared";

const read = (p: string) => new Uint8Array(readFileSync(p));
const expectedData = (p: string) => reportFromJson(JSON.parse(readFileSync(p, "utf8")));

async function imported(file: string): Promise<ImportedReport> {
  const outcome = await importDocument(read(file));
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.report;
}

/** The cells whose imported value differs from the expected one. */
function differences(actual: ReportData, expected: ReportData): string[] {
  return FORMAT_2021.inputCells
    .filter((c) => getValue(actual, c.key) !== getValue(expected, c.key))
    .map((c) => `${c.key}: ${JSON.stringify(getValue(actual, c.key))} ≠ ${JSON.stringify(getValue(expected, c.key))}`);
}

const NORMATIVE: CellKey[] = ["table2.normative_documents.issued", "table2.normative_documents.repealed", "table2.normative_documents.in_force"];

describe("the seed's extracted text (三明市沙县区工信与科技局 2021)", () => {
  let r: ImportedReport;
  beforeAll(async () => {
    r = await imported(path.join(SHARED_DIR, "seeds/000_d71ea51a89262727.txt"));
  });

  test("every cell equals the transcribed data, the blank 规章 row included", () => {
    const expected = expectedData(path.resolve(__dirname, "../../examples/seed-2021.json"));
    expect(differences(r.data, expected)).toEqual([]);
    expect(getValue(r.data, "table2.regulations.issued")).toBeNull();
    expect(r.undetermined).toEqual([]);
  });

  test("each row with dropped cells is recovered with a note saying how many were missing", () => {
    // Row 一 prints all 7 values; 二 and every result row print 6 (an empty first cell or a group label took a
    // column); the four rows sharing a line with a group label print 5.
    const byRow = new Map(r.recovered.map((x) => [x.row, x]));
    expect(byRow.has("表三 一、本年新收")).toBe(false);
    expect(byRow.get("表三 二、上年结转")?.missing).toBe(1);
    for (const row of ["表三（三）不予公开4.保护第三方合法权益", "表三（四）无法提供1.本机关不掌握相关政府信息", "表三（五）不予处理1.信访举报投诉类申请"]) {
      expect(byRow.get(row)?.missing).toBe(2);
    }
    expect(r.recovered).toHaveLength(24);
    for (const x of r.recovered) {
      expect(x.note).toContain(`缺 ${x.missing} 个`);
      expect(x.values.every((v) => v === 0)).toBe(true);
    }
  });

  test("agency, year and contact details come from the title and the introduction", () => {
    const expected = expectedData(path.resolve(__dirname, "../../examples/seed-2021.json"));
    expect(r.data.agency).toBe("三明市沙县区工信与科技局");
    expect(r.data.year).toBe(2021);
    expect(r.data.contact).toEqual(expected.contact);
    expect(r.deviations).toEqual([]);
  });
});

describe.each(["pingtan-2024", "pingtan-2021"])("%s page text (digits run together)", (name) => {
  let r: ImportedReport;
  beforeAll(async () => {
    r = await imported(path.join(REPORT_FIXTURES, `${name}.source.txt`));
  });

  test("every cell of 表三 and 表四 and every single-value row of 表二 equals the data file", () => {
    const expected = expectedData(path.join(REPORT_FIXTURES, `${name}.data.json`));
    const diffs = differences(r.data, expected).filter((d) => !NORMATIVE.some((k) => d.startsWith(`${k}:`)));
    expect(diffs).toEqual([]);
  });

  test("表二 行政规范性文件's three numbers run together with no equation to split them: left blank, 无法确定", () => {
    for (const k of NORMATIVE) expect(getValue(r.data, k)).toBeNull();
    expect(r.undetermined.map((u) => u.row)).toEqual(["表二 行政规范性文件"]);
    const findings = checkReport(r.read);
    const finding = findings.find((f) => f.rule === "import");
    expect(finding?.title).toBe("无法确定");
    expect(finding?.severity).toBe("error");
    expect(finding?.message).toContain("表二 行政规范性文件");
    expect(finding?.cells).toEqual(NORMATIVE);
    // The blank cells are asked for by that finding, not reported again as 未填写.
    expect(findings.filter((f) => f.rule === "H6")).toEqual([]);
  });

  test("rows whose digits could be cut several ways are read by their row totals, each with a note", () => {
    expect(r.recovered.length).toBeGreaterThan(0);
    for (const x of r.recovered) expect(x.note).toContain("数字连写");
    const table4 = r.recovered.find((x) => x.table === "table4");
    expect(table4?.note).toContain("只能读作");
  });
});

test("pingtan-2024: 表四 from “21317000001324019” is 2/1/3/1/7, 0×5, 13/2/4/0/19 (the only cut where each group's 总计 holds)", async () => {
  const r = await imported(path.join(REPORT_FIXTURES, "pingtan-2024.source.txt"));
  const t4 = ["reconsideration", "litigation_direct", "litigation_after_reconsideration"].flatMap((g) =>
    ["upheld", "corrected", "other", "pending", "total"].map((c) => getValue(r.data, `table4.${g}[${c}]`)),
  );
  expect(t4).toEqual([2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]);
});

describe("huaian-2024.pdf (the published PDF)", () => {
  let r: ImportedReport;
  let expected: ReportData;
  beforeAll(async () => {
    r = await imported(path.join(REPORT_FIXTURES, "huaian-2024.pdf"));
    expected = expectedData(path.join(REPORT_FIXTURES, "huaian-2024.data.json"));
  });

  test("every one of the 200 cells equals the data file, all read as printed", () => {
    expect(differences(r.data, expected)).toEqual([]);
    expect(r.readCells).toBe(200);
    expect(r.recovered).toEqual([]);
    expect(r.undetermined).toEqual([]);
  });

  test("the three （六） sub-items printed “1、” “2、” “3、” are S8 findings with expected and actual text", () => {
    expect(r.deviations.map((d) => [d.expected, d.actual])).toEqual([
      ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
      ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
      ["3.其他", "3、其他"],
    ]);
    const findings = checkReport(r.read);
    const s8 = findings.filter((f) => f.rule === "S8");
    expect(s8).toHaveLength(3);
    expect(s8[2].message).toBe("表三（六）其他处理3.其他的标签应为“3.其他”，原文为“3、其他”");
    expect(s8[2].sides).toEqual({ left: "3、其他", right: "3.其他" });
    expect(s8[2].cells).toContain("table3.other_3[total]");
    // 淮安's tables hold: no arithmetic finding.
    expect(findings.filter((f) => /^H[1-4]/.test(f.rule))).toEqual([]);
  });

  test("agency, year, contact details and the sections' text (paragraph breaks aside) equal the data file", () => {
    expect(r.data.agency).toBe("淮安市人民政府");
    expect(r.data.year).toBe(2024);
    expect(r.data.contact).toEqual(expected.contact);
    const flat = (s: string) => s.replace(/\n/g, "");
    expect(flat(r.data.text.overviewIntro)).toBe(flat(expected.text.overviewIntro));
    for (const item of FORMAT_2021.overviewItems) {
      expect(flat(r.data.text.overview[item.key])).toBe(flat(expected.text.overview[item.key]));
    }
    expect(flat(r.data.text.problems)).toBe(flat(expected.text.problems));
    expect(flat(r.data.text.otherMatters)).toBe(flat(expected.text.otherMatters));
    expect(r.data.text.overviewExtra).toEqual([]);
  });

  test("a sentence cut by a page break reads on, and the page numbers are gone", () => {
    // Page 1 ends “…建设‘四最’一流” and page 2 opens “营商环境高质量推进产业发展”…: one paragraph, as in the data file.
    expect(r.data.text.overview.proactive_disclosure).toContain("“建设‘四最’一流营商环境高质量推进产业发展”");
    for (const item of FORMAT_2021.overviewItems) {
      expect(r.data.text.overview[item.key]).toBe(expected.text.overview[item.key]);
    }
    const all = [r.data.text.overviewIntro, ...Object.values(r.data.text.overview), r.data.text.problems, r.data.text.otherMatters].join("\n");
    expect(all).not.toMatch(/(^|\n)\s*([-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页)\s*($|\n)/);
  });
});

describe("pingtan-2020 page text (2019 format, a real H2 error)", () => {
  let r: ImportedReport;
  let expected: ReportData;
  beforeAll(async () => {
    r = await imported(path.join(REPORT_FIXTURES, "pingtan-2020.source.txt"));
    expected = expectedData(path.join(REPORT_FIXTURES, "pingtan-2020.data.json"));
  });

  test("the format is told from the labels: 2019 (规范性文件, 其他对外管理服务事项, a single （六）其他处理 row)", () => {
    expect(r.format).toBe("2019");
    expect(r.data.format).toBe("2019");
    expect(r.data.year).toBe(2020);
  });

  test("every cell of 表三 and 表四 equals the data file: （七）总计 stays 20 and 21 although the items add up to 26 and 27", () => {
    const keys = Object.keys(expected.values).filter((k) => k.startsWith("table3") || k.startsWith("table4"));
    expect(keys).toHaveLength(161 + 15);
    expect(keys.filter((k) => getValue(r.data, k) !== getValue(expected, k))).toEqual([]);
    expect(getValue(r.data, "table3.total[natural_person]")).toBe(20);
    expect(getValue(r.data, "table3.total[total]")).toBe(21);
    const items = ["granted", "partial", ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `denied_${i}`), "unable_1", "unable_2", "unable_3"]
      .concat([1, 2, 3, 4, 5].map((i) => `not_processed_${i}`), ["other"]);
    const sum = (col: string) => items.reduce((s, row) => s + (getValue(r.data, `table3.${row}[${col}]`) as number), 0);
    expect([sum("natural_person"), sum("total")]).toEqual([26, 27]);
    // …and the check reports exactly those two H2 errors, −6 each.
    const h2 = checkReport(r.read).filter((f) => f.rule === "H2");
    expect(h2.map((f) => [f.id, f.difference])).toEqual([
      ["H2.natural_person", -6],
      ["H2.total", -6],
    ]);
  });

  test("表二 (no equations in 2019): rows whose digits split one way only are read; the others are 无法确定", () => {
    expect(["made", "published", "disclosed_total"].map((c) => getValue(r.data, `table2.regulations.${c}`))).toEqual([0, 0, 7]);
    expect(["items_last_year", "items_change"].map((c) => getValue(r.data, `table2.fees.${c}`))).toEqual([35, -15]);
    expect(r.undetermined.map((u) => u.row)).toEqual([
      "表二 规范性文件",
      "表二 行政许可",
      "表二 其他对外管理服务事项",
      "表二 行政处罚",
      "表二 行政强制",
      "表二 政府集中采购",
    ]);
  });
});
