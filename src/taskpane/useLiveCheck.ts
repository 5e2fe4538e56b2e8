/**
 * The pane's check: read the active set (one `readNamed`), run every rule, publish the result; and the live check
 * around it (office-platform.md §3.3). A change event is only a signal: it is debounced, then the set's table block
 * is read again and every rule runs. The handler never writes. Events from the add-in's own writes are ignored (the
 * port marks them `byAddin`; while the pane writes it also ignores the rest).
 */
import * as React from "react";
import type { WorkbookPort } from "../workbook/port";
import { errorMessage, type CheckState } from "./pane-types";
import type { ReportServices } from "./services";
import { STRINGS } from "./strings";

export interface LiveCheckOptions {
  port: WorkbookPort;
  /** The core, loaded on first use. */
  services: () => Promise<ReportServices>;
  /** The report set to check (read at the time of each check). */
  activeSetRef: React.MutableRefObject<number>;
  /** Whether change events start checks. */
  live: boolean;
  /** Debounce after the user's last edit (ms). */
  liveDelayMs: number;
  /** The report sets found in the workbook; events are subscribed again when they change. */
  sets: number[];
  /** True while the pane's own write batch runs: change events then are the add-in's. */
  writingRef: React.MutableRefObject<boolean>;
  /** Shows the error of a live check that failed. */
  setError: (message: string | null) => void;
}

export interface LiveCheck {
  /** The last check shown. */
  check: CheckState | null;
  /** The latest check, set as soon as it completes (before React renders it). */
  lastCheckRef: React.MutableRefObject<CheckState | null>;
  /** The check React rendered last. */
  checkRef: React.MutableRefObject<CheckState | null>;
  /** The sentence for screen readers after each check. */
  announcement: string;
  /** Check now; while a check runs, one more run is queued after it. */
  requestCheck: () => Promise<void>;
}

/** The check and the live check of the pane. */
export function useLiveCheck({ port, services, activeSetRef, live, liveDelayMs, sets, writingRef, setError }: LiveCheckOptions): LiveCheck {
  const [check, setCheck] = React.useState<CheckState | null>(null);
  const [announcement, setAnnouncement] = React.useState("");
  const checkRef = React.useRef<CheckState | null>(null);
  checkRef.current = check;
  const lastCheckRef = React.useRef<CheckState | null>(null);
  /** Set when a change event's check starts, to measure change → list (performance entry `nb-change-to-list`). */
  const measureRef = React.useRef(false);

  /** Read the active set (one readNamed), run every rule, show the result. */
  const runCheck = React.useCallback(
    async (set = activeSetRef.current) => {
      const s = await services();
      const read = await s.readReport(port, s.reportSet(set));
      const noTables = Object.values(read.tables).every((t) => t === null) && read.info === null;
      // The one check pipeline: layout problems are findings among the others, and a table the layout could not read
      // gives no findings of its own (its blank cells would only repeat the layout problem).
      const findings = noTables ? [] : s.checkReport(read);
      const counts = s.summarize(findings);
      const errors = counts.errors;
      const state = { read, findings, counts, noTables };
      lastCheckRef.current = state;
      setCheck(state);
      setAnnouncement(
        noTables
          ? STRINGS.announceNoTables
          : errors + counts.warnings + counts.explained === 0
            ? STRINGS.announcePass(s.checkCount(read.data), s.softCheckCount(read.data))
            : STRINGS.announce(errors, counts.warnings, counts.explained),
      );
    },
    [port, services, activeSetRef],
  );

  /** Checks run one at a time; a request while one runs is coalesced into one more run after it. */
  const queue = React.useRef<{ running: boolean; again: boolean }>({ running: false, again: false });
  const requestCheck = React.useCallback(async () => {
    const q = queue.current;
    if (q.running) {
      q.again = true;
      return;
    }
    q.running = true;
    try {
      do {
        q.again = false;
        await runCheck();
      } while (q.again);
    } finally {
      q.running = false;
    }
  }, [runCheck]);

  // Live check: a user's change is a signal; debounce, then re-read and re-check (read-only).
  React.useEffect(() => {
    if (!live) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = port.onChanged((e) => {
      if (e.byAddin || writingRef.current) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (typeof performance !== "undefined" && performance.mark) {
          performance.mark("nb-change");
          measureRef.current = true;
        }
        requestCheck().catch((err: unknown) => setError(errorMessage(err)));
      }, liveDelayMs);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
    // Re-subscribe when the sets change: on ExcelApi 1.7–1.8 events are per sheet, so new sheets need a handler.
  }, [live, port, requestCheck, liveDelayMs, sets, writingRef, setError]);

  // Measure change event → updated list, after React has committed the new findings.
  React.useEffect(() => {
    if (!measureRef.current) return;
    measureRef.current = false;
    performance.measure("nb-change-to-list", "nb-change");
  }, [check]);

  return { check, lastCheckRef, checkRef, announcement, requestCheck };
}
