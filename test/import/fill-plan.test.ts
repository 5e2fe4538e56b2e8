/**
 * 从文档导入本年数据's plan: every statistics cell and 报告信息 field the document changes (from → to), the filled
 * ones it overwrites counted and named, the cells it could not read or cannot place left alone with the reason, and
 * a document of the other format filling only the tables printed alike (表四) and the text, saying so.
 *
 * Expected fields are the documents' own: 淮安's from its PDF (the text as in huaian-2024.data.json, checked against
 * the page images; 五 has two paragraphs, the second indented at 针对存在问题), 平潭's from its page text.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { getFormat, type CellKey } from "../../src/format";
import { toDocx } from "../../src/export/docx";
import { importDocument, type ImportedReport } from "../../src/import";
import { planImportFill, type FieldChange, type FillTarget } from "../../src/import/fill-plan";
import { buildReportDocument } from "../../src/narrative";
import { emptyReport, reportFromJson, type ReportData } from "../../src/report";
import { REPORT_FIXTURES } from "../support/shared";

async function importedBytes(bytes: Uint8Array): Promise<ImportedReport> {
  const o = await importDocument(bytes);
  if (!o.ok) throw new Error(o.reason);
  return o.report;
}
const imported = (name: string) => importedBytes(new Uint8Array(readFileSync(path.join(REPORT_FIXTURES, name))));
const fixture = (name: string) => reportFromJson(JSON.parse(readFileSync(path.join(REPORT_FIXTURES, `${name}.data.json`), "utf8")));

/** A workbook as inserted: every cell and field has its place, three spare pairs of 补充小节 rows. */
const EVERYWHERE: FillTarget = { cell: () => true, field: () => true, extraSlots: [0, 1, 2].map(() => ({ title: "", body: "" })) };

/** A new 2021 workbook of a year (as 插入统计表 leaves it: 报告年度 filled, nothing else). */
function inserted(year: number, format = getFormat("2021")): ReportData {
  return { ...emptyReport(format), year };
}

/** The changes of fields by name: [name, from, to, overwrites]. */
const fieldRows = (fields: FieldChange[]) => fields.map((f) => [f.name, f.from, f.to, f.overwrites]);

test("淮安's PDF into a new 2024 workbook: 200 cells, and agency, contact details and every section's text as printed", async () => {
  const huaian = fixture("huaian-2024");
  const plan = planImportFill(inserted(2024), await imported("huaian-2024.pdf"), EVERYWHERE);
  expect(plan.changes).toHaveLength(200);
  expect(plan.changes.find((c) => c.cell === "table3.new[total]")).toEqual({ cell: "table3.new[total]", name: "表三 一、本年新收·总计", from: null, to: 3119 });
  const t = huaian.text;
  // 报告年度 is already 2024; the PDF gives no 传真, 网址 or 发布日期, so those are not listed.
  expect(fieldRows(plan.fields)).toEqual([
    ["机关名称", "", "淮安市人民政府", false],
    ["联系机构", "", "淮安市人民政府办公室", false],
    ["地址", "", "淮安市翔宇南道 1 号", false],
    ["邮编", "", "223001", false],
    ["电话", "", "0517-83605210", false],
    ["电子邮箱", "", "hazwgkc@163.com", false],
    ["总体情况导语", "", t.overviewIntro, false],
    ["（一）主动公开", "", t.overview.proactive_disclosure, false],
    ["（二）依申请公开", "", t.overview.disclosure_on_request, false],
    ["（三）政府信息管理", "", t.overview.information_management, false],
    ["（四）政府信息公开平台建设", "", t.overview.platform, false],
    ["（五）监督保障", "", t.overview.supervision, false],
    ["五、存在的主要问题及改进情况", "", t.problems.replace("流动性过快的问题。针对", "流动性过快的问题。\n针对"), false],
    ["六、其他需要报告的事项", "", "2024 年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 3940 元。", false],
  ]);
  expect(t.overviewIntro.startsWith("2024 年，我市坚持以习近平新时代中国特色社会主义思想为指导")).toBe(true);
  expect(plan.overwrites).toBe(0);
  expect(plan.overwritten).toEqual([]);
  expect(plan.formatNote).toBeUndefined();
});

