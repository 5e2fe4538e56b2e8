/**
 * The preview of a fill helper (空白填 0, 计算总计, 转为数值): every cell it would change (from → to) and the cells it
 * leaves alone with the reason. Nothing is written until 确认修改.
 */
import * as React from "react";
import { Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
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

/** The preview dialog of the fill helpers. */
export function FillDialog({ fill, onConfirm, onClose }: FillDialogProps): React.JSX.Element {
  const styles = useDialogStyles();
  return (
    <Dialog open={fill !== null} onOpenChange={(_, d) => !d.open && onClose()} modalType="modal">
      <DialogSurface aria-describedby="fill-body">
        <DialogBody>
          <DialogTitle>{fill?.title}</DialogTitle>
          <DialogContent id="fill-body">
            {fill && fill.changes.length === 0 && fill.skipped.length === 0 && <Body1>{STRINGS.noChanges}</Body1>}
            {fill && fill.changes.length > 0 && (
              <>
                <Body1>{STRINGS.changesIntro(fill.changes.length)}</Body1>
                {(fill.overwrites ?? 0) > 0 && <Body1 block role="alert">{STRINGS.overwriteWarning(fill.overwrites!)}</Body1>}
                <ul className={styles.changes} aria-label={STRINGS.changesIntro(fill.changes.length)}>
                  {fill.changes.map((c) => (
                    <li key={c.cell}>{STRINGS.changeRow(c.name, shownFrom(c.from), c.to)}</li>
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
              <Button appearance="primary" onClick={onConfirm}>
                {STRINGS.confirmChanges(fill.changes.length)}
              </Button>
            )}
            <Button onClick={onClose}>{STRINGS.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
