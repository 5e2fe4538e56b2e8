/**
 * Keeping a check worker's memory flat: a full garbage collection whenever its heap holds `HEAP_HEADROOM_BYTES` more
 * than after the last one (and at least `HEAP_FLOOR_BYTES`) once a file is done.
 *
 * A worker's young generation is kept small (see pool.ts), so part of each file's data is moved to the old
 * generation before it becomes garbage, and V8 lets the old generation grow to tens of megabytes before collecting
 * it: over a thousand files a worker's heap ended larger than over a hundred although no more was live (about 10 MB).
 * Collecting when the heap passes the ceiling keeps the peak the same for any number of files, and costs nothing on
 * a batch that never reaches it. The collector is reached as jest's leak detector reaches it: `--expose-gc` set at run
 * time, `gc` taken from a new context.
 */
import { getHeapStatistics, setFlagsFromString } from "v8";
import { runInNewContext } from "vm";

/** The heap used (bytes) below which a worker never collects on its own account. */
export const HEAP_FLOOR_BYTES = 16 * 1024 * 1024;
/** How much the heap may grow past what the last collection left before the next. */
export const HEAP_HEADROOM_BYTES = 8 * 1024 * 1024;

let collect: (() => void) | undefined;
let ceiling = HEAP_FLOOR_BYTES;

/** After a file: a full garbage collection of this thread when its heap holds more than the ceiling. */
export function afterFile(): void {
  if (getHeapStatistics().used_heap_size <= ceiling) return;
  if (!collect) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  collect();
  ceiling = Math.max(HEAP_FLOOR_BYTES, getHeapStatistics().used_heap_size + HEAP_HEADROOM_BYTES);
}
