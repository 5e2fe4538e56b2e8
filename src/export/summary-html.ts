/**
 * The reviewer's summary page (`nianbao check … --html 汇总.html`): one self-contained HTML file — inline CSS, a small
 * inline script for sorting, an inline SVG chart, nothing fetched — that a 政务公开办 opens, sorts, prints on A4 and
 * sends on.
 *
 * Sections: the summary table (one row per report: 单位, 年度, 格式, 强制, 提示, 已说明, 内容雷同, 结果, 文件; sortable by
 * every column, keyboard included); the rules that found most across the batch (a bar chart with the same figures as a
 * table); the copied text between units and from last year; the roster (units with no report, reports not on it);
 * then each report's findings with their cells, both sides and the value that fixes them, worded as in the task pane
 * and the CLI. Accessibility: `lang="zh-CN"`, one `<h1>`, tables with captions and scoped headers, sort buttons with
 * `aria-sort`, the chart an `img` with a title and description, status by word and sign, never colour alone, WCAG AA
 * colours. Printing: A4, the navigation and buttons hidden, table headings repeated on each page.
 *
 * Pure: the caller streams the strings to a file; each report's findings are read one at a time (`details`).
 */
import { formatDifference, findingPlace, findingSides, fixText, SEVERITY_LABEL, type Finding } from "../rules";
import { getFormat } from "../format";
import { reasonWithoutFile, STATUS_LABEL, type ReportOutcome, type ReportStatus } from "../review/outcome";
import { unitFromFileName } from "../review/unit-name";
import { copyCounts, type BatchSummary } from "../review/summary";
import { clusterOf, PAIRS_SHOWN_UP_TO } from "../review/copies";
import { clusterHeading, SAME_UNIT_SECTION, sameUnitHtml } from "./summary-copies";
import type { ReportRow, RuleTally } from "../review/tally";
import { visibleText } from "../report/hidden-chars";
import { escapeHtml } from "./html";
import { ROSTER_SECTION, rosterHtml } from "./summary-roster";

/** A value for the page, HTML-escaped, with control, bidi and invisible characters shown as `[U+XXXX]`. */
const esc = (s: string): string => escapeHtml(visibleText(s));

/** The page's title. */
/** The page's `generator`: how a folder walk knows the summary page from a report published as a web page. */
export const SUMMARY_GENERATOR = "年报助手 nianbao check";

export const SUMMARY_TITLE = "政府信息公开工作年度报告审核汇总";

const CSS = `
:root { color-scheme: light; }
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; color: #1a1a1a;
  background: #fff; margin: 0 auto; max-width: 75rem; padding: 1rem 1.25rem 3rem; line-height: 1.6; overflow-wrap: anywhere; }
h1 { font-size: 1.5rem; margin: 0.5rem 0; }
h2 { font-size: 1.2rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 2px solid #1a1a1a; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 0.4rem; }
p { margin: 0.4rem 0; }
a { color: #0f5ca8; }
a:focus-visible, button:focus-visible, [tabindex]:focus-visible { outline: 3px solid #0f6cbd; outline-offset: 2px; }
.skip { position: absolute; left: -999rem; }
.skip:focus { left: 1rem; top: 0.5rem; background: #fff; padding: 0.3rem 0.6rem; }
nav ul { list-style: none; padding: 0; margin: 0.6rem 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; }
.totals { display: flex; flex-wrap: wrap; gap: 0.4rem 1.6rem; margin: 0.6rem 0; padding: 0; list-style: none; font-weight: bold; }
.table-scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; line-height: 1.45; margin: 0.4rem 0 1rem; }
caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
th, td { border: 1px solid #8a8a8a; padding: 0.25rem 0.45rem; vertical-align: top; text-align: left; }
thead th { background: #eef1f5; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.fmt, .rule { white-space: nowrap; overflow-wrap: normal; }
th button { font: inherit; font-weight: bold; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit; }
th button .arrow { color: #555; }
.st { font-weight: bold; white-space: nowrap; }
.st-passed { color: #0b6a0b; }
.st-failed { color: #a4262c; }
.st-unreadable { color: #6b4e00; }
.sev-error { color: #a4262c; font-weight: bold; white-space: nowrap; }
.sev-warning { color: #6b4e00; white-space: nowrap; }
.quote { color: #333; }
.file { color: #444; font-size: 0.85em; }
.muted { color: #555; }
figure { margin: 0.5rem 0 1rem; }
figure svg { max-width: 100%; height: auto; }
.legend { display: flex; gap: 1.2rem; margin: 0.2rem 0; list-style: none; padding: 0; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.3em; vertical-align: -0.1em; }
.report { border-top: 1px solid #ccc; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav, .skip, th button .arrow, .screen-only { display: none; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  table { font-size: 8.5pt; }
  thead { display: table-header-group; }
  tr, figure { break-inside: avoid; }
  .table-scroll { overflow: visible; }
  a { color: inherit; text-decoration: none; }
}
`.trim();

