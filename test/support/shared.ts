/**
 * Where the shared material lives: `../shared` beside the repository (the seed report, the real published reports,
 * the manifest validator). Tests resolve it from here so they run from any clone.
 */
import * as path from "path";

/** The shared folder beside the repository. */
export const SHARED_DIR = path.resolve(__dirname, "../../../shared");

/** The folder of real published reports (`*.data.json`, `*.source.txt`). */
export const REPORT_FIXTURES = path.join(SHARED_DIR, "fixtures/reports");

/** The path of a real report's transcribed data, e.g. `fixturePath("pingtan-2021")`. */
export function fixturePath(name: string): string {
  return path.join(REPORT_FIXTURES, `${name}.data.json`);
}
