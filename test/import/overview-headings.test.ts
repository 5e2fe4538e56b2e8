/**
 * 一、总体情况's sub-items read from real page texts (平潭 2020, 2021, 2024): headings matched to the format's
 * sub-items by meaning (`平台载体建设方面`, `信息公开平台建设方面`, `围绕工作重点，扎实推进主动公开`), headings run
 * into their body cut after their last word, other headings kept as added sub-items numbered on, page furniture
 * (`附件下载`) dropped. Expected first and last characters read by hand from the fixtures.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { FORMAT_2021 } from "../../src/format";
import { importDocument, type ImportedReport } from "../../src/import";
import { splitOverview } from "../../src/import/overview";
import { dropPageChrome } from "../../src/import/page-chrome";
import { buildReportDocument, runsText } from "../../src/narrative";
import { checkReport } from "../../src/rules";
import { REPORT_FIXTURES } from "../support/shared";

async function imported(name: string): Promise<ImportedReport> {
  const outcome = await importDocument(new Uint8Array(readFileSync(path.join(REPORT_FIXTURES, `${name}.source.txt`))));
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.report;
}

/** A text's first and last `n` characters. */
const ends = (s: string, n = 6) => [s.slice(0, n), s.slice(-n)];

test("pingtan-2021: （四）平台载体建设方面 is 政府信息公开平台建设; every sub-item's text begins and ends where the page's does", async () => {
  const { data } = await imported("pingtan-2021");
  expect(ends(data.text.overviewIntro)).toEqual(["2021年，", "型政府建设。"]);
  expect(ends(data.text.overview.proactive_disclosure)).toEqual(["按照“公开为", "件进行解读。"]);
  expect(ends(data.text.overview.disclosure_on_request)).toEqual(["我区高度重视", "度继续办理。"]);
  expect(ends(data.text.overview.information_management)).toEqual(["一是加强组织", "动上网发布。"]);
  expect(ends(data.text.overview.platform)).toEqual(["按照《国务院", "位进行整改。"]);
  expect(ends(data.text.overview.supervision)).toEqual(["常态化开展督", "务公开质效。"]);
  expect(data.text.overviewExtra).toEqual([]);
  // 六 ends with its sentence: the page's 附件下载 link is not the agency's text.
  expect(data.text.otherMatters).toBe("2021年，无收取信息处理费情况。");
});

test("pingtan-2024: （四）信息公开平台建设方面 is 政府信息公开平台建设", async () => {
  const { data } = await imported("pingtan-2024");
  expect(ends(data.text.overview.proactive_disclosure)).toEqual(["有序推进基层", "度和满意度。"]);
  expect(ends(data.text.overview.disclosure_on_request)).toEqual(["规范做好申请", "请218件。"]);
  expect(ends(data.text.overview.information_management)).toEqual(["规范政府信息", "、规范统一。"]);
  expect(ends(data.text.overview.platform)).toEqual(["发挥门户网站", "以关停注销。"]);
  expect(ends(data.text.overview.supervision)).toEqual(["加强政务公开", "稳安全运行。"]);
  expect(data.text.overviewExtra).toEqual([]);
  expect(data.text.otherMatters).toBe("2024年，无收取信息处理费情况。");
});

test("pingtan-2020: headings run into their body end after their last word; the one naming no sub-item is （六）", async () => {
  const { data } = await imported("pingtan-2020");
  expect(ends(data.text.overviewIntro)).toEqual(["2020年，", "介进行公开。"]);
  // （二）围绕工作重点，扎实推进主动公开 / 根据国家、省里…: 主动公开 by its meaning; the agency's heading stays as its
  // first line.
  const proactive = data.text.overview.proactive_disclosure.split("\n");
  expect(proactive[0]).toBe("围绕工作重点，扎实推进主动公开");
  expect(ends(proactive.slice(1).join("\n"))).toEqual(["根据国家、省", "“微阵地”。"]);
  // （一）强化组织协调，着力规范公开工作 / 积极贯彻…: the agency's own sub-item, numbered after the five.
  expect(data.text.overviewExtra.map((x) => x.title)).toEqual(["（六）强化组织协调，着力规范公开工作"]);
  expect(ends(data.text.overviewExtra[0].body)).toEqual(["积极贯彻国家", "开工作要求。"]);
  for (const k of ["disclosure_on_request", "information_management", "platform", "supervision"] as const) expect(data.text.overview[k]).toBe("");
  expect(data.text.otherMatters).toBe("无其他需要报告的事项");
});

