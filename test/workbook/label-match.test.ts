/**
 * Tolerant label comparison: the typos and printing differences real reports show (report-format.md §2 "Observed
 * typos", §3 S8) are variants; a different label, a blank, or a label of another row or column is a change.
 */
import fc from "fast-check";
import { editDistance, looseLabel, matchLabel } from "../../src/workbook/layout/label-match";

const T4_COLUMNS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
const T3_COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

test.each([
  // [expected, actual, others, result]
  ["（一）予以公开", "(一) 予以公开", [], "same"],
  ["（一）予以公开", "（一）予以公开\n", [], "same"],
  ["1.属于国家秘密", "１.属于国家秘密", [], "same"],
  ["本年收费金额（单位：万元）", "本年收费金额(单位:万元)", [], "same"],
  ["5.属于三类内部事务信息", "5.属于三类内容事务信息", [], "variant"],
  ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开（区分处理的，只计这一情况，不计其他情形）", [], "variant"],
  ["1.属于国家秘密", "1、属于国家秘密", [], "variant"],
  ["1.属于国家秘密", "1．属于国家秘密", [], "variant"],
  ["3.其他", "3.其它", [], "variant"],
  ["其他", "其它", T3_COLUMNS, "variant"],
  ["3.危及“三安全一稳定”", "3.危及三安全一稳定", [], "variant"],
  ["一、本年新收政府信息公开申请数量", "一.本年新收政府信息公开申请数量", [], "variant"],
  [
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请",
    [],
    "variant",
  ],
  ["4.保护第三方合法权益", "4.保护第三人合法权益", [], "variant"],
  // changes
  ["规章", "规章（改）", [], "changed"],
  ["（一）予以公开", "（一）予以公开（含部分）", [], "changed"],
  ["（一）予以公开", "", [], "changed"],
  ["行政许可", "行政处罚", [], "changed"],
  ["本年制发件数", "本年废止件数", [], "changed"],
  // swapped columns: nearer (or as near) to another label of the table
  ["结果维持", "结果纠正", T4_COLUMNS, "changed"],
  ["科研机构", "商业企业", T3_COLUMNS, "changed"],
  ["2.重复申请", "3.重复申请", ["3.要求提供公开出版物"], "variant"],
] as [string, string, string[], string][])("%s ← %s", (expected, actual, others, result) => {
  expect(matchLabel(expected, actual, others)).toBe(result);
});

test("the official label is the same as itself and a variant of nothing else in its table", () => {
  for (const c of T3_COLUMNS) {
    expect(matchLabel(c, c, T3_COLUMNS)).toBe("same");
    for (const other of T3_COLUMNS.filter((x) => x !== c)) expect(matchLabel(c, other, T3_COLUMNS)).toBe("changed");
  }
});

test("looseLabel: item separators and 其它 are made alike, meaning is kept", () => {
  expect(looseLabel("1、其它")).toBe("1.其他");
  expect(looseLabel("一.本年新收")).toBe("一、本年新收");
  expect(looseLabel("2.重复申请")).not.toBe(looseLabel("3.重复申请"));
});

test("editDistance is a metric on strings of CJK characters (property)", () => {
  const s = fc.string({ unit: fc.constantFrom("内", "部", "容", "其", "他", "它", "1", ".", "、"), maxLength: 8 });
  fc.assert(
    fc.property(s, s, s, (a, b, c) => {
      expect(editDistance(a, a)).toBe(0);
      expect(editDistance(a, b)).toBe(editDistance(b, a));
      expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
      expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max([...a].length, [...b].length));
    }),
  );
  expect(editDistance("属于三类内部事务信息", "属于三类内容事务信息")).toBe(1);
});
