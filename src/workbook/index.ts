/**
 * The workbook layer: the WorkbookPort interface, the in-memory port and the sheet layout (tables ↔ cells).
 *
 * Host-neutral and safe for the browser bundle. The .xlsx port (`./xlsx`) uses Node's fs and is imported directly
 * by the CLI; the Office.js adapter (`./office*`) by the task pane.
 */
export * from "./port";
export * from "./memory";
export * from "./stored";
export * from "./layout";
