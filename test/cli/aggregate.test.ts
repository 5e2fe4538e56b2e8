/**
 * `nianbao aggregate` and `nianbao check --children` on three hand-made units (the sums are test/review/aggregate.test.ts's,
 * computed by hand): the parent written as a data file and as a workbook that reads back with the same values, the
 * units and their blank cells printed, units of different years refused with exit 2, and a planted difference
 * between a parent and its units found as an A1 提示.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../support/cli";
import { unitReport } from "../support/region";
import { XlsxWorkbook } from "../../src/workbook/xlsx";

let dir: string;
let units: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-aggregate-"));
  units = join(dir, "下属单位");
  mkdirSync(join(units, "乡镇"), { recursive: true });
  const write = (file: string, name: string, edit: (j: Record<string, any>) => void) => {
    const j = unitReport(name) as Record<string, any>;
    edit(j);
    writeFileSync(join(units, file), JSON.stringify(j));
  };
  write("县水利局.json", "县水利局", (j) => (j.table2.fees = 0.1));
  write("县林业局.json", "县林业局", (j) => {
    j.table2.fees = 0.2;
    j.table2.licensing = 7;
    j.table3.new = [1, 2, 3, 4, 5, 6, 21];
  });
  write("乡镇/城关镇.json", "城关镇", (j) => {
    j.table2.fees = 0.0001;
    j.table2.licensing = 1;
    j.table3.new[0] = null;
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("nianbao aggregate", () => {
  test("-o parent.json: the sums computed by hand, the units and the blank cell printed", async () => {
    const out = join(dir, "汇总.json");
    const r = await runCli("aggregate", units, "-o", out, "--unit", "某县人民政府");
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toBe(
      [
        "已汇总 3 个单位的报告（2021 年度，2021 年格式）：",
        `  1. 城关镇（${join(units, "乡镇/城关镇.json")}）`,
        `  2. 县林业局（${join(units, "县林业局.json")}）`,
        `  3. 县水利局（${join(units, "县水利局.json")}）`,
        "以下单元格未填写，未计入合计：",
        `  城关镇（${join(units, "乡镇/城关镇.json")}）未填写 1 格：表三 一、本年新收·自然人`,
        // H6 on the blank cell; H3 on each of the 7 columns of 县林业局, whose 本年新收 no longer matches its results
        `注意：城关镇（${join(units, "乡镇/城关镇.json")}）本身有 1 项强制问题，其数字可能有误，汇总前请先核对（nianbao check ${join(units, "乡镇/城关镇.json")}）`,
        `注意：县林业局（${join(units, "县林业局.json")}）本身有 7 项强制问题，其数字可能有误，汇总前请先核对（nianbao check ${join(units, "县林业局.json")}）`,
        `已生成 ${out}`,
        "",
      ].join("\n"),
    );
    const parent = JSON.parse(readFileSync(out, "utf8"));
    expect([parent.agency, parent.year, parent.table2.licensing, parent.table2.fees, parent.table3.new]).toEqual(["某县人民政府", 2021, 2301, 0.3001, [65, 2, 3, 8, 5, 14, 161]]);
    expect(parent.table4.reconsideration).toEqual([3, 0, 6, 0, 9]);
    expect(parent.aggregated_from.map((u: { unit: string }) => u.unit)).toEqual(["城关镇", "县林业局", "县水利局"]);
  });

  test("-o parent.xlsx: a workbook that check reads with the same sums, and a sheet listing the units", async () => {
    const out = join(dir, "汇总.xlsx");
    expect((await runCli("aggregate", units, "-o", out)).code).toBe(0);
    const data = JSON.parse((await runCli("export", out)).out);
    const asJson = JSON.parse(readFileSync(join(dir, "汇总.json"), "utf8"));
    expect([data.table2.licensing, data.table2.fees, data.table3.new]).toEqual([2301, 0.3001, [65, 2, 3, 8, 5, 14, 161]]);
    expect([data.table2, data.table3, data.table4]).toEqual([asJson.table2, asJson.table3, asJson.table4]);
    // 表三 （七）总计 of 平潭 2021 is 63, 0, 0, 2, 0, 4, 69 in each unit
    expect(data.table3.total).toEqual([189, 0, 0, 6, 0, 12, 207]);
    const book = await XlsxWorkbook.open(out);
    const [sources] = await book.readRanges([{ sheet: "汇总来源", row: 0, col: 0, rows: 4, cols: 5 }]);
    expect(sources).toEqual([
      ["序号", "单位", "文件", "未填写的单元格", "不是有效数字的单元格（合计留空）"],
      ["1", "城关镇", join(units, "乡镇/城关镇.json"), "表三 一、本年新收·自然人", ""],
      ["2", "县林业局", join(units, "县林业局.json"), "", ""],
      ["3", "县水利局", join(units, "县水利局.json"), "", ""],
    ]);
    // the same file again: refused without --force, written with it
    expect((await runCli("aggregate", units, "-o", out)).code).toBe(1);
    expect((await runCli("aggregate", units, "-o", out, "--force")).code).toBe(0);
  });

  test("units of different years: exit 2 naming them, nothing written", async () => {
    const mixed = join(dir, "mixed");
    mkdirSync(mixed);
    const old = unitReport("县民政局") as Record<string, unknown>;
    old.year = 2020;
    writeFileSync(join(mixed, "县民政局.json"), JSON.stringify(old));
    const out = join(dir, "mixed.json");
    const r = await runCli("aggregate", units, mixed, "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^无法汇总：各单位报告的年度不同，不能相加：2021 年度：城关镇（.*）、县林业局（.*）、县水利局（.*）；2020 年度：县民政局（.*县民政局\.json）\n$/);
    expect(() => readFileSync(out)).toThrow();
  });

  test("a unit that cannot be read, and an output that is neither .xlsx nor .json: exit 2", async () => {
    const bad = join(dir, "bad");
    mkdirSync(bad);
    writeFileSync(join(bad, "县审计局.json"), "{");
    const r = await runCli("aggregate", units, bad, "-o", join(dir, "x.json"));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`无法汇总：1 个下属单位的文件无法读取（汇总须包括每个单位）：“${join(bad, "县审计局.json")}”不是有效的 JSON`);
    const csv = await runCli("aggregate", units, "-o", join(dir, "x.csv"));
    expect([csv.code, csv.err]).toEqual([2, `输出文件“${join(dir, "x.csv")}”应以 .xlsx（工作簿）或 .json（报告数据）结尾\n`]);
  });
});

/** The units folder plus 县民政局 whose 表三 一、本年新收 has “217件” (自然人), “１” (社会公益组织) and 表二 行政处罚 “/”. */
function withBadUnit(name: string): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  const j = unitReport("县民政局") as Record<string, any>;
  j.table3.new[0] = "217件";
  j.table3.new[3] = "１";
  j.table2.penalty = "/";
  writeFileSync(join(folder, "县民政局.json"), JSON.stringify(j));
  return folder;
}

