/**
 * Progress of a long batch: a bar on stderr when it is a terminal (cli-progress), plain lines otherwise (a log file,
 * a pipe, a test), so a reviewer checking 200 reports sees how far it has got and how long is left.
 */
import { MultiBar, type SingleBar } from "cli-progress";
import type { CliIo } from "../io";
import { displayWidth, padDisplay } from "../findings-table";

/** Shows how many of a batch's files are done, and lets output pass above the bar. */
export interface Progress {
  /** One more file is done. */
  tick(file: string): void;
  /** Print stdout text without breaking the bar. */
  out(text: string): void;
  /** Print stderr text (a note) without breaking the bar. */
  err(text: string): void;
  /** Remove the bar (the last line stays for plain lines). */
  stop(): void;
}

/** Batches smaller than this print no plain progress lines: they finish before anyone reads them. */
export const PLAIN_LINES_FROM = 20;

/** The end of a file name that fits `width` terminal columns, with `…` before it when cut. */
export function fitName(name: string, width: number): string {
  if (displayWidth(name) <= width) return padDisplay(name, width);
  const chars = [...name];
  let tail = "";
  for (let i = chars.length - 1; i >= 0 && displayWidth(chars[i] + tail) <= width - 1; i--) tail = chars[i] + tail;
  return padDisplay(`…${tail}`, width);
}

/** Plain lines: one at every tenth of the batch (`检查进度：20/200（10%）`), none for a small batch. */
function plainProgress(io: CliIo, total: number, what: string): Progress {
  let done = 0;
  const step = Math.max(1, Math.ceil(total / 10));
  return {
    tick() {
      done++;
      if (total >= PLAIN_LINES_FROM && (done % step === 0 || done === total)) {
        io.err(`${what}进度：${done}/${total}（${Math.floor((done * 100) / total)}%）\n`);
      }
    },
    out: (text) => io.out(text),
    err: (text) => io.err(text),
    stop: () => undefined,
  };
}

/** A bar on the terminal `io.errTerminal`; stdout text goes above it when stdout is the same terminal. */
function barProgress(io: CliIo, terminal: NodeJS.WriteStream, total: number, what: string): Progress {
  const nameWidth = Math.max(10, Math.min(40, (terminal.columns ?? 80) - 60));
  const bars = new MultiBar({
    stream: terminal,
    format: `${what} {bar} {value}/{total} {percentage}% | 剩余 {eta_formatted} | {file}`,
    barsize: 24,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  });
  const bar: SingleBar = bars.create(total, 0, { file: fitName("", nameWidth) });
  return {
    tick(file) {
      bar.increment(1, { file: fitName(file, nameWidth) });
    },
    out(text) {
      if (io.outTerminal) bars.log(text);
      else io.out(text);
    },
    err(text) {
      bars.log(text);
    },
    stop() {
      bars.stop();
    },
  };
}

/**
 * The progress display for a batch of `total` files: a bar when stderr is a terminal, plain lines otherwise.
 * @param what the work, in Chinese: `检查`, `读取上年报告`.
 */
export function startProgress(io: CliIo, total: number, what: string): Progress {
  return io.errTerminal && total > 1 ? barProgress(io, io.errTerminal, total, what) : plainProgress(io, total, what);
}
