/**
 * The acceptance test of the reviewer's desk (issue 12): a county's folder (test/support/region.ts) — a good workbook,
 * one with an H1 error, a data file, an unreadable file, a non-report .xlsx, two units whose 五 is copied — and a
 * roster with one unit that sent nothing, checked in one run: each row's status and counts, the copied pair, the
 * missing unit, exit 1. Then three units of that folder added up (sums by hand) and a parent with a planted
 * difference found by the hierarchy check.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../support/cli";
import { makeRegion, type Region } from "../support/region";

let dir: string;
let region: Region;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-desk-"));
  region = await makeRegion(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Doc {
  files: { number: number; file: string; status: string; unit?: string; summary?: { errors: number; warnings: number; explained: number } }[];
  summary: Record<string, number>;
  copies: { rule: string; similarity: number; a: { unit: string }; b: { unit: string } }[];
  roster: { expected: number; received: number; missing: { name: string }[]; not_on_roster: unknown[] };
}

test("the region's folder with its roster: statuses and counts per row, the copied pair, the missing unit, exit 1", async () => {
  const html = join(dir, "汇总.html");
  const csv = join(dir, "汇总.csv");
  const r = await runCli("check", region.folder, "--roster", region.roster, "--json", "--html", html, "--csv", csv);
  expect(r.code).toBe(1);
  const doc = JSON.parse(r.out) as Doc;
  expect(doc.files.map((f) => [f.file, f.status, f.summary?.errors ?? null, f.summary?.warnings ?? null])).toEqual([
    [region.dataFile, "passed", 0, 0],
    [region.truncated, "unreadable", null, null],
    [region.good, "passed", 0, 0],
    [region.copyB, "passed", 0, 0],
    [region.h1, "failed", 2, 0],
    [region.copyA, "passed", 0, 0],
    [region.notReport, "unreadable", null, null],
  ]);
  expect(doc.summary).toMatchObject({ files: 7, passed: 4, failed: 1, unreadable: 2, errors: 2, warnings: 0, copies: 1 });
  expect(doc.copies.map((c) => [c.rule, c.similarity, c.a.unit, c.b.unit])).toEqual([["C1a", 1, "县林业局", "县水利局"]]);
  // 县交通运输局's file could not be read but it did send one (by its file name); 县审计局 sent nothing
  expect(doc.roster).toEqual({ file: region.roster, expected: 7, received: 6, missing: [{ name: "县审计局", parent: "某县人民政府", line: 8 }], not_on_roster: [] });
  // the same in the page and the table
  expect(readFileSync(html, "utf8")).toContain('<tr><td class="n">8</td><td>县审计局</td><td>某县人民政府</td></tr>');
  expect(readFileSync(csv, "utf8")).toContain("\r\n,县审计局,,,,,,,没有报告,,上级单位：某县人民政府,在名单上\r\n");
});

test("three units of the region added up equal the sums by hand; a planted difference in the parent is found", async () => {
  // 城关镇, 县水利局 and 县林业局 each hold 平潭 2021's figures: 表三 一、本年新收 64, 0, 0, 2, 0, 4, 70; 表二 行政许可 2293,
  // 收费 24252.311082 万元; 表四 行政复议 1, 0, 2, 0, 3
  const parent = join(dir, "某县.json");
  const r = await runCli("aggregate", region.dataFile, region.copyA, region.copyB, "-o", parent, "--unit", "某县人民政府");
  expect(r.code).toBe(0);
  const sum = JSON.parse(readFileSync(parent, "utf8"));
  expect(sum.table3.new).toEqual([192, 0, 0, 6, 0, 12, 210]);
  expect([sum.table2.licensing, sum.table2.fees]).toEqual([6879, 72756.933246]);
  expect(sum.table4.reconsideration).toEqual([3, 0, 6, 0, 9]);
  expect(r.out.split("\n").slice(0, 4)).toEqual(["已汇总 3 个单位的报告（2021 年度，2021 年格式）：", `  1. 城关镇（${region.dataFile}）`, `  2. 县水利局（${region.copyA}）`, `  3. 县林业局（${region.copyB}）`]);

  // the parent's own case: 表四 行政复议 维持 4 and 总计 10 where its units have 3 and 9 (H4 still holds)
  sum.table4.reconsideration = [4, 0, 6, 0, 10];
  writeFileSync(parent, JSON.stringify(sum));
  const check = await runCli("check", parent, "--children", region.dataFile, "--children", region.copyA, "--children", region.copyB, "--json");
  const a1 = (JSON.parse(check.out).files[0].findings as { id: string; left: number; right: number; severity: string }[]).filter((f) => f.id.startsWith("A1"));
  expect(a1.map((f) => [f.id, f.severity, f.left, f.right])).toEqual([
    ["A1:table4.reconsideration[upheld]", "warning", 4, 3],
    ["A1:table4.reconsideration[total]", "warning", 10, 9],
  ]);
});
