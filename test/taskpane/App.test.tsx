/** @jest-environment jsdom */
// Role queries inside dialogs pass `hidden: true`: under jsdom, Fluent's focus trap (tabster) at times leaves an open
// dialog marked aria-hidden, which no browser does (the Chromium tests query the same buttons by accessible role).
/**
 * The task pane against the in-memory workbook: check on open, live re-check (one read, no write), insert choices
 * (使用现有表格 / 替换 / 新增一份 / 取消), select both sides, 说明 kept in the workbook, fill helpers with a preview,
 * 修复表格 on a damaged sheet with a backup copy, manual mode below ExcelApi 1.7, errors.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { makeServices } from "../../src/taskpane/services";
import * as layout from "../../src/workbook/layout";
import * as rules from "../../src/rules";
import { insertNewReport, insertReport, readReport, reportSet, NB_TABLE3 } from "../../src/workbook/layout";
import { formatForYear } from "../../src/format";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { a1, type WorkbookPort } from "../../src/workbook/port";
import { fillConsistent, stubBrowserApis } from "../support/pane";

const services = makeServices(layout, rules);

beforeAll(stubBrowserApis);

const FIXED = new Date(2026, 0, 15, 9, 30);
/** In January 2026 the pane proposes the 2025 report, in the 2021 format. */
const INSERTED = /^已按 2021 年格式（国办公开办函〔2021〕30号）插入 2025 年度统计表。/;

function renderApp(port: WorkbookPort, liveDelayMs = 20) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} services={services} liveDelayMs={liveDelayMs} now={() => FIXED} />
    </FluentProvider>,
  );
}

const button = (name: string | RegExp) => screen.getByRole("button", { name });
const region = () => screen.findByRole("region", { name: "校验结果" });
const idle = () => waitFor(() => expect(screen.getByRole("main").getAttribute("aria-busy")).toBe("false"));

/** The ids of every finding of a read (the one check pipeline). */
function checkIds(read: layout.ReadResult): string[] {
  return rules.checkReport(read).map((f) => f.id);
}

async function cellOf(wb: MemoryWorkbook, key: string) {
  return (await readReport(wb)).cells[key];
}

test("on an empty workbook the pane says there are no tables; 插入统计表 inserts in one apply and checks at once", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  renderApp(wb);
  await screen.findByText(/还没有统计表/);
  wb.stats = { reads: 0, writes: 0, syncs: 0 };
  fireEvent.click(button("插入统计表"));
  await screen.findByText(INSERTED);
  expect(await wb.listSheets()).toEqual(["Sheet1", "统计表", "报告信息", "_年报助手"]);
  // One apply (the insert) and one readNamed (the check after it).
  expect(wb.stats.syncs).toBe(2);
  const r = await region();
  // 200 blank cells (H6: 表二 10 + 表三 175 + 表四 15) + no 机关名称 (I1); 报告年度 is the 2025 typed for the insert.
  // 提示: no contact (I3), 五 empty (S9a), no fee (S9c).
  expect(within(r).getByText(/^强制 201$/)).toBeTruthy();
  expect(within(r).getByText(/^提示 3$/)).toBeTruthy();
});

test("the pane checks when it opens and shows its mode (实时校验 with the host level)", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertReport(wb);
  await fillConsistent(wb);
  renderApp(wb);
  // 200 cells × (H6 + H5) + 25 + 7 + 7 + 3 = 442 table checks; 7 text checks run without last year's report.
  expect(await screen.findByText("全部通过：442 项表格检查和 15 项报告信息与正文检查均未发现问题。")).toBeTruthy();
  expect(screen.getByText("校验方式：实时校验（内存）")).toBeTruthy();
  expect(screen.getByRole("status", { name: "校验状态" }).textContent).toContain("校验完成：442 项表格检查和 15 项报告信息与正文检查全部通过。");
});

