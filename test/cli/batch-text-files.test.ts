/**
 * Text and Markdown files in a reviewer's folder: a report's page text (平潭 2024, as published) is checked like any
 * report; a note beside the reports (readme.txt, 说明.md, an empty file) is listed in the summary as not checked with
 * the reason, never as a file that cannot be read, and changes neither the counts nor the exit status. A note named
 * on the command line is still read, and cannot be read.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../support/cli";
import { REPORT_FIXTURES } from "../support/shared";

interface JsonDoc {
  files: { file: string; status: string; unit?: string; error?: string; summary?: unknown }[];
  summary: { files: number; unreadable: number };
  skipped?: { file: string; reason: string }[];
}

const NOT_A_REPORT = "其中没有年报的统计表（表二、表三、表四的行标签都找不到），不是年度报告";
const PINGTAN_2024 = join(REPORT_FIXTURES, "pingtan-2024.source.txt");

let dir: string;
let folder: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-text-files-"));
  folder = join(dir, "收到的报告");
  mkdirSync(join(folder, "平潭"), { recursive: true });
  copyFileSync(PINGTAN_2024, join(folder, "平潭", "2024年度报告.txt"));
  writeFileSync(join(folder, "readme.txt"), "本文件夹存放各单位报送的2024年度政府信息公开工作年度报告，请于1月31日前审核完毕。\n联系人：张三\n");
  writeFileSync(join(folder, "说明.md"), "# 审核说明\n\n- 表三的勾稽关系逐项核对\n- 第五部分须写明上年度问题整改\n");
  writeFileSync(join(folder, "空.txt"), "");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the report's text is checked as when named; the notes are skipped with their reason, not unreadable", async () => {
  const direct = JSON.parse((await runCli("check", PINGTAN_2024, "--json")).out) as JsonDoc;
  const r = await runCli("check", folder, "--json");
  const doc = JSON.parse(r.out) as JsonDoc;
  expect(doc.files.map((f) => [f.file, f.status, f.unit])).toEqual([[join(folder, "平潭", "2024年度报告.txt"), direct.files[0].status, "平潭综合实验区"]]);
  expect(doc.files[0].summary).toEqual(direct.files[0].summary);
  expect(doc.summary).toMatchObject({ files: 1, unreadable: 0 });
  expect(doc.skipped).toEqual([
    { file: join(folder, "readme.txt"), reason: NOT_A_REPORT },
    { file: join(folder, "空.txt"), reason: "文件是空的" },
    { file: join(folder, "说明.md"), reason: NOT_A_REPORT },
  ]);
  // The exit status is the report's alone.
  expect(r.code).toBe((await runCli("check", PINGTAN_2024)).code);
});

test("the text summary lists the skipped notes after the report, and no file as unreadable", async () => {
  const r = await runCli("check", folder);
  expect(r.out).toContain(`文件夹“${folder}”：检查其中（含子文件夹）1 个文件`);
  expect(r.out).toContain(
    [
      "未检查 3 个不是年报的文本文件（文件夹中的 .txt、.md 只检查其中有年报统计表的）：",
      `  ${join(folder, "readme.txt")}：${NOT_A_REPORT}`,
      `  ${join(folder, "空.txt")}：文件是空的`,
      `  ${join(folder, "说明.md")}：${NOT_A_REPORT}`,
    ].join("\n"),
  );
  expect(r.out).not.toContain("无法读取");
});

test("a note named on the command line is read, and cannot be read; a folder of notes only has no report", async () => {
  const note = await runCli("check", join(folder, "readme.txt"), "--json");
  const doc = JSON.parse(note.out) as JsonDoc;
  expect(note.code).toBe(2);
  expect(doc.files[0]).toMatchObject({ status: "unreadable", error: expect.stringContaining("没有找到政府信息公开工作年度报告的统计表") });
  expect(doc.skipped).toBeUndefined();

  const notes = join(dir, "只有说明");
  mkdirSync(notes);
  writeFileSync(join(notes, "readme.txt"), "请把报告放在这里。");
  const r = await runCli("check", notes, "--json");
  const only = JSON.parse(r.out) as JsonDoc;
  expect(r.code).toBe(2);
  expect(only.files).toEqual([
    {
      number: 1,
      file: notes,
      status: "unreadable",
      error: `无法读取“${notes}”：这是文件夹，其中（含子文件夹）没有 .xlsx、.json、.pdf、.docx 或 .html 文件，也没有是年报的 .txt、.md 文件`,
    },
  ]);
  expect(only.skipped).toEqual([{ file: join(notes, "readme.txt"), reason: NOT_A_REPORT }]);
});

test("a note named beside its folder is read once, as named, and not also listed as skipped", async () => {
  const r = await runCli("check", folder, join(folder, "readme.txt"), "--json");
  const doc = JSON.parse(r.out) as JsonDoc;
  expect(doc.files.map((f) => [f.file, f.status])).toEqual([
    [join(folder, "平潭", "2024年度报告.txt"), expect.any(String)],
    [join(folder, "readme.txt"), "unreadable"],
  ]);
  expect(doc.skipped!.map((s) => s.file)).toEqual([join(folder, "空.txt"), join(folder, "说明.md")]);
});
