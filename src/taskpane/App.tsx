/**
 * The task pane: insert the statistics tables, check them, list the findings.
 *
 * The pane talks to the workbook only through the `WorkbookPort` it is given and to the core through
 * `ReportServices`; no component calls `Excel.*` or `Office.*`.
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
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../rules";
import type { CellKey } from "../format";
import type { ReadResult } from "../workbook/layout";
import { WorkbookError, type RangeRef, type WorkbookPort } from "../workbook/port";
import { loadServices, type ReportServices } from "./services";
import { STRINGS } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  counts: { display: "flex", gap: tokens.spacingHorizontalM, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    overflowWrap: "anywhere",
  },
  itemWarning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  severity: { marginLeft: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  itemHead: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  options: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  option: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  dialogActions: { flexWrap: "wrap" },
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
interface CheckState {
  findings: Finding[];
  counts: { errors: number; warnings: number; explained: number };
  problems: ReadResult["problems"];
  cells: ReadResult["cells"];
  infoCells: ReadResult["infoCells"];
  checkCount: number;
  /** True when the workbook has no tables at all. */
  noTables: boolean;
}

type Busy = null | "insert" | "check";

export interface AppProps {
  port: WorkbookPort;
  /** The core; loaded lazily when omitted. */
  services?: ReportServices;
  /** Re-check this long after the user's last edit while results are shown (ms); 0 turns it off. */
  liveDelayMs?: number;
}

