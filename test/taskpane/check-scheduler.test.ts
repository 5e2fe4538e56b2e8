/**
 * The pane's check loop, on Jest's fake clock: debounced signals, one check at a time with a queued one that always
 * runs, retries with backoff, the slow timer while visible (and when it is skipped), focus and visibility triggers.
 */
import { CheckScheduler, type CheckSchedulerOptions, type CheckStatus, type CheckTrigger } from "../../src/taskpane/check-scheduler";

beforeEach(() => jest.useFakeTimers({ now: new Date(2026, 0, 15, 9, 0, 0) }));
afterEach(() => jest.useRealTimers());

/** A scheduler whose checks take `ms` of fake time and fail while `failing` is set; every run is recorded. */
function setup(options: Partial<CheckSchedulerOptions> = {}, ms = 10) {
  const runs: { trigger: CheckTrigger; at: number }[] = [];
  const statuses: CheckStatus[] = [];
  const control = { failing: false as false | Error };
  const scheduler = new CheckScheduler({
    debounceMs: 400,
    periodMs: 30000,
    onStatus: (s) => statuses.push(s),
    check: async (trigger) => {
      runs.push({ trigger, at: Date.now() });
      if (ms > 0) await new Promise((r) => setTimeout(r, ms));
      if (control.failing) throw control.failing;
    },
    ...options,
  });
  return { scheduler, runs, statuses, control };
}

const advance = (ms: number) => jest.advanceTimersByTimeAsync(ms);
/** Request a check and let it finish (checks take 10 ms of fake time). */
async function checked(scheduler: CheckScheduler, trigger: CheckTrigger) {
  const done = scheduler.request(trigger);
  await advance(10);
  await done;
}
const cellEdit = () => Object.assign(new Error("Excel is in cell-editing mode."), { code: "InvalidOperationInCellEditMode" });

test("signals within the debounce make one check, 400 ms after the last; a change marks the result dirty until then", async () => {
  const { scheduler, runs } = setup();
  const start = Date.now();
  scheduler.signal("change");
  await advance(300);
  scheduler.signal("selection");
  await advance(300);
  scheduler.signal("change");
  expect(scheduler.current).toMatchObject({ pending: true, dirty: true });
  await advance(399);
  expect(runs).toEqual([]);
  await advance(1);
  expect(runs).toEqual([{ trigger: "change", at: start + 1000 }]);
  await advance(10);
  expect(scheduler.current).toMatchObject({ pending: false, dirty: false, lastSuccessAt: start + 1000, failure: null });
});

test("a request while a check runs is queued and runs after it, once for any number of requests", async () => {
  const { scheduler, runs } = setup({}, 100);
  const first = scheduler.request("open");
  await advance(10);
  const second = scheduler.request("manual");
  const third = scheduler.request("write");
  expect(runs.map((r) => r.trigger)).toEqual(["open"]);
  await advance(100);
  await first;
  expect(runs.map((r) => r.trigger)).toEqual(["open", "manual"]);
  await advance(100);
  await Promise.all([second, third]);
  expect(runs).toHaveLength(2);
});

test("a check queued behind a failing one still runs, and its success clears the failure", async () => {
  const { scheduler, runs, control } = setup({}, 50);
  control.failing = cellEdit();
  const failing = scheduler.request("open");
  await advance(10);
  const queued = scheduler.request("manual");
  await advance(40);
  await failing;
  expect(scheduler.current.failure).toMatchObject({ attempts: 1, error: { code: "InvalidOperationInCellEditMode" } });
  control.failing = false;
  await advance(50);
  await queued;
  expect(runs.map((r) => r.trigger)).toEqual(["open", "manual"]);
  expect(scheduler.current.failure).toBeNull();
  expect(scheduler.current.lastSuccessAt).toBe(runs[1].at);
});

test("a failed check is retried after 1, 2, 4 … s, at most 30 s apart, until one succeeds", async () => {
  const { scheduler, runs, control } = setup({}, 0);
  control.failing = cellEdit();
  const start = Date.now();
  await checked(scheduler, "open");
  let elapsed = 10;
  for (const wait of [1000, 2000, 4000, 8000, 16000, 30000, 30000]) {
    const before = runs.length;
    await advance(wait - 1 - elapsed);
    elapsed = 0;
    expect(runs).toHaveLength(before);
    await advance(1);
    expect(runs).toHaveLength(before + 1);
    expect(runs[runs.length - 1].trigger).toBe("retry");
  }
  expect(runs.map((r) => r.at - start)).toEqual([0, 1000, 3000, 7000, 15000, 31000, 61000, 91000]);
  expect(scheduler.current.failure?.attempts).toBe(8);
  control.failing = false;
  await advance(30000);
  expect(scheduler.current.failure).toBeNull();
  // No more retries after the success: only the slow timer remains.
  const after = runs.length;
  await advance(29000);
  expect(runs).toHaveLength(after);
});

test("while visible, the timer checks 30 s after the last check began; any check in between moves it", async () => {
  const { scheduler, runs } = setup();
  const start = Date.now();
  await checked(scheduler, "open");
  await advance(20000 - 10);
  scheduler.signal("selection");
  await advance(400);
  // The selection's check began at 20.4 s: the timer now fires at 50.4 s, not at 30 s.
  await advance(29999);
  expect(runs.map((r) => r.trigger)).toEqual(["open", "selection"]);
  await advance(1);
  expect(runs.map((r) => [r.trigger, r.at - start])).toEqual([
    ["open", 0],
    ["selection", 20400],
    ["timer", 50400],
  ]);
  // Idle: one read per period.
  await advance(60000);
  expect(runs.filter((r) => r.trigger === "timer")).toHaveLength(3);
});

test("a hidden pane runs no timer; shown again it checks at once (after the debounce) and the timer resumes", async () => {
  const { scheduler, runs } = setup();
  await checked(scheduler, "open");
  scheduler.setVisible(false);
  await advance(120000);
  expect(runs.map((r) => r.trigger)).toEqual(["open"]);
  scheduler.setVisible(true);
  await advance(400);
  expect(runs.map((r) => r.trigger)).toEqual(["open", "visible"]);
  await advance(30000);
  expect(runs.map((r) => r.trigger)).toEqual(["open", "visible", "timer"]);
});

test("focus gained checks; while the pane keeps the focus the timer skips (the user is not in the sheet), 3 periods at most", async () => {
  const { scheduler, runs } = setup();
  await checked(scheduler, "open");
  scheduler.setFocused(true);
  await advance(400);
  expect(runs.map((r) => r.trigger)).toEqual(["open", "focus"]);
  await advance(3 * 30000);
  expect(runs.map((r) => r.trigger)).toEqual(["open", "focus"]);
  await advance(30000);
  expect(runs.map((r) => r.trigger)).toEqual(["open", "focus", "timer"]);
  // Back to the sheet: the timer reads once per period again.
  scheduler.setFocused(false);
  await advance(30000);
  expect(runs.map((r) => r.trigger)).toEqual(["open", "focus", "timer", "timer"]);
});

test("dispose stops every timer and resolves waiting requests", async () => {
  const { scheduler, runs } = setup({}, 1000);
  const running = scheduler.request("open");
  const queued = scheduler.request("manual");
  scheduler.signal("change");
  scheduler.dispose();
  await advance(1000);
  await Promise.all([running, queued]);
  await advance(120000);
  expect(runs.map((r) => r.trigger)).toEqual(["open"]);
});
