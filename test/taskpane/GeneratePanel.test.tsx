/** @jest-environment jsdom */
/**
 * The 生成报告 panel on the in-memory workbook filled with the seed report (三明市沙县区工信与科技局 2021, whose
 * 表二 规章 row is blank: 3 强制 findings): the confirmation, the three outputs and what each one hands over, and the
 * messages when an output is blocked. Clipboard and blob URLs are stubbed (jsdom has neither).
 */
import * as fs from "fs";
import { TextEncoder } from "util";
import * as path from "path";
import JSZip from "jszip";
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { GeneratePanel, type GenerateServices } from "../../src/taskpane/GeneratePanel";
import { DOCX_MIME, planReportSheet, reportFileName, reportSheetName } from "../../src/taskpane/generate-output";
import { buildReportDocument } from "../../src/narrative";
import { checkReport, summarize } from "../../src/rules";
import { reportFromJson, type ReportData } from "../../src/report";
import { insertReport, readReport } from "../../src/workbook/layout";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { WorkbookError, type WriteOp } from "../../src/workbook/port";
import { SPEC_SECTION_TITLES, SPEC_TABLE3_NOTE } from "../support/spec";

const services: GenerateServices = { readReport, checkReport: (d) => checkReport(d), summarize };

const SEED = reportFromJson(JSON.parse(fs.readFileSync(path.join(__dirname, "../../examples/seed-2021.json"), "utf8")));
const TITLE = "三明市沙县区工信与科技局2021年政府信息公开工作年度报告";
const FILE_NAME = `${TITLE}.docx`;
/** 表三's 勾稽 note, as printed in the format (report-format.md §2, 表三). */
const TABLE3_NOTE = SPEC_TABLE3_NOTE;
const SECTIONS = SPEC_SECTION_TITLES;

/** The seed with its blank 规章 row filled with 0: no 强制 finding left. */
function seedPassing(): ReportData {
  const data = reportFromJson(JSON.parse(fs.readFileSync(path.join(__dirname, "../../examples/seed-2021.json"), "utf8")));
  for (const c of ["issued", "repealed", "in_force"]) data.values[`table2.regulations.${c}`] = 0;
  return data;
}

async function workbookWith(data: ReportData): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertReport(wb, data);
  return wb;
}

/** The sheet each write operation touches. */
function sheetOf(op: WriteOp): string {
  return "sheet" in op ? op.sheet : "range" in op ? op.range.sheet : "";
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsText(blob);
  });
}

function readBlobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(blob);
  });
}

beforeAll(() => {
  // jsdom lacks TextEncoder, which the docx writer's zip step uses (browsers have it).
  (globalThis as unknown as { TextEncoder: unknown }).TextEncoder = TextEncoder;
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  window.matchMedia =
    window.matchMedia ||
    ((query: string) =>
      ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }) as unknown as MediaQueryList);
});

/** A ClipboardItem stand-in that keeps what it was given. */
class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

let clipboardWrite: jest.Mock;
let createObjectURL: jest.Mock;
let anchorClicks: { href: string; download: string }[];

beforeEach(() => {
  clipboardWrite = jest.fn(async () => undefined);
  Object.defineProperty(window.navigator, "clipboard", { value: { write: clipboardWrite }, configurable: true });
  (window as unknown as { ClipboardItem: unknown }).ClipboardItem = FakeClipboardItem;
  createObjectURL = jest.fn(() => "blob:report");
  (URL as unknown as { createObjectURL: unknown }).createObjectURL = createObjectURL;
  (URL as unknown as { revokeObjectURL: unknown }).revokeObjectURL = jest.fn();
  anchorClicks = [];
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    anchorClicks.push({ href: this.getAttribute("href") ?? "", download: this.download });
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  delete (window as unknown as { ClipboardItem?: unknown }).ClipboardItem;
  delete (document as unknown as { execCommand?: unknown }).execCommand;
});

function renderPanel(wb: MemoryWorkbook) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <GeneratePanel port={wb} services={services} />
    </FluentProvider>,
  );
}

