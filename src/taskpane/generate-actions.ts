/**
 * The browser side of the 生成报告 outputs: saving the .docx through a blob download and putting the report on the
 * clipboard as rich HTML with a plain-text alternative. Both can be blocked inside an Office webview
 * (office-platform.md §9), so each reports what it could do and the panel keeps the other outputs available.
 */

/** Why a download could not be started. */
export class DownloadUnsupportedError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "DownloadUnsupportedError";
  }
}

/**
 * Start a download of `bytes` as `fileName` through a blob URL and a clicked `<a download>`.
 *
 * Whether the host really saves the file cannot be observed (some webviews ignore the click silently), so the caller
 * must tell the user what to do when no download appears.
 * @throws DownloadUnsupportedError when this page cannot create blob URLs or `<a download>` is not supported.
 */
export function downloadBytes(bytes: Uint8Array, fileName: string, mime: string, doc: Document = document): void {
  const win = doc.defaultView;
  const url = win?.URL;
  if (!url || typeof url.createObjectURL !== "function") throw new DownloadUnsupportedError("URL.createObjectURL is missing");
  const a = doc.createElement("a");
  if (!("download" in a)) throw new DownloadUnsupportedError("<a download> is not supported");
  // A copy into a plain ArrayBuffer: a Blob part must not be a view on a shared buffer.
  const href = url.createObjectURL(new Blob([bytes.slice().buffer as ArrayBuffer], { type: mime }));
  a.href = href;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  doc.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoking at once can cancel the download in some browsers; a minute is plenty to start it.
    (win?.setTimeout ?? setTimeout)(() => url.revokeObjectURL(href), 60_000);
  }
}

/** How the clipboard was written. */
export type CopyMethod = "clipboard-api" | "exec-command";

/** Why nothing could be put on the clipboard; `causes` lists each attempt's failure, for the console. */
export class CopyFailedError extends Error {
  constructor(readonly causes: string[]) {
    super(`clipboard not written: ${causes.join("; ")}`);
    this.name = "CopyFailedError";
  }
}

/**
 * Put `html` (as `text/html`) and `text` (as `text/plain`) on the clipboard.
 *
 * First the asynchronous Clipboard API with a `ClipboardItem` of both types; when it is missing or refused (no
 * permission, document not focused, an Office webview that blocks it), a hidden contenteditable holding the HTML is
 * selected and `document.execCommand("copy")` is run, with a `copy` listener that sets both types exactly. Must be
 * called from a user's click. Focus goes back to the element that had it.
 * @returns the method that worked.
 * @throws CopyFailedError when both failed.
 */
export async function copyRichText(html: string, text: string, doc: Document = document): Promise<CopyMethod> {
  const causes: string[] = [];
  const win = doc.defaultView;
  const clipboard = win?.navigator.clipboard;
  const Item = (win as unknown as { ClipboardItem?: typeof ClipboardItem } | null)?.ClipboardItem;
  if (clipboard && typeof clipboard.write === "function" && typeof Item === "function") {
    try {
      await clipboard.write([
        new Item({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([text], { type: "text/plain" }),
        }),
      ]);
      return "clipboard-api";
    } catch (e) {
      // Refused by the host or the permission policy: try the older command below.
      causes.push(`Clipboard API: ${e instanceof Error ? e.message : String(e)}`);
    }
  } else causes.push("Clipboard API: not available");

  if (execCopy(html, text, doc)) return "exec-command";
  causes.push('execCommand("copy"): refused');
  throw new CopyFailedError(causes);
}

/** The fallback copy: select a hidden contenteditable holding the HTML and run the copy command. */
function execCopy(html: string, text: string, doc: Document): boolean {
  if (typeof doc.execCommand !== "function") return false;
  const focused = doc.activeElement as HTMLElement | null;
  const holder = doc.createElement("div");
  holder.contentEditable = "true";
  holder.setAttribute("aria-hidden", "true");
  holder.style.cssText = "position:fixed;left:-10000px;top:0;width:1px;height:1px;overflow:hidden;opacity:0";
  holder.innerHTML = html;
  doc.body.appendChild(holder);
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData("text/html", html);
    e.clipboardData.setData("text/plain", text);
    e.preventDefault();
  };
  doc.addEventListener("copy", onCopy, true);
  const selection = doc.getSelection();
  try {
    if (selection) {
      const range = doc.createRange();
      range.selectNodeContents(holder);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    return doc.execCommand("copy");
  } finally {
    doc.removeEventListener("copy", onCopy, true);
    selection?.removeAllRanges();
    holder.remove();
    focused?.focus?.();
  }
}
