/**
 * Nothing corrupt: a report holding a character no file can hold (C0 controls, U+FFFE/U+FFFF, lone surrogates) is
 * refused with the field named, before anything is written; every other report, with any Unicode, reads back
 * exactly what was written (data file and workbook), and its Word document is well-formed XML.
 */
import { FORMAT_2021 } from "../../src/format";
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import fc from "fast-check";
import JSZip from "jszip";
import { emptyReport, firstUnwritable, isUnwritable, reportFromJson, reportToJson, unwritableFields, type ReportData } from "../../src/report";
import { buildReportDocument } from "../../src/narrative";
import { toDocx } from "../../src/export/docx";
import { insertReport, readReport } from "../../src/workbook/layout";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/shared";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-unwritable-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

test.each([
  ["某县\uffff局", { position: 3, codePoint: "U+FFFF" }],
  ["\ufffe", { position: 1, codePoint: "U+FFFE" }],
  ["a\u0001b", { position: 2, codePoint: "U+0001" }],
  ["a\ud800", { position: 2, codePoint: "U+D800" }],
  ["😀\tb\r\n", undefined],
  ["\u0085\u202e\u200b", undefined], // legal in XML: the finding rules deal with them, not the writers
])("firstUnwritable(%j)", (text, at) => {
  expect(firstUnwritable(text)).toEqual(at);
});

/** A report with the given agency, 五 and a text typed in 表三 一、本年新收·自然人. */
function report(agency: string, problems: string, cell: string): ReportData {
  const data = emptyReport(FORMAT_2021);
  data.year = 2025;
  data.agency = agency;
  data.text.problems = problems;
  data.values["table3.new[natural_person]"] = cell;
  return data;
}

const anyText = fc.string({ unit: "binary", maxLength: 30 });
const hasUnwritable = (s: string) => [...s].some((ch) => isUnwritable(ch.codePointAt(0)!));

test("property: a report is refused exactly when one of its texts holds an unwritable character, naming that field", () => {
  fc.assert(
    fc.property(anyText, anyText, anyText, (agency, problems, cell) => {
      const fields = unwritableFields(report(agency, problems, cell)).map((f) => f.field);
      const expected = [
        ...(hasUnwritable(agency) ? ["机关名称"] : []),
        ...(hasUnwritable(problems) ? ["五、存在的主要问题及改进情况"] : []),
        ...(hasUnwritable(cell) ? ["表三 一、本年新收·自然人"] : []),
      ];
      expect(fields).toEqual(expected);
    }),
  );
});

/** Any Unicode text without the unwritable characters (any plane, bidi controls, zero-width characters included). */
const writableText = fc.string({ unit: "grapheme-composite", maxLength: 24 }).map((s) => [...s].filter((ch) => !isUnwritable(ch.codePointAt(0)!)).join(""));

test("property: a writable report reads back exactly from its data file and from its workbook", async () => {
  await fc.assert(
    fc.asyncProperty(writableText, writableText, writableText, async (agency, problems, cell) => {
      const data = report(agency, problems, cell);
      const json = reportFromJson(JSON.parse(JSON.stringify(reportToJson(data))));
      expect([json.agency, json.text.problems, json.values["table3.new[natural_person]"]]).toEqual([agency, problems, cell]);
      const port = XlsxWorkbook.create();
      await insertReport(port, data);
      const back = (await readReport(await XlsxWorkbook.fromBuffer(await port.toBuffer()))).data;
      // A blank text cell reads back as blank (null), which is what an empty string means in a cell.
      expect([back.agency, back.text.problems, back.values["table3.new[natural_person]"]]).toEqual([agency, problems, cell.trim() === "" ? null : cell]);
    }),
    { numRuns: 10 },
  );
}, 120_000);

test("property: the Word document of a writable report is well-formed XML holding the agency", async () => {
  const xmllint = existsSync("/usr/bin/xmllint");
  await fc.assert(
    fc.asyncProperty(writableText, async (agency) => {
      const docx = await toDocx(buildReportDocument(report(`${agency}局`, "", ""), []));
      const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
      if (xmllint) {
        const file = join(dir, "document.xml");
        writeFileSync(file, xml);
        execFileSync("/usr/bin/xmllint", ["--noout", file]); // throws on malformed XML
      }
      expect(xml.includes("\uffff")).toBe(false);
    }),
    { numRuns: 6 },
  );
}, 120_000);

describe("the command refuses before writing anything", () => {
  test("report: U+FFFF in the agency and a lone surrogate in 五 → exit 2 naming both, no file written", async () => {
    const json = JSON.parse(readFileSync(fixturePath("pingtan-2021"), "utf8"));
    json.agency = "平潭综合实验区\uffff管委会";
    json.text = { problems: "整改\ud800完成" };
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify(json));
    const out = join(dir, "out");
    const r = await runCli("report", file, "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "无法生成报告：机关名称第 8 个字符是 U+FFFF；五、存在的主要问题及改进情况第 3 个字符是 U+D800：这是不可见的非法字符，Word、Excel 等文件不能保存它；请在原文件中删除后再试\n",
    );
    expect(existsSync(out)).toBe(false);
  });

  test("init --data: text longer than Excel's 32,767 characters for a cell → exit 2 naming the field, no file", async () => {
    const json = JSON.parse(readFileSync(fixturePath("pingtan-2021"), "utf8"));
    json.text = { problems: "问".repeat(40_000) };
    const file = join(dir, "long.json");
    writeFileSync(file, JSON.stringify(json));
    const out = join(dir, "long.xlsx");
    const r = await runCli("init", out, "--data", file);
    expect(r.code).toBe(2);
    // Refused when the data file is read, naming its key (the .xlsx port's own refusal names the cell: xlsx.test.ts).
    expect(r.err).toBe(`无法读取“${file}”：报告数据有误：报告信息·五、存在的主要问题及改进情况（text.problems）有 40000 个字符，超过 Excel 一个单元格最多 32767 个字符，请删减\n`);
    expect(existsSync(out)).toBe(false);
  });
});