describe("a unit's cell that is not a number (the tester's “217件”, “１”, “/”)", () => {
  test("aggregate: those sums left blank, named with the unit and what it wrote; exit 1; the totals still summed", async () => {
    // It was exit 0 with 新收 自然人 65 + … where 总计 231 said otherwise: the unit's 217 silently left out.
    const bad = withBadUnit("bad-cells");
    const out = join(dir, "bad-cells.json");
    const r = await runCli("aggregate", units, bad, "-o", out);
    expect(r.code).toBe(1);
    const file = join(bad, "县民政局.json");
    const lines = r.out.split("\n");
    expect(lines.slice(lines.indexOf("以下 3 格有单位填的不是有效数字，合计无法确定，已留空："), lines.length - 1)).toEqual([
      "以下 3 格有单位填的不是有效数字，合计无法确定，已留空：",
      `  表二 行政处罚·本年处理决定数量：县民政局（${file}）填的“/”`,
      `  表三 一、本年新收·自然人：县民政局（${file}）填的“217件”`,
      `  表三 一、本年新收·社会公益组织：县民政局（${file}）填的“１”`,
      expect.stringMatching(/^注意：城关镇/),
      expect.stringMatching(/^注意：县林业局/),
      expect.stringMatching(/^注意：县民政局/),
      `已生成 ${out}`,
      "注意：汇总中 3 格留空（见上），请相关单位改正后重新汇总",
    ]);
    const parent = JSON.parse(readFileSync(out, "utf8"));
    // 总计 161 + 70; 商业企业 2 + 0; 其他组织 14 + 4; the two cells the unit wrote wrongly blank
    expect(parent.table3.new).toEqual([null, 2, 3, null, 5, 18, 231]);
    expect(parent.table2.penalty).toBeNull();
  });

  test("check --children: the terminal names the cells; they are not compared; one A1 提示 lists them", async () => {
    const bad = withBadUnit("bad-children");
    const same = join(dir, "same-with-bad.json");
    await runCli("aggregate", units, bad, "-o", same, "--unit", "某县人民政府");
    const planted = JSON.parse(readFileSync(same, "utf8"));
    // The parent's own figures where the sum is unknown: 65 + 217 = 282 自然人, 行政处罚 1282 × 3 (as if “/” were a number)
    planted.table3.new[0] = 282;
    planted.table3.new[3] = 9;
    planted.table2.penalty = 3846;
    const parent = join(dir, "parent-with-bad.json");
    writeFileSync(parent, JSON.stringify(planted));
    const r = await runCli("check", "--children", units, "--children", bad, parent, "--json");
    const file = join(bad, "县民政局.json");
    expect(r.err).toContain(
      [
        "与下属单位合计核对：4 个单位（2021 年度，2021 年格式）",
        "以下 3 格有单位填的不是有效数字，合计无法确定，已留空：",
        `  表二 行政处罚·本年处理决定数量：县民政局（${file}）填的“/”`,
        `  表三 一、本年新收·自然人：县民政局（${file}）填的“217件”`,
        `  表三 一、本年新收·社会公益组织：县民政局（${file}）填的“１”`,
        "这 3 格不与下属单位合计核对（提示 A1 中列出）",
        `城关镇（${join(units, "乡镇/城关镇.json")}）有 1 格未填写，未计入合计`,
      ].join("\n"),
    );
    const json = JSON.parse(r.out);
    expect(json.children.unsummed).toEqual(["table2.penalty", "table3.new[natural_person]", "table3.new[social_welfare]"]);
    const a1 = json.files[0].findings.filter((f: { rule: string }) => f.rule === "A1");
    expect(a1.map((f: { id: string }) => f.id)).toEqual(["A1.unsummed"]);
    expect(a1[0].message).toBe(
      "下属单位以下单元格填的不是有效数字，合计无法确定，本报告这 3 格未与下属单位合计核对：表二 行政处罚·本年处理决定数量（县民政局填的“/”）；表三 一、本年新收·自然人（县民政局填的“217件”）；表三 一、本年新收·社会公益组织（县民政局填的“１”）；请这些单位改正后重新核对",
    );
  });
});

