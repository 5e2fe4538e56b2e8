/** Writers of the report document: HTML for a portal, Markdown for review and text tools, JSON and CSV for filing. */
export { toHtml, tableHtml, escapeHtml } from "./html";
export { toMarkdown, tableMarkdown, escapeMarkdown, HEADER_JOIN } from "./markdown";
export { toReportJson, type FiledCheck, type FiledFinding } from "./json";
export { toCsv, csvField, csvValue, CSV_BOM, CSV_HEADER, LABEL_PATH_SEPARATOR } from "./csv";
export { bandsOf, displayValue, type Band } from "./table-grid";
