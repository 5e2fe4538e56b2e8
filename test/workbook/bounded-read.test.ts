/**
 * Reading only the named blocks of a workbook, within limits (src/workbook/xlsx-extract.ts): the blocks read exactly
 * as a full load reads them, every limit stops the read with a Chinese reason, and through the command a huge
 * workbook and zip bombs in one folder each get their outcome, the batch goes on, and the process stays under 500 MB.
 */
import { spawnSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { XlsxReadError, XlsxWorkbook } from "../../src/workbook/xlsx";
import { XLSX_LIMITS, reduceXlsx, type XlsxLimits } from "../../src/workbook/xlsx-extract";
import { readReport, reportSet } from "../../src/workbook/layout";
import { hugeWorkbook, zipBomb } from "../support/hostile-xlsx";

const ROOT = join(__dirname, "../..");
const SEED_XLSX = join(ROOT, "examples/seed-2021.xlsx");
const NAMES = reportSet().names;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-bounded-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A workbook with one named block B5:G8 holding every kind of cell, and cells all around it. */
async function kindsWorkbook(): Promise<Buffer> {
  const wb = XlsxWorkbook.create();
  await wb.apply([{ op: "addSheet", sheet: "表" }, { op: "addSheet", sheet: "别的" }]);
  const ws = wb.worksheet("表");
  for (let r = 1; r <= 30; r++) for (let c = 1; c <= 12; c++) ws.getCell(r, c).value = `外${r}-${c}`;
  ws.getCell("B5").value = { formula: "1+1", result: 2 };
  ws.getCell("C5").value = { error: "#REF!" } as never;
  ws.getCell("D5").value = { richText: [{ text: "12" }, { text: "件", font: { bold: true } }] };
  ws.getCell("E5").value = new Date(Date.UTC(2022, 1, 8));
  ws.getCell("D7").value = { text: "门户网站", hyperlink: "https://www.pingtan.gov.cn" };
  ws.getCell("G8").value = true;
  ws.getCell("B6").value = "共享字符串";
  ws.getCell("C6").value = 12.3456;
  ws.getCell("D6").value = null;
  ws.getCell("E6").value = { formula: "SUM(B1:B2)" } as never; // no cached result
  // A shared formula whose master (H2) is above the block; the block's cells have no cached result.
  ws.getCell("H2").value = { formula: "A2*2", shareType: "shared", ref: "H2:H8" } as never;
  for (let r = 3; r <= 8; r++) ws.getCell(`H${r}`).value = { sharedFormula: "H2" } as never;
  ws.mergeCells("B7:C8"); // merged inside the block
  ws.mergeCells("F1:G7"); // a merge reaching into the block from above
  wb.worksheet("别的").getCell("A1").value = "另一张表";
  await wb.apply([{ op: "name", name: "NB_X", range: { sheet: "表", row: 4, col: 1, rows: 4, cols: 7 } }]);
  return wb.toBuffer();
}

describe("the named blocks read as a full load reads them", () => {
  test("every kind of cell, a merge from outside, a shared formula whose master is outside", async () => {
    const bytes = await kindsWorkbook();
    const full = await XlsxWorkbook.fromBuffer(bytes);
    const reduced = await XlsxWorkbook.fromBuffer(bytes, "文件", { names: ["NB_X"] });
    const a = await full.readNamed(["NB_X"]);
    const b = await reduced.readNamed(["NB_X"]);
    expect(b).toEqual(a);
    expect(b.NB_X!.values).toEqual([
      [2, "#REF!", "12件", "2022-02-08", null, null, "=A5*2"],
      ["共享字符串", 12.3456, null, "=SUM(B1:B2)", null, null, "=A6*2"],
      ["外7-2", null, "门户网站", "外7-5", null, null, "=A7*2"],
      [null, null, "外8-4", "外8-5", "外8-6", true, "=A8*2"],
    ]);
    expect(await reduced.listSheets()).toEqual(["表", "别的"]);
    // Outside the blocks nothing is read.
    expect(reduced.getValue("表", 0, 0)).toBeNull();
    expect(reduced.getValue("别的", 0, 0)).toBeNull();
  });

  test("the seed workbook: the same report data", async () => {
    const bytes = readFileSync(SEED_XLSX);
    const full = await readReport(await XlsxWorkbook.fromBuffer(bytes));
    const reduced = await readReport(await XlsxWorkbook.fromBuffer(bytes, "文件", { names: NAMES }));
    expect(reduced).toEqual(full);
    expect(full.data.agency).toBe("三明市沙县区工信与科技局");
  });

  test("the reduced package of the seed is small", async () => {
    const reduced = await reduceXlsx(readFileSync(SEED_XLSX), NAMES);
    const zip = await JSZip.loadAsync(reduced);
    expect(Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort()).toEqual(
      [
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/_rels/workbook.xml.rels",
        "xl/sharedStrings.xml",
        "xl/styles.xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
        "xl/worksheets/sheet3.xml",
      ].sort(),
    );
  });
});

describe("each limit stops the read with its reason", () => {
  const seed = readFileSync(SEED_XLSX);
  const read = (limits: Partial<XlsxLimits>) =>
    XlsxWorkbook.fromBuffer(seed, "文件", { names: NAMES, limits: { ...XLSX_LIMITS, ...limits } }).then(
      () => "read",
      (e: unknown) => (e instanceof XlsxReadError ? e.message : String(e)),
    );
  test.each([
    [{ fileBytes: 10_000 }, /^文件有 0 MB，超过 0 MB 的上限；年报工作簿通常不到 1 MB/],
    [{ entries: 5 }, /^文件压缩包中的文件超过 5 个，不像是 Excel 工作簿$/],
    [{ partBytes: 5000 }, /^文件中的“xl\/styles.xml”解压后有 0 MB，超过 0 MB 的上限/],
    [{ inflatedBytes: 20_000 }, /^文件按压缩包声明的大小，解压后将超过 0 MB，不像是年报工作簿，可能是恶意构造的压缩包$/],
    [{ cells: 100 }, /^文件中的单元格超过 100 个，不像是年报工作簿$/],
    [{ blockCells: 100 }, /^文件中年报助手的名称（NB_TABLE2、NB_TABLE3、NB_TABLE4、NB_INFO、NB_META）所指区域共有 \d+ 个单元格，超过 100 个/],
    [{ stringBytes: 10 }, /^文件中有一段文字超过 0 MB（Excel 一个单元格最多 32767 个字符）/],
    [{ rowBytes: 100 }, /^文件中工作表的一行超过 0 MB/],
  ] as [Partial<XlsxLimits>, RegExp][])("%j", async (limits, message) => {
    expect(await read(limits)).toMatch(message);
  });
  test("with the default limits the seed reads", async () => {
    expect(await read({})).toBe("read");
  });
});

describe("through the command: a huge workbook and zip bombs in one folder", () => {
  test("each file gets its outcome, the batch goes on, the process peaks under 500 MB", async () => {
    const folder = join(dir, "收到的报告");
    mkdirSync(folder);
    writeFileSync(join(folder, "a-huge.xlsx"), await hugeWorkbook());
    writeFileSync(join(folder, "b-bomb-lying.xlsx"), await zipBomb({ gigabytes: 2, lie: true }));
    writeFileSync(join(folder, "c-bomb-declared.xlsx"), await zipBomb({ gigabytes: 2, lie: false }));
    copyFileSync(SEED_XLSX, join(folder, "d-seed.xlsx"));
    const hugeSize = readFileSync(join(folder, "a-huge.xlsx")).length;
    expect(hugeSize).toBeGreaterThan(25_000_000);
    const r = spawnSync(process.execPath, ["-r", join(__dirname, "../support/max-rss.cjs"), "bin/nianbao.cjs", "check", folder, "--json"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.status).toBe(1); // some reports did not pass or could not be read
    const files = JSON.parse(r.stdout).files as { file: string; error?: string; summary?: { errors: number; warnings: number } }[];
    const outcome = (f: (typeof files)[number]) => f.error ?? `${f.summary!.errors} 项强制，${f.summary!.warnings} 项提示`;
    const seedOutcome = "3 项强制，2 项提示";
    expect(files.map(outcome)).toEqual([
      seedOutcome, // the huge workbook's tables are the seed's
      `无法读取“${join(folder, "b-bomb-lying.xlsx")}”：文件中的“xl/worksheets/sheet1.xml”解压后的大小与声明不符（文件已损坏，或是恶意构造的压缩包）`,
      `无法读取“${join(folder, "c-bomb-declared.xlsx")}”：文件按压缩包声明的大小，解压后将超过 1024 MB，不像是年报工作簿，可能是恶意构造的压缩包`,
      seedOutcome,
    ]);
    const maxRss = Number(/maxRSS (\d+)/.exec(r.stderr)![1]) * 1024;
    expect(maxRss).toBeLessThan(500 * 2 ** 20);
    mkdirSync(join(ROOT, "test-output"), { recursive: true });
    writeFileSync(join(ROOT, "test-output", "bounded-read.json"), JSON.stringify({ hugeBytes: hugeSize, maxRssMB: Math.round(maxRss / 2 ** 20) }));
  }, 120_000);
});
