/**
 * Which host the pane runs in, decided at start before office.js is awaited: WPS 表格 puts its ET `Application`
 * object on every page of a WPS 加载项 as `window.Application` and `window.wps` (Kingsoft's `et-jsapi-declare`
 * declares both on `Window`). Only an object that carries the ET members the adapter needs counts, so an unrelated
 * global of that name never selects WPS. Kept apart from `wps.ts` so that the Office pane's start-up bundle holds
 * only this check; the adapter loads as its own chunk inside WPS.
 */
import type { EtApplication } from "./wps-api";

/** The ET application of WPS 表格 when the page runs inside it, else `null`. */
export function detectWps(scope: object = globalThis): EtApplication | null {
  const g = scope as { Application?: unknown; wps?: unknown };
  for (const candidate of [g.Application, g.wps]) {
    if (!candidate || (typeof candidate !== "object" && typeof candidate !== "function")) continue;
    // Plain reads, as the wpsjs templates do (`typeof window.Application.Enum`): `in` is not relied on for a host object.
    const app = candidate as Record<string, unknown>;
    const hostMembers = typeof app.CreateTaskPane === "function" || (typeof app.ApiEvent === "object" && app.ApiEvent !== null);
    if (hostMembers && app.ActiveWorkbook !== undefined && typeof app.ScreenUpdating === "boolean") return candidate as EtApplication;
  }
  return null;
}
