/**
 * 导入上年报告 in the pane: the button and file picker (among the actions), the line saying which report of last year
 * the workbook keeps (with 填写上年结转…, 替换… and 删除), and the dialogs: the report read (key figures, what was
 * not carried over, a confirmation when it may not be last year's report of this agency), the 填写上年结转 preview
 * (every cell that changes; a filled one named with its value now) and the question before removing it.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CellValue } from "../report";
import type { PreviousFigure } from "../import/previous-summary";
import { useDialogStyles } from "./dialog-styles";
import { PREVIOUS_STRINGS as T } from "./previous-strings";
import type { PreviousPane } from "./usePrevious";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  figures: { display: "grid", gridTemplateColumns: "auto auto", columnGap: tokens.spacingHorizontalM, rowGap: "2px", margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** A figure as shown: the number, the text as written, or 未填写. */
function shown(v: CellValue): string {
  if (v === null || v === "") return T.blank;
  return typeof v === "number" ? String(v) : `“${v}”`;
}

/** The 导入上年报告… button and its hidden file picker. */
export function PreviousImportButton({
  previous,
  disabled,
  inputRef: input,
}: {
  previous: PreviousPane;
  disabled: boolean;
  /** The file picker, also opened by 替换…. */
  inputRef: React.RefObject<HTMLInputElement>;
}): React.JSX.Element {
  return (
    <>
      <Button onClick={() => input.current?.click()} disabled={disabled}>
        {T.importPrevious}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".xlsx,.json,.pdf,.docx,.html,.htm,.md,.txt"
        aria-label={T.importPrevious}
        data-testid="import-previous-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) previous.onImport(file);
        }}
      />
    </>
  );
}

function FigureList({ label, figures, plain = false }: { label: string; figures: PreviousFigure[]; plain?: boolean }): React.JSX.Element | null {
  const styles = useStyles();
  if (figures.length === 0) return null;
  return (
    <dl className={styles.figures} aria-label={label}>
      {figures.map((f) => (
        <React.Fragment key={f.cell}>
          <dt className={styles.term}>{f.name}</dt>
          <dd className={styles.value}>{plain && typeof f.value === "string" && f.value !== "" ? f.value : shown(f.value)}</dd>
        </React.Fragment>
      ))}
    </dl>
  );
}

