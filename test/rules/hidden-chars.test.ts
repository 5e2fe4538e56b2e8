/**
 * Bidi controls and invisible characters in names and numbers are findings naming the cell or field (issue 9, 3c),
 * and the published title is never reversed. Messages written by hand.
 */
import { FORMAT_2021 } from "../../src/format";
import { buildReportDocument } from "../../src/narrative";
import { emptyReport, firstHiddenChar, parseCellInput, withoutBidiControls } from "../../src/report";
import { checkReport } from "../../src/rules";

const RLO = "\u202e";
const ZWSP = "\u200b";

test("firstHiddenChar: bidi controls and invisible characters, with their position; bidiOnly skips the invisible ones", () => {
  expect(firstHiddenChar(`某${RLO}局`)).toEqual({ position: 2, codePoint: "U+202E", name: "从右向左的方向控制符", bidi: true });
  expect(firstHiddenChar(`12${ZWSP}`)).toEqual({ position: 3, codePoint: "U+200B", name: "零宽空格", bidi: false });
  expect(firstHiddenChar(`12${ZWSP}`, true)).toBeUndefined();
  expect(firstHiddenChar("\u2066x\u2069")?.codePoint).toBe("U+2066");
  expect(firstHiddenChar("\u200f")?.bidi).toBe(true);
  expect(firstHiddenChar("某局 2021 年 😀")).toBeUndefined();
  expect(withoutBidiControls(`\u202b某${RLO}局\u200e`)).toBe("某局");
});

test("a cell with a zero-width space or a direction control is H5 `hidden` naming the cell, not a number", () => {
  expect(parseCellInput(`12${ZWSP}`, "count")).toEqual({ state: "hidden", raw: `12${ZWSP}`, position: 3, codePoint: "U+200B", name: "零宽空格" });
  const d = emptyReport(FORMAT_2021);
  d.values["table2.licensing"] = `12${ZWSP}`;
  d.values["table2.penalty"] = `${RLO}21`;
  const h5 = checkReport(d).filter((f) => f.rule === "H5");
  expect(h5.map((f) => [f.cells, f.cellState, f.message])).toEqual([
    [["table2.licensing"], "hidden", `表二 行政许可·本年处理决定数量“12${ZWSP}”的第 3 个字符是看不见的零宽空格（U+200B），单元格因此不是数字；请清除单元格后重新输入`],
    [["table2.penalty"], "hidden", `表二 行政处罚·本年处理决定数量“${RLO}21”的第 1 个字符是看不见的从右向左的方向控制符（U+202E），单元格因此不是数字；请清除单元格后重新输入`],
  ]);
});

test("I4: names and contact details with any hidden character, long text with a direction control only", () => {
  const d = emptyReport(FORMAT_2021);
  d.year = 2021;
  d.agency = `某某市${RLO}局`;
  d.contact.phone = `0591-${ZWSP}1234567`;
  d.text.problems = `网页复制的文字${ZWSP}无妨`;
  d.text.otherMatters = `倒序${RLO}的句子`;
  const i4 = checkReport(d).filter((f) => f.rule === "I4");
  expect(i4.map((f) => [f.id, f.severity, f.fields])).toEqual([
    ["I4.agency", "error", ["agency"]],
    ["I4.contact.phone", "error", ["contact.phone"]],
    ["I4.text.otherMatters", "error", ["text.otherMatters"]],
  ]);
  expect(i4[0].message).toBe("“报告信息”中的机关名称第 4 个字符是从右向左的方向控制符（U+202E）：发布后其后的文字会倒序显示，请删除该字符");
  expect(i4[1].message).toMatch(/^“报告信息”中的.*第 6 个字符是看不见的零宽空格（U\+200B）：看起来相同的名称、号码因此并不相同，请删除该字符$/);
});

test("the published title and signature never carry a direction control", () => {
  const d = emptyReport(FORMAT_2021);
  d.year = 2021;
  d.agency = `${RLO}某某市局`;
  const doc = buildReportDocument(d);
  expect(doc.title.startsWith("某某市局2021年")).toBe(true);
  expect(doc.agency).toBe("某某市局");
  expect(JSON.stringify(doc.blocks)).not.toContain(RLO);
});
