/**
 * The pane's one subscription to the workbook's change and selection events, for its whole lifetime. It cannot die
 * silently: when the host refuses it (Excel rejects the batch while a cell is being edited), the mode says 已暂停
 * with the reason and the subscription is tried again with backoff, and at once when the user comes back to the pane.
 * Host-neutral: it knows only the WorkbookPort.
 */
import type { ChangeEvent, SelectionEvent, Unsubscribe, WorkbookPort } from "../workbook/port";

/** What the live check is doing. */
export type LiveMode =
  /** No change events on this host, or live checking turned off: checks on 重新校验, focus and the timer. */
  | { kind: "manual" }
  /** Subscribing. */
  | { kind: "connecting" }
  /** Every change event is checked. */
  | { kind: "live" }
  /** The host refused the subscription; retried at `retryAt` (ms since the epoch). */
  | { kind: "paused"; error: unknown; retryAt: number };

export interface LiveSubscriptionOptions {
  port: WorkbookPort;
  onChange(event: ChangeEvent): void;
  onSelection(event: SelectionEvent): void;
  onMode(mode: LiveMode): void;
  /** First retry (ms); doubles with each refusal in a row. */
  retryMs?: number;
  /** Longest wait between retries (ms). */
  maxRetryMs?: number;
}

/** One subscription for the pane's lifetime. */
export class LiveSubscription {
  private offChanged: Unsubscribe | null = null;
  private offSelection: Unsubscribe | null = null;
  private connecting = false;
  private attempts = 0;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private readonly retryMs: number;
  private readonly maxRetryMs: number;

  constructor(private readonly options: LiveSubscriptionOptions) {
    this.retryMs = options.retryMs ?? 1000;
    this.maxRetryMs = options.maxRetryMs ?? 30000;
  }

  /** Subscribe (once; later calls only retry what is missing). */
  start(): void {
    if (!this.options.port.capabilities.events) {
      this.options.onMode({ kind: "manual" });
      return;
    }
    this.options.onMode({ kind: "connecting" });
    void this.connect();
  }

  /** Retry now what the host refused (the user is back in the pane, so a cell edit has likely ended). */
  retryNow(): void {
    if (this.retry === undefined || this.disposed) return;
    clearTimeout(this.retry);
    this.retry = undefined;
    void this.connect();
  }

  /** End the subscription. */
  async dispose(): Promise<void> {
    this.disposed = true;
    clearTimeout(this.retry);
    const offs = [this.offChanged, this.offSelection];
    this.offChanged = this.offSelection = null;
    await Promise.all(offs.map((off) => off?.()));
  }

  private async connect(): Promise<void> {
    if (this.connecting || this.disposed) return;
    this.connecting = true;
    const { port } = this.options;
    try {
      if (!this.offChanged) this.offChanged = await this.keep(port.onChanged((e) => this.options.onChange(e)));
      if (!this.offSelection && port.capabilities.selectionEvents)
        this.offSelection = await this.keep(port.onSelectionChanged((e) => this.options.onSelection(e)));
      this.attempts = 0;
      if (!this.disposed) this.options.onMode({ kind: "live" });
    } catch (error) {
      // Not swallowed: the refusal is the mode the pane shows, and it is retried.
      this.attempts++;
      const wait = Math.min(this.retryMs * 2 ** (this.attempts - 1), this.maxRetryMs);
      this.retry = setTimeout(() => {
        this.retry = undefined;
        void this.connect();
      }, wait);
      // Without change events the pane is paused; without selection events only a trigger is missing.
      if (!this.offChanged) this.options.onMode({ kind: "paused", error, retryAt: Date.now() + wait });
      else this.options.onMode({ kind: "live" });
    } finally {
      this.connecting = false;
    }
  }

  /** A subscription that resolved after `dispose` is ended at once. */
  private async keep(subscribing: Promise<Unsubscribe>): Promise<Unsubscribe | null> {
    const off = await subscribing;
    if (!this.disposed) return off;
    await off();
    return null;
  }
}
