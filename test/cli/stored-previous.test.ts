/**
 * A workbook keeping last year's report (导入上年报告 in the pane) is checked with the cross-year rules by
 * `nianbao check 年报.xlsx` alone; `--previous` wins over it and says so; a damaged store is a note, not a crash.
 *
 * Figures by hand from the real data files: 平潭 2021's 结转下年度 is [1, 0, 0, 0, 0, 0, 1] (自然人 1, 总计 1); 平潭
 * 2024's 上年结转 is all 0. With 平潭 2024's data as the 2022 report (only the year changed) and 平潭 2021 kept as
 * last year's report, S1 finds 上年结转·自然人 0 ≠ 1 and ·总计 0 ≠ 1, and nothing else of S1.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/shared";
import { previousFromJson } from "../../src/import/previous";
import { encodeStoredPrevious } from "../../src/import/previous-store";
import { XlsxWorkbook } from "../../src/workbook/xlsx";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-stored-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = (name: string) => JSON.parse(readFileSync(fixturePath(name), "utf8")) as Record<string, unknown>;

interface JsonFinding {
  id: string;
  rule: string;
  left?: number;
  right?: number;
}
const s1 = (out: string) =>
  ((JSON.parse(out) as { files: { findings: JsonFinding[] }[] }).files[0].findings ?? []).filter((f) => f.rule === "S1").map((f) => [f.id, f.left, f.right]);

/** 平潭 2024's data as a 2022 workbook, keeping `kept` (a stored text) as last year's report. */
async function workbook(name: string, kept: string | null): Promise<string> {
  const data = join(dir, `${name}.json`);
  writeFileSync(data, JSON.stringify({ ...json("pingtan-2024"), year: 2022 }));
  const file = join(dir, `${name}.xlsx`);
  expect((await runCli("init", file, "--data", data)).code).toBe(0);
  const port = await XlsxWorkbook.open(file);
  if (kept !== null) await port.apply([{ op: "store", key: "previous", text: kept }]);
  await port.save(file);
  return file;
}

/**
 * 平潭 2021 as the kept report, under 平潭 2024's 机关名称: the office writing the report was renamed between the two
 * years, and last year's report of another name is not used without `--previous-force`.
 */
const keptPingtan2021 = () =>
  encodeStoredPrevious({
    report: previousFromJson({ ...json("pingtan-2021"), agency: json("pingtan-2024").agency }, "平潭2021.json"),
    source: "平潭2021年报.txt",
    importedAt: "2023-01-05 09:30",
  });

test("without --previous: S1 from the kept report (自然人 0 ≠ 1, 总计 0 ≠ 1), and the note says which report was used", async () => {
  const file = await workbook("kept", keptPingtan2021());
  const r = await runCli("check", file, "--json");
  expect(s1(r.out)).toEqual([
    ["S1.natural_person", 0, 1],
    ["S1.total", 0, 1],
  ]);
  expect(r.err).toContain("注意：按工作簿中保存的上年报告“平潭2021年报.txt”做跨年度检查");
  const row = (JSON.parse(r.out) as { files: { previous?: { file: string; year: number } }[] }).files[0];
  expect(row.previous).toEqual(expect.objectContaining({ file: "平潭2021年报.txt（工作簿中保存，导入于 2023-01-05 09:30）", year: 2021 }));
});

test("the same workbook without a kept report runs no S1", async () => {
  const r = await runCli("check", await workbook("none", null), "--json");
  expect(s1(r.out)).toEqual([]);
  expect(r.err).not.toContain("工作簿中保存");
});

test("--previous wins over the kept report and says so: last year's 结转下年度 all 0 gives no S1", async () => {
  const file = await workbook("both", keptPingtan2021());
  const given = join(dir, "given-2021.json");
  const t3 = json("pingtan-2021").table3 as Record<string, unknown>;
  writeFileSync(given, JSON.stringify({ ...json("pingtan-2021"), table3: { ...t3, carried_forward: [0, 0, 0, 0, 0, 0, 0] } }));
  const r = await runCli("check", file, "--json", "--previous", given);
  expect(s1(r.out)).toEqual([]);
  expect(r.err).toContain(`注意：工作簿中保存的上年报告“平潭2021年报.txt（工作簿中保存，导入于 2023-01-05 09:30）”未使用：本次按 --previous 指定的“${given}”检查`);
});

test("a damaged store (hand-edited, or of a newer version) is a note naming what to do; the report is still checked", async () => {
  const edited = await workbook("edited", keptPingtan2021());
  const port = await XlsxWorkbook.open(edited);
  await port.apply([{ op: "values", range: { sheet: "_年报助手_上年报告", row: 0, col: 0, rows: 1, cols: 1 }, values: [["手工改过"]] }]);
  await port.save(edited);
  const r = await runCli("check", edited, "--json");
  expect(s1(r.out)).toEqual([]);
  expect(r.err).toContain("注意：工作簿中保存的上年报告已损坏（隐藏工作表“_年报助手_上年报告”第 1 行的分段标记不对（共 1 行）），跨年度检查未做；请在任务窗格中删除它后重新导入上年报告");
  const newer = await workbook("newer", JSON.stringify({ nianbao_previous_report: 2, source: "x", imported_at: "", notes: [], report: {} }));
  const n = await runCli("check", newer, "--json");
  expect(n.err).toContain("工作簿中保存的上年报告由更新版本的年报助手保存（保存格式版本 2，本版本只认识到 1），跨年度检查未做；请升级年报助手");
});

test("report uses the kept report too: report.json's check lists S1.natural_person and S1.total", async () => {
  const file = await workbook("report", keptPingtan2021());
  const out = join(dir, "report-out");
  const r = await runCli("report", file, "-o", out);
  expect(r.code).toBe(0);
  const filed = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as { check: { findings: JsonFinding[] } };
  expect(filed.check.findings.filter((f) => f.rule === "S1").map((f) => f.id)).toEqual(["S1.natural_person", "S1.total"]);
});

test("a kept report of another 机关名称 runs S1 only when the user confirmed it as this unit's on importing (same_unit)", async () => {
  const report = previousFromJson(json("pingtan-2021"), "平潭2021.json");
  const unconfirmed = await workbook("other-unit", encodeStoredPrevious({ report, source: "平潭2021.json", importedAt: "2023-01-05 09:30" }));
  const r = await runCli("check", unconfirmed, "--json");
  expect(s1(r.out)).toEqual([]);
  expect(r.err).toContain("不是同一单位，不做跨年度检查");
  const confirmed = await workbook("confirmed", encodeStoredPrevious({ report, source: "平潭2021.json", importedAt: "2023-01-05 09:30", sameUnit: true }));
  const c = await runCli("check", confirmed, "--json");
  expect(s1(c.out)).toEqual([
    ["S1.natural_person", 0, 1],
    ["S1.total", 0, 1],
  ]);
  expect(c.err).toContain("不是同一单位；按要求仍做跨年度检查");
});
