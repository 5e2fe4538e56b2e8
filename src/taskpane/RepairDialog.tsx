/**
 * 修复表格: what the rebuild will do (the sheets, the cells put back, the tables and rows that must be re-entered),
 * with a backup copy of the old sheet offered when something cannot be put back.
 */
import * as React from "react";
import { Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { RepairPlan } from "../workbook/layout";
import { useDialogStyles } from "./dialog-styles";
import { STRINGS } from "./strings";

export interface RepairDialogProps {
  /** The plan to show; `null` closes the dialog. */
  repair: RepairPlan | null;
  /** The tables sheet of a set, named when the plan deletes nothing visible. */
  setName(set: number): string;
  /** Rebuild, with or without a backup copy of the old sheet. */
  onRepair(backup: boolean): void;
  onClose(): void;
}

/** The dialog of 修复表格 and 替换（保留已填数据）. */
export function RepairDialog({ repair, setName, onRepair, onClose }: RepairDialogProps): React.JSX.Element {
  const styles = useDialogStyles();
  return (
    <Dialog open={repair !== null} onOpenChange={(_, d) => !d.open && onClose()} modalType="modal">
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
                <Button appearance="primary" onClick={() => onRepair(true)}>
                  {STRINGS.repairWithBackup}
                </Button>
                <Button onClick={() => onRepair(false)}>{STRINGS.repairWithoutBackup}</Button>
              </>
            ) : (
              <Button appearance="primary" onClick={() => onRepair(false)}>
                {STRINGS.repairGo}
              </Button>
            )}
            <Button onClick={onClose}>{STRINGS.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
