/**
 * A PDF's text layer as a document (pdfjs-dist, loaded only when a PDF is read): the positioned text of every page,
 * rebuilt into lines and table rows by `pdf-layout.ts`. A PDF without a text layer (a scan) is refused with a clear
 * message; nothing is guessed from images.
 */
import type { ExtractedDocument } from "./document";
import { joinPages, readPage, type PageRead, type PositionedText } from "./pdf-layout";

/** A PDF that cannot be read; the message is Chinese. */
export class PdfReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PdfReadError";
  }
}

/** The most pages read from one PDF (a yearly report has a handful; a larger file is not one). */
const MAX_PAGES = 200;
/** Fewer visible characters per page than this and the PDF is taken for a scan. */
const MIN_CHARS_PER_PAGE = 20;

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/** Loads the PDF library and its worker code (`pdfjs-dist/legacy/build/pdf.mjs` and `pdf.worker.mjs`). */
export type PdfJsLoader = () => Promise<{ lib: PdfJs; worker: unknown }>;

/** By default through the bundler or module system, as a separate chunk loaded on first use. */
let loader: PdfJsLoader = async () => {
  const [lib, worker] = await Promise.all([import("pdfjs-dist/legacy/build/pdf.mjs"), import("pdfjs-dist/legacy/build/pdf.worker.mjs")]);
  return { lib, worker };
};
let loading: Promise<PdfJs> | undefined;

/** Load the PDF library another way (the command line uses Node's own module loader). */
export function usePdfJsLoader(load: PdfJsLoader): void {
  loader = load;
  loading = undefined;
}

/**
 * Built-ins the PDF library's legacy build (core-js inside it) replaces for the whole page or process although the
 * engine's own are correct for every use here: `Array.prototype.push` (forced where V8 up to Chrome 121, as in
 * Node 20, throws another error for a push onto an array whose length is read-only, or pushes past 2^32 on an
 * array-like) and `JSON.parse` (for a proposal's source-text argument nothing here passes). Its polyfills run every
 * push and parse of the program afterwards — the importer's, the workbook reader's, React's — at several times the
 * cost (12 % of an import of 淮安 2024's PDF); they are put back once the library is loaded. What the library only
 * adds (methods the engine lacks) stays.
 */
const KEPT_NATIVES: [object, PropertyKey][] = [
  [Array.prototype, "push"],
  [JSON, "parse"],
];

/** Load the library, then put back the built-ins its polyfills replaced (`KEPT_NATIVES`). */
async function loadKeepingNatives(): Promise<{ lib: PdfJs; worker: unknown }> {
  const saved = KEPT_NATIVES.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)] as const);
  try {
    return await loader();
  } finally {
    for (const [owner, key, descriptor] of saved) if (descriptor) Object.defineProperty(owner, key, descriptor);
  }
}

/** The PDF library, loaded once on first use; its worker code runs in this thread (no separate worker file). */
function pdfjs(): Promise<PdfJs> {
  loading ??= loadKeepingNatives().then(({ lib, worker }) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return lib;
  });
  return loading;
}

/** The error's name as pdfjs sets it (its exception classes are not exported by name in every build). */
function errorName(e: unknown): string {
  return typeof e === "object" && e !== null && "name" in e ? String((e as { name: unknown }).name) : "";
}

/**
 * Read a PDF's text layer.
 * @throws PdfReadError (Chinese) for an encrypted PDF, a damaged or truncated file, a file with no pages, too many
 *   pages, or no text layer (a scanned report). Other errors are thrown as they are.
 */
export async function pdfDocument(bytes: Uint8Array): Promise<ExtractedDocument> {
  const lib = await pdfjs();
  // A build without the PDF library (the WPS pane: older webviews cannot run it) gets an empty module.
  if (typeof lib?.getDocument !== "function") {
    throw new PdfReadError("这里不能读取 PDF（WPS 加载项不含 PDF 阅读组件）；请导入 Word（.docx）文件或网页，或用命令行 nianbao import 读取 PDF");
  }
  const task = lib.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = errorName(e);
    if (name === "PasswordException") throw new PdfReadError("PDF 已加密（需要密码才能打开），请提供未加密的文件");
    if (name === "InvalidPDFException" || name === "MissingPDFException" || name === "UnknownErrorException" || name === "FormatError") {
      throw new PdfReadError("PDF 文件已损坏或不完整，无法读取");
    }
    throw e;
  }
  try {
    if (doc.numPages === 0) throw new PdfReadError("PDF 没有页面");
    if (doc.numPages > MAX_PAGES) throw new PdfReadError(`PDF 有 ${doc.numPages} 页，超过 ${MAX_PAGES} 页，不像是一份年度报告`);
    const pages: PageRead[] = [];
    let chars = 0;
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const [, , , height] = page.view;
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const it of content.items) {
        if (!("str" in it) || it.str === "") continue;
        const [a, b, , d, e, f] = it.transform as number[];
        const size = Math.hypot(b, d) || Math.abs(a) || 1;
        items.push({ text: it.str, x: e, y: height - f, width: it.width, size });
        chars += it.str.replace(/\s/g, "").length;
      }
      pages.push(readPage(items, height));
      page.cleanup();
    }
    if (chars < MIN_CHARS_PER_PAGE * doc.numPages) {
      throw new PdfReadError("PDF 没有文字层（可能是扫描件或图片），无法读取其中的数字；请提供文字版 PDF、Word 文件或网页");
    }
    return { kind: "pdf", lines: joinPages(pages), cellsReliable: true };
  } catch (e) {
    if (e instanceof PdfReadError) throw e;
    const name = errorName(e);
    if (name === "InvalidPDFException" || name === "FormatError" || name === "UnknownErrorException") {
      throw new PdfReadError("PDF 文件已损坏或不完整，无法读取");
    }
    throw e;
  } finally {
    await doc.destroy();
  }
}
