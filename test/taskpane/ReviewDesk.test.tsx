/**
 * @jest-environment jsdom
 *
 * 审核汇总 in the pane on the county's folder (test/support/region.ts) and 平潭 2020's data file: the rows, findings,
 * copied pair and roster the pane shows are those of `nianbao check --json` on the same files, and the values by hand;
 * the table sorts; writing adds 审核汇总 (made unique) and 汇总统计表 after a preview, one `apply` per sheet, and a mix
 * of formats is refused in the words of `nianbao aggregate`.
 */
import { execFileSync, spawnSync } from "child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, dirname, join } from "path";
import * as React from "react";
import { TextDecoder, TextEncoder } from "util";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ReviewDesk } from "../../src/taskpane/ReviewDesk";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { RawValue, WriteOp } from "../../src/workbook/port";
import { stubBrowserApis } from "../support/pane";
import type { Region } from "../support/region";
import { fixturePath } from "../support/shared";

Object.assign(globalThis, { TextEncoder, TextDecoder });
stubBrowserApis();

let dir: string;
let region: Region;
let pingtan2020: string;
const ROOT = join(__dirname, "..", "..");

/** Run the built `nianbao` command (a Node process: jsdom cannot write files). */
function nianbao(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "nianbao.cjs"), ...args], { encoding: "utf8" });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-deskpane-"));
  // The region's workbooks are written in Node (test/support/region.ts), outside jsdom.
  const script = `require("./test/support/region").makeRegion(${JSON.stringify(dir)}).then((r) => process.stdout.write(JSON.stringify(r)))`;
  region = JSON.parse(execFileSync(process.execPath, [require.resolve("tsx/cli"), "-e", script], { cwd: ROOT, encoding: "utf8" })) as Region;
  pingtan2020 = fixturePath("pingtan-2020");
}, 120000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A chosen file as the browser gives it: its name and bytes. */
function chosen(path: string): File {
  const bytes = readFileSync(path);
  const file = { name: basename(path), size: bytes.length, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) };
  return file as unknown as File;
}

function choose(testId: string, paths: string[]): void {
  const input = screen.getByTestId(testId) as HTMLInputElement;
  Object.defineProperty(input, "files", { configurable: true, value: paths.map(chosen) });
  fireEvent.change(input);
}

const FIXED = new Date(2026, 0, 25, 9, 30);

function renderDesk(port: MemoryWorkbook) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ReviewDesk port={port} disabled={false} now={() => FIXED} />
    </FluentProvider>,
  );
}

/** The table's rows as shown: 序号, 单位, 年度, 格式, 强制, 提示, 已说明, 结果 (without the toggle's words). */
function shownRows(): string[][] {
  return screen.getAllByTestId("review-row").map((tr) =>
    [...tr.querySelectorAll("td, th")].map((c, i) => (i === 7 ? (c.querySelector("span")?.textContent ?? "") : (c.textContent ?? ""))),
  );
}

async function checkFiles(paths: string[], roster?: string): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "审核汇总…" }));
  choose("review-files", paths);
  if (roster) choose("review-roster", [roster]);
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  await screen.findByRole("table", { name: "各报告检查结果" }, { timeout: 30000 });
}

interface CliFile {
  number: number;
  file: string;
  status: string;
  unit?: string;
  year?: number | null;
  format?: string | null;
  summary?: { errors: number; warnings: number; explained: number };
  findings?: { rule: string; message: string }[];
  error?: string;
}

