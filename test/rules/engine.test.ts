import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { FORMAT_2021 } from "../../src/format";
import { reportFromJson, type ReportData } from "../../src/report";
import { allEquations, checkCount, checkTables, hardRules } from "../../src/rules";

const FIXTURES = path.join(__dirname, "../../../shared/fixtures/reports");
const load = (name: string) => JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.data.json`), "utf8"));
const clone = (d: ReportData): ReportData => ({ ...d, values: { ...d.values } });

/** The 2020 report (2019 layout) has the real H2 error; its table 3 is the same but for one 其他处理 row. */
function pingtan2020As2021(): ReportData {
  const j = load("pingtan-2020");
  delete j.table2_2019;
  j.format = "2021";
  j.table3.other_1 = [0, 0, 0, 0, 0, 0, 0];
  j.table3.other_2 = [0, 0, 0, 0, 0, 0, 0];
  j.table3.other_3 = j.table3.other; // 4 … 4: the single 2019 row equals the sum of the three 2021 rows
  delete j.table3.other;
  return reportFromJson(j);
}

describe("real reports", () => {
  test.each(["pingtan-2021", "pingtan-2024"])("%s: every rule holds, no finding", (name) => {
    expect(checkTables(reportFromJson(load(name)))).toEqual([]);
  });

  test("pingtan-2020: the published H2 error, −6 in the 自然人 and 总计 columns, and nothing else", () => {
    const data = pingtan2020As2021();
    const findings = checkTables(data).filter((f) => !f.cells.every((c) => c.startsWith("table2.")));
    // By hand from the published table: results in 自然人 6+6+4+3+3+4 = 26, 总计 7+6+4+3+3+4 = 27; （七）总计 20 and 21.
    // （七）总计 agrees with its own row (H1) and with the 勾稽 (H3: 新收 20 + 结转 0), so the result rows, not the total,
    // are the likely error: no "应为" value is offered for the total (making it 26 would break H1 and H3).
    expect(findings.map((f) => [f.id, f.left, f.right, f.difference, f.fix?.value])).toEqual([
      ["H2.natural_person", 20, 26, -6, undefined],
      ["H2.total", 21, 27, -6, undefined],
    ]);
    expect(findings[0].message).toBe(
      "表三（七）总计·自然人为 20，（一）至（六）各项之和为 26，相差 -6；该总计与本行各申请人之和、勾稽关系（本年新收 + 上年结转 = 办理结果总计 + 结转下年度）一致，请核对本列（一）至（六）各项",
    );
    expect(findings[0].severity).toBe("error");
    expect(findings[0].rule).toBe("H2");
  });
});

test("a total typed wrong (its other equations broken too) gets the value that fits: （七）总计·自然人 of pingtan-2021 typed 28", () => {
  const d = reportFromJson(load("pingtan-2021"));
  // Published 63 = 予以公开 27 + 部分公开 5 + 不予公开 1 + 6 + 1 + 无法提供 22 + 其他处理 1.
  d.values["table3.total[natural_person]"] = 28;
  const f = checkTables(d);
  // H1 on the （七） row, H2 on the 自然人 column and H3 on it all break: nothing backs 28, so 63 is offered.
  expect(f.map((x) => x.id)).toEqual(["H1.total", "H2.natural_person", "H3.natural_person"]);
  expect(f[1].fix).toEqual({ cell: "table3.total[natural_person]", value: 63, current: 28 });
});

describe("property: one changed cell gives exactly the findings of the equations that hold it", () => {
  const base = reportFromJson(load("pingtan-2024"));
  const countCells = FORMAT_2021.inputCells.filter((c) => c.kind === "count");
  const equationsOf = (key: string) =>
    allEquations(FORMAT_2021)
      .filter(({ equation }) => equation.left.includes(key) || equation.right.includes(key))
      .map(({ equation }) => equation.id)
      .sort();

  test("every one of the 200 cells, increased by 1", () => {
    for (const cell of FORMAT_2021.inputCells) {
      const d = clone(base);
      d.values[cell.key] = (d.values[cell.key] as number) + 1;
      const found = checkTables(d);
      expect([cell.key, found.map((f) => f.id).sort()]).toEqual([cell.key, equationsOf(cell.key)]);
      for (const f of found) {
        // The changed cell sits on one side; the difference is +1 when it is on the left, −1 on the right.
        expect(f.difference).toBe(f.leftCells!.includes(cell.key) ? 1 : -1);
        if (f.fix) expect(f.fix.value).toBe(f.right);
      }
    }
  });

  test("random cell, random positive change", () => {
    fc.assert(
      fc.property(fc.constantFrom(...countCells.map((c) => c.key)), fc.integer({ min: 1, max: 10_000 }), (key, delta) => {
        const d = clone(base);
        d.values[key] = (d.values[key] as number) + delta;
        const found = checkTables(d);
        expect(found.map((f) => f.id).sort()).toEqual(equationsOf(key));
        for (const f of found) expect(Math.abs(f.difference!)).toBe(delta);
      }),
    );
  });

  test("random consistent tables give no finding", () => {
    const row = fc.array(fc.nat({ max: 500 }), { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(row, { minLength: 22, maxLength: 22 }), fc.array(row, { minLength: 1, maxLength: 1 }), (results, carried) => {
        const d = clone(base);
        const rowKeys = ["granted", "partial", ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `denied_${i}`), "unable_1", "unable_2", "unable_3",
          ...[1, 2, 3, 4, 5].map((i) => `not_processed_${i}`), "other_1", "other_2", "other_3"];
        expect(rowKeys).toHaveLength(21);
        const cols = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org"];
        const set = (r: string, vals: number[]) => {
          cols.forEach((c, i) => (d.values[`table3.${r}[${c}]`] = vals[i]));
          d.values[`table3.${r}[total]`] = vals.reduce((a, b) => a + b, 0);
        };
        rowKeys.forEach((r, i) => set(r, results[i]));
        const total = cols.map((_, i) => rowKeys.reduce((s, _r, j) => s + results[j][i], 0));
        set("total", total);
        set("carried_forward", carried[0]);
        // new = total + carried_forward − carried_over must be ≥ 0: choose carried_over ≤ total + carried_forward
        const carriedOver = results[21].map((v, i) => Math.min(v, total[i] + carried[0][i]));
        set("carried_over", carriedOver);
        set("new", cols.map((_, i) => total[i] + carried[0][i] - carriedOver[i]));
        expect(checkTables(d)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});

describe("bad input: each kind gives its own finding naming the cell", () => {
  const base = reportFromJson(load("pingtan-2021"));
  const cases: [string, string, unknown, string, string][] = [
    ["blank", "table2.regulations.issued", null, "H6", "表二 规章·本年制发件数未填写，没有发生的请填 0"],
    ["slash", "table2.licensing", "/", "H6", "表二 行政许可·本年处理决定数量填的是“/”，应填数字，没有发生的请填 0"],
    ["dash", "table4.reconsideration[upheld]", "—", "H6", "表四 行政复议·结果维持填的是“—”，应填数字，没有发生的请填 0"],
    ["full-width", "table3.granted[natural_person]", "２７", "H5", "表三（一）予以公开·自然人“２７”是全角数字，请改为半角数字 27"],
    ["unit", "table3.new[natural_person]", "64件", "H5", "表三 一、本年新收·自然人“64件”带有单位“件”，单元格只填数字 64"],
    ["text number", "table3.partial[natural_person]", "5", "H5", "表三（二）部分公开·自然人“5”是以文本形式存储的数字，求和时会被忽略，请改为数值 5"],
    ["negative", "table2.penalty", -2, "H5", "表二 行政处罚·本年处理决定数量为负数 -2，不能小于 0"],
    ["decimal in a count", "table2.enforcement", 4.5, "H5", "表二 行政强制·本年处理决定数量为 4.5，件数应为整数"],
    ["#REF!", "table3.denied_7[natural_person]", "#REF!", "H5", "表三（三）不予公开7.属于行政执法案卷·自然人显示错误值 #REF!（公式引用的单元格已被删除），请改为数字"],
    ["#DIV/0!", "table4.litigation_direct[upheld]", "#DIV/0!", "H5", "表四 行政诉讼·未经复议直接起诉·结果维持显示错误值 #DIV/0!（公式除以 0），请改为数字"],
    [
      "a formula without its result",
      "table3.granted[total]",
      "=SUM(D9:I9)",
      "H5",
      // 予以公开 of pingtan-2021: 27 + 0 + 0 + 2 + 0 + 1 = 30
      "表三（一）予以公开·总计是公式“=SUM(D9:I9)”，但文件中没有它的计算结果；请在 Excel 中打开、重新计算并保存后再检查，或直接填写数字；按各项之和应为 30",
    ],
    ["text", "table2.fees", "见附件", "H5", "表二 行政事业性收费·本年收费金额“见附件”不是数字，请填写数字"],
  ];
  test.each(cases)("%s", (_name, key, raw, rule, message) => {
    const d = clone(base);
    d.values[key] = raw as never;
    const found = checkTables(d);
    // The bad cell is reported once; the equations that hold it are not evaluated (no cascade).
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule, severity: "error", cells: [key], message });
  });

  test("a blank printed total suggests the value of its parts", () => {
    const d = clone(base);
    d.values["table3.total[total]"] = null;
    const found = checkTables(d);
    expect(found).toHaveLength(1);
    // pingtan-2021 row （七）: 63 + 0 + 0 + 2 + 0 + 4 = 69
    expect(found[0].message).toBe("表三（七）总计·总计未填写，按各项之和应为 69");
    expect(found[0].fix).toEqual({ cell: "table3.total[total]", value: 69, current: null });
  });

  test("the fee may have decimals; a count may not", () => {
    const d = clone(base);
    d.values["table2.fees"] = 0.5;
    expect(checkTables(d)).toEqual([]);
  });
});

describe("catalogue", () => {
  test("rule ids, severities and instance counts follow the spec (H1 25, H2 7, H3 7, H4 3)", () => {
    const rules = hardRules(FORMAT_2021);
    const sums = Object.fromEntries(rules.map((r) => [r.id, r.sides.length > 0 ? r.sides.length : "cell"]));
    expect(sums).toEqual({ H1: 25, H2: 7, H3: 7, H4a: 1, H4b: 1, H4c: 1, H5: "cell", H6: "cell" });
    expect(rules.every((r) => r.severity === "error" && r.title.length > 0)).toBe(true);
    expect(rules.find((r) => r.id === "H4b")!.title).toBe("表四未经复议直接起诉合计不符");
    expect(rules.find((r) => r.id === "H1")!.source).toBe("国办公开办函〔2021〕30号 附件 表三（总计列）");
    expect(checkCount(FORMAT_2021)).toBe(25 + 7 + 7 + 3 + 200 + 200);
  });

  test("H3 is the printed 勾稽: new + carried_over = total + carried_forward", () => {
    const h3 = allEquations(FORMAT_2021).find(({ equation }) => equation.id === "H3.total")!.equation;
    expect(h3.left).toEqual(["table3.new[total]", "table3.carried_over[total]"]);
    expect(h3.right).toEqual(["table3.total[total]", "table3.carried_forward[total]"]);
  });
});
