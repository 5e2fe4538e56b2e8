/** Writers of the report document: HTML for a portal, Markdown for review and text tools. */
export { toHtml, tableHtml, escapeHtml } from "./html";
export { toMarkdown, tableMarkdown, escapeMarkdown, HEADER_JOIN } from "./markdown";
export { bandsOf, displayValue, type Band } from "./table-grid";
