/**
 * The task pane: insert the statistics tables of a report year in the format that year uses (saying which before and
 * after), check them live while the filer types, list the findings, keep 提示
 * with a 说明, fill blanks, totals and numbers typed as text on request (not while a table cannot be read), and repair
 * a damaged layout (rows found again by their labels; the rows to re-enter are named).
 *
 * The pane talks to the workbook only through the `WorkbookPort` it is given and to the core through
 * `ReportServices`; no component calls `Excel.*` or `Office.*`. State and actions live in `usePane` (the check and
 * the live check in `useLiveCheck`); each dialog is its own component. This file composes them.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
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
import type { WorkbookPort } from "../workbook/port";
import { CheckFreshness, isStale, modeText } from "./CheckFreshness";
import { ExistingSetsDialog } from "./ExistingSetsDialog";
import { FillDialog } from "./FillDialog";
import { FindingsList } from "./FindingsList";
import { GeneratePanel } from "./GeneratePanel";
import { insertDescription } from "./insert-year";
import { PreviousImportButton, PreviousSection } from "./PreviousSection";
import { RepairDialog } from "./RepairDialog";
import { ReviewDesk } from "./ReviewDesk";
import type { ReportServices } from "./services";
import { STRINGS } from "./strings";
import { usePane } from "./usePane";

export { errorMessage, stamp, type CheckState } from "./pane-types";

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
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  setPicker: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  insertYear: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  yearInput: { width: "7em" },
  hint: { color: tokens.colorNeutralForeground2 },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  stale: { opacity: 0.55 },
});

export interface AppProps {
  port: WorkbookPort;
  /** The core; loaded lazily when omitted. */
  services?: ReportServices;
  /** Debounce of the live check after the user's last edit (ms); a negative value turns live checking off. */
  liveDelayMs?: number;
  /** Period of the re-check while the pane is visible, for edits that raised no event (ms); 0 turns it off. */
  recheckMs?: number;
  /** The time a 说明 is stamped with; tests pass a fixed clock. */
  now?: () => Date;
  /** How long the 已插入统计表 message stays (ms) when no check changes the counts first. */
  noticeMs?: number;
}

const FILL_BUTTONS = [
  ["blanks", STRINGS.fillBlanks],
  ["totals", STRINGS.computeTotals],
  ["convert", STRINGS.convertNumbers],
] as const;

