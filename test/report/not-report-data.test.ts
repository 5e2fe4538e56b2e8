/**
 * JSON that is not report data at all (`{"foo":1}`, a saved `check --json`, a list) was read as an empty report of
 * 2021 format: 202 强制 findings under “（未填写机关名称）”. It is now refused as 不是年报数据文件, saying what it looks
 * like; a report data file with fields missing (only `year`) or a misspelt field stays a report data file.
 */
import { NotReportDataError, readReportJson, ReportDataError } from "../../src/report";

/** The message `readReportJson` throws, or "read" when it reads the value as report data. */
function refusal(json: unknown): string {
  try {
    readReportJson(json);
    return "read";
  } catch (e) {
    if (e instanceof NotReportDataError) return e.message;
    if (e instanceof ReportDataError) return `ReportDataError: ${e.message}`;
    throw e;
  }
}

const LEAD = "不是年报数据文件：没有报告数据的字段（format、year、agency、table2、table3、table4 等），";

describe("readReportJson: not report data", () => {
  test("an object with none of the fields names its fields", () => {
    expect(refusal({ foo: 1 })).toBe(`${LEAD}其中的字段为“foo”`);
    expect(refusal({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 })).toBe(`${LEAD}其中的字段为“a”、“b”、“c”、“d”、“e”、“f” 等 7 个`);
    expect(refusal({})).toBe(`${LEAD}它是一个空的 JSON 对象（{}）`);
  });

  test("our own check --json and import --json outputs are named", () => {
    const check = { document: "nianbao-check", version: 1, checked_at: "2026-01-25 09:30", inputs: ["a.json"], files: [{ number: 1, file: "a.json", status: "passed", findings: [] }] };
    expect(refusal(check)).toBe(`${LEAD}它是 nianbao check --json 输出的检查结果；请检查原来的报告文件，或把检查结果另存到别的文件夹`);
    const imported = { files: [{ file: "a.pdf", kind: "pdf", format: "2021", agency: "某局", year: 2024, readCells: 200, undetermined: [] }] };
    expect(refusal(imported)).toBe(`${LEAD}它是 nianbao import --json 输出的读取结果；报告数据请用 nianbao import -o 写出`);
  });

  test("a list, a number, text and null", () => {
    expect(refusal([1, 2])).toBe(`${LEAD}文件内容是一个 JSON 列表（2 项），不是报告数据对象`);
    expect(refusal(3)).toBe(`${LEAD}文件内容是一个数字，不是报告数据对象`);
    expect(refusal("x")).toBe(`${LEAD}文件内容是一段文字，不是报告数据对象`);
    expect(refusal(null)).toBe(`${LEAD}文件内容是 null，不是报告数据对象`);
  });

  test("a report data file with fields missing or misspelt is still report data", () => {
    expect(refusal({ year: 2024 })).toBe("read");
    expect(refusal({ agency: "某局", foo: 1 })).toBe("read");
    expect(refusal({ agncy: "某局" })).toBe("ReportDataError: “agncy”（是否应为“agency”？）不是报告数据的字段，未读取");
  });
});