/** Sorts a table by the column whose heading button is pressed; cells sort by `data-sort` when they have one. */
const SCRIPT = `
(function () {
  function key(cell) { var v = cell.getAttribute("data-sort"); return v === null ? cell.textContent.trim() : v; }
  function compare(a, b) {
    var x = Number(a), y = Number(b);
    if (a !== "" && b !== "" && !isNaN(x) && !isNaN(y)) return x - y;
    return a.localeCompare(b, "zh-CN");
  }
  document.querySelectorAll("table[data-sortable]").forEach(function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = th.querySelector("button");
      if (!button) return;
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { if (h.querySelector("button")) h.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var d = compare(key(r1.cells[col]), key(r2.cells[col]));
          if (d === 0) d = Number(r1.getAttribute("data-index")) - Number(r2.getAttribute("data-index"));
          return ascending ? d : -d;
        });
        rows.forEach(function (r) { body.appendChild(r); });
        var status = document.getElementById(table.getAttribute("data-status"));
        if (status) status.textContent = "已按“" + button.getAttribute("data-label") + "”" + (ascending ? "升序" : "降序") + "排列";
      });
    });
  });
})();
`.trim();

/** Sort order of statuses: the ones needing action first. */
const STATUS_ORDER: Record<ReportStatus, number> = { failed: 0, unreadable: 1, passed: 2 };
const STATUS_SIGN: Record<ReportStatus, string> = { passed: "✓", failed: "✗", unreadable: "?" };

function statusHtml(s: ReportStatus): string {
  return `<span class="st st-${s}"><span aria-hidden="true">${STATUS_SIGN[s]} </span>${STATUS_LABEL[s]}</span>`;
}

/** A report's unit as listed: its 机关名称, or for a file that could not be read the name its file gives. */
function unitName(r: ReportRow): string {
  if (r.status === "unreadable") return `${unitFromFileName(r.file) || r.file}（据文件名）`;
  return r.unit || "（未填写机关名称）";
}

/** How the page names and links files: as given, or relative to the page with a link (`PageOptions.fileLink`). */
type FileLink = ((file: string) => string) | undefined;

function fileHtml(file: string, fileLink: FileLink): string {
  if (!fileLink) return esc(file);
  const href = fileLink(file);
  return `<a href="${esc(href)}">${esc(decodeURI(href))}</a>`;
}

const reportId = (index: number) => `r-${index + 1}`;

/** A sortable column heading. */
function sortHead(label: string, numeric = false): string {
  return `<th scope="col" aria-sort="none"${numeric ? ' class="n"' : ""}><button type="button" data-label="${esc(label)}">${esc(label)}<span class="arrow" aria-hidden="true"> ↕</span></button></th>`;
}

function summaryTable(s: BatchSummary, link: FileLink): string[] {
  const copies = copyCounts(s.copies);
  const out = [
    `<section aria-labelledby="h-table"><h2 id="h-table">汇总表</h2>`,
    `<p class="muted screen-only" id="sort-hint">点击列标题可按该列排序，再点一次倒序。单位名称链接到该报告的问题。</p>`,
    `<p class="muted screen-only" role="status" id="sort-status"></p>`,
    `<div class="table-scroll"><table id="summary" data-sortable data-status="sort-status" aria-describedby="sort-hint">`,
    `<caption>各报告检查结果（${s.rows.length} 份）</caption>`,
    "<thead><tr>" +
      [sortHead("序号", true), sortHead("单位"), sortHead("年度", true), sortHead("格式"), sortHead("强制", true), sortHead("提示", true), sortHead("已说明", true), sortHead("内容雷同", true), sortHead("结果"), sortHead("文件")].join("") +
      "</tr></thead>",
    "<tbody>",
  ];
  for (const r of s.rows) {
    const read = r.status !== "unreadable";
    const num = (n: number) => (read ? `<td class="n">${n}</td>` : `<td class="n" data-sort="-1"></td>`);
    out.push(
      `<tr data-index="${r.index}">` +
        `<td class="n">${r.index + 1}</td>` +
        `<td><a href="#${reportId(r.index)}">${esc(unitName(r))}</a></td>` +
        `<td class="n">${r.year ?? ""}</td>` +
        `<td class="fmt">${esc(r.format ?? "")}</td>` +
        num(r.counts.errors) +
        num(r.counts.warnings) +
        num(r.counts.explained) +
        `<td class="n">${copies.get(r.index) ?? 0}</td>` +
        `<td data-sort="${STATUS_ORDER[r.status]}">${statusHtml(r.status)}</td>` +
        `<td class="file">${fileHtml(r.file, link)}</td>` +
        "</tr>",
    );
  }
  out.push("</tbody></table></div></section>");
  return out;
}

