/** @jest-environment jsdom */
// Role queries inside dialogs pass `hidden: true` (see App.test.tsx: tabster under jsdom at times leaves an open
// dialog aria-hidden).
/**
 * 导入上年报告 in the pane, on real reports. This year: 平潭 2024's data as a 2022 report (only the year changed; its
 * 上年结转 is all 0). Last year: 平潭 2021's published page text (`pingtan-2021.source.txt`), which the importer reads
 * to `pingtan-2021.data.json`'s 表三 and 表四. By hand from that file: 新收 70, 上年结转 0, （七）总计 69, 结转下年度 1
 * (自然人 1, 总计 1; 70 + 0 = 69 + 1), 表四 行政复议 3, 直接起诉 12, 复议后起诉 0, 现行有效 规章 0.
 * So S1 must find 上年结转·自然人 0 ≠ 1 and ·总计 0 ≠ 1, and 填写上年结转 changes exactly those two cells (5 agree).
 * The page's title names the agency 平潭综合实验区 (the same unit as this year's 平潭综合实验区管委会办公室（汇总平潭综合
 * 实验区）, a name that only leaves words out); the data file names the 领导小组办公室 (another unit by its name: the
 * pane asks, and keeps the user's confirmation). The page prints 表二 行政规范性文件 as 693665, which no equation
 * splits: left blank with a note.
 */
import * as React from "react";
import { readFileSync } from "fs";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { makeServices } from "../../src/taskpane/services";
import * as layout from "../../src/workbook/layout";
import * as rules from "../../src/rules";
import { insertReport, readReport } from "../../src/workbook/layout";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { reportFromJson } from "../../src/report";
import { decodeStoredPrevious } from "../../src/import/previous-store";
import { fixturePath, REPORT_FIXTURES } from "../support/shared";
import { stubBrowserApis } from "../support/pane";

const services = makeServices(layout, rules);
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

beforeAll(() => {
  stubBrowserApis();
  // Browsers have these; jsdom does not (the importer decodes text with them).
  Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? NodeTextDecoder, TextEncoder: globalThis.TextEncoder ?? NodeTextEncoder });
});
jest.setTimeout(30000);

const FIXED = new Date(2023, 0, 5, 9, 30);
/** S1 as the findings list shows it: title, cell, both sides, the difference and the value to fill. */
const S1_PERSON = "上年结转与上年报告不符表三 二、上年结转·自然人本年上年结转 0 ↔ 上年结转下年度 1相差 -1，应填 1";
const S1_TOTAL = "上年结转与上年报告不符表三 二、上年结转·总计本年上年结转 0 ↔ 上年结转下年度 1相差 -1，应填 1";
const results = () => screen.getByRole("region", { name: "校验结果", hidden: true }).textContent ?? "";

async function workbook(year = 2022): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook(["Sheet1"]);
  const json = JSON.parse(readFileSync(fixturePath("pingtan-2024"), "utf8"));
  await insertReport(wb, reportFromJson({ ...json, year }));
  return wb;
}

function renderApp(wb: MemoryWorkbook) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={wb} services={services} liveDelayMs={20} recheckMs={0} now={() => FIXED} />
    </FluentProvider>,
  );
}

