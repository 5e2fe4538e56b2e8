/**
 * The PDF library loaded by Node's own ES module loader, for the command line: the TypeScript runner would otherwise
 * recompile the library's 2 MB modules on every run. Passed to `usePdfJsLoader` (src/import/pdf-source.ts).
 */
"use strict";
module.exports = async function loadPdfJs() {
  const [lib, worker] = await Promise.all([import("pdfjs-dist/legacy/build/pdf.mjs"), import("pdfjs-dist/legacy/build/pdf.worker.mjs")]);
  return { lib, worker };
};
