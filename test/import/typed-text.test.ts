/**
 * A typed page (a report's tables copied from Word into a text file: one row per line, cells at tabs) with blank and
 * `/` cells: the tabs place every cell, so each row is read by position, blanks as blank and `/` as text, instead of
 * being enumerated as digits run together (which lost whole rows). Digits run together in one cell still go through
 * the readings. The page is 平潭 2024's report (fixtures/reports/pingtan-2024.data.json) as this product prints it.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { FORMAT_2021, type CellKey } from "../../src/format";
import { getValue, reportFromJson, type ReportData } from "../../src/report";
import { importDocument, type ImportedReport } from "../../src/import";
import { buildReportDocument } from "../../src/narrative";
import { toMarkdown } from "../../src/export";
import { toDocx } from "../../src/export/docx";
import { REPORT_FIXTURES } from "../support/shared";

const DATA = reportFromJson(JSON.parse(readFileSync(path.join(REPORT_FIXTURES, "pingtan-2024.data.json"), "utf8")));

/** The report as a typed page: Markdown tables become tab-separated lines, a label's parts (`·`) their own cells. */
function typedPage(data: ReportData, edit: (label: string, values: string[]) => string[] | void = () => undefined): string {
  return toMarkdown(buildReportDocument(data))
    .split("\n")
    .filter((l) => !/^\| ---/.test(l))
    .map((l) => {
      if (!l.startsWith("|")) return l.replace(/^#+ /, "").replace(/\*\*/g, "");
      const cells = l.replace(/^\|\s*|\s*\|$/g, "").split(" | ");
      const values = edit(cells[0], cells.slice(1)) ?? cells.slice(1);
      return [cells[0].replace(/·/g, "\t"), ...values].join("\t");
    })
    .join("\n");
}

async function imported(text: string): Promise<ImportedReport> {
  const outcome = await importDocument(new TextEncoder().encode(text));
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.report;
}

/** 表三's result rows (三、本年度办理结果 （一）… （七）总计), by their keys. */
const RESULT_ROWS = FORMAT_2021.structure.table3.rows.filter((r) => r.isResult).map((r) => r.key);

test("every result row of 表三 (（一）…（七）) typed with 科研机构 “/” and 社会公益组织 blank: all 200 cells by position, none 无法确定", async () => {
  const text = typedPage(DATA, (label, values) => (label.startsWith("三、本年度办理结果") && values.length === 7 ? [values[0], values[1], "/", "", ...values.slice(4)] : undefined));
  const r = await imported(text);
  expect(r.undetermined).toEqual([]);
  expect(r.recovered).toEqual([]);
  expect(RESULT_ROWS).toHaveLength(22);
  const expected: Record<CellKey, unknown> = {};
  for (const c of FORMAT_2021.inputCells) expected[c.key] = getValue(DATA, c.key);
  for (const row of RESULT_ROWS) {
    expected[`table3.${row}[research]`] = "/";
    expected[`table3.${row}[social_welfare]`] = null;
  }
  const actual: Record<CellKey, unknown> = {};
  for (const c of FORMAT_2021.inputCells) actual[c.key] = getValue(r.data, c.key);
  expect(actual).toEqual(expected);
  // 22 rows × 1 blank; the other 178 cells read as printed.
  expect([r.readCells, r.printedBlank]).toEqual([178, 22]);
  // Hand-checked: （四）无法提供1. 75 0 / _ 0 0 75.
  expect(["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"].map((c) => getValue(r.data, `table3.unable_1[${c}]`))).toEqual([
    75, 0, "/", null, 0, 0, 75,
  ]);
});

test("a typed row whose digits run together in one cell is still read by its total (the readings), with a note", async () => {
  // 一、本年新收 217 1 0 0 0 0 218 typed as one cell `21710000218`.
  const r = await imported(typedPage(DATA, (label, values) => (label.startsWith("一、本年新收") ? [values.join("")] : undefined)));
  expect(["natural_person", "commercial", "total"].map((c) => getValue(r.data, `table3.new[${c}]`))).toEqual([217, 1, 218]);
  expect(r.recovered.map((x) => x.row)).toEqual(["表三 一、本年新收"]);
  expect(r.undetermined).toEqual([]);
});

test("a typed row with its first cell blank is not placed by the tabs (a merged label's padding or a dropped value)", async () => {
  const r = await imported(typedPage(DATA, (label, values) => (label.startsWith("二、上年结转") ? ["", ...values.slice(1)] : undefined)));
  // Six zeros for seven cells: every reading gives 0 everywhere, as for the seed's extracted 二、上年结转.
  expect(r.recovered.find((x) => x.row === "表三 二、上年结转")?.missing).toBe(1);
  expect(getValue(r.data, "table3.carried_over[natural_person]")).toBe(0);
});

test("our own report.docx with 表四 行政复议's first three cells blank: read by position (the blank first cell of a row without label)", async () => {
  const data = reportFromJson(JSON.parse(readFileSync(path.join(REPORT_FIXTURES, "pingtan-2024.data.json"), "utf8")));
  for (const c of ["upheld", "corrected", "other"]) data.values[`table4.reconsideration[${c}]`] = null;
  const outcome = await importDocument(await toDocx(buildReportDocument(data)));
  if (!outcome.ok) throw new Error(outcome.reason);
  const r = outcome.report;
  expect(r.undetermined).toEqual([]);
  expect(["upheld", "corrected", "other", "pending", "total"].map((c) => getValue(r.data, `table4.reconsideration[${c}]`))).toEqual([null, null, null, 1, 7]);
  expect(getValue(r.data, "table4.litigation_after_reconsideration[total]")).toBe(19);
  expect(r.printedBlank).toBe(3);
});