test("live check: a user's edit is debounced, then exactly one read and no write; the finding comes and goes", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertReport(wb);
  await fillConsistent(wb);
  renderApp(wb, 60);
  await screen.findByText(/^全部通过/);
  await idle();
  const total = await cellOf(wb, "table3.new[total]");
  wb.stats = { reads: 0, writes: 0, syncs: 0 };
  // Three quick edits (typing, then correcting, then breaking again) inside the debounce: one check.
  act(() => wb.setCell(total.sheet, total.row, total.col, 4));
  act(() => wb.setCell(total.sheet, total.row, total.col, 7));
  act(() => wb.setCell(total.sheet, total.row, total.col, 6));
  const r = await region();
  // 6 ≠ 3 + 2: H1 on the row and H3 on the 总计 column (6 + 0 ≠ 5 + 0).
  await within(r).findByText("总计 6 ↔ 各申请人之和 5");
  expect(within(r).getByText(/相差 \+1，应填 5/)).toBeTruthy();
  expect(wb.stats).toEqual({ reads: 5, writes: 0, syncs: 1 });
  expect(screen.getByRole("status", { name: "校验状态" }).textContent).toContain("校验完成：强制 2 项，提示 0 项，已说明 0 项。");
  // Fix it: the finding disappears with no button pressed.
  act(() => wb.setCell(total.sheet, total.row, total.col, 5));
  await screen.findByText(/^全部通过/);
  expect(wb.stats.writes).toBe(0);
});

test("clicking a finding selects both sides: the total and the block of its parts", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertReport(wb);
  await fillConsistent(wb);
  const total = await cellOf(wb, "table3.new[total]");
  wb.setCell(total.sheet, total.row, total.col, 6);
  renderApp(wb);
  const r = await region();
  fireEvent.click(within(r).getByRole("button", { name: /表三行合计不符/ }));
  await waitFor(() => expect(wb.getSelection().ranges.length).toBe(2));
  const sel = wb.getSelection();
  expect(sel.sheet).toBe("统计表");
  // 表三 starts in column A; 总计 is column J, the six applicant columns D–I, on the row of 一、本年新收.
  expect(sel.ranges.map((x) => a1(x))).toEqual([`J${total.row + 1}`, `D${total.row + 1}:I${total.row + 1}`]);
});

test("插入统计表 when the sheets exist asks first; 取消 and 使用现有表格 write nothing; 新增一份 adds 统计表 (2)", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertReport(wb);
  renderApp(wb);
  await region();
  await idle();
  const writes = wb.stats.writes;
  fireEvent.click(button("插入统计表"));
  let dialog = await screen.findByRole("dialog");
  expect(within(dialog).getByText(/已有：统计表、报告信息。/)).toBeTruthy();
  for (const name of ["使用现有表格", "替换（保留已填数据）", "新增一份", "取消"]) expect(await within(dialog).findByRole("button", { name, hidden: true })).toBeTruthy();
  fireEvent.click(await within(dialog).findByRole("button", { name: "取消", hidden: true }));
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  fireEvent.click(button("插入统计表"));
  fireEvent.click(await within(await screen.findByRole("dialog")).findByRole("button", { name: "使用现有表格", hidden: true }));
  await region();
  expect(wb.stats.writes).toBe(writes);

  await idle();
  fireEvent.click(button("插入统计表"));
  dialog = await screen.findByRole("dialog");
  fireEvent.click(await within(dialog).findByRole("button", { name: "新增一份", hidden: true }));
  await screen.findByText("已按 2021 年格式（国办公开办函〔2021〕30号）插入 2025 年度统计表（新的一份，工作表“统计表 (2)”）。");
  expect(await wb.listSheets()).toEqual(["Sheet1", "统计表", "报告信息", "_年报助手", "统计表 (2)", "报告信息 (2)", "_年报助手 (2)"]);
  expect(wb.getName("NB_TABLE3_2")!.sheet).toBe("统计表 (2)");
  // The first set is untouched and still readable; the pane works on the new one and offers both.
  expect((await readReport(wb)).problems).toEqual([]);
  const picker = screen.getByRole("combobox", { name: /当前报表/ }) as HTMLSelectElement;
  expect(picker.value).toBe("2");
  expect([...picker.options].map((o) => o.text)).toEqual(["统计表", "统计表 (2)"]);
});

