/**
 * 导入上年报告 and last year's report kept in the workbook: read a chosen file (in its own chunk) and show its key
 * figures, what could not be carried over and whether it is really last year's report of this agency; keep it in the
 * workbook after confirmation (one `store` write, replacing the one kept); offer 填写上年结转 (a preview of every
 * changed cell, one write after confirmation); remove it after asking. For the live check it gives `crossYear`: the
 * kept report matched to this year's (read once, again on 重新校验 and on opening), so S1, S2 and C1 run live.
 */
import * as React from "react";
import type { CheckOptions } from "../rules";
import type { ReportData } from "../report";
import type { ReadResult } from "../workbook/layout";
import type { RawValue, WorkbookPort } from "../workbook/port";
import { previousStoreKey } from "../workbook/stored";
import type { CellKey } from "../format";
import type { PreviousFigures, PreviousMismatch } from "../import/previous-summary";
import type { PreviousReport } from "../import/previous";
import type { CarryOverPlan, StoredPrevious, StoredPreviousRead } from "./previous-check";
import { stamp, type Busy } from "./pane-types";
import { PREVIOUS_STRINGS as T } from "./previous-strings";
import type { ReportServices } from "./services";

/** What the workbook keeps for the active report set: not known yet, nothing, a report, or a damaged store. */
export type Attached =
  | { kind: "unknown" }
  | { kind: "none" }
  | { kind: "kept"; stored: StoredPrevious; /** Why the checks do not use it, or what is uncertain. */ note?: string }
  | { kind: "damaged"; error: string };

/** A file read as last year's report, shown before it is kept. */
export interface PendingPrevious {
  file: string;
  report: PreviousReport;
  figures: PreviousFigures;
  /** Why it may not be last year's report of this agency; the user confirms before keeping it. */
  mismatches: PreviousMismatch[];
  /** The report kept now, which keeping this one replaces. */
  replacing: StoredPrevious | null;
}

/** The planned 填写上年结转, shown before anything is written. */
export interface PendingCarry {
  read: ReadResult;
  plan: CarryOverPlan;
}

/** What the check asks of last year's report: the options for `checkReport`, and a key that changes with them. */
export type CrossYear = (data: ReportData, set: number) => Promise<{ options: CheckOptions; key: string }>;

export interface PreviousOptions {
  port: WorkbookPort;
  services: () => Promise<ReportServices>;
  activeSetRef: React.MutableRefObject<number>;
  /** Run an action with the busy state and a Chinese error on failure. */
  run: (kind: Exclude<Busy, null>, action: () => Promise<void>) => Promise<void>;
  /** Run the pane's own write, then re-check. */
  writing: (action: () => Promise<void>) => Promise<void>;
  setNotice: (text: string | null, kind?: "plain" | "transient" | "warning") => void;
  now: () => Date;
}

export interface PreviousPane {
  attached: Attached;
  pending: PendingPrevious | null;
  carry: PendingCarry | null;
  removing: boolean;
  onImport: (file: File) => void;
  confirmKeep: () => void;
  closeImport: () => void;
  onCarryOver: () => void;
  confirmCarry: () => void;
  closeCarry: () => void;
  askRemove: () => void;
  confirmRemove: () => void;
  closeRemove: () => void;
  /** For the check (see the module comment). */
  crossYear: CrossYear;
  /** Read the kept report again at the next check (opening, 重新校验). */
  reload: () => void;
  /** The options the last check ran with (last year's report when it is used), for other checks of the same data. */
  checkOptions: () => CheckOptions;
}

type CheckModule = typeof import("./previous-check");