describe("nianbao check --children", () => {
  test("the parent equal to its units' sum has no A1 finding; a planted difference is one 提示 with both sides", async () => {
    const same = join(dir, "same.json");
    await runCli("aggregate", units, "-o", same, "--unit", "某县人民政府");
    const ok = JSON.parse((await runCli("check", "--children", units, same, "--json")).out);
    expect(Object.keys(ok)).toContain("children");
    expect(ok.files[0].findings.filter((f: { rule: string }) => f.rule === "A1")).toEqual([]);

    const planted = JSON.parse(readFileSync(same, "utf8"));
    // the parent's own 5 行政许可 decisions: 2306 where its units add up to 2301
    planted.table2.licensing = 2306;
    const parent = join(dir, "parent.json");
    writeFileSync(parent, JSON.stringify(planted));
    const r = await runCli("check", "--children", units, parent, "--json");
    expect(r.err).toContain("与下属单位合计核对：3 个单位（2021 年度，2021 年格式）");
    const children = JSON.parse(r.out).children;
    expect([children.year, children.format, children.units.map((u: { unit: string }) => u.unit)]).toEqual([2021, "2021", ["城关镇", "县林业局", "县水利局"]]);
    expect(children.gaps).toEqual([{ file: join(units, "乡镇/城关镇.json"), unit: "城关镇", blank: ["table3.new[natural_person]"], invalid: [] }]);
    const a1 = JSON.parse(r.out).files[0].findings.filter((f: { rule: string }) => f.rule === "A1");
    expect(a1).toEqual([
      {
        id: "A1:table2.licensing",
        rule: "A1",
        severity: "warning",
        title: "与下属单位合计不符",
        message: "表二 行政许可·本年处理决定数量为 2306，3 个下属单位合计 2301，相差 +5；本单位自身有件数时请写明说明",
        table: "table2",
        cells: ["table2.licensing"],
        scope: "表二 行政许可·本年处理决定数量",
        sides: { left: "本单位", right: "下属单位合计" },
        leftCells: ["table2.licensing"],
        rightCells: [],
        left: 2306,
        right: 2301,
        difference: 5,
      },
    ]);
    const text = await runCli("check", "--children", units, parent);
    expect(text.out).toMatch(/\n {2}A1 +提示 +表二 行政许可·本年处理决定数量 +2306 +2301 +\+5 /);
  });
});

