/**
 * The roster's section of the summary page (`check --roster`): units on the roster with no report, with their
 * parent, and reports whose unit is not on the roster, with the roster's nearest name.
 */
import type { RosterCheck } from "../review/roster";
import { escapeHtml as esc } from "./html";

/** The section's id and title, as the page's navigation lists them. */
export const ROSTER_SECTION = { id: "h-roster", title: "名单核对" } as const;

/**
 * The roster section's HTML (inside its `<section>`, after its heading).
 * @param reportLink the HTML naming and linking a report of the batch, by batch index.
 */
export function rosterHtml(r: RosterCheck, reportLink: (index: number) => string): string[] {
  const out = [
    `<p>名单 <span class="file">${esc(r.file)}</span> 共 ${r.expected} 个单位：已收到 ${r.received} 个单位的报告，<strong>${r.missing.length} 个单位没有报告</strong>；单位不在名单上的报告 ${r.notOnRoster.length} 份。单位名称按全角半角、空格、标点、其它/其他统一后比较。</p>`,
  ];
  if (r.missing.length > 0) {
    out.push(
      '<div class="table-scroll"><table id="roster-missing"><caption>没有报告的单位</caption>',
      '<thead><tr><th scope="col" class="n">名单行</th><th scope="col">单位</th><th scope="col">上级单位</th></tr></thead><tbody>',
      ...r.missing.map((u) => `<tr><td class="n">${u.line}</td><td>${esc(u.name)}</td><td>${esc(u.parent ?? "")}</td></tr>`),
      "</tbody></table></div>",
    );
  }
  if (r.notOnRoster.length > 0) {
    out.push(
      '<div class="table-scroll"><table id="roster-unknown"><caption>单位不在名单上的报告</caption>',
      '<thead><tr><th scope="col">报告</th><th scope="col">名单上相近的名称</th></tr></thead><tbody>',
      ...r.notOnRoster.map((o) => `<tr><td>${reportLink(o.index)}</td><td>${o.suggestion ? esc(o.suggestion) : '<span class="muted">（没有相近的名称）</span>'}</td></tr>`),
      "</tbody></table></div>",
    );
  }
  return out;
}
