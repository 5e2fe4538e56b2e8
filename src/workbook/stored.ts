/**
 * Text the add-in keeps in the workbook out of the user's sight (last year's report, for the cross-year checks), in
 * the one physical form every adapter reads and writes, so a file saved in Excel is read in WPS and by the CLI:
 *
 * - a veryHidden sheet per stored key (`_年报助手_上年报告`, and `… (2)` for report set 2), holding the text in
 *   column A, one piece of at most `STORED_PIECE_CHARS` characters per row (Excel holds at most 32,767 characters in
 *   a cell);
 * - a workbook name over exactly those rows (`NB_PREVIOUS`, `NB_PREVIOUS_2`), through which it is read;
 * - each piece starts with `第i/n段|`, so a cell that a host would take for a number, a date or a formula (`=…`) is
 *   always text, and a lost, reordered or hand-edited piece is found instead of being joined into wrong text.
 *
 * Host-neutral: the adapters call `storedPieces` when writing and `storedText` when reading.
 */
import { WorkbookError, type RawValue, type WriteOp } from "./port";

/** What can be stored: last year's report of report set 1 (`previous`) or of set n (`previous_n`). */
export type StoreKey = "previous" | `previous_${number}`;

/** Where a key is kept: its sheet and its workbook name. */
export interface StoreLocation {
  sheet: string;
  name: string;
}

/** Characters of text per cell (well under Excel's 32,767, and a whole number of pieces for a report's JSON). */
export const STORED_PIECE_CHARS = 8000;

/** Whether a string is a store key. */
export function isStoreKey(key: string): key is StoreKey {
  return /^previous(?:_[2-9]|_[1-9]\d+)?$/.test(key);
}

/**
 * The sheet and name of a key.
 * @throws WorkbookError for a key that is not a store key.
 */
export function storeLocation(key: string): StoreLocation {
  if (!isStoreKey(key)) throw new WorkbookError(`不认识的保存项“${key}”`);
  const set = key === "previous" ? 1 : Number(key.slice("previous_".length));
  return set === 1 ? { sheet: "_年报助手_上年报告", name: "NB_PREVIOUS" } : { sheet: `_年报助手_上年报告 (${set})`, name: `NB_PREVIOUS_${set}` };
}

/** The store key of report set `index` (1 → `previous`). */
export function previousStoreKey(index = 1): StoreKey {
  return index === 1 ? "previous" : `previous_${index}`;
}

/** A store whose pieces are missing, out of order or edited by hand; `message` is Chinese and says what to do. */
export class StoredDamagedError extends WorkbookError {
  constructor(
    /** The sheet of the store. */
    readonly sheet: string,
    /** What is wrong, e.g. `第 2 行的分段标记不对（共 3 行）`. */
    readonly detail: string,
  ) {
    super(`工作簿中保存的上年报告（隐藏工作表“${sheet}”）已损坏：${detail}；请删除后重新导入上年报告`);
    this.name = "StoredDamagedError";
  }
}

const PIECE = /^第(\d+)\/(\d+)段\|/;

/**
 * Cut a text into the cells of column A: `第1/n段|…`, never splitting a character of two UTF-16 units.
 * @returns one row per piece (an empty text is one empty piece).
 */
export function storedPieces(text: string): string[][] {
  const pieces: string[] = [];
  let at = 0;
  do {
    let end = Math.min(text.length, at + STORED_PIECE_CHARS);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(text.slice(at, end));
    at = end;
  } while (at < text.length);
  return pieces.map((p, i) => [`第${i + 1}/${pieces.length}段|${p}`]);
}

/**
 * Join the cells of a stored block back into the text.
 * @param values the block the name covers (one column; other columns are ignored).
 * @throws StoredDamagedError (Chinese, naming the sheet) when a piece is missing, out of order, not text, or the block
 *   holds more or fewer rows than the pieces say: a damaged or hand-edited store.
 */
export function storedText(values: RawValue[][], where: string): string {
  const damaged = (what: string) => new StoredDamagedError(where, what);
  const parts: string[] = [];
  values.forEach((row, i) => {
    const cell = row[0];
    if (typeof cell !== "string") throw damaged(`第 ${i + 1} 行不是保存的文字`);
    const m = PIECE.exec(cell);
    if (!m || Number(m[1]) !== i + 1 || Number(m[2]) !== values.length) throw damaged(`第 ${i + 1} 行的分段标记不对（共 ${values.length} 行）`);
    parts.push(cell.slice(m[0].length));
  });
  if (parts.length === 0) throw damaged("没有内容");
  return parts.join("");
}

/**
 * The plain write operations that carry out a `store` op on a host where they all apply in one batch (the in-memory
 * and .xlsx ports): remove the key's sheet when it exists (made hidden first: Excel refuses to delete a veryHidden
 * sheet), then, unless the text is `null`, add it again with the pieces, veryHidden, and name the pieces' block.
 * @param sheetExists whether the key's sheet is in the workbook now.
 */
export function storeOps(key: StoreKey, text: string | null, sheetExists: boolean): WriteOp[] {
  const { sheet, name } = storeLocation(key);
  const ops: WriteOp[] = sheetExists ? [{ op: "sheetVisibility", sheet, visibility: "hidden" }, { op: "deleteSheet", sheet }] : [];
  if (text === null) return ops;
  const pieces = storedPieces(text);
  const range = { sheet, row: 0, col: 0, rows: pieces.length, cols: 1 };
  return [...ops, { op: "addSheet", sheet }, { op: "values", range, values: pieces }, { op: "sheetVisibility", sheet, visibility: "veryHidden" }, { op: "name", name, range }];
}

/**
 * A batch with its `store` ops replaced by plain operations (`storeOps`), for hosts that carry out plain operations
 * only (Office.js, WPS): whether a key's sheet exists is taken from `sheets` (the workbook's sheets before the batch)
 * and the sheets the batch itself adds or deletes before the `store` op.
 */
export function expandStoreOps(ops: WriteOp[], sheets: Iterable<string>): WriteOp[] {
  if (!ops.some((o) => o.op === "store")) return ops;
  const present = new Set(sheets);
  const out: WriteOp[] = [];
  for (const o of ops) {
    const plain = o.op === "store" ? storeOps(o.key, o.text, present.has(storeLocation(o.key).sheet)) : [o];
    for (const p of plain) {
      if (p.op === "addSheet") present.add(p.sheet);
      if (p.op === "deleteSheet") present.delete(p.sheet);
      out.push(p);
    }
  }
  return out;
}
