/**
 * What kind of agency a report is from, read from the agency's name: a government (县级以上地方人民政府, whose report
 * the disclosure office publishes by 3月31日), a township or street (乡、镇人民政府, 街道办事处: dates from local
 * notices), or a department of a government (局、委、办、厅 …: by 1月31日). Source: 《政府信息公开条例》第四十九条,
 * report-format.md §5.
 *
 * The words are data (`AGENCY_PATTERNS`), tried in order; the first that fits decides. A name is only called a
 * department when nothing in it points elsewhere (a township, a party organ, the disclosure office, a region's 管委会),
 * since a department's deadline is the earliest one and a wrong call would be a false alarm; a name that fits no
 * pattern is `unknown`. The publication-date rule (S10) takes its deadline from the kind; the reader of statistical
 * sentences uses it to tell whose figures `本级` are.
 */

/** The kinds of agency, by the publication deadline the 条例 sets for them. */
export type AgencyKind = "government" | "township" | "department" | "unknown";

/** The kind of an agency and the words of its name that show it. */
export interface AgencyClass {
  kind: AgencyKind;
  /** The words recognised, as written in the name (`人民政府`, `局`, `街道办事处`, `汇总平潭综合实验区`); `""` when none. */
  words: string;
  /** Why, in Chinese, for messages: `名称以“局”结尾`. */
  reason: string;
}

/** One pattern on an agency name (whitespace removed, brackets full-width). */
export interface AgencyPattern {
  kind: AgencyKind;
  /** Tested on the whole name; the first capture group (or the whole match) is the `words` of the class. */
  pattern: RegExp;
  /** Why, in Chinese; `{words}` is replaced by the words matched. */
  reason: string;
  /** Compound words removed before `pattern` is tested (`城乡` is not a 乡). */
  ignore?: RegExp;
}

/** Words that name a region at county level or above, as the end of a bare region name (`平潭综合实验区`, `淮安市`). */
const REGION_END = "(?<![社小校景园片街厂营])(?:省|自治区|市|县|自治县|旗|自治旗|盟|州|自治州|区)";
/** Department endings: 局、分局、厅、委员会、委、办公室、办、部、署、研究室. */
const DEPARTMENT_END = "(?:局|厅|委员会|委|办公室|办|部|署|研究室)";

/** The patterns, in the order they are tried. */
export const AGENCY_PATTERNS: AgencyPattern[] = [
  // The disclosure office (领导小组办公室, 政务公开办) publishes its government's report as well as its own.
  { kind: "unknown", pattern: /(政府信息公开|政务公开|信息公开)/, reason: "名称含“{words}”：政府信息公开工作主管部门既发布本机关的年报，也发布本级政府的年报" },
  // Party organs (市委、区委办公室、党工委、纪委) are not government departments.
  { kind: "unknown", pattern: /(中共|党委|党工委(?!管委会|管理委员会)|纪委|[省市县区州旗盟]委(?!员会))/, reason: "名称含“{words}”，不是人民政府或其部门" },
  { kind: "township", pattern: /((?:乡|镇|苏木)(?:人民政府|政府)?)$/, reason: "名称以“{words}”结尾，是乡镇" },
  { kind: "township", pattern: /(街道(?:办事处|办)?)$/, reason: "名称以“{words}”结尾，是街道" },
  // An office of a township or street (镇党政办) is no department of a county-level government.
  // (A 乡 or 镇 followed closely by 市、县、区 is part of a city's or county's name: 桐乡市, 镇江市, 镇雄县.)
  {
    kind: "unknown",
    pattern: /((?:乡|镇)(?![^市县区旗]{0,2}[市县区旗])|街道|苏木)/,
    ignore: /城乡|乡村|城镇|乡镇|村镇/g,
    reason: "名称含“{words}”，可能是乡镇、街道所属机构",
  },
  { kind: "government", pattern: /(人民政府|行政公署|政府)$/, reason: "名称以“{words}”结尾，是地方人民政府" },
  { kind: "government", pattern: /(?<=区(?:党工委)?)(管委会|管理委员会)$/, reason: "名称以“{words}”结尾，是开发区、新区等区域的管理委员会" },
  // 县人民政府办公室, 市人民政府国有资产监督管理委员会: a body of the named government.
  { kind: "department", pattern: new RegExp(`人民政府.*?(${DEPARTMENT_END})$`), reason: "名称以“{words}”结尾，是人民政府的部门" },
  // 城市管理委员会 is a department, 住房公积金管理委员会 is not: a 管理委员会 that names no government is not placed.
  { kind: "unknown", pattern: /(管理委员会|管委会)$/, reason: "名称以“{words}”结尾，看不出是区域的管委会还是部门" },
  { kind: "department", pattern: new RegExp(`(${DEPARTMENT_END})$`), reason: "名称以“{words}”结尾，是人民政府的部门" },
  { kind: "government", pattern: new RegExp(`(${REGION_END})$`), reason: "名称是行政区域名称（以“{words}”结尾），是该地区人民政府的年报" },
];

/** The name as the patterns read it: no whitespace, brackets full-width. */
function normalise(name: string): string {
  return name.replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）");
}

function classifyBare(name: string): AgencyClass {
  for (const p of AGENCY_PATTERNS) {
    const m = p.pattern.exec(p.ignore ? name.replace(p.ignore, "") : name);
    if (!m) continue;
    const words = m[1] ?? m[0];
    return { kind: p.kind, words, reason: p.reason.replace("{words}", words) };
  }
  return { kind: "unknown", words: "", reason: "从名称看不出是人民政府、乡镇街道还是部门" };
}

/**
 * The name the report is by, as the patterns read it: no whitespace, brackets full-width, closing notes in brackets
 * left out — except a summary note `（汇总平潭综合实验区）`, whose region is then the name (the report is the region's).
 */
export function reportingName(name: string): string {
  let n = normalise(name);
  for (;;) {
    const note = /^(.+)（([^（）]*)）$/.exec(n);
    if (!note) return n;
    const summary = /^汇总(.+)$/.exec(note[2]);
    if (summary) return summary[1];
    n = note[1];
  }
}

/**
 * The kind of agency a report is from, by its name (`淮安市人民政府`, `县人民政府办公室`, `中仓街道`). A closing
 * note `（汇总平潭综合实验区）` makes the report the named region's (a summary of the region is the government's
 * report); any other closing note in brackets is left out. Never throws; an empty name is `unknown`.
 */
export function classifyAgency(name: string): AgencyClass {
  let n = normalise(name);
  for (;;) {
    const note = /^(.+)（([^（）]*)）$/.exec(n);
    if (!note) break;
    const summary = /^汇总(.+)$/.exec(note[2]);
    if (summary) {
      const region = classifyBare(summary[1]);
      if (region.kind === "government") return { kind: "government", words: note[2], reason: `名称注明“${note[2]}”，是该地区人民政府的年报` };
      return { kind: "unknown", words: note[2], reason: `名称注明“${note[2]}”，看不出所汇总的是政府还是部门` };
    }
    n = note[1];
  }
  if (n === "") return { kind: "unknown", words: "", reason: "未填机关名称" };
  return classifyBare(n);
}
