/**
 * 审核汇总 in the pane: the reviewer chooses several units' reports (and, optionally, the roster), sees them checked one
 * by one ("正在读取 12/40：某某局.pdf"), gets the summary `nianbao check` gives for the same files — a sortable table
 * with each report's findings, the copied-text pairs, the roster's misses and unknown units — and can add the summary
 * and the sum of the units' tables to the open workbook as new sheets, after a preview of the sheets to be added.
 *
 * The reading, checking and sheet plans come in a chunk loaded on first use (review-batch.ts); the workbook is
 * written only through the `WorkbookPort` (one `apply` per sheet), never over an existing sheet.
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
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookPort } from "../workbook/port";
import { useDialogStyles } from "./dialog-styles";
import { errorMessage, stamp } from "./pane-types";
import type { DeskProgress, DeskResult } from "./review-batch";
import { REVIEW_STRINGS as S } from "./review-strings";
import type { SheetPlan } from "./review-sheets";
import { ReviewTable } from "./ReviewTable";

type DeskModule = typeof import("./review-batch");

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  start: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, alignItems: "flex-start" },
  view: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    minWidth: 0,
  },
  head: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  pick: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, alignItems: "flex-start" },
  hint: { color: tokens.colorNeutralForeground2 },
  fileList: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

export interface ReviewDeskProps {
  port: WorkbookPort;
  /** While the pane is busy with the workbook, nothing is written. */
  disabled: boolean;
  /** The clock of 检查时间; tests pass a fixed one. */
  now?: () => Date;
}

