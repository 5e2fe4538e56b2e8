/**
 * Last year's report of another unit: `--previous` with another unit's report ran S1/S2/C1 on that unit's numbers
 * without a word. Now the cross-year checks are skipped with a note naming both units, unless `--previous-force`; a
 * name written differently (a region left out) is the same unit; `--previous-dir` matches such names too, never
 * another unit's report.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/shared";
import { unitMatch } from "../../src/review/unit-name";
import { previousForCheck, previousFromJson } from "../../src/import/previous";
import { readReportJson } from "../../src/report";

const PINGTAN_2024 = fixturePath("pingtan-2024");
const PINGTAN_AGENCY = "平潭综合实验区管委会办公室（汇总平潭综合实验区）";
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-prevunit-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fixture as a 2023 report of `agency`, written to `name` in the test folder. */
function as2023(fixture: string, agency: string | undefined, name: string, folder = dir): string {
  const json = JSON.parse(readFileSync(fixturePath(fixture), "utf8"));
  json.year = 2023;
  if (agency !== undefined) json.agency = agency;
  const path = join(folder, name);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

interface FileJson {
  findings: { rule: string; left?: unknown; right?: unknown; cells: string[] }[];
  previous?: { file: string; unit: string };
  previous_note?: string;
}
const files = (out: string) => JSON.parse(out).files as FileJson[];
const crossYear = (f: FileJson) => f.findings.filter((x) => /^(S1|S2|C1[ab])$/.test(x.rule));

describe("unitMatch", () => {
  test("same after normalising; near when a region is left out; else different", () => {
    expect(unitMatch("三明市 沙县区（工信局）", "三明市沙县区(工信局)")).toBe("same");
    expect(unitMatch("沙县区工信局", "三明市沙县区工信局")).toBe("near");
    expect(unitMatch("三明市沙县区教育局", "三明市沙县区工信局")).toBe("different");
    // A name with words added after it is another unit (the government and its office send separate reports).
    expect(unitMatch("某县人民政府", "某县人民政府办公室")).toBe("different");
    expect(unitMatch("县林业局", "县林业站")).toBe("different");
    // Too short to tell a region left out from another unit.
    expect(unitMatch("工信局", "沙县区工信局")).toBe("different");
    expect(unitMatch("", "淮安市人民政府")).toBe("unknown");
  });

  test("previousForCheck: another unit's report is not used unless otherUnit", () => {
    const current = readReportJson(JSON.parse(readFileSync(PINGTAN_2024, "utf8"))).data;
    const other = JSON.parse(readFileSync(fixturePath("huaian-2024"), "utf8"));
    other.year = 2023;
    const prev = previousFromJson(other, "h.json");
    const refused = previousForCheck(current, prev, "h.json");
    expect(refused).toEqual({
      otherUnit: true,
      note: `上年报告“h.json”的机关名称为“淮安市人民政府”，本报告为“${PINGTAN_AGENCY}”，不是同一单位，不做跨年度检查（C1a、C1b、S1、S2）`,
    });
    const forced = previousForCheck(current, prev, "h.json", { otherUnit: true });
    expect(forced.previous).toBe(prev.data);
    expect(forced.note).toBe(`上年报告“h.json”的机关名称为“淮安市人民政府”，本报告为“${PINGTAN_AGENCY}”，不是同一单位；按要求仍做跨年度检查`);
  });
});

describe("check --previous with another unit's report", () => {
  test("the tester's case: a note naming both units and --previous-force, no S1/S2/C1; exit as without --previous", async () => {
    const other = as2023("huaian-2024", undefined, "other-unit.json");
    const r = await runCli("check", PINGTAN_2024, "--previous", other, "--json");
    expect(r.code).toBe(0);
    const [f] = files(r.out);
    expect(crossYear(f)).toEqual([]);
    // Named as the report given (as for one of another year), with the note saying why it was not used.
    expect(f.previous).toEqual({ file: other, unit: "淮安市人民政府", year: 2023 });
    const note = `上年报告“${other}”的机关名称为“淮安市人民政府”，本报告为“${PINGTAN_AGENCY}”，不是同一单位，不做跨年度检查（C1a、C1b、S1、S2）；如确是同一单位（如机关更名），请加 --previous-force`;
    expect(f.previous_note).toBe(note);
    expect(r.err).toContain(`注意：${note}\n`);
    // The text output says it too.
    expect((await runCli("check", PINGTAN_2024, "--previous", other)).err).toContain(`注意：${note}\n`);
  });

  test("--previous-force runs the checks on it: S1 上年结转 0 against 淮安's 结转下年度 103", async () => {
    const other = as2023("huaian-2024", undefined, "other-forced.json");
    const r = await runCli("check", PINGTAN_2024, "--previous", other, "--previous-force", "--json");
    const [f] = files(r.out);
    expect(f.previous?.unit).toBe("淮安市人民政府");
    const s1 = f.findings.filter((x) => x.rule === "S1" && x.cells[0] === "table3.carried_over[total]");
    expect(s1.map((x) => [x.left, x.right])).toEqual([[0, 103]]);
    expect(f.previous_note).toContain("不是同一单位；按要求仍做跨年度检查");
  });

  test("the same unit written with its province: used, with a note; the same name: no note", async () => {
    const near = as2023("pingtan-2024", `福建省${PINGTAN_AGENCY}`, "near.json");
    const r = await runCli("check", PINGTAN_2024, "--previous", near, "--json");
    const [f] = files(r.out);
    expect(f.previous?.file).toBe(near);
    expect(f.previous_note).toBe(`上年报告“${near}”的机关名称为“福建省${PINGTAN_AGENCY}”，本报告为“${PINGTAN_AGENCY}”，写法不同，按同一单位检查`);
    const same = as2023("pingtan-2024", undefined, "same.json");
    const s = await runCli("check", PINGTAN_2024, "--previous", same, "--json");
    expect(files(s.out)[0].previous_note).toBeUndefined();
    expect(files(s.out)[0].previous?.file).toBe(same);
  });

  test("report --previous another unit: the same note; --previous-force with --previous-dir is an argument error", async () => {
    const other = as2023("huaian-2024", undefined, "other-report.json");
    const r = await runCli("report", PINGTAN_2024, "-o", join(dir, "rep"), "--previous", other);
    expect(r.code).toBe(0);
    expect(r.err).toContain("不是同一单位，不做跨年度检查（C1a、C1b、S1、S2）；如确是同一单位（如机关更名），请加 --previous-force");
    const bad = await runCli("check", PINGTAN_2024, "--previous-dir", dir, "--previous-force");
    expect([bad.code, bad.err]).toEqual([2, "--previous-force 只能与 --previous 一起用：--previous-dir 按机关名称为每份报告找它自己的上年报告，不会用其他单位的报告\n"]);
  });
});

describe("check --previous-dir", () => {
  test("a last-year name written with its province is found; another unit's report never is", async () => {
    const last = join(dir, "last-year");
    mkdirSync(last);
    as2023("pingtan-2024", `福建省${PINGTAN_AGENCY}`, "pt.json", last);
    as2023("huaian-2024", undefined, "ha.json", last);
    const r = await runCli("check", PINGTAN_2024, "--previous-dir", last, "--json");
    const [f] = files(r.out);
    expect(f.previous?.file).toBe(join(last, "pt.json"));
    expect(f.previous_note).toContain("写法不同，按同一单位检查");
  });
});
