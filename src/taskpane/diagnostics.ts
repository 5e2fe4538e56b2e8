/**
 * 诊断信息: what a maintainer needs to understand a failure in the pane, as plain text the user can paste into a
 * message — the Office version and platform, the requirement sets the host supports, the webview, the add-in's
 * version, and the last error with its stack. Errors outside React (a failed promise, a script error) are remembered
 * by `watchErrors`, so the text holds the last one even when the pane itself did not fail.
 */

/** The add-in's version, written by the build (package.json's `version`); `开发版` in tests. */
export const ADDIN_VERSION: string = process.env.ADDIN_VERSION ?? "开发版";

/** The requirement sets whose highest supported version is listed, with the highest minor version to try. */
const REQUIREMENT_SETS: [name: string, highest: number][] = [
  ["ExcelApi", 20],
  ["DialogApi", 2],
  ["SharedRuntime", 1],
];

interface RecordedError {
  at: Date;
  text: string;
}

let lastError: RecordedError | undefined;

/** The text of an error: its name, message and stack (or the value as text). */
function errorText(e: unknown, extra?: string): string {
  const base = e instanceof Error ? (e.stack && e.stack.includes(e.message) ? e.stack : `${e.name}: ${e.message}\n${e.stack ?? ""}`) : String(e);
  return [base.trim(), extra?.trim()].filter(Boolean).join("\n");
}

/** Remember an error as the last one (with React's component stack when there is one). */
export function recordError(e: unknown, componentStack?: string): void {
  lastError = { at: new Date(), text: errorText(e, componentStack) };
}

/** Remember every uncaught error and rejected promise of the page; returns the function that stops it. */
export function watchErrors(win: Window): () => void {
  const onError = (ev: ErrorEvent) => recordError(ev.error ?? ev.message);
  const onRejection = (ev: PromiseRejectionEvent) => recordError(ev.reason);
  win.addEventListener("error", onError);
  win.addEventListener("unhandledrejection", onRejection);
  return () => {
    win.removeEventListener("error", onError);
    win.removeEventListener("unhandledrejection", onRejection);
  };
}

/** The parts of office.js the diagnostics read; all optional, since office.js may be missing or not ready. */
interface OfficeLike {
  context?: {
    diagnostics?: { version?: string; platform?: string; host?: string };
    requirements?: { isSetSupported(name: string, version?: string): boolean };
  };
}

/** The highest supported version of each requirement set, e.g. `ExcelApi 1.14、DialogApi 1.2`, or why unknown. */
function requirementSets(office: OfficeLike | undefined): string {
  const req = office?.context?.requirements;
  if (!req) return "未知（office.js 未加载或未就绪）";
  const found: string[] = [];
  for (const [name, highest] of REQUIREMENT_SETS) {
    let best = 0;
    for (let minor = 1; minor <= highest; minor++) {
      let ok = false;
      try {
        ok = req.isSetSupported(name, `1.${minor}`);
      } catch {
        // an old host throws for names it does not know: not supported
      }
      if (ok) best = minor;
    }
    found.push(best > 0 ? `${name} 1.${best}` : `${name} 不支持`);
  }
  return found.join("、");
}

/**
 * The diagnostic text, one fact a line, in Chinese.
 * @param win the page's window (its `Office`, `navigator`, and WPS's `Application` when present).
 * @param error the error being shown, recorded as the last error first.
 */
export function diagnosticText(win: Window, error?: unknown): string {
  if (error !== undefined) recordError(error);
  const page = win as unknown as { Office?: OfficeLike; Application?: unknown };
  const d = page.Office?.context?.diagnostics;
  const host = page.Application !== undefined && !page.Office?.context ? "WPS 表格" : (d?.host ?? "未知");
  return [
    "年报助手诊断信息",
    `时间：${new Date().toISOString()}`,
    `加载项版本：${ADDIN_VERSION}`,
    `宿主：${host}`,
    `Office 版本：${d?.version ?? "未知"}`,
    `平台：${d?.platform ?? "未知"}`,
    `支持的要求集：${requirementSets(page.Office)}`,
    `网页组件：${win.navigator.userAgent}`,
    `页面：${win.location.href}`,
    `最近的错误：${lastError ? `${lastError.at.toISOString()}\n${lastError.text}` : "无"}`,
  ].join("\n");
}

/**
 * Copy text to the clipboard: the Clipboard API when the webview allows it, else a selected text area and the copy
 * command (older webviews). Resolves to whether the text was copied.
 */
export async function copyText(win: Window, text: string): Promise<boolean> {
  try {
    if (win.navigator.clipboard) {
      await win.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused (no permission in this webview): try the copy command
  }
  const doc = win.document;
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  doc.body.appendChild(area);
  area.select();
  try {
    return doc.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
