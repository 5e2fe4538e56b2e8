/**
 * The fast workbook reader (src/workbook/xlsx-fast.ts) against the exceljs path it stands in for: on every .xlsx
 * fixture and on generated workbooks — random valid and invalid reports written by the .xlsx adapter, with every
 * kind of bad input and structure change, and their XML rewritten the way other programs write it — it gives the
 * same blocks, hence the same report data and findings; on anything it does not fully understand it declines, and
 * the file is read through exceljs with the same outcome as before.
 */
import { readdirSync, readFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readNamedFast } from "../../src/workbook/xlsx-fast";
import { XlsxReadError, XlsxWorkbook } from "../../src/workbook/xlsx";
import { insertReport, readReport, readReportFromNamed, reportSet } from "../../src/workbook/layout";
import { reportFromJson } from "../../src/report";
import { checkReport } from "../../src/rules";
import { loadReport } from "../../src/cli/load";
import type { NamedRead } from "../../src/workbook/port";
import { fixturePath } from "../support/shared";
import { storeLocation } from "../../src/workbook/stored";

/** The names the CLI reads: the report set's and the store of last year's report (read in pieces by `storedText`). */
const NAMES = [...reportSet().names, storeLocation("previous").name];

/** What the exceljs path reads, or its Chinese error. */
async function slowRead(bytes: Uint8Array): Promise<Record<string, NamedRead | null> | { error: string }> {
  try {
    const port = await XlsxWorkbook.fromBuffer(bytes, "文件", { names: NAMES });
    return await port.readNamed(NAMES);
  } catch (e) {
    if (e instanceof XlsxReadError) return { error: e.message };
    throw e;
  }
}

/**
 * Read with both paths: when the fast reader reads the file, its blocks, report data and findings must equal the
 * exceljs path's. Returns whether the fast reader read it.
 */
