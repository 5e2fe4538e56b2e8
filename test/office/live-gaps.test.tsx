/** @jest-environment jsdom */
/**
 * No gap in which an edit is lost (issue: every refresh of the report sets used to re-subscribe, and an edit between
 * the old handler's removal and the new one's registration was never checked). Property-style: a person's edits at
 * random moments around the pane's refreshes — its opening, 重新校验 — with syncs of random length before the batch
 * runs and before its answer is back, so that edits land while a check reads, after its read but before its result
 * (a pane that ignored change events while a check runs fails here within a few runs), while the subscription is
 * being registered and while a refresh runs. No recovery trigger is
 * given (no focus, no selection, the timer an hour away): once the last change event has been handled, the findings
 * shown must be those of the final sheet, cell values included.
 */
import * as React from "react";
import fc from "fast-check";
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { makeServices } from "../../src/taskpane/services";
import * as layout from "../../src/workbook/layout";
import * as rules from "../../src/rules";
import { findingSides } from "../../src/rules/finding-text";
import { OfficeWorkbook } from "../../src/workbook/office";
import { a1 } from "../../src/workbook/port";
import { FakeWorkbookState, installFakeOffice } from "../support/fake-excel";
import { expectedSummary, fillConsistent, stubBrowserApis } from "../support/pane";

const services = makeServices(layout, rules);

beforeAll(stubBrowserApis);

const wait = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));

/** Cells of 表三 whose edits move H1, H2 and H3 findings (and their sides' values). */
const CELLS = ["table3.new[natural_person]", "table3.new[commercial]", "table3.new[total]", "table3.granted[natural_person]", "table3.total[total]"];

type Step = { kind: "edit"; cell: number; value: number } | { kind: "recheck" } | { kind: "wait"; ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("edit" as const), cell: fc.nat(CELLS.length - 1), value: fc.nat(9) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("recheck" as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("wait" as const), ms: fc.nat(150) }) },
);

const plan = fc.record({
  apiMinor: fc.constantFrom(7, 9, 14),
  /** Before a batch runs, and before its answer is back: an edit in the second window is after the read. */
  syncDelayMs: fc.nat(40),
  replyDelayMs: fc.nat(150),
  /** The first edit comes this long after the pane is rendered: before, during or after its first check. */
  startMs: fc.nat(60),
  steps: fc.array(step, { minLength: 1, maxLength: 8 }),
});

/** Each comparison the sheet's findings state (`总计 6 ↔ 各申请人之和 5`), sorted. */
async function expectedSides(state: FakeWorkbookState): Promise<string[]> {
  const read = await layout.readReport(state.grid);
  return rules
    .checkReport(read)
    .map(findingSides)
    .filter((s) => s !== null)
    .map((s) => `${s.left} ↔ ${s.right}`)
    .sort();
}

/** The comparisons the pane lists, sorted. */
function shownSides(): string[] {
  return Array.from(document.querySelectorAll("*"))
    .filter((e) => e.children.length === 0 && /↔/.test(e.textContent ?? ""))
    .map((e) => (e.textContent ?? "").trim())
    .sort();
}

test("edits at random moments around opening and 重新校验: the final findings always match the final sheet", async () => {
  await fc.assert(
    fc.asyncProperty(plan, async ({ apiMinor, syncDelayMs, replyDelayMs, startMs, steps }) => {
      const state = installFakeOffice(globalThis, new FakeWorkbookState({ apiMinor, sheets: ["Sheet1"] }));
      await layout.insertReport(new OfficeWorkbook());
      await fillConsistent(state.grid);
      const read = await layout.readReport(state.grid);
      state.bugs.syncDelayMs = syncDelayMs;
      state.bugs.replyDelayMs = replyDelayMs;
      try {
        render(
          <FluentProvider theme={webLightTheme}>
            <App port={new OfficeWorkbook()} services={services} liveDelayMs={20} recheckMs={3600000} />
          </FluentProvider>,
        );
        await wait(startMs);
        for (const s of steps) {
          if (s.kind === "wait") await wait(s.ms);
          else if (s.kind === "recheck") {
            const button = screen.queryByRole("button", { name: "重新校验" });
            if (button) fireEvent.click(button);
          } else {
            const r = read.cells[CELLS[s.cell]];
            await act(() => state.userEdit(r.sheet, a1(r), [[s.value]]));
          }
        }
        // Every event handled, the debounce passed, the queued checks run: nothing may be pending or stale now.
        await waitFor(() => expect(screen.queryByText("表格已修改，正在重新校验……")).toBeNull(), { timeout: 5000 });
        await waitFor(() => expect(screen.getByRole("main").getAttribute("aria-busy")).toBe("false"), { timeout: 5000 });
        await wait(4 * (syncDelayMs + replyDelayMs) + 60);
        await waitFor(() => expect(screen.getByRole("main").getAttribute("aria-busy")).toBe("false"), { timeout: 5000 });
        const want = await expectedSummary(state.grid);
        if (typeof want === "string") expect(screen.getByLabelText(want)).toBeTruthy();
        else expect(screen.getByText(want)).toBeTruthy();
        expect(shownSides()).toEqual(await expectedSides(state));
        expect(screen.queryByRole("alert")).toBeNull();
      } finally {
        cleanup();
      }
    }),
    { numRuns: 15 },
  );
}, 120000);

test("a subscription the host refused goes live by its own retry: an edit made meanwhile (no listener, no event) is checked then", async () => {
  const state = installFakeOffice(globalThis, new FakeWorkbookState({ apiMinor: 14, sheets: ["Sheet1"] }));
  await layout.insertReport(new OfficeWorkbook());
  await fillConsistent(state.grid);
  const read = await layout.readReport(state.grid);
  const port = new OfficeWorkbook();
  // Excel refuses the first registration (as it does for any batch in some states); the retry 1 s later succeeds.
  const subscribe = port.onChanged.bind(port);
  let refusals = 1;
  port.onChanged = (handler) =>
    refusals-- > 0 ? Promise.reject(Object.assign(new Error("The request failed."), { code: "GeneralException" })) : subscribe(handler);
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} services={services} liveDelayMs={20} recheckMs={3600000} />
    </FluentProvider>,
  );
  await screen.findByText("校验方式：已暂停（无法接收表格变更：GeneralException）（ExcelApi 1.14）");
  await screen.findByText(/^全部通过/);
  const r = read.cells["table3.new[total]"];
  await act(() => state.userEdit(r.sheet, a1(r), [[6]]));
  expect(state.workbookListeners.size).toBe(0);
  // No focus, no selection, the timer an hour away: only the subscription's own retry happens.
  await screen.findByText("校验方式：实时校验（ExcelApi 1.14）", undefined, { timeout: 5000 });
  await waitFor(() => expect(shownSides()).toContain("总计 6 ↔ 各申请人之和 5"), { timeout: 3000 });
  expect(shownSides()).toEqual(await expectedSides(state));
});
