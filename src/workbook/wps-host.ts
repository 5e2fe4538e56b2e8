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

/** Where the pane's id is kept between clicks (`Application.PluginStorage`, shared by the add-in's pages). */
export const TASK_PANE_KEY = "nianbao_et_taskpane_id";

/**
 * Show the task pane: create it on the first click (`Application.CreateTaskPane(url, title)`, keeping its `ID` in
 * `PluginStorage`), show the same pane again afterwards (`GetTaskPane(id).Visible = true`), as the wpsjs ET templates
 * do. The key names the host (ET), since WPS 文字 and 演示 share PluginStorage.
 * @param url the pane page, absolute (http:// from an intranet server, file:// when installed offline).
 * @throws Error when this WPS has no `CreateTaskPane` (the ribbon shows the message).
 */
export function showTaskPane(app: EtApplication, url: string): void {
  if (typeof app.CreateTaskPane !== "function") throw new Error("此版本的 WPS 不支持任务窗格，请升级 WPS Office");
  const storage = app.PluginStorage;
  const id = storage ? Number(storage.getItem(TASK_PANE_KEY)) : NaN;
  const existing = Number.isInteger(id) && id > 0 && typeof app.GetTaskPane === "function" ? app.GetTaskPane(id) : null;
  if (existing) {
    existing.Visible = true;
    return;
  }
  const pane = app.CreateTaskPane(url, "年报助手");
  if (storage) storage.setItem(TASK_PANE_KEY, pane.ID);
  pane.Visible = true;
}