/** Bar colours: 强制 and 提示 (3:1 against white, with the words beside them). */
const BAR = { error: "#a4262c", warning: "#b06a00" };

/** The chart of the rules that found most: one bar per rule, its length the number of reports. */
function ruleChart(rules: RuleTally[], reports: number): string[] {
  const out = [`<section aria-labelledby="h-rules"><h2 id="h-rules">各规则的问题</h2>`];
  if (rules.length === 0) {
    out.push("<p>所有报告都没有发现问题。</p></section>");
    return out;
  }
  const rowH = 26;
  const labelW = 250;
  const barW = 340;
  const width = labelW + barW + 140;
  const height = rules.length * rowH + 10;
  const max = Math.max(...rules.map((r) => r.reports), 1);
  const desc = rules.map((r) => `${r.rule} ${r.title}：${r.reports} 份报告，${r.findings} 项`).join("；");
  const svg = [
    `<svg id="rule-chart" role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg" font-size="13" font-family="Microsoft YaHei, PingFang SC, Noto Sans CJK SC, sans-serif">`,
    `<title id="chart-title">各规则发现问题的报告数（共 ${reports} 份报告）</title>`,
    `<desc id="chart-desc">${esc(desc)}</desc>`,
  ];
  rules.forEach((r, i) => {
    const y = 5 + i * rowH;
    const w = Math.max(2, Math.round((r.reports / max) * barW));
    svg.push(
      `<g class="bar" data-rule="${esc(r.rule)}">` +
        `<text x="${labelW - 8}" y="${y + 17}" text-anchor="end" fill="#1a1a1a">${esc(`${r.rule} ${r.title}`)}</text>` +
        `<rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 8}" fill="${BAR[r.severity]}"></rect>` +
        `<text x="${labelW + w + 6}" y="${y + 17}" fill="#1a1a1a">${r.reports} 份 / ${r.findings} 项</text>` +
        "</g>",
    );
  });
  svg.push("</svg>");
  out.push(
    "<figure>",
    ...svg,
    `<figcaption><ul class="legend"><li><span class="swatch" style="background:${BAR.error}"></span>强制</li><li><span class="swatch" style="background:${BAR.warning}"></span>提示</li></ul>条形长度为发现该规则问题的报告份数；“项”为全部报告中该规则的问题条数。</figcaption>`,
    "</figure>",
    `<div class="table-scroll"><table id="rule-table"><caption>各规则的问题数</caption>`,
    '<thead><tr><th scope="col">规则</th><th scope="col">名称</th><th scope="col">级别</th><th scope="col" class="n">报告数</th><th scope="col" class="n">问题数</th></tr></thead><tbody>',
    ...rules.map(
      (r) =>
        `<tr><th scope="row" class="rule">${esc(r.rule)}</th><td>${esc(r.title)}</td><td class="sev-${r.severity}">${SEVERITY_LABEL[r.severity]}</td><td class="n">${r.reports}</td><td class="n">${r.findings}</td></tr>`,
    ),
    "</tbody></table></div></section>",
  );
  return out;
}

const pct = (x: number) => `${Math.floor(x * 100 + 1e-9)}%`;

function reportLink(r: ReportRow, link: FileLink): string {
  return `<a href="#${reportId(r.index)}">${esc(unitName(r))}</a><br><span class="file">${fileHtml(r.file, link)}</span>`;
}

