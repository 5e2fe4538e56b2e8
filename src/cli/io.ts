/**
 * Where the `nianbao` command writes, and its exit statuses. Kept apart from main.ts so that the commands, which
 * main.ts loads only when they run, can use them without loading the others.
 */

/** Where the command writes: one call per line-terminated chunk. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The terminal stderr is, when it is one (a progress bar is drawn there); absent when output is captured. */
  errTerminal?: NodeJS.WriteStream;
  /** True when stdout is a terminal too (text then goes above the progress bar). */
  outTerminal?: boolean;
}

/** The process's stdout and stderr. */
export const processIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  get errTerminal() {
    return process.stderr.isTTY ? process.stderr : undefined;
  },
  get outTerminal() {
    return process.stdout.isTTY === true;
  },
};

/** Exit statuses. */
export const EXIT = { ok: 0, findings: 1, refused: 1, unreadable: 2, usage: 2, internal: 3 } as const;
