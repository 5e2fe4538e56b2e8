/**
 * 从文档导入本年数据's plan: every cell the document changes (from → to), the filled cells it overwrites counted, the
 * cells it could not read or cannot place left alone with the reason, and a document of the other format refused.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { getFormat } from "../../src/format";
import { importDocument, type ImportedReport } from "../../src/import";
import { planImportFill } from "../../src/import/fill-plan";
import { emptyReport, reportFromJson } from "../../src/report";
import { REPORT_FIXTURES } from "../support/shared";

async function imported(name: string): Promise<ImportedReport> {
  const o = await importDocument(new Uint8Array(readFileSync(path.join(REPORT_FIXTURES, name))));
  if (!o.ok) throw new Error(o.reason);
  return o.report;
}

test("淮安's PDF into a blank workbook: 200 changes, none overwriting", async () => {
  const plan = planImportFill(emptyReport(getFormat("2021")), await imported("huaian-2024.pdf"), () => true);
  if ("error" in plan) throw new Error(plan.error);
  expect(plan.changes).toHaveLength(200);
  expect(plan.overwrites).toBe(0);
  expect(plan.changes.find((c) => c.cell === "table3.new[total]")).toEqual({ cell: "table3.new[total]", name: "表三 一、本年新收·总计", from: null, to: 3119 });
});

test("into a filled workbook: only the cells that differ, and the filled ones overwritten are counted", async () => {
  const current = reportFromJson(JSON.parse(readFileSync(path.join(REPORT_FIXTURES, "huaian-2024.data.json"), "utf8")));
  current.values["table3.new[total]"] = 3000;
  current.values["table2.licensing"] = null;
  const plan = planImportFill(current, await imported("huaian-2024.pdf"), () => true);
  if ("error" in plan) throw new Error(plan.error);
  expect(plan.changes.map((c) => [c.cell, c.from, c.to])).toEqual([
    ["table2.licensing", null, 447228],
    ["table3.new[total]", 3000, 3119],
  ]);
  expect(plan.overwrites).toBe(1);
});

test("cells the document could not determine and cells not in the workbook are left alone, each with the reason", async () => {
  const plan = planImportFill(emptyReport(getFormat("2021")), await imported("pingtan-2021.source.txt"), (k) => !k.startsWith("table4"));
  if ("error" in plan) throw new Error(plan.error);
  expect(plan.skipped.filter((s) => s.reason.includes("无法确定")).map((s) => s.cell)).toEqual([
    "table2.normative_documents.issued",
    "table2.normative_documents.repealed",
    "table2.normative_documents.in_force",
  ]);
  expect(plan.skipped.filter((s) => s.reason.includes("找不到")).length).toBeGreaterThan(0);
  expect(plan.changes.some((c) => c.cell.startsWith("table4") || c.cell.startsWith("table2.normative"))).toBe(false);
});

test("a 2019-format report into a 2021 workbook is refused, naming both formats", async () => {
  const plan = planImportFill(emptyReport(getFormat("2021")), await imported("pingtan-2020.source.txt"), () => true);
  expect(plan).toEqual({ error: expect.stringContaining("文档是2019 年格式") });
});
