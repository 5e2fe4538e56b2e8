/**
 * Running a batch's checks on every core: a pool of worker threads, each running the built checker
 * (`build/cli/check-worker.cjs`), or — for a few files, or when the command runs from its TypeScript sources as in
 * the tests — the checker in this thread. Either way a task's outcome is the same data.
 *
 * A defect met while checking one file (an exception of the program, or a worker that dies) does not stop the batch:
 * that file's outcome is `unreadable` with `internalError` set, and the command exits with 3 at the end.
 */
import { existsSync } from "fs";
import { availableParallelism } from "os";
import { join } from "path";
import { Worker } from "worker_threads";
import { INTERNAL_REASON, unreadableOutcome, type ReportOutcome } from "../../review/outcome";
import { createChecker, type Checker, type CheckerConfig, type CheckTask } from "./checker";

/** Runs check tasks; `size` is how many run at once. */
export interface CheckPool {
  readonly size: number;
  /** Whether the tasks run in worker threads. */
  readonly threads: boolean;
  run(task: CheckTask): Promise<ReportOutcome>;
  close(): Promise<void>;
}

export { INTERNAL_REASON };

/** Run a task, turning a defect of the program into an outcome that says so (with its stack in `internalError`). */
export async function runGuarded(checker: Checker, task: CheckTask): Promise<ReportOutcome> {
  try {
    return await checker.run(task);
  } catch (e) {
    return unreadableOutcome(task.index, task.file, `无法读取“${task.file}”：${INTERNAL_REASON}`, e instanceof Error && e.stack ? e.stack : String(e));
  }
}

/** A pool of one: the checker in this thread. */
export function localPool(config: CheckerConfig): CheckPool {
  const checker = createChecker(config);
  return { size: 1, threads: false, run: (task) => runGuarded(checker, task), close: async () => undefined };
}

/** A message to a worker, and its answer. */
export interface WorkerRequest {
  id: number;
  task: CheckTask;
}
export interface WorkerAnswer {
  id: number;
  outcome: ReportOutcome;
}

interface Lane {
  worker: Worker;
  pending: Map<number, { task: CheckTask; resolve: (o: ReportOutcome) => void }>;
}

/**
 * The young generation of a worker's heap, in MB. V8 lets it grow to 32 MB and more as files go by, so that a batch
 * of a thousand files ended with a larger heap than one of a hundred; a file's garbage fits in far less.
 */
const WORKER_YOUNG_MB = 6;

/**
 * A pool of `size` worker threads running `script` (the built check worker) with `config`. Each worker takes up to
 * two tasks at once, so that reading one file overlaps checking another. This thread only hands out files and writes
 * the outcomes, so its heap stays small whatever the number of files.
 */
export function workerPool(script: string, config: CheckerConfig, size: number): CheckPool {
  let nextId = 0;
  let closing = false;
  const lanes: Lane[] = [];

  const spawn = (): Lane => {
    const lane: Lane = { worker: new Worker(script, { workerData: { config }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } }), pending: new Map() };
    lane.worker.on("message", (answer: WorkerAnswer) => {
      const p = lane.pending.get(answer.id);
      if (!p) return;
      lane.pending.delete(answer.id);
      p.resolve(answer.outcome);
    });
    const fail = (why: string) => {
      for (const [, p] of lane.pending) p.resolve(unreadableOutcome(p.task.index, p.task.file, `无法读取“${p.task.file}”：${INTERNAL_REASON}`, why));
      lane.pending.clear();
      const i = lanes.indexOf(lane);
      if (i >= 0 && !closing) lanes[i] = spawn();
    };
    lane.worker.on("error", (e) => fail(e instanceof Error && e.stack ? e.stack : String(e)));
    lane.worker.on("exit", (code) => {
      if (!closing || lane.pending.size > 0) fail(`检查线程意外退出（退出码 ${code}）`);
    });
    return lane;
  };
  for (let i = 0; i < size; i++) lanes.push(spawn());

  return {
    size: size * 2,
    threads: true,
    run(task) {
      const lane = lanes.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise((resolve) => {
        lane.pending.set(id, { task, resolve });
        lane.worker.postMessage({ id, task } satisfies WorkerRequest);
      });
    },
    async close() {
      closing = true;
      await Promise.all(lanes.map((l) => l.worker.terminate()));
    },
  };
}

/** The built worker beside the built command, or `undefined` when the command runs from its sources. */
export function workerScript(): string | undefined {
  const script = join(__dirname, "check-worker.cjs");
  return __filename.endsWith(".cjs") && existsSync(script) ? script : undefined;
}

/** Fewer files than this are checked in this thread: starting workers would take longer than the checks. */
export const MIN_FILES_FOR_THREADS = 40;

/**
 * The pool for a batch of `files` files: worker threads on every core (`NIANBAO_THREADS` sets how many; 0 for none)
 * when the built worker exists and the batch is large enough, else this thread.
 * @param script the worker to run (`workerScript()` by default; tests pass the built one).
 */
export function openPool(config: CheckerConfig, files: number, script: string | undefined = workerScript()): CheckPool {
  const wanted = process.env.NIANBAO_THREADS !== undefined ? Number(process.env.NIANBAO_THREADS) : availableParallelism();
  const threads = Number.isInteger(wanted) && wanted > 0 ? Math.min(wanted, Math.ceil(files / 4)) : 0;
  if (script === undefined || files < MIN_FILES_FOR_THREADS || threads < 1) return localPool(config);
  return workerPool(script, config, threads);
}

/**
 * Run every task through the pool, `pool.size` at a time, and hand each outcome to `emit` in task order (task
 * `index` 0, 1, 2, …), whatever order they finish in; `done` is told of each finished task as it finishes.
 * Holds at most a few outcomes at a time, so memory does not grow with the number of files.
 */
export async function runOrdered(
  pool: CheckPool,
  tasks: CheckTask[],
  emit: (outcome: ReportOutcome) => void,
  done: (task: CheckTask) => void = () => undefined,
): Promise<void> {
  const waiting = new Map<number, ReportOutcome>();
  let next = 0;
  let emitted = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const task = tasks[next++];
      waiting.set(task.index, await pool.run(task));
      done(task);
      while (waiting.has(tasks[emitted]?.index)) {
        const o = waiting.get(tasks[emitted].index)!;
        waiting.delete(o.index);
        emitted++;
        emit(o);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, pool.size) }, lane));
}
