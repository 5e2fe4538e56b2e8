/**
 * The Word writer against GB/T 9704-2012, read back from the package XML (word/document.xml, the footers, settings).
 *
 * Conversions used below (1 inch = 25.4 mm = 1440 twips; run sizes in half-points):
 *   A4 210 × 297 mm → 11906 × 16838 twips (Word's own A4 figures);
 *   top 37 mm = 37 × 1440 / 25.4 = 2097.6 → 2098; left 28 mm = 1587.4 → 1587;
 *   right 210 − 28 − 156 = 26 mm = 1474.0 → 1474; bottom 297 − 37 − 225 = 35 mm = 1984.3 → 1984;
 *   line pitch: (16838 − 2098 − 1984) / 22 lines = 12756 / 22 = 579.8 → 579 twips (28.95 pt);
 *   28 characters a line: (11906 − 1587 − 1474) / 28 = 315.9 twips a character against 3号 16 pt = 320 twips,
 *     so body runs are condensed by 315.9 − 320 = −4.1 → −5 twips (rounded down so 28 characters still fit);
 *   2号 22 pt → w:sz 44; 3号 16 pt → 32; 4号 14 pt → 28.
 */
import { readFileSync } from "fs";
import { fixturePath } from "../support/shared";
import JSZip from "jszip";
import { reportFromJson, type ReportData } from "../../src/report";
import { buildReportDocument, type ReportDocument } from "../../src/narrative";
import { balancedLines, columnTwips, toDocx } from "../../src/export/docx";

const PINGTAN = fixturePath("pingtan-2021");
const SEED = `${__dirname}/../../examples/seed-2021.json`;

function load(path: string): ReportData {
  return reportFromJson(JSON.parse(readFileSync(path, "utf8")));
}

interface Package {
  document: string;
  settings: string;
  styles: string;
  fontTable: string;
  /** Footer XML by relationship id. */
  footers: Map<string, string>;
}

async function unpack(bytes: Uint8Array): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes);
  const text = (p: string) => zip.file(p)!.async("string");
  const rels = await text("word/_rels/document.xml.rels");
  const footers = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship Id="(rId\d+)" Type="[^"]*\/footer" Target="([^"]+)"\/>/g)) {
    footers.set(m[1], await text(`word/${m[2]}`));
  }
  return {
    document: await text("word/document.xml"),
    settings: await text("word/settings.xml"),
    styles: await text("word/styles.xml"),
    fontTable: await text("word/fontTable.xml"),
    footers,
  };
}

/** The sections of the body: each section's content and its w:sectPr, in order. */
function sections(document: string): { content: string; sectPr: string }[] {
  const out: { content: string; sectPr: string }[] = [];
  const re = /<w:sectPr>.*?<\/w:sectPr>/g;
  let last = 0;
  for (const m of document.matchAll(re)) {
    out.push({ content: document.slice(last, m.index), sectPr: m[0] });
    last = m.index! + m[0].length;
  }
  return out;
}

const attr = (xml: string, el: string, name: string): string | undefined =>
  new RegExp(`<${el}(?=[\\s/>])[^>]*\\s${name}="([^"]*)"`).exec(xml)?.[1];

