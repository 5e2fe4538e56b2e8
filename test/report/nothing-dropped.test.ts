/**
 * Nothing in a data file is dropped or changed silently (issue 9, item 4): misspelled and unknown keys, wrong types,
 * duplicate keys, encodings other than UTF-8, numbers that cannot be held exactly; and no advice suggests an invalid
 * value. Expected messages written by hand.
 */
import { FORMAT_2021 } from "../../src/format";
import { readFileSync } from "fs";
import { decodeJsonBytes, JsonTextError, parseJsonText } from "../../src/import/json-text";
import { emptyReport, getValue, readReportJson, ReportDataError, type CellValue } from "../../src/report";
import { nearKey } from "../../src/report/json-keys";
import { checkReport, planComputeTotals } from "../../src/rules";
import { fixturePath } from "../support/shared";

const pingtan = () => JSON.parse(readFileSync(fixturePath("pingtan-2021"), "utf8"));

/** The problems `readReportJson` refuses a parsed file with. */
function refusal(json: unknown): string[] {
  try {
    readReportJson(json);
  } catch (e) {
    if (e instanceof ReportDataError) return e.problems;
    throw e;
  }
  throw new Error("not refused");
}

describe("keys: a slip names the key it was meant to be; an unknown key is never dropped silently", () => {
  test("nearKey: case, separators, one or two edits; none when two are as near", () => {
    expect(nearKey("new_", ["new", "granted"])).toBe("new");
    expect(nearKey("Carried Over", ["carried_over", "carried_forward"])).toBe("carried_over");
    expect(nearKey("agncy", ["agency", "year"])).toBe("agency");
    expect(nearKey("denied_9", ["denied_1", "denied_2"])).toBeUndefined();
    expect(nearKey("zzz", ["agency"])).toBeUndefined();
  });

  test("a misspelled row of 表三 (`new_`) is refused naming it and the row meant", () => {
    const json = pingtan();
    json.table3.new_ = json.table3.new;
    delete json.table3.new;
    expect(refusal(json)).toEqual(["table3 中的“new_”（是否应为“new”？）不是表三的行，未读取"]);
  });

  test("unknown keys inside 表二, 表四, contact, text, processing_fees and 说明 are each named", () => {
    const json = pingtan();
    json.table2.regulations.inforce = 3;
    json.table2.licencing = 1;
    json.table4.reconsideraton = json.table4.reconsideration;
    json.contact = { phone: "0591-1234567", telephone: "x" };
    json.text = { problem: "无" };
    json.processing_fees = { notices: 1 };
    json.explanations = [{ finding: "S3.granted", text: "已说明", note: "x" }];
    expect(refusal(json)).toEqual([
      "table2 中的“licencing”（是否应为“licensing”？）不是2021 年格式表二的行，未读取",
      "table2.regulations 中的“inforce”（是否应为“in_force”？）不是表二这一行的栏目，未读取",
      "table4 中的“reconsideraton”（是否应为“reconsideration”？）不是表四的组，未读取",
      "contact 中的“telephone”不是联系方式的字段，未读取",
      "text 中的“problem”（是否应为“problems”？）不是正文的字段，未读取",
      "processing_fees 中的“notices”不是信息处理费的字段，未读取",
      "explanations[0] 中的“note”不是说明的字段，未读取",
    ]);
  });

  test("a top-level slip is refused; another unknown top-level key is kept and listed as a 提示 finding", () => {
    const slip = pingtan();
    slip.agncy = slip.agency;
    delete slip.agency;
    expect(refusal(slip)).toEqual(["“agncy”（是否应为“agency”？）不是报告数据的字段，未读取"]);
    const kept = pingtan();
    kept.remark = "内部备注";
    const read = readReportJson(kept);
    expect(read.data.extra).toEqual({ remark: "内部备注" });
    const f = checkReport(read).find((x) => x.id === "layout.extra_key");
    expect(f).toMatchObject({ severity: "warning", title: "报告数据有未使用的字段" });
    expect(f!.message).toBe("报告数据中的“remark”不是2021 年格式报告数据的字段：已原样保留，但检查和生成报告都不使用它；如是拼写错误请改正");
  });
});

