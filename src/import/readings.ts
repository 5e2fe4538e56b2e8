/**
 * Reading a row's values when the text does not say plainly which number is in which cell: digits run together
 * (`713000074`), cells dropped by the extraction (a row of 5 numbers for 7 cells). Every possible reading is
 * enumerated; the table's equations keep those that can be true; a value is accepted only when every surviving
 * reading agrees on it. Nothing is ever chosen among readings that disagree.
 *
 * Pure arithmetic over cell keys: the equations come from the format (`TableSpec.equations`).
 */
import type { CellKey, CellKind, EquationDef } from "../format";

type Equation = EquationDef;

/** A piece of a row's value text: digits (possibly several values run together), a placeholder (`/`, `—`), or a cell's whole text. */
export interface Chunk {
  text: string;
  /** `digits`: may hold one or more values; `single`: exactly one value, as it stands. */
  kind: "digits" | "single";
}

/** One value of a reading: a number, text kept as printed, or unknown (a cell the text does not show). */
export type Slot = { value: number | string } | { unknown: true };

/** A reading of a row: one slot per input cell. */
export type Reading = Slot[];

/** The most readings considered for one row, and for the rows of a table together. */
const MAX_ROW_READINGS = 5000;
const MAX_COMBINATIONS = 20000;
/** The longest value read out of run-together digits. */
const MAX_DIGITS = 12;

/** A value written as digits: no leading zeros, a minus only in a signed cell, a decimal point only in an amount. */
function valueOf(text: string, kind: CellKind): number | undefined {
  if (!/^-?(0|[1-9]\d*)(\.\d+)?$/.test(text)) return undefined;
  if (text.includes(".") && kind !== "amount" && kind !== "written_amount") return undefined;
  if (text.startsWith("-") && kind !== "signed_count") return undefined;
  if (text.replace(/[-.]/g, "").length > MAX_DIGITS) return undefined;
  return Number(text);
}

/** Every way of cutting `digits` into `k` values for the cells of `kinds`. */
function splits(digits: string, kinds: CellKind[], out: (number | string)[][], limit: number): void {
  const k = kinds.length;
  const walk = (pos: number, i: number, acc: (number | string)[]) => {
    if (out.length >= limit) return;
    if (i === k) {
      if (pos === digits.length) out.push([...acc]);
      return;
    }
    const remaining = k - i - 1;
    for (let end = pos + 1; end <= digits.length - remaining; end++) {
      const v = valueOf(digits.slice(pos, end), kinds[i]);
      if (v === undefined) {
        if (end - pos > MAX_DIGITS + 2) break;
        continue;
      }
      acc.push(v);
      walk(end, i + 1, acc);
      acc.pop();
    }
  };
  walk(0, 0, []);
}

/** How many values a chunk can hold: `[min, max]`. */
function capacity(c: Chunk): [number, number] {
  if (c.kind === "single") return [1, 1];
  const digits = c.text.replace(/[-.]/g, "").length;
  return [Math.ceil(digits / MAX_DIGITS), digits];
}

/**
 * A value as printed in one cell: blank (`null`), a plain number (thousands separators allowed), or the text as it
 * stands (`/`, `12件`, `１２`), kept for the rules to report.
 */
export function cellValueFromText(text: string): number | string | null {
  const t = text.replace(/[\s\u3000\u00a0]+/g, " ").trim();
  if (t === "") return null;
  if (/^-?(0|[1-9]\d*)(\.\d+)?$/.test(t)) return Number(t);
  if (/^(0|[1-9]\d{0,2}(,\d{3})+)(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ""));
  return t;
}

/**
 * Every reading of a row's chunks onto `kinds.length` cells. When the chunks cannot give that many values, the
 * missing cells are unknown and may be anywhere in the row. When they must give more, there is no reading.
 * @returns the readings (at most `MAX_ROW_READINGS`; `truncated` when there were more).
 */
