/**
 * A batch's outcomes on disk while it runs: one JSON line per report in a temporary file, so that the findings and
 * texts of a thousand reports are not all held in memory; the summary page and the copied-text comparison read them
 * back one at a time. The file is removed by `close()`.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { ReportOutcome } from "../../review/outcome";

/** Outcomes written once, read any number of times by their batch index. */
export class Spool {
  private readonly dir: string;
  private readonly fd: number;
  private size = 0;
  private readonly at = new Map<number, { start: number; length: number }>();

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), "nianbao-batch-"));
    this.fd = openSync(join(this.dir, "outcomes.jsonl"), "w+");
  }

  /** Write one outcome. */
  put(outcome: ReportOutcome): void {
    const bytes = Buffer.from(JSON.stringify(outcome) + "\n", "utf8");
    writeSync(this.fd, bytes, 0, bytes.length, this.size);
    this.at.set(outcome.index, { start: this.size, length: bytes.length });
    this.size += bytes.length;
  }

  /** The outcome of the report with this batch index; throws when it was never written. */
  get(index: number): ReportOutcome {
    const where = this.at.get(index);
    if (!where) throw new Error(`No outcome for batch index ${index}`);
    const buf = Buffer.alloc(where.length);
    readSync(this.fd, buf, 0, where.length, where.start);
    return JSON.parse(buf.toString("utf8")) as ReportOutcome;
  }

  /** Every outcome, in the order written. */
  *all(): Generator<ReportOutcome> {
    for (const index of this.at.keys()) yield this.get(index);
  }

  /** Remove the file. */
  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
