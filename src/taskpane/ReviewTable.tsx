/**
 * 审核汇总's table: one row per chosen file (单位, 年度, 格式, 强制, 提示, 已说明, 结果), sortable by any column (a
 * button in each header, `aria-sort` on the sorted one), each report's findings expandable under its row in the
 * words of `nianbao check` (规则, 级别, 单元格, 左, 右, 差, 说明); a file that could not be read shows its reason.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { FormatDef } from "../format";
import type { ReportOutcome, ReportStatus } from "../review/outcome";
import type { Finding } from "../rules";
import { REVIEW_STRINGS as S } from "./review-strings";

const useStyles = makeStyles({
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  th: { textAlign: "left", borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: 0, whiteSpace: "nowrap" },
  sort: {
    background: "none",
    border: "none",
    font: "inherit",
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  td: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: "top" },
  num: { textAlign: "right" },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  unreadable: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  toggle: {
    background: "none",
    border: "none",
    padding: 0,
    font: "inherit",
    color: tokens.colorBrandForegroundLink,
    textDecoration: "underline",
    cursor: "pointer",
    whiteSpace: "nowrap",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  findings: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  reason: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/** The sortable columns. */
export type ReviewColumn = "index" | "unit" | "year" | "format" | "errors" | "warnings" | "explained" | "status";

const STATUS_ORDER = { failed: 0, unreadable: 1, passed: 2 } as const;

/** The value a row is sorted by in a column (`null` sorts last). */
function sortValue(o: ReportOutcome, column: ReviewColumn): string | number | null {
  const read = o.status !== "unreadable";
  switch (column) {
    case "index":
      return o.index;
    case "unit":
      return o.unit || null;
    case "year":
      return o.year;
    case "format":
      return o.format;
    case "errors":
      return read ? o.counts.errors : null;
    case "warnings":
      return read ? o.counts.warnings : null;
    case "explained":
      return read ? o.counts.explained : null;
    case "status":
      return STATUS_ORDER[o.status];
  }
}

/** The rows in the order of a column, ascending or descending; ties keep the order chosen, blanks go last. */
export function sortOutcomes(rows: readonly ReportOutcome[], column: ReviewColumn, descending: boolean): ReportOutcome[] {
  return [...rows].sort((a, b) => {
    const x = sortValue(a, column);
    const y = sortValue(b, column);
    if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
    const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "zh-CN");
    return (descending ? -c : c) || a.index - b.index;
  });
}

/** One finding in the CLI's words: `H1 强制 表三 一、本年新收·总计：… 左 71，右 70，差 +1`. */
export interface FindingLine {
  head: string;
  message: string;
  sides?: string;
}

/** The words the table takes from the core (loaded with the batch, so that the start-up bundle holds none of it). */
export interface ReviewWords {
  /** A finding as the CLI words it. */
  describe: (f: Finding, format: FormatDef | undefined) => FindingLine;
  /** The format a report was read in. */
  formatOf: (o: ReportOutcome) => FormatDef | undefined;
  /** 通过, 未通过, 无法读取. */
  status: Record<ReportStatus, string>;
  /** Why a file could not be read, without its name. */
  reason: (o: ReportOutcome) => string;
}

export interface ReviewTableProps {
  outcomes: readonly ReportOutcome[];
  words: ReviewWords;
}

const COLUMNS: { key: ReviewColumn; label: string; numeric?: boolean }[] = [
  { key: "index", label: "序号", numeric: true },
  { key: "unit", label: S.columns.unit },
  { key: "year", label: S.columns.year, numeric: true },
  { key: "format", label: S.columns.format },
  { key: "errors", label: S.columns.errors, numeric: true },
  { key: "warnings", label: S.columns.warnings, numeric: true },
  { key: "explained", label: S.columns.explained, numeric: true },
  { key: "status", label: S.columns.status },
];

/** The summary table with its expandable findings. */
export function ReviewTable({ outcomes, words }: ReviewTableProps): React.JSX.Element {
  const styles = useStyles();
  const [sort, setSort] = React.useState<{ column: ReviewColumn; descending: boolean }>({ column: "index", descending: false });
  const [open, setOpen] = React.useState<ReadonlySet<number>>(new Set());
  const rows = React.useMemo(() => sortOutcomes(outcomes, sort.column, sort.descending), [outcomes, sort]);
  const toggle = (i: number) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });
  const onSort = (column: ReviewColumn) => setSort((s) => ({ column, descending: s.column === column ? !s.descending : false }));

  return (
    <div className={styles.scroll}>
      <table className={styles.table} aria-label={S.tableLabel}>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" className={styles.th} aria-sort={sort.column === c.key ? (sort.descending ? "descending" : "ascending") : undefined}>
                <button type="button" className={styles.sort} onClick={() => onSort(c.key)} title={S.sortBy(c.label)}>
                  {c.label}
                  <span aria-hidden="true">{sort.column === c.key ? (sort.descending ? " ▼" : " ▲") : ""}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => {
            const read = o.status !== "unreadable";
            const expanded = open.has(o.index);
            const detailId = `nb-review-findings-${o.index}`;
            const unit = o.unit || (read ? S.noUnit : o.file);
            return (
              <React.Fragment key={o.index}>
                <tr data-testid="review-row">
                  <td className={`${styles.td} ${styles.num}`}>{o.index + 1}</td>
                  <th scope="row" className={styles.td} style={{ fontWeight: "normal", textAlign: "left" }}>
                    {unit}
                  </th>
                  <td className={`${styles.td} ${styles.num}`}>{o.year ?? ""}</td>
                  <td className={styles.td}>{o.format ?? ""}</td>
                  <td className={`${styles.td} ${styles.num}`}>{read ? o.counts.errors : ""}</td>
                  <td className={`${styles.td} ${styles.num}`}>{read ? o.counts.warnings : ""}</td>
                  <td className={`${styles.td} ${styles.num}`}>{read ? o.counts.explained : ""}</td>
                  <td className={styles.td}>
                    <span className={o.status === "failed" ? styles.failed : o.status === "unreadable" ? styles.unreadable : undefined}>{words.status[o.status]}</span>
                    {(o.findings.length > 0 || !read) && (
                      <>
                        {" "}
                        <button type="button" className={styles.toggle} aria-expanded={expanded} aria-controls={detailId} onClick={() => toggle(o.index)}>
                          {expanded ? S.hideFindings : read ? S.showFindings(o.findings.length) : S.showReason}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
                {expanded && (
                  <tr id={detailId}>
                    <td className={styles.td} colSpan={COLUMNS.length}>
                      {read ? (
                        <ul className={styles.findings} aria-label={S.findingsOf(unit)}>
                          {o.findings.map((f, i) => {
                            const line = words.describe(f, words.formatOf(o));
                            return (
                              <li key={`${f.id}-${i}`}>
                                <strong>{line.head}</strong> {line.message}
                                {line.sides && <div className={styles.reason}>{line.sides}</div>}
                              </li>
                            );
                          })}
                        </ul>
                      ) : (
                        <span className={styles.reason}>{words.reason(o)}</span>
                      )}
                    </td>
                  </tr>
                )}
              </React.Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
