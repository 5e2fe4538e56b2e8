/**
 * Cross-year checks between reports of one agency in different formats: the real 平潭 2020 (2019 format), 2021 and
 * 2024 reports (../shared/fixtures/reports). Only what both formats have is compared (report-format.md §4 mapping):
 * S1 上年结转 = last year's 结转下年度 runs across the change (the row is the same in both formats); S2 does not, and
 * says so, because the 2019 表二 has no 现行有效件数. Values read by hand from the fixtures:
 *
 * - 平潭 2020 表三 四、结转下年度 = [0, 0, 0, 0, 0, 0, 0]; 表二 规范性文件 对外公开总数量 166 (2019 format);
 * - 平潭 2021 表三 二、上年结转 = [0, 0, 0, 0, 0, 0, 0], 四、结转下年度 = [1, 0, 0, 0, 0, 0, 1]; 表二 行政规范性文件
 *   本年制发 69, 本年废止 3, 现行有效 665.
 *
 * Taking 2020's 对外公开总数量 for a 现行有效件数 would expect 166 + 69 − 3 = 232 against 665: a false alarm of 433
 * that must never appear.
 */
import { readFileSync } from "fs";
import { FORMAT_2019, FORMAT_2021 } from "../../src/format";
import { readReportJson, type ReportData } from "../../src/report";
import { checkReport, rulesFor } from "../../src/rules";
import { previousForCheck, previousFromJson } from "../../src/import/previous";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/shared";

const json = (name: string) => JSON.parse(readFileSync(fixturePath(name), "utf8")) as Record<string, any>;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const data = (j: unknown): ReportData => readReportJson(j).data;
const crossYear = (current: ReportData, previous: ReportData) =>
  checkReport(current, { previous }).filter((f) => rulesFor(FORMAT_2021).some((r) => r.crossYear && r.id === f.rule));

describe("平潭 2021 (2021 format) against 平潭 2020 (2019 format)", () => {
  const y2020 = json("pingtan-2020");
  const y2021 = json("pingtan-2021");

  test("as published: S1 compares the 7 columns (0 = 0) and finds nothing; no S2, although 166 + 69 − 3 ≠ 665", () => {
    expect(y2020.table3.carried_forward).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(y2021.table3.carried_over).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(y2020.table2_2019["规范性文件"]["对外公开总数量"]).toBe(166);
    expect(y2021.table2.normative_documents).toEqual({ issued: 69, repealed: 3, in_force: 665 });
    expect(crossYear(data(y2021), data(y2020))).toEqual([]);
  });

  test("S1 works across the formats: 2020's 结转下年度 [1,0,0,0,0,0,1] against 2021's 上年结转 of 0 → two findings, fix 1", () => {
    const prev = clone(y2020);
    prev.table3.carried_forward = [1, 0, 0, 0, 0, 0, 1];
    const found = crossYear(data(y2021), data(prev));
    expect(found.map((f) => [f.id, f.left, f.right, f.difference, f.fix?.value, f.scope])).toEqual([
      ["S1.natural_person", 0, 1, -1, 1, "表三 二、上年结转·自然人"],
      ["S1.total", 0, 1, -1, 1, "表三 二、上年结转·总计"],
    ]);
    expect(found[0].message).toBe("表三 二、上年结转·自然人为 0，上年报告结转下年度为 1，应一致");
    expect(found.every((f) => f.severity === "warning")).toBe(true);
  });

  test("no S2 even when 2021's 表二 would fail against any reading of 2020's: the 2019 表二 has no 现行有效件数", () => {
    const cur = clone(y2021);
    cur.table2.normative_documents.in_force = 232; // = 166 + 69 − 3, the false reading's “expected” value
    expect(crossYear(data(cur), data(y2020)).filter((f) => f.rule === "S2")).toEqual([]);
    cur.table2.normative_documents.in_force = 665;
    expect(crossYear(data(cur), data(y2020)).filter((f) => f.rule === "S2")).toEqual([]);
  });

  test("the note says what is compared and what is not, naming the rules", () => {
    const prev = previousFromJson(y2020, "pingtan-2020.data.json");
    expect(previousForCheck(data(y2021), prev, "pingtan-2020.data.json")).toEqual({
      previous: prev.data,
      note: "上年报告“pingtan-2020.data.json”为 2019 年格式（国办公开办函〔2019〕60号），本报告为 2021 年格式：只比较两种格式共有的内容；表二的栏目不同、不可比，不做 S2 检查；C1a、C1b、S1 照常检查",
    });
  });

  test("the command: exit 0, the note on stderr, S1 compared and nothing found; --json carries the note", async () => {
    const r = await runCli("check", fixturePath("pingtan-2021"), "--previous", fixturePath("pingtan-2020"), "--json");
    expect(r.code).toBe(0);
    expect(r.err).toContain("表二的栏目不同、不可比，不做 S2 检查；C1a、C1b、S1 照常检查");
    const out = JSON.parse(r.out) as { files: { findings: { rule: string }[]; previous_note?: string }[] };
    expect(out.files[0].findings.filter((f) => /^(S1|S2|C1)/.test(f.rule))).toEqual([]);
    expect(out.files[0].previous_note).toContain("不做 S2 检查");
  });
});