/** The pane's 审核汇总 entry and view. */
export function ReviewDesk({ port, disabled, now = () => new Date() }: ReviewDeskProps): React.JSX.Element {
  const styles = useStyles();
  const dialogStyles = useDialogStyles();
  const [open, setOpen] = React.useState(false);
  const [files, setFiles] = React.useState<File[]>([]);
  const [roster, setRoster] = React.useState<File | null>(null);
  const [progress, setProgress] = React.useState<DeskProgress | null>(null);
  const [result, setResult] = React.useState<DeskResult | null>(null);
  const [desk, setDesk] = React.useState<DeskModule | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [preview, setPreview] = React.useState<SheetPlan[] | null>(null);
  // The dialog keeps showing its list while it closes (Fluent animates the close).
  const [previewOpen, setPreviewOpen] = React.useState(false);
  const [writing, setWriting] = React.useState(false);
  const filesInput = React.useRef<HTMLInputElement>(null);
  const rosterInput = React.useRef<HTMLInputElement>(null);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const reading = progress !== null && progress.done < progress.total;

  React.useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);

  const load = async (): Promise<DeskModule | null> => {
    if (desk) return desk;
    try {
      const m = await import(/* webpackChunkName: "review" */ "./review-batch");
      setDesk(m);
      return m;
    } catch (e) {
      // A chunk that did not arrive (network): say what to do; anything else is a defect and goes up.
      if (e instanceof Error && /chunk|loading/i.test(e.message)) {
        setError(S.loadFailed);
        return null;
      }
      throw e;
    }
  };

  const onStart = async () => {
    setError(null);
    setNotice(null);
    setResult(null);
    const m = await load();
    if (!m) return;
    try {
      setProgress({ done: 0, total: files.length, file: files[0]?.name ?? "" });
      const r = await m.checkDesk(files, { ...(roster ? { roster } : {}), onProgress: setProgress, checkedAt: stamp(now()) });
      setResult(r);
    } catch (e) {
      if (e instanceof m.RosterFileError) setError(e.message);
      else throw e;
    }
  };

  /** The sheets to add, each planned on the workbook's sheet names (and the names of the sheets before it). */
  const steps = (m: DeskModule, r: DeskResult): ((existing: readonly string[]) => SheetPlan)[] => {
    const sum = r.sum;
    return [(existing) => m.planSummarySheet(r, existing), ...(sum.ok ? [(existing: readonly string[]) => m.planSumSheet(sum.sum, sum.notes, existing)] : [])];
  };

  /** The sheets to add, named against the workbook as it is now. */
  const plans = async (m: DeskModule, r: DeskResult): Promise<SheetPlan[]> => {
    const existing = await port.listSheets();
    const out: SheetPlan[] = [];
    for (const step of steps(m, r)) out.push(step([...existing, ...out.map((p) => p.sheet)]));
    return out;
  };

  const onPreview = async () => {
    if (!desk || !result) return;
    setNotice(null);
    try {
      setPreview(await plans(desk, result));
      setPreviewOpen(true);
    } catch (e) {
      setError(S.writeFailed(errorMessage(e)));
    }
  };

  const onWrite = async () => {
    if (!desk || !result) return;
    setPreviewOpen(false);
    setWriting(true);
    const written: string[] = [];
    try {
      // One write per sheet, each named against the workbook just before it is written.
      for (const step of steps(desk, result)) {
        const plan = step(await port.listSheets());
        await port.apply(plan.ops);
        written.push(plan.sheet);
      }
      setNotice(S.written(written));
    } catch (e) {
      setError(S.writeFailed(`${errorMessage(e)}${written.length > 0 ? `；${S.written(written)}` : ""}`));
    } finally {
      setWriting(false);
    }
  };

  if (!open) {
    return (
      <section className={styles.root} aria-label={S.title}>
        <div className={styles.start}>
          <Button onClick={() => setOpen(true)} aria-describedby="nb-review-hint">
            {S.open}
          </Button>
          <Caption1 id="nb-review-hint" className={styles.hint}>
            {S.openHint}
          </Caption1>
        </div>
      </section>
    );
  }

  const summary = result?.summary;
  const rows = summary?.rows ?? [];

  return (
    <section className={styles.view} aria-labelledby="nb-review-heading" aria-busy={reading || writing}>
      <div className={styles.head}>
        <h2 id="nb-review-heading" className={styles.heading} tabIndex={-1} ref={headingRef}>
          <Subtitle2>{S.title}</Subtitle2>
        </h2>
        <Button size="small" appearance="subtle" onClick={() => setOpen(false)} disabled={reading || writing}>
          {S.close}
        </Button>
      </div>

      <div className={styles.pick} role="group" aria-label={S.filesLabel}>
        <Button onClick={() => filesInput.current?.click()} disabled={reading || writing} aria-describedby="nb-review-files-hint">
          {S.chooseFiles}
        </Button>
        <input
          ref={filesInput}
          type="file"
          multiple
          hidden
          accept=".xlsx,.json,.pdf,.docx,.html,.htm,.md,.txt"
          aria-label={S.filesLabel}
          data-testid="review-files"
          onChange={(e) => {
            const chosen = [...(e.target.files ?? [])];
            e.target.value = "";
            if (chosen.length > 0) {
              setFiles(chosen);
              setResult(null);
              setProgress(null);
            }
          }}
        />
        <Caption1 id="nb-review-files-hint" className={styles.hint}>
          {files.length > 0 ? S.chosen(files.length) : S.filesHint}
        </Caption1>
        {files.length > 0 && !result && (
          <ul className={styles.fileList}>
            {files.map((f, i) => (
              <li key={`${i}-${f.name}`}>{f.name}</li>
            ))}
          </ul>
        )}
      </div>

      <div className={styles.pick} role="group" aria-label={S.rosterLabel}>
        <Button size="small" onClick={() => rosterInput.current?.click()} disabled={reading || writing} aria-describedby="nb-review-roster-hint">
          {S.chooseRoster}
        </Button>
        <input
          ref={rosterInput}
          type="file"
          hidden
          accept=".csv,.txt"
          aria-label={S.rosterLabel}
          data-testid="review-roster"
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            e.target.value = "";
            if (chosen) setRoster(chosen);
          }}
        />
        <Caption1 id="nb-review-roster-hint" className={styles.hint}>
          {roster ? `${S.rosterLabel}：${roster.name}` : S.rosterHint}
        </Caption1>
        {roster && (
          <Button size="small" appearance="subtle" onClick={() => setRoster(null)} disabled={reading || writing}>
            {S.clearRoster}
          </Button>
        )}
      </div>

      <Button appearance="primary" onClick={() => void onStart()} disabled={files.length === 0 || reading || writing}>
        {S.start}
      </Button>

      <div role="status" aria-live="polite">
        {reading && progress && <Spinner size="tiny" label={S.reading(progress.done, progress.total, progress.file)} />}
        {!reading && progress && result && <Caption1>{S.readingDone(progress.total)}</Caption1>}
        {writing && <Spinner size="tiny" label={S.writing} />}
        {notice && (
          <MessageBar intent="success">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {error && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}

      {result && summary && desk && (
        <>
          <Body1>{S.totals(rows.length, summary.status, summary.findings)}</Body1>
          {result.rosterNotes.map((n) => (
            <Caption1 key={n}>{n}</Caption1>
          ))}
          <ReviewTable outcomes={result.outcomes} words={desk.REVIEW_WORDS} />

          <div className={styles.section}>
            <h3 className={styles.h3}>{S.copiesHeading}</h3>
            {desk.copyLines(result).length === 0 ? (
              <Caption1>{S.noCopies}</Caption1>
            ) : (
              <ul className={styles.list} aria-label={S.copiesHeading}>
                {desk.copyLines(result).map((c, i) => (
                  <li key={i}>
                    {S.copyLine(c.heading, c.similarity, c.reports)}
                    <div>“{c.quote}”</div>
                  </li>
                ))}
              </ul>
            )}
          </div>

          {(
            [
              ["same_year", S.sameUnitHeading, S.sameUnitHint],
              ["years", S.unitYearsHeading, S.unitYearsHint],
            ] as const
          ).map(([kind, heading, hint]) => {
            const lines = desk.sameUnitLines(result, kind);
            return (
              lines.length > 0 && (
                <div className={styles.section} key={kind}>
                  <h3 className={styles.h3}>{heading}</h3>
                  <Caption1>{hint}</Caption1>
                  <ul className={styles.list} aria-label={heading}>
                    {lines.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </div>
              )
            );
          })}

          {summary.roster && (
            <div className={styles.section}>
              <h3 className={styles.h3}>{S.rosterHeading(summary.roster.file, summary.roster.expected, summary.roster.received)}</h3>
              {summary.roster.missing.length > 0 && (
                <>
                  <Caption1>{S.missingHeading(summary.roster.missing.length)}</Caption1>
                  <ul className={styles.list} aria-label={S.missingHeading(summary.roster.missing.length)}>
                    {summary.roster.missing.map((u) => (
                      <li key={u.line}>{u.parent ? `${u.name}（${u.parent}）` : u.name}</li>
                    ))}
                  </ul>
                </>
              )}
              {summary.roster.notOnRoster.length > 0 && (
                <>
                  <Caption1>{S.offRosterHeading(summary.roster.notOnRoster.length)}</Caption1>
                  <ul className={styles.list} aria-label={S.offRosterHeading(summary.roster.notOnRoster.length)}>
                    {summary.roster.notOnRoster.map((o) => (
                      <li key={o.index}>{S.offRosterLine(o.unit, o.file, o.suggestion)}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}

          <div className={styles.start}>
            <Button onClick={() => void onPreview()} disabled={disabled || writing} aria-describedby="nb-review-write-hint">
              {S.write}
            </Button>
            <Caption1 id="nb-review-write-hint" className={styles.hint}>
              {S.writeHint}
            </Caption1>
          </div>
        </>
      )}

      <Dialog open={previewOpen} onOpenChange={(_, d) => !d.open && setPreviewOpen(false)} modalType="modal">
        <DialogSurface aria-describedby="nb-review-preview">
          <DialogBody>
            <DialogTitle>{S.previewTitle}</DialogTitle>
            <DialogContent id="nb-review-preview">
              <ul className={dialogStyles.changes} aria-label={S.previewTitle}>
                {preview?.map((p, i) => (
                  <li key={p.sheet}>
                    {S.previewSheet(p.sheet, p.rows)}：{i === 0 ? S.previewSummary : result?.sum.ok ? S.previewSum(result.sum.sum.units.length) : ""}
                  </li>
                ))}
              </ul>
              {result && !result.sum.ok && <Body1 block>{S.previewNoSum(result.sum.reason)}</Body1>}
              {result?.sum.ok && result.sum.notes.map((note) => (
                <Body1 block key={note}>
                  {note}
                </Body1>
              ))}
              <Body1 block>{S.previewNothingChanged}</Body1>
            </DialogContent>
            <DialogActions className={dialogStyles.dialogActions}>
              <Button appearance="primary" onClick={() => void onWrite()}>
                {S.confirmWrite}
              </Button>
              <Button onClick={() => setPreviewOpen(false)}>{S.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
