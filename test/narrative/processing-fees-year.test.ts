/**
 * The 信息处理费 statement in 六 is expected from 2021 reports on (国办函〔2020〕109号, in force 2021-01-01): S9c
 * does not fire for 2019 and 2020 reports and their 六 prints no fee sentence with blank-field gaps.
 */
import { readFileSync } from "fs";
import { expectsProcessingFees, getFormat } from "../../src/format";
import { reportFromJson, type ReportData } from "../../src/report";
import { buildReportDocument, runsText, type Block } from "../../src/narrative";
import { checkReport } from "../../src/rules";
import { fixturePath } from "../support/shared";

const load = (name: string): ReportData => reportFromJson(JSON.parse(readFileSync(fixturePath(name), "utf8")));

/** The paragraphs of section 六, up to the signature (the next paragraph that is not the user's or generated text). */
function section6(data: ReportData): Extract<Block, { type: "paragraph" }>[] {
  const blocks = buildReportDocument(data).blocks;
  const at = blocks.findIndex((b) => b.type === "heading" && b.text === "六、其他需要报告的事项");
  const out: Extract<Block, { type: "paragraph" }>[] = [];
  for (const b of blocks.slice(at + 1)) {
    if (b.type !== "paragraph" || b.source === undefined || (b.source !== "user" && b.source !== "generated")) break;
    out.push(b);
  }
  return out;
}

test("the formats say from which report year: 2021 on, in the 2021 format only", () => {
  expect([2019, 2020].map((y) => expectsProcessingFees(getFormat("2019"), y))).toEqual([false, false]);
  expect([2021, 2024].map((y) => expectsProcessingFees(getFormat("2021"), y))).toEqual([true, true]);
});

test("平潭 2020 (2019 format, no fee fields, 六 blank): no S9c, and 六 has no fee sentence or fee gap", () => {
  const data = load("pingtan-2020");
  expect(checkReport(data).filter((f) => f.rule === "S9c")).toEqual([]);
  const text = section6(data).map((p) => runsText(p.runs)).join("\n");
  expect(text).not.toContain("信息处理费");
  expect(text).not.toContain("收费通知");
});

test("平潭 2021 (same blanks, 2021 format): S9c still fires and 六 opens with the fee sentence", () => {
  const data = load("pingtan-2021");
  expect(checkReport(data).filter((f) => f.rule === "S9c").map((f) => f.fields)).toEqual([["text.otherMatters"]]);
  expect(runsText(section6(data)[0].runs)).toContain("信息处理费");
});

test("平潭 2020 with fee figures entered anyway: 六 prints them (nothing entered is dropped), still no S9c", () => {
  const data = load("pingtan-2020");
  data.processingFees = { noticesIssued: 0, collectedYuan: null };
  expect(checkReport(data).filter((f) => f.rule === "S9c")).toEqual([]);
  expect(runsText(section6(data)[0].runs)).toContain("收费通知");
});