test("替换（保留已填数据） rebuilds the tables in place with the values typed before", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertReport(wb);
  const cell = await cellOf(wb, "table3.new[natural_person]");
  wb.setCell(cell.sheet, cell.row, cell.col, 7);
  wb.insertRows("统计表", 0, 2); // the user moved everything down
  renderApp(wb);
  await region();
  await idle();
  fireEvent.click(button("插入统计表"));
  fireEvent.click(await within(await screen.findByRole("dialog")).findByRole("button", { name: "替换（保留已填数据）", hidden: true }));
  const dialog = await screen.findByRole("dialog", { name: "修复表格" });
  expect(within(dialog).getByText(/可放回原位的 200 个已填单元格/)).toBeTruthy();
  // The choices dialog may still be closing (its modalizer hides the rest for a moment): wait until reachable.
  fireEvent.click(await within(dialog).findByRole("button", { name: "修复", hidden: true }));
  await screen.findByText("已按标准格式修复表格，数据已放回。");
  const after = await readReport(wb);
  expect(after.cells["table3.new[natural_person]"]).toEqual(cell);
  expect(after.data.values["table3.new[natural_person]"]).toBe(7);
});

test("a 提示 is kept with a 说明 stored in the workbook; a 强制 has no keep button; the 说明 can be withdrawn", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertReport(wb);
  await fillConsistent(wb);
  const p = (await readReport(wb)).infoCells["text.problems"]!;
  wb.setCell(p.sheet, p.row, p.col, "无");
  const total = await cellOf(wb, "table3.new[total]");
  wb.setCell(total.sheet, total.row, total.col, 6);
  renderApp(wb);
  const r = await region();
  await idle();
  const h1 = within(r).getByRole("button", { name: /表三行合计不符/ }).closest("li")!;
  expect(within(h1).queryByRole("button", { name: /保留/ })).toBeNull();
  fireEvent.click(within(r).getByRole("button", { name: "保留并说明：存在问题写得过少" }));
  const box = within(r).getByRole("textbox", { name: /说明/ });
  fireEvent.click(within(r).getByRole("button", { name: "保存说明" }));
  expect(within(r).getByRole("alert").textContent).toBe("请填写说明后再保存。");
  fireEvent.change(box, { target: { value: "本年度确无新发现的问题，已在正文中写明。" } });
  fireEvent.click(within(r).getByRole("button", { name: "保存说明" }));
  await within(r).findByText("已说明：本年度确无新发现的问题，已在正文中写明。（2026-01-15 09:30）");
  expect(within(r).getByText(/^已说明 1$/)).toBeTruthy();
  const saved = await readReport(wb);
  expect(saved.data.explanations).toEqual([{ findingId: "S9a", text: "本年度确无新发现的问题，已在正文中写明。", at: "2026-01-15 09:30" }]);
  fireEvent.click(within(r).getByRole("button", { name: "撤销说明" }));
  await within(r).findByText(/^已说明 0$/);
  expect((await readReport(wb)).data.explanations).toEqual([]);
});

test("空白填 0 lists every blank cell first, writes nothing on 取消, and fills them in one apply on confirm", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertReport(wb);
  const licensing = await cellOf(wb, "table2.licensing");
  wb.setCell(licensing.sheet, licensing.row, licensing.col, 4);
  renderApp(wb);
  await region();
  await idle();
  const writes = wb.stats.writes;
  fireEvent.click(button("空白填 0"));
  let dialog = await screen.findByRole("dialog", { name: "把空白单元格填 0" });
  expect(within(dialog).getByText("将修改以下 199 个单元格（原值 → 新值）。确认之前不会写入。")).toBeTruthy();
  expect(within(dialog).getByText("表三（七）总计·自然人：空白 → 0")).toBeTruthy();
  fireEvent.click(await within(dialog).findByRole("button", { name: "取消", hidden: true }));
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  expect(wb.stats.writes).toBe(writes);
  await idle();
  fireEvent.click(button("空白填 0"));
  dialog = await screen.findByRole("dialog", { name: "把空白单元格填 0" });
  const syncs = wb.stats.syncs;
  fireEvent.click(await within(dialog).findByRole("button", { name: "确认修改 199 个单元格", hidden: true }));
  await screen.findByText("已修改 199 个单元格。");
  // One apply, then one readNamed for the check (the read for the plan was before the dialog).
  expect(wb.stats.syncs - syncs).toBe(2);
  const after = await readReport(wb);
  expect(after.data.values["table2.licensing"]).toBe(4);
  expect(Object.values(after.data.values).filter((v) => v === 0)).toHaveLength(199);
});

