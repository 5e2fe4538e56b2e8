/**
 * The choices when 插入统计表 finds report sheets already in the workbook: 使用现有表格, 替换（保留已填数据）, 新增一份
 * or 取消. Nothing is written before a choice.
 */
import * as React from "react";
import { Body1, Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useDialogStyles } from "./dialog-styles";
import { STRINGS } from "./strings";

export interface ExistingSetsDialogProps {
  /** The report sheets in the workbook; `null` closes the dialog. */
  existing: string[] | null;
  /** The tables sheet a new set would get (“统计表 (2)”), for the hint of 新增一份. */
  nextSheet: string;
  /** What 新增一份 inserts (`按 2019 年格式（…）插入 2020 年度统计表`); `null` while the report year cannot be inserted. */
  insertWhat: string | null;
  onReuse(): void;
  onReplace(): void;
  onAddSet(): void;
  onClose(): void;
}

/** The dialog of choices when the report sheets exist. */
export function ExistingSetsDialog({ existing, nextSheet, insertWhat, onReuse, onReplace, onAddSet, onClose }: ExistingSetsDialogProps): React.JSX.Element {
  const styles = useDialogStyles();
  return (
    <Dialog open={existing !== null} onOpenChange={(_, d) => !d.open && onClose()} modalType="modal">
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
              <Button onClick={onReplace}>{STRINGS.replaceKeep}</Button>
              <Caption1>{STRINGS.replaceKeepHint}</Caption1>
            </div>
            <div className={styles.option}>
              <Button onClick={onAddSet} disabled={insertWhat === null}>
                {STRINGS.addSet}
              </Button>
              <Caption1>{insertWhat === null ? STRINGS.addSetNeedsYear : STRINGS.addSetHint(nextSheet, insertWhat)}</Caption1>
            </div>
          </DialogContent>
          <DialogActions className={styles.dialogActions}>
            <Button onClick={onClose}>{STRINGS.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