/** The dialog showing last year's report read from a file, before it is kept. */
function ImportDialog({ previous }: { previous: PreviousPane }): React.JSX.Element {
  const styles = useStyles();
  const dialog = useDialogStyles();
  const p = previous.pending;
  const [confirmed, setConfirmed] = React.useState(false);
  React.useEffect(() => setConfirmed(false), [p]);
  const blocked = p !== null && p.mismatches.length > 0 && !confirmed;
  const f = p?.figures;
  return (
    <Dialog open={p !== null} onOpenChange={(_, d) => !d.open && previous.closeImport()} modalType="modal">
      <DialogSurface aria-describedby="previous-body">
        <DialogBody>
          <DialogTitle>{p ? T.title(p.file) : ""}</DialogTitle>
          <DialogContent id="previous-body" className={styles.section}>
            {p && f && (
              <>
                {p.mismatches.length > 0 && (
                  <MessageBar intent="warning" layout="multiline">
                    <MessageBarBody>
                      <MessageBarTitle>{T.mismatchTitle}</MessageBarTitle>
                      {p.mismatches.map((m) => (
                        <Body1 block key={m.kind}>
                          {m.message}
                        </Body1>
                      ))}
                    </MessageBarBody>
                  </MessageBar>
                )}
                <FigureList
                  label={T.sectionLabel}
                  plain
                  figures={[
                    { cell: "agency", name: T.agency, value: f.agency },
                    { cell: "year", name: T.year, value: f.year === null ? null : T.yearValue(f.year) },
                    { cell: "format", name: T.format, value: f.formatName },
                  ]}
                />
                <Body1>{T.figuresIntro}</Body1>
                <FigureList label={T.figuresIntro} figures={[...f.table3, ...f.table4, ...f.inForce]} />
                {p.report.notes.length > 0 && (
                  <>
                    <Body1>{T.notesIntro}</Body1>
                    <ul className={dialog.changes}>
                      {p.report.notes.map((n) => (
                        <li key={n}>{n}</li>
                      ))}
                    </ul>
                  </>
                )}
                {p.replacing && <Body1 block>{T.replacing(p.replacing.source, p.replacing.importedAt)}</Body1>}
                <Caption1 className={styles.hint}>{T.keepHint}</Caption1>
                {p.mismatches.length > 0 && <Checkbox checked={confirmed} onChange={(_, d) => setConfirmed(d.checked === true)} label={T.confirmMismatch} />}
              </>
            )}
          </DialogContent>
          <DialogActions className={dialog.dialogActions}>
            <Button appearance="primary" onClick={previous.confirmKeep} disabled={blocked}>
              {T.keep}
            </Button>
            <Button onClick={previous.closeImport}>{T.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The 填写上年结转 preview: every cell that changes, nothing written before 确认. */
function CarryDialog({ previous }: { previous: PreviousPane }): React.JSX.Element {
  const dialog = useDialogStyles();
  const c = previous.carry;
  const plan = c?.plan;
  return (
    <Dialog open={c !== null} onOpenChange={(_, d) => !d.open && previous.closeCarry()} modalType="modal">
      <DialogSurface aria-describedby="carry-body">
        <DialogBody>
          <DialogTitle>{T.carryTitle}</DialogTitle>
          <DialogContent id="carry-body">
            {plan && plan.changes.length === 0 && <Body1 block>{T.carryNothing}</Body1>}
            {plan && plan.changes.length > 0 && (
              <>
                <Body1 block>{T.carryIntro(plan.changes.length)}</Body1>
                {plan.overwrites > 0 && (
                  <Body1 block role="alert">
                    {T.carryOverwrites(plan.overwrites)}
                  </Body1>
                )}
                <ul className={dialog.changes} aria-label={T.carryIntro(plan.changes.length)}>
                  {plan.changes.map((ch) => (
                    <li key={ch.cell}>{ch.from === null || ch.from === "" ? T.carryBlank(ch.name, ch.to) : T.carryFilled(ch.name, shown(ch.from), ch.to)}</li>
                  ))}
                </ul>
                {plan.agree.length > 0 && <Body1 block>{T.carryAgree(plan.agree.length)}</Body1>}
              </>
            )}
            {plan && plan.skipped.length > 0 && (
              <>
                <Body1 block>{T.carrySkippedIntro(plan.skipped.length)}</Body1>
                <ul className={dialog.changes}>
                  {plan.skipped.map((k) => (
                    <li key={k.cell}>{k.reason}</li>
                  ))}
                </ul>
              </>
            )}
          </DialogContent>
          <DialogActions className={dialog.dialogActions}>
            {plan && plan.changes.length > 0 && (
              <Button appearance="primary" onClick={previous.confirmCarry}>
                {T.confirmCarry(plan.changes.length)}
              </Button>
            )}
            <Button onClick={previous.closeCarry}>{plan && plan.changes.length > 0 ? T.later : T.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The question before removing the kept report. */
function RemoveDialog({ previous, source }: { previous: PreviousPane; source: string }): React.JSX.Element {
  const dialog = useDialogStyles();
  return (
    <Dialog open={previous.removing} onOpenChange={(_, d) => !d.open && previous.closeRemove()} modalType="alert">
      <DialogSurface aria-describedby="remove-body">
        <DialogBody>
          <DialogTitle>{T.removeTitle}</DialogTitle>
          <DialogContent id="remove-body">{T.removeBody(source)}</DialogContent>
          <DialogActions className={dialog.dialogActions}>
            <Button appearance="primary" onClick={previous.confirmRemove}>
              {T.remove}
            </Button>
            <Button onClick={previous.closeRemove}>{T.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** Which report of last year the workbook keeps, with its actions, and the dialogs of 导入上年报告. */
export function PreviousSection({ previous, disabled, onReplace }: { previous: PreviousPane; disabled: boolean; onReplace: () => void }): React.JSX.Element {
  const styles = useStyles();
  const a = previous.attached;
  return (
    <>
      {a.kind === "kept" && (
        <section className={styles.section} aria-label={T.sectionLabel}>
          <Caption1>
            {T.sectionLabel}：{T.attached(a.stored.report.data.agency, T.yearValue(a.stored.report.data.year), a.stored.source, a.stored.importedAt)}
          </Caption1>
          {a.note && <Caption1 className={styles.hint}>{a.note}</Caption1>}
          <div className={styles.row}>
            <Button size="small" onClick={previous.onCarryOver} disabled={disabled}>
              {T.carryOver}
            </Button>
            <Button size="small" onClick={onReplace} disabled={disabled}>
              {T.replace}
            </Button>
            <Button size="small" onClick={previous.askRemove} disabled={disabled}>
              {T.remove}
            </Button>
          </div>
        </section>
      )}
      {a.kind === "damaged" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{T.damagedTitle}</MessageBarTitle>
            {a.error}
          </MessageBarBody>
          <Button size="small" onClick={previous.askRemove} disabled={disabled}>
            {T.remove}
          </Button>
        </MessageBar>
      )}
      <ImportDialog previous={previous} />
      <CarryDialog previous={previous} />
      <RemoveDialog previous={previous} source={a.kind === "kept" ? a.stored.source : ""} />
    </>
  );
}