test("计算总计 shows each total from → to and the totals it cannot compute, with the reason", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertReport(wb);
  await fillConsistent(wb);
  const set = async (key: string, v: number | string) => {
    const c = await cellOf(wb, key);
    wb.setCell(c.sheet, c.row, c.col, v);
  };
  await set("table3.new[total]", 9);
  await set("table3.carried_over[commercial]", "/");
  renderApp(wb);
  await region();
  await idle();
  fireEvent.click(button("计算总计"));
  const dialog = await screen.findByRole("dialog", { name: "由各项计算总计" });
  expect(within(dialog).getByText("表三 一、本年新收·总计：9 → 5")).toBeTruthy();
  expect(within(dialog).getByText(/以下 1 个总计无法计算/)).toBeTruthy();
  expect(within(dialog).getByText("表三 二、上年结转·总计无法计算：表三 二、上年结转·商业企业不是有效数字")).toBeTruthy();
  fireEvent.click(await within(dialog).findByRole("button", { name: "确认修改 1 个单元格", hidden: true }));
  await screen.findByText("已修改 1 个单元格。");
  expect((await readReport(wb)).data.values["table3.new[total]"]).toBe(5);
});

test("a row deleted inside a filled 表三: fill helpers wait for 修复表格, which brings back the 24 other rows and names the lost one", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertReport(wb);
  await fillConsistent(wb);
  const licensing = await cellOf(wb, "table2.licensing");
  wb.setCell(licensing.sheet, licensing.row, licensing.col, 4);
  const t3 = wb.getName(NB_TABLE3)!;
  const granted = await cellOf(wb, "table3.granted[natural_person]");
  // Delete the row of （二）部分公开.
  wb.deleteRows("统计表", t3.row + 6, 1);
  renderApp(wb);
  const r = await region();
  expect(within(r).getByText(/表三应有 28 行，现为 27 行：缺少“.*部分公开.*”一行/)).toBeTruthy();
  // 表三 was not read, so none of its cells is listed: only the layout problem.
  expect(within(r).getByLabelText("强制 1 项，提示 0 项，已说明 0 项")).toBeTruthy();
  await idle();
  // No 空白填 0 / 计算总计 / 转为数值 while the table cannot be read.
  for (const name of ["空白填 0", "计算总计", "转为数值"]) {
    expect(button(name).getAttribute("aria-disabled")).toBe("true");
    expect(button(name).getAttribute("aria-describedby")).toBe("fill-blocked");
  }
  expect(screen.getByText(/^请先修复表格/)).toBeTruthy();
  const writes = wb.stats.writes;
  fireEvent.click(button("空白填 0"));
  expect(screen.queryByRole("dialog")).toBeNull();

  fireEvent.click(within(r).getByRole("button", { name: "修复表格" }));
  const dialog = await screen.findByRole("dialog", { name: "修复表格" });
  expect(within(dialog).getByText(/表三的行已改变：已按行标签找回 24 行的数字/)).toBeTruthy();
  expect(within(dialog).getByText("以下行需重新填写：（二）部分公开")).toBeTruthy();
  // 表二 10 + 表三 24 rows × 7 + 表四 15.
  expect(within(dialog).getByText(/可放回原位的 193 个已填单元格/)).toBeTruthy();
  expect(wb.stats.writes).toBe(writes);
  fireEvent.click(await within(dialog).findByRole("button", { name: "修复并保留旧表副本", hidden: true }));
  await screen.findByText(
    "已修复表格；旧表的内容保存在工作表“统计表 备份”中。以下行未能找回，需重新填写：表三（二）部分公开。请对照旧表填写，不要直接填 0。",
  );
  const after = await readReport(wb);
  expect(after.problems).toEqual([]);
  expect(after.data.values["table2.licensing"]).toBe(4);
  expect(after.data.values["table3.granted[natural_person]"]).toBe(3);
  expect(after.data.values["table3.total[total]"]).toBe(5);
  expect(after.data.values["table3.partial[natural_person]"]).toBeNull();
  // The backup holds what was typed, at its old place.
  expect(wb.getValue("统计表 备份", granted.row, granted.col)).toBe(3);
  // The 7 cells of the lost row are listed; 空白填 0 leaves them to be entered from the old table.
  await within(r).findByText("表三有 7 个单元格属于修复表格时未能找回的行，请对照旧表的副本重新填写；点这里选中这些单元格。");
  await idle();
  expect(button("空白填 0").getAttribute("aria-disabled")).toBeNull();
  fireEvent.click(button("空白填 0"));
  const fill = await screen.findByRole("dialog", { name: "把空白单元格填 0" });
  expect(within(fill).getByText("以下 7 个单元格属于修复表格时未能找回的行，请对照旧表重新填写，不会填 0：")).toBeTruthy();
  expect(within(fill).getByText("表三（二）部分公开·自然人")).toBeTruthy();
  expect(within(fill).queryByRole("button", { name: /确认修改/, hidden: true })).toBeNull();
});

