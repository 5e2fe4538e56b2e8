/**
 * The text of a document as every reader produces it: lines in reading order, each a list of cells. A paragraph is a
 * line with one cell; a table row is a line with its cells; extracted plain text is its lines, split at tabs.
 */

/** Where a document came from. */
export type DocumentKind = "pdf" | "docx" | "html" | "markdown" | "text";

/** A document's text, ready for finding sections and tables. */
export interface ExtractedDocument {
  kind: DocumentKind;
  /** Lines in reading order; each line's cells left to right. */
  lines: string[][];
  /**
   * True when the cells of a table row are the table's real cells (HTML, Word, a PDF's positions): an empty cell is a
   * blank cell there. False for extracted text, where cells may be dropped, shifted or run together.
   */
  cellsReliable: boolean;
  /** The document's own title (PDF metadata, HTML `<title>`), when it has one. */
  title?: string;
}

/** The document as one string: cells joined by tabs, lines by line breaks (the form sections and tables are read from). */
export function flatText(doc: ExtractedDocument): string {
  return doc.lines.map((cells) => cells.map((c) => c.replace(/[\t\n\r]+/g, " ")).join("\t")).join("\n");
}