test("the rows, findings, copied pair and roster are nianbao check --json's on the same files, and the values by hand", async () => {
  const paths = [region.good, region.h1, region.dataFile, region.truncated, region.notReport, region.copyA, region.copyB, pingtan2020];
  renderDesk(new MemoryWorkbook(["Sheet1"]));
  await checkFiles(paths, region.roster);

  // by hand: 平潭 2020 (2019 format) has H2 强制 ×2 (（七）总计 自然人 20 for 26, 总计 21 for 27), I3 and S9a 提示;
  // 县民政局 has 表三 一、本年新收·总计 71 for 70 (H1 and H3, 2 强制); the truncated and the non-report workbooks cannot be read
  expect(shownRows()).toEqual([
    ["1", "县人力资源和社会保障局", "2021", "2021", "0", "0", "0", "通过"],
    ["2", "县民政局", "2021", "2021", "2", "0", "0", "未通过"],
    ["3", "城关镇", "2021", "2021", "0", "0", "0", "通过"],
    ["4", "县交通运输局.xlsx", "", "", "", "", "", "无法读取"],
    ["5", "联系人名单.xlsx", "", "", "", "", "", "无法读取"],
    ["6", "县水利局", "2021", "2021", "0", "0", "0", "通过"],
    ["7", "县林业局", "2021", "2021", "0", "0", "0", "通过"],
    ["8", "平潭综合实验区政府信息公开工作领导小组办公室（汇总平潭综合实验区）", "2020", "2019", "2", "2", "0", "未通过"],
  ]);
  expect(screen.getByText("共 8 个文件：通过 4 份，未通过 2 份，无法读取 2 个；强制 4 项，提示 2 项，已说明 0 项")).toBeTruthy();

  // the CLI on the same files: the same rows, reasons and findings
  const cli = nianbao("check", ...paths, "--roster", region.roster, "--json");
  const doc = JSON.parse(cli.out) as { files: CliFile[]; copies: { rule: string; similarity: number; a: { unit: string }; b: { unit: string } }[]; roster: { missing: { name: string }[]; not_on_roster: { unit: string }[] } };
  const label = { passed: "通过", failed: "未通过", unreadable: "无法读取" } as Record<string, string>;
  expect(shownRows()).toEqual(
    doc.files.map((f) => {
      const read = f.status !== "unreadable";
      const n = (v: number | undefined) => (read ? String(v) : "");
      return [String(f.number), f.unit || basename(f.file), f.year == null ? "" : String(f.year), f.format ?? "", n(f.summary?.errors), n(f.summary?.warnings), n(f.summary?.explained), label[f.status]];
    }),
  );
  const rows = screen.getAllByTestId("review-row");
  // 平潭 2020's findings, expanded: the CLI's rules and messages, in its order
  fireEvent.click(within(rows[7]).getByRole("button", { name: "问题 4 项" }));
  const list = screen.getByRole("list", { name: "平潭综合实验区政府信息公开工作领导小组办公室（汇总平潭综合实验区）的问题" });
  const items = within(list).getAllByRole("listitem").map((li) => li.textContent ?? "");
  const cliFindings = doc.files[7].findings!;
  expect(items).toHaveLength(cliFindings.length);
  cliFindings.forEach((f, i) => {
    expect(items[i].startsWith(`${f.rule} `)).toBe(true);
    expect(items[i]).toContain(f.message);
  });
  expect(items[0]).toContain("H2 强制 表三（七）总计·自然人");
  expect(items[0]).toContain("左 20，右 26，差 -6");
  // the unreadable file's reason: the CLI's, without the file's name
  fireEvent.click(within(rows[3]).getByRole("button", { name: "原因" }));
  expect(screen.getByText(doc.files[3].error!.replace(`无法读取“${region.truncated}”：`, ""))).toBeTruthy();

  // copied text: 县水利局 and 县林业局's 五, as the CLI finds it
  expect(doc.copies.map((c) => [c.rule, c.similarity, c.a.unit, c.b.unit])).toEqual([["C1a", 1, "县水利局", "县林业局"]]);
  const copies = within(screen.getByRole("list", { name: "内容雷同" })).getAllByRole("listitem");
  expect(copies).toHaveLength(1);
  expect(copies[0].textContent).toContain("五、存在的主要问题及改进情况（C1a）：县水利局 与 县林业局，相似度 100%");
  // the roster: 县审计局 sent nothing; 平潭's office is not on it
  expect(doc.roster.missing.map((u) => u.name)).toEqual(["县审计局"]);
  expect(within(screen.getByRole("list", { name: "没有报告的单位（1 个）" })).getByRole("listitem").textContent).toBe("县审计局（某县人民政府）");
  expect(doc.roster.not_on_roster.map((o) => o.unit)).toEqual(["平潭综合实验区政府信息公开工作领导小组办公室（汇总平潭综合实验区）"]);
  expect(within(screen.getByRole("list", { name: "不在名单上的报告（1 份）" })).getByRole("listitem").textContent).toContain("平潭综合实验区政府信息公开工作领导小组办公室（汇总平潭综合实验区）（pingtan-2020.data.json）");

  // sorting by 强制, most first: the two failing reports lead, blanks last
  fireEvent.click(screen.getByRole("button", { name: "强制" }));
  fireEvent.click(screen.getByRole("button", { name: "强制" }));
  expect(screen.getByRole("columnheader", { name: /强制/ }).getAttribute("aria-sort")).toBe("descending");
  expect(shownRows().map((r) => r[0])).toEqual(["2", "8", "1", "3", "6", "7", "4", "5"]);

  // 2 files of 8 cannot be read: not added up, in the words of nianbao aggregate on the same files (it wrote a sum of 6)
  const aggregate = nianbao("aggregate", ...paths, "-o", join(dir, "x.json"));
  expect(aggregate.code).toBe(2);
  fireEvent.click(screen.getByRole("button", { name: "写入工作表…" }));
  const dialog = await screen.findByRole("dialog", { hidden: true });
  const refusal = aggregate.err.trim().replace(/^nianbao：/, "").split(region.folder + "/").join("").split(dirname(pingtan2020) + "/").join("");
  expect(refusal.startsWith("无法汇总：2 个下属单位的文件无法读取（汇总须包括每个单位）：无法读取“县交通运输局.xlsx”：")).toBe(true);
  expect(within(dialog).getByText(/^不写入统计表之和：/).textContent).toBe(`不写入统计表之和：${refusal}`);
}, 90000);