export function enumerateReadings(chunks: Chunk[], kinds: CellKind[]): { readings: Reading[]; truncated: boolean } {
  const n = kinds.length;
  const caps = chunks.map(capacity);
  const maxTotal = caps.reduce((s, c) => s + c[1], 0);
  const minTotal = caps.reduce((s, c) => s + c[0], 0);
  if (minTotal > n) return { readings: [], truncated: false };
  const readings: Reading[] = [];
  let truncated = false;
  const missing = Math.max(0, n - maxTotal);
  // Choose the positions of the missing cells, then cut the chunks over the remaining cells in order.
  const positions: number[][] = [];
  const choose = (start: number, left: number, acc: number[]) => {
    if (left === 0) {
      positions.push([...acc]);
      return;
    }
    for (let p = start; p <= n - left; p++) {
      acc.push(p);
      choose(p + 1, left - 1, acc);
      acc.pop();
    }
  };
  choose(0, missing, []);
  for (const gaps of positions) {
    const cellsLeft = [...Array(n).keys()].filter((i) => !gaps.includes(i));
    // Distribute cellsLeft over the chunks in order: chunk j takes counts[j] cells.
    const walk = (j: number, used: number, acc: Slot[][]) => {
      if (readings.length >= MAX_ROW_READINGS) {
        truncated = true;
        return;
      }
      if (j === chunks.length) {
        if (used !== cellsLeft.length) return;
        const reading: Reading = Array.from({ length: n }, () => ({ unknown: true }) as Slot);
        let i = 0;
        for (const part of acc) for (const slot of part) reading[cellsLeft[i++]] = slot;
        readings.push(reading);
        return;
      }
      const [lo, hi] = caps[j];
      const restMin = caps.slice(j + 1).reduce((s, c) => s + c[0], 0);
      const restMax = caps.slice(j + 1).reduce((s, c) => s + c[1], 0);
      for (let k = lo; k <= hi; k++) {
        const after = used + k;
        if (after + restMin > cellsLeft.length || after + restMax < cellsLeft.length) continue;
        const kindsHere = cellsLeft.slice(used, after).map((i) => kinds[i]);
        if (chunks[j].kind === "single") {
          acc.push([{ value: cellValueFromText(chunks[j].text) ?? "" }]);
          walk(j + 1, after, acc);
          acc.pop();
          continue;
        }
        const cuts: (number | string)[][] = [];
        splits(chunks[j].text, kindsHere, cuts, MAX_ROW_READINGS);
        for (const cut of cuts) {
          acc.push(cut.map((value) => ({ value })));
          walk(j + 1, after, acc);
          acc.pop();
        }
      }
    };
    walk(0, 0, []);
  }
  return { readings, truncated };
}

/** Values by cell key; a key that is absent is unknown. Text values make the equations they are in unverifiable. */
export type Assignment = Map<CellKey, number | string>;

/** The outcome of an equation on an assignment. */
type EquationState = "holds" | "fails" | "open";

/**
 * Fill in what the equations force (a single unknown; unknowns on the side that already balances are 0, as every cell
 * is ≥ 0) and tell whether every equation can still hold.
 * @param skipFailing set aside an equation that fails instead of giving up.
 * @returns false when an equation fails (never with `skipFailing`).
 */
export function propagate(assignment: Assignment, equations: Equation[], skipFailing = false): boolean {
  let active = equations;
  for (let changed = true; changed; ) {
    changed = false;
    for (const eq of active) {
      const state = solve(eq, assignment);
      if (state === "fails") {
        if (!skipFailing) return false;
        active = active.filter((e) => e !== eq);
        changed = true;
        break;
      }
      if (state === "changed") changed = true;
    }
  }
  return true;
}

function solve(eq: Equation, a: Assignment): EquationState | "changed" {
  const side = (keys: CellKey[]) => {
    let sum = 0;
    const unknown: CellKey[] = [];
    for (const k of keys) {
      const v = a.get(k);
      if (v === undefined) unknown.push(k);
      else if (typeof v === "number") sum += v;
      else return undefined;
    }
    return { sum, unknown };
  };
  const l = side(eq.left);
  const r = side(eq.right);
  if (!l || !r) return "open";
  const diff = round(l.sum - r.sum);
  if (l.unknown.length === 0 && r.unknown.length === 0) return diff === 0 ? "holds" : "fails";
  if (l.unknown.length > 0 && r.unknown.length > 0) return "open";
  const unknown = l.unknown.length > 0 ? l.unknown : r.unknown;
  const need = l.unknown.length > 0 ? -diff : diff; // the sum the unknowns must have
  if (need < 0) return "fails";
  if (need === 0) {
    for (const k of unknown) a.set(k, 0);
    return "changed";
  }
  if (unknown.length === 1) {
    a.set(unknown[0], need);
    return "changed";
  }
  return "open";
}

/** Sums of decimals (万元) compared without binary rounding noise. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** A row to be read: its cells, and the readings its text allows. */
export interface RowReadings {
  keys: CellKey[];
  readings: Reading[];
}

/** The result of reading a table's rows together. */
export interface TableSolution {
  /** The value of every cell all surviving readings agree on. */
  values: Map<CellKey, number | string>;
  /** Cells whose value was not plain in the text but proved by the arithmetic. */
  recovered: Set<CellKey>;
  /** Cells no value could be proved for. */
  undetermined: Set<CellKey>;
}

function assign(keys: CellKey[], reading: Reading, into: Assignment): void {
  keys.forEach((k, i) => {
    const s = reading[i];
    if ("value" in s) into.set(k, s.value);
  });
}

function key(keys: CellKey[], a: Assignment): string {
  return keys.map((k) => (a.has(k) ? String(a.get(k)) : "?")).join("|");
}