test.each(["pingtan-2020", "pingtan-2021", "pingtan-2024"])("%s: the report prints each sub-item heading once, numbered in order, and no gap where the page had text", async (name) => {
  const r = await imported(name);
  const doc = buildReportDocument(r.data, checkReport(r.read));
  const headings = doc.blocks.filter((b) => b.type === "heading" && b.level === 2).map((b) => (b.type === "heading" ? b.text : ""));
  expect(new Set(headings).size).toBe(headings.length);
  const numerals = headings.map((h) => /^（(.)）/.exec(h)?.[1]);
  expect(numerals).toEqual([..."一二三四五六七"].slice(0, headings.length));
  const text = doc.blocks.map((b) => (b.type === "paragraph" ? runsText(b.runs) : "")).join("\n");
  const gaps = text.match(/【[^】]*未填写】/g) ?? [];
  // Only what the page lacks is a gap: cells of 表二 whose digits run together (无法确定) and, in 2020, （四）（五）.
  expect(gaps.filter((g) => !g.startsWith("【表二 "))).toEqual(
    name === "pingtan-2020" ? ["【（四）政府信息公开平台建设 未填写】", "【（五）监督保障 未填写】"] : [],
  );
  expect(text).not.toContain("附件下载");
});

describe("splitOverview", () => {
  const split = (body: string) => splitOverview(body, 0, body.length, FORMAT_2021);

  test("a heading wrapped onto the next line is joined: （四）政府信息公开平台 / 建设", () => {
    const o = split("（一）主动公开\n全年公开信息10条。\n（二）依申请公开\n未收到申请。\n（三）政府信息管理\n制发文件1件。\n（四）政府信息公开平台\n建设\n网站运行平稳。");
    expect(o.items.platform).toEqual(["网站运行平稳。"]);
    expect(o.extra).toEqual([]);
  });

  test("the same sub-item named twice: the second is an added sub-item, not a second body", () => {
    const o = split("（一）主动公开方面。公开10条。（二）主动公开工作的其他情况。另有2条。");
    expect(o.items.proactive_disclosure).toEqual(["公开10条。"]);
    expect(o.extra).toEqual([{ title: "（六）主动公开工作的其他情况", body: ["另有2条。"] }]);
  });

  test("a heading naming two sub-items is the agency's own", () => {
    const o = split("（一）主动公开和依申请公开。两项工作均按期完成。");
    expect(o.items).toEqual({});
    expect(o.extra[0].title).toBe("（六）主动公开和依申请公开");
  });

  test("a heading ended by its full stop is the whole title; one run into its body with no heading word keeps all as body", () => {
    expect(split("（一）本年度按时完成各项任务。").extra).toEqual([{ title: "（六）本年度按时完成各项任务", body: [] }]);
    const o = split("（一）全年按时完成各项任务并及时向社会发布有关信息共计十条，另有两条转办");
    expect(o.extra).toEqual([{ title: "（六）", body: ["全年按时完成各项任务并及时向社会发布有关信息共计十条，另有两条转办"] }]);
  });
});

describe("dropPageChrome", () => {
  test("controls standing alone at the start or end go; the same words inside a sentence stay", () => {
    expect(dropPageChrome(["【字体：大 中 小】", "正文第一段。", "正文第二段。 附件下载"])).toEqual(["正文第一段。", "正文第二段。"]);
    expect(dropPageChrome(["正文。", "打印本页 关闭窗口"])).toEqual(["正文。"]);
    expect(dropPageChrome(["正文。", "【打印本页】【关闭窗口】"])).toEqual(["正文。"]);
    expect(dropPageChrome(["请在网站附件下载专区查阅。"])).toEqual(["请在网站附件下载专区查阅。"]);
    expect(dropPageChrome(["无。 附件下载说明见附件"])).toEqual(["无。 附件下载说明见附件"]);
  });
});
