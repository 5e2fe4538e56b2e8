/**
 * When the pane checks: every trigger (a change event, a selection into the tables, the pane shown or focused, a slow
 * timer, 重新校验, the pane's own write) is funnelled into one read at a time, so the findings never stay stale
 * behind a missed event, a failed batch or a dropped request. Host-neutral: plain timers, no DOM, no Office.
 *
 * - Signals (`signal`) are debounced: the check runs `debounceMs` after the last one.
 * - Requests (`request`) run at once and resolve when a check that started after them has finished.
 * - One check runs at a time; a request while one runs is queued and always runs after it, even when it failed.
 * - A failed check is retried with backoff (`retryMs`, doubling up to `maxRetryMs`); the next success clears it.
 * - While the pane is visible a timer checks `periodMs` after the last check began, unless nothing could have
 *   changed: the pane has had the focus since before that check (the user was not in the sheet), for at most
 *   `maxFocusedSkips` periods in a row. A hidden pane runs no timer (Excel on the web also drops its events) and
 *   checks when it is shown again.
 */

/** What started a check. */
export type CheckTrigger = "open" | "manual" | "write" | "change" | "selection" | "focus" | "visible" | "timer" | "retry" | "subscribed";

/** How fresh the shown result is. */
export interface CheckStatus {
  /** A check is waiting for its debounce, queued or running. */
  pending: boolean;
  /** A change is known to have happened since the last successful check (a change event or the pane's own write). */
  dirty: boolean;
  /** When the last successful check began (ms since the epoch); `null` before the first. */
  lastSuccessAt: number | null;
  /** The failure of the last check while checks fail, with the number of failures in a row and the next retry. */
  failure: { error: unknown; attempts: number; retryAt: number } | null;
}

export interface CheckSchedulerOptions {
  /** One check: read the workbook and publish the result; rejects when the read failed. */
  check: (trigger: CheckTrigger) => Promise<void>;
  /** Called whenever the status changes. */
  onStatus?: (status: CheckStatus) => void;
  /** Debounce of signals (ms). */
  debounceMs: number;
  /** Timer period while the pane is visible (ms); 0 turns the timer off. */
  periodMs: number;
  /** First retry after a failure (ms); doubles with each failure in a row. */
  retryMs?: number;
  /** Longest wait between retries (ms). */
  maxRetryMs?: number;
  /** Timer periods skipped in a row at most while the pane keeps the focus. */
  maxFocusedSkips?: number;
  /** Time and timers (the real ones by default; a simulated clock in the bench). */
  clock?: SchedulerClock;
}

/** The time and timers the scheduler uses. */
export interface SchedulerClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

const REAL_CLOCK: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
};

type Timer = unknown;

/** The pane's one check loop. Call `dispose` when the pane goes. */
export class CheckScheduler {
  private readonly opts: Required<CheckSchedulerOptions>;
  private running = false;
  /** Callers waiting for the next check to finish; non-empty means a check is queued. */
  private waiters: (() => void)[] = [];
  /** Trigger of the queued check (the first one wins; a change outranks the others for measurement). */
  private queuedTrigger: CheckTrigger | null = null;
  private debounce: Timer | undefined;
  private debouncedTrigger: CheckTrigger | null = null;
  private retry: Timer | undefined;
  private periodic: Timer | undefined;
  private visible = true;
  private focused = false;
  /** When the pane last gained the focus (ms). */
  private focusedAt = 0;
  private focusedSkips = 0;
  /** When the last check began (ms). */
  private lastStartAt: number | null = null;
  /** Change marks: a check that began after the last mark and succeeded makes the result clean. */
  private markSeq = 0;
  private cleanSeq = 0;
  private disposed = false;
  private status: CheckStatus = { pending: false, dirty: false, lastSuccessAt: null, failure: null };

  constructor(options: CheckSchedulerOptions) {
    this.opts = { retryMs: 1000, maxRetryMs: 30000, maxFocusedSkips: 3, onStatus: () => undefined, clock: REAL_CLOCK, ...options };
  }

  /** The current status. */
  get current(): CheckStatus {
    return this.status;
  }

  /** A signal that the result may be stale: check after the debounce. A `change` also marks the result dirty. */
  signal(trigger: CheckTrigger): void {
    if (this.disposed) return;
    if (trigger === "change") this.markSeq++;
    this.opts.clock.clearTimeout(this.debounce);
    if (this.debouncedTrigger !== "change") this.debouncedTrigger = trigger;
    this.debounce = this.opts.clock.setTimeout(() => {
      const t = this.debouncedTrigger ?? trigger;
      this.debounce = undefined;
      this.debouncedTrigger = null;
      void this.request(t);
    }, this.opts.debounceMs);
    this.publish();
  }