/**
 * Read a table's rows together.
 *
 * 1. Each row keeps the readings its own equations (those on its cells only, e.g. H1) allow; when none does, the row
 *    keeps every reading (a real error in the report must survive, not be "repaired").
 * 2. Rows left with one reading are fixed. The others are combined; equations that no combination satisfies are set
 *    aside (they are broken in the report whatever the reading), and combinations that break any other are dropped.
 * 3. A cell is accepted when every surviving combination gives it the same value; otherwise it stays undetermined.
 */
export function solveTable(rows: RowReadings[], equations: Equation[]): TableSolution {
  const values = new Map<CellKey, number | string>();
  const recovered = new Set<CellKey>();
  const undetermined = new Set<CellKey>();

  // Step 1: row-local filtering, readings merged once propagated.
  const options: { keys: CellKey[]; assignments: Assignment[] }[] = [];
  for (const row of rows) {
    const local = equations.filter((e) => [...e.left, ...e.right].every((k) => row.keys.includes(k)));
    const all: Assignment[] = [];
    const ok: Assignment[] = [];
    for (const reading of row.readings) {
      const a: Assignment = new Map();
      assign(row.keys, reading, a);
      all.push(a);
      if (propagate(a, local)) ok.push(a);
    }
    const kept = ok.length > 0 ? ok : all;
    const distinct = new Map<string, Assignment>();
    for (const a of kept) distinct.set(key(row.keys, a), a);
    options.push({ keys: row.keys, assignments: [...distinct.values()] });
    // A cell is plain when every structural reading shows the same known value for it.
    for (let i = 0; i < row.keys.length; i++) {
      const shown = new Set(row.readings.map((r) => {
        const slot = r[i];
        return "value" in slot ? String(slot.value) : "?";
      }));
      if (shown.size !== 1 || shown.has("?")) recovered.add(row.keys[i]);
    }
  }

  // Step 2: fixed rows first; what they force (through equations that hold on them) narrows the other rows'
  // readings, until nothing changes. Then the rows still open are combined.
  const base: Assignment = new Map();
  let open = options.filter((o) => o.assignments.length > 0);
  for (let changed = true; changed; ) {
    changed = false;
    for (const o of open.filter((x) => x.assignments.length === 1)) for (const [k, v] of o.assignments[0]) base.set(k, v);
    open = open.filter((x) => x.assignments.length > 1);
    const forced = new Map(base);
    propagate(forced, equations, true);
    for (const o of open) {
      const narrowed = new Map<string, Assignment>();
      for (const a of o.assignments) {
        if (o.keys.some((k) => a.has(k) && forced.has(k) && a.get(k) !== forced.get(k))) continue;
        const merged = new Map(a);
        for (const k of o.keys) if (!merged.has(k) && forced.has(k)) merged.set(k, forced.get(k)!);
        narrowed.set(key(o.keys, merged), merged);
      }
      if (narrowed.size > 0 && narrowed.size < o.assignments.length) {
        o.assignments = [...narrowed.values()];
        changed = true;
      } else if (narrowed.size > 0 && [...narrowed.keys()].join() !== o.assignments.map((a) => key(o.keys, a)).join()) {
        o.assignments = [...narrowed.values()];
        changed = true;
      }
    }
  }
  const combos: Assignment[] = [];
  const total = open.reduce((n, o) => n * o.assignments.length, 1);
  if (total <= MAX_COMBINATIONS) {
    const walk = (i: number, acc: Assignment) => {
      if (i === open.length) {
        combos.push(new Map(acc));
        return;
      }
      for (const a of open[i].assignments) {
        const next = new Map(acc);
        for (const [k, v] of a) next.set(k, v);
        walk(i + 1, next);
      }
    };
    walk(0, base);
  } else combos.push(new Map(base)); // too many: the open rows' cells stay unknown unless forced by the fixed ones

  // Equations no combination can satisfy are broken in the report itself: they decide nothing.
  const decisive = equations.filter((eq) => combos.some((c) => propagate(new Map(c), [eq])));
  let surviving: Assignment[] = [];
  for (const c of combos) {
    const a = new Map(c);
    if (propagate(a, decisive)) surviving.push(a);
  }
  if (surviving.length === 0) {
    // The equations cannot hold together whatever the reading: each combination keeps what the equations that
    // still hold on it force, and the combinations must agree for a cell to be accepted.
    surviving = combos.map((c) => {
      const a = new Map(c);
      propagate(a, equations, true);
      return a;
    });
  }

  // Step 3: agreement.
  for (const row of rows)
    for (const k of row.keys) {
      const first = surviving[0]?.get(k);
      const agreed = first !== undefined && surviving.every((a) => a.get(k) === first);
      if (agreed) values.set(k, first);
      else {
        undetermined.add(k);
        recovered.delete(k);
      }
    }
  return { values, recovered, undetermined };
}