describe("types: a value of the wrong type is named, never read as blank", () => {
  test("contact fields as numbers, a numeric agency, a text block as a string, a 说明 without its finding", () => {
    const json = pingtan();
    json.agency = 123;
    json.contact = { phone: 59112345678, postcode: 350400 };
    json.text = "见附件";
    json.explanations = [{ text: "已说明" }, "x"];
    expect(refusal(json)).toEqual([
      "报告信息·机关名称（agency）应为文字（用英文双引号括起来），现为数字 123",
      "报告信息·邮编（contact.postcode）应为文字（用英文双引号括起来），现为数字 350400",
      "报告信息·电话（contact.phone）应为文字（用英文双引号括起来），现为数字 59112345678",
      "text 应为对象（用 { } 括起来），现为文字“见附件”",
      "explanations[0].finding 应为所说明问题的编号（如 \"S3.granted\"），现为空",
      "explanations[1] 应为对象（用 { } 括起来），现为文字“x”",
    ]);
  });

  test("a cell holding true or an object is named; text over 32,767 characters is refused", () => {
    const json = pingtan();
    json.table3.new[0] = true;
    json.table2.licensing = "1".repeat(32_768);
    expect(refusal(json)).toEqual([
      "表二 行政许可·本年处理决定数量（table2.licensing）有 32768 个字符，超过 Excel 一个单元格最多 32767 个字符，请删减",
      "表三 一、本年新收·自然人（table3.new[natural_person]）应为数字、null 或文字，现为true",
    ]);
  });
});

describe("the JSON text: duplicates, exactness, encodings", () => {
  test("a key written twice is an error naming its path and both lines", () => {
    const text = '{\n  "format": "2021",\n  "table3": {\n    "new": [1,2,3,4,5,6,7],\n    "new": [0,0,0,0,0,0,0]\n  }\n}';
    expect(() => parseJsonText(text, "a.json")).toThrow(new JsonTextError("“a.json”中“table3.new”写了两次（第 4 行和第 5 行），无法确定用哪一个；请只保留一个"));
  });

  test("`__proto__` is an own key as with JSON.parse, and values are as JSON.parse gives them", () => {
    const text = '{"__proto__": {"x": 1}, "a": [1, -2.5, 1e3, true, null, "s\\u00e9"]}';
    const v = parseJsonText(text, "a.json") as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(v).toEqual(JSON.parse(text));
  });

  test("numbers that cannot be held exactly are kept as written, and become H5 findings naming the cell", () => {
    const json = parseJsonText(
      '{"format": "2021", "year": 2021, "agency": "某局", "table2": {"licensing": 9007199254740993, "penalty": 1234567890123456, "enforcement": 1e400, "fees": 0.1234567890123456}}',
      "a.json",
    );
    const read = readReportJson(json);
    expect(getValue(read.data, "table2.licensing")).toBe("9007199254740993");
    expect(getValue(read.data, "table2.enforcement")).toBe("1e400");
    const h5 = checkReport(read).filter((f) => f.rule === "H5");
    expect(h5.map((f) => [f.cells[0], f.cellState])).toEqual([
      ["table2.licensing", "inexact"],
      ["table2.penalty", "inexact"],
      ["table2.enforcement", "inexact"],
      ["table2.fees", "inexact"],
    ]);
    expect(h5[2].message).toBe(
      "表二 行政强制·本年处理决定数量“1e400”超出能准确保存的范围（最多 15 位有效数字，整数不超过 9007199254740991），保存或求和时会被改变，请核对后重新填写",
    );
  });

  test("encodings: UTF-8 with or without BOM and UTF-16 with BOM are read; GBK and BOM-less UTF-16 refused saying so", () => {
    const text = '{"agency": "某局"}';
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const utf16be = Buffer.from(utf16le.subarray(2)).swap16();
    expect(decodeJsonBytes(Buffer.from(text))).toBe(text);
    expect(decodeJsonBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text);
    expect(decodeJsonBytes(utf16le)).toBe(text);
    expect(decodeJsonBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]))).toBe(text);
    // 某局 in GBK: C4 B3 BE D6.
    const gbk = Buffer.concat([Buffer.from('{"agency": "'), Buffer.from([0xc4, 0xb3, 0xbe, 0xd6]), Buffer.from('"}')]);
    expect(() => decodeJsonBytes(gbk)).toThrow(/^不是 UTF-8 编码（看来是 GBK\/GB18030 编码，即 Windows 记事本的“ANSI”），按 UTF-8 读取会成为乱码；请用记事本等编辑器打开，“另存为”时编码选择 UTF-8 后再试$/);
    expect(() => decodeJsonBytes(Buffer.from(text, "utf16le"))).toThrow(/^看来是 UTF-16 编码，但没有字节顺序标记/);
  });

  test("nesting deeper than any report data is refused, not a stack overflow", () => {
    expect(() => parseJsonText("[".repeat(100_000), "a.json")).toThrow(new JsonTextError("“a.json”嵌套超过 64 层，不是报告数据"));
  });
});

