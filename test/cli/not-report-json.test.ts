/**
 * The tester's case: `{"foo":1}` and a saved `check --json` in the reviewer's folder were checked as reports —
 * “（未填写机关名称）” with 202 强制, 未通过, exit 1. Now each is a row 无法读取 saying 不是年报数据文件 and what it looks
 * like, as a non-report .xlsx is; given alone, exit 2 with the same words; a data file with fields missing is still a
 * report with its H6 findings.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/shared";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-notjson-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LEAD = "不是年报数据文件：没有报告数据的字段（format、year、agency、table2、table3、table4 等），";

interface Row {
  file: string;
  status: string;
  error?: string;
  unit?: string;
  findings?: { rule: string; severity: string }[];
}

test("a folder with {\"foo\":1}, a saved check --json and a partial data file", async () => {
  const folder = join(dir, "收到的报告");
  mkdirSync(folder);
  copyFileSync(fixturePath("pingtan-2021"), join(folder, "a-pingtan.json"));
  writeFileSync(join(folder, "b-foo.json"), '{"foo":1}');
  const saved = await runCli("check", fixturePath("pingtan-2021"), "--json");
  writeFileSync(join(folder, "c-saved-check.json"), saved.out);
  writeFileSync(join(folder, "d-partial.json"), JSON.stringify({ format: "2021", year: 2024, agency: "某县水利局" }));

  const r = await runCli("check", folder, "--json");
  const rows = JSON.parse(r.out).files as Row[];
  expect(rows.map((f) => [f.file.replace(`${folder}/`, ""), f.status])).toEqual([
    ["a-pingtan.json", "passed"],
    ["b-foo.json", "unreadable"],
    ["c-saved-check.json", "unreadable"],
    ["d-partial.json", "failed"],
  ]);
  expect(rows[1].error).toBe(`无法读取“${join(folder, "b-foo.json")}”：${LEAD}其中的字段为“foo”`);
  expect(rows[2].error).toBe(`无法读取“${join(folder, "c-saved-check.json")}”：${LEAD}它是 nianbao check --json 输出的检查结果；请检查原来的报告文件，或把检查结果另存到别的文件夹`);
  // The partial file is a report: its blank cells are H6 (200 input cells, all blank) and its unit is read.
  expect(rows[3].unit).toBe("某县水利局");
  expect(rows[3].findings!.filter((f) => f.rule === "H6").length).toBe(200);
  const summary = JSON.parse(r.out).summary;
  expect([summary.files, summary.passed, summary.failed, summary.unreadable]).toEqual([4, 1, 1, 2]);
  expect(r.code).toBe(1);
});

test("given alone: exit 2 with the same reason; --previous with it is a note", async () => {
  const foo = join(dir, "foo.json");
  writeFileSync(foo, '{"foo":1}');
  const r = await runCli("check", foo);
  expect(r.code).toBe(2);
  expect(r.out).toContain(`无法读取“${foo}”：${LEAD}其中的字段为“foo”\n`);
  expect(r.out).not.toContain("未填写机关名称");
  const rep = await runCli("report", foo, "-o", join(dir, "out"));
  expect([rep.code, rep.err]).toEqual([2, `无法读取“${foo}”：${LEAD}其中的字段为“foo”\n`]);
  const prev = await runCli("check", fixturePath("pingtan-2021"), "--previous", foo);
  expect(prev.err).toContain(`注意：上年报告“${foo}”无法读取：${LEAD}其中的字段为“foo”；本次不做跨年度检查\n`);
});
