/** @jest-environment jsdom */
/**
 * The same counts everywhere, on the same .xlsx files: `nianbao check --json`, the pane's findings list (its counts
 * and the findings-list model of src/taskpane/findings.ts) and the 生成报告 panel (its confirmation and the
 * 未通过校验 notice of the report it writes) — all through the one `checkReport`.
 *
 * The workbooks, with their counts worked out by hand:
 * - examples/seed-2021.xlsx (三明市沙县区工信与科技局 2021): 表二 规章 left blank → 3 H6 强制; 五 without 上年度整改
 *   (S9b) and 六 without the 信息处理费 (S9c) → 2 提示.
 * - 平潭 2020 (2019 format, ../shared/fixtures/reports/pingtan-2020.data.json) made into a workbook by `nianbao init
 *   --data`, with a 说明 kept on S9a: its real H2 error in the 自然人 and 总计 columns → 2 强制; no contact (I3) → 1 提示
 *   (no 信息处理费 statement is expected before 2021, so no S9c); 五 empty (S9a) kept with its 说明 → 1 已说明.
 * - the same workbook with 表三's label “1.属于国家秘密” printed “1、属于国家秘密”: a read problem among the findings
 *   (S8, 提示), the table still read, so the two H2 findings stay → 2 强制, 2 提示, 1 已说明.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { TextEncoder } from "util";
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { makeServices } from "../../src/taskpane/services";
import { severityGroup } from "../../src/taskpane/findings";
import * as layout from "../../src/workbook/layout";
import * as rules from "../../src/rules";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { fixturePath } from "../support/shared";
import { stubBrowserApis } from "../support/pane";

const services = makeServices(layout, rules);
const ROOT = join(__dirname, "../..");
const SEED_XLSX = join(ROOT, "examples/seed-2021.xlsx");

/** `nianbao …` as the real command (a process: the command writes files through Node, outside this jsdom test). */
function nianbao(...argv: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/nianbao.cjs"), ...argv], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

let dir: string;

beforeAll(async () => {
  stubBrowserApis();
  // jsdom lacks TextEncoder, which the docx writer's zip step uses (browsers have it).
  (globalThis as unknown as { TextEncoder: unknown }).TextEncoder = TextEncoder;
  dir = mkdtempSync(join(tmpdir(), "nb-same-counts-"));
  const data = JSON.parse(readFileSync(fixturePath("pingtan-2020"), "utf8")) as Record<string, unknown>;
  data.explanations = [{ finding: "S9a", text: "汇总报告，各单位的问题见其本级年报。", at: "2021-03-05T08:00:00Z" }];
  const json = join(dir, "pingtan-2020.json");
  writeFileSync(json, JSON.stringify(data));
  const init = nianbao("init", join(dir, "pingtan-2020.xlsx"), "--data", json);
  expect([init.code, init.err]).toEqual([0, ""]);
  // The same workbook with a label typed with “、” for “.”.
  const wb = await XlsxWorkbook.open(join(dir, "pingtan-2020.xlsx"));
  const t3 = (await layout.readReport(wb)).tables.table3!;
  const grid = (await wb.readRanges([t3]))[0]!;
  const at = grid.flatMap((row, r) => row.map((v, c) => ({ v, r, c }))).filter((x) => x.v === "1.属于国家秘密");
  expect(at).toHaveLength(1);
  await wb.apply([{ op: "values", range: { sheet: t3.sheet, row: t3.row + at[0].r, col: t3.col + at[0].c, rows: 1, cols: 1 }, values: [["1、属于国家秘密"]] }]);
  writeFileSync(join(dir, "pingtan-2020-label.xlsx"), Buffer.from(await wb.toBuffer()));
}, 120000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The counts of `nianbao check --json` on one file: its findings tallied, and the summary it prints. */
async function cliCounts(file: string) {
  const r = nianbao("check", file, "--json");
  const out = JSON.parse(r.out) as { files: { findings: { severity: string; explained?: unknown }[]; summary: Record<string, number> }[] };
  const f = out.files[0];
  const tally = {
    errors: f.findings.filter((x) => x.severity === "error").length,
    warnings: f.findings.filter((x) => x.severity === "warning" && !x.explained).length,
    explained: f.findings.filter((x) => x.explained).length,
  };
  expect(f.summary).toEqual(tally);
  return { code: r.code, ...tally };
}

/** Render the pane on the workbook and read its counts: the list's label and the findings-list model's groups. */
async function paneCounts(wb: XlsxWorkbook) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={wb} services={services} liveDelayMs={-1} />
    </FluentProvider>,
  );
  const region = await screen.findByRole("region", { name: "校验结果" }, { timeout: 30000 });
  const label = within(region).getByLabelText(/^强制 \d+ 项，提示 \d+ 项，已说明 \d+ 项$/).getAttribute("aria-label")!;
  const [errors, warnings, explained] = label.match(/\d+/g)!.map(Number);
  // The model the list is built from: every finding's severity group.
  const findings = services.checkReport(await services.readReport(wb));
  const groups = { error: 0, warning: 0, explained: 0 };
  for (const f of findings) groups[severityGroup(f)]++;
  expect(groups).toEqual({ error: errors, warning: warnings, explained });
  return { errors, warnings, explained };
}