test("淮安 2024's PDF into a 2026 workbook of another unit: two warnings before the preview; the same unit and year give none", async () => {
  const current = inserted(2026);
  current.agency = "平潭综合实验区管委会";
  const plan = planImportFill(current, await imported("huaian-2024.pdf"), EVERYWHERE);
  expect(plan.sourceNotes).toEqual([
    "文档是 2024 年度的报告，本工作簿是 2026 年度：导入会把 2024 年度的数字和文字填入本工作簿。请确认选对了文件。",
    "文档的机关名称是“淮安市人民政府”，本工作簿是“平潭综合实验区管委会”：请确认这是本单位的报告。",
  ]);
  // Last year's report into this year's workbook says so.
  current.year = 2025;
  current.agency = "淮安市人民政府";
  expect(planImportFill(current, await imported("huaian-2024.pdf"), EVERYWHERE).sourceNotes).toEqual([
    "文档是 2024 年度的报告，本工作簿是 2025 年度：这像是上年的报告，导入会把 2024 年度的数字和文字填入本工作簿。请确认选对了文件。",
  ]);
  expect(planImportFill(inserted(2024), await imported("huaian-2024.pdf"), EVERYWHERE).sourceNotes).toEqual([]);
});

test("into a filled workbook: only the cells and fields that differ, each filled one overwritten named", async () => {
  const current = fixture("huaian-2024");
  current.values["table3.new[total]"] = 3000;
  current.values["table2.licensing"] = null;
  current.agency = "淮安市人民政府办公室";
  current.contact.fax = "0517-83605211";
  current.text.problems = "";
  const plan = planImportFill(current, await imported("huaian-2024.pdf"), EVERYWHERE);
  expect(plan.changes.map((c) => [c.cell, c.from, c.to])).toEqual([
    ["table2.licensing", null, 447228],
    ["table3.new[total]", 3000, 3119],
  ]);
  // 传真 is not in the PDF: kept. 五 was blank: filled, not an overwrite. The text of 一 agrees already.
  expect(plan.fields.map((f) => [f.name, f.overwrites])).toEqual([
    ["机关名称", true],
    ["五、存在的主要问题及改进情况", false],
  ]);
  expect(plan.overwrites).toBe(2);
  expect(plan.overwritten).toEqual(["机关名称", "表三 一、本年新收·总计"]);
});

test("平潭 2024's page text into a 2024 workbook the filer began: its title's agency, the page's 发布时间, and the text replace what differs", async () => {
  const current = inserted(2024);
  current.agency = "平潭综合实验区管委会办公室";
  current.contact.phone = "0591-00000000";
  current.text.otherMatters = "本年度未收取信息处理费。";
  const plan = planImportFill(current, await imported("pingtan-2024.source.txt"), EVERYWHERE);
  const byName = new Map(plan.fields.map((f) => [f.name, f]));
  expect([...byName.keys()]).toEqual([
    "机关名称",
    "发布日期",
    "总体情况导语",
    "（一）主动公开",
    "（二）依申请公开",
    "（三）政府信息管理",
    "（四）政府信息公开平台建设",
    "（五）监督保障",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
  ]);
  expect(byName.get("机关名称")).toMatchObject({ from: "平潭综合实验区管委会办公室", to: "平潭综合实验区", overwrites: true });
  expect(byName.get("发布日期")).toMatchObject({ from: "", to: "2025-03-10", overwrites: false });
  expect(byName.get("六、其他需要报告的事项")).toMatchObject({ from: "本年度未收取信息处理费。", to: "2024年，无收取信息处理费情况。", overwrites: true });
  const intro = byName.get("总体情况导语")!.to as string;
  expect(intro.startsWith("2024年，平潭综合实验区坚持以习近平新时代中国特色社会主义思想为指导")).toBe(true);
  expect(intro.endsWith("以高质量政务公开助推经济社会高质量发展。")).toBe(true);
  const proactive = byName.get("（一）主动公开")!.to as string;
  expect(proactive.startsWith("有序推进基层政务公开")).toBe(true);
  expect(proactive.endsWith("切实提升公众参与度和满意度。")).toBe(true);
  // The page gives no contact details: the phone the filer typed stays.
  expect(byName.has("电话")).toBe(false);
  expect(plan.overwritten).toEqual(["机关名称", "六、其他需要报告的事项"]);
  expect(plan.changes.find((c) => c.cell === "table3.new[total]")).toMatchObject({ from: null, to: 218 });
});

