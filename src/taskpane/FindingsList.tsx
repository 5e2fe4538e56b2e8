/**
 * The findings list: counts by severity, filters by table and severity, layout problems first (强制, with what to
 * do), then one row per finding. A row is a button: clicking it, or Enter/Space on it, selects the cells of both
 * sides in the sheet. A 提示 finding can be kept with a written 说明 (inline form); a 强制 finding cannot.
 *
 * Fast with hundreds of findings: rows are memoised on what they show, and the callbacks they get are stable, so
 * a re-check re-renders only the rows whose finding changed.
 */
import * as React from "react";
import { Button, Caption1, MessageBar, MessageBarBody, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../rules";
import type { CellState } from "../report";
import { isLayoutFinding, passes, scopeOf, severityGroup, sides, type SeverityFilter, type TableFilter } from "./findings";
import { STRINGS } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, margin: 0, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  explained: { color: tokens.colorPaletteGreenForeground1 },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  filter: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}`,
    paddingLeft: tokens.spacingHorizontalXS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  itemWarning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2, borderLeftStyle: "dashed" },
  itemExplained: { borderLeftColor: tokens.colorPaletteGreenBorder2, borderLeftStyle: "dotted" },
  main: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: "2px",
    width: "100%",
    textAlign: "left",
    background: "none",
    border: `1px solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXS,
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    overflowWrap: "anywhere",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  head: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "baseline", flexWrap: "wrap" },
  badge: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  sides: { fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2 },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The icon and label of each severity group: never colour alone. */
const MARK: Record<ReturnType<typeof severityGroup>, { icon: string; label: string }> = {
  error: { icon: "✗", label: STRINGS.severityError },
  warning: { icon: "!", label: STRINGS.severityWarning },
  explained: { icon: "✓", label: STRINGS.explained },
};

export interface FindingsListProps {
  /** Every finding of the check pipeline; layout problems (rule `layout`) are listed first, with 修复表格. */
  findings: Finding[];
  /** Number of table checks and text checks run, for the all-pass message. */
  tableChecks: number;
  textChecks: number;
  /** Select both sides of a finding in the sheet. */
  onActivate(finding: Finding): void;
  /** Keep a 提示 finding with this 说明. */
  onExplain(finding: Finding, text: string): Promise<void>;
  /** Remove the 说明 of a finding. */
  onRemoveExplanation(finding: Finding): Promise<void>;
  /** 修复表格, offered with layout problems. */
  onRepair?(): void;
  /** Cells of rows 修复表格 could not find again: their blank group asks to re-enter them, not to fill 0. */
  reenter?: ReadonlySet<string>;
}

