/**
 * `nianbao check` reads workbooks without exceljs where it can (src/workbook/xlsx-fast.ts): on the county's folder
 * (good and failing workbooks, a cut-off one, one that is not a report, data files) the command prints exactly what
 * it printed when every workbook went through exceljs (`NIANBAO_XLSX_FAST=0`), --json and the tables alike.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { spawnSync } from "child_process";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../support/cli";
import { makeRegion, type Region } from "../support/region";
import { fixturePath } from "../support/shared";
import { previousFromJson } from "../../src/import/previous";
import { encodeStoredPrevious } from "../../src/import/previous-store";
import { XlsxWorkbook } from "../../src/workbook/xlsx";

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

test("a workbook keeping last year's report (and one whose store is damaged) checks the same through both", async () => {
  const json = (name: string) => JSON.parse(readFileSync(fixturePath(name), "utf8")) as Record<string, unknown>;
  const data = join(dir, "2022.json");
  writeFileSync(data, JSON.stringify({ ...json("pingtan-2024"), year: 2022 }));
  const kept = encodeStoredPrevious({ report: previousFromJson(json("pingtan-2021"), "平潭2021.json"), source: "平潭2021年报.txt", importedAt: "2023-01-05 09:30" });
  const files: string[] = [];
  for (const [name, text] of [["kept", kept], ["damaged", kept.slice(0, Math.floor(kept.length / 2))]] as const) {
    const file = join(dir, `${name}.xlsx`);
    expect((await runCli("init", file, "--data", data)).code).toBe(0);
    const port = await XlsxWorkbook.open(file);
    await port.apply([{ op: "store", key: "previous", text }]);
    await port.save(file);
    files.push(file);
  }
  const { old, now } = await bothPaths("check", ...files, "--json");
  expect(now).toEqual(old);
  expect(now.err).toContain("平潭2021年报.txt");
  expect(now.err).toContain("内容不是完整的 JSON");
});

test("the built command on 48 files (worker threads) prints the same --json through exceljs and through the fast reader", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { builder } = require("../../bin/cli-build.cjs") as { builder(): { ensureBuilt(note?: (t: string) => void): string } };
  builder().ensureBuilt(() => undefined);
  const folder = join(dir, "many");
  mkdirSync(folder);
  const sources = [region.good, region.h1, region.truncated, region.notReport, region.dataFile, region.copyA];
  for (let i = 0; i < 48; i++) {
    const from = sources[i % sources.length];
    copyFileSync(from, join(folder, `${String(i).padStart(2, "0")}${from.slice(from.lastIndexOf("."))}`));
  }
  const run = (env: Record<string, string>) => {
    const r = spawnSync(process.execPath, [join(__dirname, "..", "..", "bin", "nianbao.cjs"), "check", folder, "--json"], { encoding: "utf8", env: { ...process.env, ...env } });
    return { code: r.status, out: r.stdout.replace(/"checked_at": "[^"]*"/, ""), err: r.stderr };
  };
  const old = run({ NIANBAO_XLSX_FAST: "0" });
  expect(old.code).toBe(1);
  expect(run({})).toEqual(old);
});
