/**
 * The part of 上年报告 the check needs, loaded with the first check (a small chunk beside the core): read the report
 * kept in the workbook, decide whether it is this report's previous year, and plan 填写上年结转.
 */
export { readStoredPrevious, type StoredPrevious, type StoredPreviousRead } from "../import/previous-store";
export { previousForCheck } from "../import/previous";
export { planCarryOver, type CarryOverPlan } from "../rules/carry-over";