/** Counts, filters, layout problems and findings; or the all-pass message. */
export function FindingsList(props: FindingsListProps): React.JSX.Element {
  const { tableChecks, textChecks, onRepair } = props;
  const problems = React.useMemo(() => props.findings.filter(isLayoutFinding), [props.findings]);
  const findings = React.useMemo(() => props.findings.filter((f) => !isLayoutFinding(f)), [props.findings]);
  const styles = useStyles();
  const [table, setTable] = React.useState<TableFilter>("all");
  const [severity, setSeverity] = React.useState<SeverityFilter>("all");
  const [editing, setEditing] = React.useState<string | null>(null);

  // Stable callbacks for the memoised rows; they read the latest props through a ref.
  const latest = React.useRef(props);
  latest.current = props;
  const onActivate = React.useCallback((f: Finding) => latest.current.onActivate(f), []);
  const onStartEdit = React.useCallback((f: Finding) => setEditing(f.id), []);
  const onCancelEdit = React.useCallback(() => setEditing(null), []);
  const onSave = React.useCallback(async (f: Finding, text: string) => {
    await latest.current.onExplain(f, text);
    setEditing(null);
  }, []);
  const onRemove = React.useCallback((f: Finding) => latest.current.onRemoveExplanation(f), []);

  const counts = React.useMemo(() => {
    const c = { error: 0, warning: 0, explained: 0 };
    for (const f of props.findings) c[severityGroup(f)]++;
    return c;
  }, [props.findings]);
  const shown = React.useMemo(() => findings.filter((f) => passes(f, table, severity)), [findings, table, severity]);
  const [expanded, setExpanded] = React.useState<ReadonlySet<string>>(new Set());
  const reenter = props.reenter;
  const items = React.useMemo(() => groupBlanks(shown, expanded, reenter), [shown, expanded, reenter]);
  const onExpand = React.useCallback((key: string) => setExpanded((s) => new Set(s).add(key)), []);
  const shownProblems = problems.filter((p) => passes(p, table, severity) || (table === "all" && severity === "all"));
  const showProblems = shownProblems.length > 0;

  if (findings.length === 0 && problems.length === 0)
    return (
      // The success bar draws its own check-mark icon; a second ✓ in the text was one too many.
      <MessageBar intent="success">
        <MessageBarBody>
          {STRINGS.allPassDetail(tableChecks, textChecks)}
        </MessageBarBody>
      </MessageBar>
    );

  return (
    <section className={styles.root} aria-label={STRINGS.findingsLabel}>
      <p className={styles.counts} aria-label={STRINGS.countsLabel(counts.error, counts.warning, counts.explained)}>
        <span className={styles.error}>
          <span aria-hidden="true">{MARK.error.icon} </span>
          {STRINGS.severityError} {counts.error}
        </span>
        <span className={styles.warning}>
          <span aria-hidden="true">{MARK.warning.icon} </span>
          {STRINGS.severityWarning} {counts.warning}
        </span>
        <span className={styles.explained}>
          <span aria-hidden="true">{MARK.explained.icon} </span>
          {STRINGS.explained} {counts.explained}
        </span>
      </p>
      <div className={styles.filters} role="group" aria-label="筛选">
        <label className={styles.filter}>
          <Caption1>{STRINGS.filterTable}</Caption1>
          <Select size="small" value={table} onChange={(_, d) => setTable(d.value as TableFilter)}>
            <option value="all">{STRINGS.filterAll}</option>
            <option value="table2">表二</option>
            <option value="table3">表三</option>
            <option value="table4">表四</option>
            <option value="text">{STRINGS.filterText}</option>
          </Select>
        </label>
        <label className={styles.filter}>
          <Caption1>{STRINGS.filterSeverity}</Caption1>
          <Select size="small" value={severity} onChange={(_, d) => setSeverity(d.value as SeverityFilter)}>
            <option value="all">{STRINGS.filterAll}</option>
            <option value="error">{STRINGS.severityError}</option>
            <option value="warning">{STRINGS.severityWarning}</option>
            <option value="explained">{STRINGS.explained}</option>
          </Select>
        </label>
        <Caption1>{STRINGS.shown(shown.length + shownProblems.length, findings.length + problems.length)}</Caption1>
      </div>
      {showProblems && (
        <ul className={styles.list} aria-label={STRINGS.layoutProblem}>
          {shownProblems.map((p, i) => (
            <li key={p.id} className={styles.item}>
              <div className={styles.head}>
                <span className={`${styles.badge} ${p.severity === "error" ? styles.error : styles.warning}`}>
                  <span aria-hidden="true">{MARK[severityGroup(p)].icon} </span>
                  {MARK[severityGroup(p)].label}
                </span>
                <strong>{STRINGS.layoutProblem}</strong>
              </div>
              <span>{p.message}</span>
              <span className={styles.note}>{STRINGS.layoutTodo}</span>
              {onRepair && i === 0 && (
                <div className={styles.actions}>
                  <Button size="small" appearance="primary" onClick={onRepair}>
                    {STRINGS.repair}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {shown.length === 0 && !showProblems ? (
        <Caption1>{STRINGS.filterEmpty}</Caption1>
      ) : (
        <ul className={styles.list}>
          {items.map((item) =>
            "count" in item ? (
              <CellGroupRow key={item.finding.id} group={item} onActivate={onActivate} onExpand={onExpand} />
            ) : (
            <FindingRow
              key={item.finding.id}
              finding={item.finding}
              editing={editing === item.finding.id}
              onActivate={onActivate}
              onStartEdit={onStartEdit}
              onCancelEdit={onCancelEdit}
              onSave={onSave}
              onRemove={onRemove}
            />
            ),
          )}
        </ul>
      )}
    </section>
  );
}

/** At least this many cells of one table in the same state are shown as one row (expandable), not one row each. */
export const BLANK_GROUP_MIN = 5;

/** The cell states gathered per table: blank, and the text forms a paste from Word or a web page gives. */
export const GATHERED_STATES: readonly CellState[] = ["blank", "numeric_text", "fullwidth", "with_unit", "placeholder"];

/** A row of the list: one finding, or the cells of one table in one state gathered into one finding. */
type ListItem = { finding: Finding } | { finding: Finding; count: number; groupKey: string };

/**
 * Gather the cell-rule findings (H5, H6) of each table that share a state — blank, a number stored as text,
 * full-width digits, a number with its unit, a placeholder — into one row when there are at least BLANK_GROUP_MIN of
 * them and the user has not expanded that group, so a freshly inserted table reads "表三有 175 个单元格未填写" and a
 * pasted one "表三有 175 个单元格是以文本形式存储的数字" instead of 175 rows. The gathered row holds every cell, so
 * activating it selects them all. Other states (negative, decimal, other text, error values) stay one row each.
 * @param expanded group keys (`table3:blank`, `table3:numeric_text`) the user chose to see cell by cell.
 * @param reenter cells of rows 修复表格 could not find again; a blank group made only of them asks to re-enter them.
 */
export function groupBlanks(shown: Finding[], expanded: ReadonlySet<string>, reenter: ReadonlySet<string> = new Set()): ListItem[] {
  const keyOf = (f: Finding) =>
    f.table && f.cellState && GATHERED_STATES.includes(f.cellState) ? `${f.table}:${f.cellState}` : undefined;
  const members = new Map<string, Finding[]>();
  for (const f of shown) {
    const k = keyOf(f);
    if (k && !expanded.has(k)) members.set(k, [...(members.get(k) ?? []), f]);
  }
  const items: ListItem[] = [];
  const emitted = new Set<string>();
  for (const f of shown) {
    const k = keyOf(f);
    const group = k ? members.get(k) : undefined;
    if (!k || !group || group.length < BLANK_GROUP_MIN) {
      items.push({ finding: f });
      continue;
    }
    if (emitted.has(k)) continue;
    emitted.add(k);
    const cells = group.flatMap((g) => g.cells);
    const toReenter = f.cellState === "blank" && cells.every((c) => reenter.has(c));
    items.push({
      count: group.length,
      groupKey: k,
      finding: {
        id: `cell-group:${k}`,
        rule: f.rule,
        severity: "error",
        title: f.title,
        message: toReenter
          ? STRINGS.reenterGroup(STRINGS.tableName(f.table!), group.length)
          : STRINGS.cellGroup(f.cellState!, STRINGS.tableName(f.table!), group.length),
        table: f.table,
        cells,
        cellState: f.cellState,
      },
    });
  }
  return items;
}

/** The gathered cells of one table and state: select them all, or show them one by one. */
const CellGroupRow = React.memo(function CellGroupRow({
  group,
  onActivate,
  onExpand,
}: {
  group: { finding: Finding; count: number; groupKey: string };
  onActivate(f: Finding): void;
  onExpand(key: string): void;
}) {
  const styles = useStyles();
  const f = group.finding;
  return (
    <li className={styles.item}>
      <button type="button" className={styles.main} onClick={() => onActivate(f)} title={STRINGS.findingHint}>
        <span className={styles.head}>
          <span className={`${styles.badge} ${styles.error}`}>
            <span aria-hidden="true">{MARK.error.icon} </span>
            {MARK.error.label}
          </span>
          <strong>{f.title}</strong>
        </span>
        <span>{f.message}</span>
      </button>
      <div className={styles.actions}>
        <Button size="small" appearance="subtle" onClick={() => onExpand(group.groupKey)}>
          {STRINGS.blankGroupExpand(group.count)}
        </Button>
      </div>
    </li>
  );
});

interface RowProps {
  finding: Finding;
  editing: boolean;
  onActivate(f: Finding): void;
  onStartEdit(f: Finding): void;
  onCancelEdit(): void;
  onSave(f: Finding, text: string): Promise<void>;
  onRemove(f: Finding): Promise<void>;
}

/** What a row shows; rows re-render only when this changes. */
function signature(f: Finding): string {
  return [f.id, f.severity, f.title, f.message, f.quote?.text, f.left, f.right, f.difference, f.fix?.value, f.explained?.text, f.explained?.at].join("\u0001");
}

const FindingRow = React.memo(
  function FindingRow({ finding: f, editing, onActivate, onStartEdit, onCancelEdit, onSave, onRemove }: RowProps) {
    const styles = useStyles();
    const group = severityGroup(f);
    const mark = MARK[group];
    const s = sides(f);
    const scope = scopeOf(f);
    return (
      <li className={group === "error" ? styles.item : group === "warning" ? `${styles.item} ${styles.itemWarning}` : `${styles.item} ${styles.itemExplained}`}>
        <button type="button" className={styles.main} onClick={() => onActivate(f)} title={STRINGS.findingHint}>
          <span className={styles.head}>
            <span className={`${styles.badge} ${styles[group]}`}>
              <span aria-hidden="true">{mark.icon} </span>
              {mark.label}
            </span>
            <strong>{f.title}</strong>
          </span>
          {s ? (
            <>
              {scope && <span className={styles.detail}>{scope}</span>}
              {/* A text finding quotes its sentence, as the CLI's message does (the message is not shown here). */}
              {f.quote && <span>{STRINGS.quoted(f.quote.text)}</span>}
              <span className={styles.sides}>
                {s.left} ↔ {s.right}
              </span>
              <span className={styles.detail}>
                {f.difference !== undefined && STRINGS.difference(f.difference > 0 ? `+${f.difference}` : String(f.difference))}
                {f.fix && `，${STRINGS.fixValue(f.fix.value)}`}
              </span>
            </>
          ) : (
            <>
              <span>{f.message}</span>
              {f.fix && <span className={styles.detail}>{STRINGS.fixValue(f.fix.value)}</span>}
            </>
          )}
          {f.explained && <span className={styles.note}>{STRINGS.explainedAt(f.explained.text, f.explained.at)}</span>}
        </button>
        {f.severity === "warning" && !editing && (
          <div className={styles.actions}>
            {f.explained ? (
              <>
                <Button size="small" appearance="subtle" onClick={() => onStartEdit(f)}>
                  {STRINGS.explainEdit}
                </Button>
                <Button size="small" appearance="subtle" onClick={() => void onRemove(f)}>
                  {STRINGS.explainRemove}
                </Button>
              </>
            ) : (
              <Button size="small" onClick={() => onStartEdit(f)} aria-label={STRINGS.keepLabel(f.title)}>
                {STRINGS.keep}
              </Button>
            )}
          </div>
        )}
        {editing && <ExplainForm finding={f} onCancel={onCancelEdit} onSave={onSave} />}
      </li>
    );
  },
  (a, b) => a.editing === b.editing && signature(a.finding) === signature(b.finding) && a.onActivate === b.onActivate,
);

/** The inline 说明 form of one finding. */
function ExplainForm({ finding, onCancel, onSave }: { finding: Finding; onCancel(): void; onSave(f: Finding, text: string): Promise<void> }) {
  const styles = useStyles();
  const [text, setText] = React.useState(finding.explained?.text ?? "");
  const [problem, setProblem] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const id = `explain-${finding.id.replace(/[^\w-]/g, "_")}`;
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (text.trim() === "") {
      setProblem(STRINGS.explainEmpty);
      return;
    }
    setSaving(true);
    try {
      await onSave(finding, text.trim());
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)}>
      <label htmlFor={id}>
        <Caption1>{STRINGS.explainLabel}</Caption1>
      </label>
      <Textarea id={id} value={text} onChange={(_, d) => setText(d.value)} resize="vertical" autoFocus aria-invalid={problem !== null} />
      {problem && (
        <Caption1 role="alert" className={styles.error}>
          {problem}
        </Caption1>
      )}
      <div className={styles.actions}>
        <Button type="submit" size="small" appearance="primary" disabled={saving}>
          {STRINGS.explainSave}
        </Button>
        <Button type="button" size="small" onClick={onCancel}>
          {STRINGS.cancel}
        </Button>
      </div>
    </form>
  );
}
