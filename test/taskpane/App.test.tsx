/** @jest-environment jsdom */
/**
 * The task pane against the in-memory workbook: insert, ask before overwriting, check, findings and counts, layout
 * problems, errors. The pane gets the port and the core through props, so no Office global is needed.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type { ReportServices } from "../../src/taskpane/services";
import { checkCount, checkReport, summarize } from "../../src/rules";
import { insertReport, readReport, REPORT_SHEETS, NB_TABLE3 } from "../../src/workbook/layout";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { WorkbookPort } from "../../src/workbook/port";

const services: ReportServices = {
  insertReport,
  readReport,
  checkReport: (d) => checkReport(d),
  summarize,
  checkCount,
  reportSheets: REPORT_SHEETS,
};

beforeAll(() => {
  // jsdom lacks these; Fluent UI's positioning and motion ask for them.
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  window.matchMedia =
    window.matchMedia ||
    ((query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }) as unknown as MediaQueryList);
});

function renderApp(port: WorkbookPort) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} services={services} liveDelayMs={0} />
    </FluentProvider>,
  );
}

const button = (name: string) => screen.getByRole("button", { name });

test("插入统计表 on an empty workbook inserts the three sheets in one apply and says what to do next", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  renderApp(wb);
  fireEvent.click(button("插入统计表"));
  await screen.findByText(/已插入统计表/);
  expect(await wb.listSheets()).toEqual(["Sheet1", ...REPORT_SHEETS]);
  expect(wb.stats.syncs).toBe(1);
});

test("插入统计表 when the sheets exist asks first; 取消 and 使用现有表格 write nothing", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertReport(wb);
  wb.setCell("统计表", wb.getName(NB_TABLE3)!.row + 3, 3, 7);
  const writes = wb.stats.writes;
  renderApp(wb);
  fireEvent.click(button("插入统计表"));
  const dialog = await screen.findByRole("dialog");
  expect(within(dialog).getByText(/统计表、报告信息、_年报助手/)).toBeTruthy();
  fireEvent.click(within(dialog).getByRole("button", { name: "取消" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  expect(wb.stats.writes).toBe(writes);

  fireEvent.click(button("插入统计表"));
  fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "使用现有表格" }));
  await screen.findByRole("region", { name: "校验结果" });
  expect(wb.stats.writes).toBe(writes);
});

test("重建表格并保留已填数据 deletes and re-inserts the sheets with the values typed before", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertReport(wb);
  const before = await readReport(wb);
  const cell = before.cells["table3.new[natural_person]"];
  wb.setCell(cell.sheet, cell.row, cell.col, 7);
  // The user moved the table down: the rebuilt one is back at the standard place, with the value.
  wb.insertRows("统计表", 0, 2);
  renderApp(wb);
  fireEvent.click(button("插入统计表"));
  fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "重建表格并保留已填数据" }));
  await screen.findByText(/已按标准格式重建统计表/);
  const after = await readReport(wb);
  expect(after.cells["table3.new[natural_person]"]).toEqual(cell);
  expect(after.data.values["table3.new[natural_person]"]).toBe(7);
});

test("校验 on blank tables lists 强制 200 (every input cell is blank) and each finding's Chinese title and message", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertReport(wb);
  renderApp(wb);
  fireEvent.click(button("校验"));
  const region = await screen.findByRole("region", { name: "校验结果" });
  // 表二 10 + 表三 25 × 7 + 表四 15 = 200 blank input cells, one H6 finding each.
  expect(within(region).getByText("强制 200", { exact: false })).toBeTruthy();
  expect(within(region).getAllByText("未填写")).toHaveLength(200);
  expect(within(region).getByText(/表三（七）总计·自然人未填写/)).toBeTruthy();
});

test("a consistent report shows that all 442 checks pass", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertReport(wb);
  const read = await readReport(wb);
  for (const r of Object.values(read.cells)) wb.setCell(r.sheet, r.row, r.col, 0);
  const problems = read.infoCells["text.problems"]!;
  wb.setCell(problems.sheet, problems.row, problems.col, "（一）存在问题：政策解读形式较单一，依申请公开答复说理不够充分。（二）改进情况：上年度报告所列栏目更新不及时的问题已整改到位，今后将增加图解解读并加强答复审核。");
  for (const k of ["processingFees.noticesIssued", "processingFees.collectedYuan"] as const) {
    const r = read.infoCells[k]!;
    wb.setCell(r.sheet, r.row, r.col, 0);
  }
  renderApp(wb);
  fireEvent.click(button("校验"));
  // 200 cells × H6 and H5, 25 H1, 7 H2, 7 H3, 3 H4.
  expect(await screen.findByText("全部 442 项检查通过，未发现问题。")).toBeTruthy();
});

test("a row deleted inside 表三 is shown as a layout problem counted as 强制", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertReport(wb);
  wb.deleteRows("统计表", wb.getName(NB_TABLE3)!.row + 5, 1);
  renderApp(wb);
  fireEvent.click(button("校验"));
  const region = await screen.findByRole("region", { name: "校验结果" });
  expect(within(region).getAllByText("表格结构").length).toBeGreaterThan(0);
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
  fireEvent.click(button("插入统计表"));
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("InvalidOperationInCellEditMode");
  expect(alert.textContent).toContain("按 Enter 或 Esc 结束编辑");
  expect((button("插入统计表") as HTMLButtonElement).disabled).toBe(false);
});

test("while results are shown, a user's edit re-runs the check without writing", async () => {
  jest.useFakeTimers();
  try {
    const wb = new MemoryWorkbook(["Sheet1"]);
    await insertReport(wb);
    render(
      <FluentProvider theme={webLightTheme}>
        <App port={wb} services={services} liveDelayMs={300} />
      </FluentProvider>,
    );
    fireEvent.click(button("校验"));
    await screen.findByText("强制 200", { exact: false });
    const cell = (await readReport(wb)).cells["table2.licensing"];
    const writes = wb.stats.writes;
    act(() => wb.setCell(cell.sheet, cell.row, cell.col, 0));
    await act(async () => {
      jest.advanceTimersByTime(350);
    });
    await screen.findByText("强制 199", { exact: false });
    expect(wb.stats.writes).toBe(writes);
  } finally {
    jest.useRealTimers();
  }
});
