/**
 * The preview of a fill helper (空白填 0, 计算总计, 转为数值) and of 从文档导入本年数据: every cell and 报告信息 field it
 * would change (from → to; long text shortened, with its length), the filled ones it overwrites named and marked, and
 * what it leaves alone with the reason. Nothing is written until 确认修改.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from "@fluentui/react-components";
import type { FieldChange } from "../import/fill-plan";
import type { CellChange } from "../rules";
import type { PendingFill } from "./pane-types";
import { useDialogStyles } from "./dialog-styles";
import { STRINGS } from "./strings";

export interface FillDialogProps {
  /** The planned changes; `null` closes the dialog. */
  fill: PendingFill | null;
  onConfirm(): void;
  onClose(): void;
}

/** A cell's old value as the preview shows it: 空白, a quoted text, or the number. */
function shownFrom(from: CellChange["from"]): string {
  if (from === null || from === "") return STRINGS.blank;
  return typeof from === "string" ? `“${from}”` : String(from);
}

/** Texts longer than this many characters are shown by their beginning and their length. */
const SHOWN_TEXT_CHARS = 24;

/** A 报告信息 value as the preview shows it: 空白, a number, a short text quoted, a long one shortened with its length. */
function shownField(v: FieldChange["from"]): string {
  if (v === null || v === "") return STRINGS.blank;
  if (typeof v !== "string") return String(v);
  const chars = Array.from(v);
  const oneLine = (t: string) => t.replace(/\s*\n\s*/g, " ");
  return chars.length > SHOWN_TEXT_CHARS ? STRINGS.longText(oneLine(chars.slice(0, SHOWN_TEXT_CHARS - 4).join("")), chars.length) : `“${oneLine(v)}”`;
}

/** A React key for a 报告信息 change. */
function fieldKey(f: FieldChange): string {
  return "field" in f.target ? f.target.field : `extra.${f.target.extra}.${f.target.part}`;
}

/** The preview dialog of the fill helpers. */
export function FillDialog({ fill, onConfirm, onClose }: FillDialogProps): React.JSX.Element {
  const styles = useDialogStyles();
  const fields = fill?.fields ?? [];
  // A document that looks like another year's or another unit's report is imported only once the user says so.
  const [confirmed, setConfirmed] = React.useState(false);
  React.useEffect(() => setConfirmed(false), [fill]);
  const mustConfirm = (fill?.warnings?.length ?? 0) > 0;
  return (
    <Dialog open={fill !== null} onOpenChange={(_, d) => !d.open && onClose()} modalType="modal">
      <DialogSurface aria-describedby="fill-body">
        <DialogBody>
          <DialogTitle>{fill?.title}</DialogTitle>
          <DialogContent id="fill-body">
            {fill && fill.changes.length === 0 && fields.length === 0 && fill.skipped.length === 0 && <Body1>{STRINGS.noChanges}</Body1>}
            {fill?.warnings?.map((w) => (
              <MessageBar intent="warning" role="alert" key={w} className={styles.warning}>
                <MessageBarBody>{w}</MessageBarBody>
              </MessageBar>
            ))}
            {mustConfirm && <Checkbox checked={confirmed} onChange={(_, d) => setConfirmed(d.checked === true)} label={STRINGS.confirmDocument} />}
            {fill?.note && <Body1 block>{fill.note}</Body1>}
            {fill && (fill.overwrites ?? 0) > 0 && (
              <Body1 block role="alert">
                {STRINGS.overwriteWarning(fill.overwrites!, fill.overwritten ?? [])}
              </Body1>
            )}
            {fields.length > 0 && (
              <>
                <Body1>{STRINGS.fieldsIntro(fields.length)}</Body1>
                <ul className={styles.changes} aria-label={STRINGS.fieldsIntro(fields.length)}>
                  {fields.map((f) => (
                    <li key={fieldKey(f)}>{STRINGS.fieldRow(f.name, shownField(f.from), shownField(f.to), f.overwrites)}</li>
                  ))}
                </ul>
              </>
            )}
            {fill && fill.changes.length > 0 && (
              <>
                <Body1>{STRINGS.changesIntro(fill.changes.length)}</Body1>
                <ul className={styles.changes} aria-label={STRINGS.changesIntro(fill.changes.length)}>
                  {fill.changes.map((c) => (
                    <li key={c.cell}>
                      {STRINGS.changeRow(c.name, shownFrom(c.from), c.to)}
                      {fill.overwrites !== undefined && c.from !== null && c.from !== "" ? STRINGS.overwriteMark : ""}
                    </li>
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
            {fill && fill.changes.length + fields.length > 0 && (
              <Button appearance="primary" onClick={onConfirm} disabled={mustConfirm && !confirmed}>
                {fill.fields ? STRINGS.confirmImport(fill.changes.length, fields.length) : STRINGS.confirmChanges(fill.changes.length)}
              </Button>
            )}
            <Button onClick={onClose}>{STRINGS.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
