/**
 * The pane's check: read the active set (one `readNamed`), run every rule, publish the result. A read identical to
 * the last one (the timer, a selection or the focus found nothing new) publishes nothing, so a re-check without a
 * change costs one read and no rule run or render.
 */
import * as React from "react";
import type { WorkbookPort } from "../workbook/port";
import type { CheckState } from "./pane-types";
import type { CrossYear } from "./usePrevious";
import type { ReportServices } from "./services";
import { STRINGS } from "./strings";

export interface ReportCheckOptions {
  port: WorkbookPort;
  /** The core, loaded on first use. */
  services: () => Promise<ReportServices>;
  /** The report set to check (read at the time of each check). */
  activeSetRef: React.MutableRefObject<number>;
  /** Last year's report kept in the workbook, for the cross-year rules (see `usePrevious`). */
  crossYearRef?: React.MutableRefObject<CrossYear | null>;
}

export interface ReportCheck {
  /** The last check shown. */
  check: CheckState | null;
  /** The latest check, set as soon as it completes (before React renders it). */
  lastCheckRef: React.MutableRefObject<CheckState | null>;
  /** The check React rendered last. */
  checkRef: React.MutableRefObject<CheckState | null>;
  /** The sentence for screen readers after each check. */
  announcement: string;
  /**
   * Read and check the active set. `measure` times the read → updated list (performance entry `nb-change-to-list`,
   * from the mark `nb-change`). Rejects when the read fails; the shown result then stays as it was.
   */
  runCheck: (measure: boolean) => Promise<void>;
}

/** The check of the pane. */
export function useReportCheck({ port, services, activeSetRef, crossYearRef }: ReportCheckOptions): ReportCheck {
  const [check, setCheck] = React.useState<CheckState | null>(null);
  const [announcement, setAnnouncement] = React.useState("");
  const checkRef = React.useRef<CheckState | null>(null);
  checkRef.current = check;
  const lastCheckRef = React.useRef<CheckState | null>(null);
  /** The last read, as text: the next identical read changes nothing. */
  const lastReadRef = React.useRef("");
  /** Set when a change's check starts, to measure change → list. */
  const measureRef = React.useRef(false);

  const runCheck = React.useCallback(
    async (wanted: boolean) => {
      const measure = wanted && typeof performance !== "undefined" && typeof performance.mark === "function" && typeof performance.measure === "function";
      if (measure) performance.mark("nb-change");
      const s = await services();
      const read = await s.readReport(port, s.reportSet(activeSetRef.current));
      const cross = crossYearRef?.current ? await crossYearRef.current(read.data, activeSetRef.current) : { options: {}, key: "" };
      // Attaching or removing last year's report changes the findings of an unchanged read.
      const key = `${JSON.stringify(read)}\u0000${cross.key}`;
      if (lastCheckRef.current && key === lastReadRef.current) return;
      lastReadRef.current = key;
      measureRef.current = measure;
      const noTables = Object.values(read.tables).every((t) => t === null) && read.info === null;
      // The one check pipeline: layout problems are findings among the others, and a table the layout could not read
      // gives no findings of its own (its blank cells would only repeat the layout problem).
      const findings = noTables ? [] : s.checkReport(read, cross.options);
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
    [port, services, activeSetRef, crossYearRef],
  );

  // Measure change → updated list, after React has committed the new findings.
  React.useEffect(() => {
    if (!measureRef.current) return;
    measureRef.current = false;
    performance.measure("nb-change-to-list", "nb-change");
  }, [check]);

  return { check, lastCheckRef, checkRef, announcement, runCheck };
}