const button = (name: string) => screen.getByRole("button", { name });

/** Click 生成报告, confirm the 强制 warning, and wait for the outputs. */
async function generateConfirmed() {
  fireEvent.click(button("生成报告"));
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  fireEvent.click(within(dialog).getByRole("button", { name: "仍要生成", hidden: true }));
  await screen.findByRole("group", { name: /报告已生成/ }, { timeout: 20000 });
}

// ───────────────────────────── pure pieces ─────────────────────────────

test("file name is <机关><年度>年政府信息公开工作年度报告.docx, without characters a file name cannot hold", () => {
  expect(reportFileName({ agency: "三明市沙县区工信与科技局", year: 2021 })).toBe(FILE_NAME);
  expect(reportFileName({ agency: "某局/办公室", year: null })).toBe("某局办公室政府信息公开工作年度报告.docx");
});

test("the new sheet's name never equals an existing sheet's", () => {
  expect(reportSheetName(["Sheet1", "统计表"])).toBe("报告正文");
  expect(reportSheetName(["报告正文"])).toBe("报告正文 (2)");
  expect(reportSheetName(["报告正文", "报告正文 (2)"])).toBe("报告正文 (3)");
});

// ───────────────────────────── confirmation ─────────────────────────────

test("with 3 强制 findings open, 生成报告 asks first; 取消 writes nothing and offers no output", async () => {
  const wb = await workbookWith(SEED);
  const writes = wb.stats.writes;
  const syncs = wb.stats.syncs;
  renderPanel(wb);
  fireEvent.click(button("生成报告"));
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  expect(within(dialog).getByText("有 3 项强制问题未改正，生成的报告将标注“未通过校验”。仍要生成吗？")).toBeTruthy();
  fireEvent.click(within(dialog).getByRole("button", { name: "取消" }));
  await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
  expect(screen.queryByRole("button", { name: "下载 Word 文档" })).toBeNull();
  expect(wb.stats.writes).toBe(writes);
  // One round trip: the report's names in one readNamed.
  expect(wb.stats.syncs - syncs).toBe(1);
});

test("a report without 强制 findings is generated without asking and carries no 未通过校验", async () => {
  const wb = await workbookWith(seedPassing());
  renderPanel(wb);
  fireEvent.click(button("生成报告"));
  await screen.findByRole("group", { name: "报告已生成" }, { timeout: 20000 });
  expect(screen.queryByRole("alertdialog")).toBeNull();
  fireEvent.click(button("复制报告全文"));
  await screen.findByText(/已复制报告全文/);
  const item = clipboardWrite.mock.calls[0][0][0] as FakeClipboardItem;
  const html = await readBlob(item.items["text/html"]);
  expect(html).toContain(TITLE);
  expect(html).not.toContain("未通过校验");
});

test("an empty workbook gets the Chinese message to insert the tables first", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  renderPanel(wb);
  fireEvent.click(button("生成报告"));
  expect(await screen.findByText(/工作簿中还没有统计表，无法生成报告/)).toBeTruthy();
  expect(screen.queryByRole("alertdialog")).toBeNull();
});

// ───────────────────────────── the three outputs ─────────────────────────────

