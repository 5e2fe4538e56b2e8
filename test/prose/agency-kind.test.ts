/**
 * The kind of agency a report is from, by its name (S10 deadlines, 条例第四十九条). The names are real: the agencies of
 * the reports in shared/fixtures/reports, the seed, and the reports of the prose corpus (test/prose/corpus.ts).
 */
import { classifyAgency, type AgencyKind } from "../../src/prose";

const cases: [string, AgencyKind, string][] = [
  // governments: their own report is due by 3月31日
  ["淮安市人民政府", "government", "人民政府"],
  ["上海市人民政府", "government", "人民政府"],
  ["九江市濂溪区人民政府", "government", "人民政府"],
  ["合江县人民政府", "government", "人民政府"],
  ["某地区行政公署", "government", "行政公署"],
  ["平潭综合实验区", "government", "区"], // the agency read from pingtan-*.source.txt: a bare region name
  ["上海市普陀区", "government", "区"],
  ["平潭综合实验区党工委管委会", "government", "管委会"],
  ["某经济技术开发区管理委员会", "government", "管理委员会"],
  // a summary of the region, as pingtan's data files name their agency
  ["平潭综合实验区管委会办公室（汇总平潭综合实验区）", "government", "汇总平潭综合实验区"],
  ["平潭综合实验区政府信息公开工作领导小组办公室（汇总平潭综合实验区）", "government", "汇总平潭综合实验区"],
  // townships and streets: the date comes from a local notice
  ["海城市西四镇", "township", "镇"],
  ["北京市通州区中仓街道", "township", "街道"],
  ["中仓街道办事处", "township", "街道办事处"],
  ["某民族乡人民政府", "township", "乡人民政府"],
  ["宝鸡市渭滨区驼峰路街道", "township", "街道"],
  // departments: by 1月31日, offices of a government included
  ["三明市沙县区工信与科技局", "department", "局"],
  ["县人民政府办公室", "department", "办公室"],
  ["南京市溧水区人民政府办公室", "department", "办公室"],
  ["平潭综合实验区管委会办公室", "department", "办公室"],
  ["孝感市人民政府研究室", "department", "研究室"],
  ["兴安盟卫生健康委员会", "department", "委员会"],
  ["国家卫生健康委员会", "department", "委员会"],
  ["自然资源部", "department", "部"],
  ["济宁市生态环境局汶上县分局", "department", "局"],
  ["十堰市住房和城乡建设局", "department", "局"], // 城乡 is not a 乡
  ["桐乡市公安局", "department", "局"], // 桐乡 is a city
  ["镇江市交通运输局", "department", "局"],
  // not placed: only the latest date (3月31日) applies
  ["某镇党政办公室", "unknown", "镇"],
  ["某镇人民政府办公室", "unknown", "镇"],
  ["中共某市委办公室", "unknown", "中共"],
  ["平潭综合实验区政府信息公开工作领导小组办公室", "unknown", "政府信息公开"],
  ["北京市城市管理委员会", "unknown", "管理委员会"],
  ["某市住房公积金管理委员会", "unknown", "管理委员会"],
  ["某市政务服务中心", "unknown", ""],
  ["某社区", "unknown", ""],
  ["", "unknown", ""],
];

test.each(cases)("%s is %s (by “%s”)", (name, kind, words) => {
  const c = classifyAgency(name);
  expect([c.kind, c.words]).toEqual([kind, words]);
  expect(c.reason).not.toBe("");
});

test("spaces and half-width brackets are read like the printed name", () => {
  expect(classifyAgency(" 平潭综合实验区管委会办公室 (汇总平潭综合实验区) ").kind).toBe("government");
  expect(classifyAgency("淮安市 人民政府").kind).toBe("government");
});