describe("the 2019 format's own cross-year rules", () => {
  test("C1a, C1b and S1 (its 表二 has no 现行有效件数, so S2 is not one of its rules)", () => {
    expect(rulesFor(FORMAT_2019).filter((r) => r.crossYear).map((r) => r.id)).toEqual(["C1a", "C1b", "S1"]);
    expect(rulesFor(FORMAT_2021).filter((r) => r.crossYear).map((r) => r.id)).toEqual(["C1a", "C1b", "S1", "S2"]);
    expect(rulesFor(FORMAT_2019).find((r) => r.id === "S1")!.sides).toHaveLength(7);
  });

  test("a 2020 report against a 2019 one (both 2019 format): S1 compares, no note, nothing left unsaid", () => {
    const y2020 = json("pingtan-2020");
    const y2019 = clone(y2020);
    y2019.year = 2019;
    y2019.table3.carried_forward = [2, 0, 0, 0, 0, 0, 2];
    const prev = previousFromJson(y2019, "2019.json");
    expect(previousForCheck(data(y2020), prev, "2019.json")).toEqual({ previous: prev.data });
    const found = checkReport(data(y2020), { previous: prev.data }).filter((f) => f.rule === "S1" || f.rule === "S2");
    expect(found.map((f) => [f.id, f.left, f.right])).toEqual([
      ["S1.natural_person", 0, 2],
      ["S1.total", 0, 2],
    ]);
  });

  test("平潭 2020 checked against 平潭 2021 (the wrong way round): not the year before, and the rules named are its own", () => {
    const prev = previousFromJson(json("pingtan-2021"), "pingtan-2021.data.json");
    expect(previousForCheck(data(json("pingtan-2020")), prev, "pingtan-2021.data.json")).toEqual({
      note: "上年报告“pingtan-2021.data.json”为 2021 年度，本报告为 2020 年度，不是上一年度，不做跨年度检查（C1a、C1b、S1）",
    });
  });
});

describe("平潭 2024 against 平潭 2021 (same format, not the year before)", () => {
  test("no cross-year check, and the note says why", async () => {
    const r = await runCli("check", fixturePath("pingtan-2024"), "--previous", fixturePath("pingtan-2021"), "--json");
    const out = JSON.parse(r.out) as { files: { findings: { rule: string }[]; previous_note?: string }[] };
    expect(out.files[0].previous_note).toBe(
      `上年报告“${fixturePath("pingtan-2021")}”为 2021 年度，本报告为 2024 年度，不是上一年度，不做跨年度检查（C1a、C1b、S1、S2）`,
    );
    expect(out.files[0].findings.filter((f) => /^(S1|S2|C1)/.test(f.rule))).toEqual([]);
  });
});