describe("advice never suggests an invalid value", () => {
  function h5(values: Record<string, CellValue>): string[] {
    const d = emptyReport(FORMAT_2021);
    Object.assign(d.values, values);
    return checkReport(d)
      .filter((f) => f.rule === "H5")
      .map((f) => f.message);
  }

  test("３.５ in a count is a decimal, -3 typed as text a negative, 500元 in the 万元 fee a unit to convert", () => {
    expect(h5({ "table2.licensing": "３.５", "table2.penalty": "-3", "table2.enforcement": "-2件", "table2.fees": "500元" })).toEqual([
      "表二 行政许可·本年处理决定数量为 ３.５，件数应为整数",
      "表二 行政处罚·本年处理决定数量为负数 -3，不能小于 0",
      "表二 行政强制·本年处理决定数量为负数 -2件，不能小于 0",
      "表二 行政事业性收费·本年收费金额“500元”的单位是“元”，本栏单位为万元，请换算为万元后只填数字",
    ]);
  });

  test("a fee (万元) kept as text with four decimals is accepted", () => {
    expect(h5({ "table2.fees": "18.8710" })).toEqual([]);
  });

  test("S2: when 废止 exceeds last year's stock plus 制发, no negative value is suggested", () => {
    const prev = emptyReport(FORMAT_2021);
    const cur = emptyReport(FORMAT_2021);
    Object.assign(prev.values, { "table2.regulations.in_force": 2 });
    Object.assign(cur.values, { "table2.regulations.issued": 0, "table2.regulations.repealed": 5, "table2.regulations.in_force": 0 });
    const s2 = checkReport(cur, { previous: prev }).find((f) => f.id === "S2.regulations")!;
    expect(s2.message).toBe(
      "表二 规章本年废止 5 件，多于上年现行有效 2 件与本年制发 0 件之和，现行有效件数无从算起；请核对这三个数（本年废止的应是现行有效的文件），现行有效件数为 0",
    );
    expect(s2.fix).toBeUndefined();
  });

  test("sums beyond 2^53 − 1 are not judged and no total is computed from them", () => {
    const d = emptyReport(FORMAT_2021);
    const big = 9_000_000_000_000_000 / 2 ** 10; // valid counts whose sum over 7 columns stays exact
    expect(Number.isSafeInteger(big * 7)).toBe(true);
    d.values["table3.new[natural_person]"] = Number.MAX_SAFE_INTEGER;
    d.values["table3.new[commercial]"] = Number.MAX_SAFE_INTEGER;
    for (const c of ["research", "social_welfare", "legal_service", "other_org"]) d.values[`table3.new[${c}]`] = 0;
    d.values["table3.new[total]"] = 1;
    const findings = checkReport(d);
    expect(findings.some((f) => f.fix !== undefined && !Number.isSafeInteger(f.fix.value))).toBe(false);
    expect(findings.find((f) => f.id === "H1.new")).toBeUndefined();
    expect(planComputeTotals(d).skipped[0]).toEqual({ cell: "table3.new[total]", reason: "表三 一、本年新收·总计无法计算：各项之和超过 9007199254740991，不能准确计算" });
  });
});
