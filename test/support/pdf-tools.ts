/**
 * LibreOffice and poppler for layout checks: convert a .docx to PDF, read page sizes and page text, render pages to
 * PNG. Test support only (Node); each function throws with the tool's output when the tool fails.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";

/** True when a command is on the PATH. */
export function hasCommand(cmd: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

/**
 * Convert a .docx to PDF with headless LibreOffice, in a private profile so it runs beside a user's own instance.
 * @returns the path of the PDF in `outDir`.
 */
export function docxToPdf(docxPath: string, outDir: string, timeoutMs = 90_000): string {
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, docxPath],
    { encoding: "utf8", timeout: timeoutMs },
  );
  const pdf = join(outDir, basename(docxPath).replace(/\.docx$/, ".pdf"));
  if (r.status !== 0 || !existsSync(pdf)) {
    throw new Error(`soffice failed (status ${r.status}): ${r.stderr ?? ""} ${r.stdout ?? ""} ${r.error ?? ""}`);
  }
  return pdf;
}

/** Page sizes in points, page 1 first (`pdfinfo -f 1 -l N`). */
export function pageSizes(pdfPath: string): { width: number; height: number }[] {
  const info = execFileSync("pdfinfo", [pdfPath], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const sized = execFileSync("pdfinfo", ["-f", "1", "-l", String(pages), pdfPath], { encoding: "utf8" });
  return [...sized.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** The lines of one page (1-based) as `pdftotext -layout` prints them: a table row on a line, its cells spaced out. */
export function pageLines(pdfPath: string, page: number): string[] {
  const t = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdfPath, "-"], {
    encoding: "utf8",
  });
  return t.split("\n");
}

/** The text of one page (1-based), with all white space removed (CJK layout spreads characters). */
export function pageText(pdfPath: string, page: number): string {
  return pageLines(pdfPath, page).join("").replace(/\s+/g, "");
}

/** Render every page to `<outDir>/<prefix>-<n>.png` at `dpi`. */
export function renderPages(pdfPath: string, outDir: string, prefix: string, dpi = 60): void {
  mkdirSync(outDir, { recursive: true });
  execFileSync("pdftoppm", ["-r", String(dpi), "-png", pdfPath, join(outDir, prefix)]);
}