/** 导入上年报告 and the report kept in the workbook. */
export function usePrevious({ port, services, activeSetRef, run, writing, setNotice, now }: PreviousOptions): PreviousPane {
  const [attached, setAttached] = React.useState<Attached>({ kind: "unknown" });
  const attachedKey = React.useRef("");
  const [pending, setPending] = React.useState<PendingPrevious | null>(null);
  const [carry, setCarry] = React.useState<PendingCarry | null>(null);
  const [removing, setRemoving] = React.useState(false);
  /** The kept report of each set, read once until `reload`. */
  const cache = React.useRef(new Map<number, Promise<StoredPreviousRead>>());
  const moduleRef = React.useRef<Promise<CheckModule> | null>(null);
  const lastOptions = React.useRef<CheckOptions>({});

  const checkModule = React.useCallback((): Promise<CheckModule> => {
    moduleRef.current ??= import(/* webpackChunkName: "previous" */ "./previous-check");
    return moduleRef.current;
  }, []);

  const show = React.useCallback((next: Attached, key: string) => {
    if (attachedKey.current === key) return;
    attachedKey.current = key;
    setAttached(next);
  }, []);

  const kept = React.useCallback(
    async (set: number): Promise<StoredPreviousRead> => {
      const m = await checkModule();
      let p = cache.current.get(set);
      if (!p) {
        p = m.readStoredPrevious(port, previousStoreKey(set));
        cache.current.set(set, p);
        // A failed read (the host busy) is tried again at the next check.
        p.catch(() => cache.current.delete(set));
      }
      return p;
    },
    [port, checkModule],
  );

  const crossYear: CrossYear = React.useCallback(
    async (data, set) => {
      const r = await kept(set);
      const m = await checkModule();
      lastOptions.current = {};
      if (!r.ok) {
        show({ kind: "damaged", error: r.error }, `damaged:${r.error}`);
        return { options: {}, key: `damaged:${r.error}` };
      }
      if (!r.stored) {
        show({ kind: "none" }, "none");
        return { options: {}, key: "none" };
      }
      const stored = r.stored;
      const use = m.previousForCheck(data, stored.report, stored.source, { otherUnit: stored.sameUnit === true });
      const key = `kept:${stored.source}|${stored.importedAt}|${use.note ?? ""}`;
      show({ kind: "kept", stored, ...(use.note ? { note: use.note } : {}) }, key);
      lastOptions.current = use.previous ? { previous: use.previous } : {};
      return { options: lastOptions.current, key };
    },
    [kept, checkModule, show],
  );

  const reload = React.useCallback(() => cache.current.clear(), []);

  /** Plan 填写上年结转 from the kept report and show it (reads only). */
  const planCarry = React.useCallback(async (): Promise<void> => {
    const set = activeSetRef.current;
    const s = await services();
    const read = await s.readReport(port, s.reportSet(set));
    const r = await kept(set);
    if (!r.ok || !r.stored) return;
    const m = await checkModule();
    setCarry({ read, plan: m.planCarryOver(read.data, r.stored.report.data, (k: CellKey) => read.cells[k] !== undefined) });
  }, [activeSetRef, services, port, kept, checkModule]);

  const onImport = (file: File) =>
    void run("check", async () => {
      setNotice(null);
      const set = activeSetRef.current;
      const s = await services();
      const read = await s.readReport(port, s.reportSet(set));
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { readPreviousFile } = await import(/* webpackChunkName: "import" */ "./import-previous");
      const r = await readPreviousFile(bytes, file.name, read.data);
      if (!r.ok) {
        setNotice(T.failed(file.name, r.reason), "warning");
        return;
      }
      const before = await kept(set);
      setPending({ file: file.name, report: r.report, figures: r.figures, mismatches: r.mismatches, replacing: before.ok ? before.stored : null });
    });

  const confirmKeep = () => {
    const p = pending;
    setPending(null);
    if (!p) return;
    void run("write", async () => {
      const set = activeSetRef.current;
      const { encodeStoredPrevious } = await import(/* webpackChunkName: "import" */ "./import-previous");
      // Confirming a report of another 机关名称 says it is this unit's (e.g. renamed): the checks then use it.
      const stored: StoredPrevious = { report: p.report, source: p.file, importedAt: stamp(now()), ...(p.mismatches.some((m) => m.kind === "unit") ? { sameUnit: true } : {}) };
      const text = encodeStoredPrevious(stored);
      await writing(async () => {
        await port.apply([{ op: "store", key: previousStoreKey(set), text }]);
        // Known without reading it back: the check that follows uses it.
        cache.current.set(set, Promise.resolve({ ok: true, stored }));
      });
      setNotice(T.kept(p.file));
      await planCarry();
    });
  };

  const onCarryOver = () => void run("check", planCarry);

  const confirmCarry = () => {
    const c = carry;
    setCarry(null);
    if (!c || c.plan.changes.length === 0) return;
    void run("write", async () => {
      const s = await services();
      const values: Record<CellKey, RawValue> = {};
      for (const change of c.plan.changes) values[change.cell] = change.to;
      const ops = s.planWriteValues(c.read, values);
      await writing(() => port.apply(ops));
      setNotice(T.carried(c.plan.changes.length));
    });
  };

  const confirmRemove = () => {
    setRemoving(false);
    void run("write", async () => {
      const set = activeSetRef.current;
      await writing(async () => {
        await port.apply([{ op: "store", key: previousStoreKey(set), text: null }]);
        cache.current.set(set, Promise.resolve({ ok: true, stored: null }));
      });
      setNotice(T.removed);
    });
  };

  return {
    attached,
    pending,
    carry,
    removing,
    onImport,
    confirmKeep,
    closeImport: () => setPending(null),
    onCarryOver,
    confirmCarry,
    closeCarry: () => setCarry(null),
    askRemove: () => setRemoving(true),
    confirmRemove,
    closeRemove: () => setRemoving(false),
    crossYear,
    reload,
    checkOptions: () => lastOptions.current,
  };
}
