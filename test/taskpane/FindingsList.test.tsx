/** @jest-environment jsdom */
/**
 * The findings list on its own: 0, 1 and 300 findings; counts by severity; filters by table and severity; a row is a
 * native button (Enter/Space activate it) that reports the finding; the 说明 form; memoised rows.
 */
import { FORMAT_2021 } from "../../src/format";
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FindingsList, type FindingsListProps } from "../../src/taskpane/FindingsList";
import { compactRanges, findingRanges, sides } from "../../src/taskpane/findings";
import { checkReport, readProblemFinding, type Finding } from "../../src/rules";
import { emptyReport } from "../../src/report";

beforeAll(() => {
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

function renderList(props: Partial<FindingsListProps> & { findings: Finding[] }) {
  const all: FindingsListProps = {
    tableChecks: 442,
    textChecks: 7,
    onActivate: jest.fn(),
    onExplain: jest.fn(async () => undefined),
    onRemoveExplanation: jest.fn(async () => undefined),
    ...props,
  };
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <FindingsList {...all} />
    </FluentProvider>,
  );
  return { ...view, props: all };
}

/** The H1 finding of a report whose 一、本年新收 has 3 + 2 in the applicant columns and 6 as 总计. */
function h1Finding(): Finding {
  const d = emptyReport(FORMAT_2021);
  d.values["table3.new[natural_person]"] = 3;
  d.values["table3.new[commercial]"] = 2;
  d.values["table3.new[total]"] = 6;
  for (const k of ["research", "social_welfare", "legal_service", "other_org"]) d.values[`table3.new[${k}]`] = 0;
  const f = checkReport(d).find((x) => x.id === "H1.new");
  if (!f) throw new Error("H1.new expected");
  return f;
}

/** 300 findings: 100 on each table's cells (强制), 50 of them 提示 on the text, 10 of those explained. */
function many(): Finding[] {
  const out: Finding[] = [];
  const tables = ["table2", "table3", "table4"] as const;
  for (let i = 0; i < 250; i++)
    out.push({ id: `X${i}`, rule: "H6", severity: "error", title: `单元格未填写 ${i}`, message: `第 ${i} 个单元格未填写`, table: tables[i % 3], cells: [] });
  for (let i = 0; i < 50; i++)
    out.push({
      id: `S${i}`,
      rule: "S9a",
      severity: "warning",
      title: `正文提示 ${i}`,
      message: `正文第 ${i} 处`,
      cells: [],
      ...(i < 10 ? { explained: { text: `说明 ${i}`, at: "2026-01-15 09:30" } } : {}),
    });
  return out;
}

test("no findings: the all-pass message says how many table and text checks ran", () => {
  renderList({ findings: [] });
  expect(screen.getByText("全部通过：442 项表格检查和 7 项报告信息与正文检查均未发现问题。")).toBeTruthy();
  expect(screen.queryByRole("region", { name: "校验结果" })).toBeNull();
});

test("one H1 finding: both sides with names and values, the difference and the fix; clicking reports it", () => {
  const f = h1Finding();
  expect(sides(f)).toEqual({ left: "总计 6", right: "各申请人之和 5" });
  const { props } = renderList({ findings: [f] });
  const region = screen.getByRole("region", { name: "校验结果" });
  expect(within(region).getByText(/^强制 1$/)).toBeTruthy();
  expect(within(region).getByText(/^提示 0$/)).toBeTruthy();
  expect(within(region).getByText(/^已说明 0$/)).toBeTruthy();
  const row = within(region).getByRole("button", { name: /表三行合计不符/ });
  expect(row.tagName).toBe("BUTTON"); // native: Enter and Space activate it, and it is in the tab order
  expect(row.textContent).toContain("总计 6 ↔ 各申请人之和 5");
  expect(row.textContent).toContain("相差 +1，应填 5");
  expect(row.textContent).toContain("✗ 强制"); // an icon and a word, not colour alone
  expect(row.textContent).toContain("表三 一、本年新收·总计");
  row.focus();
  expect(document.activeElement).toBe(row);
  fireEvent.click(row);
  expect(props.onActivate).toHaveBeenCalledWith(f);
  // A 强制 finding cannot be kept.
  expect(within(region).queryByRole("button", { name: /保留/ })).toBeNull();
});

test("the blocks selected for a finding are both sides, each joined into blocks", () => {
  const f = h1Finding();
  const cells: Record<string, { sheet: string; row: number; col: number; rows: number; cols: number }> = {};
  const cols = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"];
  cols.forEach((c, i) => (cells[`table3.new[${c}]`] = { sheet: "统计表", row: 23, col: 3 + i, rows: 1, cols: 1 }));
  expect(findingRanges(f, { cells, infoCells: {} })).toEqual([
    { sheet: "统计表", row: 23, col: 9, rows: 1, cols: 1 },
    { sheet: "统计表", row: 23, col: 3, rows: 1, cols: 6 },
  ]);
  // A column of single cells becomes one block; a gap splits it.
  const column = [25, 26, 27, 29].map((row) => ({ sheet: "统计表", row, col: 4, rows: 1, cols: 1 }));
  expect(compactRanges(column)).toEqual([
    { sheet: "统计表", row: 25, col: 4, rows: 3, cols: 1 },
    { sheet: "统计表", row: 29, col: 4, rows: 1, cols: 1 },
  ]);
});

test("300 findings: counts by severity, filters by table and severity, one row each", () => {
  renderList({ findings: many() });
  const region = screen.getByRole("region", { name: "校验结果" });
  expect(within(region).getByText(/^强制 250$/)).toBeTruthy();
  expect(within(region).getByText(/^提示 40$/)).toBeTruthy();
  expect(within(region).getByText(/^已说明 10$/)).toBeTruthy();
  expect(within(region).getByText("共 300 项")).toBeTruthy();
  expect(within(region).getAllByRole("listitem")).toHaveLength(300);
  const [table, severity] = within(region).getAllByRole("combobox");
  fireEvent.change(table, { target: { value: "table3" } });
  // 250 强制 spread over 表二/表三/表四 by i % 3: i = 1, 4, …, 247 → 83 on 表三.
  expect(within(region).getAllByRole("listitem")).toHaveLength(83);
  expect(within(region).getByText("显示 83 / 300 项")).toBeTruthy();
  fireEvent.change(table, { target: { value: "text" } });
  expect(within(region).getAllByRole("listitem")).toHaveLength(50);
  fireEvent.change(severity, { target: { value: "explained" } });
  expect(within(region).getAllByRole("listitem")).toHaveLength(10);
  fireEvent.change(table, { target: { value: "table2" } });
  expect(within(region).getByText("没有符合筛选条件的问题。")).toBeTruthy();
});

test("a re-check with one changed finding re-renders that row only", () => {
  const findings = many();
  const { rerender, props } = renderList({ findings });
  const region = screen.getByRole("region", { name: "校验结果" });
  const before = within(region).getAllByRole("button", { name: /单元格未填写/ });
  // New objects with the same content (as every re-check makes), except one.
  const next = findings.map((f) => ({ ...f }));
  next[5] = { ...next[5], message: "已改变" };
  rerender(
    <FluentProvider theme={webLightTheme}>
      <FindingsList {...props} findings={next} />
    </FluentProvider>,
  );
  const after = within(region).getAllByRole("button", { name: /单元格未填写/ });
  expect(after).toHaveLength(250);
  expect(after[4]).toBe(before[4]);
  expect(after[5].textContent).toContain("已改变");
});

test("说明: 保留并说明 opens a form; an empty 说明 is refused; the text is passed on; an explained one can be withdrawn", async () => {
  const warning: Finding = { id: "S9a", rule: "S9a", severity: "warning", title: "存在问题写得过少", message: "五、存在的主要问题及改进情况只有 1 个字", cells: [], fields: ["text.problems"] };
  const { props } = renderList({ findings: [warning] });
  fireEvent.click(screen.getByRole("button", { name: "保留并说明：存在问题写得过少" }));
  const box = screen.getByRole("textbox", { name: /说明/ });
  fireEvent.click(screen.getByRole("button", { name: "保存说明" }));
  expect(screen.getByRole("alert").textContent).toBe("请填写说明后再保存。");
  expect(props.onExplain).not.toHaveBeenCalled();
  fireEvent.change(box, { target: { value: "  本年度确无问题  " } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "保存说明" }));
  });
  expect(props.onExplain).toHaveBeenCalledWith(warning, "本年度确无问题");
  await waitFor(() => expect(screen.queryByRole("textbox")).toBeNull());

  const explained = { ...warning, explained: { text: "本年度确无问题", at: "2026-01-15 09:30" } };
  const view = renderList({ findings: [explained] });
  const list = view.container;
  expect(within(list).getByText("已说明：本年度确无问题（2026-01-15 09:30）")).toBeTruthy();
  expect(within(list).getAllByText("✓").length).toBeGreaterThan(0);
  fireEvent.click(within(list).getByRole("button", { name: "撤销说明" }));
  expect(view.props.onRemoveExplanation).toHaveBeenCalledWith(explained);
});

