/**
 * Round trip: any valid report of either format, written as our Word document, web page and Markdown, imports back
 * to the same report — every cell, the agency, year, contact details, publication date, the 信息处理费 fields and every
 * text field (the sentences the narrative generates and the placeholders for empty text are not read as text).
 */
import { readFileSync } from "fs";
import * as path from "path";
import fc from "fast-check";
import { getFormat, type FormatDef } from "../../src/format";
import { toHtml, toMarkdown } from "../../src/export";
import { toDocx } from "../../src/export/docx";
import { importDocument } from "../../src/import";
import { buildReportDocument } from "../../src/narrative";
import { emptyReport, getValue, reportFromJson, type ReportData } from "../../src/report";
import { checkReport, planComputeTotals } from "../../src/rules";
import { REPORT_FIXTURES } from "../support/shared";

/** Clauses without figures (a figure could be read as a statement about the tables), with characters that need escaping. */
const CLAUSES = [
  "加强组织领导",
  "完善工作机制",
  "规范依申请公开办理流程",
  "做好政策解读和回应关切",
  "落实“先审查、后公开”要求",
  "推进《条例》在基层落实",
  "优化政府网站专栏（试行）",
  "使用*星号*和_下划线_标记",
  "竖线|与[方括号](链接)",
  "<b>尖括号</b>与&amp;符号",
  "反斜杠\\与`反引号`",
  "Email: gov.example@163.com",
];
const sentence = fc.array(fc.constantFrom(...CLAUSES), { minLength: 1, maxLength: 3 }).map((c) => `${c.join("，")}。`);
/** A paragraph; some open with characters Markdown would read as a heading or a list. */
const paragraph = fc
  .tuple(fc.constantFrom("", "#", "- ", "1. ", "> "), fc.array(sentence, { minLength: 1, maxLength: 3 }))
  .map(([lead, s]) => `${lead}${s.join("")}`);
const text = fc.array(paragraph, { minLength: 0, maxLength: 3 }).map((p) => p.join("\n"));

const AGENCIES = ["平潭综合实验区管委会办公室", "三明市沙县区工信与科技局", "淮安市人民政府", "某县自然资源局"];

/** Values for every input cell, made consistent: totals computed, 本年新收 from H3. */
function cellValues(format: FormatDef, seeds: number[]): ReportData["values"] {
  const data = emptyReport(format);
  format.inputCells.forEach((c, i) => {
    const n = seeds[i % seeds.length] + i;
    data.values[c.key] =
      c.kind === "signed_count" ? (n % 41) - 20 : c.kind === "amount" || c.kind === "written_amount" ? (n * 7919) % 1_000_000 / 100 : n % 3 === 0 ? 0 : n % 97;
  });
  const apply = () => {
    for (const ch of planComputeTotals(data).changes) data.values[ch.cell] = ch.to;
  };
  apply();
  const columns = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org"];
  for (const c of columns) {
    const total = getValue(data, `table3.total[${c}]`) as number;
    const forward = getValue(data, `table3.carried_forward[${c}]`) as number;
    const over = Math.min(getValue(data, `table3.carried_over[${c}]`) as number, total + forward);
    data.values[`table3.carried_over[${c}]`] = over;
    data.values[`table3.new[${c}]`] = total + forward - over;
  }
  apply();
  return data.values;
}

const report = fc
  .record({
    format: fc.constantFrom(getFormat("2021"), getFormat("2019")),
    seeds: fc.array(fc.nat({ max: 1000 }), { minLength: 5, maxLength: 5 }),
    agency: fc.constantFrom(...AGENCIES),
    yearOffset: fc.nat({ max: 2 }),
    publish: fc.option(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 28 })), { nil: undefined }),
    intro: text,
    items: fc.array(text, { minLength: 5, maxLength: 5 }),
    extra: fc.option(fc.array(sentence, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    problems: text,
    other: text,
    fees: fc.record({ notices: fc.option(fc.nat({ max: 30 }), { nil: null }), yuan: fc.option(fc.nat({ max: 50000 }), { nil: null }) }),
    contact: fc.boolean(),
  })
  .map((r): ReportData => {
    const data = emptyReport(r.format);
    data.values = cellValues(r.format, r.seeds);
    data.agency = r.agency;
    data.year = (r.format.id === "2019" ? 2019 : 2021) + r.yearOffset;
    if (r.publish) data.publishDate = `${data.year + 1}-${String(r.publish[0]).padStart(2, "0")}-${String(r.publish[1]).padStart(2, "0")}`;
    data.text.overviewIntro = r.intro;
    r.format.overviewItems.forEach((item, i) => (data.text.overview[item.key] = r.items[i]));
    if (r.extra) data.text.overviewExtra = [{ title: "（六）其他工作情况", body: r.extra.join("") }];
    data.text.problems = r.problems;
    data.text.otherMatters = r.other;
    data.processingFees = { noticesIssued: r.fees.notices, collectedYuan: r.fees.yuan };
    if (r.contact) {
      data.contact = { ...data.contact, office: `${r.agency}办公室`, address: "某市某路 1 号", postcode: "350400", phone: "0591-86169000", fax: "0591-86169001", email: "zwgk@example.gov.cn" };
    }
    return data;
  });

/** What must come back: the format, every cell, the report's information and every text field. */
function essentials(data: ReportData): unknown {
  return {
    format: data.format,
    values: Object.fromEntries(getFormat(data.format).inputCells.map((c) => [c.key, getValue(data, c.key)])),
    agency: data.agency,
    year: data.year,
    publishDate: data.publishDate,
    contact: data.contact,
    processingFees: data.processingFees,
    text: data.text,
  };
}

async function outputs(data: ReportData): Promise<[string, Uint8Array][]> {
  const doc = buildReportDocument(data);
  const utf8 = (s: string) => new TextEncoder().encode(s);
  return [
    ["docx", await toDocx(doc)],
    ["html", utf8(toHtml(doc))],
    ["markdown", utf8(toMarkdown(doc))],
  ];
}

async function readBack(bytes: Uint8Array): Promise<ReportData> {
  const o = await importDocument(bytes);
  if (!o.ok) throw new Error(o.reason);
  expect(o.report.undetermined).toEqual([]);
  expect(o.report.deviations).toEqual([]);
  return o.report.data;
}

test("the generator makes valid reports: no 强制 finding of the tables", () => {
  fc.assert(
    fc.property(report, (data) => {
      expect(checkReport(data).filter((f) => /^H[1-4]/.test(f.rule))).toEqual([]);
    }),
    { numRuns: 30 },
  );
});

test("random valid reports of both formats → .docx, HTML, Markdown → import → the same cells, information and text", async () => {
  await fc.assert(
    fc.asyncProperty(report, async (data) => {
      for (const [kind, bytes] of await outputs(data)) {
        expect([kind, essentials(await readBack(bytes))]).toEqual([kind, essentials(data)]);
      }
    }),
    { numRuns: 12 },
  );
});

test.each(["huaian-2024", "pingtan-2024", "pingtan-2021", "pingtan-2020"])("%s's data through our three outputs and back", async (name) => {
  const data = reportFromJson(JSON.parse(readFileSync(path.join(REPORT_FIXTURES, `${name}.data.json`), "utf8")));
  for (const [kind, bytes] of await outputs(data)) {
    expect([kind, essentials(await readBack(bytes))]).toEqual([kind, essentials(data)]);
  }
});
