/**
 * Errors of the `nianbao` command: a user's mistake (`CliError`, a Chinese message, exit status 2) and the text shown
 * for an internal error (a defect of the program), whose stack is shown only with `NIANBAO_DEBUG=1`.
 */

/** The environment variable that makes internal errors and library messages visible. */
export const DEBUG_ENV = "NIANBAO_DEBUG";

/** Whether `NIANBAO_DEBUG` is set to something other than empty or `0`. */
export function debugEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env[DEBUG_ENV];
  return v !== undefined && v !== "" && v !== "0";
}

/** A problem with the user's input or arguments: `message` is Chinese and complete; the command exits with 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

/**
 * The text printed for an internal error: a Chinese line asking to report it, and, with `debug`, the error's stack.
 * Never the stack without `debug`: users see no JavaScript.
 */
export function internalErrorText(error: unknown, debug: boolean): string {
  const head = "nianbao 内部错误：程序出现了意外问题，未能完成。请把所运行的命令和所用文件报告给维护人员。";
  if (!debug) return `${head}\n（设置环境变量 ${DEBUG_ENV}=1 后重新运行，可显示详细信息。）\n`;
  const detail = error instanceof Error && error.stack ? error.stack : String(error);
  return `${head}\n${detail}\n`;
}
