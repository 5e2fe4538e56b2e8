/**
 * The summary's words on copies shared by many reports and on several reports of one unit: a cluster's heading (the
 * terminal and the page say it alike) and the page's 同一单位多份报告 section.
 */
import { clusterOf, type CopyGroup } from "../review/copies";
import type { SameUnitGroup } from "../review/same-unit";
import { visibleText } from "../report/hidden-chars";
import { escapeHtml } from "./html";

/** HTML-escaped, control and invisible characters from user values shown as [U+XXXX] (as the rest of the page). */
const esc = (s: string): string => escapeHtml(visibleText(s));

const pct = (x: number) => `${Math.floor(x * 100 + 1e-9)}%`;

/**
 * A cluster's heading (more than two reports): `以下 5 份报告的五、…近乎相同（C1a，相似度 100%）`; when some members are
 * joined only through others, `…彼此雷同（C1a，10 对中 7 对达到阈值，相似度 86%–100%）`.
 */
export function clusterHeading(g: CopyGroup): string {
  const c = clusterOf(g);
  const n = g.members.length;
  const range = pct(c.min) === pct(c.max) ? pct(c.max) : `${pct(c.min)}–${pct(c.max)}`;
  const how = c.complete ? `近乎相同（${g.rule}，相似度 ${range}）` : `彼此雷同（${g.rule}，${(n * (n - 1)) / 2} 对中 ${g.pairs.length} 对达到阈值，相似度 ${range}）`;
  return `以下 ${n} 份报告的${g.section}${how}`;
}

/** The page's section on several reports of one unit. */
export const SAME_UNIT_SECTION = { id: "h-same-unit", title: "同一单位多份报告" } as const;

/**
 * The section's HTML: each unit's reports of one year, then of several years.
 * @param reportLink a report's link (unit and file) by batch index, as HTML.
 */
export function sameUnitHtml(groups: readonly SameUnitGroup[], reportLink: (index: number) => string): string[] {
  const list = (g: SameUnitGroup) => `<ul>${g.members.map((m) => `<li>${reportLink(m)}</li>`).join("")}</ul>`;
  const out: string[] = [];
  const sameYear = groups.filter((g) => g.kind === "same_year");
  const years = groups.filter((g) => g.kind === "years");
  if (sameYear.length > 0) {
    out.push("<p>以下单位在本批中有同一年度的多份报告（请确认哪一份是正式报告）；它们之间不作内容雷同比较，每份报告仍在汇总表中单列一行。</p>", "<ul>");
    for (const g of sameYear) out.push(`<li>${esc(g.unit)} ${g.year === null ? "年度未填写" : `${g.year} 年度`} ${g.members.length} 份：${list(g)}</li>`);
    out.push("</ul>");
  }
  if (years.length > 0) {
    out.push("<p>以下单位在本批中有不同年度的报告：不作为单位之间的内容雷同比较；与上年报告比较请把上年报告放在另一个文件夹，用 --previous-dir。</p>", "<ul>");
    for (const g of years) out.push(`<li>${esc(g.unit)} ${g.years.join("、")} 年度：${list(g)}</li>`);
    out.push("</ul>");
  }
  return out;
}