/** The copied text: groups of units, each pair with its similarity and a quote; then copies of last year's text. */
function copiesSection(s: BatchSummary, link: FileLink): string[] {
  const fromLastYear = s.rows.filter((r) => r.previousCopies && r.previousCopies.length > 0);
  const out = [`<section aria-labelledby="h-copies"><h2 id="h-copies">内容雷同</h2>`];
  if (s.copies.length === 0 && fromLastYear.length === 0) {
    out.push("<p>没有发现除单位名称和数字外几乎相同的章节。</p></section>");
    return out;
  }
  out.push("<p>同一章节除单位名称和数字外几乎相同（与“与上年报告雷同”规则用同一衡量方法和阈值）。</p>");
  s.copies.forEach((g, i) => {
    if (g.members.length > PAIRS_SHOWN_UP_TO) {
      // Many reports sharing one text: listed once, not as n(n−1)/2 pairs.
      out.push(
        `<h3 id="copy-${i + 1}">${esc(clusterHeading(g))}</h3>`,
        `<div class="table-scroll"><table><caption>第 ${i + 1} 组（${esc(g.rule)}）的 ${g.members.length} 份报告</caption>`,
        '<thead><tr><th scope="col" class="n">序号</th><th scope="col">报告</th></tr></thead><tbody>',
        ...g.members.map((m) => `<tr><td class="n">${m + 1}</td><td>${reportLink(s.rows[m], link)}</td></tr>`),
        "</tbody></table></div>",
        `<p class="quote">雷同的原文：“${esc(clusterOf(g).quote)}”</p>`,
      );
      return;
    }
    out.push(
      `<h3 id="copy-${i + 1}">${esc(g.section)}：${g.members.length} 份报告</h3>`,
      `<div class="table-scroll"><table><caption>第 ${i + 1} 组（${esc(g.rule)}）的 ${g.pairs.length} 对报告</caption>`,
      '<thead><tr><th scope="col" class="n">相似度</th><th scope="col">报告</th><th scope="col">与之雷同的报告</th><th scope="col">雷同的原文</th></tr></thead><tbody>',
    );
    for (const p of g.pairs) {
      out.push(`<tr><td class="n">${pct(p.similarity)}</td><td>${reportLink(s.rows[p.a], link)}</td><td>${reportLink(s.rows[p.b], link)}</td><td class="quote">“${esc(p.quote)}”</td></tr>`);
    }
    out.push("</tbody></table></div>");
  });
  if (fromLastYear.length > 0) {
    out.push(
      `<h3 id="copy-last-year">与本单位上年报告雷同：${fromLastYear.length} 份报告</h3>`,
      '<div class="table-scroll"><table><caption>与上年报告雷同的章节</caption><thead><tr><th scope="col">报告</th><th scope="col">章节</th><th scope="col" class="n">相似度</th><th scope="col">上年报告</th><th scope="col">雷同的原文</th></tr></thead><tbody>',
    );
    for (const r of fromLastYear)
      for (const c of r.previousCopies!) {
        out.push(
          `<tr><td>${reportLink(r, link)}</td><td>${esc(c.section)}</td><td class="n">${pct(c.similarity)}</td><td class="file">${r.previous ? fileHtml(r.previous.file, link) : ""}</td><td class="quote">“${esc(c.quote)}”</td></tr>`,
        );
      }
    out.push("</tbody></table></div>");
  }
  out.push("</section>");
  return out;
}

/** One finding's row: 规则, 级别, 位置, 左边, 右边, 差, 应为, 说明. */
function findingRowHtml(f: Finding, o: ReportOutcome): string {
  const format = o.format ? getFormat(o.format) : undefined;
  const sides = findingSides(f);
  const message = f.explained ? `${f.message}（已说明：${f.explained.text}）` : f.message;
  const severity = f.severity === "warning" && f.explained ? "已说明" : SEVERITY_LABEL[f.severity];
  return (
    `<tr><td class="rule">${esc(f.rule)}</td><td class="sev-${f.severity}">${severity}</td><td>${esc(findingPlace(f, format))}</td>` +
    `<td>${sides ? esc(sides.left) : ""}</td><td>${sides ? esc(sides.right) : ""}</td>` +
    `<td class="n">${f.difference === undefined ? "" : esc(formatDifference(f.difference))}</td>` +
    `<td>${esc(fixText(f, format))}</td><td>${esc(message)}</td></tr>`
  );
}

