/**
 * How fresh the findings are, so an old 全部通过 is never read as current: the mode of the live check (实时校验 /
 * 已暂停（原因）/ 手动校验), the time of the last successful check, a visible state while a known change is being
 * checked, and a warning while checks fail (with what the result below is and 立即重试).
 */
import * as React from "react";
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckStatus } from "./check-scheduler";
import type { LiveMode } from "./live-subscription";
import { clockTime, errorMessage } from "./pane-types";
import { STRINGS } from "./strings";

const useStyles = makeStyles({
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2, minHeight: "20px" },
});

/** Why the live check is paused, in a few words. */
export function pausedReason(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === "InvalidOperationInCellEditMode") return STRINGS.pausedCellEdit;
  const detail = typeof code === "string" && code ? code : error instanceof Error ? error.message : String(error);
  return STRINGS.pausedOther(detail);
}

/** The mode line of the header: `校验方式：实时校验（ExcelApi 1.14）`. */
export function modeText(mode: LiveMode, level: string): string {
  switch (mode.kind) {
    case "live":
      return STRINGS.modeLabel(STRINGS.modeLive, level);
    case "connecting":
      return STRINGS.modeLabel(STRINGS.modeConnecting, level);
    case "paused":
      return STRINGS.modeLabel(STRINGS.modePaused(pausedReason(mode.error)), level);
    default:
      return STRINGS.modeLabel(STRINGS.modeManual, level);
  }
}

/** Whether the shown findings may not match the sheet: a known change not yet checked, or a failing check. */
export function isStale(status: CheckStatus): boolean {
  return status.failure !== null || (status.dirty && status.pending);
}

export interface CheckFreshnessProps {
  mode: LiveMode;
  status: CheckStatus;
  onRetry(): void;
}

/** The freshness line and the warnings of the live check. */
export function CheckFreshness({ mode, status, onRetry }: CheckFreshnessProps): React.JSX.Element | null {
  const styles = useStyles();
  const last = status.lastSuccessAt === null ? null : clockTime(new Date(status.lastSuccessAt));
  return (
    <>
      {mode.kind === "paused" && (
        <MessageBar intent="warning">
          <MessageBarBody>{STRINGS.pausedHint(pausedReason(mode.error))}</MessageBarBody>
        </MessageBar>
      )}
      {status.failure && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{STRINGS.checkFailedTitle}</MessageBarTitle>
            {errorMessage(status.failure.error)} {last ? STRINGS.checkFailedStale(last) : STRINGS.checkFailedNone}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onRetry}>
              {STRINGS.retryNow}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!status.failure && status.dirty && status.pending ? (
        <div className={styles.line}>
          <Spinner size="extra-tiny" />
          <Caption1>{STRINGS.checkPending}</Caption1>
        </div>
      ) : (
        last && (
          <div className={styles.line}>
            <Caption1>{STRINGS.checkedAt(last)}</Caption1>
          </div>
        )
      )}
    </>
  );
}
