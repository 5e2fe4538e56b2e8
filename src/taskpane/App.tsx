/**
 * The task pane: insert the statistics tables, check them live while the filer types, list the findings, keep 提示
 * with a 说明, fill blanks, totals and numbers typed as text on request (not while a table cannot be read), and repair
 * a damaged layout (rows found again by their labels; the rows to re-enter are named).
 *
 * The pane talks to the workbook only through the `WorkbookPort` it is given and to the core through
 * `ReportServices`; no component calls `Excel.*` or `Office.*`.
 *
 * Live check (office-platform.md §3.3): a change event is only a signal. It is debounced, then the set's table block
 * is read again in one `readNamed`, every rule runs, and the list updates. The handler never writes. Events from the
 * add-in's own writes are ignored (the port marks them `byAddin`; while the pane writes it also ignores the rest).
 * The pane also checks when it opens and on 重新校验. Without change events (ExcelApi below 1.7) it says so and
 * offers the button only.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CellChange, Finding, SkippedTotal } from "../rules";
import type { CellKey } from "../format";
import type { Explanation } from "../report";
import type { ReadResult, RepairPlan } from "../workbook/layout";
import { WorkbookError, type RawValue, type WorkbookPort } from "../workbook/port";
import { FindingsList } from "./FindingsList";
import { GeneratePanel } from "./GeneratePanel";
import { findingRanges } from "./findings";
import { loadServices, type ReportServices } from "./services";
import { STRINGS } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  options: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  option: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  dialogActions: { flexWrap: "wrap" },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "40vh", overflowY: "auto" },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  setPicker: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** A user-facing message for any error: the port's Chinese message, or what to do next. */
export function errorMessage(e: unknown): string {
  if (e instanceof WorkbookError) return e.message;
  if (e && typeof e === "object" && "message" in e) {
    const code = (e as { code?: unknown }).code;
    const detail = typeof code === "string" && code ? code : String((e as { message: unknown }).message);
    return STRINGS.errorGeneric(detail);
  }
  return STRINGS.errorUnknown;
}

/** The outcome of the last check. */
export interface CheckState {
  read: ReadResult;
  findings: Finding[];
  counts: { errors: number; warnings: number; explained: number };
  /** True when the workbook has no tables of this set at all. */
  noTables: boolean;
}

type Busy = null | "insert" | "check" | "write";

/** A fill helper's planned changes, shown before anything is written. */
interface PendingFill {
  title: string;
  read: ReadResult;
  changes: CellChange[];
  skipped: SkippedTotal[];
  /** The sentence above the skipped cells. */
  skippedIntro: string;
}

/**
 * The message under the actions. A transient one (已插入统计表) goes away after `noticeMs` or at the first check
 * whose counts differ from the counts it was shown with; the others stay until the next action.
 */
interface Notice {
  text: string;
  intent: "success" | "warning";
  transient?: { counts: string };
}

/** The counts a check shows, as one comparable string. */
function countsKey(c: CheckState | null): string {
  if (!c) return "";
  return [c.noTables, c.counts.errors + (c.noTables ? 0 : c.read.problems.length), c.counts.warnings, c.counts.explained].join("/");
}

/** The fill helpers. */
type FillKind = "blanks" | "totals" | "convert";

export interface AppProps {
  port: WorkbookPort;
  /** The core; loaded lazily when omitted. */
  services?: ReportServices;
  /** Debounce of the live check after the user's last edit (ms); a negative value turns live checking off. */
  liveDelayMs?: number;
  /** The time a 说明 is stamped with; tests pass a fixed clock. */
  now?: () => Date;
  /** How long the 已插入统计表 message stays (ms) when no check changes the counts first. */
  noticeMs?: number;
}

