/** 转为数值: which text becomes which number, and what is left alone with the reason. Values checked by hand. */
import { FORMAT_2021 } from "../../src/format";
import { emptyReport, type CellValue } from "../../src/report";
import { planConvertNumbers, skippedConversions } from "../../src/rules";

function report(values: Record<string, CellValue>) {
  const d = emptyReport(FORMAT_2021);
  Object.assign(d.values, values);
  return d;
}

test("text numbers, full-width digits and numbers with their unit become numbers", () => {
  const d = report({
    "table3.new[natural_person]": "１２",
    "table3.new[commercial]": "12件",
    "table3.new[total]": "12",
    "table2.fees": "3.5万元",
    "table2.licensing": " ３ 件 ",
    "table4.reconsideration[total]": "0",
    "table2.penalty": 4,
    "table2.enforcement": null,
  });
  expect(planConvertNumbers(d).map((c) => [c.cell, c.from, c.to])).toEqual([
    ["table2.licensing", " ３ 件 ", 3],
    ["table2.fees", "3.5万元", 3.5],
    ["table3.new[natural_person]", "１２", 12],
    ["table3.new[commercial]", "12件", 12],
    ["table3.new[total]", "12", 12],
    ["table4.reconsideration[total]", "0", 0],
  ]);
  expect(planConvertNumbers(d)[2].name).toBe("表三 一、本年新收·自然人");
  expect(skippedConversions(d)).toEqual([]);
});

test("placeholders, negatives, decimals in counts, wrong units and other text are skipped with the reason", () => {
  const d = report({
    "table3.new[natural_person]": "2.5",
    "table3.new[commercial]": "/",
    "table3.new[research]": "-3",
    "table3.new[social_welfare]": "约10件",
    "table3.new[legal_service]": "#REF!",
    "table3.new[other_org]": "5万元",
    "table2.fees": "500元",
    "table2.licensing": "2.5件",
  });
  expect(planConvertNumbers(d)).toEqual([]);
  expect(skippedConversions(d)).toEqual([
    { cell: "table2.licensing", reason: "表二 行政许可·本年处理决定数量“2.5件”有小数，件数应为整数" },
    { cell: "table2.fees", reason: "表二 行政事业性收费·本年收费金额“500元”的单位是“元”，本栏单位为万元，请换算后填写" },
    { cell: "table3.new[natural_person]", reason: "表三 一、本年新收·自然人“2.5”有小数，件数应为整数" },
    { cell: "table3.new[commercial]", reason: "表三 一、本年新收·商业企业“/”是占位符，不是数字；没有发生的请填 0" },
    { cell: "table3.new[research]", reason: "表三 一、本年新收·科研机构“-3”是负数，不能小于 0" },
    { cell: "table3.new[social_welfare]", reason: "表三 一、本年新收·社会公益组织“约10件”不是数字" },
    { cell: "table3.new[legal_service]", reason: "表三 一、本年新收·法律服务机构“#REF!”是 Excel 错误值，请改为数字" },
    { cell: "table3.new[other_org]", reason: "表三 一、本年新收·其他组织“5万元”的单位是“万元”，本栏填件数，请核对后填写" },
  ]);
});

test("a fee (万元) kept as text with its printed decimals is accepted as it is: nothing to convert or skip", () => {
  // report-format.md §2 表二: "18.8710" is printed with four decimals; keep it as text or as a decimal.
  const d = report({ "table2.fees": "18.8710" });
  expect(planConvertNumbers(d)).toEqual([]);
  expect(skippedConversions(d)).toEqual([]);
});

test("a negative or a decimal typed as text is skipped with its reason, never converted to an invalid number", () => {
  const d = report({ "table3.new[natural_person]": "-3", "table3.new[commercial]": "３.５", "table3.new[research]": "2.5件", "table2.fees": "500元" });
  expect(planConvertNumbers(d)).toEqual([]);
  expect(skippedConversions(d).map((s) => s.reason)).toEqual([
    "表二 行政事业性收费·本年收费金额“500元”的单位是“元”，本栏单位为万元，请换算后填写",
    "表三 一、本年新收·自然人“-3”是负数，不能小于 0",
    "表三 一、本年新收·商业企业“３.５”有小数，件数应为整数",
    "表三 一、本年新收·科研机构“2.5件”有小数，件数应为整数",
  ]);
});