/** A sheet's values as rows (`usedSize` of the memory workbook). */
async function sheetRows(port: MemoryWorkbook, sheet: string): Promise<RawValue[][]> {
  const size = port.usedSize(sheet);
  return (await port.readRanges([{ sheet, row: 0, col: 0, rows: size.rows, cols: size.cols }]))[0]!;
}

test("writing: a preview of the sheets, 审核汇总 made unique, the summed tables by hand, one apply per sheet, nothing else touched", async () => {
  const port = new MemoryWorkbook(["Sheet1", "审核汇总"]);
  port.setCell("审核汇总", 0, 0, "已有的内容");
  const applied: WriteOp[][] = [];
  const apply = port.apply.bind(port);
  port.apply = async (ops) => {
    applied.push(ops);
    return apply(ops);
  };
  renderDesk(port);
  const paths = [region.good, region.h1, region.dataFile, region.copyA];
  await checkFiles(paths);
  // the warnings nianbao aggregate prints on the same files, its folders left out (the pane knows file names only)
  const cli = nianbao("aggregate", ...paths, "-o", join(dir, "four.json"));
  expect(cli.code).toBe(0);
  const notes = cli.out.split("\n").filter((l) => l.startsWith("注意：")).map((l) => l.split(region.folder + "/").join(""));
  // 县民政局's 一、本年新收·总计 71 against 70 (H1) and its column (H3): hand-checked in the first test
  expect(notes).toEqual(["注意：县民政局（县民政局.xlsx）本身有 2 项强制问题，其数字可能有误，汇总前请先核对（nianbao check 县民政局.xlsx）"]);
  fireEvent.click(screen.getByRole("button", { name: "写入工作表…" }));
  // tabster under jsdom at times leaves the open dialog aria-hidden (as App.test notes): query it with hidden: true
  const dialog = await screen.findByRole("dialog", { hidden: true });
  const list = await within(dialog).findByRole("list", { name: "将添加以下工作表", hidden: true });
  const sheets = within(list).getAllByRole("listitem", { hidden: true }).map((li) => li.textContent);
  expect(sheets).toHaveLength(2);
  expect(sheets[0]).toMatch(/^“审核汇总 \(2\)”：\d+ 行：汇总表/);
  expect(sheets[1]).toMatch(/^“汇总统计表”：\d+ 行：4 个单位的表二、表三、表四之和/);
  for (const note of notes) expect(within(dialog).getByText(note)).toBeTruthy();
  expect(applied).toHaveLength(0);
  fireEvent.click(within(dialog).getByRole("button", { name: "写入", hidden: true }));
  await screen.findByText("已添加工作表“审核汇总 (2)”、“汇总统计表”。");

  expect(applied).toHaveLength(2);
  expect(await port.listSheets()).toEqual(["Sheet1", "审核汇总", "审核汇总 (2)", "汇总统计表"]);
  expect(port.getValue("审核汇总", 0, 0)).toBe("已有的内容");
  for (const [i, sheet] of ["审核汇总 (2)", "汇总统计表"].entries()) {
    expect(applied[i][0]).toEqual({ op: "addSheet", sheet });
    expect(applied[i].every((op) => ("sheet" in op ? op.sheet : "range" in op ? op.range.sheet : sheet) === sheet)).toBe(true);
  }

  const summary = await sheetRows(port, "审核汇总 (2)");
  const header = summary.findIndex((r) => r[0] === "序号");
  expect(summary[header].slice(0, 11)).toEqual(["序号", "单位", "年度", "格式", "强制", "提示", "已说明", "内容雷同", "结果", "文件", "原因"]);
  expect(summary[header + 2].slice(0, 10)).toEqual([2, "县民政局", 2021, "2021", 2, 0, 0, 0, "未通过", "县民政局.xlsx"]);
  // text is written as text (nothing read from a file runs as a formula); the long texts get wide, wrapped columns
  expect(port.getStyle("审核汇总 (2)", header + 2, 1).numberFormat).toBe("@");
  expect(port.getStyle("审核汇总 (2)", header + 2, 4).numberFormat).toBeUndefined();
  expect(port.getColumnWidth("审核汇总 (2)", 8)).toBe(60);
  const h1Rows = summary.filter((r) => r[1] === "县民政局" && r[2] === "H1");
  expect(h1Rows.length).toBeGreaterThan(0);
  expect(h1Rows[0].slice(3, 8)).toEqual(["强制", "表三 一、本年新收·总计", 71, 70, "+1"]);

  // 4 units of 平潭 2021's figures, 县民政局 with 一、本年新收·总计 71: 自然人 64 × 4 = 256, 总计 70 × 3 + 71 = 281
  const sum = await sheetRows(port, "汇总统计表");
  expect(sum[0][0]).toBe("4 个单位的统计表之和（2021 年度，2021 年格式）");
  expect(sum.slice(1, 1 + notes.length).map((r) => r[0])).toEqual(notes);
  const newRow = sum.find((r) => r.includes("一、本年新收政府信息公开申请数量"))!;
  const values = newRow.filter((v): v is number => typeof v === "number");
  expect(values).toEqual([256, 0, 0, 8, 0, 16, 281]);
  const units = sum.findIndex((r) => r[0] === "序号");
  expect(sum.slice(units + 1, units + 5).map((r) => r.slice(0, 3))).toEqual([
    [1, "县人力资源和社会保障局", "县人力资源和社会保障局.xlsx"],
    [2, "县民政局", "县民政局.xlsx"],
    [3, "城关镇", "城关镇.json"],
    [4, "县水利局", "县水利局.json"],
  ]);
}, 90000);

