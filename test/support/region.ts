/**
 * A county's folder of received reports, as a reviewer gets it, built in a temporary folder for the batch tests, the
 * summary page's browser test and the demo of the reviewer's desk:
 *
 *   县人力资源和社会保障局.xlsx   a good workbook (平潭 2021's figures, every text filled in): 通过, 0 强制, 0 提示
 *   县民政局.xlsx                 the same with 表三 一、本年新收·总计 71 for 70: 未通过, H1.new and H3.total (2 强制)
 *   乡镇/城关镇.json              a good data file, in a sub-folder: 通过, 0 强制, 0 提示
 *   县交通运输局.xlsx             a workbook cut off half-way: 无法读取
 *   联系人名单.xlsx               a workbook that is not a report: 无法读取
 *   县水利局.json, 县林业局.json  two good data files whose 五 is the same text with the unit's name and the numbers
 *                                 changed (内容雷同 across units): 通过, 0 强制, 0 提示 each
 *   units.csv (beside the folder) the roster: the seven units above that are reports, and 县审计局, which sent nothing
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { runCli } from "./cli";
import { fixturePath } from "./shared";
import { XlsxWorkbook } from "../../src/workbook/xlsx";

/** The report year of every unit. */
export const REGION_YEAR = 2021;

/** 五 of 县水利局 and 县林业局: one text, the unit's name and the figures filled in. */
export function copiedProblems(unit: string, trainings: number, items: number): string {
  return (
    `一是政府信息公开工作人员业务能力有待提升，${unit}全年仅组织专题培训${trainings}次；二是政策解读形式较为单一，图解、视频等解读方式运用不多；` +
    `三是依申请公开办理流程仍需进一步规范。针对上年度报告指出的问题，${unit}已逐项整改落实，全年更新主动公开目录${items}项。` +
    `下一步，${unit}将加强业务培训，丰富解读形式，规范办理流程，不断提升政府信息公开工作水平。`
  );
}

/** Each unit's own 一 and 五, all different from each other. */
const OWN_TEXT: Record<string, { overview: string; problems: string }> = {
  县人力资源和社会保障局: {
    overview: "本局坚持以公开为常态、不公开为例外，围绕就业创业、社会保险和劳动关系等重点领域，持续推进政务公开标准化规范化建设。",
    problems:
      "存在的问题：社会保险待遇政策的解读还不够通俗，部分群众反映查找办事指南不便。上年度报告所列“公开内容更新不及时”的问题已整改，建立了每月核查制度。今后将以问答形式解读社保新政，并优化网站栏目导航。",
  },
  县民政局: {
    overview: "本局围绕社会救助、养老服务和婚姻登记等民生事项，及时公开救助标准、资金发放和服务机构名录，保障群众的知情权和监督权。",
    problems:
      "一方面，基层民政服务站点的信息公开栏更新不及时；另一方面，救助资金公示的格式不统一。对上年度提出的公示期限不足问题，已全部按规定延长公示期，完成整改。下一步将统一公示模板，并对站点开展季度抽查。",
  },
  城关镇: {
    overview: "本镇把政务公开融入乡村振兴和基层治理，通过村务公开栏、镇政府网站栏目和微信公众号同步发布惠农补贴、项目建设等信息。",
    problems:
      "镇村两级公开队伍人员变动频繁，业务衔接不够顺畅；部分村务公开栏内容与网站不一致。上年度发现的村级财务公开滞后问题已落实整改，实行按月公开。明年将固定联络员，并建立镇村公开内容比对机制。",
  },
  县水利局: {
    overview: "本局聚焦防汛抗旱、水资源管理和水利工程建设，主动公开汛期预警、取水许可审批结果和重点工程招投标信息。",
    problems: copiedProblems("县水利局", 2, 12),
  },
  县林业局: {
    overview: "本局围绕森林防火、林木采伐审批和生态公益林补偿等工作，公开审批结果、补偿资金发放情况和执法检查信息。",
    problems: copiedProblems("县林业局", 3, 15),
  },
};

/** A unit's report data file: 平潭 2021's figures with the unit's name, year, contact and own text. */
export function unitReport(unit: string): Record<string, unknown> {
  const json = JSON.parse(readFileSync(fixturePath("pingtan-2021"), "utf8")) as Record<string, unknown>;
  const text = OWN_TEXT[unit];
  return {
    ...json,
    agency: unit,
    year: REGION_YEAR,
    contact: { office: `${unit}办公室`, address: "县行政中心", postcode: "350400", phone: "0591-86100000", fax: "", email: "", website: "县政府门户网站" },
    text: {
      overview_intro: text.overview,
      overview: {},
      problems: text.problems,
      other_matters: "本年度未收取信息处理费。",
    },
    publish_date: "2022-01-20",
  };
}

/** The files of the region, by what the tests expect of them. */
export interface Region {
  folder: string;
  roster: string;
  good: string;
  h1: string;
  dataFile: string;
  truncated: string;
  notReport: string;
  copyA: string;
  copyB: string;
}

/** Build the region in `dir` (the folder `dir/收到的报告` and the roster `dir/units.csv`). */
export async function makeRegion(dir: string): Promise<Region> {
  const folder = join(dir, "收到的报告");
  mkdirSync(join(folder, "乡镇"), { recursive: true });
  const data = (name: string, json: unknown) => {
    const path = join(dir, `${name}.data.json`);
    writeFileSync(path, JSON.stringify(json));
    return path;
  };
  const workbook = async (name: string, json: Record<string, unknown>) => {
    const out = join(folder, `${name}.xlsx`);
    const code = (await runCli("init", out, "--data", data(name, json))).code;
    if (code !== 0) throw new Error(`init ${name}: exit ${code}`);
    return out;
  };

  const good = await workbook("县人力资源和社会保障局", unitReport("县人力资源和社会保障局"));
  const withError = unitReport("县民政局") as { table3: { new: number[] } };
  withError.table3.new[6] = 71;
  const h1 = await workbook("县民政局", withError as unknown as Record<string, unknown>);
  const dataFile = join(folder, "乡镇", "城关镇.json");
  writeFileSync(dataFile, JSON.stringify(unitReport("城关镇"), null, 2));
  const truncated = join(folder, "县交通运输局.xlsx");
  const bytes = readFileSync(good);
  writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const notReport = join(folder, "联系人名单.xlsx");
  const plain = XlsxWorkbook.create();
  await plain.apply([
    { op: "addSheet", sheet: "名单" },
    { op: "values", range: { sheet: "名单", row: 0, col: 0, rows: 2, cols: 2 }, values: [["单位", "联系人"], ["县水利局", "张三"]] },
  ]);
  await plain.save(notReport);
  const copyA = join(folder, "县水利局.json");
  writeFileSync(copyA, JSON.stringify(unitReport("县水利局"), null, 2));
  const copyB = join(folder, "县林业局.json");
  writeFileSync(copyB, JSON.stringify(unitReport("县林业局"), null, 2));

  const roster = join(dir, "units.csv");
  const units = ["县人力资源和社会保障局", "县民政局", "城关镇", "县交通运输局", "县水利局", "县林业局", "县审计局"];
  writeFileSync(roster, `单位名称,上级单位\r\n${units.map((u) => `${u},某县人民政府`).join("\r\n")}\r\n`);
  return { folder, roster, good, h1, dataFile, truncated, notReport, copyA, copyB };
}
