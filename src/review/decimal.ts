/**
 * Exact decimal sums for the aggregation of units' tables: a value such as 0.35 (万元) is read as the decimal it
 * prints as (35 hundredths), never added as a binary fraction, so that adding a hundred units' fees loses nothing
 * (0.1 + 0.2 is 0.3, not 0.30000000000000004).
 */

/** A decimal number: `digits` × 10^−`scale`. */
export interface Decimal {
  digits: bigint;
  scale: number;
}

/**
 * The decimal a number or a plain decimal text prints as: `0.35` → 35 × 10^−2, `1e-7` → 1 × 10^−7, `"73802895.90"`.
 * @returns `undefined` for anything that is not a finite number or plain decimal text.
 */
export function toDecimal(value: number | string): Decimal | undefined {
  if (typeof value === "number" && !Number.isFinite(value)) return undefined;
  const m = /^(-?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(String(value).trim());
  if (!m) return undefined;
  const fraction = m[3] ?? "";
  let scale = fraction.length - Number(m[4] ?? 0);
  let digits = BigInt(m[2] + fraction);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits: m[1] === "-" ? -digits : digits, scale };
}

/** The exact sum of decimals (0 for none). */
export function addDecimals(values: Decimal[]): Decimal {
  const scale = Math.max(0, ...values.map((v) => v.scale));
  let digits = 0n;
  for (const v of values) digits += v.digits * 10n ** BigInt(scale - v.scale);
  return { digits, scale };
}

/** A decimal multiplied by 10^`power` (万元 → 元: 4). */
export function shiftDecimal(v: Decimal, power: number): Decimal {
  return power >= v.scale ? { digits: v.digits * 10n ** BigInt(power - v.scale), scale: 0 } : { digits: v.digits, scale: v.scale - power };
}

/** The decimal as plain text without trailing zeros after the point: `0.3`, `12`, `-1.05`. */
export function decimalText(v: Decimal): string {
  const negative = v.digits < 0n;
  const s = (negative ? -v.digits : v.digits).toString().padStart(v.scale + 1, "0");
  const whole = s.slice(0, s.length - v.scale);
  const fraction = s.slice(s.length - v.scale).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** Whether two decimals are equal in value (`0.30` and `0.3` are). */
export function sameDecimal(a: Decimal, b: Decimal): boolean {
  const scale = Math.max(a.scale, b.scale);
  return a.digits * 10n ** BigInt(scale - a.scale) === b.digits * 10n ** BigInt(scale - b.scale);
}