/**
 * 生成报告 in the same pane: the 强制 count of its confirmation, and the counts in the 未通过校验 notice of the report it
 * writes into a new sheet (写入新工作表).
 */
async function panelCounts(wb: XlsxWorkbook) {
  fireEvent.click(screen.getByRole("button", { name: "生成报告" }));
  const dialog = await screen.findByRole("alertdialog", { hidden: true }, { timeout: 30000 });
  const asked = Number(/有 (\d+) 项强制问题未改正/.exec(dialog.textContent ?? "")![1]);
  // `hidden: true` as in App.test.tsx: under jsdom, Fluent's focus trap (tabster) at times leaves an open dialog aria-hidden.
  fireEvent.click(await within(dialog).findByRole("button", { name: "仍要生成", hidden: true }));
  await screen.findByRole("group", { name: /报告已生成/ }, { timeout: 30000 });
  const before = await wb.listSheets();
  fireEvent.click(screen.getByRole("button", { name: "写入新工作表" }));
  await screen.findByText(/已写入新工作表“报告正文”/, {}, { timeout: 30000 });
  expect((await wb.listSheets()).filter((s) => !before.includes(s))).toEqual(["报告正文"]);
  const [values] = await wb.readRanges([{ sheet: "报告正文", row: 0, col: 0, rows: 10, cols: 1 }]);
  const notice = values!.flat().find((v) => typeof v === "string" && v.startsWith("未通过校验："));
  const m = /^未通过校验：有 (\d+) 项强制问题未改正（另有 (\d+) 项提示）/.exec(String(notice));
  expect(m).not.toBeNull();
  return { asked, errors: Number(m![1]), warnings: Number(m![2]) };
}

test.each([
  ["examples/seed-2021.xlsx", () => SEED_XLSX, { errors: 3, warnings: 2, explained: 0 }],
  ["平潭 2020 (2019 format) with a 说明", () => join(dir, "pingtan-2020.xlsx"), { errors: 2, warnings: 1, explained: 1 }],
  ["平潭 2020 with a label typo (S8 among the findings)", () => join(dir, "pingtan-2020-label.xlsx"), { errors: 2, warnings: 2, explained: 1 }],
])(
  "%s: the CLI, the pane's list and the 生成报告 panel give the same counts",
  async (_name, file, expected) => {
    const cli = await cliCounts(file());
    expect(cli).toEqual({ code: 1, ...expected });
    const wb = await XlsxWorkbook.open(file());
    expect(await paneCounts(wb)).toEqual(expected);
    // The panel's notice counts open 提示 (a 提示 kept with a 说明 is not an open question).
    expect(await panelCounts(wb)).toEqual({ asked: expected.errors, errors: expected.errors, warnings: expected.warnings });
  },
  180000,
);

test("the label typo is one S8 finding showing both texts, and 表三's arithmetic findings stay", async () => {
  const wb = await XlsxWorkbook.open(join(dir, "pingtan-2020-label.xlsx"));
  const findings = services.checkReport(await services.readReport(wb));
  const s8 = findings.filter((f) => f.rule === "S8");
  expect(s8.map((f) => [f.severity, f.sides])).toEqual([["warning", { left: "1、属于国家秘密", right: "1.属于国家秘密" }]]);
  expect(findings.filter((f) => f.rule === "H2").map((f) => [f.id, f.left, f.right])).toEqual([
    ["H2.natural_person", 20, 26],
    ["H2.total", 21, 27],
  ]);
});
