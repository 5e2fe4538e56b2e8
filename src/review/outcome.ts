/**
 * What the reviewer's batch knows of one report: its status (通过 / 未通过 / 无法读取), its unit, year and format, its
 * counts and findings, and its text for the copied-text comparison. Pure data, the same whether the report was
 * checked in this thread or in a worker.
 */
import type { FormatId, TextField } from "../format";
import { summarize, type Finding } from "../rules";

/** A report's place in the batch: no 强制 finding, some 强制 finding, or the file could not be read. */
export type ReportStatus = "passed" | "failed" | "unreadable";

/** The Chinese word for each status, as shown in every output. */
export const STATUS_LABEL: Record<ReportStatus, string> = { passed: "通过", failed: "未通过", unreadable: "无法读取" };

/** Counts of a report's findings: open 强制, open 提示, 提示 kept with a 说明. */
export interface FindingCounts {
  errors: number;
  warnings: number;
  explained: number;
}

/** A section of a report that is near-identical to last year's report (C1a, C1b). */
export interface PreviousCopy {
  rule: string;
  field: TextField;
  section: string;
  /** The 内容雷同 similarity, 0–1. */
  similarity: number;
  /** A passage of this year's text that last year's has too. */
  quote: string;
}

/** One report of a batch, as checked. */
export interface ReportOutcome {
  /** Its position in the batch (the order of the files, from 0). */
  index: number;
  /** The file, as the path was given or found in a folder. */
  file: string;
  status: ReportStatus;
  /** Why the file could not be read (status `unreadable`), in Chinese, naming the file: `无法读取“a.xlsx”：文件不存在`. */
  error?: string;
  /** 机关名称 as read; "" when the report gives none or could not be read. */
  unit: string;
  /** The report year, `null` when not given or not read. */
  year: number | null;
  /** The format of the report's tables, `null` when not read. */
  format: FormatId | null;
  counts: FindingCounts;
  /** Every finding, as the one check pipeline gives it. */
  findings: Finding[];
  /** The user's own text of each text section, as read, for the copied-text comparison. */
  texts: Partial<Record<TextField, string>>;
  /** Last year's report this one was checked against (`--previous`, `--previous-dir`), and any note about it. */
  previous?: { file: string; unit: string; year: number | null };
  /** Why last year's report was not used, or what is uncertain about it. */
  previousNote?: string;
  /** Sections copied from last year's report (the 内容雷同 rules' findings), with the similarity and a quote. */
  previousCopies?: PreviousCopy[];
  /** Set when checking this file hit a defect of the program (the batch goes on; the command exits with 3). */
  internalError?: string;
}

/** A readable report's status from its findings: 未通过 when any 强制 finding is open. */
export function statusOf(findings: Finding[]): Exclude<ReportStatus, "unreadable"> {
  return findings.some((f) => f.severity === "error") ? "failed" : "passed";
}

/** The outcome of a report that was read and checked. */
export function checkedOutcome(
  base: Pick<ReportOutcome, "index" | "file" | "unit" | "year" | "format" | "texts"> &
    Partial<Pick<ReportOutcome, "previous" | "previousNote" | "previousCopies">>,
  findings: Finding[],
): ReportOutcome {
  return { ...base, status: statusOf(findings), counts: summarize(findings), findings };
}

/** The reason shown for a file whose check hit a defect of the program (the batch goes on). */
export const INTERNAL_REASON = "检查该文件时程序出现内部错误（不是文件的问题）；请把该文件报告给维护人员";

/** The outcome of a file that could not be read. */
export function unreadableOutcome(index: number, file: string, error: string, internalError?: string): ReportOutcome {
  return {
    index,
    file,
    status: "unreadable",
    error,
    unit: "",
    year: null,
    format: null,
    counts: { errors: 0, warnings: 0, explained: 0 },
    findings: [],
    texts: {},
    ...(internalError !== undefined ? { internalError } : {}),
  };
}

/** The reason of a load error without the `无法读取“file”：` the CLI puts before it. */
export function reasonWithoutFile(error: string, file: string): string {
  const prefix = `无法读取“${file}”：`;
  return error.startsWith(prefix) ? error.slice(prefix.length) : error;
}
