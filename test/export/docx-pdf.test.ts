/**
 * The Word export printed by LibreOffice: page count, landscape pages for 表三 and 表四, portrait text pages; and a
 * 2019-format report (平潭 2020) printed in the 2019 layout. The pages are also rendered to
 * test-output/docx/pingtan-2021-<n>.png and pingtan-2020-<n>.png for a look by eye.
 *
 * Needs `soffice` (libreoffice-writer-nogui) and poppler-utils (pdfinfo, pdftotext, pdftoppm); `npm test` installs them
 * first (bin/test-tools.cjs). Without them the test fails rather than passing unseen.
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { reportFromJson } from "../../src/report";
import { buildReportDocument } from "../../src/narrative";
import { toDocx } from "../../src/export/docx";
import { docxToPdf, hasCommand, pageLines, pageSizes, pageText, renderPages } from "../support/pdf-tools";
import { fixturePath } from "../support/shared";

const OUT = join(__dirname, "../../test-output/docx");

/** A real report's Word export printed by LibreOffice, its pages rendered beside it; returns the PDF's path. */
async function printReport(name: string): Promise<string> {
  for (const tool of ["soffice", "pdfinfo", "pdftotext", "pdftoppm"]) {
    if (!hasCommand(tool)) throw new Error(`${tool} is missing: run \`node bin/test-tools.cjs\` (npm test does)`);
  }
  const data = reportFromJson(JSON.parse(readFileSync(fixturePath(name), "utf8")));
  mkdirSync(OUT, { recursive: true });
  const docx = join(OUT, `${name}.docx`);
  writeFileSync(docx, await toDocx(buildReportDocument(data)));
  const pdf = docxToPdf(docx, OUT);
  renderPages(pdf, OUT, name);
  return pdf;
}

describe("LibreOffice prints the 平潭 2021 Word report", () => {
  let pdf: string;
  let sizes: { width: number; height: number }[];
  beforeAll(async () => {
    pdf = await printReport("pingtan-2021");
    sizes = pageSizes(pdf);
  }, 120_000);

  it("has a plausible number of pages", () => {
    // Five sections, each starting a page: the text up to 三's sentence (title, introduction, 一 with its five
    // sub-items, 二 with 表二), 表三 (landscape), 四's sentence, 表四 (landscape), 五, 六 and the signature. Each of the
    // three text sections is at least one page and the first more than one; LibreOffice printed 8 pages (4 + 1 + 1 +
    // 1 + 1). It cannot draw 16 pt characters in the 15.8 pt grid cells the 28-character line needs (it gives each
    // two cells, where Word narrows them), so its text pages are fuller than Word's; hence the range.
    expect(sizes.length).toBeGreaterThanOrEqual(6);
    expect(sizes.length).toBeLessThanOrEqual(10);
  });

  it("prints every page on A4, the pages of 表三 and 表四 in landscape and the text pages in portrait", () => {
    const A4 = [595.3, 841.9];
    const landscape: number[] = [];
    sizes.forEach((s, i) => {
      const [short, long] = [Math.min(s.width, s.height), Math.max(s.width, s.height)];
      expect(short).toBeCloseTo(A4[0], 0);
      expect(long).toBeCloseTo(A4[1], 0);
      if (s.width > s.height) landscape.push(i + 1);
    });
    const holding = (text: string) =>
      sizes.map((_, i) => i + 1).filter((page) => pageText(pdf, page).includes(text));
    // 表三 fits one landscape page: its 勾稽 note and its last row 四、结转下年度继续办理 are on the same page.
    const table3 = holding("（本列数据的勾稽关系为");
    expect(table3).toHaveLength(1);
    expect(holding("四、结转下年度继续办理")).toEqual(table3);
    // 表四's header rows read 行政复议 行政诉讼 / 未经复议直接起诉 (the sentence of 四 also names 未经复议直接起诉).
    const table4 = holding("行政复议行政诉讼未经复议直接起诉");
    expect(table4).toHaveLength(1);
    expect(landscape).toEqual([table3[0], table4[0]]);
    // The title is on page 1 (portrait), 表二 on a portrait page.
    expect(landscape).not.toContain(1);
    const table2 = holding("第二十条第（一）项");
    expect(table2).toHaveLength(1);
    expect(landscape).not.toContain(table2[0]);
  });

  it("prints the page numbers as — n —", () => {
    // pdftotext gives the number line of every page; spaces are removed.
    sizes.forEach((_, i) => expect(pageText(pdf, i + 1)).toContain(`—${i + 1}—`));
  });
});

describe("LibreOffice prints the 平潭 2020 Word report in the 2019 layout", () => {
  let pdf: string;
  let pages: number[];
  beforeAll(async () => {
    pdf = await printReport("pingtan-2020");
    pages = pageSizes(pdf).map((_, i) => i + 1);
  }, 120_000);

  it("prints 表三 on one landscape page with 23 rows of seven figures, （六）其他处理 a single row", () => {
    const table3 = pages.filter((page) => pageText(pdf, page).includes("（本列数据的勾稽关系为"));
    expect(table3).toHaveLength(1);
    const lines = pageLines(pdf, table3[0]);
    // Every cell of 平潭 2020's 表三 is a figure, so each data row is a line ending in seven numbers.
    const rows = lines.filter((l) => /(\s+\d+){7}\s*$/.test(l));
    expect(rows).toHaveLength(23);
    const other = rows.filter((l) => l.includes("（六）其他处理"));
    expect(other.map((l) => l.trim().split(/\s+/).slice(-7).join(" "))).toEqual(["4 0 0 0 0 0 4"]);
    expect(pageText(pdf, table3[0])).not.toContain("逾期不补正");
  });

  it("prints 表二 with the 2019 blocks: 第二十条第（九）项 政府集中采购 and the headers of report-format.md §4", () => {
    const table2 = pages.filter((page) => pageText(pdf, page).includes("第二十条第（一）项"));
    expect(table2).toHaveLength(1);
    const text = pageText(pdf, table2[0]);
    for (const label of ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "处理决定数量", "第二十条第（九）项", "采购项目数量", "采购总金额", "其他对外管理服务事项"])
      expect(text).toContain(label);
    expect(text).toContain("政府集中采购39573802895.90元");
    expect(text).toContain("行政处罚2648-18538");
    expect(text).not.toContain("本年制发件数");
  });
});
