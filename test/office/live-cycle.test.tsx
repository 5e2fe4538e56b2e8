/** @jest-environment jsdom */
/**
 * The task pane on OfficeWorkbook over the fake Excel API: what one edit → findings cycle costs (exactly one read
 * sync, no write), what inserting costs, and that the add-in's own writes do not start a check.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { makeServices } from "../../src/taskpane/services";
import * as layout from "../../src/workbook/layout";
import * as rules from "../../src/rules";
import { OfficeWorkbook } from "../../src/workbook/office";
import { a1 } from "../../src/workbook/port";
import { FakeWorkbookState, installFakeOffice } from "../support/fake-excel";

const services = makeServices(layout, rules);

beforeAll(() => {
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

function setup(apiMinor = 14) {
  const state = installFakeOffice(globalThis, new FakeWorkbookState({ apiMinor, sheets: ["Sheet1"] }));
  const port = new OfficeWorkbook();
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} services={services} liveDelayMs={50} />
    </FluentProvider>,
  );
  return { state, port };
}

const idle = () => waitFor(() => expect(screen.getByRole("main").getAttribute("aria-busy")).toBe("false"));

/** Snapshot of every cell value of the tables sheet, to prove nothing was written. */
function snapshot(state: FakeWorkbookState): string {
  return JSON.stringify(state.values("统计表", "A1:T60"));
}

test.each([14, 9, 7])("ExcelApi 1.%i: after inserting, a user's edit → debounced → exactly 1 read sync and 0 writes", async (minor) => {
  const { state } = setup(minor);
  await screen.findByText(/还没有统计表/);
  await idle();
  let syncs = state.syncCount;
  fireEvent.click(screen.getByRole("button", { name: "插入统计表" }));
  await screen.findByText(/^已按 .+插入 \d{4} 年度统计表。/);
  await idle();
  // Let the insert's own events pass: on ExcelApi 1.14 Excel marks them and they start nothing; on 1.8–1.13 events
  // are off during the batch; on 1.7 they arrive unmarked and cost one more (unchanged, so cheap) read after the
  // debounce — the port never guesses, so a user's edit of a cell the add-in just wrote is never taken for its own.
  await new Promise((r) => setTimeout(r, 150));
  await idle();
  syncs = state.syncCount;
  const read = await layout.readReport(new OfficeWorkbook());
  const before = snapshot(state);
  const cell = read.cells["table3.new[natural_person]"];
  syncs = state.syncCount;
  // Typing, then a paste of a block over three cells: two events inside the debounce.
  await act(async () => {
    await state.userEdit(cell.sheet, a1(cell), [[4]]);
    await state.userEdit(cell.sheet, a1({ ...cell, cols: 3 }), [[4, 0, 0]]);
  });
  const region = await screen.findByRole("region", { name: "校验结果" });
  // 197 blank cells left (H6) + no 机关名称 (I1); 报告年度 is the year inserted.
  await within(region).findByText(/^强制 198$/);
  await idle();
  expect(state.syncCount - syncs).toBe(1);
  const after = JSON.parse(snapshot(state)) as unknown[][];
  const expected = JSON.parse(before) as unknown[][];
  expected[cell.row][cell.col] = 4;
  expected[cell.row][cell.col + 1] = 0;
  expected[cell.row][cell.col + 2] = 0;
  expect(after).toEqual(expected);
});

test("a row deleted through Excel is seen live and named precisely", async () => {
  const { state } = setup(14);
  await screen.findByText(/还没有统计表/);
  await idle();
  await layout.insertReport(new OfficeWorkbook());
  fireEvent.click(screen.getByRole("button", { name: "重新校验" }));
  await screen.findByRole("region", { name: "校验结果" });
  await idle();
  const t3 = state.nameRange("NB_TABLE3")!;
  await act(async () => {
    await state.deleteRows("统计表", t3.row + 6, 1);
  });
  await screen.findByText(/表三应有 28 行，现为 27 行：缺少“.*部分公开.*”一行/);
});

test("inserting all tables: the sheet list (ask first), the names that exist, and one batch — 3 syncs", async () => {
  const state = installFakeOffice(globalThis, new FakeWorkbookState({ apiMinor: 14, sheets: ["Sheet1"] }));
  const port = new OfficeWorkbook();
  expect(layout.reportSetsIn(await port.listSheets())).toEqual([]);
  await layout.insertReport(port);
  expect(state.syncCount).toBe(3);
  expect((await layout.readReport(port)).problems).toEqual([]);
});