  /**
   * Check as soon as the running check (if any) has finished. A `write` marks the result dirty until then.
   * @returns a promise resolved when a check that began after this call has finished, whether it succeeded or not
   *   (see `current.failure`); it never rejects.
   */
  request(trigger: CheckTrigger): Promise<void> {
    if (this.disposed) return Promise.resolve();
    if (trigger === "write") this.markSeq++;
    const done = new Promise<void>((resolve) => this.waiters.push(resolve));
    if (this.queuedTrigger === null || trigger === "change") this.queuedTrigger = trigger;
    if (!this.running) void this.loop();
    else this.publish();
    return done;
  }

  /** The pane was shown or hidden. Shown again: check (events may have been dropped) and run the timer. */
  setVisible(visible: boolean): void {
    if (this.disposed || visible === this.visible) return;
    this.visible = visible;
    if (visible) {
      this.signal("visible");
      this.armTimer();
    } else {
      this.opts.clock.clearTimeout(this.periodic);
      this.periodic = undefined;
    }
  }

  /** The pane gained or lost the focus. Gained: check (the user comes back from the sheet) unless `quiet`. */
  setFocused(focused: boolean, { quiet = false } = {}): void {
    if (this.disposed || focused === this.focused) return;
    this.focused = focused;
    if (focused) {
      this.focusedAt = this.opts.clock.now();
      if (!quiet) this.signal("focus");
    }
  }

  /** Stop every timer; pending requests resolve at once. */
  dispose(): void {
    this.disposed = true;
    this.opts.clock.clearTimeout(this.debounce);
    this.opts.clock.clearTimeout(this.retry);
    this.opts.clock.clearTimeout(this.periodic);
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private async loop(): Promise<void> {
    this.running = true;
    while (this.waiters.length > 0 && !this.disposed) {
      const waiters = this.waiters;
      const trigger = this.queuedTrigger ?? "manual";
      this.waiters = [];
      this.queuedTrigger = null;
      const seq = this.markSeq;
      const startedAt = this.opts.clock.now();
      this.lastStartAt = startedAt;
      this.armTimer();
      this.publish();
      try {
        await this.opts.check(trigger);
        this.succeeded(seq, startedAt);
      } catch (e) {
        // Not swallowed: the failure is the status the pane shows, and it is retried.
        this.failed(e);
      }
      for (const w of waiters) w();
    }
    this.running = false;
    this.publish();
  }

  private succeeded(seq: number, startedAt: number): void {
    this.opts.clock.clearTimeout(this.retry);
    this.retry = undefined;
    this.cleanSeq = Math.max(this.cleanSeq, seq);
    this.focusedSkips = 0;
    this.status = { ...this.status, lastSuccessAt: startedAt, failure: null };
  }

  private failed(error: unknown): void {
    const attempts = (this.status.failure?.attempts ?? 0) + 1;
    const wait = Math.min(this.opts.retryMs * 2 ** (attempts - 1), this.opts.maxRetryMs);
    this.opts.clock.clearTimeout(this.retry);
    this.retry = this.opts.clock.setTimeout(() => {
      this.retry = undefined;
      void this.request("retry");
    }, wait);
    this.status = { ...this.status, failure: { error, attempts, retryAt: this.opts.clock.now() + wait } };
  }

  /** Schedule the timer `periodMs` after `from`: the last check's start (or now before the first). */
  private armTimer(from = this.lastStartAt ?? this.opts.clock.now()): void {
    this.opts.clock.clearTimeout(this.periodic);
    this.periodic = undefined;
    if (!this.visible || this.opts.periodMs <= 0 || this.disposed) return;
    const wait = Math.max(0, from + this.opts.periodMs - this.opts.clock.now());
    this.periodic = this.opts.clock.setTimeout(() => this.onTimer(), wait);
  }

  private onTimer(): void {
    this.periodic = undefined;
    const busy = this.running || this.debounce !== undefined || this.retry !== undefined;
    // In the pane since before the last check: this user has not touched the sheet since (co-authors' edits raise events).
    const stayedInPane = this.focused && this.lastStartAt !== null && this.focusedAt <= this.lastStartAt && this.focusedSkips < this.opts.maxFocusedSkips;
    if (busy || stayedInPane) {
      // A running or queued check re-arms the timer when it begins; this covers a check slower than the period.
      if (stayedInPane && !busy) this.focusedSkips++;
      this.armTimer(this.opts.clock.now());
      return;
    }
    void this.request("timer");
  }

  private publish(): void {
    const pending = this.running || this.waiters.length > 0 || this.debounce !== undefined;
    const dirty = this.markSeq > this.cleanSeq;
    if (pending !== this.status.pending || dirty !== this.status.dirty) this.status = { ...this.status, pending, dirty };
    this.opts.onStatus(this.status);
  }
}