test("转为数值 lists the text numbers (from → to) and what it leaves alone, then converts them in one apply", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertReport(wb);
  await fillConsistent(wb);
  const set = async (key: string, v: number | string) => {
    const c = await cellOf(wb, key);
    wb.setCell(c.sheet, c.row, c.col, v);
  };
  // 一、本年新收 pasted from Word: ３ (full-width), 2件, and five numbers stored as text; and one “/”.
  const pastedRow = ["３", "2件", "0", "0", "0", "0", "5"];
  const columns = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"];
  for (let i = 0; i < 7; i++) await set(`table3.new[${columns[i]}]`, pastedRow[i]);
  await set("table3.carried_over[commercial]", "/");
  renderApp(wb);
  const r = await region();
  await within(r).findByText("表三有 5 个单元格是以文本形式存储的数字，求和时会被忽略。可点“转为数值”一次转换；点这里选中这些单元格。");
  await idle();
  fireEvent.click(button("转为数值"));
  const dialog = await screen.findByRole("dialog", { name: "把文本形式的数字转为数值" });
  expect(within(dialog).getByText("将修改以下 7 个单元格（原值 → 新值）。确认之前不会写入。")).toBeTruthy();
  expect(within(dialog).getByText("表三 一、本年新收·自然人：“３” → 3")).toBeTruthy();
  expect(within(dialog).getByText("表三 一、本年新收·商业企业：“2件” → 2")).toBeTruthy();
  expect(within(dialog).getByText("以下 1 个单元格不是可转换的数字，不会修改：")).toBeTruthy();
  expect(within(dialog).getByText("表三 二、上年结转·商业企业“/”是占位符，不是数字；没有发生的请填 0")).toBeTruthy();
  const syncs = wb.stats.syncs;
  fireEvent.click(await within(dialog).findByRole("button", { name: "确认修改 7 个单元格", hidden: true }));
  await screen.findByText("已修改 7 个单元格。");
  expect(wb.stats.syncs - syncs).toBe(2);
  const after = await readReport(wb);
  expect(columns.map((c) => after.data.values[`table3.new[${c}]`])).toEqual([3, 2, 0, 0, 0, 0, 5]);
  expect(after.data.values["table3.carried_over[commercial]"]).toBe("/");
  // Only the “/” is left.
  await within(r).findByLabelText("强制 1 项，提示 0 项，已说明 0 项");
});