/** The task pane application. */
export function App({ port, services: givenServices, liveDelayMs = 400 }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [busy, setBusy] = React.useState<Busy>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [check, setCheck] = React.useState<CheckState | null>(null);
  const [existing, setExisting] = React.useState<string[] | null>(null);
  const [confirmBlank, setConfirmBlank] = React.useState(false);
  const servicesRef = React.useRef<ReportServices | undefined>(givenServices);

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

  const runCheck = React.useCallback(async () => {
    const s = await services();
    const read = await s.readReport(port);
    const noTables = read.problems.length > 0 && Object.values(read.tables).every((t) => t === null);
    const findings = noTables ? [] : s.checkReport(read.data);
    setCheck({
      findings,
      counts: s.summarize(findings),
      problems: noTables ? [] : read.problems,
      cells: read.cells,
      infoCells: read.infoCells,
      checkCount: s.checkCount(),
      noTables,
    });
  }, [port, services]);

  const onCheck = () => run("check", async () => {
    setNotice(null);
    await runCheck();
  });

  const onInsert = () =>
    run("insert", async () => {
      setNotice(null);
      const s = await services();
      const sheets = await port.listSheets();
      const present = s.reportSheets.filter((name) => sheets.includes(name));
      if (present.length > 0) {
        setExisting(present);
        return;
      }
      await s.insertReport(port);
      setCheck(null);
      setNotice(STRINGS.inserted);
    });

  const onReuse = () => {
    setExisting(null);
    void run("check", runCheck);
  };

  const rebuild = (keepData: boolean) => {
    const sheets = existing ?? [];
    setExisting(null);
    setConfirmBlank(false);
    void run("insert", async () => {
      const s = await services();
      const data = keepData ? (await s.readReport(port)).data : undefined;
      await port.apply(sheets.map((sheet) => ({ op: "deleteSheet" as const, sheet })));
      await s.insertReport(port, data);
      setCheck(null);
      setNotice(keepData ? STRINGS.rebuilt : STRINGS.rebuiltBlank);
    });
  };

  const onLocate = (ranges: RangeRef[]) => run("check", () => port.select(ranges));

  // Live check: while results are shown, a user's edit re-runs the check (read-only) after a pause.
  const showing = check !== null && !check.noTables;
  React.useEffect(() => {
    if (!showing || liveDelayMs <= 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = port.onChanged((e) => {
      if (e.byAddin) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        runCheck().catch((err: unknown) => setError(errorMessage(err)));
      }, liveDelayMs);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [showing, port, runCheck, liveDelayMs]);

  return (
    <main className={styles.root} aria-busy={busy !== null}>
      <header className={styles.header}>
        <Subtitle1 as="h1">{STRINGS.appTitle}</Subtitle1>
        <Caption1>{STRINGS.appSubtitle}</Caption1>
      </header>

      <div className={styles.actions} role="group" aria-label={STRINGS.actionsLabel}>
        <Button appearance="primary" onClick={onInsert} disabled={busy !== null}>
          {STRINGS.insert}
        </Button>
        <Button onClick={onCheck} disabled={busy !== null}>
          {STRINGS.check}
        </Button>
      </div>

      <div role="status" aria-live="polite">
        {busy && <Spinner size="tiny" label={busy === "insert" ? STRINGS.inserting : STRINGS.checking} />}
        {notice && !busy && (
          <MessageBar intent="success">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
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

      {check && <Results check={check} onLocate={onLocate} disabled={busy !== null} />}

      <Dialog open={existing !== null} onOpenChange={(_, d) => !d.open && setExisting(null)} modalType="modal">
        <DialogSurface aria-describedby="existing-body">
          <DialogBody>
            <DialogTitle>{STRINGS.existingTitle}</DialogTitle>
            <DialogContent className={styles.options}>
              <Body1 id="existing-body">{STRINGS.existingBody((existing ?? []).join("、"))}</Body1>
              <div className={styles.option}>
                <Button appearance="primary" onClick={onReuse}>
                  {STRINGS.reuse}
                </Button>
                <Caption1>{STRINGS.reuseHint}</Caption1>
              </div>
              <div className={styles.option}>
                <Button onClick={() => rebuild(true)}>{STRINGS.rebuildKeep}</Button>
                <Caption1>{STRINGS.rebuildKeepHint}</Caption1>
              </div>
              <div className={styles.option}>
                <Button onClick={() => setConfirmBlank(true)}>{STRINGS.rebuildBlank}</Button>
                <Caption1>{STRINGS.rebuildBlankHint}</Caption1>
              </div>
            </DialogContent>
            <DialogActions className={styles.dialogActions}>
              <Button onClick={() => setExisting(null)}>{STRINGS.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>

      <Dialog open={confirmBlank} onOpenChange={(_, d) => !d.open && setConfirmBlank(false)} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{STRINGS.confirmBlankTitle}</DialogTitle>
            <DialogContent>{STRINGS.confirmBlankBody}</DialogContent>
            <DialogActions className={styles.dialogActions}>
              <Button appearance="primary" onClick={() => rebuild(false)}>
                {STRINGS.confirmBlank}
              </Button>
              <Button onClick={() => setConfirmBlank(false)}>{STRINGS.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </main>
  );
}

/**
 * Where a finding is in the workbook: its table cells, or for a text rule the 报告信息 cells of its fields
 * (`text.overview` covers every `text.overview.*` field). Only blocks on the first sheet found are kept, since a
 * selection is on one sheet.
 */
export function findingRanges(f: Finding, check: Pick<CheckState, "cells" | "infoCells">): RangeRef[] {
  const ranges: RangeRef[] = f.cells.map((k: CellKey) => check.cells[k]).filter((r): r is RangeRef => r !== undefined);
  for (const field of f.fields ?? [])
    for (const [key, r] of Object.entries(check.infoCells))
      if (r && (key === field || key.startsWith(`${field}.`))) ranges.push(r);
  return ranges.length ? ranges.filter((r) => r.sheet === ranges[0].sheet) : [];
}

/** Counts by severity, layout problems, then every finding; or the all-pass message. */
function Results({ check, onLocate, disabled }: { check: CheckState; onLocate: (ranges: RangeRef[]) => void; disabled: boolean }) {
  const styles = useStyles();
  if (check.noTables)
    return (
      <MessageBar intent="info">
        <MessageBarBody>{STRINGS.noTablesYet}</MessageBarBody>
      </MessageBar>
    );
  const errors = check.counts.errors + check.problems.length;
  const { warnings, explained } = check.counts;
  if (errors === 0 && warnings === 0 && explained === 0)
    return (
      <MessageBar intent="success">
        <MessageBarBody>{STRINGS.allPass(check.checkCount)}</MessageBarBody>
      </MessageBar>
    );
  return (
    <section aria-label={STRINGS.findingsLabel}>
      <p className={styles.counts} aria-label={STRINGS.countsLabel(errors, warnings)}>
        <span className={styles.error}>
          {STRINGS.severityError} {errors}
        </span>
        <span className={styles.warning}>
          {STRINGS.severityWarning} {warnings}
        </span>
        {explained > 0 && (
          <span>
            {STRINGS.explained} {explained}
          </span>
        )}
      </p>
      <ul className={styles.list}>
        {check.problems.map((p, i) => (
          <li key={`problem-${i}`} className={styles.item}>
            <Body1>
              <strong>{STRINGS.layoutProblem}</strong>
            </Body1>
            <Body1>{p.message}</Body1>
          </li>
        ))}
        {check.findings.map((f) => {
          const ranges = findingRanges(f, check);
          return (
            <li key={f.id} className={f.severity === "warning" ? `${styles.item} ${styles.itemWarning}` : styles.item}>
              <div className={styles.itemHead}>
                <Body1>
                  <strong>{f.title}</strong>
                  <span className={styles.severity}>
                    {f.severity === "error" ? STRINGS.severityError : f.explained ? STRINGS.explained : STRINGS.severityWarning}
                  </span>
                </Body1>
                {ranges.length > 0 && (
                  <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onLocate(ranges)} aria-label={STRINGS.locateLabel(f.title)}>
                    {STRINGS.locate}
                  </Button>
                )}
              </div>
              <Body1>{f.message}</Body1>
              {f.fix && <Caption1>{STRINGS.fixLabel(f.fix.value)}</Caption1>}
              {f.explained && <Caption1>{STRINGS.explanation(f.explained.text)}</Caption1>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
