/**
 * `check --roster`: the reviewer's list of units read from a CSV file (UTF-8 with or without its mark, GBK as Excel in
 * Chinese saves it; anything else refused with a Chinese reason and exit 2), and matched against the batch in every
 * output: the terminal, --json, --csv and --html.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../support/cli";
import { makeRegion, unitReport, type Region } from "../support/region";

let dir: string;
let region: Region;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-roster-"));
  region = await makeRegion(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 单位名称,上级单位 / 县水利局,县政府 / 县审计局,县政府 in GBK (CRLF), as Excel in Chinese saves “CSV (逗号分隔)”. */
const GBK_ROSTER = "b5a5cebbc3fbb3c62cc9cfbcb6b5a5cebb0d0acfd8cbaec0fbbed62ccfd8d5feb8ae0d0acfd8c9f3bcc6bed62ccfd8d5feb8ae0d0a";

describe("reading the roster", () => {
  const folder = () => {
    const f = join(dir, "one");
    mkdirSync(f, { recursive: true });
    writeFileSync(join(f, "县水利局.json"), JSON.stringify(unitReport("县水利局")));
    return f;
  };

  test("GBK is decoded and said so; the unit with no report makes the exit status 1 although every report passed", async () => {
    const roster = join(dir, "gbk.csv");
    writeFileSync(roster, Buffer.from(GBK_ROSTER, "hex"));
    const r = await runCli("check", folder(), "--roster", roster, "--json");
    expect(r.code).toBe(1);
    expect(r.err).toContain(`注意：名单“${roster}”不是 UTF-8 编码，已按 GBK（Excel 中文版默认的 CSV 编码）读取`);
    expect(JSON.parse(r.out).roster).toEqual({ file: roster, expected: 2, received: 1, missing: [{ name: "县审计局", parent: "县政府", line: 3 }], not_on_roster: [] });
  });

  test("UTF-8 with its byte-order mark: the mark is not part of the first heading", async () => {
    const roster = join(dir, "bom.csv");
    writeFileSync(roster, "\ufeff单位名称\r\n县水利局\r\n");
    const r = await runCli("check", folder(), "--roster", roster, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).roster).toMatchObject({ expected: 1, received: 1, missing: [] });
  });

  test("a workbook, a missing file, a file of no text encoding and an empty roster: exit 2 with the reason, nothing checked", async () => {
    const xlsx = join(dir, "名单.xlsx");
    writeFileSync(xlsx, Buffer.from("PK\x03\x04rest"));
    const binary = join(dir, "bad.csv");
    writeFileSync(binary, Buffer.from([0x80, 0xff, 0xfe, 0x81, 0x30]));
    const empty = join(dir, "empty.csv");
    writeFileSync(empty, "单位名称,上级单位\r\n");
    const cases: [string, string][] = [
      [xlsx, `无法读取名单“${xlsx}”：这是 Excel 工作簿或其他压缩文件，名单须为 .csv 文本；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”\n`],
      [join(dir, "none.csv"), `无法读取名单“${join(dir, "none.csv")}”：文件不存在\n`],
      [binary, `无法读取名单“${binary}”：文件既不是 UTF-8 也不是 GBK 编码的文本；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再试\n`],
      [empty, `名单“${empty}”有误：名单中没有单位名称：每行写一个单位，第一列为单位名称（可有“单位名称”等标题行），第二列可写上级单位\n`],
    ];
    for (const [file, message] of cases) {
      const r = await runCli("check", region.folder, "--roster", file);
      expect([r.code, r.err, r.out]).toEqual([2, message, ""]);
    }
  });
});

describe("the region against its roster", () => {
  test("the terminal lists the unit with no report and the report not on the roster, with the near name", async () => {
    const roster = join(dir, "short.csv");
    // 县林业局 written 县林业站 on the roster: its report is not on it, and 县林业站 is suggested
    writeFileSync(roster, readFileSync(region.roster, "utf8").replace("县林业局", "县林业站"));
    const r = await runCli("check", region.folder, "--roster", roster);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      [
        `名单核对（${roster}，7 个单位）：已收到 5 个单位的报告，2 个单位没有报告`,
        "  没有报告的单位：",
        "    县林业站（上级：某县人民政府）",
        "    县审计局（上级：某县人民政府）",
        "  单位不在名单上的报告：1 份",
        `    县林业局（${region.copyB}），名单上相近的是“县林业站”`,
      ].join("\n"),
    );
  });

  test("--csv adds the 名单 column and a 没有报告 line; --html has the 名单核对 section", async () => {
    const csv = join(dir, "汇总.csv");
    const html = join(dir, "汇总.html");
    const r = await runCli("check", region.folder, "--roster", region.roster, "--csv", csv, "--html", html);
    expect(r.code).toBe(1);
    const lines = readFileSync(csv, "utf8").split("\r\n");
    expect(lines[0]).toBe("\ufeff序号,单位,年度,格式,强制,提示,已说明,内容雷同,结果,文件,原因,名单");
    expect(lines[5]).toBe(`5,县民政局,2021,2021,2,0,0,0,未通过,${region.h1},,在名单上`);
    expect(lines[8]).toBe(",县审计局,,,,,,,没有报告,,上级单位：某县人民政府,在名单上");
    const page = readFileSync(html, "utf8");
    expect(page).toContain('<h2 id="h-roster">名单核对</h2>');
    expect(page).toContain("<li>名单 7 个单位，1 个没有报告</li>");
    expect(page).toContain('<tr><td class="n">8</td><td>县审计局</td><td>某县人民政府</td></tr>');
  });
});
