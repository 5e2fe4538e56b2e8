/**
 * The live check of the pane (office-platform.md §3.3): one subscription to change and selection events for the
 * pane's lifetime (`LiveSubscription`), and one check loop (`CheckScheduler`) fed by every trigger — a user's change,
 * a selection into the report, the pane shown again or focused, a slow timer while visible, the subscription live
 * again after the host refused it, 重新校验 and the pane's own writes. A change event is only a signal; the handler never writes. Changes the host marks as the add-in's own
 * are left out (ExcelApi 1.14); every other change is checked, since a change elsewhere can move a formula's result.
 */
import * as React from "react";
import type { SelectionEvent, WorkbookPort } from "../workbook/port";
import { CheckScheduler, type CheckStatus, type CheckTrigger } from "./check-scheduler";
import { LiveSubscription, type LiveMode } from "./live-subscription";

export interface LiveCheckOptions {
  port: WorkbookPort;
  /** One check: read and publish; rejects when the read failed (it is then retried). */
  check: (trigger: CheckTrigger) => Promise<void>;
  /** Whether the pane checks by itself (events, focus, timer); `false` leaves only `request`. */
  auto: boolean;
  /** Debounce of signals (ms). Fixed at the first render. */
  debounceMs: number;
  /** Timer period while the pane is visible (ms); 0 turns it off. Fixed at the first render. */
  periodMs: number;
  /** Whether a selection may touch what the check reads (else it starts no check). */
  selectionMatters: (event: SelectionEvent) => boolean;
}

export interface LiveCheck {
  /** What the live check is doing (实时校验 / 已暂停 / 手动校验). */
  mode: LiveMode;
  /** How fresh the shown result is. */
  status: CheckStatus;
  /** Check as soon as possible; resolves when that check has finished (never rejects; see `status.failure`). */
  request: (trigger: CheckTrigger) => Promise<void>;
}

/** The live check: subscription, triggers and the check loop. */
export function useLiveCheck({ port, check, auto, debounceMs, periodMs, selectionMatters }: LiveCheckOptions): LiveCheck {
  const checkRef = React.useRef(check);
  checkRef.current = check;
  const selectionRef = React.useRef(selectionMatters);
  selectionRef.current = selectionMatters;
  const [status, setStatus] = React.useState<CheckStatus>({ pending: false, dirty: false, lastSuccessAt: null, failure: null });
  const [mode, setMode] = React.useState<LiveMode>(auto && port.capabilities.events ? { kind: "connecting" } : { kind: "manual" });
  const [scheduler] = React.useState(
    () => new CheckScheduler({ check: (t) => checkRef.current(t), onStatus: setStatus, debounceMs, periodMs: auto ? periodMs : 0 }),
  );
  const subscriptionRef = React.useRef<LiveSubscription | null>(null);

  React.useEffect(() => () => scheduler.dispose(), [scheduler]);

  // One subscription for the pane's lifetime; what to check is read when the check runs, never re-subscribed.
  React.useEffect(() => {
    if (!auto) {
      setMode({ kind: "manual" });
      return;
    }
    let paused = false;
    const subscription = new LiveSubscription({
      port,
      onChange: (e) => {
        if (!e.byAddin) scheduler.signal("change");
      },
      onSelection: (e) => {
        if (selectionRef.current(e)) scheduler.signal("selection");
      },
      onMode: (m) => {
        // Edits made while the host refused the subscription raised no event here: check once it is live again.
        if (m.kind === "live" && paused) scheduler.signal("subscribed");
        paused = m.kind === "paused";
        setMode(m);
      },
    });
    subscriptionRef.current = subscription;
    subscription.start();
    return () => {
      subscriptionRef.current = null;
      void subscription.dispose();
    };
  }, [auto, port, scheduler]);

  // The pane shown again or focused: check (events may have been dropped, the user comes back from the sheet) and
  // retry a refused subscription at once.
  React.useEffect(() => {
    if (!auto || typeof document === "undefined") return;
    const onVisibility = () => {
      const visible = document.visibilityState !== "hidden";
      scheduler.setVisible(visible);
      if (visible) subscriptionRef.current?.retryNow();
    };
    const onFocus = () => {
      scheduler.setFocused(true);
      subscriptionRef.current?.retryNow();
    };
    const onBlur = () => scheduler.setFocused(false);
    scheduler.setVisible(document.visibilityState !== "hidden");
    scheduler.setFocused(document.hasFocus(), { quiet: true });
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("focus", onFocus);
    window.addEventListener("blur", onBlur);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("focus", onFocus);
      window.removeEventListener("blur", onBlur);
    };
  }, [auto, scheduler]);

  const request = React.useCallback((trigger: CheckTrigger) => scheduler.request(trigger), [scheduler]);
  return { mode, status, request };
}
