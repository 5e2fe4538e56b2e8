/**
 * A simulated clock for the live-check bench: time moves only when told, and timers due on the way run in order, with
 * every promise they start settled before the next one (so a check that awaits a fake sync finishes at the moment it
 * began). Implements the `SchedulerClock` of src/taskpane/check-scheduler.ts.
 */
import type { SchedulerClock } from "../../src/taskpane/check-scheduler";

interface Pending {
  id: number;
  at: number;
  fn: () => void;
}

/** Let every pending promise chain run (the fake hosts answer in microtasks). */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class VirtualClock implements SchedulerClock {
  private time: number;
  private nextId = 1;
  private readonly timers = new Map<number, Pending>();

  constructor(start = 0) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(fn: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.set(id, { id, at: this.time + Math.max(0, ms), fn });
    return id;
  }

  clearTimeout(timer: unknown): void {
    this.timers.delete(timer as number);
  }

  /** Run the timers due up to `until` (ms), in order of time then of setting, and stop there. */
  async runUntil(until: number): Promise<void> {
    await settle();
    for (;;) {
      let next: Pending | undefined;
      for (const t of this.timers.values()) if (t.at <= until && (!next || t.at < next.at || (t.at === next.at && t.id < next.id))) next = t;
      if (!next) break;
      this.timers.delete(next.id);
      this.time = next.at;
      next.fn();
      await settle();
    }
    this.time = Math.max(this.time, until);
  }

  /** Advance by `ms`. */
  advance(ms: number): Promise<void> {
    return this.runUntil(this.time + ms);
  }

  /** Advance until `done()` holds, a timer at a time; false when no timer is left or `limit` ms have passed. */
  async advanceUntil(done: () => boolean, limit: number): Promise<boolean> {
    const end = this.time + limit;
    await settle();
    while (!done()) {
      let at = Infinity;
      for (const t of this.timers.values()) at = Math.min(at, t.at);
      if (at > end) return false;
      await this.runUntil(at);
    }
    return true;
  }
}
