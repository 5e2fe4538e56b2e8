/**
 * Every sentence of the user's own text that S3 (or S6) disputes is printed with a visible mark, not only a figure the
 * generated sentence also states. The breaking input of the user test: pingtan-2024 (表三 本年新收 218, of them 自然人
 * 217) with 一（二） “共收到申请218件，其中自然人200件。” — S3 flagged 自然人200件, the report printed it unmarked.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { toHtml, toMarkdown } from "../../src/export";
import { toDocx } from "../../src/export/docx";
import { buildReportDocument, runsText, type ReportDocument } from "../../src/narrative";
import { reportFromJson, type ReportData } from "../../src/report";
import { checkReport } from "../../src/rules";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/shared";

const MARK = "【上句的200件与表三 一、本年新收·自然人（217件）不一致】";
const SENTENCE = "共收到申请218件，其中自然人200件。";

function pingtan(text: Partial<Record<"disclosure_on_request" | "supervision", string>>, problems = ""): ReportData {
  const d = reportFromJson(JSON.parse(fs.readFileSync(fixturePath("pingtan-2024"), "utf8")));
  Object.assign(d.text.overview, text);
  d.text.problems = problems;
  return d;
}

/** Every paragraph's text, gaps included. */
const paragraphs = (doc: ReportDocument) => doc.blocks.flatMap((b) => (b.type === "paragraph" ? [runsText(b.runs)] : []));

test("the table by hand: 本年新收 218, 自然人 217; S3 disputes 自然人200件", () => {
  const d = pingtan({ disclosure_on_request: SENTENCE });
  expect([d.values["table3.new[total]"], d.values["table3.new[natural_person]"]]).toEqual([218, 217]);
  expect(checkReport(d).filter((f) => f.rule === "S3").map((f) => [f.left, f.right, f.quote?.text])).toEqual([[200, 217, SENTENCE]]);
});

test("一（二）: the sentence is printed once, with the mark after it (the total it also states agrees)", () => {
  const doc = buildReportDocument(pingtan({ disclosure_on_request: SENTENCE }));
  expect(paragraphs(doc).filter((p) => p.includes("自然人200件"))).toEqual([SENTENCE + MARK]);
});

test("a disputed sentence in a sub-item without a generated sentence, and in 五, is marked too", () => {
  const doc = buildReportDocument(pingtan({ supervision: "全年共收到政府信息公开申请210件。" }, "2024年共收到政府信息公开申请219件，仍需改进。一是加强培训。"));
  expect(paragraphs(doc)).toEqual(
    expect.arrayContaining([
      "全年共收到政府信息公开申请210件。【上句的210件与表三 一、本年新收·总计（218件）不一致】",
      "2024年共收到政府信息公开申请219件，仍需改进。【上句的219件与表三 一、本年新收·总计（218件）不一致】一是加强培训。",
    ]),
  );
});

test("a 提示 kept with a 说明 leaves its sentence unmarked (the appendix states it)", () => {
  const d = pingtan({ disclosure_on_request: SENTENCE });
  const id = checkReport(d).find((f) => f.rule === "S3")!.id;
  d.explanations = [{ findingId: id, text: "200件为网上申请。", at: "2025-01-10T09:00:00Z" }];
  const doc = buildReportDocument(d);
  expect(paragraphs(doc).filter((p) => p.startsWith("共收到申请218件"))).toEqual([SENTENCE]);
  expect(paragraphs(doc).filter((p) => p.includes("说明：200件为网上申请。"))).toHaveLength(1);
});

test("the mark is visible in the Word document (bold on yellow), the HTML (mark) and the Markdown (bold)", async () => {
  const doc = buildReportDocument(pingtan({ disclosure_on_request: SENTENCE }));
  expect(toHtml(doc)).toContain(`自然人200件。<mark class="gap">${MARK}</mark>`);
  expect(toMarkdown(doc)).toContain(`自然人200件。【**${MARK.slice(1, -1)}**】`);
  const zip = await JSZip.loadAsync(await toDocx(doc));
  const xml = await zip.file("word/document.xml")!.async("string");
  const runs = [...xml.matchAll(/<w:r>.*?<\/w:r>/g)].map((m) => m[0]).filter((r) => r.includes(MARK));
  expect(runs.length).toBe(1);
  expect(runs[0]).toContain('<w:highlight w:val="yellow"/>');
  expect(runs[0]).toContain("<w:b/>");
});

test("nianbao report -o on the data file: report.md, report.html and report.docx all carry the mark", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-marked-"));
  const input = path.join(dir, "pingtan.json");
  const json = JSON.parse(fs.readFileSync(fixturePath("pingtan-2024"), "utf8"));
  fs.writeFileSync(input, JSON.stringify({ ...json, text: { overview: { disclosure_on_request: SENTENCE } } }));
  const out = path.join(dir, "out");
  const r = await runCli("report", input, "-o", out);
  expect(r.code).toBe(0);
  expect(fs.readFileSync(path.join(out, "report.md"), "utf8")).toContain(`${SENTENCE}【**${MARK.slice(1, -1)}**】`);
  expect(fs.readFileSync(path.join(out, "report.html"), "utf8")).toContain(`<mark class="gap">${MARK}</mark>`);
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(out, "report.docx")));
  expect(await zip.file("word/document.xml")!.async("string")).toContain(MARK);
  fs.rmSync(dir, { recursive: true });
});

test("S6: “行政复议均获维持” above pingtan-2024's 表四 (维持 2, 纠正 1, 其他 3, 尚未审结 1) is marked with the cells that deny it", () => {
  const sentence = "因政府信息公开申请引发的行政复议均获维持。";
  const d = pingtan({ disclosure_on_request: sentence });
  expect(checkReport(d).filter((f) => f.rule === "S6").map((f) => f.quote?.text)).toEqual([sentence]);
  const doc = buildReportDocument(d);
  const printed = paragraphs(doc).filter((p) => p.startsWith(sentence));
  expect(printed).toHaveLength(1);
  expect(printed[0].slice(sentence.length)).toMatch(/^【上句与表格不一致：.*纠正为1件、.*其他结果为3件、.*尚未审结为1件】$/);
});
