/**
 * S3, S4 and S6 on real reports: their own text against their own tables (no false finding), and the one real
 * contradiction of the corpus found.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";
import { reportFromJson, type ReportData } from "../../src/report";
import { checkSoftRules } from "../../src/rules";
import { fixturePath, REPORT_FIXTURES } from "../support/shared";

const load = (name: string) => reportFromJson(JSON.parse(fs.readFileSync(fixturePath(name), "utf8")));
const figureFindings = (d: ReportData) => checkSoftRules(d).filter((f) => ["S3", "S4", "S6"].includes(f.rule));

/** The text between two markers of a published report's extracted page. */
function between(source: string, from: string, to: string): string {
  const text = fs.readFileSync(`${REPORT_FIXTURES}/${source}.source.txt`, "utf8");
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + from.length);
  if (start < 0 || end < 0) throw new Error(`${source}: no text between ${from} and ${to}`);
  return text.slice(start + from.length, end).trim();
}

test("淮安市人民政府 2024: 14 figures in its own words, all agreeing with its tables", () => {
  expect(figureFindings(load("huaian-2024"))).toEqual([]);
});

test("平潭 2021 and 2024: the published 一（二）、一（三） against the published tables", () => {
  const d2021 = load("pingtan-2021");
  d2021.text.overview.disclosure_on_request = between("pingtan-2021", "（二）依申请公开方面。", "（三）政府信息管理方面。");
  expect(d2021.text.overview.disclosure_on_request).toContain("本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。");
  expect(figureFindings(d2021)).toEqual([]);
  const d2024 = load("pingtan-2024");
  d2024.text.overview.disclosure_on_request = between("pingtan-2024", "（二）依申请公开方面。", "（三）政府信息管理方面。");
  d2024.text.overview.information_management = between("pingtan-2024", "（三）政府信息管理方面。", "（四）信息公开平台建设方面。");
  expect(figureFindings(d2024)).toEqual([]);
  // The same text a year off: the figures no longer fit.
  d2024.values["table2.normative_documents.issued"] = 61;
  expect(figureFindings(d2024).map((f) => [f.rule, f.left, f.right, f.cells])).toEqual([["S3", 62, 61, ["table2.normative_documents.issued"]]]);
});

test("长春市净月区体育局 2023: “共受理政府信息公开申请2件” above a 表三 with 3 — found", () => {
  const d = load("pingtan-2021");
  d.year = 2023;
  for (const k of Object.keys(d.values)) if (k.startsWith("table3.")) d.values[k] = 0;
  d.values["table3.new[natural_person]"] = 3;
  d.values["table3.new[total]"] = 3;
  d.text.overview.disclosure_on_request =
    "我局高度重视依申请公开事项的答复，严格依法依规做好政府信息依申请公开答复。本年度,共受理政府信息公开申请2件,都在法定期限内予以答复。";
  const f = figureFindings(d);
  expect(f.map((x) => [x.rule, x.left, x.right, x.quote?.text])).toEqual([["S3", 2, 3, "本年度,共受理政府信息公开申请2件,都在法定期限内予以答复。"]]);
});

describe("S3 leaves another unit's figures alone (user test on pingtan-2024, 本年新收 218)", () => {
  const PUBLISHED = "规范做好申请登记、审查、办理、答复、归档等工作。全年办理政府信息公开申请218件。";
  const subUnits = ["其中，区公安局收到申请56件。", "市本级收到政府信息公开申请120件。", "各县（区）共收到政府信息公开申请1000件。", "管委会办公室本级收到申请18件。"];
  const withText = (sentence: string) => {
    const d = load("pingtan-2024");
    d.text.overview.disclosure_on_request = PUBLISHED + sentence;
    return d;
  };
  test.each(subUnits)("“%s” gives no finding", (sentence) => {
    expect(figureFindings(withText(sentence))).toEqual([]);
  });
  test.each(["本机关收到申请200件。", "我局共收到政府信息公开申请200件。", "本单位收到申请200件。", "本级机关收到申请200件。"])(
    "the agency itself, “%s”, is still checked",
    (sentence) => {
      expect(figureFindings(withText(sentence)).map((f) => [f.rule, f.left, f.right, f.quote?.text])).toEqual([["S3", 200, 218, sentence]]);
    },
  );
  test("nianbao check on the data file with each sentence: no S3; with a wrong figure of the agency's own: S3", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-subunit-"));
    const json = JSON.parse(fs.readFileSync(fixturePath("pingtan-2024"), "utf8"));
    const file = (name: string, text: string) => {
      const f = path.join(dir, `${name}.json`);
      fs.writeFileSync(f, JSON.stringify({ ...json, text: { overview: { disclosure_on_request: text } } }));
      return f;
    };
    const files = [file("subunits", PUBLISHED + subUnits.join("")), file("self", PUBLISHED + "我局共收到政府信息公开申请200件。")];
    const r = await runCli("check", ...files, "--json");
    const results = JSON.parse(r.out).files as { findings: { rule: string; message: string }[] }[];
    expect(results[0].findings.filter((f) => f.rule === "S3")).toEqual([]);
    expect(results[1].findings.filter((f) => f.rule === "S3").map((f) => f.message)).toEqual([
      expect.stringContaining("与表三 一、本年新收·总计（218 件）不符"),
    ]);
    fs.rmSync(dir, { recursive: true });
  });
});