describe("check --children with files that cannot be added (the tester's folder)", () => {
  // It was “无法汇总：…” and exit 2, the parent never checked; and the parent copied among its units made 4 units.
  test("the parent is checked; the other files are left out with their reasons; the A1 提示 say the sum is partial", async () => {
    const same = join(dir, "kids-parent.json");
    await runCli("aggregate", units, "-o", same, "--unit", "某县人民政府");
    const planted = JSON.parse(readFileSync(same, "utf8"));
    planted.table2.licensing = 2306;
    const parent = join(dir, "kids-parent-2306.json");
    writeFileSync(parent, JSON.stringify(planted));
    const kids = join(dir, "kids");
    mkdirSync(kids);
    for (const f of ["县水利局.json", "县林业局.json"]) writeFileSync(join(kids, f), readFileSync(join(units, f)));
    mkdirSync(join(kids, "乡镇"));
    writeFileSync(join(kids, "乡镇/城关镇.json"), readFileSync(join(units, "乡镇/城关镇.json")));
    writeFileSync(join(kids, "foo.json"), '{"foo":1}');
    writeFileSync(join(kids, "检查结果.json"), (await runCli("check", join(units, "县水利局.json"), "--json")).out);
    const old = unitReport("县民政局") as Record<string, unknown>;
    old.year = 2020;
    writeFileSync(join(kids, "县民政局2020.json"), JSON.stringify(old));
    writeFileSync(join(kids, "本级副本.json"), readFileSync(parent)); // the same bytes as the parent
    const edited = { ...planted, contact: { ...planted.contact, phone: "0591-1234567" } }; // same unit and year
    writeFileSync(join(kids, "本级修改稿.json"), JSON.stringify(edited));

    const r = await runCli("check", parent, "--children", kids, "--json");
    // 1, not 2: the parent is checked (its 表三 carries 县林业局's H3 mismatches, 强制)
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).files[0].status).toBe("failed");
    const json = JSON.parse(r.out);
    expect(json.children.units.map((u: { unit: string }) => u.unit)).toEqual(["城关镇", "县林业局", "县水利局"]);
    expect(json.children.left_out).toEqual([
      { file: join(kids, "foo.json"), reason: "不是年报数据文件：没有报告数据的字段（format、year、agency、table2、table3、table4 等），其中的字段为“foo”", self: false },
      { file: join(kids, "本级修改稿.json"), reason: `与所检查的报告“${parent}”机关名称、年度相同，是本报告本身`, self: true },
      { file: join(kids, "本级副本.json"), reason: `与所检查的报告“${parent}”内容相同，是本报告本身`, self: true },
      { file: join(kids, "检查结果.json"), reason: expect.stringMatching(/^不是年报数据文件：.*nianbao check --json 输出的检查结果/), self: false },
      // another year: left out once the readable ones are known
      { file: join(kids, "县民政局2020.json"), reason: "是 2020 年度的报告，所检查的是 2021 年度，不能相加", self: false },
    ]);
    const a1 = json.files[0].findings.filter((f: { rule: string }) => f.rule === "A1");
    expect(a1.map((f: { id: string }) => f.id)).toEqual(["A1.left_out", "A1:table2.licensing"]);
    expect(a1[0].message).toMatch(/^下属单位中 3 个文件未计入合计，以下核对只用其余 3 个单位之和，不一致可能是缺了这些单位：/);
    // 2301 = 城关镇 1 + 县林业局 7 + 县水利局 2293, as in the complete folder: the parent's copies are not added
    expect(a1[1].message).toBe("表二 行政许可·本年处理决定数量为 2306，已计入的 3 个下属单位（另有 3 个文件未计入，合计不全）合计 2301，相差 +5；本单位自身有件数时请写明说明");
    expect(r.err).toContain(`下属单位文件“${join(kids, "本级副本.json")}”未计入合计：与所检查的报告“${parent}”内容相同，是本报告本身`);
    expect(r.err).toContain("注意：3 个下属单位文件未计入（见上），合计不全，A1 提示只与其余单位之和比较");
  });

  test("only the parent's own copy among the units: the sum is complete, no A1 (it was 40 false 提示)", async () => {
    const same = join(dir, "self-parent.json");
    await runCli("aggregate", units, "-o", same, "--unit", "某县人民政府");
    const kids = join(dir, "self-kids");
    mkdirSync(kids);
    for (const f of ["县水利局.json", "县林业局.json", "城关镇.json"]) writeFileSync(join(kids, f), readFileSync(join(units, f === "城关镇.json" ? "乡镇/城关镇.json" : f)));
    writeFileSync(join(kids, "self-parent.json"), readFileSync(same));
    const json = JSON.parse((await runCli("check", same, "--children", kids, "--json")).out);
    expect(json.children.units.length).toBe(3);
    expect(json.files[0].findings.filter((f: { rule: string }) => f.rule === "A1")).toEqual([]);
    // the aggregate's own aggregated_from is a field of the data file, not a layout 提示 asking to fix a typo
    expect(json.files[0].findings.filter((f: { id: string }) => f.id.startsWith("layout."))).toEqual([]);
  });
});