test("our own Word document with an added sub-item of 总体情况: it goes into the first spare pair of rows", async () => {
  const data = fixture("huaian-2024");
  data.publishDate = "2025-01-20";
  data.text.overviewExtra = [{ title: "（六）2024年重点工作落实情况", body: "全面完成年度政务公开工作要点确定的各项任务。" }];
  const doc = await importedBytes(await toDocx(buildReportDocument(data)));
  const plan = planImportFill(inserted(2024), doc, EVERYWHERE);
  const rows = fieldRows(plan.fields);
  expect(rows.filter((r) => String(r[0]).startsWith("补充小节"))).toEqual([
    ["补充小节标题（第 1 个）", "", "（六）2024年重点工作落实情况", false],
    ["补充小节正文（第 1 个）", "", "全面完成年度政务公开工作要点确定的各项任务。", false],
  ]);
  expect(plan.fields.find((f) => f.name === "补充小节标题（第 1 个）")!.target).toEqual({ extra: 0, part: "title" });
  // The sub-items come after 一's five and before 五 (the order of 报告信息's rows).
  expect(rows.map((r) => r[0]).indexOf("补充小节标题（第 1 个）")).toBe(rows.map((r) => r[0]).indexOf("（五）监督保障") + 1);
  expect(rows.find((r) => r[0] === "发布日期")).toEqual(["发布日期", "", "2025-01-20", false]);
  expect(plan.changes).toHaveLength(200);

  // Without rows for them in 报告信息 they are left out, saying why; a sub-item the workbook has already is not listed.
  const none = planImportFill(inserted(2024), doc, { ...EVERYWHERE, extraSlots: [] });
  expect(none.fields.some((f) => "extra" in f.target)).toBe(false);
  expect(none.skipped.find((s) => s.cell === "text.overviewExtra")!.reason).toMatch(/^总体情况的补充小节：文档有 1 个，“报告信息”中只有 0 组/);
  const same = planImportFill(inserted(2024), doc, {
    ...EVERYWHERE,
    extraSlots: [{ title: "", body: "" }, { title: data.text.overviewExtra[0].title, body: data.text.overviewExtra[0].body }],
  });
  expect(same.fields.some((f) => "extra" in f.target)).toBe(false);
});

test("cells the document could not determine, cells and fields not in the workbook are left alone, each with the reason", async () => {
  const target: FillTarget = { cell: (k: CellKey) => !k.startsWith("table4"), field: (k) => k !== "agency", extraSlots: [] };
  const plan = planImportFill(emptyReport(getFormat("2021")), await imported("pingtan-2021.source.txt"), target);
  expect(plan.skipped.filter((s) => s.reason.includes("无法确定")).map((s) => s.cell)).toEqual([
    "table2.normative_documents.issued",
    "table2.normative_documents.repealed",
    "table2.normative_documents.in_force",
  ]);
  expect(plan.skipped.filter((s) => s.reason.includes("工作簿中找不到")).length).toBeGreaterThan(0);
  expect(plan.skipped.find((s) => s.cell === "agency")!.reason).toBe("机关名称：“报告信息”中找不到这一行，未改动");
  expect(plan.changes.some((c) => c.cell.startsWith("table4") || c.cell.startsWith("table2.normative"))).toBe(false);
  expect(plan.fields.some((f) => "field" in f.target && f.target.field === "agency")).toBe(false);
});

test("a 2019-format report into a 2021 workbook: 表二 and 表三 are not filled and the plan says so; 表四 and the text are", async () => {
  const pingtan2020 = fixture("pingtan-2020");
  const plan = planImportFill(inserted(2021), await imported("pingtan-2020.source.txt"), EVERYWHERE);
  expect(plan.formatNote).toBe(
    "文档是2019 年格式（国办公开办函〔2019〕60号）的报告，本工作簿的统计表是2021 年格式（国办公开办函〔2021〕30号）：表二、表三的行或栏目不同，不导入" +
      "（要导入这些表，请按该报告的年度另外插入统计表）；表四相同，照常导入。",
  );
  expect(plan.changes.every((c) => c.cell.startsWith("table4."))).toBe(true);
  expect(plan.changes.map((c) => c.to)).toEqual(Object.keys(pingtan2020.values).filter((k) => k.startsWith("table4.")).map((k) => pingtan2020.values[k]));
  // The year is the document's format's: not written into a 2021 workbook.
  expect(plan.skipped.find((s) => s.cell === "year")!.reason).toBe("报告年度：文档是 2020 年度的报告（2019 年格式），与本工作簿的统计表格式不同，未改动");
  const byName = new Map(plan.fields.map((f) => [f.name, f.to]));
  expect(byName.get("机关名称")).toBe("平潭综合实验区");
  expect(byName.get("电话")).toBe("0591-23165370");
  expect(byName.get("邮编")).toBe("350400");
  expect(byName.get("发布日期")).toBe("2021-03-05");
  expect(byName.get("六、其他需要报告的事项")).toBe("无其他需要报告的事项");
  // Its 总体情况 has two sub-items of its own wording: （二）围绕工作重点，扎实推进主动公开 is 主动公开 by its meaning;
  // （一）强化组织协调，着力规范公开工作 names no sub-item and fills one of the three spare pairs.
  expect(String(byName.get("（一）主动公开")).startsWith("围绕工作重点，扎实推进主动公开\n根据国家、省里政务公开工作要点")).toBe(true);
  expect(plan.fields.filter((f) => "extra" in f.target).map((f) => [f.name, f.to])).toEqual([
    ["补充小节标题（第 1 个）", "（六）强化组织协调，着力规范公开工作"],
    ["补充小节正文（第 1 个）", expect.stringMatching(/^积极贯彻国家.*公开工作要求。$/)],
  ]);
});
