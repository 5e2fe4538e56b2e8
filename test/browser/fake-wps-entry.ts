/**
 * Loaded into the page before the WPS build's pages (Playwright addInitScript): installs the fake ET object model as
 * `window.Application` / `window.wps` over a fresh workbook (or the one saved before a reload) and exposes what the
 * browser tests need as `window.__nbTest`. Bundled by test/browser/wps.cjs; never part of a production build.
 */
import { FakeEtState, installFakeEt } from "../support/fake-et";
import { readReport } from "../../src/workbook/layout";
import { a1, type RawValue } from "../../src/workbook/port";

/** Where `persist` keeps the workbook across a reload of the page (sessionStorage lives as long as the tab). */
const SAVED = "nb-fake-et-workbook";
const saved = window.sessionStorage.getItem(SAVED);
const state = installFakeEt(window, saved ? FakeEtState.deserialize(saved) : new FakeEtState({ sheets: ["Sheet1"] }));

const api = {
  state,
  sheets: () => state.sheetNames(),
  name: (n: string) => state.grid.getName(n),
  namedValues: (n: string) => {
    const r = state.grid.getName(n);
    return r ? state.values(r.sheet, a1(r)) : null;
  },
  /** Type values into input cells by key, as a person would in WPS (one SheetChange per cell). */
  async typeCells(values: Record<string, RawValue>): Promise<void> {
    const read = await readReport(state.grid);
    for (const [key, v] of Object.entries(values)) {
      const r = read.cells[key];
      if (!r) throw new Error(`no cell for ${key}`);
      state.userEdit(r.sheet, a1(r), [[v]]);
    }
  },
  /** Type into 报告信息 fields by field key. */
  async typeInfo(values: Record<string, RawValue>): Promise<void> {
    const read = await readReport(state.grid);
    for (const [key, v] of Object.entries(values)) {
      const r = (read.infoCells as Record<string, { sheet: string; row: number; col: number; rows: number; cols: number }>)[key];
      if (!r) throw new Error(`no 报告信息 cell for ${key}`);
      state.userEdit(r.sheet, a1(r), [[v]]);
    }
  },
  async inputKeys(): Promise<string[]> {
    return Object.keys((await readReport(state.grid)).cells);
  },
  /** Calls into the ET object model so far. */
  calls: () => state.calls,
  persist: () => window.sessionStorage.setItem(SAVED, state.serialize()),
};

(window as unknown as { __nbTest: typeof api }).__nbTest = api;