/** One report's section in 各报告的问题. */
function reportSection(o: ReportOutcome, link: FileLink): string[] {
  const head = `<section class="report" aria-labelledby="${reportId(o.index)}-h" id="${reportId(o.index)}"><h3 id="${reportId(o.index)}-h">${o.index + 1}. ${esc(
    unitName(o),
  )}\u3000${statusHtml(o.status)}</h3>`;
  if (o.status === "unreadable") return [head, `<p class="file">${fileHtml(o.file, link)}</p>`, `<p>${esc(reasonWithoutFile(o.error ?? "", o.file))}</p>`, "</section>"];
  const lines = [head, `<p class="file">${fileHtml(o.file, link)}${o.year !== null ? `\u3000${o.year} 年度` : ""}\u3000${o.counts.errors} 项强制，${o.counts.warnings} 项提示，${o.counts.explained} 项已说明</p>`];
  if (o.previousNote) lines.push(`<p class="muted">注意：${esc(o.previousNote)}</p>`);
  if (o.findings.length === 0) {
    lines.push("<p>未发现问题。</p>", "</section>");
    return lines;
  }
  lines.push(
    `<div class="table-scroll"><table><caption>${esc(o.unit || o.file)}的问题</caption>`,
    '<thead><tr><th scope="col">规则</th><th scope="col">级别</th><th scope="col">位置</th><th scope="col">左边</th><th scope="col">右边</th><th scope="col" class="n">差</th><th scope="col">应为</th><th scope="col">说明</th></tr></thead><tbody>',
    ...o.findings.map((f) => findingRowHtml(f, o)),
    "</tbody></table></div>",
    "</section>",
  );
  return lines;
}

/** Extra sections placed before 各报告的问题 (the roster), as `{ id, title, html }`. */
export interface ExtraSection {
  id: string;
  title: string;
  html: string[];
}

/** Options of the page. */
export interface PageOptions {
  /** Sections after the copied text (the roster). */
  extra?: ExtraSection[];
  /** The relative URL of a file from the page, to show and link files by (e.g. `收到的报告/县民政局.xlsx`). */
  fileLink?: (file: string) => string;
}

/**
 * The summary page, in pieces to write one after the other.
 * @param details each report's outcome with its findings, in batch order (read one at a time).
 */
export function* summaryHtml(s: BatchSummary, details: Iterable<ReportOutcome>, options: PageOptions = {}): Generator<string> {
  const link = options.fileLink;
  const roster = s.roster ? [{ ...ROSTER_SECTION, html: rosterHtml(s.roster, (i) => reportLink(s.rows[i], link)) }] : [];
  const same = s.sameUnit && s.sameUnit.length > 0 ? [{ ...SAME_UNIT_SECTION, html: sameUnitHtml(s.sameUnit, (i) => reportLink(s.rows[i], link)) }] : [];
  const extra = [...same, ...roster, ...(options.extra ?? [])];
  const sections = [
    { id: "h-table", title: "汇总表" },
    { id: "h-rules", title: "各规则的问题" },
    { id: "h-copies", title: "内容雷同" },
    ...extra.map((x) => ({ id: x.id, title: x.title })),
    { id: "h-reports", title: "各报告的问题" },
  ];
  yield [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${SUMMARY_GENERATOR}">`,
    `<title>${SUMMARY_TITLE}</title>`,
    `<style>\n${CSS}\n</style>`,
    "</head>",
    "<body>",
    '<a class="skip" href="#h-table">跳到汇总表</a>',
    "<header>",
    `<h1>${SUMMARY_TITLE}</h1>`,
    `<p class="muted">检查时间 ${esc(s.checkedAt)}；检查对象：${s.inputs.map(esc).join("、")}</p>`,
    `<ul class="totals"><li>共 ${s.rows.length} 份</li><li>${statusHtml("passed")} ${s.status.passed} 份</li><li>${statusHtml("failed")} ${s.status.failed} 份</li><li>${statusHtml("unreadable")} ${s.status.unreadable} 份</li><li>强制 ${s.findings.errors} 项，提示 ${s.findings.warnings} 项，已说明 ${s.findings.explained} 项</li>${
      s.roster ? `<li>名单 ${s.roster.expected} 个单位，${s.roster.missing.length} 个没有报告</li>` : ""
    }</ul>`,
    `<nav aria-label="本页目录"><ul>${sections.map((x) => `<li><a href="#${x.id}">${x.title}</a></li>`).join("")}</ul></nav>`,
    "</header>",
    "<main>",
    "",
  ].join("\n");
  yield summaryTable(s, link).join("\n") + "\n";
  yield ruleChart(s.rules, s.rows.length).join("\n") + "\n";
  yield copiesSection(s, link).join("\n") + "\n";
  for (const x of extra) yield [`<section aria-labelledby="${x.id}"><h2 id="${x.id}">${esc(x.title)}</h2>`, ...x.html, "</section>"].join("\n") + "\n";
  yield `<section aria-labelledby="h-reports"><h2 id="h-reports">各报告的问题</h2>\n`;
  for (const o of details) yield reportSection(o, link).join("\n") + "\n";
  yield ["</section>", "</main>", `<script>\n${SCRIPT}\n</script>`, "</body>", "</html>", ""].join("\n");
}
