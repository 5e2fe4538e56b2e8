/**
 * Running the `nianbao` command inside a test: its main function with stdout and stderr captured (fast, no process).
 */
import { main } from "../../src/cli/main";

/** What one run printed and returned. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Run `nianbao <argv…>` and capture its output. */
export async function runCli(...argv: string[]): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
