/** @jest-environment jsdom */
/**
 * The task pane on WpsWorkbook over the fake ET model: one edit → findings cycle reads the workbook once (the five
 * names, never cell by cell) and writes nothing; the add-in's own writes do not start a check.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { makeServices } from "../../src/taskpane/services";
import * as layout from "../../src/workbook/layout";
import * as rules from "../../src/rules";
import { a1 } from "../../src/workbook/port";
import { connectWps } from "../../src/workbook/wps";
import { detectWps } from "../../src/workbook/wps-host";
import { FakeEtState, installFakeEt } from "../support/fake-et";
import { stubBrowserApis } from "../support/pane";

const services = makeServices(layout, rules);

beforeAll(stubBrowserApis);

const idle = () => waitFor(() => expect(screen.getByRole("main").getAttribute("aria-busy")).toBe("false"));

test("after inserting through ET, a person's edit → debounced → one read of the names, no write", async () => {
  const scope = {};
  const state = installFakeEt(scope, new FakeEtState({ sheets: ["Sheet1"] }));
  const port = connectWps(detectWps(scope)!, { debounceMs: 10 });
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} services={services} liveDelayMs={50} />
    </FluentProvider>,
  );
  await screen.findByText(/还没有统计表/);
  await idle();
  fireEvent.click(screen.getByRole("button", { name: "插入统计表" }));
  await screen.findByText(/^已按 .+插入 \d{4} 年度统计表。/);
  await idle();
  // The insert's own SheetChange events reached the pane marked byAddin: no extra check ran after it.
  await new Promise((r) => setTimeout(r, 400));
  const read = await layout.readReport(state.grid);
  const cell = read.cells["table3.new[natural_person]"];
  const calls = state.calls;
  const writes = state.writesWhileScreenUpdating;
  const before = JSON.stringify(state.values("统计表", "A1:T60"));
  await act(async () => {
    state.userEdit(cell.sheet, a1(cell), [[4]]);
    state.userEdit(cell.sheet, a1({ ...cell, cols: 3 }), [[4, 0, 0]]);
  });
  const region = await screen.findByRole("region", { name: "校验结果" });
  // 197 blank cells left (H6) + no 机关名称 (I1); 报告年度 is the year inserted.
  await within(region).findByText(/^强制 198$/);
  await idle();
  // Two events → one check: the events' sheet and address (2 × 2 calls) and one readNamed of the five names (33 calls:
  // the workbook, its names and their count, 2 per name listed, 4 per name read).
  expect(state.calls - calls).toBe(2 * 2 + 33);
  expect(state.writesWhileScreenUpdating).toBe(writes);
  const expected = JSON.parse(before) as unknown[][];
  expected[cell.row][cell.col] = 4;
  expected[cell.row][cell.col + 1] = 0;
  expected[cell.row][cell.col + 2] = 0;
  expect(state.values("统计表", "A1:T60")).toEqual(expected);
});
