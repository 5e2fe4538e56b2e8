import { parseCellInput, toHalfWidth, validNumber, type ParsedCell } from "../../src/report";

describe("parseCellInput: each form of input is its own state", () => {
  const cases: [string, unknown, "count" | "amount", ParsedCell][] = [
    ["a count", 12, "count", { state: "ok", value: 12 }],
    ["zero", 0, "count", { state: "ok", value: 0 }],
    ["a fee with 6 decimals (万元) is kept exactly", 24252.311082, "amount", { state: "ok", value: 24252.311082 }],
    ["null is blank, not 0", null, "count", { state: "blank" }],
    ["undefined is blank", undefined, "count", { state: "blank" }],
    ["an empty string is blank", "", "count", { state: "blank" }],
    ["spaces only are blank", "  \u3000 ", "count", { state: "blank" }],
    ["a slash", "/", "count", { state: "placeholder", raw: "/" }],
    ["an em dash", "—", "count", { state: "placeholder", raw: "—" }],
    ["无", "无", "count", { state: "placeholder", raw: "无" }],
    ["full-width digits", "１２", "count", { state: "fullwidth", raw: "１２", value: 12 }],
    ["a number with a unit", "12件", "count", { state: "with_unit", raw: "12件", value: 12, unit: "件" }],
    ["an amount with 万元", "3.5万元", "amount", { state: "with_unit", raw: "3.5万元", value: 3.5, unit: "万元" }],
    ["a number stored as text", "12", "count", { state: "numeric_text", raw: "12", value: 12 }],
    ["a negative count", -3, "count", { state: "negative", value: -3 }],
    ["a negative amount", -0.5, "amount", { state: "negative", value: -0.5 }],
    ["a decimal in a count", 2.5, "count", { state: "fraction", value: 2.5 }],
    ["a decimal amount is fine", 2.5, "amount", { state: "ok", value: 2.5 }],
    ["#REF!", "#REF!", "count", { state: "error_value", raw: "#REF!" }],
    ["#VALUE!", "#VALUE!", "count", { state: "error_value", raw: "#VALUE!" }],
    ["#DIV/0!", "#DIV/0!", "count", { state: "error_value", raw: "#DIV/0!" }],
    ["a formula without its result", "=SUM(D5:I5)", "count", { state: "formula", raw: "=SUM(D5:I5)" }],
    ["other text", "见附件", "count", { state: "text", raw: "见附件" }],
    ["a boolean", true, "count", { state: "text", raw: "true" }],
    ["NaN", NaN, "count", { state: "text", raw: "NaN" }],
  ];
  test.each(cases)("%s", (_name, raw, kind, expected) => {
    expect(parseCellInput(raw, kind)).toEqual(expected);
  });

  test("only the ok state gives a number for sums", () => {
    expect(validNumber(parseCellInput(7, "count"))).toBe(7);
    expect(validNumber(parseCellInput("7", "count"))).toBeUndefined();
    expect(validNumber(parseCellInput("７", "count"))).toBeUndefined();
    expect(validNumber(parseCellInput(null, "count"))).toBeUndefined();
  });

  test("toHalfWidth converts digits, point and minus only", () => {
    expect(toHalfWidth("１２．５件－")).toBe("12.5件-");
  });
});