test("复制报告全文 puts the report as text/html with bordered real tables and text/plain on the clipboard", async () => {
  const wb = await workbookWith(SEED);
  renderPanel(wb);
  await generateConfirmed();
  expect(screen.getByRole("heading", { name: "报告已生成（标注“未通过校验”）" })).toBeTruthy();
  fireEvent.click(button("复制报告全文"));
  await screen.findByText("已复制报告全文（含三张统计表）。请到 Word、WPS 或网站编辑器中按 Ctrl+V 粘贴。");
  expect(clipboardWrite).toHaveBeenCalledTimes(1);
  const [items] = clipboardWrite.mock.calls[0] as [FakeClipboardItem[]];
  expect(items).toHaveLength(1);
  const html = await readBlob(items[0].items["text/html"]);
  const text = await readBlob(items[0].items["text/plain"]);
  expect(items[0].items["text/html"].type).toBe("text/html");
  expect(html).toContain(TITLE);
  expect(html).toContain(TABLE3_NOTE);
  expect(html).toContain("未通过校验：有 3 项强制问题未改正");
  for (const s of SECTIONS) expect(html).toContain(s);
  // Three real tables, bordered by attribute and inline style, no <style> block, no scroll regions.
  const div = document.createElement("div");
  div.innerHTML = html;
  const tables = div.querySelectorAll("table");
  expect(tables).toHaveLength(3);
  for (const t of Array.from(tables)) {
    expect(t.getAttribute("border")).toBe("1");
    expect(t.getAttribute("style")).toContain("border-collapse:collapse");
  }
  for (const cell of Array.from(div.querySelectorAll("td, th"))) expect(cell.getAttribute("style")).toContain("border:1px solid #000");
  expect(div.querySelector("style")).toBeNull();
  expect(div.querySelector("[role], [tabindex]")).toBeNull();
  // 表三 as printed: the note spans the three label columns over the three header rows.
  const note = Array.from(div.querySelectorAll("td")).find((td) => td.textContent === TABLE3_NOTE)!;
  expect([note.getAttribute("rowspan"), note.getAttribute("colspan")]).toEqual(["3", "3"]);
  // 表二 规章 is blank in the seed: its cells are shaded, and 表二's 行政处罚 shows the seed's 1.
  expect(div.querySelectorAll("td[style*='#FFF4CE']").length).toBe(3);
  expect(text.startsWith(`${TITLE}\n\n未通过校验`)).toBe(true);
  expect(text).toContain(`${TABLE3_NOTE}\t\t\t申请人情况`);
});

test("when the Clipboard API is refused, the copy falls back to execCommand with both types", async () => {
  clipboardWrite.mockRejectedValue(new DOMException("Write permission denied.", "NotAllowedError"));
  const copied: Record<string, string> = {};
  const execCommand = jest.fn((command: string) => {
    const e = new Event("copy", { bubbles: true, cancelable: true }) as Event & { clipboardData: unknown };
    e.clipboardData = { setData: (type: string, value: string) => (copied[type] = value) };
    document.dispatchEvent(e);
    return command === "copy";
  });
  (document as unknown as { execCommand: unknown }).execCommand = execCommand;
  const wb = await workbookWith(SEED);
  renderPanel(wb);
  await generateConfirmed();
  fireEvent.click(button("复制报告全文"));
  await screen.findByText(/已复制报告全文/);
  expect(execCommand).toHaveBeenCalledWith("copy");
  expect(copied["text/html"]).toContain(TABLE3_NOTE);
  expect(copied["text/plain"]).toContain(TITLE);
  // The hidden holder is gone again.
  expect(document.querySelector("[contenteditable]")).toBeNull();
});

test("when no clipboard can be written, a Chinese message says what to use instead and the other outputs remain", async () => {
  clipboardWrite.mockRejectedValue(new Error("denied"));
  (document as unknown as { execCommand: unknown }).execCommand = jest.fn(() => false);
  const wb = await workbookWith(SEED);
  renderPanel(wb);
  await generateConfirmed();
  fireEvent.click(button("复制报告全文"));
  await screen.findByText(/无法写入剪贴板.*请改用“下载 Word 文档”或“写入新工作表”/);
  expect((button("下载 Word 文档") as HTMLButtonElement).disabled).toBe(false);
  fireEvent.click(button("写入新工作表"));
  await screen.findByText(/已写入新工作表“报告正文”/);
});