async function expectSame(bytes: Uint8Array, label: string): Promise<boolean> {
  const fast = readNamedFast(bytes, NAMES);
  if (!fast.ok) return false;
  const slow = await slowRead(bytes);
  expect({ label, reads: fast.reads }).toEqual({ label, reads: slow });
  const a = readReportFromNamed(fast.reads);
  const b = readReportFromNamed(slow as Record<string, NamedRead | null>);
  expect(a.data).toEqual(b.data);
  expect(checkReport(a)).toEqual(checkReport(b));
  return true;
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const baseJson = () => JSON.parse(readFileSync(fixturePath("pingtan-2021"), "utf8")) as Record<string, unknown>;

/** The bad inputs a filer types into a count cell, as exceljs cell values. */
const BAD_VALUES: unknown[] = [
  null,
  "/",
  "12件",
  "１２",
  -3,
  2.5,
  0,
  "",
  " 7 ",
  "a&b<c>",
  "第一行\n第二行",
  true,
  { error: "#REF!" },
  { error: "#DIV/0!" },
  { formula: "SUM(D5:E5)", result: 7 },
  { formula: "D5-D5", result: 0 },
  { formula: "D5+1" },
  { formula: '"1"&"2"', result: "12" },
  { formula: "1/0", result: { error: "#DIV/0!" } },
  { richText: [{ text: "1" }, { text: "2件", font: { bold: true } }] },
  new Date(Date.UTC(2024, 0, 15)),
  new Date(Date.UTC(2024, 0, 15, 9, 30, 0)),
];

/** A report workbook written by the .xlsx adapter with random figures, bad inputs and structure changes. */
async function randomWorkbook(seed: number): Promise<Buffer> {
  const next = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
  const json = baseJson();
  json.agency = pick(["县第一单位", "某县人民政府办公室", "城关镇人民政府", "A&B <局>"]);
  const port = XlsxWorkbook.create();
  await insertReport(port, reportFromJson(json));
  const read = await readReport(port);
  const cells = Object.values(read.cells);
  for (let n = Math.floor(next() * 12); n > 0; n--) {
    const at = pick(cells);
    const cell = port.worksheet(at.sheet).getCell(at.row + 1, at.col + 1);
    cell.value = pick(BAD_VALUES) as never;
    if (next() < 0.2) cell.numFmt = pick(["yyyy-mm-dd", "0.00", "@", 'yyyy"年"m"月"', "[$-804]General"]);
  }
  for (let n = Math.floor(next() * 4); n > 0; n--) {
    const at = pick(cells);
    port.worksheet(at.sheet).getCell(at.row + 1, at.col + 1).value = Math.floor(next() * 1000);
  }
  if (next() < 0.3) {
    const info = read.infoCells;
    const year = info.year;
    if (year) port.worksheet(year.sheet).getCell(year.row + 1, year.col + 1).value = pick(["2024年", "２０２４", 2024.5, null, "二〇二四"]) as never;
    const date = info.publishDate;
    if (date) port.worksheet(date.sheet).getCell(date.row + 1, date.col + 1).value = pick([new Date(Date.UTC(2025, 0, 20)), 45678, "2025年1月20日"]) as never;
  }
  const ws = port.worksheet("统计表");
  if (next() < 0.2) {
    const r = 20 + Math.floor(next() * 20);
    const c = 4 + Math.floor(next() * 4);
    try {
      ws.mergeCells(r, c, r + 1, c + 1);
    } catch {
      // overlaps a header merge: the workbook stays as it was
    }
  }
  if (next() < 0.3) {
    // Last year's report kept in the workbook: a long text, in pieces of 8,000 characters on a veryHidden sheet.
    const text = JSON.stringify({ note: "上年报告 & <附注>\n", body: "政府信息公开".repeat(1500 + Math.floor(next() * 2000)) });
    await port.apply([{ op: "store", key: "previous", text }]);
  }
  if (next() < 0.1) ws.spliceRows(22 + Math.floor(next() * 10), 1);
  if (next() < 0.1) ws.name = "统计表（改）";
  if (next() < 0.1) port.worksheet("报告信息").name = "Sheet2";
  if (next() < 0.1) {
    const model = port.workbook.definedNames.model.filter((d) => d.name !== pick(NAMES));
    port.workbook.definedNames.model = model;
  }
  return port.toBuffer();
}

/** Rewrite parts of an .xlsx package (each given part's text through `edit`). */
function rewrite(bytes: Uint8Array, edits: Record<string, (xml: string) => string>): Buffer {
  const parts = unzipSync(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    const before = strFromU8(parts[name]);
    const after = edit(before);
    if (after === before) throw new Error(`the edit of ${name} changed nothing`);
    parts[name] = strToU8(after);
  }
  return Buffer.from(zipSync(parts, { level: 6 }));
}

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The shared strings of a package, as their `<si>` elements. */
function sharedStrings(bytes: Uint8Array): string[] {
  return [...strFromU8(unzipSync(bytes)["xl/sharedStrings.xml"]).matchAll(/<si>[\s\S]*?<\/si>/g)].map((m) => m[0]);
}

/** Ways other programs write the same workbook: each turns an adapter-written package into a variant. */
const VARIANTS: Record<string, (bytes: Buffer) => Buffer> = {
  "inline strings": (bytes) => {
    const sst = sharedStrings(bytes);
    return rewrite(bytes, {
      "xl/worksheets/sheet1.xml": (xml) =>
        xml.replace(/<c r="([A-Z]+\d+)"( s="\d+")? t="s"><v>(\d+)<\/v><\/c>/g, (_m, r: string, s = "", i: string) => {
          const inner = /<t[^>]*>([\s\S]*?)<\/t>/.exec(sst[Number(i)])?.[1] ?? "";
          return `<c r="${r}"${s} t="inlineStr"><is><t>${inner}</t></is></c>`;
        }),
    });
  },
  "inline rich text and phonetic runs in shared strings": (bytes) =>
    rewrite(bytes, {
      "xl/worksheets/sheet1.xml": (xml) => xml.replace(/<c r="D24"( s="\d+")?[^>]*?(?:\/>|>[\s\S]*?<\/c>)/, '<c r="D24"$1 t="inlineStr"><is><r><rPr><b/><sz val="11"/></rPr><t>1</t></r><r><t xml:space="preserve">2 </t></r></is></c>'),
      "xl/sharedStrings.xml": (xml) => xml.replace(/<si><t>([^<]*)<\/t><\/si>/, '<si><r><rPr><b/></rPr><t>$1</t></r><r><t>_x0041_</t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh><phoneticPr fontId="1"/></si>'),
    }),
  "shared formulas with cached results": (bytes) =>
    rewrite(bytes, {
      "xl/worksheets/sheet1.xml": (xml) =>
        xml
          .replace(/<c r="D24"( s="\d+")?[^>]*?(?:\/>|>[\s\S]*?<\/c>)/, '<c r="D24"$1><f t="shared" ref="D24:D26" si="0">E24+1</f><v>5</v></c>')
          .replace(/<c r="D25"( s="\d+")?[^>]*?(?:\/>|>[\s\S]*?<\/c>)/, '<c r="D25"$1><f t="shared" si="0"/><v>0</v></c>')
          .replace(/<c r="D26"( s="\d+")?[^>]*?(?:\/>|>[\s\S]*?<\/c>)/, '<c r="D26"$1 t="str"><f t="shared" si="0"/><v>a&amp;amp;b</v></c>'),
    }),
  "1904 dates and a custom date format": (bytes) =>
    rewrite(bytes, {
      "xl/workbook.xml": (xml) => xml.replace(/<workbookPr\b/, '<workbookPr date1904="1"'),
      "xl/styles.xml": (xml) =>
        xml
          .replace(/<numFmts count="(\d+)">/, (_m, n: string) => `<numFmts count="${Number(n) + 1}"><numFmt numFmtId="200" formatCode="yyyy\\-mm\\-dd"/>`)
          .replace(/<cellXfs count="(\d+)"><xf numFmtId="0"/, '<cellXfs count="$1"><xf numFmtId="0"')
          .replace(/(<cellXfs count="\d+">(?:<xf [^>]*(?:\/>|>[\s\S]*?<\/xf>)){3})<xf numFmtId="\d+"/, '$1<xf numFmtId="200"'),
    }),
  "print area, filter and unquoted sheet names": (bytes) =>
    rewrite(bytes, {
      "xl/workbook.xml": (xml) =>
        xml
          .replace(/&apos;(统计表|报告信息)&apos;!/g, "$1!")
          .replace("</definedNames>", '<definedName name="_xlnm.Print_Area" localSheetId="0">统计表!$A$1:$J$55</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">统计表!$A$20:$J$48</definedName><definedName name="_xlnm.Print_Titles" localSheetId="1">报告信息!$1:$1</definedName></definedNames>'),
    }),
  "character references and values exceljs decodes twice": (bytes) =>
    rewrite(bytes, {
      "xl/sharedStrings.xml": (xml) => xml.replace(/<si><t>([^<]*)<\/t><\/si>/g, (m, t: string) => (t.length > 3 ? `<si><t>&#20013;&#x6587;${t}&amp;lt;</t></si>` : m)),
      "xl/worksheets/sheet1.xml": (xml) => xml.replace(/<c r="E24"( s="\d+")?[^>]*?(?:\/>|>[\s\S]*?<\/c>)/, '<c r="E24"$1 t="str"><v>&amp;lt;1&amp;gt;</v></c>'),
    }),
  "cells without style or value, booleans and errors written bare": (bytes) =>
    rewrite(bytes, {
      "xl/worksheets/sheet1.xml": (xml) =>
        xml
          .replace(/<c r="F24"( s="\d+")?[^>]*?(?:\/>|>[\s\S]*?<\/c>)/, '<c r="F24"/>')
          .replace(/<c r="G24"( s="\d+")?[^>]*?(?:\/>|>[\s\S]*?<\/c>)/, '<c r="G24" s="0"><v>3</v></c>')
          .replace(/<c r="H24"( s="\d+")?[^>]*?(?:\/>|>[\s\S]*?<\/c>)/, '<c r="H24"$1 t="b"><v>1</v></c>')
          .replace(/<c r="I24"( s="\d+")?[^>]*?(?:\/>|>[\s\S]*?<\/c>)/, '<c r="I24"$1 t="e"><v>#N/A</v></c>'),
    }),
};

describe("the fast reader gives what the exceljs path gives", () => {
  test("every .xlsx fixture", async () => {
    const files: string[] = [join(__dirname, "..", "..", "examples", "seed-2021.xlsx")];
    const shared = join(__dirname, "..", "..", "..", "shared", "fixtures");
    const walk = (dir: string) => {
      if (!existsSync(dir)) return;
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith(".xlsx")) files.push(join(dir, e.name));
      }
    };
    walk(shared);
    walk(join(__dirname, ".."));
    let read = 0;
    for (const f of files) if (await expectSame(readFileSync(f), f)) read++;
    // The product's own example is of the plain kind: read without exceljs.
    expect(read).toBeGreaterThanOrEqual(1);
  });

  test("random reports with bad inputs and structure changes, as written and as other programs write them", async () => {
    let read = 0;
    let total = 0;
    const variants = Object.entries(VARIANTS);
    for (let seed = 1; seed <= 40; seed++) {
      const bytes = await randomWorkbook(seed);
      total++;
      if (await expectSame(bytes, `seed ${seed}`)) read++;
      const [name, variant] = variants[seed % variants.length];
      total++;
      if (await expectSame(variant(bytes), `seed ${seed}, ${name}`)) read++;
    }
    // Only the structure changes exceljs itself would read differently (none here) may decline: all are read.
    expect(read).toBe(total);
  });

  test("each variant on its own, on a good report", async () => {
    const port = XlsxWorkbook.create();
    await insertReport(port, reportFromJson(baseJson()));
    const bytes = await port.toBuffer();
    for (const [name, variant] of Object.entries(VARIANTS)) expect([name, await expectSame(variant(bytes), name)]).toEqual([name, true]);
  });
});