test("layout problems come first as 强制 with what to do and 修复表格", () => {
  const onRepair = jest.fn();
  renderList({
    findings: [h1Finding(), readProblemFinding({ kind: "shape_changed", table: "table3", message: "表三应有 28 行，现为 27 行：缺少“（二）部分公开”一行（可能被删除）。" })],
    onRepair,
  });
  const region = screen.getByRole("region", { name: "校验结果" });
  expect(within(region).getByText(/^强制 2$/)).toBeTruthy();
  const items = within(region).getAllByRole("listitem");
  expect(items[0].textContent).toContain("表格结构");
  expect(items[0].textContent).toContain("缺少“（二）部分公开”一行");
  expect(items[0].textContent).toContain("修复表格会按标准格式重建");
  fireEvent.click(within(items[0]).getByRole("button", { name: "修复表格" }));
  expect(onRepair).toHaveBeenCalled();
});

test("an S3 finding quotes its sentence, as the CLI does, beside the place, both values and the difference", () => {
  // pingtan-2024's tables (本年新收 218, 自然人 217) with 一（二） of the user test.
  const d = emptyReport(FORMAT_2021);
  for (const c of FORMAT_2021.inputCells) d.values[c.key] = 0;
  d.year = 2024;
  d.agency = "平潭综合实验区";
  d.values["table3.new[natural_person]"] = 217;
  d.values["table3.new[other_org]"] = 1;
  d.values["table3.new[total]"] = 218;
  d.values["table3.total[natural_person]"] = 217;
  d.values["table3.total[other_org]"] = 1;
  d.values["table3.total[total]"] = 218;
  d.values["table3.granted[natural_person]"] = 217;
  d.values["table3.granted[other_org]"] = 1;
  d.values["table3.granted[total]"] = 218;
  d.text.overview.disclosure_on_request = "共收到申请218件，其中自然人200件。";
  const f = checkReport(d).filter((x) => x.rule === "S3");
  expect(f.map((x) => x.message)).toEqual([
    "一、总体情况（二）依申请公开写“共收到申请218件，其中自然人200件。”，其中“自然人200件”与表三 一、本年新收·自然人（217 件）不符",
  ]);
  renderList({ findings: f });
  const row = screen.getByRole("button", { name: /^提示\s*正文数字与表格不一致/ });
  expect(within(row).getByText("原文：“共收到申请218件，其中自然人200件。”")).toBeTruthy();
  expect(within(row).getByText("一、总体情况（二）依申请公开")).toBeTruthy();
  expect(within(row).getByText("正文 200 ↔ 表三 一、本年新收·自然人 217")).toBeTruthy();
  expect(within(row).getByText("相差 -17")).toBeTruthy();
});
