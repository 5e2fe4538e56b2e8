/**
 * The task pane's state and actions: insert the statistics tables of the report year the filer gives, in the format
 * that year uses (asking first when a set exists), check on open and
 * on 重新校验, switch between report sets, select a finding's cells, keep 提示 with a 说明, plan and confirm the fill
 * helpers (not while a table cannot be read), and plan and run 修复表格. Every action runs with the busy state and a
 * Chinese error on failure; writes go through `writing`, which ignores the change events they raise and re-checks.
 *
 * The pane talks to the workbook only through the `WorkbookPort` and to the core through `ReportServices`.
 */
import * as React from "react";
import type { CheckOptions, Finding } from "../rules";
import type { CellKey } from "../format";
import type { Explanation } from "../report";
import type { RepairPlan } from "../workbook/layout";
import type { RawValue, WorkbookPort } from "../workbook/port";
import type { CheckStatus, CheckTrigger } from "./check-scheduler";
import { findingRanges } from "./findings";
import { defaultReportYear, insertChoice, insertDescription, InsertYearError, type InsertChoice } from "./insert-year";
import type { LiveMode } from "./live-subscription";
import { countsKey, errorMessage, stamp, type Busy, type CheckState, type FillKind, type Notice, type PendingFill } from "./pane-types";
import { loadServices, type ReportServices } from "./services";
import { STRINGS } from "./strings";
import { selectionTouchesReport } from "./selection";
import { useLiveCheck } from "./useLiveCheck";
import { useReportCheck } from "./useReportCheck";
import { usePrevious, type CrossYear, type PreviousPane } from "./usePrevious";

export interface PaneOptions {
  port: WorkbookPort;
  /** The core; loaded lazily when omitted. */
  services?: ReportServices;
  /** Debounce of the live check after the user's last edit (ms); a negative value turns live checking off. */
  liveDelayMs: number;
  /** Period of the re-check while the pane is visible (ms); 0 turns it off. */
  recheckMs: number;
  /** The time a 说明 is stamped with. */
  now: () => Date;
  /** How long the 已插入统计表 message stays (ms) when no check changes the counts first. */
  noticeMs: number;
}

/** Everything the pane shows and every action it offers. */
export interface Pane {
  busy: Busy;
  error: string | null;
  dismissError: () => void;
  notice: Notice | null;
  check: CheckState | null;
  announcement: string;
  /** What the live check is doing (实时校验 / 已暂停 / 手动校验). */
  mode: LiveMode;
  /** How fresh the shown result is (pending, failing, time of the last successful check). */
  status: CheckStatus;
  /** Check again now (after a failure). */
  retryCheck: () => void;
  sets: number[];
  activeSet: number;
  /** The report year typed for 插入统计表 / 新增一份 (last year until changed). */
  yearText: string;
  setYearText: (text: string) => void;
  /** What 插入统计表 would insert now: the year and its format, or why not. */
  insertChoice: InsertChoice;
  /** The sheets of existing sets, while the 插入统计表 choices are open. */
  existing: string[] | null;
  fill: PendingFill | null;
  repair: RepairPlan | null;
  /** Cells of rows 修复表格 could not find again. */
  reenter: ReadonlySet<CellKey>;
  /** The core once loaded (names of sets, check counts). */
  services: ReportServices | undefined;
  /** The core for 生成报告, whose check uses last year's kept report as the findings list does. */
  loadServices: () => Promise<ReportServices>;
  onCheck: () => void;
  onInsert: () => void;
  onReuse: () => void;
  onAddSet: () => void;
  closeExisting: () => void;
  onRepair: () => void;
  doRepair: (backup: boolean) => void;
  closeRepair: () => void;
  onPickSet: (index: number) => void;
  onActivate: (f: Finding) => void;
  onExplain: (f: Finding, text: string) => Promise<void>;
  onRemoveExplanation: (f: Finding) => Promise<void>;
  onFill: (kind: FillKind) => void;
  confirmFill: () => void;
  closeFill: () => void;
  /** 导入上年报告 and last year's report kept in the workbook. */
  previous: PreviousPane;
  /** 从文档导入本年数据 from a chosen file. */
  onImportDocument: (file: File) => void;
}