test("已插入统计表 goes away at the first check that changes the counts; a plain message stays", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  renderApp(wb);
  await screen.findByText(/还没有统计表/);
  fireEvent.click(button("插入统计表"));
  await screen.findByText(INSERTED);
  const r = await region();
  await idle();
  const licensing = await cellOf(wb, "table2.licensing");
  act(() => wb.setCell(licensing.sheet, licensing.row, licensing.col, 4));
  await within(r).findByText(/^强制 200$/);
  expect(screen.queryByText(INSERTED)).toBeNull();
  // Other messages keep their behaviour: 已修改 stays while the counts change, until the next action.
  await idle();
  fireEvent.click(button("空白填 0"));
  fireEvent.click(await within(await screen.findByRole("dialog")).findByRole("button", { name: "确认修改 199 个单元格", hidden: true }));
  await screen.findByText("已修改 199 个单元格。");
  await idle();
  act(() => wb.setCell(licensing.sheet, licensing.row, licensing.col, "/"));
  // The “/” (H6) and no 机关名称 (I1).
  await within(r).findByText(/^强制 2$/);
  expect(screen.getByText("已修改 199 个单元格。")).toBeTruthy();
});

test("已插入统计表 goes away after a while even when nothing is typed", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={wb} services={services} liveDelayMs={20} now={() => FIXED} noticeMs={150} />
    </FluentProvider>,
  );
  await screen.findByText(/还没有统计表/);
  fireEvent.click(button("插入统计表"));
  await screen.findByText(INSERTED);
  await waitFor(() => expect(screen.queryByText(INSERTED)).toBeNull(), { timeout: 2000 });
  expect(within(await region()).getByText(/^强制 201$/)).toBeTruthy();
});

test("below ExcelApi 1.7 the pane says so and checks only on 重新校验", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertReport(wb);
  const old: WorkbookPort = Object.assign(Object.create(wb) as MemoryWorkbook, {
    capabilities: { ...wb.capabilities, events: false, level: "ExcelApi 1.4" },
  });
  renderApp(old);
  await region();
  expect(screen.getByText("校验方式：手动校验（Excel 版本较旧）（ExcelApi 1.4）")).toBeTruthy();
  expect(screen.getByText(/此 Excel 不支持表格变更事件/)).toBeTruthy();
  expect(button("重新校验")).toBeTruthy();
});

test("an Excel error gives a Chinese message with the next step, and the buttons work again", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  const failing: WorkbookPort = Object.assign(Object.create(wb) as MemoryWorkbook, {
    apply: async () => {
      throw Object.assign(new Error("The cell is being edited"), { code: "InvalidOperationInCellEditMode" });
    },
    listSheets: () => wb.listSheets(),
  });
  renderApp(failing);
  await screen.findByText(/还没有统计表/);
  fireEvent.click(button("插入统计表"));
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("InvalidOperationInCellEditMode");
  expect(alert.textContent).toContain("按 Enter 或 Esc 结束编辑");
  expect((button("插入统计表") as HTMLButtonElement).disabled).toBe(false);
});

test("the second set is read through its own names", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertReport(wb);
  await insertReport(wb, undefined, reportSet(2));
  const two = await readReport(wb, reportSet(2));
  expect(two.problems).toEqual([]);
  expect(two.set).toBe(2);
  expect(two.cells["table3.new[total]"].sheet).toBe("统计表 (2)");
});

