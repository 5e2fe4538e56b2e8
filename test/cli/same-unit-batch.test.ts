/**
 * Several reports of one unit in a batch, and many units sharing one text. The tester's case: 3 copies of 淮安 and 2 of
 * 平潭 gave 100 % 内容雷同 pairs between “units” and no warning; 120 copies gave 14,280 pairs. Now reports of one
 * unit and year are listed once as 同一单位多份报告 (files named, each still a row), never paired as copies; one unit's
 * reports of several years are listed apart; more than two units sharing a text are one cluster, not every pair.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/shared";
import { copiedProblems, unitReport } from "../support/region";
import { sameUnitGroups } from "../../src/review/same-unit";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-sameunit-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Doc {
  version: number;
  summary: Record<string, unknown>;
  copies: unknown[];
  copy_clusters?: Record<string, unknown>[];
  same_unit?: Record<string, unknown>[];
}

const PINGTAN = "平潭综合实验区管委会办公室（汇总平潭综合实验区）";

describe("sameUnitGroups", () => {
  test("by the roster's normalised name: one year, several years, unreadable and nameless rows left out", () => {
    const rows = [
      { index: 0, unit: "县水利局", year: 2021, readable: true },
      { index: 1, unit: "县 水利局 ", year: 2021, readable: true },
      { index: 2, unit: "县水利局", year: 2020, readable: true },
      { index: 3, unit: "", year: 2021, readable: true },
      { index: 4, unit: "", year: 2021, readable: true },
      { index: 5, unit: "县林业局", year: 2021, readable: true },
      { index: 6, unit: "", year: null, readable: false },
    ];
    expect(sameUnitGroups(rows)).toEqual([
      { unit: "县水利局", kind: "same_year", year: 2021, members: [0, 1], years: [] },
      { unit: "县水利局", kind: "years", year: null, members: [0, 1, 2], years: [2020, 2021] },
    ]);
  });
});

describe("check <folder>", () => {
  test("the tester's case: 3 copies of 淮安 and 2 of 平潭 are two 同一单位多份报告 groups, no 内容雷同", async () => {
    const folder = join(dir, "copies");
    mkdirSync(folder);
    for (const i of [1, 2, 3]) copyFileSync(fixturePath("huaian-2024"), join(folder, `huaian-${i}.json`));
    for (const i of [1, 2]) copyFileSync(fixturePath("pingtan-2024"), join(folder, `pingtan-${i}.json`));
    const f = (n: string) => join(folder, n);

    const r = await runCli("check", folder, "--json", "--csv", join(dir, "copies.csv"), "--html", join(dir, "copies.html"));
    const doc = JSON.parse(r.out) as Doc;
    expect(doc.version).toBe(2);
    expect(doc.summary).toMatchObject({ files: 5, passed: 5, copies: 0, copy_groups: 0, same_unit: 2 });
    expect(doc.copies).toEqual([]);
    expect(doc.copy_clusters).toBeUndefined();
    expect(doc.same_unit).toEqual([
      {
        unit: "淮安市人民政府",
        kind: "same_year",
        year: 2024,
        reports: [1, 2, 3].map((n) => ({ number: n, file: f(`huaian-${n}.json`), year: 2024 })),
      },
      { unit: PINGTAN, kind: "same_year", year: 2024, reports: [1, 2].map((n) => ({ number: n + 3, file: f(`pingtan-${n}.json`), year: 2024 })) },
    ]);

    const text = await runCli("check", folder);
    expect(text.out).toContain(
      [
        "同一单位多份报告：2 个单位（请确认哪一份是正式报告；它们之间不作内容雷同比较）",
        `  淮安市人民政府 2024 年度 3 份：${f("huaian-1.json")}、${f("huaian-2.json")}、${f("huaian-3.json")}`,
        `  ${PINGTAN} 2024 年度 2 份：${f("pingtan-1.json")}、${f("pingtan-2.json")}`,
        "",
      ].join("\n"),
    );
    expect(text.out).not.toContain("内容雷同（单位之间");
    // Each report keeps its row in the summary table.
    expect(text.out.split("\n").filter((l) => /^ {2}通过 /.test(l)).length).toBe(5);

    const csv = readFileSync(join(dir, "copies.csv"), "utf8").split("\r\n");
    expect(csv[0].endsWith(",内容雷同,结果,文件,原因,同一单位")).toBe(true);
    expect(csv[1].endsWith(",0,通过,${f}同一年度共 3 份（序号 1、2、3）".replace("${f}", `${f("huaian-1.json")},,`))).toBe(true);
    expect(csv[5].endsWith(`,0,通过,${f("pingtan-2.json")},,同一年度共 2 份（序号 4、5）`)).toBe(true);
    const html = readFileSync(join(dir, "copies.html"), "utf8");
    expect(html).toContain('<h2 id="h-same-unit">同一单位多份报告</h2>');
    expect(html).toContain("没有发现除单位名称和数字外几乎相同的章节。");
  });

  test("one unit's reports of two years: listed apart, not a copy pair though their 五 is the same", async () => {
    const folder = join(dir, "years");
    mkdirSync(folder);
    const now = unitReport("县水利局") as { year: number };
    writeFileSync(join(folder, "水利2021.json"), JSON.stringify(now));
    writeFileSync(join(folder, "水利2020.json"), JSON.stringify({ ...now, year: 2020 }));
    const doc = JSON.parse((await runCli("check", folder, "--json")).out) as Doc;
    expect(doc.copies).toEqual([]);
    expect(doc.same_unit).toEqual([
      {
        unit: "县水利局",
        kind: "years",
        years: [2020, 2021],
        reports: [
          { number: 1, file: join(folder, "水利2020.json"), year: 2020 },
          { number: 2, file: join(folder, "水利2021.json"), year: 2021 },
        ],
      },
    ]);
    const text = await runCli("check", folder);
    expect(text.out).toContain(
      `同一单位不同年度的报告：1 个单位（不作为单位之间的内容雷同比较；与上年报告比较请把上年报告放在另一个文件夹，用 --previous-dir）\n  县水利局 2020、2021 年度：${join(folder, "水利2020.json")}、${join(folder, "水利2021.json")}\n`,
    );
  });

  test("four units sharing one 五: one cluster listing the four once, not six pairs", async () => {
    const folder = join(dir, "cluster");
    mkdirSync(folder);
    const units = ["县水利局", "县林业局", "县民政局", "城关镇"];
    units.forEach((u, i) => {
      const j = unitReport(u) as { text: { problems: string } };
      j.text.problems = copiedProblems(u, i + 1, 10 + i);
      writeFileSync(join(folder, `${i + 1}-${u}.json`), JSON.stringify(j));
    });
    const file = (i: number) => join(folder, `${i + 1}-${units[i]}.json`);
    const doc = JSON.parse((await runCli("check", folder, "--json")).out) as Doc;
    // 4 reports: 6 pairs, all 100 % once names and figures are removed
    expect(doc.summary).toMatchObject({ copies: 6, copy_groups: 1, same_unit: 0 });
    expect(doc.copies).toEqual([]);
    expect(doc.copy_clusters).toEqual([
      {
        rule: "C1a",
        field: "text.problems",
        section: "五、存在的主要问题及改进情况",
        reports: units.map((u, i) => ({ number: i + 1, file: file(i), unit: u })),
        pairs: 6,
        complete: true,
        similarity_min: 1,
        similarity_max: 1,
        quote: expect.stringContaining("将加强业务培训，丰富解读形式，规范办理流程"),
      },
    ]);
    const text = await runCli("check", folder);
    const lines = text.out.split("\n");
    const at = lines.indexOf("内容雷同（单位之间，除名称和数字外几乎相同）：1 组");
    expect(lines.slice(at + 1, at + 6)).toEqual([
      "  以下 4 份报告的五、存在的主要问题及改进情况近乎相同（C1a，相似度 100%）：",
      ...units.map((u, i) => `    ${u}（${file(i)}）`),
    ]);
    expect(lines[at + 6]).toMatch(/^ {10}“.*将加强业务培训/);
    expect(text.out).not.toMatch(/100% {2}县/);
  });
});
