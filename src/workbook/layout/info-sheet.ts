/**
 * The 报告信息 sheet as inserted: a title, then one labelled row per field of the format (`info.head`, the added
 * sub-items of 总体情况, `info.tail`) with light-yellow unlocked input cells, validation of year and amounts; protected, named
 * NB_INFO.
 */
import { isInfoHeading, type FormatDef, type InfoFieldKind } from "../../format";
import type { ReportData } from "../../report";
import type { RangeRef, RawValue, ValidationRule, WriteOp } from "../port";
import { EXTRA_SPARE_SLOTS, infoFieldValue } from "./info-fields";
import type { ReportSet } from "./sets";
import { INPUT_FILL, LABEL_FILL } from "./sheet-style";
import { toRaw } from "./values";

/** The rows of 报告信息 for some data: [label, value, kind] per row; headings have kind `heading`. */
function infoRows(data: ReportData | undefined, format: FormatDef): { label: string; value: RawValue; kind: InfoFieldKind | "heading" | "title" }[] {
  const { info } = format;
  const rows: { label: string; value: RawValue; kind: InfoFieldKind | "heading" | "title" }[] = [
    { label: info.title, value: info.titleNote, kind: "title" },
  ];
  for (const f of info.head)
    rows.push(isInfoHeading(f) ? { label: f.heading, value: null, kind: "heading" } : { label: f.label, value: data ? toRaw(infoFieldValue(data, f.key)) : null, kind: f.kind });
  const extras = data?.text.overviewExtra ?? [];
  for (let i = 0; i < extras.length + EXTRA_SPARE_SLOTS; i++) {
    rows.push({ label: info.extraTitleLabel, value: toRaw(extras[i]?.title), kind: "text" });
    rows.push({ label: info.extraBodyLabel, value: toRaw(extras[i]?.body), kind: "longText" });
  }
  for (const f of info.tail) rows.push({ label: f.label, value: data ? toRaw(infoFieldValue(data, f.key)) : null, kind: f.kind });
  return rows;
}

const INFO_VALIDATION: Partial<Record<InfoFieldKind, ValidationRule>> = {
  year: {
    type: "wholeNumber",
    min: 2000,
    promptTitle: "填写报告年度",
    prompt: "统计数据所属的年度，例如 2024（不是发布年份）。",
    errorTitle: "年度不对",
    error: "请填写四位数的年份，例如 2024。",
  },
  count: {
    type: "wholeNumber",
    min: 0,
    promptTitle: "填写件数",
    prompt: "本年度发出的收费通知件数（件）；没有的填 0。",
    errorTitle: "只能填写整数",
    error: "此处只能填写大于或等于 0 的整数（件）。",
  },
  yuan: {
    type: "decimal",
    min: 0,
    promptTitle: "填写金额（元）",
    prompt: "本年度实际收取的信息处理费，单位：元；没有的填 0。",
    errorTitle: "只能填写金额",
    error: "此处只能填写大于或等于 0 的数（单位：元）。",
  },
};

/** Every operation writing the 报告信息 sheet of a set (the sheet itself is added by `planInsert`). */
export function infoOps(data: ReportData | undefined, set: ReportSet, format: FormatDef): WriteOp[] {
  const sheet = set.infoSheet;
  const rows = infoRows(data, format);
  const block: RangeRef = { sheet, row: 0, col: 0, rows: rows.length, cols: 2 };
  const ops: WriteOp[] = [
    { op: "columnWidth", sheet, col: 0, width: 30 },
    { op: "columnWidth", sheet, col: 1, width: 90 },
    { op: "values", range: block, values: rows.map((r) => [r.label, r.value]) },
    { op: "style", range: block, style: { border: true, wrap: true, vertical: "top", fontSize: 11, locked: true } },
    { op: "style", range: { sheet, row: 0, col: 0, rows: rows.length, cols: 1 }, style: { fill: LABEL_FILL, bold: true } },
  ];
  rows.forEach((r, i) => {
    const cell: RangeRef = { sheet, row: i, col: 1, rows: 1, cols: 1 };
    if (r.kind === "title") {
      ops.push({ op: "style", range: { sheet, row: i, col: 0, rows: 1, cols: 1 }, style: { fontSize: 14 } });
      ops.push({ op: "style", range: cell, style: { fontColor: "#595959" } });
      ops.push({ op: "rowHeight", sheet, row: i, height: 32 });
      return;
    }
    if (r.kind === "heading") {
      ops.push({ op: "style", range: { sheet, row: i, col: 0, rows: 1, cols: 2 }, style: { fill: "#D9E1F2" } });
      return;
    }
    const numberFormat = r.kind === "year" || r.kind === "count" ? "0" : r.kind === "yuan" ? "0.00" : "@";
    ops.push({ op: "style", range: cell, style: { fill: INPUT_FILL, locked: false, numberFormat } });
    const v = INFO_VALIDATION[r.kind];
    if (v) ops.push({ op: "validation", range: cell, rule: v });
    if (r.kind === "longText") ops.push({ op: "rowHeight", sheet, row: i, height: 80 });
  });
  ops.push(
    { op: "pageSetup", sheet, setup: { paper: "A4", orientation: "portrait", fitToWidth: true } },
    { op: "name", name: set.infoName, range: block },
    { op: "protect", sheet },
  );
  return ops;
}
