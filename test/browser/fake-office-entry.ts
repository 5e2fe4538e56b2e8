/**
 * Loaded into the page before the app (Playwright addInitScript): installs the fake Office/Excel globals over a fresh
 * workbook and exposes what the browser tests need to drive and inspect it, as `window.__nbTest`.
 * Bundled by test/browser/run.cjs; never part of the production build.
 */
import { FakeWorkbookState, installFakeOffice } from "../support/fake-excel";
import { readReport } from "../../src/workbook/layout";
import type { RawValue } from "../../src/workbook/port";
import { a1 } from "../../src/workbook/port";

const state = installFakeOffice(window, new FakeWorkbookState({ apiMinor: 14, sheets: ["Sheet1"] }));

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
  /** Type values into input cells by cell key, as a user would (one change event per cell). */
  async typeCells(values: Record<string, RawValue>): Promise<void> {
    const read = await readReport(state.grid);
    for (const [key, v] of Object.entries(values)) {
      const r = read.cells[key];
      if (!r) throw new Error(`no cell for ${key}`);
      await state.userEdit(r.sheet, a1(r), [[v]]);
    }
  },
  /** Type into 报告信息 fields by field key (`text.problems`, `processingFees.noticesIssued`, …), as a user would. */
  async typeInfo(values: Record<string, RawValue>): Promise<void> {
    const read = await readReport(state.grid);
    for (const [key, v] of Object.entries(values)) {
      const r = (read.infoCells as Record<string, typeof read.tables.table2>)[key];
      if (!r) throw new Error(`no 报告信息 cell for ${key}`);
      await state.userEdit(r.sheet, a1(r), [[v]]);
    }
  },
  /** Every input cell key the layout placed. */
  async inputKeys(): Promise<string[]> {
    return Object.keys((await readReport(state.grid)).cells);
  },
  syncs: () => state.syncCount,
};

(window as unknown as { __nbTest: typeof api }).__nbTest = api;
