/**
 * Files that are not a readable report: each gives `{ ok: false }` with a Chinese reason, never an exception and
 * never a half-filled report presented as complete. Random and truncated inputs of each kind never throw.
 */
import { readFileSync } from "fs";
import * as path from "path";
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { importDocument } from "../../src/import";
import { REPORT_FIXTURES, SHARED_DIR } from "../support/shared";
import { encryptedPdf, pdfWithoutText } from "../support/pdf-bytes";

const seedText = readFileSync(path.join(SHARED_DIR, "seeds/000_d71ea51a89262727.txt"), "utf8");
const huaian = new Uint8Array(readFileSync(path.join(REPORT_FIXTURES, "huaian-2024.pdf")));

async function reason(bytes: Uint8Array): Promise<string> {
  const o = await importDocument(bytes);
  if (o.ok) throw new Error("read as a report");
  return o.reason;
}

test.each([
  ["an empty file", new Uint8Array(0), "文件是空的"],
  ["a PDF without a text layer (a scan)", pdfWithoutText(), "没有文字层"],
  ["an encrypted PDF", encryptedPdf(), "已加密"],
  ["a truncated PDF", huaian.slice(0, 2000), "PDF"],
  ["an old .doc renamed .docx", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), "另存为 .docx"],
  ["a zip that is not a Word document", zipSync({ "a.txt": strToU8("hello") }), "不是 .docx"],
  ["a workbook given as a document", zipSync({ "xl/workbook.xml": strToU8("<workbook/>") }), "Excel 工作簿"],
  ["a damaged .docx", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "已损坏"],
  ["a web page with no tables", new TextEncoder().encode("<html><body><p>通知</p></body></html>"), "没有找到"],
  ["text of neither format", new TextEncoder().encode("这是一份会议纪要。\n二、讨论事项\n无"), "没有找到"],
  ["binary bytes", Uint8Array.from([1, 0, 2, 0, 3, 0, 250, 251]), "不是文本文件"],
  ["a UTF-8 byte order mark before bytes that are not UTF-8", Uint8Array.from([0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0x80, 0x80]), "标明是 UTF-8 编码"],
  ["a UTF-16 byte order mark before half a character", Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x41]), "标明是 UTF-16 编码"],
])("%s: a clear message", async (_name, bytes, expected) => {
  expect(await reason(bytes)).toContain(expected);
});

test("two reports in one file are refused, not merged", async () => {
  expect(await reason(new TextEncoder().encode(`${seedText}\n${seedText}`))).toContain("不止一份报告");
});

test("text in GBK (older pages) is decoded", async () => {
  const sample = Uint8Array.from([0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2, 0xb9, 0xab, 0xbf, 0xaa]); // 政府信息公开
  const { decodeText } = await import("../../src/import/text-source");
  expect(decodeText(sample)).toEqual({ text: "政府信息公开", encoding: "gb18030" });
});

describe("fuzz: random and truncated inputs never throw out of the importer", () => {
  const kinds: [string, Uint8Array][] = [
    ["text", new TextEncoder().encode(seedText)],
    ["pdf", huaian],
    ["html", new TextEncoder().encode(`<html><body><table><tr><td>一、本年新收政府信息公开申请数量</td><td>1</td></tr></table></body></html>`)],
    ["docx", zipSync({ "word/document.xml": strToU8(`<w:document><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`) })],
  ];
  test.each(kinds)("%s cut short at random places", async (_kind, bytes) => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length }), async (n) => {
        const o = await importDocument(bytes.slice(0, n));
        expect(typeof o.ok).toBe("boolean");
      }),
      { numRuns: _kind === "pdf" ? 8 : 40 },
    );
  });
  test("random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const o = await importDocument(bytes);
        expect(typeof o.ok).toBe("boolean");
      }),
      { numRuns: 200 },
    );
  });
  test("random text with table labels and digits", async () => {
    const words = ["一、本年新收政府信息公开申请数量", "（七）总计", "规章", "0", "12", "3 4", "\t", "\n", "三、收到和处理政府信息公开申请情况", "/", "—"];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...words), { maxLength: 60 }), async (parts) => {
        const o = await importDocument(new TextEncoder().encode(parts.join("")));
        expect(typeof o.ok).toBe("boolean");
      }),
      { numRuns: 200 },
    );
  });
});
