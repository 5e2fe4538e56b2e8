/**
 * Loaded into the page before the app (Playwright addInitScript): installs the fake Office/Excel globals over a fresh
 * workbook and exposes what the browser tests need to drive and inspect it, as `window.__nbTest`.
 * Bundled by test/browser/run.cjs; never part of the production build.
 */
import { FakeWorkbookState, installFakeOffice } from "../support/fake-excel";
import { typingHooks } from "./typing-hooks";
import { a1 } from "../../src/workbook/port";

/** Where `persist` keeps the workbook across a reload of the page (sessionStorage lives as long as the tab). */
const SAVED = "nb-fake-workbook";
const saved = window.sessionStorage.getItem(SAVED);
const state = installFakeOffice(window, saved ? FakeWorkbookState.deserialize(saved) : new FakeWorkbookState({ apiMinor: 14, sheets: ["Sheet1"] }));

/** Test hooks, reachable from page.evaluate. */
const api = {
  state,
  /** Sheet names in tab order. */
  sheets: () => state.sheets.map((s) => s.name),
  /** Where a workbook name points now. */
  name: (n: string) => state.nameRange(n),
  /** Values of a named block. */
  namedValues: (n: string) => {
    const r = state.nameRange(n);
    return r ? state.values(r.sheet, a1(r)) : null;
  },
  ...typingHooks(state.grid, (sheet, address, v) => state.userEdit(sheet, address, [[v]])),
  /** Type values into input cells by key with no change event (a data-validation pick, a fill across hidden rows). */
  silentCells: typingHooks(state.grid, (sheet, address, v) => state.silentEdit(sheet, address, [[v]])).typeCells,
  syncs: () => state.syncCount,
  /** Keep the workbook for the next load of the page (a reload then reopens the same workbook). */
  persist: () => window.sessionStorage.setItem(SAVED, state.serialize()),
  /** A person deletes rows of a sheet (0-based), as in Excel. */
  deleteRows: (sheet: string, at: number, count: number) => state.deleteRows(sheet, at, count),
  /** Values of a block by address, e.g. `values("统计表", "A1:C3")`. */
  values: (sheet: string, address: string) => state.values(sheet, address),
  /** Formula of a cell (0-based), or undefined. */
  formula: (sheet: string, row: number, col: number) => state.grid.getFormula(sheet, row, col),
};

(window as unknown as { __nbTest: typeof api }).__nbTest = api;
