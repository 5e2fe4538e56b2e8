/**
 * The roster check for a terminal and for `check --json`: who has not sent a report, and which reports' units are
 * not on the roster (with the nearest name on it).
 */
import type { RosterCheck } from "../../review/roster";

/** The roster lines of the text output. */
export function rosterText(r: RosterCheck): string[] {
  const lines = [`名单核对（${r.file}，${r.expected} 个单位）：已收到 ${r.received} 个单位的报告，${r.missing.length} 个单位没有报告`];
  if (r.missing.length > 0) {
    lines.push("  没有报告的单位：");
    for (const u of r.missing) lines.push(`    ${u.name}${u.parent ? `（上级：${u.parent}）` : ""}`);
  }
  if (r.notOnRoster.length > 0) {
    lines.push(`  单位不在名单上的报告：${r.notOnRoster.length} 份`);
    for (const o of r.notOnRoster) lines.push(`    ${o.unit || "（未填写机关名称）"}（${o.file}）${o.suggestion ? `，名单上相近的是“${o.suggestion}”` : ""}`);
  }
  return lines;
}

/** The roster check as `check --json` prints it. */
export function rosterJson(r: RosterCheck): Record<string, unknown> {
  return {
    file: r.file,
    expected: r.expected,
    received: r.received,
    missing: r.missing.map((u) => ({ name: u.name, ...(u.parent ? { parent: u.parent } : {}), line: u.line })),
    not_on_roster: r.notOnRoster.map((o) => ({ number: o.index + 1, file: o.file, unit: o.unit, ...(o.suggestion ? { suggestion: o.suggestion } : {}) })),
  };
}
