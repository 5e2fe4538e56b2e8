/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { reportFromJson } from "../../src/report";
import { checkReport } from "../../src/rules";
import { BLANK_GROUP_MIN, FindingsList, groupBlanks } from "../../src/taskpane/FindingsList";

/** A report with nothing filled in: 200 blank cells (10 in 表二, 175 in 表三, 15 in 表四). */
const empty = () => checkReport(reportFromJson({ format: "2021", year: 2026, agency: "某局" })).filter((f) => f.rule === "H6");

/** 表三 pasted from Word: every cell the string "0", so 175 numbers stored as text. */
const pasted = () => {
  const rows = ["new", "carried_over", "granted", "partial", ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `denied_${i}`), "unable_1", "unable_2", "unable_3",
    ...[1, 2, 3, 4, 5].map((i) => `not_processed_${i}`), "other_1", "other_2", "other_3", "total", "carried_forward"];
  const table3 = Object.fromEntries(rows.map((r) => [r, ["0", "0", "0", "0", "0", "0", "0"]]));
  return checkReport(reportFromJson({ format: "2021", table3 })).filter((f) => f.table === "table3");
};

describe("groupBlanks", () => {
  test("a new table's blanks become one row per table, holding every blank cell", () => {
    const items = groupBlanks(empty(), new Set());
    expect(items.map((i) => [i.finding.table, "count" in i ? i.count : 1, i.finding.cells.length])).toEqual([
      ["table2", 10, 10],
      ["table3", 175, 175],
      ["table4", 15, 15],
    ]);
    expect(items[1].finding.message).toBe("表三有 175 个单元格未填写。没有发生的请填 0，可点“空白填 0”一次补齐；点这里选中这些单元格。");
  });
  test(`fewer than ${BLANK_GROUP_MIN} blanks in a table stay one row each; an expanded group is listed cell by cell`, () => {
    const few = empty().filter((f) => f.table === "table2").slice(0, BLANK_GROUP_MIN - 1);
    expect(groupBlanks(few, new Set()).map((i) => i.finding.id)).toEqual(few.map((f) => f.id));
    expect(groupBlanks(empty(), new Set(["table3:blank"]))).toHaveLength(1 + 175 + 1);
  });
  test("blanks left by 修复表格 (rows not found again) ask to be re-entered, not filled with 0", () => {
    const partial = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"].map((c) => `table3.partial[${c}]`);
    const findings = empty().filter((f) => partial.includes(f.cells[0]));
    const [item] = groupBlanks(findings, new Set(), new Set(partial));
    expect(item.finding.message).toBe("表三有 7 个单元格属于修复表格时未能找回的行，请对照旧表的副本重新填写；点这里选中这些单元格。");
    // With other blanks in the group it is the usual message.
    expect(groupBlanks(empty(), new Set(), new Set(partial))[1].finding.message).toMatch(/^表三有 175 个单元格未填写/);
  });
  test("a table pasted as text: one row “表三有 175 个单元格是以文本形式存储的数字”", () => {
    const findings = pasted();
    expect(findings).toHaveLength(175);
    const items = groupBlanks(findings, new Set());
    expect(items).toHaveLength(1);
    expect(items[0].finding.message).toBe("表三有 175 个单元格是以文本形式存储的数字，求和时会被忽略。可点“转为数值”一次转换；点这里选中这些单元格。");
    expect(items[0].finding.cells).toHaveLength(175);
  });
  test("each state is its own group: 5 full-width, 5 with a unit, 5 placeholders, 4 numbers as text, 1 negative", () => {
    const d = reportFromJson({
      format: "2021",
      table3: {
        new: ["１", "２", "３", "４", "５", "6件", "7件"],
        carried_over: ["8件", "9件", "10件", "/", "/", "/", "—"],
        granted: ["无", "1", "2", "3", "4", -1, 0],
      },
    });
    const findings = checkReport(d).filter((f) => f.table === "table3" && f.cellState !== "blank");
    const items = groupBlanks(findings, new Set());
    // H6 (placeholders) is listed before H5 (the rest), each in reading order.
    expect(items.map((i) => ("count" in i ? `${i.finding.cellState} ×${i.count}` : i.finding.cellState))).toEqual([
      "placeholder ×5",
      "fullwidth ×5",
      "with_unit ×5",
      "numeric_text",
      "numeric_text",
      "numeric_text",
      "numeric_text",
      "negative",
    ]);
    expect(items[1].finding.message).toBe("表三有 5 个单元格是全角数字（如“１２”）。可点“转为数值”一次转换；点这里选中这些单元格。");
    expect(items[2].finding.message).toBe("表三有 5 个单元格在数字后带有单位（如“12件”），单元格只填数字。可点“转为数值”一次转换；点这里选中这些单元格。");
    expect(items[0].finding.message).toBe("表三有 5 个单元格填的是“/”“—”“无”等符号，不是数字。没有发生的请填 0；点这里选中这些单元格。");
    // Expanding the placeholders lists them one by one and leaves the other groups gathered.
    expect(groupBlanks(findings, new Set(["table3:placeholder"]))).toHaveLength(2 + 5 + 5);
  });
});

test("the list shows one row for 表三's blanks; activating it selects them all; 逐条显示 lists them", () => {
  const onActivate = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingsList
        findings={empty()}
        tableChecks={442}
        textChecks={7}
        onActivate={onActivate}
        onExplain={async () => undefined}
        onRemoveExplanation={async () => undefined}
      />
    </FluentProvider>,
  );
  const row = screen.getByRole("button", { name: /表三有 175 个单元格未填写/ });
  fireEvent.click(row);
  expect(onActivate).toHaveBeenCalledTimes(1);
  expect(onActivate.mock.calls[0][0].cells).toHaveLength(175);
  expect(screen.getAllByRole("listitem")).toHaveLength(3);
  fireEvent.click(screen.getByRole("button", { name: "逐条显示（175）" }));
  expect(screen.getAllByRole("listitem")).toHaveLength(1 + 175 + 1);
  expect(within(screen.getAllByRole("listitem")[1]).getByText("表三 一、本年新收·自然人未填写，没有发生的请填 0")).toBeTruthy();
});

test("a pasted 表三 is one row in the list; activating it selects its 175 cells", () => {
  const onActivate = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingsList findings={pasted()} tableChecks={442} textChecks={7} onActivate={onActivate} onExplain={async () => undefined} onRemoveExplanation={async () => undefined} />
    </FluentProvider>,
  );
  expect(screen.getAllByRole("listitem")).toHaveLength(1);
  fireEvent.click(screen.getByRole("button", { name: /表三有 175 个单元格是以文本形式存储的数字/ }));
  expect(onActivate.mock.calls[0][0].cells).toHaveLength(175);
  fireEvent.click(screen.getByRole("button", { name: "逐条显示（175）" }));
  expect(screen.getAllByRole("listitem")).toHaveLength(175);
});