test("下载 Word 文档 downloads the .docx of the report under <机关><年度>年政府信息公开工作年度报告.docx", async () => {
  const wb = await workbookWith(SEED);
  renderPanel(wb);
  await generateConfirmed();
  expect(screen.getByText(`文件名：${FILE_NAME}`)).toBeTruthy();
  fireEvent.click(button("下载 Word 文档"));
  expect(anchorClicks).toEqual([{ href: "blob:report", download: FILE_NAME }]);
  expect(createObjectURL).toHaveBeenCalledTimes(1);
  const blob = createObjectURL.mock.calls[0][0] as Blob;
  expect(blob.type).toBe(DOCX_MIME);
  const zip = await JSZip.loadAsync(await readBlobBytes(blob));
  const xml = await zip.file("word/document.xml")!.async("string");
  expect(xml).toContain(TITLE);
  expect(xml).toContain("未通过校验");
  expect(screen.getByText(/已开始下载“三明市沙县区工信与科技局2021年政府信息公开工作年度报告\.docx”。如果没有出现下载/)).toBeTruthy();
});

test("without blob URLs the download says to copy or write a sheet instead; copying still works", async () => {
  (URL as unknown as { createObjectURL: unknown }).createObjectURL = undefined;
  const wb = await workbookWith(SEED);
  renderPanel(wb);
  await generateConfirmed();
  fireEvent.click(button("下载 Word 文档"));
  await screen.findByText(/此 Office 窗口不支持直接下载文件。请改用“复制报告全文”/);
  expect(anchorClicks).toEqual([]);
  fireEvent.click(button("复制报告全文"));
  await screen.findByText(/已复制报告全文/);
});

