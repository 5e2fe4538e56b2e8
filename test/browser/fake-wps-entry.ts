/**
 * Loaded into the page before the WPS build's pages (Playwright addInitScript): installs the fake ET object model as
 * `window.Application` / `window.wps` over a fresh workbook (or the one saved before a reload) and exposes what the
 * browser tests need as `window.__nbTest`. Bundled by test/browser/wps.cjs; never part of a production build.
 */
import { FakeEtState, installFakeEt } from "../support/fake-et";
import { a1 } from "../../src/workbook/port";
import { typingHooks } from "./typing-hooks";

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
  ...typingHooks(state.grid, (sheet, address, v) => state.userEdit(sheet, address, [[v]])),
  /** Calls into the ET object model so far. */
  calls: () => state.calls,
  persist: () => window.sessionStorage.setItem(SAVED, state.serialize()),
};

(window as unknown as { __nbTest: typeof api }).__nbTest = api;
