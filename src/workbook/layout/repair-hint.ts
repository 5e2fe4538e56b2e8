/**
 * How a layout problem's message names 修复表格: a button of the 年报助手 task pane, so a message read outside it (the
 * `nianbao` CLI, the reviewer's summary page) says where the button is.
 */
export const REPAIR_BUTTON = "Excel 或 WPS 中年报助手任务窗格的“修复表格”";
