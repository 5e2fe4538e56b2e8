/**
 * The roster: reading the reviewer's list of units (headings, 序号 columns, quotes, tabs, duplicates) and matching a
 * batch against it by normalised name, with a suggestion for near names. Expected values written by hand.
 */
import { checkRoster, csvRows, parseRoster, RosterError, type RosterReport } from "../../src/review/roster";

const report = (index: number, unit: string, readable = true, file = `收到/${unit || "x"}.json`): RosterReport => ({ index, file, unit, readable });

describe("parseRoster", () => {
  test("a heading line puts the columns where it says; a 序号 column and blank lines are skipped", () => {
    const r = parseRoster("序号,上级单位,单位名称\r\n1,县政府,县水利局\r\n\r\n2,县政府,县审计局\r\n");
    expect(r.units).toEqual([
      { name: "县水利局", parent: "县政府", line: 2 },
      { name: "县审计局", parent: "县政府", line: 4 },
    ]);
  });

  test("without headings: the name first, the parent second; a numbered list skips its numbers", () => {
    expect(parseRoster("县水利局,县政府\n县林业局\n").units).toEqual([
      { name: "县水利局", parent: "县政府", line: 1 },
      { name: "县林业局", line: 2 },
    ]);
    expect(parseRoster("1,县水利局,县政府\n2,县林业局,县政府\n").units.map((u) => [u.name, u.parent])).toEqual([
      ["县水利局", "县政府"],
      ["县林业局", "县政府"],
    ]);
  });

  test("quoted names with commas and quotes, tab-separated text, a unit given twice kept once", () => {
    expect(csvRows('"县卫生健康局（含""疾控中心""）,本级",县政府\n')).toEqual([['县卫生健康局（含"疾控中心"）,本级', "县政府"]]);
    expect(parseRoster("单位名称\t上级单位\n县水利局\t县政府\n").units).toEqual([{ name: "县水利局", parent: "县政府", line: 2 }]);
    const twice = parseRoster("县水利局\n县 水利局\n县林业局\n");
    expect(twice.units.map((u) => u.name)).toEqual(["县水利局", "县林业局"]);
    expect(twice.duplicates).toEqual([{ line: 2, name: "县 水利局", first: 1 }]);
  });

  test("a roster with no unit is refused in Chinese", () => {
    expect(() => parseRoster("单位名称,上级单位\r\n\r\n")).toThrow(RosterError);
    expect(() => parseRoster("")).toThrow("名单中没有单位名称");
  });
});

describe("checkRoster", () => {
  const roster = parseRoster("单位名称,上级单位\n县水利局,县政府\n县林业局,县政府\n县其他事务服务中心,县政府\n三明市沙县区工信与科技局,沙县区政府\n县第１中学,县教育局\n县审计局,县政府\n");

  test("names match across full and half width, spaces, punctuation and 其它/其他; the unit with no report is listed", () => {
    const r = checkRoster("units.csv", roster, [
      report(0, "县 水利局"),
      report(1, "县林业局2021年度政府信息公开工作年度报告"),
      report(2, "县其它事务服务中心"),
      report(3, "三明市沙县区工信与科技局"),
      report(4, "县第1中学"),
    ]);
    expect([r.expected, r.received, r.notOnRoster]).toEqual([6, 5, []]);
    expect(r.missing).toEqual([{ name: "县审计局", parent: "县政府", line: 7 }]);
  });

  test("a report not on the roster, with the nearest name when one is near: a word changed, a prefix left out", () => {
    const r = checkRoster("units.csv", roster, [report(0, "县林业站"), report(1, "沙县区工信与科技局"), report(2, "县财政局")]);
    expect(r.notOnRoster).toEqual([
      { index: 0, file: "收到/县林业站.json", unit: "县林业站", suggestion: "县林业局" },
      { index: 1, file: "收到/沙县区工信与科技局.json", unit: "沙县区工信与科技局", suggestion: "三明市沙县区工信与科技局" },
      // 县财政局 and 县审计局 differ in two of four characters: not suggested
      { index: 2, file: "收到/县财政局.json", unit: "县财政局" },
    ]);
  });

  test("a file that could not be read counts for its unit by its file name, and is never listed as not on the roster", () => {
    const r = checkRoster("units.csv", roster, [report(0, "", false, "收到/2021年县审计局政府信息公开工作年度报告.pdf"), report(1, "", false, "收到/联系人名单.xlsx")]);
    expect(r.missing.map((u) => u.name)).not.toContain("县审计局");
    expect(r.received).toBe(1);
    expect(r.notOnRoster).toEqual([]);
  });

  test("a readable report without 机关名称 is matched by its file name", () => {
    const r = checkRoster("units.csv", roster, [report(0, "", true, "收到/县审计局.xlsx")]);
    expect(r.received).toBe(1);
  });
});