/** The task pane application. */
export function App({ port, services, liveDelayMs = 400, recheckMs = 30000, now = defaultNow, noticeMs = 20000 }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const pane = usePane({ port, services, liveDelayMs, recheckMs, now, noticeMs });
  const importInput = React.useRef<HTMLInputElement>(null);
  const previousInput = React.useRef<HTMLInputElement>(null);
  const { busy, check, error, notice, sets, activeSet } = pane;
  const hasTables = check !== null && !check.noTables;
  const problems = hasTables ? check.read.problems : [];
  // While a table cannot be read, its cells look blank: filling or computing then would write over what is lost.
  const fillBlocked = hasTables && Object.values(check.read.tablesRead).some((read) => !read);
  const s = pane.services;
  const setName = (i: number) => (s ? s.reportSet(i).tablesSheet : String(i));
  const choice = pane.insertChoice;
  const insertWhat = choice.ok ? insertDescription(choice) : null;

  return (
    <main className={styles.root} aria-busy={busy !== null}>
      <header className={styles.header}>
        <Subtitle1 as="h1">{STRINGS.appTitle}</Subtitle1>
        <Caption1>{STRINGS.appSubtitle}</Caption1>
        <Caption1>{modeText(pane.mode, port.capabilities.level)}</Caption1>
        {hasTables && <Caption1>{STRINGS.currentFormat(check.read.format.name, check.read.format.source, check.read.data.year)}</Caption1>}
      </header>

      {!port.capabilities.events && (
        <MessageBar intent="info">
          <MessageBarBody>{STRINGS.manualHint}</MessageBarBody>
        </MessageBar>
      )}

      <div className={styles.insertYear}>
        <Field
          label={STRINGS.reportYear}
          size="small"
          validationState={choice.ok ? "none" : "error"}
          validationMessage={choice.ok ? undefined : choice.message}
        >
          <Input className={styles.yearInput} value={pane.yearText} inputMode="numeric" onChange={(_, d) => pane.setYearText(d.value)} />
        </Field>
        {insertWhat && (
          <Caption1 id="insert-what" className={styles.hint}>
            {STRINGS.insertWill(insertWhat)}
          </Caption1>
        )}
      </div>

      <div className={styles.actions} role="group" aria-label={STRINGS.actionsLabel}>
        <Button
          appearance="primary"
          onClick={pane.onInsert}
          disabled={busy !== null || !choice.ok}
          aria-describedby={insertWhat ? "insert-what" : undefined}
        >
          {STRINGS.insert}
        </Button>
        <Button onClick={pane.onCheck} disabled={busy !== null}>
          {STRINGS.recheck}
        </Button>
        {hasTables &&
          FILL_BUTTONS.map(([kind, label]) => (
            <Button
              key={kind}
              onClick={() => pane.onFill(kind)}
              disabled={busy !== null && !fillBlocked}
              disabledFocusable={fillBlocked}
              aria-describedby={fillBlocked ? "fill-blocked" : undefined}
            >
              {label}
            </Button>
          ))}
        {hasTables && (
          <>
            <Button onClick={() => importInput.current?.click()} disabled={busy !== null || fillBlocked}>
              {STRINGS.importDocument}
            </Button>
            <input
              ref={importInput}
              type="file"
              hidden
              accept=".docx,.pdf,.html,.htm,.md,.txt"
              aria-label={STRINGS.importDocument}
              data-testid="import-document-file"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = "";
                if (file) pane.onImportDocument(file);
              }}
            />
          </>
        )}
        {hasTables && <PreviousImportButton previous={pane.previous} disabled={busy !== null || fillBlocked} inputRef={previousInput} />}
        {problems.length > 0 && (
          <Button onClick={pane.onRepair} disabled={busy !== null}>
            {STRINGS.repair}
          </Button>
        )}
      </div>

      {fillBlocked && (
        <Caption1 id="fill-blocked" className={styles.hint}>
          {STRINGS.fillBlocked}
        </Caption1>
      )}

      {hasTables && <PreviousSection previous={pane.previous} disabled={busy !== null} onReplace={() => previousInput.current?.click()} />}

      {sets.length > 1 && (
        <label className={styles.setPicker}>
          <Caption1>{STRINGS.currentSet}</Caption1>
          <Select size="small" value={String(activeSet)} onChange={(_, d) => pane.onPickSet(Number(d.value))}>
            {sets.map((i) => (
              <option key={i} value={String(i)}>
                {setName(i)}
              </option>
            ))}
          </Select>
        </label>
      )}

      <GeneratePanel port={port} services={pane.loadServices} reportSet={s?.reportSet(activeSet)} checked={check?.read.data} disabled={busy !== null} />

      <ReviewDesk port={port} disabled={busy !== null} now={now} />

      <div role="status" aria-live="polite" aria-label={STRINGS.statusLabel}>
        {busy && <Spinner size="tiny" label={busy === "insert" ? STRINGS.inserting : busy === "write" ? STRINGS.writing : STRINGS.checking} />}
        {notice && !busy && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
        <span className={styles.srOnly}>{pane.announcement}</span>
      </div>

      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{STRINGS.errorTitle}</MessageBarTitle>
            {error}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={pane.dismissError} aria-label={STRINGS.dismiss}>
              {STRINGS.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <div className={styles.results}>
        <CheckFreshness mode={pane.mode} status={pane.status} onRetry={pane.retryCheck} />
        <div className={isStale(pane.status) ? styles.stale : undefined}>
          {check?.noTables && (
            <MessageBar intent="info">
              <MessageBarBody>{STRINGS.noTablesYet}</MessageBarBody>
            </MessageBar>
          )}
          {hasTables && s && (
            <FindingsList
              findings={check.findings}
              tableChecks={s.checkCount(check.read.data)}
              textChecks={s.softCheckCount(check.read.data)}
              onActivate={pane.onActivate}
              onExplain={pane.onExplain}
              onRemoveExplanation={pane.onRemoveExplanation}
              onRepair={pane.onRepair}
              reenter={pane.reenter}
            />
          )}
        </div>
      </div>

      <ExistingSetsDialog
        existing={pane.existing}
        nextSheet={s ? s.reportSet(s.nextReportSet(pane.existing ?? [])).tablesSheet : ""}
        insertWhat={insertWhat}
        onReuse={pane.onReuse}
        onReplace={pane.onRepair}
        onAddSet={pane.onAddSet}
        onClose={pane.closeExisting}
      />
      <RepairDialog repair={pane.repair} setName={setName} onRepair={pane.doRepair} onClose={pane.closeRepair} />
      <FillDialog fill={pane.fill} onConfirm={pane.confirmFill} onClose={pane.closeFill} />
    </main>
  );
}

function defaultNow(): Date {
  return new Date();
}
