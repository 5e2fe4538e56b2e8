/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { reportFromJson } from "../../src/report";
import { checkReport } from "../../src/rules";
import { BLANK_GROUP_MIN, FindingsList, groupBlanks } from "../../src/taskpane/FindingsList";

/** A report with nothing filled in: 200 blank cells (10 in 表二, 175 in 表三, 15 in 表四). */
const empty = () => checkReport(reportFromJson({ format: "2021", year: 2026, agency: "某局" })).filter((f) => f.rule === "H6");

describe("groupBlanks", () => {
  test("a new table's blanks become one row per table, holding every blank cell", () => {
    const items = groupBlanks(empty(), new Set());
    expect(items.map((i) => [i.finding.table, "blanks" in i ? i.blanks : 1, i.finding.cells.length])).toEqual([
      ["table2", 10, 10],
      ["table3", 175, 175],
      ["table4", 15, 15],
    ]);
    expect(items[1].finding.message).toBe("表三有 175 个单元格未填写。没有发生的请填 0，可点“空白填 0”一次补齐；点这里选中这些单元格。");
  });
  test(`fewer than ${BLANK_GROUP_MIN} blanks in a table stay one row each; an expanded table is listed cell by cell`, () => {
    const few = empty().filter((f) => f.table === "table2").slice(0, BLANK_GROUP_MIN - 1);
    expect(groupBlanks(few, new Set()).map((i) => i.finding.id)).toEqual(few.map((f) => f.id));
    expect(groupBlanks(empty(), new Set(["table3"]))).toHaveLength(1 + 175 + 1);
  });
  test("placeholders such as “/” are never gathered: each is the user's content to look at", () => {
    const d = reportFromJson({ format: "2021", table4: { reconsideration: ["/", "/", "/", "/", "/"], litigation_direct: [0, 0, 0, 0, 0], litigation_after_reconsideration: [0, 0, 0, 0, 0] } });
    const t4 = checkReport(d).filter((f) => f.table === "table4");
    expect(groupBlanks(t4, new Set())).toHaveLength(5);
  });
});

test("the list shows one row for 表三's blanks; activating it selects them all; 逐条显示 lists them", () => {
  const onActivate = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingsList
        findings={empty()}
        problems={[]}
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