test("写入新工作表 writes the report into 报告正文 in one apply, touching no other sheet", async () => {
  const wb = await workbookWith(SEED);
  const before = wb.getValue("统计表", 0, 0);
  const applied: WriteOp[][] = [];
  const apply = wb.apply.bind(wb);
  jest.spyOn(wb, "apply").mockImplementation(async (ops) => {
    applied.push(ops);
    return apply(ops);
  });
  renderPanel(wb);
  await generateConfirmed();
  fireEvent.click(button("写入新工作表"));
  await screen.findByText("已写入新工作表“报告正文”，其他工作表没有改动。");
  expect(applied).toHaveLength(1);
  const ops = applied[0];
  expect(ops[0]).toEqual({ op: "addSheet", sheet: "报告正文" });
  expect(new Set(ops.map(sheetOf))).toEqual(new Set(["报告正文"]));
  expect(wb.getValue("统计表", 0, 0)).toBe(before);

  // What the sheet holds, in column A from top to bottom: the title, the notice, the six sections in order.
  const { rows } = wb.usedSize("报告正文");
  const colA = Array.from({ length: rows }, (_, r) => wb.getValue("报告正文", r, 0));
  expect(colA[0]).toBe(TITLE);
  expect(String(colA[1])).toMatch(/^未通过校验：有 3 项强制问题未改正/);
  const at = SECTIONS.map((s) => colA.indexOf(s));
  expect(at.every((i) => i > 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  // The title band is merged across A–J; 表三 is a block with its note merged over 3 × 3 cells, values as typed.
  expect(wb.mergeAt("报告正文", 0, 0)).toEqual({ sheet: "报告正文", row: 0, col: 0, rows: 1, cols: 10 });
  const noteRow = colA.indexOf(TABLE3_NOTE);
  expect(noteRow).toBeGreaterThan(at[2]);
  expect(wb.mergeAt("报告正文", noteRow, 0)).toEqual({ sheet: "报告正文", row: noteRow, col: 0, rows: 3, cols: 3 });
  expect(wb.getValue("报告正文", noteRow + 3, 0)).toBe("一、本年新收政府信息公开申请数量");
  expect(wb.getValue("报告正文", noteRow + 3, 3)).toBe(0);
  // 表二: 行政处罚 is the seed's 1, the blank 规章 row stays blank.
  const penalty = findCell(wb, "报告正文", "行政处罚");
  expect(penalty).not.toBeNull();
  expect(wb.getValue("报告正文", penalty!.row, penalty!.col + 1)).toBe(1);
  const regulations = findCell(wb, "报告正文", "规章")!;
  expect([1, 2, 3].map((d) => wb.getValue("报告正文", regulations.row, regulations.col + d))).toEqual([null, null, null]);
  expect(wb.getSelection().sheet).toBe("报告正文");
});

test("写入新工作表 never writes over a sheet the user has: the second goes to 报告正文 (2)", async () => {
  const wb = await workbookWith(SEED);
  await wb.apply([
    { op: "addSheet", sheet: "报告正文" },
    { op: "values", range: { sheet: "报告正文", row: 0, col: 0, rows: 1, cols: 1 }, values: [["我的草稿"]] },
  ]);
  renderPanel(wb);
  await generateConfirmed();
  fireEvent.click(button("写入新工作表"));
  await screen.findByText("已写入新工作表“报告正文 (2)”，其他工作表没有改动。");
  expect(wb.getValue("报告正文", 0, 0)).toBe("我的草稿");
  expect(wb.usedSize("报告正文")).toEqual({ rows: 1, cols: 1 });
  expect(wb.getValue("报告正文 (2)", 0, 0)).toBe(TITLE);
});

test("when the .docx cannot be made, the Word button says so and the copy and the sheet still work", async () => {
  const encoder = globalThis.TextEncoder;
  delete (globalThis as unknown as { TextEncoder?: unknown }).TextEncoder;
  try {
    const wb = await workbookWith(SEED);
    renderPanel(wb);
    await generateConfirmed();
  } finally {
    globalThis.TextEncoder = encoder;
  }
  expect(await screen.findByText(/Word 文档没有生成成功（.*TextEncoder.*）。请改用“复制报告全文”/)).toBeTruthy();
  expect((button("下载 Word 文档") as HTMLButtonElement).disabled).toBe(true);
  fireEvent.click(button("复制报告全文"));
  await screen.findByText(/已复制报告全文/);
  fireEvent.click(button("写入新工作表"));
  await screen.findByText(/已写入新工作表“报告正文”/);
});

test("a report holding a character no file can hold is refused as the command line refuses it: no download, copy or sheet", async () => {
  const data = seedPassing();
  data.agency = "三明市沙县区\uffff工信与科技局";
  const wb = await workbookWith(data);
  renderPanel(wb);
  fireEvent.click(button("生成报告"));
  await screen.findByRole("group", { name: "报告已生成" }, { timeout: 20000 });
  const message = "无法生成报告：机关名称第 7 个字符是 U+FFFF：这是不可见的非法字符，Word、Excel 等文件不能保存它；请在原文件中删除后再试";
  expect(await screen.findAllByText(message)).toHaveLength(3);
  for (const name of ["下载 Word 文档", "复制报告全文", "写入新工作表"]) expect((button(name) as HTMLButtonElement).disabled).toBe(true);
  fireEvent.click(button("复制报告全文"));
  expect(clipboardWrite).not.toHaveBeenCalled();
  expect(createObjectURL).not.toHaveBeenCalled();
});

test("仍要生成 builds from the same read (no second read); outputs are stale once the pane's check reads other data, not while it reads the same", async () => {
  const wb = await workbookWith(SEED);
  const panel = (checked: ReportData) => (
    <FluentProvider theme={webLightTheme}>
      <GeneratePanel port={wb} services={services} checked={checked} />
    </FluentProvider>
  );
  const before = (await readReport(wb)).data;
  const syncs = wb.stats.syncs;
  const { rerender } = render(panel(before));
  await generateConfirmed();
  expect(wb.stats.syncs - syncs).toBe(1);
  // 写入新工作表 wrote a sheet outside the report: the pane's next check reads the same data.
  rerender(panel((await readReport(wb)).data));
  expect(screen.queryByText(/下面的内容可能已过时/)).toBeNull();
  // A user's edit of 表三, found by the pane's check (whether or not Excel raised an event).
  const cell = (await readReport(wb)).cells["table3.new[total]"];
  wb.setCell(cell.sheet, cell.row, cell.col, 99);
  rerender(panel((await readReport(wb)).data));
  expect(await screen.findByText("表格或报告信息已修改，下面的内容可能已过时，请重新点击“生成报告”。")).toBeTruthy();
});

test("a failed sheet write says what to do next; download and copy remain", async () => {
  const wb = await workbookWith(SEED);
  renderPanel(wb);
  await generateConfirmed();
  jest.spyOn(wb, "apply").mockRejectedValue(new WorkbookError("工作表受保护"));
  fireEvent.click(button("写入新工作表"));
  await screen.findByText(/没有写入新工作表：工作表受保护 请确认没有正在编辑的单元格.*或改用“复制报告全文”/);
  expect((button("下载 Word 文档") as HTMLButtonElement).disabled).toBe(false);
  expect((button("复制报告全文") as HTMLButtonElement).disabled).toBe(false);
  fireEvent.click(button("复制报告全文"));
  await screen.findByText(/已复制报告全文/);
});

test("the sheet plan from a document carries each table's block at the table's columns and nothing outside the new sheet", () => {
  const doc = buildReportDocument(SEED, checkReport(SEED));
  const plan = planReportSheet(doc, ["Sheet1", "统计表"]);
  expect(plan.sheet).toBe("报告正文");
  expect(plan.ops.filter((o) => o.op === "addSheet")).toEqual([{ op: "addSheet", sheet: "报告正文" }]);
  expect(plan.ops.some((o) => o.op === "deleteSheet" || o.op === "protect" || o.op === "name")).toBe(false);
  // 表四's grid: 4 rows × 15 columns starting at column D, as on 统计表.
  const t4 = plan.ops.find((o) => o.op === "values" && o.range.rows === 4 && o.range.cols === 15);
  expect(t4 && t4.op === "values" && t4.range.col).toBe(3);
});

/** The first cell on a sheet whose value is `text`. */
function findCell(wb: MemoryWorkbook, sheet: string, text: string): { row: number; col: number } | null {
  const { rows, cols } = wb.usedSize(sheet);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (wb.getValue(sheet, r, c) === text) return { row: r, col: c };
  return null;
}

test("the summary figures the confirmation shows are the check's 强制 count", () => {
  expect(summarize(checkReport(SEED)).errors).toBe(3);
  expect(summarize(checkReport(seedPassing())).errors).toBe(0);
});

// ───────────────────────────── 数字的写法 ─────────────────────────────

test("the agency's 一（二） restating 表三's figures: the panel says its own wording is printed; choosing 生成的语句 saves 生成 in 报告信息 and generates again", async () => {
  const data = seedPassing();
  const received = data.values["table3.new[total]"];
  data.text.overview.disclosure_on_request = `全年共受理政府信息公开申请 ${received} 件。我局畅通申请渠道。`;
  const wb = await workbookWith(data);
  renderPanel(wb);
  fireEvent.click(button("生成报告"));
  await screen.findByRole("group", { name: /报告已生成/ }, { timeout: 20000 });
  const group = screen.getByRole("group", { name: "总体情况中的数字" });
  const select = within(group).getByRole("combobox", { name: "（二）依申请公开采用" }) as HTMLSelectElement;
  expect(select.value).toBe("auto");
  expect(within(group).getByText("本次印出本单位原文（其中的数字与表格一致），不再重复生成的语句。")).toBeTruthy();
  // Only the sub-item whose text restates a generated figure is offered.
  expect(within(group).getAllByRole("combobox")).toHaveLength(1);

  fireEvent.change(select, { target: { value: "generated" } });
  await waitFor(() => expect(within(screen.getByRole("group", { name: "总体情况中的数字" })).getByText("本次印出生成的语句，原文中重复这些数字的句子不印出。")).toBeTruthy(), {
    timeout: 20000,
  });
  const read = await readReport(wb);
  expect(read.data.text.wording).toEqual({ disclosure_on_request: "generated" });
  const cell = read.infoCells["text.wording.disclosure_on_request"]!;
  expect(wb.getValue(cell.sheet, cell.row, cell.col)).toBe("生成");
}, 60000);
