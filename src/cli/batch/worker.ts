/**
 * The check worker (built as `build/cli/check-worker.cjs`): checks the files the batch sends it, one message per
 * file, and answers with each file's outcome.
 */
import { parentPort, workerData } from "worker_threads";
import { createChecker, type CheckerConfig } from "./checker";
import { runGuarded, type WorkerAnswer, type WorkerRequest } from "./pool";
import { afterFile } from "./heap";

const checker = createChecker((workerData as { config: CheckerConfig }).config);
parentPort!.on("message", (request: WorkerRequest) => {
  void runGuarded(checker, request.task).then((outcome) => {
    parentPort!.postMessage({ id: request.id, outcome } satisfies WorkerAnswer);
    afterFile();
  });
});
