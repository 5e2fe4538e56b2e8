/**
 * Parsing hand-edited JSON: empty files, the line and column of the first error (counted by hand in each text), hints
 * for the usual slips, and agreement with JSON.parse on what is valid.
 */
import fc from "fast-check";
import { findJsonSyntaxProblem, JsonTextError, parseJsonText } from "../../src/import/json-text";

const reason = (text: string) => {
  try {
    parseJsonText(text, "a.json");
  } catch (e) {
    if (e instanceof JsonTextError) return e.message;
    throw e;
  }
  return "parsed";
};

test("valid text parses, a byte order mark is ignored", () => {
  expect(parseJsonText('\uFEFF{"year": 2021}', "a.json")).toEqual({ year: 2021 });
});

test("an empty or blank file", () => {
  expect(reason("")).toBe("“a.json”是空文件");
  expect(reason(" \n\r\n\t")).toBe("“a.json”是空文件");
  expect(reason("\uFEFF")).toBe("“a.json”是空文件");
});

test("a text cut short names the last line", () => {
  expect(reason('{\n  "year": 2021,\n  "agency": "x",\n')).toBe(
    "“a.json”不是有效的 JSON：内容在第 4 行提前结束（缺少结尾的 }、] 或 \"，文件可能不完整）",
  );
  expect(reason('{"agency": "平潭')).toBe("“a.json”不是有效的 JSON：内容在第 1 行提前结束（缺少结尾的 }、] 或 \"，文件可能不完整）");
});

test("the first error's line and column, with hints for the usual slips", () => {
  // line 3: `  "table3": { "new": [1,,2] }` — the second comma is column 25
  expect(reason('{\n  "format": "2021",\n  "table3": { "new": [1,,2] }\n}')).toBe(
    "“a.json”不是有效的 JSON：第 3 行第 25 列附近有误：多了一个逗号（…{ \"new\": [1,,2] }）",
  );
  expect(reason('{"a": 1,}')).toBe("“a.json”不是有效的 JSON：第 1 行第 9 列附近有误：最后一项后面多了逗号（{\"a\": 1,}）");
  expect(reason("[1, 2,\n]")).toBe("“a.json”不是有效的 JSON：第 2 行第 1 列附近有误：最后一项后面多了逗号（]）");
  expect(reason("{“a”: 1}")).toBe("“a.json”不是有效的 JSON：第 1 行第 2 列附近有误：引号应为英文双引号 \"（{“a”: 1}）");
  expect(reason('{"a"： 1}')).toBe("“a.json”不是有效的 JSON：第 1 行第 5 列附近有误：“：”是中文标点，应为英文标点（{\"a\"： 1}）");
  expect(reason("{'a': 1}")).toBe("“a.json”不是有效的 JSON：第 1 行第 2 列附近有误：文字应放在英文双引号 \" 中，不能用单引号（{'a': 1}）");
  expect(reason('{\n  // 年度\n  "year": 2021\n}')).toBe("“a.json”不是有效的 JSON：第 2 行第 3 列附近有误：JSON 中不能写注释（// 年度）");
  expect(reason('{"a" 1}')).toBe("“a.json”不是有效的 JSON：第 1 行第 6 列附近有误：名称后面缺少冒号 :（{\"a\" 1}）");
  expect(reason('{"a": 1\n "b": 2}')).toBe("“a.json”不是有效的 JSON：第 2 行第 2 列附近有误：前面缺少逗号（\"b\": 2}）");
  expect(reason('{"path": "C:\\Users"}')).toBe("“a.json”不是有效的 JSON：第 1 行第 13 列附近有误：引号内的反斜杠 \\ 应写作 \\\\（{\"path\": \"C:\\Users\"}）");
  expect(reason('{"a": "一\n二"}')).toBe("“a.json”不是有效的 JSON：第 1 行第 9 列附近有误：引号内的文字不能直接换行（换行应写作 \\n）（{\"a\": \"一）");
  expect(reason('{"a": 1} x')).toBe("“a.json”不是有效的 JSON：第 1 行第 10 列附近有误（{\"a\": 1} x）");
});

test("a long line is quoted around the error only", () => {
  // 0–11 `{"agency": "`, 12–81 the name, then `", "year": 2021,` to index 97: the second comma is index 98, column 99;
  // the quote runs 12 characters either side of it
  const line = `{"agency": "${"很长的机关名称".repeat(10)}", "year": 2021,, "x": "${"长".repeat(30)}"}`;
  expect(reason(line)).toBe('“a.json”不是有效的 JSON：第 1 行第 99 列附近有误：多了一个逗号（…year": 2021,, "x": "长长长长…）');
});

test("the scanner agrees with JSON.parse on what is valid", () => {
  const valid = (s: string) => {
    try {
      JSON.parse(s);
      return true;
    } catch {
      return false;
    }
  };
  const jsonish = fc.oneof(
    fc.json(),
    fc.json().map((s) => s.replace(/,/, ",,")),
    fc.json().map((s) => s.slice(0, Math.floor(s.length / 2))),
    fc.string({ unit: fc.constantFrom("{", "}", "[", "]", ",", ":", '"', "1", "-", ".", "e", "t", "n", " ", "\\", "u", "a") }),
  );
  fc.assert(
    fc.property(jsonish, (s) => (findJsonSyntaxProblem(s) === undefined) === valid(s)),
    { numRuns: 3000 },
  );
});