/** The rows of a table as the text of each w:tc (empty for a merged-over cell). */
function tableRows(tbl: string): { cells: string[]; tcs: string[] }[] {
  return [...tbl.matchAll(/<w:tr\b.*?<\/w:tr>/g)].map((tr) => {
    const tcs = [...tr[0].matchAll(/<w:tc>.*?<\/w:tc>/g)].map((m) => m[0]);
    return { tcs, cells: tcs.map((tc) => [...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")) };
  });
}

function tables(document: string): string[] {
  return [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0]);
}

/** The runs (w:r) whose text contains `text`. */
function runsWith(document: string, text: string): string[] {
  return [...document.matchAll(/<w:r>.*?<\/w:r>/g)].map((m) => m[0]).filter((r) => r.includes(text));
}

describe("toDocx on 平潭综合实验区 2021", () => {
  let pkg: Package;
  let bytes: Uint8Array;
  let doc: ReportDocument;
  beforeAll(async () => {
    doc = buildReportDocument(load(PINGTAN));
    bytes = await toDocx(doc);
    pkg = await unpack(bytes);
  });

  it("returns a zip package (PK header) as a Uint8Array", () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });

  it("is A4 portrait with the GB/T 9704 margins, and tables 3 and 4 alone in landscape sections", () => {
    const secs = sections(pkg.document);
    // portrait text · landscape 表三 · portrait 四 · landscape 表四 · portrait 五, 六 and the signature
    expect(secs.map((s) => attr(s.sectPr, "w:pgSz", "w:orient"))).toEqual([
      "portrait",
      "landscape",
      "portrait",
      "landscape",
      "portrait",
    ]);
    for (const s of secs) {
      const landscape = attr(s.sectPr, "w:pgSz", "w:orient") === "landscape";
      const [w, h] = [attr(s.sectPr, "w:pgSz", "w:w"), attr(s.sectPr, "w:pgSz", "w:h")];
      const margin = (k: string) => attr(s.sectPr, "w:pgMar", k);
      if (landscape) {
        expect([w, h]).toEqual(["16838", "11906"]);
        // The portrait text block turned (225 × 156 mm): top 28 mm, right 37 mm, bottom 26 mm, left 35 mm.
        expect([margin("w:top"), margin("w:right"), margin("w:bottom"), margin("w:left")]).toEqual([
          "1587",
          "2098",
          "1474",
          "1984",
        ]);
      } else {
        expect([w, h]).toEqual(["11906", "16838"]);
        expect([margin("w:top"), margin("w:right"), margin("w:bottom"), margin("w:left")]).toEqual([
          "2098",
          "1474",
          "1984",
          "1587",
        ]);
      }
      expect(s.sectPr).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"\/>/);
    }
    expect(secs[1].content).toContain("勾稽关系");
    expect(secs[3].content).toContain("未经复议直接起诉");
    expect(tables(secs[1].content)).toHaveLength(1);
    expect(tables(secs[3].content)).toHaveLength(1);
    // 表二 stays in the portrait text.
    expect(secs[0].content).toContain("第二十条第（一）项");
  });

  it("sets the title in 2号 方正小标宋简体 and the body in 3号 仿宋_GB2312 with Times New Roman figures", () => {
    const title = runsWith(pkg.document, "2021年政府信息公开工作年度报告");
    expect(title.length).toBeGreaterThan(0);
    expect(title[0]).toContain('<w:sz w:val="44"/>');
    expect(attr(title[0], "w:rFonts", "w:eastAsia")).toBe("方正小标宋简体");
    expect(attr(title[0], "w:rFonts", "w:ascii")).toBe("Times New Roman");

    // The first generated sentence of the narrative (it holds figures).
    const sentence = doc.blocks.flatMap((b) => (b.type === "paragraph" && b.source === "generated" ? b.runs : []))[0];
    expect(sentence.text).toMatch(/\d/);
    const body = runsWith(pkg.document, sentence.text);
    expect(body.length).toBeGreaterThan(0);
    expect(body[0]).toContain('<w:sz w:val="32"/>');
    expect(attr(body[0], "w:rFonts", "w:eastAsia")).toBe("仿宋_GB2312");
    // Condensed by 5 twips a character so 28 fit a 156 mm line (see the header comment).
    expect(body[0]).toContain('<w:spacing w:val="-5"/>');
    expect(attr(body[0], "w:rFonts", "w:ascii")).toBe("Times New Roman");
    expect(attr(body[0], "w:rFonts", "w:hAnsi")).toBe("Times New Roman");

    const h1 = runsWith(pkg.document, "一、总体情况")[0];
    expect(attr(h1, "w:rFonts", "w:eastAsia")).toBe("黑体");
    expect(h1).toContain('<w:sz w:val="32"/>');
    const h2 = runsWith(pkg.document, "（一）主动公开").find((r) => !r.includes("未填写"))!;
    expect(attr(h2, "w:rFonts", "w:eastAsia")).toBe("楷体_GB2312");
    // The fallback names are in the font table.
    expect(pkg.fontTable).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    expect(pkg.fontTable).toMatch(/<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
  });

  it("indents body paragraphs by 2 characters on exact 28.95 pt lines, and Normal is 3号 for the grid", () => {
    const intro = doc.blocks.find((b) => b.type === "paragraph")!;
    const first = intro.type === "paragraph" ? intro.runs[0].text : "";
    const p = [...pkg.document.matchAll(/<w:p>.*?<\/w:p>/g)].map((m) => m[0]).find((x) => x.includes(first))!;
    expect(p).toContain('w:firstLineChars="200"');
    expect(p).toMatch(/<w:spacing [^>]*w:line="579" w:lineRule="exact"\/>/);
    expect(pkg.styles).toMatch(/<w:style w:type="paragraph" w:styleId="Normal"[^>]*>.*?<w:sz w:val="32"\/>.*?<\/w:style>/);
  });

  it("numbers pages — n — in 4号 宋体, odd pages right, even pages left, with even/odd footers on", () => {
    expect(pkg.settings).toContain("<w:evenAndOddHeaders/>");
    for (const s of sections(pkg.document)) {
      const odd = pkg.footers.get(attr(s.sectPr, 'w:footerReference w:type="default"', "r:id")!)!;
      const even = pkg.footers.get(attr(s.sectPr, 'w:footerReference w:type="even"', "r:id")!)!;
      for (const [footer, jc] of [
        [odd, "right"],
        [even, "left"],
      ] as const) {
        expect(attr(footer, "w:jc", "w:val")).toBe(jc);
        const text = [...footer.matchAll(/<w:(?:t|instrText)(?: [^>]*)?>([^<]*)<\/w:(?:t|instrText)>/g)].map((m) => m[1]);
        expect(text.join("").replace(/\s+/g, " ")).toBe("— PAGE —");
        expect(footer).toContain('<w:fldChar w:fldCharType="begin"/>');
        expect(footer).toContain('<w:sz w:val="28"/>');
        expect(attr(footer, "w:rFonts", "w:eastAsia")).toBe("宋体");
        expect(attr(footer, "w:rFonts", "w:ascii")).toBe("宋体");
      }
    }
  });

  it("lays out 表三 with the 勾稽 note over 3 columns and 3 rows, and the values in their cells", () => {
    const t3 = tables(pkg.document).find((t) => t.includes("勾稽关系"))!;
    const rows = tableRows(t3);
    expect(rows).toHaveLength(28); // 3 header rows + 25 data rows
    const note = rows[0].tcs[0];
    expect(note).toContain('<w:gridSpan w:val="3"/>');
    expect(note).toContain('<w:vMerge w:val="restart"/>');
    expect(rows[0].cells[0]).toBe("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    for (const r of [1, 2]) {
      expect(rows[r].tcs[0]).toContain('<w:gridSpan w:val="3"/>');
      expect(rows[r].tcs[0]).toContain('<w:vMerge w:val="continue"/>');
    }
    expect(rows[3].tcs[0]).not.toContain("w:vMerge");
    // 申请人情况 spans the 7 value columns; 法人或其他组织 the 5 organisation columns.
    expect(rows[0].cells[1]).toBe("申请人情况");
    expect(rows[0].tcs[1]).toContain('<w:gridSpan w:val="7"/>');
    expect(rows[1].cells).toEqual(["", "自然人", "法人或其他组织", "总计"]);
    expect(rows[1].tcs[2]).toContain('<w:gridSpan w:val="5"/>');
    expect(rows[2].cells.slice(2, 7)).toEqual(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]);
    // Header cells are bold and centred.
    expect(rows[1].tcs[1]).toContain("<w:b/>");
    expect(rows[1].tcs[1]).toContain('<w:jc w:val="center"/>');
    // The rows of 平潭 2021 (source text): 一 64 0 0 2 0 4 70; （一）予以公开 27 0 0 2 0 1 30; 四 1 0 0 0 0 0 1.
    expect(rows[3].cells).toEqual(["一、本年新收政府信息公开申请数量", "64", "0", "0", "2", "0", "4", "70"]);
    expect(rows[5].cells).toEqual(["三、本年度办理结果", "（一）予以公开", "27", "0", "0", "2", "0", "1", "30"]);
    expect(rows[5].tcs[0]).toContain('<w:vMerge w:val="restart"/>');
    expect(rows[27].cells).toEqual(["四、结转下年度继续办理", "1", "0", "0", "0", "0", "0", "1"]);
    // Header rows repeat on a following page; rows are not split.
    for (const r of [0, 1, 2]) expect(t3.match(/<w:tr>.*?<\/w:tr>/g)![r]).toContain("<w:tblHeader/>");
    // 10 grid columns filling the landscape text width, 225 mm = 16838 − 1984 − 2098 = 12756 twips.
    const grid = [...t3.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(10);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(12756);
    // 五号 text.
    expect(rows[3].tcs[1]).toContain('<w:sz w:val="21"/>');
  });

  it("lays out 表四 with its three header rows and the 15 values", () => {
    const t4 = tables(pkg.document).find((t) => t.includes("未经复议直接起诉"))!;
    const rows = tableRows(t4);
    expect(rows).toHaveLength(4);
    expect(rows[0].cells).toEqual(["行政复议", "行政诉讼"]);
    expect(rows[0].tcs[0]).toContain('<w:gridSpan w:val="5"/>');
    expect(rows[0].tcs[1]).toContain('<w:gridSpan w:val="10"/>');
    // 结果维持 in a cell three characters wide is set as 结果 / 维持.
    expect(rows[1].tcs[0]).toContain('<w:vMerge w:val="restart"/>');
    expect(rows[1].cells[0]).toBe("结果维持");
    expect(rows[1].tcs[0]).toContain("<w:br/>");
    // 平潭 2021: 复议 1 0 2 0 3; 直接起诉 12 0 0 0 12; 复议后起诉 all 0.
    expect(rows[3].cells).toEqual(["1", "0", "2", "0", "3", "12", "0", "0", "0", "12", "0", "0", "0", "0", "0"]);
    const grid = [...t4.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(15);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(12756);
  });

  it("prints 表二 in portrait with the fee as typed (24252.311082, no rounding)", () => {
    const t2 = tables(pkg.document).find((t) => t.includes("第二十条第（一）项"))!;
    const rows = tableRows(t2);
    expect(rows.find((r) => r.cells[0] === "行政规范性文件")!.cells).toEqual(["行政规范性文件", "69", "3", "665"]);
    expect(rows.find((r) => r.cells[0] === "行政许可")!.cells).toEqual(["行政许可", "2293"]);
    const fee = rows.find((r) => r.cells[0] === "行政事业性收费")!;
    expect(fee.cells).toEqual(["行政事业性收费", "24252.311082"]);
    expect(fee.tcs[1]).toContain('<w:gridSpan w:val="3"/>');
    // The portrait text width, 156 mm = 11906 − 1587 − 1474 = 8845 twips.
    const grid = [...t2.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(8845);
  });

  it("marks gaps (sections left empty) bold on yellow, and right-aligns the signature", () => {
    // 平潭's data has no text for the sections, so the document holds gaps such as 【（四）… 未填写】.
    const gaps = doc.blocks.flatMap((b) => ("runs" in b ? b.runs : [])).filter((r) => r.kind === "gap");
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) {
      const runs = runsWith(pkg.document, g.text);
      expect(runs.length).toBeGreaterThan(0);
      for (const r of runs) {
        expect(r).toContain('<w:highlight w:val="yellow"/>');
        expect(r).toContain("<w:b/>");
      }
    }
    const sig = /<w:p>(?:(?!<\/w:p>).)*平潭综合实验区政府信息公开工作领导小组办公室（汇总平潭综合实验区）<\/w:t><\/w:r><\/w:p>/.exec(
      pkg.document,
    );
    expect(sig).not.toBeNull();
    expect(sig![0]).toContain('<w:jc w:val="right"/>');
  });
});

describe("toDocx on the seed report (三明市沙县区工信与科技局 2021)", () => {
  let pkg: Package;
  beforeAll(async () => {
    const data = load(SEED);
    data.publishDate = "2022-01-20";
    pkg = await unpack(await toDocx(buildReportDocument(data)));
  });

  it("prints the check notice in red at the top when 强制 checks fail", () => {
    // The seed leaves 表二 规章 blank, so the document carries a 未通过校验 notice.
    const body = pkg.document.slice(pkg.document.indexOf("<w:body>"));
    const notice = runsWith(body, "未通过校验")[0];
    expect(notice).toBeDefined();
    expect(notice).toContain('<w:color w:val="C00000"/>');
    expect(notice).toContain("<w:b/>");
    // Right after the title and its blank line, before the introduction.
    expect(body.indexOf("未通过校验")).toBeLessThan(body.indexOf("根据《中华人民共和国政府信息公开条例》"));
    expect(body.indexOf("未通过校验")).toBeGreaterThan(body.indexOf("三明市沙县区工信与科技局2021年"));
  });

  it("leaves blank cells blank and keeps the same page layout", () => {
    const t2 = tables(pkg.document).find((t) => t.includes("第二十条第（一）项"))!;
    expect(tableRows(t2).find((r) => r.cells[0] === "规章")!.cells).toEqual(["规章", "", "", ""]);
    expect(tableRows(t2).find((r) => r.cells[0] === "行政处罚")!.cells).toEqual(["行政处罚", "1"]);
    expect(sections(pkg.document).map((s) => attr(s.sectPr, "w:pgSz", "w:orient"))).toEqual([
      "portrait",
      "landscape",
      "portrait",
      "landscape",
      "portrait",
    ]);
  });

  it("ends with the agency and the date, right-aligned", () => {
    const paragraphs = [...pkg.document.matchAll(/<w:p>.*?<\/w:p>/g)].map((m) => m[0]);
    const texts = paragraphs.map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""));
    const last = texts.filter((t) => t !== "").slice(-2);
    expect(last).toEqual(["三明市沙县区工信与科技局", "2022年1月20日"]);
    const lastTwo = paragraphs.filter((_, i) => texts[i] !== "").slice(-2);
    for (const p of lastTwo) expect(p).toContain('<w:jc w:val="right"/>');
  });
});

describe("docx helpers", () => {
  it("splits a width over columns in proportion, summing exactly", () => {
    expect(columnTwips([1, 1, 1], 100)).toEqual([33, 34, 33]);
    expect(columnTwips([22, 16, 16, 16], 8845)).toEqual([2780, 2022, 2021, 2022]);
  });

  it("breaks a header into lines of even length", () => {
    expect(balancedLines("结果维持", 3)).toEqual(["结果", "维持"]);
    expect(balancedLines("社会公益组织", 3)).toEqual(["社会公", "益组织"]);
    expect(balancedLines("总计", 3)).toEqual(["总计"]);
    expect(balancedLines("未经复议直接起诉", 0)).toEqual(["未经复议直接起诉"]);
  });
});