test("a file that cannot be read: the summed tables are not written, in nianbao aggregate's words; 审核汇总 is", async () => {
  // It wrote 汇总统计表 from the readable units where nianbao aggregate refuses: a sum missing a unit looks right.
  const port = new MemoryWorkbook(["Sheet1"]);
  renderDesk(port);
  const paths = [region.good, region.h1, region.dataFile, region.truncated, region.copyA];
  await checkFiles(paths);
  const cli = nianbao("aggregate", ...paths, "-o", join(dir, "five.json"));
  expect(cli.code).toBe(2);
  const refusal = cli.err.trim().replace(/^nianbao：/, "").split(region.folder + "/").join("");
  expect(refusal).toMatch(/^无法汇总：1 个下属单位的文件无法读取（汇总须包括每个单位）：无法读取“县交通运输局.xlsx”：/);
  fireEvent.click(screen.getByRole("button", { name: "写入工作表…" }));
  const dialog = await screen.findByRole("dialog", { hidden: true });
  const list = await within(dialog).findByRole("list", { name: "将添加以下工作表", hidden: true });
  expect(within(list).getAllByRole("listitem", { hidden: true }).map((li) => li.textContent)).toEqual([expect.stringMatching(/^“审核汇总”：\d+ 行：汇总表/)]);
  expect(within(dialog).getByText(/^不写入统计表之和：/).textContent).toBe(`不写入统计表之和：${refusal}`);
  fireEvent.click(within(dialog).getByRole("button", { name: "写入", hidden: true }));
  await screen.findByText("已添加工作表“审核汇总”。");
  expect(await port.listSheets()).toEqual(["Sheet1", "审核汇总"]);
  const summary = await sheetRows(port, "审核汇总");
  const header = summary.findIndex((r) => r[0] === "序号");
  expect(summary[header + 4].slice(0, 9)).toEqual([4, "", null, "", null, null, null, 0, "无法读取"]);
}, 90000);

