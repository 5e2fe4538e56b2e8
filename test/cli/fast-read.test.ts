/**
 * `nianbao check` reads workbooks without exceljs where it can (src/workbook/xlsx-fast.ts): on the county's folder
 * (good and failing workbooks, a cut-off one, one that is not a report, data files) the command prints exactly what
 * it printed when every workbook went through exceljs (`NIANBAO_XLSX_FAST=0`), --json and the tables alike.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../support/cli";
import { makeRegion, type Region } from "../support/region";

let dir: string;
let region: Region;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-fast-read-"));
  region = await makeRegion(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run the command through exceljs only, then with the fast reader; the time of the check is the one difference allowed. */
async function bothPaths(...argv: string[]) {
  process.env.NIANBAO_XLSX_FAST = "0";
  let old;
  try {
    old = await runCli(...argv);
  } finally {
    delete process.env.NIANBAO_XLSX_FAST;
  }
  const now = await runCli(...argv);
  const time = (s: string) => s.replace(/\d{4}-\d\d-\d\d \d\d:\d\d/g, "<time>");
  return { old: { ...old, out: time(old.out) }, now: { ...now, out: time(now.out) } };
}

test("--json is the same through exceljs and through the fast reader", async () => {
  const { old, now } = await bothPaths("check", region.folder, "--json");
  expect(old.code).toBe(1);
  expect(now).toEqual(old);
  const files = (JSON.parse(now.out) as { files: { file: string; status: string }[] }).files;
  expect(files.filter((f) => f.file.endsWith(".xlsx")).map((f) => f.status)).toEqual(["unreadable", "passed", "failed", "unreadable"]);
});

test("the tables and summary are the same through exceljs and through the fast reader", async () => {
  const { old, now } = await bothPaths("check", region.folder, region.good);
  expect(now).toEqual(old);
});