test("the variants' cells read as computed by hand (表三 from A21: row 24 is index 3, column D index 3)", async () => {
  const port = XlsxWorkbook.create();
  await insertReport(port, reportFromJson(baseJson()));
  const bytes = await port.toBuffer();
  const row24 = (variant: string) => {
    const fast = readNamedFast(VARIANTS[variant](bytes), NAMES);
    if (!fast.ok) throw new Error(fast.why);
    return fast.reads.NB_TABLE3!.values;
  };
  expect(row24("inline rich text and phonetic runs in shared strings")[3][3]).toBe("12 ");
  const shared = row24("shared formulas with cached results");
  expect([shared[3][3], shared[4][3], shared[5][3]]).toEqual([5, 0, "a&b"]);
  expect(row24("character references and values exceljs decodes twice")[3][4]).toBe("<1>");
  expect(row24("cells without style or value, booleans and errors written bare")[3].slice(5, 9)).toEqual([null, 3, true, "#N/A"]);
});

describe("what the fast reader does not fully understand is left to exceljs", () => {
  let good: Buffer;
  let dir: string;
  beforeAll(async () => {
    const port = XlsxWorkbook.create();
    await insertReport(port, reportFromJson(baseJson()));
    good = await port.toBuffer();
    dir = mkdtempSync(join(tmpdir(), "nianbao-fast-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const replaceCell = (ref: string, xml: string) => (sheet: string) => sheet.replace(new RegExp(`<c r="${ref}"( s="\\d+")?[^>]*?(?:/>|>[\\s\\S]*?</c>)`), xml);
  const CASES: Record<string, () => Buffer> = {
    "overlapping merged areas": () => rewrite(good, { "xl/worksheets/sheet1.xml": (x) => x.replace("</mergeCells>", '<mergeCell ref="D24:E25"/><mergeCell ref="E25:F26"/></mergeCells>') }),
    "a shared formula without a cached result": () =>
      rewrite(good, {
        "xl/worksheets/sheet1.xml": (x) => replaceCell("D25", '<c r="D25"><f t="shared" si="0"/></c>')(replaceCell("D24", '<c r="D24"><f t="shared" ref="D24:D25" si="0">E24+1</f><v>1</v></c>')(x)),
      }),
    "a comment in a row": () => rewrite(good, { "xl/worksheets/sheet1.xml": (x) => x.replace('<c r="D24"', '<!-- x --><c r="D24"') }),
    "CDATA in a shared string": () => rewrite(good, { "xl/sharedStrings.xml": (x) => x.replace(/<si><t>[^<]*<\/t><\/si>/, "<si><t><![CDATA[1]]></t></si>") }),
    "a carriage return in a text": () => rewrite(good, { "xl/sharedStrings.xml": (x) => x.replace(/<si><t>([^<]*)<\/t><\/si>/, "<si><t>$1\r\n</t></si>") }),
    "an inline string with phonetic text": () => rewrite(good, { "xl/worksheets/sheet1.xml": replaceCell("D24", '<c r="D24" t="inlineStr"><is><t>1</t><rPh sb="0" eb="1"><t>イチ</t></rPh></is></c>') }),
    "a report name given twice": () => rewrite(good, { "xl/workbook.xml": (x) => x.replace("</definedNames>", "<definedName name=\"nb_table2\">&apos;统计表&apos;!$C$5:$F$18</definedName></definedNames>") }),
    "a report name pointing to #REF!": () => rewrite(good, { "xl/workbook.xml": (x) => x.replace(/(<definedName name="NB_TABLE4">)[^<]*/, "$1&apos;统计表&apos;!#REF!") }),
    "a sheet name exceljs would shorten": () =>
      rewrite(good, {
        "xl/workbook.xml": (x) => x.replace(/报告信息/g, "报告信息报告信息报告信息报告信息报告信息报告信息报告信息报告信息"),
      }),
    "an archive comment": () => {
      const b = Buffer.from(good);
      b.writeUInt16LE(5, b.length - 2);
      return Buffer.concat([b, Buffer.from("notes")]);
    },
    "a cut-off archive": () => good.subarray(0, good.length - 100),
    "a styled cell and no cell formats": () => rewrite(good, { "xl/styles.xml": (x) => x.replace(/<cellXfs[\s\S]*<\/cellXfs>/, "") }),
    "an array formula": () => rewrite(good, { "xl/worksheets/sheet1.xml": replaceCell("D24", '<c r="D24"><f t="array" ref="D24">SUM(E24:F24)</f><v>2</v></c>') }),
    "a shared-string index past the strings": () => rewrite(good, { "xl/worksheets/sheet1.xml": (x) => x.replace(/(<c r="A21"[^>]*t="s"><v>)\d+/, "$19999") }),
  };

  test.each(Object.keys(CASES))("%s: declined, and the file reads as through exceljs", async (name) => {
    const bytes = CASES[name]();
    const fast = readNamedFast(bytes, NAMES);
    expect(fast.ok).toBe(false);
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, bytes);
    const viaLoad = await loadReport(file);
    process.env.NIANBAO_XLSX_FAST = "0";
    try {
      expect(viaLoad).toEqual(await loadReport(file));
    } finally {
      delete process.env.NIANBAO_XLSX_FAST;
    }
  });
});