test("the report year chooses the format: 2020 inserts the 2019 table set with 报告年度 2020 and says so before and after", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  renderApp(wb);
  await screen.findByText(/还没有统计表/);
  const year = screen.getByLabelText("报告年度") as HTMLInputElement;
  // In January 2026 the 2025 report is proposed, in the format of 2021 on.
  expect(year.value).toBe("2025");
  expect(screen.getByText("将按 2021 年格式（国办公开办函〔2021〕30号）插入 2025 年度统计表。")).toBeTruthy();
  fireEvent.change(year, { target: { value: "2020" } });
  expect(screen.getByText("将按 2019 年格式（国办公开办函〔2019〕60号）插入 2020 年度统计表。")).toBeTruthy();
  expect(button("插入统计表").getAttribute("aria-describedby")).toBe("insert-what");
  fireEvent.click(button("插入统计表"));
  await screen.findByText(/^已按 2019 年格式（国办公开办函〔2019〕60号）插入 2020 年度统计表。请在“统计表”工作表中填写/);

  const read = await readReport(wb);
  // The format recorded in the workbook, the tables' layout and the 报告年度 agree: nothing to report about the format.
  expect(read.recordedFormat).toBe("2019");
  expect(read.format.id).toBe("2019");
  expect(read.data.year).toBe(2020);
  expect(read.problems).toEqual([]);
  // 表三: 3 header rows + 23 rows, （六）其他处理 a single row; 表二 the 2019 blocks with their 22 cells.
  const t3 = wb.getName(NB_TABLE3)!;
  expect(t3.rows).toBe(26);
  const grid = (await wb.readNamed([NB_TABLE3]))[NB_TABLE3]!.values;
  const six = grid.flatMap((row, i) => row.filter((v) => String(v).startsWith("（六）")).map((v) => [i, v]));
  // Row 21 of the 23 (after 一、二、 and the 18 rows of （一）1 + （二）1 + （三）8 + （四）3 + （五）5), nothing split below
  // it: （七）总计 follows.
  expect(six).toEqual([[3 + 2 + 18, "（六）其他处理"]]);
  expect(grid[3 + 2 + 19].some((v) => v === "（七）总计")).toBe(true);
  const keys = Object.keys(read.cells);
  expect(keys.filter((k) => k.startsWith("table2."))).toHaveLength(22);
  expect(keys.filter((k) => k.startsWith("table3."))).toHaveLength(161);
  expect(keys).toContain("table2.normative_documents.disclosed_total");
  // 198 blank cells (H6) + no 机关名称 (I1); no S7 (the year fits the format); no S9c (no 信息处理费 statement before 2021).
  const r = await region();
  expect(within(r).getByText(/^强制 199$/)).toBeTruthy();
  expect(within(r).getByText(/^提示 2$/)).toBeTruthy();
  expect(checkIds(read).some((id) => id.startsWith("S7"))).toBe(false);
  expect(screen.getByText("当前表格：2019 年格式（国办公开办函〔2019〕60号），2020 年度")).toBeTruthy();
});

test("with tables of 2024 in the workbook the 报告年度 box shows 2024, not the 2025 proposed for a new report; a typed year stays", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertNewReport(wb, 2024, formatForYear(2024)!);
  renderApp(wb);
  await screen.findByText("当前表格：2021 年格式（国办公开办函〔2021〕30号），2024 年度");
  const year = screen.getByLabelText("报告年度") as HTMLInputElement;
  await waitFor(() => expect(year.value).toBe("2024"));
  fireEvent.change(year, { target: { value: "2023" } });
  fireEvent.click(button("重新校验"));
  await idle();
  expect(year.value).toBe("2023");
});

test("a year without a format, a later year or no year: the pane says why and 插入统计表 waits; writes nothing", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  renderApp(wb);
  await screen.findByText(/还没有统计表/);
  await idle();
  const year = screen.getByLabelText("报告年度");
  const insert = button("插入统计表") as HTMLButtonElement;
  fireEvent.change(year, { target: { value: "2018" } });
  expect(
    screen.getByText("2018 年度的年报没有统一的统计表格式：统一格式自 2019 年度报告起使用（国办公开办函〔2019〕60号），无法插入统计表。"),
  ).toBeTruthy();
  expect(insert.disabled).toBe(true);
  fireEvent.change(year, { target: { value: "2027" } });
  expect(screen.getByText("报告年度 2027 晚于今年（2026 年），该年度的报告还不能编写。")).toBeTruthy();
  expect(insert.disabled).toBe(true);
  fireEvent.change(year, { target: { value: "" } });
  expect(screen.getByText("请填写报告年度（统计的是哪一年，如 2025）。")).toBeTruthy();
  expect(insert.disabled).toBe(true);
  expect(await wb.listSheets()).toEqual(["Sheet1"]);
});