/** The task pane's state and actions. */
export function usePane({ port, services: givenServices, liveDelayMs, recheckMs, now, noticeMs }: PaneOptions): Pane {
  const [busy, setBusy] = React.useState<Busy>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNoticeState] = React.useState<Notice | null>(null);
  const [sets, setSets] = React.useState<number[]>([]);
  const [activeSet, setActiveSet] = React.useState(1);
  const [existing, setExisting] = React.useState<string[] | null>(null);
  const [fill, setFill] = React.useState<PendingFill | null>(null);
  const [repair, setRepair] = React.useState<RepairPlan | null>(null);
  const [yearText, setYearTextState] = React.useState(() => String(defaultReportYear(now())));
  /** True once the user has typed a report year; until then the box follows the year of the tables in the workbook. */
  const yearTypedRef = React.useRef(false);
  const setYearText = React.useCallback((text: string) => {
    yearTypedRef.current = true;
    setYearTextState(text);
  }, []);
  const choice = insertChoice(yearText, now());
  const servicesRef = React.useRef<ReportServices | undefined>(givenServices);
  const activeSetRef = React.useRef(activeSet);
  activeSetRef.current = activeSet;
  /** Cells of rows 修复表格 could not find again: 空白填 0 leaves them for the user to re-enter. */
  const [reenter, setReenter] = React.useState<ReadonlySet<CellKey>>(new Set());
  const reenterRef = React.useRef(reenter);
  reenterRef.current = reenter;
  /** False until the sets in the workbook are known (on open, and again on 重新校验); the next check reads them first. */
  const setsKnownRef = React.useRef(false);

  const services = React.useCallback(async (): Promise<ReportServices> => {
    if (!servicesRef.current) servicesRef.current = await loadServices();
    return servicesRef.current;
  }, []);

  const refreshSets = React.useCallback(async (): Promise<number[]> => {
    const s = await services();
    const found = s.reportSetsIn(await port.listSheets());
    setSets(found);
    return found;
  }, [port, services]);

  const crossYearRef = React.useRef<CrossYear | null>(null);
  const previousOptionsRef = React.useRef<() => CheckOptions>(() => ({}));
  const reloadPreviousRef = React.useRef<() => void>(() => undefined);
  const { check, checkRef, lastCheckRef, announcement, runCheck } = useReportCheck({ port, services, activeSetRef, crossYearRef });

  // The report year box shows the year of the tables already in the workbook (a workbook of 2024 shows 2024 beside
  // "当前表格：…2024 年度", not the default of a new report), unless the user has typed a year.
  const workbookYear = check !== null && !check.noTables ? check.read.data.year : null;
  React.useEffect(() => {
    if (workbookYear !== null && !yearTypedRef.current) setYearTextState(String(workbookYear));
  }, [workbookYear]);

  /** One check; when the sets are not known yet, find them first (on open the first set is checked). */
  const checkOnce = React.useCallback(
    async (trigger: CheckTrigger) => {
      if (!setsKnownRef.current) {
        const found = await refreshSets();
        if (trigger === "open" || !found.includes(activeSetRef.current)) {
          const first = found[0] ?? 1;
          setActiveSet(first);
          activeSetRef.current = first;
        }
        setsKnownRef.current = true;
      }
      if (trigger === "open" || trigger === "manual") reloadPreviousRef.current();
      await runCheck(trigger === "change");
    },
    [refreshSets, runCheck],
  );

  const { mode, status, request: requestCheck } = useLiveCheck({
    port,
    check: checkOnce,
    auto: liveDelayMs >= 0,
    debounceMs: Math.max(0, liveDelayMs),
    periodMs: recheckMs,
    selectionMatters: (e) => selectionTouchesReport(e, lastCheckRef.current),
  });

  /** Show a message: plain (stays until the next action), `transient`, or a warning; `null` clears it. */
  const setNotice = React.useCallback(
    (text: string | null, kind: "plain" | "transient" | "warning" = "plain") => {
      if (text === null) setNoticeState(null);
      else
        setNoticeState({
          text,
          intent: kind === "warning" ? "warning" : "success",
          ...(kind === "transient" ? { transient: { counts: countsKey(lastCheckRef.current) } } : {}),
        });
    },
    [lastCheckRef],
  );

  // A transient message goes at the first check that changes the counts, or after a while.
  React.useEffect(() => {
    if (notice?.transient && countsKey(check) !== notice.transient.counts) setNoticeState(null);
  }, [check, notice]);
  React.useEffect(() => {
    if (!notice?.transient) return;
    const timer = setTimeout(() => setNoticeState((n) => (n === notice ? null : n)), noticeMs);
    return () => clearTimeout(timer);
  }, [notice, noticeMs]);

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

  /**
   * Run the pane's own write (one batch), then re-check — also when it failed, since Excel may have applied part of
   * the batch. Its change events are not ignored unless the host marks them (a user may type meanwhile).
   */
  const writing = React.useCallback(
    async (action: () => Promise<void>) => {
      try {
        await action();
      } finally {
        await requestCheck("write");
      }
    },
    [requestCheck],
  );

  // On open: find the sets, check the first one.
  React.useEffect(() => {
    void run("check", () => requestCheck("open"));
  }, [run, requestCheck]);

  const onCheck = () =>
    void run("check", async () => {
      setNotice(null);
      setsKnownRef.current = false;
      await requestCheck("manual");
    });

  /** The year and format to insert; a year that cannot be inserted is an error shown in the pane. */
  const chosen = (): Extract<InsertChoice, { ok: true }> => {
    if (!choice.ok) throw new InsertYearError(choice.message);
    return choice;
  };

  const onInsert = () =>
    void run("insert", async () => {
      setNotice(null);
      const what = chosen();
      const s = await services();
      const sheets = await port.listSheets();
      const present = s.reportSetsIn(sheets);
      if (present.length > 0) {
        setExisting(sheets.filter((name) => present.some((i) => s.reportSet(i).sheets.includes(name))));
        return;
      }
      setActiveSet(1);
      activeSetRef.current = 1;
      await writing(() => s.insertNewReport(port, what.year, what.format, s.reportSet(1)));
      await refreshSets();
      setNotice(STRINGS.inserted(insertDescription(what)), "transient");
    });

  const onReuse = () => {
    setExisting(null);
    void run("check", () => requestCheck("manual"));
  };

  const onAddSet = () => {
    setExisting(null);
    void run("insert", async () => {
      const what = chosen();
      const s = await services();
      const index = s.nextReportSet(await port.listSheets());
      const set = s.reportSet(index);
      setActiveSet(index);
      activeSetRef.current = index;
      await writing(() => s.insertNewReport(port, what.year, what.format, set));
      await refreshSets();
      setNotice(STRINGS.insertedSet(set.tablesSheet, insertDescription(what)), "transient");
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
    void run("check", () => requestCheck("manual"));
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
    [port, checkRef],
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
    void run("check", async () => {
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

  /**
   * 从文档导入本年数据: read the chosen document (the importer is loaded only now, in its own chunk) and show every
   * cell and 报告信息 field it would change, naming the filled ones it would overwrite and saying which tables it
   * leaves when the document's format differs; nothing is written until the user confirms.
   */
  const onImportDocument = (file: File) =>
    void run("check", async () => {
      setNotice(null);
      const s = await services();
      const read = await s.readReport(port, s.reportSet(activeSetRef.current));
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { planDocumentFill } = await import(/* webpackChunkName: "import" */ "./import-document");
      const planned = await planDocumentFill(bytes, read);
      if (!planned.ok) {
        setNotice(STRINGS.importDocumentFailed(file.name, planned.reason), "warning");
        return;
      }
      const { plan } = planned;
      setFill({
        title: STRINGS.importDocumentTitle(file.name),
        read,
        changes: plan.changes,
        fields: plan.fields,
        skipped: plan.skipped,
        skippedIntro: STRINGS.importSkippedIntro(plan.skipped.length),
        overwrites: plan.overwrites,
        overwritten: plan.overwritten,
        warnings: plan.sourceNotes,
        ...(plan.formatNote ? { note: plan.formatNote } : {}),
      });
    });

  const confirmFill = () => {
    const pending = fill;
    setFill(null);
    const fields = pending?.fields ?? [];
    if (!pending || pending.changes.length + fields.length === 0) return;
    void run("write", async () => {
      const s = await services();
      const values: Record<CellKey, RawValue> = {};
      for (const c of pending.changes) values[c.cell] = c.to;
      const ops = [
        ...s.planWriteValues(pending.read, values),
        ...s.planWriteInfo(pending.read, fields.map((f) => ({ target: f.target, value: f.to }))),
      ];
      await writing(() => port.apply(ops));
      setNotice(fields.length > 0 ? STRINGS.changedWithInfo(pending.changes.length, fields.length) : STRINGS.changed(pending.changes.length));
    });
  };

  const previous = usePrevious({ port, services, activeSetRef, run, writing, setNotice, now });
  crossYearRef.current = previous.crossYear;
  reloadPreviousRef.current = previous.reload;
  previousOptionsRef.current = previous.checkOptions;
  /** The core for 生成报告: its check uses last year's kept report as the findings list does, so the counts agree. */
  const generateServices = React.useCallback(async (): Promise<ReportServices> => {
    const s = await services();
    return { ...s, checkReport: (read, options) => s.checkReport(read, options ?? previousOptionsRef.current()) };
  }, [services]);

  return {
    previous,
    busy,
    error,
    dismissError: () => setError(null),
    notice,
    check,
    announcement,
    mode,
    status,
    retryCheck: () => void requestCheck("retry"),
    sets,
    activeSet,
    yearText,
    setYearText,
    insertChoice: choice,
    existing,
    fill,
    repair,
    reenter,
    services: servicesRef.current,
    loadServices: generateServices,
    onCheck,
    onInsert,
    onReuse,
    onAddSet,
    closeExisting: () => setExisting(null),
    onRepair,
    doRepair,
    closeRepair: () => setRepair(null),
    onPickSet,
    onActivate,
    onExplain,
    onRemoveExplanation,
    onFill,
    onImportDocument,
    confirmFill,
    closeFill: () => setFill(null),
  };
}