/** A file the picker hands over (jsdom's File may lack arrayBuffer). */
function file(name: string, bytes: Uint8Array): File {
  const f = new File([bytes as BlobPart], name);
  Object.defineProperty(f, "arrayBuffer", { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  return f;
}
const fixtureFile = (name: string) => file(name, new Uint8Array(readFileSync(`${REPORT_FIXTURES}/${name}`)));

const ready = async () => {
  await screen.findByRole("region", { name: "校验结果" });
  await idle();
};
const idle = () => waitFor(() => expect(screen.getByRole("main").getAttribute("aria-busy")).toBe("false"));
const pick = (f: File) => fireEvent.change(screen.getByTestId("import-previous-file"), { target: { files: [f] } });
const dialogButton = (name: string | RegExp) => screen.getByRole("button", { name, hidden: true });

async function cell(wb: MemoryWorkbook, key: string) {
  const at = (await readReport(wb)).cells[key];
  return wb.getValue(at.sheet, at.row, at.col);
}

test("平潭 2021's page text as last year: figures shown and what was not read, kept in one write; S1 then runs live; 填写上年结转 lists the two cells and writes them in one sync", async () => {
  const wb = await workbook();
  renderApp(wb);
  await ready();
  expect(results()).not.toContain("上年结转与上年报告不符");

  pick(fixtureFile("pingtan-2021.source.txt"));
  const dialog = await screen.findByRole("dialog", { name: "导入上年报告：pingtan-2021.source.txt", hidden: true });
  const text = dialog.textContent ?? "";
  for (const [name, value] of [
    ["年度", "2021 年度"],
    ["格式", "2021 年格式（国办公开办函〔2021〕30号）"],
    ["表三 一、本年新收", "70"],
    ["表三 二、上年结转", "0"],
    ["表三（七）总计", "69"],
    ["表三 四、结转下年度", "1"],
    ["表四 行政复议", "3"],
    ["表四 行政诉讼·未经复议直接起诉", "12"],
    ["表四 行政诉讼·复议后起诉", "0"],
    ["表二 规章·现行有效件数", "0"],
    // The page prints 表二 行政规范性文件 as 693665 (制发 69, 废止 3, 现行有效 665 run together): no equation decides
    // the split, so the importer leaves the row blank and says so; S2 does not run on it.
    ["表二 行政规范性文件·现行有效件数", "未填写"],
  ])
    expect(text).toContain(`${name}${value}`);
  expect(text).toContain("以下内容未能带入，相应的跨年度检查不做：上年报告“pingtan-2021.source.txt”中表二 行政规范性文件无法确定，已留空");
  // The page's title names the agency 平潭综合实验区, this year's workbook 平潭综合实验区管委会办公室（汇总平潭综合实验区）:
  // a name that only leaves out words before it is the same unit (unitMatch near), so nothing to confirm.
  expect(text).not.toContain("不是同一机关");
  expect(dialogButton("保存到工作簿").hasAttribute("disabled")).toBe(false);
  expect(await wb.readStored("previous")).toBeNull();
  wb.stats = { reads: 0, writes: 0, syncs: 0 };
  fireEvent.click(dialogButton("保存到工作簿"));

  // S1 live, and the 填写上年结转 preview offered at once.
  const carry = await screen.findByRole("dialog", { name: "用上年报告填写本年上年结转", hidden: true });
  await waitFor(() => expect(results()).toContain(S1_PERSON));
  expect(results()).toContain(S1_TOTAL);
  const stored = decodeStoredPrevious((await wb.readStored("previous"))!);
  expect(stored.ok && stored.stored).toMatchObject({ source: "pingtan-2021.source.txt", importedAt: "2023-01-05 09:30", report: { format: "2021" } });
  expect(stored.ok && stored.stored && stored.stored.sameUnit).toBeUndefined();
  expect(wb.getVisibility("_年报助手_上年报告")).toBe("veryHidden");
  const shown = screen.getByRole("region", { name: "上年报告" }).textContent;
  expect(shown).toContain("平潭综合实验区，2021 年度（来自“pingtan-2021.source.txt”，2023-01-05 09:30 导入）");
  expect(shown).toContain("上年报告“pingtan-2021.source.txt”的机关名称为“平潭综合实验区”，本报告为“平潭综合实验区管委会办公室（汇总平潭综合实验区）”，写法不同，按同一单位检查");

  const items = within(carry).getAllByRole("listitem", { hidden: true }).map((li) => li.textContent);
  expect(items).toEqual(["表三 二、上年结转·自然人：现为 0，将改为 1", "表三 二、上年结转·总计：现为 0，将改为 1"]);
  expect(carry.textContent).toContain("注意：其中 2 个单元格已经填写，且与上年报告不同，确认后原值将被覆盖");
  expect(carry.textContent).toContain("另有 5 个单元格已与上年报告一致，不改动。");
  await idle();
  wb.stats = { reads: 0, writes: 0, syncs: 0 };
  fireEvent.click(dialogButton("确认填写 2 个单元格"));
  await screen.findByText("已填写上年结转 2 个单元格。");
  await waitFor(() => expect(results()).not.toContain("上年结转与上年报告不符"));
  // One apply (the two cells) and one read (the check after it).
  expect(wb.stats.syncs).toBe(2);
  expect(await cell(wb, "table3.carried_over[natural_person]")).toBe(1);
  expect(await cell(wb, "table3.carried_over[total]")).toBe(1);
  expect(await cell(wb, "table3.carried_over[commercial]")).toBe(0);
});

test("a report of the same year is named as such and can still be kept only after confirming; 取消 writes nothing", async () => {
  const wb = await workbook(2021);
  renderApp(wb);
  await ready();
  pick(fixtureFile("pingtan-2021.source.txt"));
  const dialog = await screen.findByRole("dialog", { name: /^导入上年报告/, hidden: true });
  expect(dialog.textContent).toContain("这份报告是 2021 年度的，与本工作簿的报告年度相同，不是上年报告；请选择 2020 年度的报告。仍要保存时，跨年度检查不会运行");
  expect(dialogButton("保存到工作簿").hasAttribute("disabled")).toBe(true);
  wb.stats = { reads: 0, writes: 0, syncs: 0 };
  fireEvent.click(dialogButton("取消"));
  await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
  expect(wb.stats.writes).toBe(0);
  expect(await wb.readStored("previous")).toBeNull();
});

test("an unreadable file is a Chinese message saying what to do; nothing is kept", async () => {
  const wb = await workbook();
  renderApp(wb);
  await ready();
  pick(file("上年.json", new TextEncoder().encode('{"format": "2021", "year": 2021, "table3": {"new": [1, 2]}}')));
  expect(await screen.findByText(/^无法导入上年报告：上年报告“上年\.json”的报告数据有误：表三 一、本年新收/)).toBeTruthy();
  pick(file("空.pdf", new Uint8Array(0)));
  expect(await screen.findByText("无法导入上年报告“空.pdf”：文件是空的（0 字节），请确认选对了文件")).toBeTruthy();
  expect(await wb.readStored("previous")).toBeNull();
});

test("平潭 2021's data file (another 机关名称) kept after confirming it is this unit's; shown when the pane opens; importing again says it replaces it; 删除 asks first, then removes it and S1 goes", async () => {
  const wb = await workbook();
  // 平潭 2021's data file as last year's report.
  const { unmount } = renderApp(wb);
  await ready();
  pick(file("平潭2021.json", new Uint8Array(readFileSync(fixturePath("pingtan-2021")))));
  // The data file names 平潭综合实验区政府信息公开工作领导小组办公室（…）: another unit by its name, until the user
  // confirms it is this unit's report (the office was renamed); the confirmation is kept with it, so S1 runs.
  const first = await screen.findByRole("dialog", { name: /^导入上年报告/, hidden: true });
  expect(first.textContent).toContain("这份报告的机关是“平潭综合实验区政府信息公开工作领导小组办公室（汇总平潭综合实验区）”，本工作簿是“平潭综合实验区管委会办公室（汇总平潭综合实验区）”，不是同一机关；如确是本单位的上年报告（如机关更名），确认后将与它比较上年结转、现行有效件数和内容雷同");
  expect(dialogButton("保存到工作簿").hasAttribute("disabled")).toBe(true);
  fireEvent.click(within(first).getByRole("checkbox", { name: "我已核对，仍使用这份报告", hidden: true }));
  fireEvent.click(dialogButton("保存到工作簿"));
  await screen.findByRole("dialog", { name: "用上年报告填写本年上年结转", hidden: true });
  fireEvent.click(dialogButton("暂不填写"));
  await waitFor(() => expect(results()).toContain(S1_PERSON));
  await idle();
  // 生成报告 checks with the kept report too: with one 强制 (表四 行政复议·维持 left blank), its confirmation and the
  // report's 未通过校验 notice give the list's counts, S1's two 提示 included.
  const cellAt = (await readReport(wb)).cells["table4.reconsideration[upheld]"];
  wb.setCell(cellAt.sheet, cellAt.row, cellAt.col, null);
  wb.emitChange({ sheet: cellAt.sheet, source: "local", byAddin: false });
  const label = await waitFor(() => {
    const l = within(screen.getByRole("region", { name: "校验结果", hidden: true })).getByLabelText(/^强制 [1-9]\d* 项，提示 \d+ 项，已说明 0 项$/, { selector: "*" });
    return l.getAttribute("aria-label")!;
  });
  const [, listErrors, listWarnings] = /^强制 (\d+) 项，提示 (\d+) 项/.exec(label)!;
  expect(results()).toContain(S1_PERSON);
  fireEvent.click(screen.getByRole("button", { name: "生成报告" }));
  const confirm = await screen.findByRole("alertdialog", { hidden: true }, { timeout: 30000 });
  expect(confirm.textContent).toContain(`有 ${listErrors} 项强制问题未改正`);
  fireEvent.click(await within(confirm).findByRole("button", { name: "仍要生成", hidden: true }));
  await screen.findByRole("group", { name: /报告已生成/ }, { timeout: 30000 });
  fireEvent.click(screen.getByRole("button", { name: "写入新工作表" }));
  await screen.findByText(/已写入新工作表“报告正文”/, {}, { timeout: 30000 });
  const [written] = await wb.readRanges([{ sheet: "报告正文", row: 0, col: 0, rows: 10, cols: 1 }]);
  const notice = written!.flat().find((v) => typeof v === "string" && v.startsWith("未通过校验："));
  expect(String(notice)).toMatch(new RegExp(`^未通过校验：有 ${listErrors} 项强制问题未改正（另有 ${listWarnings} 项提示）`));
  await idle();

  // Opened again (the file reopened later): the kept report is read from the workbook and S1 runs at once.
  unmount();
  renderApp(wb);
  await ready();
  expect(screen.getByRole("region", { name: "上年报告" }).textContent).toContain("来自“平潭2021.json”，2023-01-05 09:30 导入");
  expect(results()).toContain(S1_PERSON);

  pick(fixtureFile("pingtan-2021.source.txt"));
  const again = await screen.findByRole("dialog", { name: /^导入上年报告/, hidden: true });
  expect(again.textContent).toContain("工作簿中已保存上年报告“平潭2021.json”（2023-01-05 09:30 导入），保存后将替换它。");
  fireEvent.click(dialogButton("取消"));
  await idle();

  fireEvent.click(within(screen.getByRole("region", { name: "上年报告" })).getByRole("button", { name: "删除" }));
  const ask = await screen.findByRole("alertdialog", { name: "删除保存的上年报告？", hidden: true });
  expect(await wb.readStored("previous")).not.toBeNull();
  fireEvent.click(within(ask).getByRole("button", { name: "删除", hidden: true }));
  await screen.findByText("已删除工作簿中保存的上年报告。");
  await waitFor(() => expect(results()).not.toContain("上年结转与上年报告不符"));
  expect(await wb.readStored("previous")).toBeNull();
  expect(await wb.listSheets()).not.toContain("_年报助手_上年报告");
});

test("a damaged store is a clear message with 删除, not a crash; the check still runs without the cross-year rules", async () => {
  const wb = await workbook();
  await wb.apply([{ op: "store", key: "previous", text: '{"nianbao_previous_report": 1, "source": 5}' }]);
  renderApp(wb);
  expect(await screen.findByText("工作簿中保存的上年报告已损坏（来源文件名（source）不是文字），跨年度检查未做；请在任务窗格中删除它后重新导入上年报告")).toBeTruthy();
  await idle();
  expect(results()).not.toContain("上年结转与上年报告不符");
});

test("last year's workbook made by this product (.xlsx, read with exceljs in the pane) shows its figures; a damaged .xlsx is a message", async () => {
  const { XlsxWorkbook } = await import("../../src/workbook/xlsx");
  const last = XlsxWorkbook.create();
  await insertReport(last, reportFromJson(JSON.parse(readFileSync(fixturePath("pingtan-2021"), "utf8"))));
  const bytes = new Uint8Array(await last.toBuffer());
  const wb = await workbook();
  renderApp(wb);
  await ready();
  pick(file("平潭2021.xlsx", bytes));
  const dialog = await screen.findByRole("dialog", { name: "导入上年报告：平潭2021.xlsx", hidden: true });
  const text = dialog.textContent ?? "";
  // The workbook holds every cell of the data file, 表二 行政规范性文件 included (665), and its 机关名称.
  for (const [name, value] of [
    ["表三 一、本年新收", "70"],
    ["表三 四、结转下年度", "1"],
    ["表四 行政诉讼·未经复议直接起诉", "12"],
    ["表二 行政规范性文件·现行有效件数", "665"],
  ])
    expect(text).toContain(`${name}${value}`);
  expect(text).toContain("这份报告的机关是“平潭综合实验区政府信息公开工作领导小组办公室（汇总平潭综合实验区）”");
  fireEvent.click(dialogButton("取消"));
  await idle();
  pick(file("坏的.xlsx", bytes.slice(0, 200)));
  expect(await screen.findByText("无法导入上年报告“坏的.xlsx”：文件已损坏或不完整（不是完整的 .xlsx 压缩包）")).toBeTruthy();
  expect(await wb.readStored("previous")).toBeNull();
});