/** `YYYY-MM-DD HH:mm` in local time. */
export function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The task pane application. */
export function App({ port, services: givenServices, liveDelayMs = 400, now = () => new Date(), noticeMs = 20000 }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [busy, setBusy] = React.useState<Busy>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNoticeState] = React.useState<Notice | null>(null);
  const [check, setCheck] = React.useState<CheckState | null>(null);
  const [announcement, setAnnouncement] = React.useState("");
  const [sets, setSets] = React.useState<number[]>([]);
  const [activeSet, setActiveSet] = React.useState(1);
  const [existing, setExisting] = React.useState<string[] | null>(null);
  const [fill, setFill] = React.useState<PendingFill | null>(null);
  const [repair, setRepair] = React.useState<RepairPlan | null>(null);
  const servicesRef = React.useRef<ReportServices | undefined>(givenServices);
  const activeSetRef = React.useRef(activeSet);
  activeSetRef.current = activeSet;
  const checkRef = React.useRef<CheckState | null>(null);
  checkRef.current = check;
  /** The latest check, set as soon as it completes (before React renders it). */
  const lastCheckRef = React.useRef<CheckState | null>(null);
  /** Cells of rows 修复表格 could not find again: 空白填 0 leaves them for the user to re-enter. */
  const [reenter, setReenter] = React.useState<ReadonlySet<CellKey>>(new Set());
  const reenterRef = React.useRef(reenter);
  reenterRef.current = reenter;
  /** True while the pane's own write batch runs: change events then are the add-in's. */
  const writingRef = React.useRef(false);
  /** Set when a change event's check starts, to measure change → list (performance entry `nb-change-to-list`). */
  const measureRef = React.useRef(false);
  const live = port.capabilities.events && liveDelayMs >= 0;

  /** Show a message: plain (stays until the next action), `transient`, or a warning; `null` clears it. */
  const setNotice = React.useCallback((text: string | null, kind: "plain" | "transient" | "warning" = "plain") => {
    if (text === null) setNoticeState(null);
    else
      setNoticeState({
        text,
        intent: kind === "warning" ? "warning" : "success",
        ...(kind === "transient" ? { transient: { counts: countsKey(lastCheckRef.current) } } : {}),
      });
  }, []);

  // A transient message goes at the first check that changes the counts, or after a while.
  React.useEffect(() => {
    if (notice?.transient && countsKey(check) !== notice.transient.counts) setNoticeState(null);
  }, [check, notice]);
  React.useEffect(() => {
    if (!notice?.transient) return;
    const timer = setTimeout(() => setNoticeState((n) => (n === notice ? null : n)), noticeMs);
    return () => clearTimeout(timer);
  }, [notice, noticeMs]);

  const services = React.useCallback(async (): Promise<ReportServices> => {
    if (!servicesRef.current) servicesRef.current = await loadServices();
    return servicesRef.current;
  }, []);

  /** Run an action with the busy state and a Chinese error on failure. */
  const run = React.useCallback(async (kind: Exclude<Busy, null>, action: () => Promise<void>) => {
    setBusy(kind);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }, []);

  /** Read the active set (one readNamed), run every rule, show the result. */
  const runCheck = React.useCallback(
    async (set = activeSetRef.current) => {
      const s = await services();
      const read = await s.readReport(port, s.reportSet(set));
      const noTables = Object.values(read.tables).every((t) => t === null) && read.info === null;
      // A table the layout could not read is blank in the data: its findings would only repeat the layout problem.
      const findings = noTables ? [] : s.checkReport(read.data).filter((f) => !f.table || read.tablesRead[f.table]);
      const counts = s.summarize(findings);
      const errors = counts.errors + (noTables ? 0 : read.problems.length);
      const state = { read, findings, counts, noTables };
      lastCheckRef.current = state;
      setCheck(state);
      setAnnouncement(
        noTables
          ? STRINGS.announceNoTables
          : errors + counts.warnings + counts.explained === 0
            ? STRINGS.announcePass(s.checkCount(), s.softCheckCount())
            : STRINGS.announce(errors, counts.warnings, counts.explained),
      );
    },
    [port, services],
  );

  /** Checks run one at a time; a request while one runs is coalesced into one more run after it. */
  const queue = React.useRef<{ running: boolean; again: boolean }>({ running: false, again: false });
  const requestCheck = React.useCallback(async () => {
    const q = queue.current;
    if (q.running) {
      q.again = true;
      return;
    }
    q.running = true;
    try {
      do {
        q.again = false;
        await runCheck();
      } while (q.again);
    } finally {
      q.running = false;
    }
  }, [runCheck]);

  /** Run the pane's own write (one batch), ignoring the change events it raises, then re-check. */
  const writing = React.useCallback(
    async (action: () => Promise<void>) => {
      writingRef.current = true;
      try {
        await action();
      } finally {
        // Later deliveries of this batch's events are marked `byAddin` by the port; a user's edit after it counts.
        writingRef.current = false;
      }
      await requestCheck();
    },
    [requestCheck],
  );

  const refreshSets = React.useCallback(async (): Promise<number[]> => {
    const s = await services();
    const found = s.reportSetsIn(await port.listSheets());
    setSets(found);
    return found;
  }, [port, services]);

  // On open: find the sets, check the first one.
  React.useEffect(() => {
    void run("check", async () => {
      const found = await refreshSets();
      const first = found[0] ?? 1;
      setActiveSet(first);
      activeSetRef.current = first;
      await requestCheck();
    });
  }, [run, refreshSets, requestCheck]);

  // Live check: a user's change is a signal; debounce, then re-read and re-check (read-only).
  React.useEffect(() => {
    if (!live) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = port.onChanged((e) => {
      if (e.byAddin || writingRef.current) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (typeof performance !== "undefined" && performance.mark) {
          performance.mark("nb-change");
          measureRef.current = true;
        }
        requestCheck().catch((err: unknown) => setError(errorMessage(err)));
      }, liveDelayMs);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
    // Re-subscribe when the sets change: on ExcelApi 1.7–1.8 events are per sheet, so new sheets need a handler.
  }, [live, port, requestCheck, liveDelayMs, sets]);

  // Measure change event → updated list, after React has committed the new findings.
  React.useEffect(() => {
    if (!measureRef.current) return;
    measureRef.current = false;
    performance.measure("nb-change-to-list", "nb-change");
  }, [check]);

  const onCheck = () =>
    run("check", async () => {
      setNotice(null);
      await refreshSets();
      await requestCheck();
    });

  const onInsert = () =>
    run("insert", async () => {
      setNotice(null);
      const s = await services();
      const sheets = await port.listSheets();
      const present = s.reportSetsIn(sheets);
      if (present.length > 0) {
        setExisting(sheets.filter((name) => present.some((i) => s.reportSet(i).sheets.includes(name))));
        return;
      }
      setActiveSet(1);
      activeSetRef.current = 1;
      await writing(() => s.insertReport(port, undefined, s.reportSet(1)));
      await refreshSets();
      setNotice(STRINGS.inserted, "transient");
    });

  const onReuse = () => {
    setExisting(null);
    void run("check", () => requestCheck());
  };

  const onAddSet = () => {
    setExisting(null);
    void run("insert", async () => {
      const s = await services();
      const index = s.nextReportSet(await port.listSheets());
      const set = s.reportSet(index);
      setActiveSet(index);
      activeSetRef.current = index;
      await writing(() => s.insertReport(port, undefined, set));
      await refreshSets();
      setNotice(STRINGS.insertedSet(set.tablesSheet), "transient");
    });
  };

  /** 修复表格 and 替换（保留已填数据）: plan (reads only) and show what will happen. */
  const onRepair = () => {
    setExisting(null);
    void run("check", async () => {
      const s = await services();
      setRepair(await s.planRepair(port, { set: activeSetRef.current, backup: false }));
    });
  };

  const doRepair = (backup: boolean) => {
    const plan = repair;
    setRepair(null);
    if (!plan) return;
    void run("write", async () => {
      const s = await services();
      // Plan again at the moment of writing, so edits made while the dialog was open are kept.
      const fresh = await s.planRepair(port, { set: plan.set, backup });
      await writing(() => port.apply(fresh.ops));
      await refreshSets();
      const lost = fresh.recovered.flatMap((r) => r.lostRows.map((row) => ({ table: r.table, ...row })));
      const cells = new Set(lost.flatMap((row) => row.cells));
      reenterRef.current = cells;
      setReenter(cells);
      if (lost.length > 0)
        setNotice(STRINGS.repairedReenter(fresh.backupSheet, lost.map((row) => `${STRINGS.tableName(row.table)}${row.name}`).join("、")), "warning");
      else setNotice(fresh.backupSheet ? STRINGS.repairedBackup(fresh.backupSheet) : STRINGS.repaired);
    });
  };

  const onPickSet = (index: number) => {
    setActiveSet(index);
    activeSetRef.current = index;
    void run("check", () => requestCheck());
  };

  /** Select both sides of a finding in the sheet. */
  const onActivate = React.useCallback(
    (f: Finding) => {
      const current = checkRef.current;
      if (!current) return;
      const ranges = findingRanges(f, current.read);
      if (ranges.length === 0) return;
      port.select(ranges).catch((e: unknown) => setError(errorMessage(e)));
    },
    [port],
  );

  /** Replace the 说明 list in the workbook (fresh read, one write), then re-check. */
  const saveExplanations = React.useCallback(
    async (change: (list: Explanation[]) => Explanation[], done: string) => {
      setError(null);
      try {
        const s = await services();
        const read = await s.readReport(port, s.reportSet(activeSetRef.current));
        const ops = s.planWriteExplanations(read, change(read.data.explanations));
        await writing(() => port.apply(ops));
        setNotice(done);
      } catch (e) {
        setError(errorMessage(e));
        throw e;
      }
    },
    [port, services, writing, setNotice],
  );

  const onExplain = React.useCallback(
    (f: Finding, text: string) =>
      saveExplanations((list) => [...list.filter((e) => e.findingId !== f.id), { findingId: f.id, text, at: stamp(now()) }], STRINGS.explainSaved),
    [saveExplanations, now],
  );
  const onRemoveExplanation = React.useCallback(
    (f: Finding) => saveExplanations((list) => list.filter((e) => e.findingId !== f.id), STRINGS.explainRemoved).catch(() => undefined),
    [saveExplanations],
  );

  /** 空白填 0 / 计算总计 / 转为数值: read, plan, and show the list; nothing is written until the user confirms. */
  const onFill = (kind: FillKind) =>
    run("check", async () => {
      setNotice(null);
      const s = await services();
      const read = await s.readReport(port, s.reportSet(activeSetRef.current));
      const placeable = (c: { cell: CellKey }) => read.cells[c.cell] !== undefined;
      if (kind === "blanks") {
        // Rows 修复表格 could not find again are to be re-entered from the old table, not filled with 0.
        const all = s.planFillBlanks(read.data).filter(placeable);
        const reenter = all.filter((c) => reenterRef.current.has(c.cell));
        setFill({
          title: STRINGS.fillBlanksTitle,
          read,
          changes: all.filter((c) => !reenterRef.current.has(c.cell)),
          skipped: reenter.map((c) => ({ cell: c.cell, reason: c.name })),
          skippedIntro: STRINGS.reenterSkippedIntro(reenter.length),
        });
      } else if (kind === "totals") {
        const plan = s.planComputeTotals(read.data);
        setFill({
          title: STRINGS.computeTotalsTitle,
          read,
          changes: plan.changes.filter(placeable),
          skipped: plan.skipped.filter(placeable),
          skippedIntro: STRINGS.skippedIntro(plan.skipped.filter(placeable).length),
        });
      } else {
        const skipped = s.skippedConversions(read.data).filter(placeable);
        setFill({
          title: STRINGS.convertNumbersTitle,
          read,
          changes: s.planConvertNumbers(read.data).filter(placeable),
          skipped,
          skippedIntro: STRINGS.convertSkippedIntro(skipped.length),
        });
      }
    });

  const confirmFill = () => {
    const pending = fill;
    setFill(null);
    if (!pending || pending.changes.length === 0) return;
    void run("write", async () => {
      const s = await services();
      const values: Record<CellKey, RawValue> = {};
      for (const c of pending.changes) values[c.cell] = c.to;
      const ops = s.planWriteValues(pending.read, values);
      await writing(() => port.apply(ops));
      setNotice(STRINGS.changed(pending.changes.length));
    });
  };

  const hasTables = check !== null && !check.noTables;
  const problems = hasTables ? check.read.problems : [];
  // While a table cannot be read, its cells look blank: filling or computing then would write over what is lost.
  const fillBlocked = hasTables && Object.values(check.read.tablesRead).some((read) => !read);
  const s = servicesRef.current;
  const setName = (i: number) => (s ? s.reportSet(i).tablesSheet : String(i));

  return (
    <main className={styles.root} aria-busy={busy !== null}>
      <header className={styles.header}>
        <Subtitle1 as="h1">{STRINGS.appTitle}</Subtitle1>
        <Caption1>{STRINGS.appSubtitle}</Caption1>
        <Caption1>{STRINGS.modeLabel(live ? STRINGS.modeLive : STRINGS.modeManual, port.capabilities.level)}</Caption1>
      </header>

      {!port.capabilities.events && (
        <MessageBar intent="info">
          <MessageBarBody>{STRINGS.manualHint}</MessageBarBody>
        </MessageBar>
      )}

      <div className={styles.actions} role="group" aria-label={STRINGS.actionsLabel}>
        <Button appearance="primary" onClick={onInsert} disabled={busy !== null}>
          {STRINGS.insert}
        </Button>
        <Button onClick={onCheck} disabled={busy !== null}>
          {STRINGS.recheck}
        </Button>
        {hasTables &&
          (
            [
              ["blanks", STRINGS.fillBlanks],
              ["totals", STRINGS.computeTotals],
              ["convert", STRINGS.convertNumbers],
            ] as const
          ).map(([kind, label]) => (
            <Button
              key={kind}
              onClick={() => void onFill(kind)}
              disabled={busy !== null && !fillBlocked}
              disabledFocusable={fillBlocked}
              aria-describedby={fillBlocked ? "fill-blocked" : undefined}
            >
              {label}
            </Button>
          ))}
        {problems.length > 0 && (
          <Button onClick={onRepair} disabled={busy !== null}>
            {STRINGS.repair}
          </Button>
        )}
      </div>

      {fillBlocked && (
        <Caption1 id="fill-blocked" className={styles.hint}>
          {STRINGS.fillBlocked}
        </Caption1>
      )}

      {sets.length > 1 && (
        <label className={styles.setPicker}>
          <Caption1>{STRINGS.currentSet}</Caption1>
          <Select size="small" value={String(activeSet)} onChange={(_, d) => onPickSet(Number(d.value))}>
            {sets.map((i) => (
              <option key={i} value={String(i)}>
                {setName(i)}
              </option>
            ))}
          </Select>
        </label>
      )}

      <GeneratePanel port={port} services={services} reportSet={s?.reportSet(activeSet)} disabled={busy !== null} />

      <div role="status" aria-live="polite" aria-label={STRINGS.statusLabel}>
        {busy && <Spinner size="tiny" label={busy === "insert" ? STRINGS.inserting : busy === "write" ? STRINGS.writing : STRINGS.checking} />}
        {notice && !busy && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
        <span className={styles.srOnly}>{announcement}</span>
      </div>

      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{STRINGS.errorTitle}</MessageBarTitle>
            {error}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={() => setError(null)} aria-label={STRINGS.dismiss}>
              {STRINGS.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {check?.noTables && (
        <MessageBar intent="info">
          <MessageBarBody>{STRINGS.noTablesYet}</MessageBarBody>
        </MessageBar>
      )}
      {hasTables && s && (
        <FindingsList
          findings={check.findings}
          problems={problems}
          tableChecks={s.checkCount()}
          textChecks={s.softCheckCount()}
          onActivate={onActivate}
          onExplain={onExplain}
          onRemoveExplanation={onRemoveExplanation}
          onRepair={onRepair}
          reenter={reenter}
        />
      )}

      <Dialog open={existing !== null} onOpenChange={(_, d) => !d.open && setExisting(null)} modalType="modal">
        <DialogSurface aria-describedby="existing-body">
          <DialogBody>
            <DialogTitle>{STRINGS.existingTitle}</DialogTitle>
            <DialogContent className={styles.options}>
              <Body1 id="existing-body">{STRINGS.existingSets((existing ?? []).filter((n) => !n.startsWith("_")).join("、"))}</Body1>
              <div className={styles.option}>
                <Button appearance="primary" onClick={onReuse}>
                  {STRINGS.reuse}
                </Button>
                <Caption1>{STRINGS.reuseHint}</Caption1>
              </div>
              <div className={styles.option}>
                <Button onClick={onRepair}>{STRINGS.replaceKeep}</Button>
                <Caption1>{STRINGS.replaceKeepHint}</Caption1>
              </div>
              <div className={styles.option}>
                <Button onClick={onAddSet}>{STRINGS.addSet}</Button>
                <Caption1>{STRINGS.addSetHint(s ? s.reportSet(s.nextReportSet(existing ?? [])).tablesSheet : "")}</Caption1>
              </div>
            </DialogContent>
            <DialogActions className={styles.dialogActions}>
              <Button onClick={() => setExisting(null)}>{STRINGS.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>

      <Dialog open={repair !== null} onOpenChange={(_, d) => !d.open && setRepair(null)} modalType="modal">
        <DialogSurface aria-describedby="repair-body">
          <DialogBody>
            <DialogTitle>{STRINGS.repairTitle}</DialogTitle>
            <DialogContent className={styles.options} id="repair-body">
              {repair && (
                <>
                  <Body1>{STRINGS.repairBody(repair.deleted.filter((n) => !n.startsWith("_")).join("、") || setName(repair.set), repair.keptCells)}</Body1>
                  {repair.lostTables.length > 0 && (
                    <Body1>
                      <strong>{STRINGS.repairLost(repair.lostTables.map((k) => STRINGS.tableName(k)).join("、"))}</strong>
                    </Body1>
                  )}
                  {repair.recovered.map((r) => (
                    <Body1 key={r.table}>
                      {STRINGS.repairRecovered(STRINGS.tableName(r.table), r.rows)}
                      {r.lostRows.length > 0 && <strong>{STRINGS.repairReenter(r.lostRows.map((x) => x.name).join("、"))}</strong>}
                    </Body1>
                  ))}
                </>
              )}
            </DialogContent>
            <DialogActions className={styles.dialogActions}>
              {repair && (repair.lostTables.length > 0 || repair.recovered.length > 0) ? (
                <>
                  <Button appearance="primary" onClick={() => doRepair(true)}>
                    {STRINGS.repairWithBackup}
                  </Button>
                  <Button onClick={() => doRepair(false)}>{STRINGS.repairWithoutBackup}</Button>
                </>
              ) : (
                <Button appearance="primary" onClick={() => doRepair(false)}>
                  {STRINGS.repairGo}
                </Button>
              )}
              <Button onClick={() => setRepair(null)}>{STRINGS.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>

      <Dialog open={fill !== null} onOpenChange={(_, d) => !d.open && setFill(null)} modalType="modal">
        <DialogSurface aria-describedby="fill-body">
          <DialogBody>
            <DialogTitle>{fill?.title}</DialogTitle>
            <DialogContent id="fill-body">
              {fill && fill.changes.length === 0 && fill.skipped.length === 0 && <Body1>{STRINGS.noChanges}</Body1>}
              {fill && fill.changes.length > 0 && (
                <>
                  <Body1>{STRINGS.changesIntro(fill.changes.length)}</Body1>
                  <ul className={styles.changes} aria-label={STRINGS.changesIntro(fill.changes.length)}>
                    {fill.changes.map((c) => (
                      <li key={c.cell}>{STRINGS.changeRow(c.name, c.from === null || c.from === "" ? STRINGS.blank : typeof c.from === "string" ? `“${c.from}”` : String(c.from), c.to)}</li>
                    ))}
                  </ul>
                </>
              )}
              {fill && fill.skipped.length > 0 && (
                <>
                  <Body1>{fill.skippedIntro}</Body1>
                  <ul className={styles.changes}>
                    {fill.skipped.map((k) => (
                      <li key={k.cell}>{k.reason}</li>
                    ))}
                  </ul>
                </>
              )}
            </DialogContent>
            <DialogActions className={styles.dialogActions}>
              {fill && fill.changes.length > 0 && (
                <Button appearance="primary" onClick={confirmFill}>
                  {STRINGS.confirmChanges(fill.changes.length)}
                </Button>
              )}
              <Button onClick={() => setFill(null)}>{STRINGS.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </main>
  );
}