test("one unit's report twice: listed as 同一单位多份报告, never a copy of itself; the cluster reads as the CLI's", async () => {
  renderDesk(new MemoryWorkbook(["Sheet1"]));
  const again = join(dir, "县水利局（重报）.json");
  copyFileSync(region.copyA, again);
  const paths = [region.copyA, again, region.copyB];
  await checkFiles(paths);
  const same = within(screen.getByRole("list", { name: "同一单位多份报告" })).getAllByRole("listitem");
  expect(same.map((li) => li.textContent)).toEqual(["县水利局 2021 年度 2 份：县水利局.json、县水利局（重报）.json"]);
  // 县水利局's two reports are not paired with each other; each is paired with 县林业局's: one cluster of three
  const copies = within(screen.getByRole("list", { name: "内容雷同" })).getAllByRole("listitem");
  expect(copies).toHaveLength(1);
  const heading = "以下 3 份报告的五、存在的主要问题及改进情况彼此雷同（C1a，3 对中 2 对达到阈值，相似度 100%）";
  expect(copies[0].textContent!.startsWith(`${heading}：县水利局 与 县水利局 与 县林业局`)).toBe(true);
  expect(nianbao("check", ...paths).out).toContain(`  ${heading}：`);
}, 90000);

test("one unit's reports of 2021 and 2022: listed apart as 同一单位不同年度的报告, as nianbao check lists them, not as 同一单位多份报告", async () => {
  renderDesk(new MemoryWorkbook(["Sheet1"]));
  const later = join(dir, "县水利局2022.json");
  writeFileSync(later, JSON.stringify({ ...JSON.parse(readFileSync(region.copyA, "utf8")), year: 2022 }));
  const paths = [region.copyA, later];
  await checkFiles(paths);
  const years = within(screen.getByRole("list", { name: "同一单位不同年度的报告" })).getAllByRole("listitem");
  expect(years.map((li) => li.textContent)).toEqual(["县水利局 2021、2022 年度：县水利局.json、县水利局2022.json"]);
  expect(screen.queryByRole("list", { name: "同一单位多份报告" })).toBeNull();
  expect(nianbao("check", ...paths).out).toContain("同一单位不同年度的报告：1 个单位");
}, 90000);
