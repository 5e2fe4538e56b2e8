/** The PDF library's worker code, loaded into the page's own thread (see `pdf-source.ts`). */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
